// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

#include <opencv2/core.hpp>

#include <string>

namespace latent {

// The one way the studio decodes an image file's bytes (datasets, previews,
// images to encode, read-backs). The header is checked first (size limits,
// truncation), then OpenCV decodes the pixels as stored (8 or 16 bits; gray,
// gray+alpha, BGR or BGRA) and a JPEG's EXIF orientation is applied.
// Throws StudioError(BadInput) naming `path`, saying what is wrong.
cv::Mat decodeImage(const QByteArray& bytes, const std::string& path);

// Reads the file at `path` and decodes it as above.
cv::Mat readImageFile(const std::string& path);

} // namespace latent
