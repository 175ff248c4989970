// SPDX-License-Identifier: MIT
#include "train/ganloss.h"

namespace latent {

namespace F = torch::nn::functional;
using Kind = ModelSpec::GanLoss;

DiscriminatorLoss GanLoss::discriminator(const torch::Tensor& real, const torch::Tensor& fake) const
{
    DiscriminatorLoss result;
    switch (m_kind) {
    case Kind::Bce:
        result.loss = F::binary_cross_entropy_with_logits(real, torch::ones_like(real))
            + F::binary_cross_entropy_with_logits(fake, torch::zeros_like(fake));
        break;
    case Kind::WganGp: result.loss = fake.mean() - real.mean(); break;
    case Kind::Hinge: result.loss = torch::relu(1 - real).mean() + torch::relu(1 + fake).mean(); break;
    case Kind::Lsgan: result.loss = 0.5 * (real - 1).pow(2).mean() + 0.5 * fake.pow(2).mean(); break;
    }
    torch::NoGradGuard noGrad; // the reported means need no graph
    result.dReal = m_kind == Kind::Bce ? torch::sigmoid(real).mean() : real.mean();
    result.dFake = m_kind == Kind::Bce ? torch::sigmoid(fake).mean() : fake.mean();
    return result;
}

torch::Tensor GanLoss::generator(const torch::Tensor& fake) const
{
    switch (m_kind) {
    case Kind::Bce: return F::binary_cross_entropy_with_logits(fake, torch::ones_like(fake));
    case Kind::Lsgan: return 0.5 * (fake - 1).pow(2).mean();
    case Kind::WganGp:
    case Kind::Hinge: return -fake.mean();
    }
    return {};
}

torch::Tensor GanLoss::modeSeeking(const torch::Tensor& fake, const torch::Tensor& z, const torch::Tensor& real,
                                   double weight)
{
    // The mean difference of each image of the first half from its partner in the second.
    const auto pairGap = [](const torch::Tensor& x) {
        const std::int64_t half = x.size(0) / 2;
        return (x.narrow(0, 0, half) - x.narrow(0, half, half)).abs().mean();
    };
    const torch::Tensor realGap = pairGap(real).detach();
    return weight * (realGap / kDigitsPairGap) / (pairGap(fake) / pairGap(z) + 1e-5);
}

torch::Tensor GanLoss::gradientPenalty(DcganDiscriminator& critic, const torch::Tensor& real, const torch::Tensor& fake,
                                       const torch::Tensor& classes, at::Generator& generator)
{
    const auto n = real.size(0);
    const torch::Tensor alpha = torch::rand({n, 1, 1, 1}, generator, torch::kFloat32).to(real.device());
    const torch::Tensor mixed = (alpha * real + (1 - alpha) * fake).requires_grad_(true);
    const torch::Tensor scores = critic->forward(mixed, classes);
    const torch::Tensor grads = torch::autograd::grad({scores.sum()}, {mixed}, /*grad_outputs=*/{},
                                                      /*retain_graph=*/true, /*create_graph=*/true)[0];
    return (grads.view({n, -1}).norm(2, 1) - 1).pow(2).mean();
}

} // namespace latent
