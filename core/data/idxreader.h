// SPDX-License-Identifier: MIT
#pragma once

#include "data/imagedataset.h"
#include "data/warningsink.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace latent {

// MNIST / Fashion-MNIST IDX files, plain or gzip-compressed. `path` is an
// images file (magic 0x00000803: unsigned bytes, 3 dimensions) or a folder
// holding one (train-images-idx3-ubyte[.gz] preferred). Labels come from the
// matching labels-idx1 file beside it when there is one; the classes are named
// by classes.txt beside them (one per line), as Fashion-MNIST's when the path
// names it, else by number. A labels file that does not fit the images (count,
// truncation, an empty class) is reported to `warn` and the labels dropped.
// Throws StudioError(BadInput) naming the file for a wrong magic number,
// impossible dimensions, or a file shorter than its header says.
class IdxReader {
public:
    static ImageDataset read(const std::string& path, int size, int channels, const WarningSink& warn = {});
    // The same for the bytes of an images file already in memory (plain or
    // gzip); `name` stands for the file in messages. Every label is -1.
    static ImageDataset readBytes(const std::uint8_t* data, std::size_t length, const std::string& name, int size,
                                  int channels);
    // The images file read for `path` (resolving a folder); empty if none.
    static std::string findImagesFile(const std::string& path);
};

} // namespace latent
