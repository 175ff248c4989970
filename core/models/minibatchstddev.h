// SPDX-License-Identifier: MIT
// Internal to latent_core: LibTorch types. Never include from ui/ or app/.
#pragma once

#include <torch/torch.h>

namespace latent {

// The minibatch standard deviation layer (Karras et al. 2018, section 3):
// appends one feature map holding how much the images of a small group
// differ, averaged over features and positions. A generator that draws a
// few kinds of image gives small groups that differ less than real ones,
// which the discriminator then sees in every image, not only in batch
// statistics. Groups are consecutive images (so a group of fakes holds as
// many classes as a group of reals: the trainer pairs the batch's halves,
// not neighbours), of kGroupSize or the largest size below that divides the
// batch. No parameters.
class MinibatchStdDevImpl : public torch::nn::Module {
public:
    static constexpr std::int64_t kGroupSize = 4;

    torch::Tensor forward(const torch::Tensor& input); // [N, C, H, W] -> [N, C + 1, H, W]
    // The group size used for a batch of `batch` images.
    static std::int64_t groupSize(std::int64_t batch);
};
TORCH_MODULE(MinibatchStdDev);

} // namespace latent
