// SPDX-License-Identifier: MIT
#include "labelclassifier.h"

#include "data/imagedataset.h"

#include <ATen/CPUGeneratorImpl.h>

namespace latent {

namespace {
namespace F = torch::nn::functional;
constexpr int kSide = 28;
constexpr int kHidden = 256;
constexpr int kBatch = 128;

torch::Tensor atClassifierSize(const torch::Tensor& images)
{
    torch::Tensor x = images.scalar_type() == torch::kUInt8
                          ? images.to(torch::kFloat32) / 127.5 - 1.0
                          : ((images.to(torch::kFloat32) + 1.0) * 127.5).round().clamp(0, 255) / 127.5 - 1.0;
    if (x.size(2) != kSide || x.size(3) != kSide)
        x = F::interpolate(x, F::InterpolateFuncOptions()
                                  .size(std::vector<std::int64_t>{kSide, kSide})
                                  .mode(torch::kBilinear)
                                  .align_corners(false));
    return x;
}
} // namespace

struct LabelClassifier::Network : torch::nn::Module {
    Network(int channels, int classes)
        : conv1(register_module("conv1", torch::nn::Conv2d(torch::nn::Conv2dOptions(channels, 64, 3).padding(1)))),
          conv2(register_module("conv2", torch::nn::Conv2d(torch::nn::Conv2dOptions(64, 128, 3).padding(1)))),
          hidden(register_module("hidden", torch::nn::Linear(128 * 7 * 7, kHidden))),
          out(register_module("out", torch::nn::Linear(kHidden, classes)))
    {
    }
    torch::Tensor features(const torch::Tensor& images)
    {
        torch::Tensor x = F::max_pool2d(torch::relu(conv1(images)), F::MaxPool2dFuncOptions(2));
        x = F::max_pool2d(torch::relu(conv2(x)), F::MaxPool2dFuncOptions(2));
        return torch::relu(hidden(x.flatten(1)));
    }
    torch::Tensor forward(const torch::Tensor& images) { return out(features(images)); }

    torch::nn::Conv2d conv1;
    torch::nn::Conv2d conv2;
    torch::nn::Linear hidden;
    torch::nn::Linear out;
};

LabelClassifier::LabelClassifier(int channels, int classes, std::uint64_t seed) : m_seed(seed)
{
    torch::manual_seed(seed); // the weights' initialisation
    m_network = std::make_shared<Network>(channels, classes);
}

torch::Tensor LabelClassifier::imagesOf(const ImageDataset& images)
{
    return torch::from_blob(const_cast<std::uint8_t*>(images.data()),
                            {std::int64_t(images.count()), images.channels(), images.size(), images.size()},
                            torch::kUInt8);
}

double LabelClassifier::train(const ImageDataset& images, int epochs)
{
    std::vector<std::int64_t> labelled;
    for (std::size_t i = 0; i < images.count(); ++i)
        if (images.labels()[i] >= 0)
            labelled.push_back(std::int64_t(i));
    const torch::Tensor all = imagesOf(images);
    const torch::Tensor labels = torch::tensor(images.labels(), torch::kLong);
    const torch::Tensor index = torch::tensor(labelled, torch::kLong);
    torch::optim::Adam optimizer(m_network->parameters(), torch::optim::AdamOptions(1e-3));
    at::Generator order = at::make_generator<at::CPUGeneratorImpl>(m_seed);
    m_network->train();
    double accuracy = 0.0;
    for (int epoch = 0; epoch < epochs; ++epoch) {
        const torch::Tensor shuffled = index.index({torch::randperm(index.size(0), order)});
        std::int64_t right = 0;
        for (std::int64_t start = 0; start < shuffled.size(0); start += kBatch) {
            const torch::Tensor batch = shuffled.narrow(0, start, std::min<std::int64_t>(kBatch, shuffled.size(0) - start));
            const torch::Tensor logits = m_network->forward(atClassifierSize(all.index({batch})));
            const torch::Tensor target = labels.index({batch});
            const torch::Tensor loss = F::cross_entropy(logits, target);
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();
            right += logits.argmax(1).eq(target).sum().item<std::int64_t>();
        }
        accuracy = double(right) / double(std::max<std::int64_t>(1, shuffled.size(0)));
    }
    m_network->eval();
    return accuracy;
}

torch::Tensor LabelClassifier::logits(const torch::Tensor& images)
{
    torch::InferenceMode inference;
    std::vector<torch::Tensor> parts;
    for (std::int64_t start = 0; start < images.size(0); start += 512)
        parts.push_back(m_network->forward(
            atClassifierSize(images.narrow(0, start, std::min<std::int64_t>(512, images.size(0) - start)))));
    return torch::cat(parts);
}

torch::Tensor LabelClassifier::features(const torch::Tensor& images)
{
    torch::InferenceMode inference;
    std::vector<torch::Tensor> parts;
    for (std::int64_t start = 0; start < images.size(0); start += 512)
        parts.push_back(m_network->features(
            atClassifierSize(images.narrow(0, start, std::min<std::int64_t>(512, images.size(0) - start)))));
    return torch::cat(parts);
}

double LabelClassifier::accuracy(const ImageDataset& images)
{
    const torch::Tensor predicted = logits(imagesOf(images)).argmax(1);
    const torch::Tensor labels = torch::tensor(images.labels(), torch::kLong);
    const torch::Tensor known = labels.ge(0);
    const std::int64_t count = known.sum().item<std::int64_t>();
    return count == 0 ? 0.0 : double(predicted.eq(labels).logical_and(known).sum().item<std::int64_t>()) / double(count);
}

} // namespace latent
