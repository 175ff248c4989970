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
        preview.classNames = SyntheticDigits::classNames();
        for (std::size_t digit = 0; digit < 10; ++digit) { // image i is the digit i mod 10
            preview.classCounts.push_back(preview.count / 10 + (digit < preview.count % 10 ? 1 : 0));
            preview.classSamples.push_back(SyntheticDigits::render(digit, size, channels, 1));
        }
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
        // Classes from the subfolders, counted by files found; each one's
        // first readable file as its sample.
        const ImageFolderReader::Classes classes = ImageFolderReader::findClasses(spec.path, files);
        preview.classNames = classes.names;
        preview.classCounts.assign(classes.names.size(), 0);
        preview.classSamples.assign(classes.names.size(), Image());
        for (std::size_t i = 0; i < files.size() && !classes.names.empty(); ++i) {
            const std::size_t c = std::size_t(classes.labels[i]);
            ++preview.classCounts[c];
            if (!preview.classSamples[c].isNull())
                continue;
            try {
                preview.classSamples[c] = conformImage(readImageFile(files[i]), size, channels);
            } catch (const StudioError&) {
                // the next file of the class may do
            }
        }
        return preview;
    }
    case Source::Idx:
    case Source::Cifar10:
    case Source::Auto: {
        DatasetSpec resolved = spec;
        resolved.source = preview.source;
        const ImageDataset all = DatasetLoader::load(resolved, size, channels, 1, [&preview](const std::string& w) {
            preview.warnings.push_back(w);
        });
        preview.count = all.count();
        preview.width = preview.height = preview.source == Source::Cifar10 ? 32 : size;
        for (int i = 0; i < sampleCount && std::size_t(i) < all.count(); ++i)
            preview.samples.push_back(all.image(std::size_t(i)));
        preview.classNames = all.classNames();
        preview.classCounts = all.classCounts();
        preview.classSamples.assign(preview.classNames.size(), Image());
        for (std::size_t i = 0; i < all.count() && all.labelled(); ++i) {
            Image& sample = preview.classSamples[std::size_t(all.labels()[i])];
            if (sample.isNull())
                sample = all.image(i);
        }
        return preview;
    }
    }
    return preview;
}

} // namespace latent
