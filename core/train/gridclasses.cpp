// SPDX-License-Identifier: MIT
#include "train/gridclasses.h"

#include <algorithm>

namespace latent {

std::vector<int> gridClasses(const ModelSpec& spec, const std::vector<std::string>& chosen, int maxRows,
                             std::vector<std::string>* unknown)
{
    std::vector<int> rows;
    for (const std::string& name : chosen) {
        const int index = spec.findClass(name);
        if (index < 0) {
            if (unknown)
                unknown->push_back(name);
        } else if (std::find(rows.begin(), rows.end(), index) == rows.end() && int(rows.size()) < maxRows) {
            rows.push_back(index);
        }
    }
    if (!rows.empty())
        return rows;
    const int count = spec.classCount();
    const int shown = std::min(count, maxRows);
    for (int i = 0; i < shown; ++i)
        rows.push_back(i * count / shown);
    return rows;
}

} // namespace latent
