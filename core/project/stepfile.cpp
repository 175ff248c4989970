// SPDX-License-Identifier: MIT
#include "project/stepfile.h"

#include <cstdio>
#include <limits>

namespace latent {

namespace {
constexpr std::string_view kPrefix = "step-";
constexpr std::size_t kDigits = 8; // sorts by name up to step 99,999,999
} // namespace

std::string stepFileName(std::int64_t step, const char* extension)
{
    char digits[24];
    std::snprintf(digits, sizeof digits, "%08lld", static_cast<long long>(step));
    return std::string(kPrefix) + digits + "." + extension;
}

std::optional<std::int64_t> stepOfFileName(std::string_view name, const char* extension)
{
    const std::string_view suffix = extension;
    if (name.size() < kPrefix.size() + kDigits + 1 + suffix.size() || name.substr(0, kPrefix.size()) != kPrefix
        || name.substr(name.size() - suffix.size()) != suffix || name[name.size() - suffix.size() - 1] != '.')
        return std::nullopt;
    const std::string_view digits = name.substr(kPrefix.size(), name.size() - kPrefix.size() - suffix.size() - 1);
    // More than eight digits only when the step needs them: one name per step.
    if (digits.size() > kDigits && digits.front() == '0')
        return std::nullopt;
    std::int64_t step = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        if (step > (std::numeric_limits<std::int64_t>::max() - (c - '0')) / 10)
            return std::nullopt;
        step = step * 10 + (c - '0');
    }
    return step;
}

std::string stepFileFilter(const char* extension)
{
    return std::string(kPrefix) + "*." + extension;
}

} // namespace latent
