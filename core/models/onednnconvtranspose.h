// SPDX-License-Identifier: MIT
// Internal to latent_core: LibTorch types. Never include from ui/ or app/.
#pragma once

#include <torch/torch.h>

namespace latent {

// A ConvTranspose2d that trains through oneDNN on the CPU. LibTorch 1.13 runs
// CPU transposed convolutions in slow_conv_transpose2d (im2col and GEMM),
// 2.5-5x slower than its oneDNN convolutions (docs/PERFORMANCE.md). A
// transposed convolution is the input gradient of a convolution with the same
// weight, and its gradients are a convolution and a convolution's weight
// gradient: all three run in oneDNN. Same parameters, names and results (to
// float rounding) as torch::nn::ConvTranspose2d, so checkpoints, exports and
// code that looks for ConvTranspose2dImpl see no difference. Used when
// training on the CPU in float32 with groups 1, dilation 1, no output padding
// and enough output channels; everything else (no-grad inference, so that
// TorchScript exports draw the very same pixels; CUDA) takes LibTorch's path.
class OneDnnConvTranspose2dImpl : public torch::nn::ConvTranspose2dImpl {
public:
    using torch::nn::ConvTranspose2dImpl::ConvTranspose2dImpl;

    torch::Tensor forward(const torch::Tensor& input, const c10::optional<at::IntArrayRef>& output_size = c10::nullopt);

private:
    bool useOneDnn(const torch::Tensor& input, const c10::optional<at::IntArrayRef>& output_size) const;
};
TORCH_MODULE(OneDnnConvTranspose2d);

} // namespace latent
