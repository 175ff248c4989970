// SPDX-License-Identifier: MIT
#include "models/onednnconvtranspose.h"

namespace latent {

namespace {

// Below this many output channels oneDNN's kernels lose to LibTorch's (the
// image layer, 64 -> 3 channels at 64x64: 25 ms against 8 ms forward).
constexpr std::int64_t kMinOutputChannels = 16;

using torch::autograd::AutogradContext;
using torch::autograd::variable_list;

struct TransposedConvolution : torch::autograd::Function<TransposedConvolution> {
    static torch::Tensor forward(AutogradContext* ctx, const torch::Tensor& input, const torch::Tensor& weight,
                                 std::int64_t stride, std::int64_t padding)
    {
        ctx->save_for_backward({input, weight});
        ctx->saved_data["stride"] = stride;
        ctx->saved_data["padding"] = padding;
        ctx->saved_data["input_grad"] = input.requires_grad();
        const std::int64_t height = (input.size(2) - 1) * stride - 2 * padding + weight.size(2);
        const std::int64_t width = (input.size(3) - 1) * stride - 2 * padding + weight.size(3);
        // The convolution whose input gradient this is reads only the shape of its input.
        const torch::Tensor shape = at::empty({input.size(0), weight.size(1), height, width}, input.options());
        return std::get<0>(at::convolution_backward(input, shape, weight, c10::nullopt, {stride, stride},
                                                    {padding, padding}, {1, 1}, /*transposed=*/false, {0, 0},
                                                    /*groups=*/1, {true, false, false}));
    }

    static variable_list backward(AutogradContext* ctx, variable_list gradients)
    {
        const auto saved = ctx->get_saved_variables();
        const torch::Tensor& input = saved[0];
        const torch::Tensor& weight = saved[1];
        const std::int64_t stride = ctx->saved_data["stride"].toInt();
        const std::int64_t padding = ctx->saved_data["padding"].toInt();
        const torch::Tensor grad = gradients[0].contiguous();
        torch::Tensor gradInput;
        if (ctx->saved_data["input_grad"].toBool())
            gradInput = at::conv2d(grad, weight, {}, {stride, stride}, {padding, padding});
        const torch::Tensor gradWeight = std::get<1>(at::convolution_backward(
            input, grad, weight, c10::nullopt, {stride, stride}, {padding, padding}, {1, 1}, false, {0, 0}, 1,
            {false, true, false}));
        return {gradInput, gradWeight, torch::Tensor(), torch::Tensor()};
    }
};

} // namespace

bool OneDnnConvTranspose2dImpl::useOneDnn(const torch::Tensor& input,
                                          const c10::optional<at::IntArrayRef>& output_size) const
{
    const auto& o = options;
    const auto* padding = c10::get_if<torch::ExpandingArray<2>>(&o.padding());
    return padding && (**padding)[0] == (**padding)[1] && torch::GradMode::is_enabled() && at::hasMKLDNN()
           && at::globalContext().userEnabledMkldnn() && input.device().is_cpu()
           && input.scalar_type() == torch::kFloat32 && input.dim() == 4 && !output_size.has_value() && o.groups() == 1
           && !o.bias() && o.out_channels() >= kMinOutputChannels && (*o.dilation())[0] == 1 && (*o.dilation())[1] == 1
           && (*o.output_padding())[0] == 0 && (*o.output_padding())[1] == 0 && (*o.stride())[0] == (*o.stride())[1]
           && c10::get_if<torch::enumtype::kZeros>(&o.padding_mode());
}

torch::Tensor OneDnnConvTranspose2dImpl::forward(const torch::Tensor& input,
                                                 const c10::optional<at::IntArrayRef>& output_size)
{
    if (!useOneDnn(input, output_size))
        return torch::nn::ConvTranspose2dImpl::forward(input, output_size);
    const auto& padding = c10::get<torch::ExpandingArray<2>>(options.padding());
    return TransposedConvolution::apply(input, weight, (*options.stride())[0], (*padding)[0]);
}

} // namespace latent
