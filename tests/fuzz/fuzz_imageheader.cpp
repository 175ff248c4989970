// SPDX-License-Identifier: MIT
// libFuzzer target: bytes -> readImageHeader (PNG, JPEG, BMP headers, read
// before any decoder sees the file). A StudioError (BadInput, naming the file)
// is the expected answer to a bad header; anything else is a finding, and so
// is an accepted header outside the limits the parser promises to enforce.

#include "base/studioerror.h"
#include "io/imageheader.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string name = "fuzz/image";
    try {
        const latent::ImageHeader header = latent::readImageHeader(data, size, name);
        if (header.format != "PNG" && header.format != "JPEG" && header.format != "BMP")
            std::abort();
        if (header.width < 1 || header.height < 1 || header.width > latent::kMaxImageSide
            || header.height > latent::kMaxImageSide
            || std::int64_t(header.width) * header.height > latent::kMaxImagePixels)
            std::abort();
        if (header.orientation < 1 || header.orientation > 8)
            std::abort();
    } catch (const latent::StudioError& e) {
        if (e.kind() != latent::ErrorKind::BadInput || e.path() != name || !std::strstr(e.what(), name.c_str()))
            std::abort(); // every refusal must be BadInput naming the file
    }
    return 0;
}
