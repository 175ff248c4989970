// SPDX-License-Identifier: MIT
// What makes the GAN train better, each on its own: the generator's weight
// average (its arithmetic and ramp), spectral normalisation (it bounds the
// weight's largest singular value and its state survives a checkpoint), the
// minibatch standard deviation (the groups' spread, by hand), mode seeking
// (its value and the way it pushes), and
// DiffAugment (nothing when off; differentiable, and really changing the
// images, when on; at a strength, applied to that share of the images).

#include "models/minibatchstddev.h"
#include "models/networks.h"
#include "models/spectralnormconv.h"
#include "train/augmentpolicy.h"
#include "train/diffaugment.h"
#include "train/ganloss.h"
#include "train/generatoraverage.h"

#include <ATen/CPUGeneratorImpl.h>

#include <QtTest>

#include <cmath>
#include <sstream>

using namespace latent;

namespace {
ModelSpec tinySpec()
{
    ModelSpec spec;
    spec.imageSize = 16;
    spec.width = 4;
    spec.latentDim = 3;
    return spec;
}

void fillParameters(DcganGenerator& generator, double value)
{
    torch::NoGradGuard noGrad;
    for (auto& p : generator->parameters())
        p.fill_(value);
}

double firstWeight(DcganGenerator& generator) { return generator->parameters().front().flatten()[0].item<double>(); }

at::Generator seeded(std::uint64_t seed) { return at::make_generator<at::CPUGeneratorImpl>(seed); }
} // namespace

class TestGanStabilisers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void averageDecayAndRamp();
    void averageFollowsAKnownSequence();
    void averageSurvivesACheckpoint();
    void spectralNormBoundsTheWeight();
    void spectralNormStateSurvivesACheckpoint();
    void minibatchStdDevShowsEachGroupsSpread();
    void minibatchStdDevInTheDiscriminator();
    void modeSeekingPushesThePairsApart();
    void augmentationOffIsTheInput();
    void augmentationIsDifferentiable_data();
    void augmentationIsDifferentiable();
    void augmentationChangesTheImages();
    void augmentationAtAStrength();
    void augmentPolicyNames();
};

void TestGanStabilisers::averageDecayAndRamp()
{
    // One half-life's worth of images halves the memory.
    QCOMPARE(GeneratorAverage::decay(1000, 0, 5000, 1000), 0.5);
    QCOMPARE(GeneratorAverage::decay(1000, 0, 5000, 2000), 0.25);
    // The ramp caps the window at a share of the images seen: 0.05 x 2000 = 100.
    QVERIFY(std::abs(GeneratorAverage::decay(10000, 0.05, 2000, 64) - std::pow(0.5, 0.64)) < 1e-12);
    // Late in a run the configured half-life rules again.
    QVERIFY(std::abs(GeneratorAverage::decay(10000, 0.05, 10000000, 64) - std::pow(0.5, 0.0064)) < 1e-12);
    // At the very start the average is the generator.
    QCOMPARE(GeneratorAverage::decay(10000, 0.05, 0, 64), 0.0);
}

void TestGanStabilisers::averageFollowsAKnownSequence()
{
    torch::manual_seed(1);
    Networks networks(tinySpec(), torch::kCPU);
    fillParameters(networks.generator, 0.0);
    GeneratorAverage average(networks, /*halfLifeImages=*/64, /*rampUp=*/0);
    QVERIFY(networks.average);
    QVERIFY(networks.drawsWithAverage());
    // Weights 1, 2, 3 after three steps of 64 images: each update keeps half.
    double expected = 0.0;
    for (double w : {1.0, 2.0, 3.0}) {
        fillParameters(networks.generator, w);
        average.update(64);
        expected = 0.5 * expected + 0.5 * w;
        QVERIFY2(std::abs(firstWeight(networks.average) - expected) < 1e-6,
                 qPrintable(QString("%1 vs %2").arg(firstWeight(networks.average)).arg(expected)));
    }
    QCOMPARE(average.imagesSeen(), std::int64_t(192));
    // The trained generator is untouched, and can still draw.
    QCOMPARE(firstWeight(networks.generator), 3.0);
    networks.setUseAverage(false);
    QVERIFY(!networks.drawsWithAverage());
}

void TestGanStabilisers::averageSurvivesACheckpoint()
{
    torch::manual_seed(2);
    Networks trained(tinySpec(), torch::kCPU);
    GeneratorAverage average(trained, 64, 0);
    fillParameters(trained.generator, 0.5);
    average.update(64);
    torch::serialize::OutputArchive out;
    trained.save(out);
    std::ostringstream bytes;
    out.save_to(bytes);

    // A reader that knows nothing of the average (the explorer, the CLI) finds it.
    Networks reader(tinySpec(), torch::kCPU);
    torch::serialize::InputArchive in;
    const std::string data = bytes.str();
    in.load_from(data.data(), data.size());
    reader.load(in);
    QVERIFY(reader.average);
    QCOMPARE(reader.checksum(), trained.checksum());
    const torch::Tensor z = torch::randn({4, 3});
    QVERIFY(torch::equal(reader.generate(z), trained.generate(z)));
}

void TestGanStabilisers::spectralNormBoundsTheWeight()
{
    torch::manual_seed(3);
    SpectralNormConv2d conv(torch::nn::Conv2dOptions(8, 16, 4).stride(2).padding(1).bias(false));
    {
        torch::NoGradGuard noGrad;
        conv->weight.mul_(7.0); // far from norm 1
    }
    const torch::Tensor x = torch::randn({2, 8, 8, 8});
    for (int i = 0; i < 30; ++i)
        conv->forward(x); // power iterations
    const torch::Tensor normalized = conv->normalizedWeight().detach().flatten(1);
    const double largest = std::get<1>(torch::svd(normalized)).max().item<double>();
    // Power iteration converges slowly where the top singular values are close: within 2%.
    QVERIFY2(std::abs(largest - 1.0) < 2e-2, qPrintable(QString::number(largest)));
    // Gradients reach the weight.
    conv->forward(x).sum().backward();
    QVERIFY(conv->weight.grad().defined());
    QVERIFY(conv->weight.grad().abs().sum().item<double>() > 0);
    // Eval mode leaves the estimate alone.
    conv->eval();
    const torch::Tensor before = conv->u.clone();
    conv->forward(x);
    QVERIFY(torch::equal(before, conv->u));
}

void TestGanStabilisers::spectralNormStateSurvivesACheckpoint()
{
    ModelSpec spec = tinySpec();
    spec.spectralNorm = true;
    spec.dNorm = ModelSpec::DiscriminatorNorm::None;
    torch::manual_seed(4);
    Networks trained(spec, torch::kCPU);
    trained.discriminator->forward(torch::randn({4, 1, 16, 16})); // moves u
    torch::serialize::OutputArchive out;
    trained.save(out);
    std::ostringstream bytes;
    out.save_to(bytes);
    torch::manual_seed(5);
    Networks restored(spec, torch::kCPU);
    QVERIFY(restored.checksum() != trained.checksum());
    torch::serialize::InputArchive in;
    const std::string data = bytes.str();
    in.load_from(data.data(), data.size());
    restored.load(in);
    QCOMPARE(restored.checksum(), trained.checksum());
    // The u buffers are part of the state.
    int buffers = 0;
    for (const auto& b : restored.discriminator->named_buffers())
        buffers += b.key().find(".u") != std::string::npos || b.key() == "u";
    QCOMPARE(buffers, 3); // two strided convolutions (16 -> 8 -> 4) and the last one
}

void TestGanStabilisers::minibatchStdDevShowsEachGroupsSpread()
{
    QCOMPARE(MinibatchStdDevImpl::groupSize(64), std::int64_t(4));
    QCOMPARE(MinibatchStdDevImpl::groupSize(10), std::int64_t(2)); // a small folder's batch
    QCOMPARE(MinibatchStdDevImpl::groupSize(3), std::int64_t(3));
    QCOMPARE(MinibatchStdDevImpl::groupSize(7), std::int64_t(1));
    QCOMPARE(MinibatchStdDevImpl::groupSize(1), std::int64_t(1));

    MinibatchStdDev layer;
    // Eight images of 2 maps of 3x3: the first group of four all alike, the
    // second two pairs of values, so its spread is known.
    torch::Tensor x = torch::zeros({8, 2, 3, 3});
    x.narrow(0, 0, 4).fill_(0.7);
    x.narrow(0, 4, 2).fill_(1.0);
    x.narrow(0, 6, 2).fill_(-1.0);
    const torch::Tensor y = layer->forward(x);
    QCOMPARE(y.sizes().vec(), (std::vector<std::int64_t>{8, 3, 3, 3}));
    QVERIFY(torch::equal(y.narrow(1, 0, 2), x)); // the input passes through
    const torch::Tensor spread = y.select(1, 2);
    // Alike: the floor under the square root only (sqrt(1e-8)).
    QVERIFY(spread.narrow(0, 0, 4).max().item<double>() < 1e-3);
    // Values of +1 and -1 spread by 1 (the population standard deviation).
    QVERIFY(torch::allclose(spread.narrow(0, 4, 4), torch::ones({4, 3, 3}), 1e-5, 1e-5));
    // One image alone gets a plane of zeros, not a NaN.
    QVERIFY(torch::equal(layer->forward(torch::ones({1, 2, 3, 3})).select(1, 2), torch::zeros({1, 3, 3})));
    // Gradients flow through the spread to every image of the group.
    torch::Tensor input = torch::randn({4, 2, 3, 3}).requires_grad_(true);
    layer->forward(input).select(1, 2).sum().backward();
    QVERIFY(input.grad().abs().min().item<double>() > 0);
}

void TestGanStabilisers::minibatchStdDevInTheDiscriminator()
{
    ModelSpec spec = tinySpec();
    spec.minibatchStd = true;
    torch::manual_seed(6);
    Networks networks(spec, torch::kCPU);
    const torch::Tensor images = torch::randn({8, 1, 16, 16});
    const torch::Tensor verdicts = networks.discriminator->forward(images);
    QCOMPARE(verdicts.sizes().vec(), (std::vector<std::int64_t>{8}));
    // The same image judged in a batch of look-alikes and in a varied batch
    // gets another verdict: D sees the batch's spread.
    const torch::Tensor alike = images.narrow(0, 0, 1).expand({8, 1, 16, 16}).contiguous();
    networks.discriminator->eval(); // BatchNorm's running statistics, so only the spread differs
    const double inVaried = networks.discriminator->forward(images)[0].item<double>();
    const double inAlike = networks.discriminator->forward(alike)[0].item<double>();
    QVERIFY2(std::abs(inVaried - inAlike) > 1e-6, qPrintable(QStringLiteral("%1 %2").arg(inVaried).arg(inAlike)));
    // A model without the layer is another network: its checkpoint is not this one's.
    ModelSpec without = spec;
    without.minibatchStd = false;
    QVERIFY(!spec.accepts(without));
    QVERIFY(spec.describe().find("minibatch std") != std::string::npos);
}

void TestGanStabilisers::modeSeekingPushesThePairsApart()
{
    // Four samples: pairs (0, 2) and (1, 3). The z pairs differ by 1 on
    // average; the image pairs by 0.1 and 2, so 1.05 on average. Real images
    // whose pairs differ as much as the built-in digits' leave the weight as it is.
    const double digitsGap = GanLoss::kDigitsPairGap;
    const torch::Tensor z = torch::tensor({0.0f, 0.0f, 1.0f, 1.0f}).view({4, 1});
    const torch::Tensor digitsLike =
        torch::tensor({0.0, 0.0, digitsGap, -digitsGap}).view({4, 1, 1, 1}).to(torch::kFloat32);
    torch::Tensor fake = torch::tensor({0.0f, 0.0f, 0.1f, 2.0f}).view({4, 1, 1, 1}).requires_grad_(true);
    const torch::Tensor loss = GanLoss::modeSeeking(fake, z, digitsLike, 2.0);
    QVERIFY2(std::abs(loss.item<double>() - 2 / (1.05 + 1e-5)) < 1e-5,
             qPrintable(QString::number(loss.item<double>())));
    loss.backward();
    // Descending the loss widens both gaps.
    const torch::Tensor grad = fake.grad().flatten();
    QVERIFY(grad[0].item<double>() > 0 && grad[2].item<double>() < 0);
    QVERIFY(grad[1].item<double>() > 0 && grad[3].item<double>() < 0);
    // Samples that differ less for the same z cost more.
    const torch::Tensor closer = torch::tensor({0.0f, 0.0f, 0.1f, 0.5f}).view({4, 1, 1, 1});
    QVERIFY(GanLoss::modeSeeking(closer, z, digitsLike, 2.0).item<double>() > loss.item<double>());
    // The images' gaps count in units of the real images': data whose images
    // differ twice as much asks twice as much of the same samples, and real
    // images all alike ask nothing.
    const torch::Tensor twiceAsVaried = GanLoss::modeSeeking(fake.detach(), z, 2 * digitsLike, 2.0);
    QVERIFY2(std::abs(twiceAsVaried.item<double>() - 2 * loss.item<double>()) < 1e-5,
             qPrintable(QString::number(twiceAsVaried.item<double>())));
    QCOMPARE(GanLoss::modeSeeking(fake.detach(), z, torch::zeros({4, 1, 1, 1}), 2.0).item<double>(), 0.0);
    // No gradient reaches the real images.
    const torch::Tensor real = digitsLike.clone().requires_grad_(true);
    QVERIFY(!GanLoss::modeSeeking(fake.detach(), z, real, 2.0).requires_grad());
}

void TestGanStabilisers::augmentationOffIsTheInput()
{
    at::Generator generator = seeded(1);
    const torch::Tensor images = torch::rand({4, 3, 16, 16}) * 2 - 1;
    QVERIFY(diffAugment(images, AugmentPolicy{}, generator).is_same(images));
    QVERIFY(!AugmentPolicy::resolve("off").any());
    // Auto: adaptive translation up to 300 images, where it was measured
    // to pay, none above (or when the size is not known).
    QVERIFY(!AugmentPolicy::resolve("auto").any());
    QVERIFY(!AugmentPolicy::resolve("auto", AugmentPolicy::kAutoAdaptiveUpTo + 1).any());
    QCOMPARE(AugmentPolicy::resolve("auto", 64), AugmentPolicy::resolve("adaptive"));
    QCOMPARE(AugmentPolicy::resolve("auto", AugmentPolicy::kAutoAdaptiveUpTo).name(),
             std::string("translation,adaptive"));
    QVERIFY(!AugmentPolicy::resolve("off", 64).any());
}

// Every augmentation is linear in the images (given its random draws), so
// finite differences must equal the gradient.
// The same with adaptive augmentation's strength, where some images are left
// as they are.
void TestGanStabilisers::augmentationIsDifferentiable_data()
{
    QTest::addColumn<double>("strength");
    QTest::newRow("every image") << -1.0;
    QTest::newRow("strength 0.5") << 0.5;
}

void TestGanStabilisers::augmentationIsDifferentiable()
{
    QFETCH(double, strength);
    const AugmentPolicy all = AugmentPolicy::resolve("color,translation,cutout");
    const torch::Tensor chance = strength < 0 ? torch::Tensor() : torch::tensor(strength);
    const torch::Tensor images = (torch::rand({3, 3, 12, 12}, torch::kFloat64) * 2 - 1).to(torch::kFloat32);
    const torch::Tensor weights = torch::randn({3, 3, 12, 12});
    auto objective = [&](const torch::Tensor& x) {
        at::Generator generator = seeded(7); // the same draws each time
        return (diffAugment(x, all, generator, chance) * weights).sum();
    };
    const torch::Tensor x = images.clone().requires_grad_(true);
    objective(x).backward();
    const torch::Tensor gradient = x.grad();
    QVERIFY(gradient.abs().sum().item<double>() > 0);
    const double eps = 1e-2;
    for (std::int64_t flat : {0L, 17L, 200L, 431L, 1000L, 1295L}) {
        torch::Tensor bumped = images.clone();
        bumped.view({-1})[flat] += eps;
        torch::NoGradGuard noGrad;
        const double numeric = (objective(bumped) - objective(images)).item<double>() / eps;
        const double analytic = gradient.view({-1})[flat].item<double>();
        QVERIFY2(std::abs(numeric - analytic) < 2e-2 * (1 + std::abs(analytic)),
                 qPrintable(QString("element %1: %2 numeric, %3 analytic").arg(flat).arg(numeric).arg(analytic)));
    }
}

void TestGanStabilisers::augmentationChangesTheImages()
{
    const torch::Tensor ones = torch::ones({64, 1, 16, 16});
    at::Generator generator = seeded(3);
    // Cutout sets a square of half the side to mid-grey (0) in every image.
    const torch::Tensor cut = diffAugment(ones, AugmentPolicy::resolve("cutout"), generator);
    for (std::int64_t i = 0; i < 64; ++i) {
        const double zeros = (cut[i] == 0).sum().item<double>();
        QVERIFY2(zeros >= 16 && zeros <= 64, qPrintable(QString("image %1: %2 grey pixels").arg(i).arg(zeros)));
    }
    // Translation moves content by at most an eighth of the side (2 of 16).
    // What comes into view repeats the edge: a flat image stays flat.
    const AugmentPolicy translation = AugmentPolicy::resolve("translation");
    QVERIFY(torch::equal(diffAugment(ones, translation, generator), ones));
    const torch::Tensor ramp = torch::arange(16, torch::kFloat32).view({1, 1, 1, 16}).expand({64, 1, 16, 16});
    const torch::Tensor moved = diffAugment(ramp.contiguous(), translation, generator);
    const torch::Tensor shifts = moved.select(3, 8) - 8; // the middle column holds 8 + the shift
    QVERIFY((shifts.abs() <= 2).all().item<bool>());
    QVERIFY((shifts != 0).any().item<bool>());
    QVERIFY(((moved >= 0) & (moved <= 15)).all().item<bool>()); // no grey, no wrap
    // Colour changes brightness per image.
    const torch::Tensor coloured = diffAugment(ones * 0.1, AugmentPolicy::resolve("color"), generator);
    QVERIFY(coloured.mean({1, 2, 3}).std().item<double>() > 0.05);
}

// Each operation applies to each image with the strength's probability.
void TestGanStabilisers::augmentationAtAStrength()
{
    const torch::Tensor ones = torch::ones({256, 1, 16, 16});
    const AugmentPolicy cutout = AugmentPolicy::resolve("cutout");
    at::Generator generator = seeded(5);
    auto cutImages = [&](double strength) {
        const torch::Tensor cut = diffAugment(ones, cutout, generator, torch::tensor(strength));
        return (cut == 0).flatten(1).any(1).sum().item<std::int64_t>();
    };
    QCOMPARE(cutImages(0.0), std::int64_t(0));
    QCOMPARE(cutImages(1.0), std::int64_t(256));
    const std::int64_t some = cutImages(0.3); // 77 expected, standard deviation 7.3
    QVERIFY2(some >= 50 && some <= 105, qPrintable(QString("%1 of 256 cut at strength 0.3").arg(some)));
    // At 0 the images come through unchanged, every operation on.
    const torch::Tensor images = torch::rand({8, 3, 16, 16}) * 2 - 1;
    QVERIFY(diffAugment(images, AugmentPolicy::resolve("color,translation,cutout,adaptive"), generator,
                        torch::tensor(0.0))
                .equal(images));
}

void TestGanStabilisers::augmentPolicyNames()
{
    QCOMPARE(AugmentPolicy::resolve("auto").name(), std::string("off"));
    QCOMPARE(AugmentPolicy::resolve("color,translation,cutout").name(), std::string("color,translation,cutout"));
    QCOMPARE(AugmentPolicy::resolve("cutout,color").name(), std::string("color,cutout"));
    // "adaptive" alone adapts translation, which leaves no trace in the
    // samples; with a list, the listed ones.
    const AugmentPolicy adaptive = AugmentPolicy::resolve("adaptive");
    QVERIFY(adaptive.adaptive && adaptive.translation && !adaptive.color && !adaptive.cutout);
    QCOMPARE(adaptive.name(), std::string("translation,adaptive"));
    QCOMPARE(AugmentPolicy::resolve("color,translation,cutout,adaptive").name(),
             std::string("color,translation,cutout,adaptive"));
    QCOMPARE(AugmentPolicy::resolve(adaptive.name()), adaptive);
    QCOMPARE(AugmentPolicy::resolve("adaptive,translation").name(), std::string("translation,adaptive"));
    QVERIFY(!AugmentPolicy::resolve("translation").adaptive);
    QVERIFY(AugmentPolicy::valid("translation"));
    QVERIFY(!AugmentPolicy::valid("rotation"));
    QVERIFY(!AugmentPolicy::valid(""));
}

QTEST_GUILESS_MAIN(TestGanStabilisers)
#include "tst_ganstabilisers.moc"
