// SPDX-License-Identifier: MIT
#include "data/datasetpreview.h"

#include "base/studioerror.h"
#include "base/usertext.h"
#include "data/datasetloader.h"
#include "data/imageconform.h"
#include "data/imagefolderreader.h"
#include "data/syntheticdigits.h"

#include "io/imagedecode.h"

namespace latent {

DatasetPreview DatasetPreview::inspect(const DatasetSpec& spec, int size, int channels, int sampleCount)
{
    using Source = DatasetSpec::Source;
    DatasetPreview preview;
    preview.source = spec.source == Source::Auto ? DatasetLoader::detect(spec.path) : spec.source;
    switch (preview.source) {
    case Source::SyntheticDigits:
        preview.count = std::size_t(std::max(0, spec.syntheticCount));
        preview.width = preview.height = size;
        for (int i = 0; i < sampleCount && std::size_t(i) < preview.count; ++i)
            preview.samples.push_back(SyntheticDigits::render(std::size_t(i), size, channels, 1));
        return preview;
    case Source::ImageFolder: {
        const std::vector<std::string> files = ImageFolderReader::listImages(spec.path);
        if (files.empty())
            throw StudioError::badInput(
                spec.path,
                translate("DatasetPreview", "no PNG, JPEG or BMP images were found in the folder or below it"));
        preview.count = files.size();
        for (const std::string& file : files) {
            if (int(preview.samples.size()) >= sampleCount)
                break;
            cv::Mat decoded;
            try {
                decoded = readImageFile(file);
            } catch (const StudioError&) {
                continue; // skipped here as in training
            }
            Image image = conformImage(decoded, size, channels);
            if (image.isNull())
                continue; // skipped here as in training
            if (preview.width == 0) {
                preview.width = decoded.cols;
                preview.height = decoded.rows;
            }
            preview.samples.push_back(std::move(image));
        }
        return preview;
    }
    case Source::Idx:
    case Source::Cifar10:
    case Source::Auto: {
        DatasetSpec resolved = spec;
        resolved.source = preview.source;
        const ImageDataset all = DatasetLoader::load(resolved, size, channels, 1);
        preview.count = all.count();
        preview.width = preview.height = preview.source == Source::Cifar10 ? 32 : size;
        for (int i = 0; i < sampleCount && std::size_t(i) < all.count(); ++i)
            preview.samples.push_back(all.image(std::size_t(i)));
        return preview;
    }
    }
    return preview;
}

} // namespace latent
