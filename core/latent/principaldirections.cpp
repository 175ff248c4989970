// SPDX-License-Identifier: MIT
#include "latent/principaldirections.h"

#include <ATen/CPUGeneratorImpl.h>

namespace latent {

std::vector<LatentDirection> findPrincipalDirections(Networks& networks, int count, int samples, std::uint64_t seed)
{
    torch::NoGradGuard noGrad;
    torch::Generator generator = at::make_generator<at::CPUGeneratorImpl>(seed);
    const int dim = networks.spec().latentDim;
    const torch::Tensor z = torch::randn({samples, dim}, generator, torch::kFloat32);
    const torch::Tensor features = networks.earlyFeatures(z).to(torch::kCPU, torch::kFloat64);
    const torch::Tensor centred = features - features.mean(0, /*keepdim=*/true);

    // The economy SVD of the centred activations: rows of vh are the
    // principal axes, s^2 their variances.
    const auto [u, s, vh] = torch::linalg::svd(centred, /*full_matrices=*/false, c10::nullopt);
    const int k = std::min<int>(count, int(s.size(0)));
    const torch::Tensor coordinates = centred.matmul(vh.narrow(0, 0, k).t()); // [samples, k]
    // z ~ coordinates * W: row i of W is component i expressed in z.
    const torch::Tensor w = std::get<0>(
        torch::linalg::lstsq(coordinates, z.to(torch::kFloat64), c10::nullopt, c10::nullopt)); // [k, dim]
    const torch::Tensor variances = s.pow(2);
    const double total = variances.sum().item<double>();

    std::vector<LatentDirection> directions;
    for (int i = 0; i < k; ++i) {
        const torch::Tensor row = w[i] / w[i].norm().clamp_min(1e-12);
        const torch::Tensor f = row.to(torch::kFloat32).contiguous();
        LatentDirection d;
        d.vector.assign(f.data_ptr<float>(), f.data_ptr<float>() + dim);
        d.varianceShare = total > 0 ? variances[i].item<double>() / total : 0.0;
        directions.push_back(std::move(d));
    }
    return directions;
}

} // namespace latent
