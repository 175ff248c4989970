// SPDX-License-Identifier: MIT
#include "models/spectralnormconv.h"

namespace latent {

namespace F = torch::nn::functional;

SpectralNormConv2dImpl::SpectralNormConv2dImpl(const torch::nn::Conv2dOptions& opts) : options(opts)
{
    const auto& k = *options.kernel_size();
    const std::int64_t out = options.out_channels();
    weight = register_parameter("weight", torch::empty({out, options.in_channels(), k[0], k[1]}));
    torch::nn::init::kaiming_uniform_(weight, std::sqrt(5.0));
    if (options.bias())
        bias = register_parameter("bias", torch::zeros({out}));
    // A fixed start (not the global RNG): networks built alike are alike.
    u = register_buffer("u", torch::full({out}, 1.0 / std::sqrt(double(out))));
}

torch::Tensor SpectralNormConv2dImpl::normalizedWeight()
{
    const torch::Tensor matrix = weight.flatten(1);
    torch::Tensor left, right;
    {
        torch::NoGradGuard noGrad;
        const auto unit = F::NormalizeFuncOptions().dim(0).eps(1e-12);
        right = F::normalize(torch::mv(matrix.t(), u), unit);
        if (is_training()) {
            left = F::normalize(torch::mv(matrix, right), unit);
            u.copy_(left);
        } else {
            left = u.clone();
        }
    }
    // The singular vectors are constants here (and copies: the next forward
    // pass updates u in place); the gradient flows through the weight alone.
    const torch::Tensor sigma = torch::dot(left, torch::mv(matrix, right));
    return weight / sigma;
}

torch::Tensor SpectralNormConv2dImpl::forward(const torch::Tensor& input)
{
    return F::detail::conv2d(input, normalizedWeight(), bias, options.stride(), options.padding(),
                             options.dilation(), options.groups());
}

} // namespace latent
