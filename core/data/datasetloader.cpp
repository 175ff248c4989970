// SPDX-License-Identifier: MIT
#include "data/datasetloader.h"

#include "base/studioerror.h"
#include "base/usertext.h"
#include "data/cifarreader.h"
#include "data/idxreader.h"
#include "data/syntheticdigits.h"

#include <QDir>
#include <QFileInfo>

namespace latent {

DatasetSpec::Source DatasetLoader::detect(const std::string& path)
{
    using Source = DatasetSpec::Source;
    if (path.empty())
        throw StudioError::badInput({}, translate("DatasetLoader", "no dataset path was given"));
    const QFileInfo info(QString::fromStdString(path));
    if (!info.exists())
        throw StudioError::badInput(path, translate("DatasetLoader", "the dataset path does not exist"));
    const QString name = info.fileName().toLower();
    if (info.isFile()) {
        if (name.endsWith(".bin"))
            return Source::Cifar10;
        if (name.contains("idx") || name.contains("ubyte"))
            return Source::Idx;
        if (name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".bmp"))
            throw StudioError::badInput(path, translate("DatasetLoader", "is a single image; choose the folder that "
                                                                         "holds the training images"));
        throw StudioError::badInput(path, translate("DatasetLoader", "is not a dataset this studio reads (an image "
                                                                     "folder, IDX files or CIFAR-10 batches)"));
    }
    if (!CifarReader::findBatchFiles(path).empty())
        return Source::Cifar10;
    if (!IdxReader::findImagesFile(path).empty())
        return Source::Idx;
    return Source::ImageFolder;
}

ImageDataset DatasetLoader::load(const DatasetSpec& spec, int size, int channels, std::uint64_t seed,
                                 const WarningSink& warn)
{
    using Source = DatasetSpec::Source;
    Source source = spec.source;
    if (source == Source::Auto)
        source = detect(spec.path);
    else if (source != Source::SyntheticDigits && !QFileInfo::exists(QString::fromStdString(spec.path)))
        throw StudioError::badInput(spec.path, translate("DatasetLoader", "the dataset path does not exist"));

    switch (source) {
    case Source::SyntheticDigits:
        if (spec.syntheticCount <= 0)
            throw StudioError::badInput({},
                                        translate("DatasetLoader", "the synthetic digits need a positive image count"));
        return SyntheticDigits::generate(std::size_t(spec.syntheticCount), size, channels, seed);
    case Source::ImageFolder: return ImageFolderReader::read(spec.path, size, channels, warn);
    case Source::Idx: return IdxReader::read(spec.path, size, channels, warn);
    case Source::Cifar10: return CifarReader::read(spec.path, size, channels, warn);
    case Source::Auto: break;
    }
    throw StudioError::badInput(spec.path, translate("DatasetLoader", "unrecognised dataset"));
}

} // namespace latent
