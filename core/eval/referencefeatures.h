// SPDX-License-Identifier: MIT
// Internal to latent_core: LibTorch types. Never include from ui/ or app/.
#pragma once

#include "eval/featurenetwork.h"
#include "project/projectconfig.h"

#include <QJsonObject>
#include <torch/torch.h>

#include <optional>
#include <string>

namespace latent {

class ImageDataset;
struct ReferenceSet;

// What a project's quality scores are measured with: the feature network
// trained on its data and the features of its reference set
// (eval/referenceset.h), made once and cached in its evaluation/ folder:
// feature-network.pt, reference.npy (NumPy reads it) and reference.json,
// which says what they were made from. Every run and `latent-cli evaluate`
// on the project reuse them while that key matches.
struct ReferenceFeatures {
    FeatureNetwork network;
    torch::Tensor features; // [N, network.dimension()]
    // For people: "2000 held-out images, in the features of a classifier of the data's 10 classes".
    std::string description;

    // What they depend on: the feature network's version, the model's image
    // format, the data and what is held out, the count wanted.
    static QJsonObject keyFor(const ProjectConfig& config);

    // The cache when its key is `key`; none when there is none or it is of
    // another key. Throws StudioError(BadInput) naming a damaged file.
    static std::optional<ReferenceFeatures> load(const std::string& folder, const QJsonObject& key);
    // Writes the cache (atomically, file by file). Throws StudioError(Failure).
    void save(const std::string& folder, const QJsonObject& key) const;
    // The saved description; empty without a cache.
    static std::string savedDescription(const std::string& folder);

    // Trains the network on `training` (the images that may be trained on)
    // and takes the features of `reference`. The built-in digits train it on
    // a render of their own instead, the same for every seed.
    static ReferenceFeatures make(const ReferenceSet& reference, const ImageDataset& training,
                                  const DatasetSpec& dataset);
    // The project's: from the cache, or made from what a run took from its
    // data (`reference`, `training`), or else from the project's data loaded
    // here, and cached. Throws StudioError as loading the data or a damaged cache does.
    static ReferenceFeatures ofProject(const std::string& projectDir, const ProjectConfig& config,
                                       const ReferenceSet* reference = nullptr, const ImageDataset* training = nullptr);
};

} // namespace latent
