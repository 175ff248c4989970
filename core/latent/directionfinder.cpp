// SPDX-License-Identifier: MIT
#include "latent/directionfinder.h"

#include "base/studioerror.h"
#include "base/usertext.h"
#include "data/datasetloader.h"
#include "latent/inferenceengine.h"
#include "project/project.h"

#include <algorithm>

namespace latent {

namespace {
// Encoder means of this many real images are enough for stable top directions.
constexpr int kEncodedImages = 2000;
} // namespace

std::vector<LatentDirection> findDirections(InferenceEngine& engine, int count, const std::string& projectDir)
{
    if (!engine.isVae())
        return engine.principalDirections(count);
    if (projectDir.empty())
        throw StudioError::badInput({}, translate("DirectionFinder", "a VAE's directions need its project's dataset"));
    DatasetSpec dataset = Project::open(projectDir).config().dataset;
    dataset.syntheticCount = std::min(dataset.syntheticCount, kEncodedImages);
    const ModelSpec& spec = engine.spec();
    const ImageDataset images = DatasetLoader::load(dataset, spec.imageSize, spec.channels, /*seed=*/0);
    return engine.principalDirectionsOfEncodings(images, count, kEncodedImages);
}

} // namespace latent
