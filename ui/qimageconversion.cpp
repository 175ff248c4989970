// SPDX-License-Identifier: MIT
#include "qimageconversion.h"

namespace latent {

QImage toQImage(const Image& image)
{
    if (image.isNull())
        return {};
    const QImage::Format format = image.channels == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888;
    // Wraps the pixels, then copy() so the QImage owns its buffer.
    return QImage(image.pixels.data(), image.width, image.height, image.width * image.channels, format).copy();
}

} // namespace latent
