// SPDX-License-Identifier: MIT
// Conditional models from the inside: when a model is conditional and what a
// checkpoint of one fits; the generator, discriminator and VAE
// really use the class (and a blend of classes is a blend of embeddings);
// batches carry the labels of their images; the class survives a checkpoint
// and the TorchScript export.

#include "base/studioerror.h"
#include "data/imagedataset.h"
#include "latent/torchscriptbuilder.h"
#include "models/classguide.h"
#include "models/networks.h"
#include "train/batchsource.h"
#include "train/gridclasses.h"
#include "train/trainer.h"

#include <ATen/CPUGeneratorImpl.h>

#include <QtTest>

#include <sstream>

using namespace latent;

namespace {

const std::vector<std::string> kThree = {"cat", "dog", "bird"};

ModelSpec tinySpec(ModelSpec::Family family = ModelSpec::Family::Dcgan)
{
    ModelSpec spec;
    spec.family = family;
    spec.imageSize = 16;
    spec.width = 4;
    spec.latentDim = 5;
    spec.conditioning = ModelSpec::Conditioning::Auto;
    return spec.resolveClasses(kThree);
}

torch::Tensor oneHot(std::vector<std::int64_t> labels, int classes)
{
    return oneHotClasses(torch::tensor(labels, torch::kInt64), classes);
}

double maxDifference(const torch::Tensor& a, const torch::Tensor& b) { return (a - b).abs().max().item<double>(); }

} // namespace

class TestConditional : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void whenAModelIsConditional();
    void checkpointsFitTheSetting();
    void findsClassesByNameOrNumber();
    void gridRowsAreTheClassesChosen();
    void generatorDrawsTheClassAsked();
    void blendedClassesBlendTheEmbeddings();
    void discriminatorJudgesTheClass();
    void unconditionalNetworksAreAsBefore();
    void vaeUsesTheClass();
    void batchesCarryTheirImagesLabels();
    void classesSurviveACheckpoint();
    void classGuideLearnsTheLabels();
    void classGuideSteersOnlyTheGenerator();
    void checkpointsWithoutAGuideLoad();
    void checkpointsWithTheWiderGuideLoad();
    void torchScriptTakesTheClass();
};

void TestConditional::whenAModelIsConditional()
{
    ModelSpec spec;
    spec.conditioning = ModelSpec::Conditioning::Auto;
    QCOMPARE(spec.resolveClasses(kThree).classNames, kThree);
    QVERIFY(!spec.resolveClasses({}).conditional());             // no labels: unconditional
    QVERIFY(!spec.resolveClasses({"only"}).conditional());       // one class is no choice
    spec.conditioning = ModelSpec::Conditioning::Off;
    QVERIFY(!spec.resolveClasses(kThree).conditional());
    spec.conditioning = ModelSpec::Conditioning::On;
    QCOMPARE(spec.resolveClasses(kThree).classCount(), 3);
    bool refused = false;
    try {
        spec.resolveClasses({});
    } catch (const StudioError& e) {
        refused = QString::fromUtf8(e.what()).contains("has no labels");
    }
    QVERIFY2(refused, "On without labels must be refused, saying why");

    // The names are kept in the model's JSON (a checkpoint's header).
    const ModelSpec resolved = tinySpec();
    const ModelSpec back = ModelSpec::fromJson(resolved.toJson(), "test");
    QCOMPARE(back.classNames, kThree);
    QCOMPARE(int(back.conditioning), int(ModelSpec::Conditioning::Auto));
    QVERIFY(QString::fromStdString(resolved.describe()).contains("3 classes"));
}

void TestConditional::checkpointsFitTheSetting()
{
    const ModelSpec trained = tinySpec();
    ModelSpec unconditionalTrained = trained;
    unconditionalTrained.classNames.clear();
    ModelSpec project = trained;
    project.classNames.clear(); // project.json: the setting, not yet the classes
    project.conditioning = ModelSpec::Conditioning::Auto;
    QVERIFY(project.accepts(trained));
    QVERIFY(project.accepts(unconditionalTrained));
    project.conditioning = ModelSpec::Conditioning::Off;
    QVERIFY(!project.accepts(trained));
    QVERIFY(project.accepts(unconditionalTrained));
    project.conditioning = ModelSpec::Conditioning::On;
    QVERIFY(project.accepts(trained));
    QVERIFY(!project.accepts(unconditionalTrained));
    // Resolved for the data: the class count must match; names may differ.
    ModelSpec renamed = trained;
    renamed.classNames = {"a", "b", "c"};
    QVERIFY(trained.accepts(renamed));
    ModelSpec more = trained;
    more.classNames.push_back("fish");
    QVERIFY(!trained.accepts(more));
    ModelSpec otherSize = trained;
    otherSize.latentDim = 6;
    QVERIFY(!trained.accepts(otherSize));
}

void TestConditional::findsClassesByNameOrNumber()
{
    const ModelSpec spec = tinySpec();
    QCOMPARE(spec.findClass("dog"), 1);
    QCOMPARE(spec.findClass("DOG"), 1);
    QCOMPARE(spec.findClass("2"), 2);
    QCOMPARE(spec.findClass("3"), -1);
    QCOMPARE(spec.findClass("-1"), -1);
    QCOMPARE(spec.findClass("fish"), -1);
}

void TestConditional::gridRowsAreTheClassesChosen()
{
    const ModelSpec three = tinySpec(); // cat, dog, bird
    std::vector<std::string> unknown;
    QCOMPARE(gridClasses(three, {"bird", "Cat", "2", "fish"}, 10, &unknown), (std::vector<int>{2, 0}));
    QCOMPARE(unknown, (std::vector<std::string>{"fish"}));
    QCOMPARE(gridClasses(three, {}, 10), (std::vector<int>{0, 1, 2}));
    QCOMPARE(gridClasses(three, {"fish"}, 10), (std::vector<int>{0, 1, 2})); // none known: spread
    QCOMPARE(gridClasses(three, {"dog", "bird", "cat"}, 2), (std::vector<int>{1, 2}));
    ModelSpec many = three;
    many.classNames.clear();
    for (int i = 0; i < 25; ++i)
        many.classNames.push_back("c" + std::to_string(i));
    QCOMPARE(gridClasses(many, {}, 10), (std::vector<int>{0, 2, 5, 7, 10, 12, 15, 17, 20, 22}));
}

void TestConditional::generatorDrawsTheClassAsked()
{
    torch::manual_seed(1);
    Networks networks(tinySpec(), torch::kCPU);
    const torch::Tensor z = torch::randn({3, 5}).repeat({3, 1}); // the same three z for each class
    const torch::Tensor classes = oneHot({0, 0, 0, 1, 1, 1, 2, 2, 2}, 3);
    const torch::Tensor images = networks.generate(z, classes);
    QCOMPARE(images.sizes().vec(), (std::vector<std::int64_t>{9, 1, 16, 16}));
    // The class changes the picture of the same z...
    QVERIFY(maxDifference(images.narrow(0, 0, 3), images.narrow(0, 3, 3)) > 1e-3);
    QVERIFY(maxDifference(images.narrow(0, 3, 3), images.narrow(0, 6, 3)) > 1e-3);
    // ...and with no classes given, image i is of class i mod 3.
    QVERIFY(torch::equal(networks.generate(z), networks.generate(z, oneHot({0, 1, 2, 0, 1, 2, 0, 1, 2}, 3))));
}

void TestConditional::blendedClassesBlendTheEmbeddings()
{
    torch::manual_seed(2);
    DcganGenerator generator(tinySpec());
    const torch::Tensor z = torch::randn({1, 5});
    const torch::Tensor half = torch::tensor({{0.5f, 0.5f, 0.0f}});
    const torch::Tensor input = generator->input(z, half).flatten(1);
    const torch::Tensor expected =
        torch::cat({z, 0.5 * (generator->classEmbedding[0] + generator->classEmbedding[1]).unsqueeze(0)}, 1);
    QVERIFY(maxDifference(input, expected) < 1e-6);
    QCOMPARE(input.size(1), std::int64_t(5 + kClassEmbedding));
}

void TestConditional::discriminatorJudgesTheClass()
{
    torch::manual_seed(3);
    DcganDiscriminator discriminator(tinySpec());
    const torch::Tensor images = torch::rand({2, 1, 16, 16}) * 2 - 1;
    const torch::Tensor asCat = discriminator->forward(images, oneHot({0, 0}, 3));
    const torch::Tensor asDog = discriminator->forward(images, oneHot({1, 1}, 3));
    QCOMPARE(asCat.sizes().vec(), (std::vector<std::int64_t>{2}));
    QVERIFY(maxDifference(asCat, asDog) > 1e-6);

    // It is the network that sees [image, class planes] through one first
    // convolution, computed per class instead of per image.
    torch::nn::Sequential net = discriminator->net;
    const torch::Tensor imageWeights = net->children().front()->parameters().front();
    const torch::Tensor weights = torch::cat({imageWeights, discriminator->classPlanes->weight}, 1);
    const torch::Tensor planes = oneHot({0, 0}, 3).view({2, 3, 1, 1}).expand({2, 3, 16, 16});
    torch::Tensor x = torch::conv2d(torch::cat({images, planes}, 1), weights, {}, 2, 1);
    auto layer = net->begin();
    for (++layer; layer != net->end(); ++layer)
        x = layer->forward(x);
    QVERIFY(maxDifference(x.view({-1}), asCat) < 1e-5);

    // Only the class judged gets a gradient (the others' planes are zero).
    discriminator->zero_grad();
    asCat.sum().backward();
    const torch::Tensor grad = discriminator->classPlanes->weight.grad();
    QVERIFY(grad.select(1, 0).abs().sum().item<double>() > 0);   // cat
    QCOMPARE(grad.select(1, 1).abs().sum().item<double>(), 0.0); // dog: not judged
}

void TestConditional::unconditionalNetworksAreAsBefore()
{
    ModelSpec spec = tinySpec();
    spec.classNames.clear();
    Networks networks(spec, torch::kCPU);
    // No class parameters: checkpoints of the last release still load into them.
    for (const auto& p : networks.generator->named_parameters())
        QVERIFY2(p.key().find("class") == std::string::npos, p.key().c_str());
    for (const auto& p : networks.discriminator->named_parameters())
        QVERIFY2(p.key().find("class") == std::string::npos, p.key().c_str());
    QVERIFY(!networks.cyclingClasses(4).defined());
    QCOMPARE(networks.generate(torch::randn({2, 5})).size(0), std::int64_t(2));
}

void TestConditional::vaeUsesTheClass()
{
    torch::manual_seed(4);
    Networks networks(tinySpec(ModelSpec::Family::Vae), torch::kCPU);
    const torch::Tensor z = torch::randn({2, 5});
    const torch::Tensor first = networks.generate(z, oneHot({0, 0}, 3));
    const torch::Tensor second = networks.generate(z, oneHot({2, 2}, 3));
    QVERIFY(maxDifference(first, second) > 1e-4);
    // The encoder reads the class too.
    networks.vae->eval();
    const torch::Tensor images = torch::rand({2, 1, 16, 16}) * 2 - 1;
    const torch::Tensor muCat = networks.vae->encode(images, oneHot({0, 0}, 3)).first;
    const torch::Tensor muBird = networks.vae->encode(images, oneHot({2, 2}, 3)).first;
    QVERIFY(maxDifference(muCat, muBird) > 1e-5);
}

// Image i is filled with 100 * its label, so its label can be read off its pixels.
ImageDataset labelledByPixels()
{
    ImageDataset dataset(16, 1);
    for (int i = 0; i < 60; ++i) {
        const int label = (i * 7) % 3;
        const std::vector<std::uint8_t> pixels(256, std::uint8_t(100 * label));
        dataset.appendPlanar(pixels.data(), label);
    }
    dataset.setClassNames(kThree);
    return dataset;
}

void TestConditional::batchesCarryTheirImagesLabels()
{
    const ImageDataset dataset = labelledByPixels();
    BatchSource source(dataset, 8, /*seed=*/5, /*flips=*/true, torch::kCPU, 3);
    for (int b = 0; b < 10; ++b) {
        const TrainingBatch batch = source.next();
        QCOMPARE(batch.classes.sizes().vec(), (std::vector<std::int64_t>{8, 3}));
        const torch::Tensor fromPixels = ((batch.images.select(1, 0).select(1, 0).select(1, 0) + 1) * 127.5 / 100)
                                             .round()
                                             .to(torch::kInt64);
        QVERIFY(torch::equal(batch.classes.argmax(1), fromPixels));
        QVERIFY(torch::equal(batch.classes.sum(1), torch::ones({8})));
    }
    // Without classes (an unconditional model) there are none.
    BatchSource plain(dataset, 8, 5, true, torch::kCPU);
    QVERIFY(!plain.next().classes.defined());
}

void TestConditional::classesSurviveACheckpoint()
{
    torch::manual_seed(6);
    Networks trained(tinySpec(), torch::kCPU);
    trained.addAverage();
    std::ostringstream bytes;
    torch::serialize::OutputArchive out;
    trained.save(out);
    out.save_to(bytes);

    torch::manual_seed(99); // other weights, overwritten by the load
    Networks restored(tinySpec(), torch::kCPU);
    restored.addAverage();
    std::istringstream in(bytes.str());
    torch::serialize::InputArchive archive;
    archive.load_from(in);
    restored.load(archive);
    QCOMPARE(restored.checksum(), trained.checksum());
    const torch::Tensor z = torch::randn({3, 5});
    QVERIFY(torch::equal(restored.generate(z, oneHot({2, 1, 0}, 3)), trained.generate(z, oneHot({2, 1, 0}, 3))));
}

void TestConditional::classGuideLearnsTheLabels()
{
    torch::manual_seed(8);
    ClassGuide guide(tinySpec());
    // Its loss is the cross-entropy of the logits against one-hot classes.
    const torch::Tensor images = torch::rand({4, 1, 16, 16}) * 2 - 1;
    const torch::Tensor labels = torch::tensor({2, 0, 1, 2}, torch::kInt64);
    const double expected = torch::nn::functional::cross_entropy(guide->forward(images), labels).item<double>();
    QVERIFY(std::abs(guide->loss(images, oneHot({2, 0, 1, 2}, 3)).item<double>() - expected) < 1e-5);

    // It learns labels it can see: here the images' grey level.
    const ImageDataset dataset = labelledByPixels(); // BatchSource keeps a reference
    BatchSource source(dataset, 16, /*seed=*/1, /*flips=*/false, torch::kCPU, 3);
    torch::optim::Adam adam(guide->parameters(), torch::optim::AdamOptions(1e-3));
    for (int i = 0; i < 150; ++i) {
        const TrainingBatch batch = source.next();
        adam.zero_grad();
        guide->loss(batch.images, batch.classes).backward();
        adam.step();
    }
    const TrainingBatch batch = source.next();
    QVERIFY(torch::equal(guide->forward(batch.images).argmax(1), batch.classes.argmax(1)));
}

// The guide adds to the generator's loss only: the same seed with and
// without it gives the same discriminator after a step, another generator.
void TestConditional::classGuideSteersOnlyTheGenerator()
{
    const ImageDataset dataset = labelledByPixels();
    std::vector<std::string> checksums;
    std::vector<torch::Tensor> discriminators;
    for (double weight : {0.0, 1.0}) {
        torch::manual_seed(9);
        TrainingConfig config;
        config.batchSize = 8;
        config.classGuide = weight;
        auto trainer = Trainer::create(tinySpec(), config, torch::kCPU);
        BatchSource source(dataset, 8, /*seed=*/2, /*flips=*/false, torch::kCPU, 3);
        auto noise = at::make_generator<at::CPUGeneratorImpl>(3);
        trainer->step(source, noise);
        Networks& networks = trainer->networks();
        std::vector<torch::Tensor> d;
        for (const torch::Tensor& p : networks.discriminator->parameters())
            d.push_back(p.detach().flatten());
        discriminators.push_back(torch::cat(d));
        std::vector<torch::Tensor> g;
        for (const torch::Tensor& p : networks.generator->parameters())
            g.push_back(p.detach().flatten());
        checksums.push_back(std::to_string(torch::cat(g).sum().item<double>()));
    }
    QVERIFY(torch::equal(discriminators[0], discriminators[1]));
    QVERIFY(checksums[0] != checksums[1]);
}

// A checkpoint of a run without the guide (or from before it) resumes with
// a new guide.
void TestConditional::checkpointsWithoutAGuideLoad()
{
    TrainingConfig config;
    config.batchSize = 8;
    torch::manual_seed(10);
    auto unguided = Trainer::create(tinySpec(), config, torch::kCPU);
    std::ostringstream bytes;
    torch::serialize::OutputArchive out;
    unguided->save(out);
    out.save_to(bytes);

    config.classGuide = TrainingConfig::kClassGuideAuto;
    auto guided = Trainer::create(tinySpec(), config, torch::kCPU);
    std::istringstream in(bytes.str());
    torch::serialize::InputArchive archive;
    archive.load_from(in);
    guided->load(archive);
    QCOMPARE(guided->networks().checksum(), unguided->networks().checksum());
    const ImageDataset dataset = labelledByPixels();
    BatchSource source(dataset, 8, /*seed=*/2, /*flips=*/false, torch::kCPU, 3);
    auto noise = at::make_generator<at::CPUGeneratorImpl>(3);
    guided->step(source, noise); // trains on
}

// The first guide had 32 and 64 maps, and its checkpoints no widths: they
// resume with the networks as saved and a new guide of today's widths.
void TestConditional::checkpointsWithTheWiderGuideLoad()
{
    namespace nn = torch::nn;
    TrainingConfig config;
    config.batchSize = 8;
    torch::manual_seed(11);
    auto unguided = Trainer::create(tinySpec(), config, torch::kCPU);
    torch::serialize::OutputArchive out;
    unguided->save(out);
    const ModelSpec spec = tinySpec();
    nn::Sequential wide(nn::Conv2d(nn::Conv2dOptions(spec.channels, 32, 4).stride(2).padding(1)), nn::LeakyReLU(),
                        nn::Conv2d(nn::Conv2dOptions(32, 64, 4).stride(2).padding(1)), nn::LeakyReLU(),
                        nn::AdaptiveAvgPool2d(nn::AdaptiveAvgPool2dOptions({4, 4})), nn::Flatten(),
                        nn::Linear(64 * 4 * 4, spec.classCount()));
    torch::serialize::OutputArchive guide, net;
    wide->save(net);
    guide.write("net", net);
    out.write("class_guide", guide);
    std::ostringstream bytes;
    out.save_to(bytes);

    config.classGuide = TrainingConfig::kClassGuideAuto;
    auto guided = Trainer::create(tinySpec(), config, torch::kCPU);
    const std::vector<torch::Tensor> before = guided->state();
    std::vector<torch::Tensor> fresh;
    for (const torch::Tensor& t : before)
        fresh.push_back(t.clone());
    std::istringstream in(bytes.str());
    torch::serialize::InputArchive archive;
    archive.load_from(in);
    guided->load(archive);
    QCOMPARE(guided->networks().checksum(), unguided->networks().checksum());
    // The guide's tensors, after the networks', are the new guide's own.
    const std::vector<torch::Tensor> after = guided->state();
    QCOMPARE(after.size(), fresh.size());
    const std::size_t networkTensors = unguided->state().size();
    QVERIFY(after.size() > networkTensors);
    for (std::size_t i = networkTensors; i < after.size(); ++i)
        QVERIFY(torch::equal(after[i], fresh[i]));
    const ImageDataset dataset = labelledByPixels();
    BatchSource source(dataset, 8, /*seed=*/2, /*flips=*/false, torch::kCPU, 3);
    auto noise = at::make_generator<at::CPUGeneratorImpl>(3);
    guided->step(source, noise); // trains on
}

void TestConditional::torchScriptTakesTheClass()
{
    torch::manual_seed(7);
    for (ModelSpec::Family family : {ModelSpec::Family::Dcgan, ModelSpec::Family::Vae}) {
        Networks networks(tinySpec(family), torch::kCPU);
        torch::jit::Module module = buildTorchScriptGenerator(networks);
        QCOMPARE(module.attr("num_classes").toInt(), std::int64_t(3));
        const auto names = module.attr("class_names").toList();
        QCOMPARE(names.size(), std::size_t(3));
        QCOMPARE(names.get(1).toStringRef(), std::string("dog"));
        const torch::Tensor z = torch::randn({4, 5});
        const torch::Tensor labels = torch::tensor({2, 0, 1, 2}, torch::kInt64);
        const torch::Tensor scripted = module.forward({z, labels}).toTensor();
        const torch::Tensor studio = networks.generate(z, oneHotClasses(labels, 3));
        QVERIFY2(maxDifference(scripted, studio) < 1e-5, ModelSpec::familyName(family).c_str());
        // Without labels: class i mod 3, as the studio draws.
        QVERIFY(maxDifference(module.forward({z}).toTensor(), networks.generate(z)) < 1e-5);
    }
}

QTEST_GUILESS_MAIN(TestConditional)
#include "tst_conditional.moc"
