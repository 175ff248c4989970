// SPDX-License-Identifier: MIT
#include "data/datasetspec.h"

#include "base/studioerror.h"

namespace latent {

std::string DatasetSpec::sourceName(Source source)
{
    switch (source) {
    case Source::SyntheticDigits: return "synthetic-digits";
    case Source::Auto: return "auto";
    case Source::ImageFolder: return "folder";
    case Source::Idx: return "idx";
    case Source::Cifar10: return "cifar10";
    }
    return "auto";
}

DatasetSpec::Source DatasetSpec::sourceFromName(const std::string& name)
{
    for (Source s : {Source::SyntheticDigits, Source::Auto, Source::ImageFolder, Source::Idx, Source::Cifar10})
        if (sourceName(s) == name)
            return s;
    throw StudioError::badInput({}, "unknown dataset source '" + name
                                        + "' (expected synthetic-digits, auto, folder, idx or cifar10)");
}

std::string DatasetSpec::describe() const
{
    if (source == Source::SyntheticDigits)
        return "built-in synthetic digits (" + std::to_string(syntheticCount) + " images)";
    return sourceName(source) + " " + path;
}

} // namespace latent
