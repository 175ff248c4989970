// SPDX-License-Identifier: MIT
#include "train/augmentpolicy.h"

#include "base/studioerror.h"
#include "base/usertext.h"

#include <sstream>

namespace latent {

namespace {
bool parseList(const std::string& setting, AugmentPolicy& policy)
{
    std::istringstream in(setting);
    std::string item;
    bool any = false;
    while (std::getline(in, item, ',')) {
        if (item == "color" || item == "colour")
            policy.color = true;
        else if (item == "translation")
            policy.translation = true;
        else if (item == "cutout")
            policy.cutout = true;
        else if (item == "adaptive")
            policy.adaptive = true;
        else
            return false;
        any = true;
    }
    // "adaptive" alone adapts translation only: on 100 digits, cutout's grey
    // squares leaked into the samples even at a chance of 0.35, colour with
    // translation scored worse, and translation with the edge repeated left
    // no trace (docs/AUGMENTATION.md).
    if (policy.adaptive && !policy.any())
        policy.translation = true;
    return any;
}
} // namespace

std::string AugmentPolicy::name() const
{
    std::string text;
    auto add = [&text](bool on, const char* item) {
        if (on)
            text += (text.empty() ? "" : ",") + std::string(item);
    };
    add(color, "color");
    add(translation, "translation");
    add(cutout, "cutout");
    add(adaptive && any(), "adaptive");
    return text.empty() ? "off" : text;
}

bool AugmentPolicy::valid(const std::string& setting)
{
    AugmentPolicy policy;
    return setting == "off" || setting == "auto" || parseList(setting, policy);
}

AugmentPolicy AugmentPolicy::resolve(const std::string& setting, std::size_t images)
{
    AugmentPolicy policy;
    if (setting == "auto" && images <= kAutoAdaptiveUpTo)
        return resolve("adaptive");
    if (setting == "off" || setting == "auto")
        return policy;
    if (!parseList(setting, policy))
        throw StudioError::badInput({}, translate("AugmentPolicy", "unknown augmentation '%1' (expected off, auto, adaptive "
                                                                   "or a list of color, translation and cutout)")
                                            .arg(setting));
    return policy;
}

} // namespace latent
