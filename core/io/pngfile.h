// SPDX-License-Identifier: MIT
#pragma once

#include "base/image.h"

#include <QByteArray>

#include <string>

namespace latent {

// PNG bytes of an 8-bit gray or RGB image.
QByteArray encodePng(const Image& image);
// Writes a PNG atomically; throws StudioError(Failure) naming `path`.
void writePng(const std::string& path, const Image& image);
// Reads a PNG, JPEG or BMP as gray (channels 1) or RGB (channels 3), unscaled.
// Throws StudioError(BadInput) naming `path` when it is not a readable image.
Image readImage(const std::string& path, int channels);

} // namespace latent
