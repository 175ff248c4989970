// SPDX-License-Identifier: MIT
#pragma once

#include "data/imagedataset.h"
#include "data/warningsink.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace latent {

// CIFAR-10 binary batches: records of one label byte and 3072 bytes of 32x32
// planar RGB. `path` is one batch file or a folder with data_batch_*.bin
// (all of them, in order; test_batch.bin alone when there is nothing else).
// Throws StudioError(BadInput) naming the file when its size is not a whole
// number of records or a label is out of range. The classes are named by
// batches.meta.txt beside the batches, else CIFAR-10's own; a class no image
// has (a partial batch) drops the labels with a warning.
class CifarReader {
public:
    static ImageDataset read(const std::string& path, int size, int channels, const WarningSink& warn = {});
    // Appends the records of one batch already in memory to `dataset` (which
    // sets the size and channels); `name` stands for the file in messages.
    static void appendBatch(const std::uint8_t* data, std::size_t length, const std::string& name,
                            ImageDataset& dataset);
    // The batch files read for `path`; empty when there are none.
    static std::vector<std::string> findBatchFiles(const std::string& path);
};

} // namespace latent
