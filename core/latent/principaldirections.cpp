// SPDX-License-Identifier: MIT
#include "latent/principaldirections.h"

namespace latent {

namespace {

struct Pca {
    torch::Tensor centred; // [samples, F], float64
    torch::Tensor axes;    // [k, F], rows unit length, strongest first
    torch::Tensor shares;  // [k], share of the total variance
};

Pca pca(const torch::Tensor& points, int count)
{
    Pca result;
    const torch::Tensor p = points.to(torch::kCPU, torch::kFloat64);
    result.centred = p - p.mean(0, /*keepdim=*/true);
    // The economy SVD of the centred points: rows of vh are the principal
    // axes, s^2 their variances.
    const auto [u, s, vh] = torch::linalg::svd(result.centred, /*full_matrices=*/false, c10::nullopt);
    const int k = std::min<int>(count, int(s.size(0)));
    const torch::Tensor variances = s.pow(2);
    result.axes = vh.narrow(0, 0, k);
    result.shares = variances.narrow(0, 0, k) / variances.sum().clamp_min(1e-300);
    return result;
}

std::vector<LatentDirection> toDirections(const torch::Tensor& rows, const torch::Tensor& shares)
{
    std::vector<LatentDirection> directions;
    for (int i = 0; i < int(rows.size(0)); ++i) {
        const torch::Tensor unit = (rows[i] / rows[i].norm().clamp_min(1e-12)).to(torch::kFloat32).contiguous();
        LatentDirection d;
        d.vector.assign(unit.data_ptr<float>(), unit.data_ptr<float>() + unit.numel());
        d.varianceShare = shares[i].item<double>();
        directions.push_back(std::move(d));
    }
    return directions;
}

} // namespace

std::vector<LatentDirection> regressedPrincipalDirections(const torch::Tensor& z, const torch::Tensor& features,
                                                          int count)
{
    torch::NoGradGuard noGrad;
    const Pca p = pca(features.reshape({features.size(0), -1}), count);
    const torch::Tensor coordinates = p.centred.matmul(p.axes.t()); // [samples, k]
    // z ~ coordinates * W: row i of W is component i expressed in z.
    const torch::Tensor w = std::get<0>(torch::linalg::lstsq(coordinates, z.to(torch::kCPU, torch::kFloat64),
                                                             c10::nullopt, c10::nullopt)); // [k, dim]
    return toDirections(w, p.shares);
}

std::vector<LatentDirection> principalAxes(const torch::Tensor& points, int count)
{
    torch::NoGradGuard noGrad;
    const Pca p = pca(points, count);
    return toDirections(p.axes, p.shares);
}

} // namespace latent
