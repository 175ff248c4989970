// SPDX-License-Identifier: MIT
#include "eval/featurenetwork.h"

#include "base/studioerror.h"
#include "base/usertext.h"
#include "data/imagedataset.h"
#include "io/atomicfile.h"

#include <ATen/CPUGeneratorImpl.h>

#include <set>
#include <sstream>

namespace latent {

namespace {
namespace F = torch::nn::functional;

constexpr int kSide = 28;
constexpr int kHidden = 128;
constexpr int kBatch = 128;
// Image passes of the training: enough for a classifier of Fashion-MNIST
// near 88% and a recognisable autoencoder, in under half a minute here.
constexpr std::int64_t kTrainingImages = 60000;
constexpr int kMaxEpochs = 5;
// The weights' and the batches' seed: part of the feature space's definition.
constexpr std::uint64_t kSeed = 0xFEA7u;

// 8-bit or [-1, 1] images at 28x28, as float [-1, 1] on 256 levels.
torch::Tensor prepared(const torch::Tensor& images)
{
    torch::Tensor x =
        images.scalar_type() == torch::kUInt8
            ? images.to(torch::kFloat32) / 127.5 - 1.0
            : ((images.to(torch::kCPU, torch::kFloat32) + 1.0) * 127.5).round().clamp(0, 255) / 127.5 - 1.0;
    if (x.size(2) != kSide || x.size(3) != kSide)
        x = F::interpolate(x, F::InterpolateFuncOptions()
                                  .size(std::vector<std::int64_t>{kSide, kSide})
                                  .mode(torch::kBilinear)
                                  .align_corners(false)
                                  .antialias(x.size(2) > kSide));
    return x;
}

// The labels when every image has one and there are two classes or more.
int labelledClasses(const ImageDataset& images)
{
    std::set<int> seen;
    for (int label : images.labels()) {
        if (label < 0)
            return 0;
        seen.insert(label);
    }
    return seen.size() >= 2 ? *seen.rbegin() + 1 : 0;
}
} // namespace

// Two 3x3 convolution stages and a hidden layer (the features), with a class
// head or a decoder back to the image.
struct FeatureNetwork::Network : torch::nn::Module {
    Network(Kind kind, int channels, int classes)
        : kind(kind),
          conv1(register_module("conv1", torch::nn::Conv2d(torch::nn::Conv2dOptions(channels, 32, 3).padding(1)))),
          conv2(register_module("conv2", torch::nn::Conv2d(torch::nn::Conv2dOptions(32, 64, 3).padding(1)))),
          hidden(register_module("hidden", torch::nn::Linear(64 * 7 * 7, kHidden)))
    {
        if (kind == Kind::Classifier) {
            head = register_module("head", torch::nn::Linear(kHidden, classes));
        } else {
            expand = register_module("expand", torch::nn::Linear(kHidden, 64 * 7 * 7));
            up1 = register_module("up1", torch::nn::ConvTranspose2d(
                                             torch::nn::ConvTranspose2dOptions(64, 32, 4).stride(2).padding(1)));
            up2 = register_module("up2", torch::nn::ConvTranspose2d(
                                             torch::nn::ConvTranspose2dOptions(32, channels, 4).stride(2).padding(1)));
        }
    }
    torch::Tensor features(const torch::Tensor& x)
    {
        torch::Tensor h = F::max_pool2d(torch::relu(conv1(x)), F::MaxPool2dFuncOptions(2));
        h = F::max_pool2d(torch::relu(conv2(h)), F::MaxPool2dFuncOptions(2));
        h = hidden(h.flatten(1));
        // A classifier's features are its ReLU activations; an autoencoder's
        // code stays linear, so no unit of it can die.
        return kind == Kind::Classifier ? torch::relu(h) : h;
    }
    torch::Tensor logits(const torch::Tensor& x) { return head(features(x)); }
    torch::Tensor reconstruction(const torch::Tensor& x)
    {
        torch::Tensor h = torch::relu(expand(features(x))).view({-1, 64, 7, 7});
        return torch::tanh(up2(torch::relu(up1(h))));
    }

    Kind kind;
    torch::nn::Conv2d conv1;
    torch::nn::Conv2d conv2;
    torch::nn::Linear hidden;
    torch::nn::Linear head{nullptr};
    torch::nn::Linear expand{nullptr};
    torch::nn::ConvTranspose2d up1{nullptr};
    torch::nn::ConvTranspose2d up2{nullptr};
};

FeatureNetwork::FeatureNetwork(Kind kind, int channels, int classes)
    : m_kind(kind), m_channels(channels), m_classes(classes),
      m_network(std::make_shared<Network>(kind, channels, classes))
{
}

int FeatureNetwork::dimension() const { return kHidden; }

std::string FeatureNetwork::describe() const
{
    if (m_kind == Kind::Classifier)
        //: %1 is a number of classes
        return translate("FeatureNetwork", "a classifier of the data's %1 classes").arg(m_classes);
    return translate("FeatureNetwork", "an autoencoder of the data's images");
}

FeatureNetwork FeatureNetwork::train(const ImageDataset& images)
{
    if (images.count() < 2)
        throw StudioError::badInput({}, translate("FeatureNetwork", "too few images to learn the quality scores' "
                                                                    "features from"));
    // Its own seeds: the global generator (the run's weights) is left as it was.
    at::Generator global = at::detail::getDefaultCPUGenerator();
    const torch::Tensor globalState = global.get_state();
    torch::manual_seed(kSeed);
    const int classes = labelledClasses(images);
    FeatureNetwork network(classes > 0 ? Kind::Classifier : Kind::Autoencoder, images.channels(), classes);
    global.set_state(globalState);

    Network& net = *network.m_network;
    const torch::Tensor all = torch::from_blob(const_cast<std::uint8_t*>(images.data()),
                                               {std::int64_t(images.count()), images.channels(), images.size(),
                                                images.size()},
                                               torch::kUInt8);
    const torch::Tensor labels = torch::tensor(images.labels(), torch::kLong);
    torch::optim::Adam optimizer(net.parameters(), torch::optim::AdamOptions(1e-3));
    at::Generator order = at::make_generator<at::CPUGeneratorImpl>(kSeed);
    const std::int64_t count = std::int64_t(images.count());
    const std::int64_t epochs = std::clamp<std::int64_t>(kTrainingImages / count, 1, kMaxEpochs);
    net.train();
    for (std::int64_t epoch = 0; epoch < epochs; ++epoch) {
        const torch::Tensor shuffled = torch::randperm(count, order);
        for (std::int64_t start = 0; start < count; start += kBatch) {
            const torch::Tensor batch = shuffled.narrow(0, start, std::min<std::int64_t>(kBatch, count - start));
            const torch::Tensor x = prepared(all.index({batch}));
            const torch::Tensor loss = network.m_kind == Kind::Classifier
                                           ? F::cross_entropy(net.logits(x), labels.index({batch}))
                                           : F::mse_loss(net.reconstruction(x), x);
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();
        }
    }
    net.eval();
    return network;
}

torch::Tensor FeatureNetwork::inBatches(const torch::Tensor& images, bool logits) const
{
    torch::InferenceMode inference;
    constexpr std::int64_t kChunk = 500;
    std::vector<torch::Tensor> parts;
    for (std::int64_t start = 0; start < images.size(0); start += kChunk) {
        const torch::Tensor x = prepared(images.narrow(0, start, std::min(kChunk, images.size(0) - start)));
        parts.push_back(logits ? m_network->logits(x) : m_network->features(x));
    }
    if (parts.empty())
        return torch::zeros({0, logits ? m_classes : kHidden});
    return torch::cat(parts);
}

torch::Tensor FeatureNetwork::features(const torch::Tensor& images) const { return inBatches(images, false); }

torch::Tensor FeatureNetwork::classify(const torch::Tensor& images) const
{
    if (m_kind != Kind::Classifier)
        throw StudioError::badInput({}, translate("FeatureNetwork", "the data has no labels, so its images cannot be "
                                                                    "told apart by class"));
    return inBatches(images, true).argmax(1);
}

void FeatureNetwork::save(const std::string& path) const
{
    torch::serialize::OutputArchive archive;
    m_network->save(archive);
    archive.write("version", torch::tensor(std::int64_t(kVersion)));
    archive.write("kind", torch::tensor(std::int64_t(m_kind == Kind::Classifier ? 0 : 1)));
    archive.write("channels", torch::tensor(std::int64_t(m_channels)));
    archive.write("classes", torch::tensor(std::int64_t(m_classes)));
    std::ostringstream bytes;
    archive.save_to(bytes);
    const std::string payload = bytes.str();
    writeFileAtomically(path, QByteArray(payload.data(), qsizetype(payload.size())));
}

FeatureNetwork FeatureNetwork::load(const std::string& path)
{
    const QByteArray bytes = readWholeFile(path);
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(bytes.constData(), std::size_t(bytes.size()));
        torch::Tensor version, kind, channels, classes;
        archive.read("version", version);
        archive.read("kind", kind);
        archive.read("channels", channels);
        archive.read("classes", classes);
        if (version.item<std::int64_t>() != kVersion)
            throw StudioError::badInput(path, translate("FeatureNetwork", "is a feature network of another version; "
                                                                          "delete the evaluation folder and it is "
                                                                          "made again"));
        FeatureNetwork network(kind.item<std::int64_t>() == 0 ? Kind::Classifier : Kind::Autoencoder,
                               int(channels.item<std::int64_t>()), int(classes.item<std::int64_t>()));
        network.m_network->load(archive);
        network.m_network->eval();
        return network;
    } catch (const c10::Error& e) {
        throw StudioError::badInput(path, translate("FeatureNetwork", "is damaged (%1); delete the evaluation folder "
                                                                      "and it is made again")
                                              .arg(e.what_without_backtrace()));
    }
}

} // namespace latent
