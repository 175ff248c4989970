// SPDX-License-Identifier: MIT
#pragma once

#include "data/imagedataset.h"

#include "data/warningsink.h"

#include <string>
#include <vector>

namespace latent {

// A folder of PNG, JPEG and BMP images, searched recursively and read in
// sorted path order, each scaled and centre-cropped to the model's size.
// An image that cannot be decoded is skipped with a warning naming it.
// Images sorted into subfolders, one per class (two or more, none left at
// the top), are labelled with the subfolder's class, named after it.
// Throws StudioError(BadInput) when the folder is missing, holds no images,
// or none of them can be used.
class ImageFolderReader {
public:
    static ImageDataset read(const std::string& folder, int size, int channels, const WarningSink& warn);
    static std::vector<std::string> listImages(const std::string& folder);

    // The classes of `paths` (images under `folder`): the subfolders right
    // below it, sorted by name, when there are two or more and no image
    // sits at the top; else none, and every label -1.
    struct Classes {
        std::vector<std::string> names;
        std::vector<int> labels; // one per path
        std::size_t atTop = 0;   // images right in `folder`
        int subfolders = 0;      // that hold images
    };
    static Classes findClasses(const std::string& folder, const std::vector<std::string>& paths);
};

} // namespace latent
