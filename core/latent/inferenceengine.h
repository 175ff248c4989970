// SPDX-License-Identifier: MIT
#pragma once

#include "base/image.h"
#include "models/modelspec.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace latent {

// A trained generator (or VAE decoder) loaded from a checkpoint, for making
// images from latent vectors. Owns its own copy of the weights, so it can run
// on any one thread while training goes on elsewhere. Not thread-safe: use
// one instance per thread.
class InferenceEngine {
public:
    // Loads and verifies `checkpoint`; `expected` (when given) must match the
    // checkpoint's model. Throws StudioError(BadInput) naming the file.
    static std::unique_ptr<InferenceEngine> load(const std::string& checkpoint, const ModelSpec* expected = nullptr,
                                                 const std::string& device = "cpu");
    ~InferenceEngine();

    const ModelSpec& spec() const;
    std::int64_t step() const;
    // SHA-256 (hex) of every weight of the checkpoint's networks.
    std::string checksum() const;

    // `count` latent vectors from N(0, I), deterministic for `seed`.
    std::vector<std::vector<float>> sampleLatents(int count, std::uint64_t seed) const;
    // One image per latent vector (each of spec().latentDim values).
    std::vector<Image> decode(const std::vector<std::vector<float>>& latents);

private:
    struct Impl;
    explicit InferenceEngine(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace latent
