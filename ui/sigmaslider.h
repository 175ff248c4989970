// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QSlider;
class QWidget;

namespace latent {

// The sliders of the Explore tab (dimensions and directions): horizontal,
// from -3 to +3 standard deviations of the prior in steps of 0.01.
namespace sigmaslider {

QSlider* make(QWidget* parent);
int positionOf(double sigma);
double sigmaAt(int position);
// "1.25σ"
QString text(double sigma);

} // namespace sigmaslider
} // namespace latent
