// SPDX-License-Identifier: MIT
// Internal to latent_core: LibTorch types. Never include from ui/ or app/.
#pragma once

#include "project/projectconfig.h"

#include <QJsonObject>
#include <torch/torch.h>

#include <optional>
#include <string>

namespace latent {

class FeatureNetwork;
struct ReferenceSet;

// The features of a project's reference set (eval/referenceset.h), cached
// in its evaluation/ folder: reference.npy (NumPy reads it) and
// reference.json, which says what they are the features of. Every run and
// `latent-cli evaluate` on the project reuse them while that key matches.
class ReferenceFeatures {
public:
    // What the features depend on: the feature space, the model's image
    // format, the data, what is held out, the seed and the count wanted.
    static QJsonObject keyFor(const ProjectConfig& config);

    // The cached features when the cache's key is `key`; none when there is
    // no cache or it is of another key. Throws StudioError(BadInput) naming
    // the file when the cache is damaged.
    static std::optional<torch::Tensor> load(const std::string& folder, const QJsonObject& key);
    // Writes the cache (atomically, file by file). Throws StudioError(Failure).
    static void save(const std::string& folder, const QJsonObject& key, const torch::Tensor& features,
                     const std::string& description);
    // The saved description ("2000 held-out images"); empty without a cache.
    static std::string description(const std::string& folder);

    // The project's reference features: from the cache, or computed from
    // `taken` (the reference set a run took from its data), or else from the
    // project's data (loaded, its reference set taken as training would), and
    // cached. Throws StudioError as loading the dataset or a damaged cache does.
    static torch::Tensor ofProject(const std::string& projectDir, const ProjectConfig& config,
                                   const FeatureNetwork& network, const ReferenceSet* taken = nullptr);
};

} // namespace latent
