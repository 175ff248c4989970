// SPDX-License-Identifier: MIT
#pragma once

#include "base/image.h"

#include <QByteArray>

#include <string>
#include <utility>
#include <vector>

namespace latent {

// Keyword/text pairs stored in a PNG's tEXt chunks (Latin-1 keywords of 1-79
// characters), for where an image came from: seed, latent vector, model hash.
using PngText = std::vector<std::pair<std::string, std::string>>;

// The "Software" chunk: "Latent Studio" and the running application's version.
std::pair<std::string, std::string> softwareText();
// PNG bytes of an 8-bit gray or RGB image, with `text` after the header.
QByteArray encodePng(const Image& image, const PngText& text = {});
// Writes a PNG atomically; throws StudioError(Failure) naming `path`.
void writePng(const std::string& path, const Image& image, const PngText& text = {});
// The tEXt chunks of a PNG file; throws StudioError(BadInput) naming `path`.
PngText readPngText(const std::string& path);
// Reads a PNG, JPEG or BMP as gray (channels 1) or RGB (channels 3), unscaled.
// Throws StudioError(BadInput) naming `path` when it is not a readable image.
Image readImage(const std::string& path, int channels);

} // namespace latent
