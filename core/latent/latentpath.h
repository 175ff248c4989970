// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

namespace latent {

// A path through latent space along two or more keyframes, sampled into
// frames: `framesBetween` frames from each key to the next, the last key
// included (or, looping, back to the first and not repeating it). Frame
// k * framesBetween is keyframe k exactly.
class LatentPath {
public:
    enum class Interpolation { Linear, Spherical };
    enum class Easing { Linear, EaseInOut };

    struct Settings {
        int framesBetween = 30;
        Interpolation interpolation = Interpolation::Spherical;
        Easing easing = Easing::Linear;
        bool loop = false;
    };

    // Throws StudioError(BadInput) for fewer than two keys, keys of different
    // sizes, or framesBetween below 1. A conditional model's keys each have
    // class weights (`classes`, one per key, all of one size; or none).
    LatentPath(std::vector<std::vector<float>> keys, Settings settings,
               std::vector<std::vector<float>> classes = {});

    int frameCount() const;
    std::vector<float> frame(int index) const;
    std::vector<std::vector<float>> frames() const;
    // The class weights of frame `index`: always blended linearly, at the
    // same eased t as z, so a model's first layer sees (1 - t) of one key's
    // class embedding and t of the next one's. Empty without classes.
    std::vector<float> frameClasses(int index) const;
    bool hasClasses() const { return !m_classes.empty(); }

    static std::vector<float> lerp(const std::vector<float>& a, const std::vector<float>& b, double t);
    // Along the great circle between a and b (Shoemake 1985; for GAN latents,
    // White 2016, "Sampling Generative Networks"): for keys of equal length
    // every point keeps that length, where lerp would pass near the origin,
    // a region a Gaussian prior rarely samples. Falls back to lerp for
    // (anti)parallel keys.
    static std::vector<float> slerp(const std::vector<float>& a, const std::vector<float>& b, double t);
    // Maps [0, 1] to [0, 1]; EaseInOut is the smoothstep 3t^2 - 2t^3.
    static double ease(Easing easing, double t);

private:
    // The segment's keys and how far along it frame `index` is.
    struct Position {
        std::size_t from, to;
        double t;
    };
    Position position(int index) const;

    std::vector<std::vector<float>> m_keys;
    std::vector<std::vector<float>> m_classes;
    Settings m_settings;
};

} // namespace latent
