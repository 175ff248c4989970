// SPDX-License-Identifier: MIT
// libFuzzer target: bytes -> CifarReader::appendBatch (one CIFAR-10 binary
// batch). A StudioError naming the file is the expected answer to a bad
// batch; anything else (another exception, a sanitizer report) is a finding.

#include "base/studioerror.h"
#include "data/cifarreader.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string name = "fuzz/data_batch_1.bin";
    constexpr std::size_t kRecord = 1 + 3 * 32 * 32;
    // A dataset that already holds an image, as when a second batch file is read.
    latent::ImageDataset set(16, size % 2 ? 3 : 1);
    set.appendPlanar(std::vector<std::uint8_t>(set.bytesPerImage(), 7).data(), 0);
    try {
        latent::CifarReader::appendBatch(data, size, name, set);
        if (set.count() != 1 + size / kRecord)
            std::abort();
        for (int label : set.labels())
            if (label < 0 || label > 9)
                std::abort();
    } catch (const latent::StudioError& e) {
        if (e.path() != name || !std::strstr(e.what(), name.c_str()))
            std::abort(); // every refusal must name the file
    }
    return 0;
}
