// SPDX-License-Identifier: MIT
#pragma once

#include "data/imagedataset.h"

#include <functional>
#include <string>
#include <vector>

namespace latent {

// Called once per problem that does not stop the work (a skipped file).
using WarningSink = std::function<void(const std::string& message)>;

// A folder of PNG, JPEG and BMP images, searched recursively and read in
// sorted path order, each scaled and centre-cropped to the model's size.
// An image that cannot be decoded is skipped with a warning naming it.
// Throws StudioError(BadInput) when the folder is missing, holds no images,
// or none of them can be used.
class ImageFolderReader {
public:
    static ImageDataset read(const std::string& folder, int size, int channels, const WarningSink& warn);
    static std::vector<std::string> listImages(const std::string& folder);
};

} // namespace latent
