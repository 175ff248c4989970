// SPDX-License-Identifier: MIT
#pragma once

#include "base/image.h"
#include "latent/latentdirection.h"
#include "models/modelspec.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace latent {

class ImageDataset;

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
    // Loads a TorchScript generator made elsewhere (traced or scripted in
    // Python, or exported by the studio): z [N, latent] -> [N, C, H, W] in
    // [-1, 1]. The latent size is `latentDim` when above 0, else the module's
    // `latent_dim` attribute, a JSON sidecar (FILE.json or FILE.pt.json with
    // {"latent_dim": N}), or found by probing. Checks the output's shape and
    // range. A conditional generator the studio exported keeps its classes
    // (its class_names attribute; blends go in as their strongest class).
    // TorchScript files are programs: the caller asks the user first.
    // Throws StudioError(BadInput) naming the file.
    static std::unique_ptr<InferenceEngine> loadTorchScript(const std::string& path, int latentDim = 0,
                                                            const std::string& device = "cpu");
    ~InferenceEngine();

    // For an imported generator: family dcgan with its latent size, image size
    // and channels as found.
    const ModelSpec& spec() const;
    bool isVae() const { return spec().family == ModelSpec::Family::Vae && !isImported(); }
    bool isImported() const;
    // The checkpoint's step (0 for an imported generator).
    std::int64_t step() const;
    // SHA-256 (hex) of every weight of the checkpoint's networks (of the file,
    // for an imported generator).
    std::string checksum() const;
    // GANs trained with a weight average draw with it (the default), or with
    // the trained generator itself (false). Nothing changes for other models.
    bool hasWeightAverage() const;
    void useWeightAverage(bool use);

    // A VAE's encoding of an image file: the image as the model sees it
    // (scaled and centre-cropped to its size and channels) and the encoder's
    // mean. Throws StudioError(BadInput) naming the file when it is not a
    // readable image, or when the model is not a VAE.
    struct Encoding {
        Image original;
        std::vector<float> latent;
    };
    // A conditional VAE encodes the image as of class `classWeights` (one-hot
    // or a blend; empty: the first class).
    Encoding encodeImageFile(const std::string& path, const std::vector<float>& classWeights = {});

    // GANSpace directions (see principaldirections.h): the top `count`, from
    // `samples` latents drawn with `seed`, through the generator's first stage
    // (an imported generator's hidden layers are out of reach: its pooled
    // output images stand in). Throws StudioError(BadInput) for a VAE.
    std::vector<LatentDirection> principalDirections(int count, int samples = 2000, std::uint64_t seed = 0);
    // A VAE's directions: PCA over the encoder means of up to `samples` of
    // `images` (real data at the model's size and channels). Throws
    // StudioError(BadInput) for a GAN or images of another shape.
    std::vector<LatentDirection> principalDirectionsOfEncodings(const ImageDataset& images, int count,
                                                                int samples = 2000);

    // The generator (GAN) or decoder (VAE) as a TorchScript file that Python
    // runs with torch.jit.load(path)(z), giving exactly what decode() gives.
    // Throws StudioError(Failure) naming the file; for a checkpoint only.
    void exportTorchScript(const std::string& path) const;
    // Its weights as a dict of tensors that Python's torch.load reads.
    void exportStateDict(const std::string& path) const;

    // `count` latent vectors from N(0, I): vector i is seed + i's own (drawn
    // alone with that seed), so sample i of `latent-cli sample --seed S` is
    // the Explore tab's vector for seed S + i.
    std::vector<std::vector<float>> sampleLatents(int count, std::uint64_t seed) const;
    // One image per latent vector (each of spec().latentDim values). A
    // conditional model draws latent i as class `classes[i]`: weights over
    // spec().classNames (one-hot, or a blend along an interpolation), one per
    // latent or one for them all; empty: latent i is of class i mod the
    // class count. Throws StudioError(BadInput) for vectors of the wrong size.
    std::vector<Image> decode(const std::vector<std::vector<float>>& latents,
                              const std::vector<std::vector<float>>& classes = {});
    // One-hot weights for class `index`: empty for an unconditional model;
    // throws StudioError(BadInput) naming the range when it is out of it.
    std::vector<float> classWeights(int index) const;

private:
    struct Impl;
    explicit InferenceEngine(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace latent
