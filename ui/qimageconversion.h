// SPDX-License-Identifier: MIT
#pragma once

#include "base/image.h"

#include <QImage>

namespace latent {

// latent::Image -> QImage (a deep copy, safe to pass between threads).
QImage toQImage(const Image& image);

} // namespace latent
