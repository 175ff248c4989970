// SPDX-License-Identifier: MIT
#pragma once

#include "project/projectconfig.h"

#include <string>
#include <vector>

namespace latent {

// Built-in starting points (resources/presets/*.json, compiled in): a
// dataset, model and training settings known to work together.
class Presets {
public:
    struct Entry {
        std::string name;
        std::string description;
    };
    static std::vector<Entry> list();
    // The defaults with the preset laid over them. Throws StudioError(BadInput)
    // for an unknown name.
    static ProjectConfig load(const std::string& name);
};

} // namespace latent
