// SPDX-License-Identifier: MIT
// Internal to latent_core: LibTorch types. Never include from ui/ or app/.
#pragma once

#include "base/image.h"
#include "models/dcgandiscriminator.h"
#include "models/dcgangenerator.h"
#include "models/vae.h"

#include <string>
#include <vector>

namespace latent {

// The networks of one ModelSpec: generator and discriminator for a GAN, the
// VAE otherwise. What the trainers optimise, checkpoints store and the
// inference engine decodes with.
class Networks {
public:
    Networks(const ModelSpec& spec, const torch::Device& device);

    const ModelSpec& spec() const { return m_spec; }
    const torch::Device& device() const { return m_device; }
    bool isGan() const { return m_spec.family == ModelSpec::Family::Dcgan; }

    DcganGenerator generator{nullptr};
    DcganDiscriminator discriminator{nullptr};
    Vae vae{nullptr};
    // The moving average of the generator's weights, when the run keeps one
    // (GeneratorAverage updates it); null otherwise. Never trained directly.
    DcganGenerator average{nullptr};

    // Starts the average as a copy of the generator (GANs; once).
    void addAverage();
    // Whether generate() and earlyFeatures() draw with the average (the
    // default when there is one) or with the trained generator itself.
    void setUseAverage(bool use) { m_useAverage = use; }
    bool drawsWithAverage() const { return average && m_useAverage; }
    // The generator that draws: the average or the trained one (above).
    DcganGenerator& drawingGenerator() { return drawsWithAverage() ? average : generator; }
    const DcganGenerator& drawingGenerator() const { return drawsWithAverage() ? average : generator; }

    bool conditional() const { return m_spec.conditional(); }
    // Class weights for `n` images when none are given: image i is of class
    // i mod the class count, a balanced mix. Undefined when unconditional.
    torch::Tensor cyclingClasses(std::int64_t n) const;

    // Images in [-1, 1] for latents z [N, latent]: the GAN generator (above) or
    // the VAE decoder in eval mode (BatchNorm uses its running statistics),
    // without gradients; the training mode is restored afterwards. A
    // conditional model draws the classes `classes` ([N, classes] weights:
    // one-hot, or a blend), or cyclingClasses() when it is undefined.
    torch::Tensor generate(const torch::Tensor& z, const torch::Tensor& classes = {});

    // What the first stage of the generator (or VAE decoder) makes of z,
    // flattened to [N, features], in eval mode and without gradients: where
    // GANSpace looks for directions. Classes as for generate().
    torch::Tensor earlyFeatures(const torch::Tensor& z, const torch::Tensor& classes = {});

    // Archive keys: "generator" and "discriminator", or "vae"; and
    // "generator_average" when there is one (load() makes it when the archive has it).
    void save(torch::serialize::OutputArchive& archive) const;
    void load(torch::serialize::InputArchive& archive);

    // SHA-256 (hex) over every parameter and buffer, in registration order.
    std::string checksum() const;
    // Every parameter, then every buffer (BatchNorm's running statistics and
    // counts), of all the networks, in registration order.
    std::vector<torch::Tensor> state() const;
    // The floating-point buffers alone: the running statistics.
    std::vector<torch::Tensor> runningStatistics() const;

private:
    std::vector<torch::nn::Module*> modules() const;

    ModelSpec m_spec;
    torch::Device m_device;
    bool m_useAverage = true;
};

// [N, C, H, W] in [-1, 1] (any device) -> 8-bit images.
std::vector<Image> tensorToImages(const torch::Tensor& batch);
// The other way: 8-bit images of one size -> [N, C, H, W] uint8 on the CPU.
torch::Tensor imagesToTensor(const std::vector<Image>& images);

} // namespace latent
