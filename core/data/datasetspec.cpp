// SPDX-License-Identifier: MIT
#include "data/datasetspec.h"

#include "base/studioerror.h"
#include "base/usertext.h"

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
    throw StudioError::badInput({}, translate("DatasetSpec", "unknown dataset source '%1' (expected synthetic-digits, "
                                                             "auto, folder, idx or cifar10)")
                                        .arg(name));
}

std::string DatasetSpec::describe() const
{
    // One pattern per source, so that a translation can name each kind in its own words.
    switch (source) {
    case Source::SyntheticDigits:
        return translate("DatasetSpec", "built-in synthetic digits (%1 images)").arg(syntheticCount);
    case Source::Auto: return translate("DatasetSpec", "auto %1").arg(path);
    case Source::ImageFolder: return translate("DatasetSpec", "folder %1").arg(path);
    case Source::Idx: return translate("DatasetSpec", "idx %1").arg(path);
    case Source::Cifar10: return translate("DatasetSpec", "cifar10 %1").arg(path);
    }
    return translate("DatasetSpec", "auto %1").arg(path);
}

} // namespace latent
