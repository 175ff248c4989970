// SPDX-License-Identifier: MIT
#include "sigmaslider.h"

#include <QSlider>

#include <cmath>

namespace latent::sigmaslider {

namespace {
constexpr int kStepsPerSigma = 100;
constexpr double kSigmas = 3.0;
} // namespace

QSlider* make(QWidget* parent)
{
    auto* slider = new QSlider(Qt::Horizontal, parent);
    slider->setRange(int(-kSigmas * kStepsPerSigma), int(kSigmas * kStepsPerSigma));
    return slider;
}

int positionOf(double sigma) { return int(std::lround(sigma * kStepsPerSigma)); }
double sigmaAt(int position) { return position / double(kStepsPerSigma); }
QString text(double sigma) { return QStringLiteral("%1σ").arg(sigma, 0, 'f', 2); }

} // namespace latent::sigmaslider
