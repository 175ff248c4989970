// SPDX-License-Identifier: MIT
#pragma once

#include "base/image.h"

namespace cv {
class Mat;
}

namespace latent {

// Brings any decoded OpenCV image (8 or 16 bit; gray, gray+alpha, BGR or BGRA)
// to a square 8-bit image of `size` with `channels` (1 gray or 3 RGB): the
// shorter side is scaled to `size`, the longer one centre-cropped, and alpha
// composited over black. Returns a null Image for an empty or unsupported Mat.
Image conformImage(const cv::Mat& decoded, int size, int channels);
// The colour half of the above, at the decoded size: 8-bit gray or RGB.
// Returns an empty Mat for an unsupported one.
cv::Mat conformColours(const cv::Mat& decoded, int channels);

} // namespace latent
