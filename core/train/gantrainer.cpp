// SPDX-License-Identifier: MIT
#include "train/gantrainer.h"

#include "train/dataparallel.h"
#include "train/diffaugment.h"

namespace latent {

namespace {
torch::optim::AdamOptions adam(double lr, const TrainingConfig& config)
{
    return torch::optim::AdamOptions(lr).betas({config.beta1, config.beta2});
}
// The class guide learns at Adam's usual rate and betas, whatever the GAN's:
// it is a plain classifier (the rate docs/TRAINING-CHOICES.md measured).
constexpr double kGuideRate = 1e-3;
// The guide's widths as checkpoints record them, so that a guide of other
// widths is not read into this one.
torch::Tensor guideWidths()
{
    const auto& widths = ClassGuideImpl::kWidths;
    return torch::tensor(std::vector<std::int64_t>(std::begin(widths), std::end(widths)));
}
// Adaptive augmentation, after ADA (Karras et al. 2020): the share of real
// images the discriminator calls real, as sign(D(x)) averaged, is held near
// kOverfitTarget. The strength moves by at most 1 per kStrengthImages images
// (ADA's 500k images suit runs of millions; ours see about 100k), and stays
// at most kStrengthCap: in short runs on 100 digits it rose to any cap
// tried, and at 0.7 (under the 0.8 where ADA saw leaks) the grey squares and
// wrong classes still leaked into the samples; at 0.35 they hardly did
// (docs/AUGMENTATION.md, "Adaptive augmentation").
constexpr double kOverfitTarget = 0.6;
constexpr double kStrengthImages = 20000;
constexpr double kStrengthCap = 0.35;
} // namespace

GanTrainer::GanTrainer(const ModelSpec& spec, const TrainingConfig& config, const torch::Device& device)
    : Trainer(spec, device),
      m_loss(spec.loss),
      m_gradientPenalty(config.gradientPenalty),
      m_modeSeeking(config.modeSeekingFor(spec.conditional())),
      m_classGuide(config.classGuideFor(spec.conditional())),
      m_dSteps(std::max(1, config.dStepsPerGStep)),
      m_optG(m_networks.generator->parameters(), adam(config.lrG, config)),
      m_optD(m_networks.discriminator->parameters(), adam(config.lrD, config))
{
    m_augment = AugmentPolicy::resolve(config.augment);
    if (m_augment.adaptive)
        m_strength = torch::zeros({}, torch::TensorOptions().device(device));
    if (config.emaKimg > 0)
        m_average.emplace(m_networks, config.emaKimg * 1000.0, config.emaRamp);
    if (m_classGuide > 0) {
        m_guide = ClassGuide(spec);
        m_guide->to(device);
        m_optGuide = std::make_unique<torch::optim::Adam>(m_guide->parameters(), torch::optim::AdamOptions(kGuideRate));
    }
}

void GanTrainer::teachGuide(const TrainingBatch& real)
{
    const torch::Tensor loss = m_guide->loss(real.images, real.classes);
    m_optGuide->zero_grad();
    loss.backward();
    averageGradients(m_guide->parameters());
    m_optGuide->step();
}

torch::Tensor GanTrainer::seenByD(const torch::Tensor& images, at::Generator& noise) const
{
    return m_augment.any() ? diffAugment(images, m_augment, noise, m_strength) : images;
}

std::optional<double> GanTrainer::augmentStrength() const
{
    if (!m_strength.defined())
        return std::nullopt;
    return m_strength.item<double>();
}

void GanTrainer::tuneStrength(const torch::Tensor& realVerdicts, std::int64_t batchSize)
{
    torch::Tensor overfit = realVerdicts.detach().sign().mean();
    double images = double(batchSize);
    if (m_parallel) {
        // Every rank takes the same step, from the verdicts of all.
        const int ranks = m_parallel->spec().worldSize;
        overfit = overfit.reshape({1}); // the collectives take no 0-d tensors
        m_parallel->sum(overfit);
        overfit = overfit.reshape({}) / ranks;
        images *= ranks;
    }
    m_strength = (m_strength + (overfit - kOverfitTarget).sign() * (images / kStrengthImages)).clamp(0, kStrengthCap);
}

std::vector<std::string> GanTrainer::metricNames() const { return {"loss_d", "loss_g", "d_real", "d_fake"}; }

void GanTrainer::freeze(torch::nn::Module& module, bool frozen)
{
    for (auto& p : module.parameters())
        p.requires_grad_(!frozen);
}

StepResult GanTrainer::step(BatchSource& data, at::Generator& noise)
{
    auto& G = m_networks.generator;
    auto& D = m_networks.discriminator;
    const std::int64_t n = data.batchSize();
    const auto latent = m_networks.spec().latentDim;
    const bool wgan = m_networks.spec().loss == ModelSpec::GanLoss::WganGp;

    DiscriminatorLoss dLoss;
    torch::Tensor fake, classes, fakeClasses, z;
    torch::Tensor realImages; // the last D step's, against which mode seeking measures the fakes' variety
    // Mode seeking pairs sample i with sample i + n/2: of the same class in
    // a conditional model, so that only z tells them apart.
    const bool seek = m_modeSeeking > 0 && n >= 2;
    const std::int64_t half = n / 2;
    // The largest discriminator gradient of the D steps: any non-finite one shows.
    torch::Tensor normD = torch::zeros({}, torch::TensorOptions().device(m_networks.device()));
    for (int k = 0; k < m_dSteps; ++k) {
        const TrainingBatch real = data.next();
        realImages = real.images;
        z = torch::randn({n, latent}, noise, torch::kFloat32).to(m_networks.device());
        // A conditional generator draws the real batch's classes: the fakes
        // follow the data's class mix, and real and fake pair up class by class.
        classes = real.classes;
        fakeClasses = classes;
        if (seek && classes.defined())
            fakeClasses = torch::cat({classes.narrow(0, 0, half), classes.narrow(0, 0, n - half)});
        fake = G->forward(z, fakeClasses);
        // Augmented once, so that the gradient penalty sees what D saw.
        const torch::Tensor seenReal = seenByD(real.images, noise);
        const torch::Tensor seenFake = seenByD(fake.detach(), noise);
        const torch::Tensor realVerdicts = D->forward(seenReal, classes);
        dLoss = m_loss.discriminator(realVerdicts, D->forward(seenFake, fakeClasses));
        torch::Tensor total = dLoss.loss;
        if (wgan)
            total = total + m_gradientPenalty * GanLoss::gradientPenalty(D, seenReal, seenFake, classes, noise);
        m_optD.zero_grad();
        total.backward();
        averageGradients(D->parameters());
        normD = torch::max(normD, gradientNorm(D->parameters()));
        m_optD.step();
        dLoss.loss = total.detach();
        if (m_strength.defined())
            tuneStrength(realVerdicts, n);
        if (m_guide && real.classes.defined())
            teachGuide(real);
    }

    freeze(*D, true);
    torch::Tensor lossG = m_loss.generator(D->forward(seenByD(fake, noise), fakeClasses));
    if (seek)
        lossG = lossG + GanLoss::modeSeeking(fake, z, realImages, m_modeSeeking);
    if (m_guide && fakeClasses.defined()) {
        freeze(*m_guide, true);
        lossG = lossG + m_classGuide * m_guide->loss(fake, fakeClasses);
    }
    m_optG.zero_grad();
    lossG.backward();
    averageGradients(G->parameters());
    const torch::Tensor normG = gradientNorm(G->parameters());
    m_optG.step();
    freeze(*D, false);
    if (m_guide)
        freeze(*m_guide, false);
    if (m_average)
        m_average->update(n * (m_parallel ? m_parallel->spec().worldSize : 1));

    StepResult result;
    result.metrics = torch::stack({dLoss.loss, lossG.detach(), dLoss.dReal, dLoss.dFake});
    result.gradientNorms = torch::stack({normG, normD});
    result.sampleSpread = spread(fake);
    return result;
}

std::vector<torch::Tensor> GanTrainer::state() const
{
    std::vector<torch::Tensor> all = m_networks.state();
    if (m_strength.defined())
        all.push_back(m_strength);
    if (m_guide)
        for (const torch::Tensor& p : m_guide->parameters())
            all.push_back(p);
    return all;
}

void GanTrainer::setLearningRates(double lrG, double lrD)
{
    setLearningRate(m_optG, lrG);
    setLearningRate(m_optD, lrD);
}

void GanTrainer::save(torch::serialize::OutputArchive& archive) const
{
    m_networks.save(archive);
    saveOptimizer(archive, "optimizer_g", m_optG);
    saveOptimizer(archive, "optimizer_d", m_optD);
    if (m_average)
        archive.write("average_images", torch::tensor(m_average->imagesSeen()));
    if (m_strength.defined())
        archive.write("augment_strength", m_strength);
    if (m_guide) {
        torch::serialize::OutputArchive guide;
        m_guide->save(guide);
        archive.write("class_guide", guide);
        archive.write("class_guide_widths", guideWidths());
        saveOptimizer(archive, "optimizer_class_guide", *m_optGuide);
    }
}

void GanTrainer::load(torch::serialize::InputArchive& archive)
{
    m_networks.load(archive);
    loadOptimizer(archive, "optimizer_g", m_optG);
    loadOptimizer(archive, "optimizer_d", m_optD);
    if (m_average) {
        // A checkpoint from before the average restarts it (Networks::load) with no images seen.
        torch::Tensor images;
        m_average->setImagesSeen(archive.try_read("average_images", images) ? images.item<std::int64_t>() : 0);
    } else {
        // The average was turned off: draw with the generator being trained.
        m_networks.average = nullptr;
    }
    // A checkpoint without adaptive augmentation starts its strength at 0.
    torch::Tensor strength;
    if (m_strength.defined() && archive.try_read("augment_strength", strength))
        m_strength = strength.to(m_strength.device());
    // A checkpoint from before the guide (or without one), or with the first,
    // wider guide (no widths written), starts it afresh.
    torch::serialize::InputArchive guide;
    torch::Tensor widths;
    if (m_guide && archive.try_read("class_guide", guide) && archive.try_read("class_guide_widths", widths)
        && widths.equal(guideWidths())) {
        m_guide->load(guide);
        loadOptimizer(archive, "optimizer_class_guide", *m_optGuide);
    }
}

} // namespace latent
