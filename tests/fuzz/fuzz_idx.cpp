// SPDX-License-Identifier: MIT
// libFuzzer target: bytes -> IdxReader::readBytes (plain or gzip IDX images).
// A StudioError naming the file is the expected answer to a bad file; any
// other exception, a sanitizer report or a broken dataset is a finding.

#include "base/studioerror.h"
#include "data/idxreader.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string name = "fuzz/train-images-idx3-ubyte";
    // Small images keep a header that promises millions of 1x1 images cheap;
    // the input's length picks gray or RGB so both conversions are reached.
    const int side = 4;
    const int channels = size % 2 ? 3 : 1;
    try {
        const latent::ImageDataset set = latent::IdxReader::readBytes(data, size, name, side, channels);
        if (set.empty() || set.size() != side || set.channels() != channels)
            std::abort();
        for (int label : set.labels())
            if (label != -1)
                std::abort();
        (void)set.image(set.count() - 1);
    } catch (const latent::StudioError& e) {
        if (e.path() != name || !std::strstr(e.what(), name.c_str()))
            std::abort(); // every refusal must name the file
    }
    return 0;
}
