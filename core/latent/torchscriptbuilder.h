// SPDX-License-Identifier: MIT
// Internal to latent_core: LibTorch types. Never include from ui/ or app/.
#pragma once

#include "models/networks.h"

#include <torch/script.h>

namespace latent {

// C++ modules cannot be scripted, so the exported generator is written anew
// as TorchScript source over copies of the trained weights: `forward(z)` with
// z [N, latent] returns [N, C, H, W] in [-1, 1], running the same ATen
// operations as the studio (BatchNorm with its running statistics). The module
// also carries `latent_dim`, `image_size`, `channels` and `num_classes` (0 when
// unconditional) attributes. A conditional model's is `forward(z, label)`,
// label [N] class indices (optional), with a `class_names` attribute.
torch::jit::Module buildTorchScriptGenerator(const Networks& networks);

// The generator's (or VAE decoder's) parameters and buffers by their C++
// names ("net.0.weight"), for Python's torch.load.
c10::Dict<std::string, at::Tensor> generatorStateDict(const Networks& networks);

} // namespace latent
