// SPDX-License-Identifier: MIT
#include "train/generatoraverage.h"

#include <algorithm>
#include <cmath>

namespace latent {

GeneratorAverage::GeneratorAverage(Networks& networks, double halfLifeImages, double rampUp)
    : m_networks(networks), m_halfLife(halfLifeImages), m_rampUp(rampUp)
{
    m_networks.addAverage();
}

double GeneratorAverage::decay(double halfLifeImages, double rampUp, std::int64_t imagesSeen,
                               std::int64_t batchImages)
{
    double window = halfLifeImages;
    if (rampUp > 0)
        window = std::min(window, rampUp * double(imagesSeen));
    return std::pow(0.5, double(batchImages) / std::max(window, 1e-8));
}

void GeneratorAverage::update(std::int64_t batchImages)
{
    m_imagesSeen += batchImages;
    const double keep = decay(m_halfLife, m_rampUp, m_imagesSeen, batchImages);
    torch::NoGradGuard noGrad;
    auto lerp = [keep](const std::vector<torch::Tensor>& from, const std::vector<torch::Tensor>& to) {
        for (std::size_t i = 0; i < from.size(); ++i) {
            if (to[i].is_floating_point())
                to[i].lerp_(from[i], 1.0 - keep);
            else
                to[i].copy_(from[i]); // BatchNorm's step count
        }
    };
    lerp(m_networks.generator->parameters(), m_networks.average->parameters());
    lerp(m_networks.generator->buffers(), m_networks.average->buffers());
}

} // namespace latent
