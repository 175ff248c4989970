// SPDX-License-Identifier: MIT
#include "latent/latentpath.h"

#include "base/studioerror.h"
#include "base/usertext.h"

#include <algorithm>
#include <cmath>

namespace latent {

LatentPath::LatentPath(std::vector<std::vector<float>> keys, Settings settings,
                       std::vector<std::vector<float>> classes)
    : m_keys(std::move(keys)), m_classes(std::move(classes)), m_settings(settings)
{
    if (!m_classes.empty() && m_classes.size() != m_keys.size())
        throw StudioError::badInput({}, translate("LatentPath", "every keyframe needs its class, or none"));
    for (const auto& weights : m_classes)
        if (weights.size() != m_classes.front().size() || weights.empty())
            throw StudioError::badInput({}, translate("LatentPath", "the keyframes' classes differ in number"));
    if (m_keys.size() < 2)
        throw StudioError::badInput({}, translate("LatentPath", "an interpolation needs at least two keyframes"));
    for (const auto& key : m_keys)
        if (key.size() != m_keys.front().size() || key.empty())
            throw StudioError::badInput({}, translate("LatentPath", "the keyframes' latent vectors differ in size"));
    if (m_settings.framesBetween < 1)
        throw StudioError::badInput({}, translate("LatentPath", "there must be at least one frame between keyframes"));
}

int LatentPath::frameCount() const
{
    const int segments = int(m_keys.size()) - (m_settings.loop ? 0 : 1);
    return segments * m_settings.framesBetween + (m_settings.loop ? 0 : 1);
}

LatentPath::Position LatentPath::position(int index) const
{
    index = std::clamp(index, 0, frameCount() - 1);
    const int n = m_settings.framesBetween;
    const std::size_t segment = std::size_t(index / n);
    const int within = index % n;
    return {segment % m_keys.size(), (segment + 1) % m_keys.size(),
            within == 0 ? 0.0 : ease(m_settings.easing, double(within) / n)};
}

std::vector<float> LatentPath::frame(int index) const
{
    const Position at = position(index);
    const auto& a = m_keys[at.from];
    if (at.t == 0.0)
        return a;
    const auto& b = m_keys[at.to];
    return m_settings.interpolation == Interpolation::Spherical ? slerp(a, b, at.t) : lerp(a, b, at.t);
}

std::vector<float> LatentPath::frameClasses(int index) const
{
    if (m_classes.empty())
        return {};
    const Position at = position(index);
    return at.t == 0.0 ? m_classes[at.from] : lerp(m_classes[at.from], m_classes[at.to], at.t);
}

std::vector<std::vector<float>> LatentPath::frames() const
{
    std::vector<std::vector<float>> all;
    all.reserve(std::size_t(frameCount()));
    for (int i = 0; i < frameCount(); ++i)
        all.push_back(frame(i));
    return all;
}

std::vector<float> LatentPath::lerp(const std::vector<float>& a, const std::vector<float>& b, double t)
{
    std::vector<float> out(a.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        out[i] = float((1.0 - t) * a[i] + t * b[i]);
    return out;
}

std::vector<float> LatentPath::slerp(const std::vector<float>& a, const std::vector<float>& b, double t)
{
    double dot = 0, na = 0, nb = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        dot += double(a[i]) * b[i];
        na += double(a[i]) * a[i];
        nb += double(b[i]) * b[i];
    }
    if (na == 0 || nb == 0)
        return lerp(a, b, t);
    const double cosine = std::clamp(dot / std::sqrt(na * nb), -1.0, 1.0);
    const double omega = std::acos(cosine);
    const double sine = std::sin(omega);
    if (sine < 1e-6)
        return lerp(a, b, t);
    const double wa = std::sin((1.0 - t) * omega) / sine, wb = std::sin(t * omega) / sine;
    std::vector<float> out(a.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        out[i] = float(wa * a[i] + wb * b[i]);
    return out;
}

double LatentPath::ease(Easing easing, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return easing == Easing::EaseInOut ? t * t * (3.0 - 2.0 * t) : t;
}

} // namespace latent
