// SPDX-License-Identifier: MIT
#include "models/networks.h"

#include <QCryptographicHash>

namespace latent {

Networks::Networks(const ModelSpec& spec, const torch::Device& device) : m_spec(spec), m_device(device)
{
    if (isGan()) {
        generator = DcganGenerator(spec);
        discriminator = DcganDiscriminator(spec);
        generator->to(device);
        discriminator->to(device);
    } else {
        vae = Vae(spec);
        vae->to(device);
    }
}

std::vector<torch::nn::Module*> Networks::modules() const
{
    if (isGan() && average)
        return {generator.ptr().get(), discriminator.ptr().get(), average.ptr().get()};
    if (isGan())
        return {generator.ptr().get(), discriminator.ptr().get()};
    return {vae.ptr().get()};
}

void Networks::addAverage()
{
    if (!isGan() || average)
        return;
    average = DcganGenerator(m_spec);
    average->to(m_device);
    torch::NoGradGuard noGrad;
    const auto from = generator->parameters(), to = average->parameters();
    for (std::size_t i = 0; i < from.size(); ++i)
        to[i].copy_(from[i]);
    const auto fromBuffers = generator->buffers(), toBuffers = average->buffers();
    for (std::size_t i = 0; i < fromBuffers.size(); ++i)
        toBuffers[i].copy_(fromBuffers[i]);
    for (auto& p : average->parameters())
        p.requires_grad_(false);
}

torch::Tensor Networks::cyclingClasses(std::int64_t n) const
{
    if (!conditional())
        return {};
    return oneHotClasses(torch::arange(n, torch::kInt64).remainder(m_spec.classCount()), m_spec.classCount());
}

torch::Tensor Networks::generate(const torch::Tensor& z, const torch::Tensor& classes)
{
    torch::NoGradGuard noGrad;
    torch::nn::Module& net = isGan() ? static_cast<torch::nn::Module&>(*drawingGenerator()) : *vae;
    const bool wasTraining = net.is_training();
    net.eval();
    torch::Tensor weights;
    if (conditional())
        weights = (classes.defined() ? classes : cyclingClasses(z.size(0))).to(m_device);
    torch::Tensor images = isGan() ? drawingGenerator()->forward(z.to(m_device), weights)
                                   : vae->decode(z.to(m_device), weights);
    net.train(wasTraining);
    return images;
}

torch::Tensor Networks::earlyFeatures(const torch::Tensor& z, const torch::Tensor& classes)
{
    torch::NoGradGuard noGrad;
    torch::nn::Module& net = isGan() ? static_cast<torch::nn::Module&>(*drawingGenerator()) : *vae;
    const bool wasTraining = net.is_training();
    net.eval();
    torch::Tensor x = z.to(m_device);
    torch::Tensor weights;
    if (conditional())
        weights = (classes.defined() ? classes : cyclingClasses(z.size(0))).to(m_device);
    torch::nn::Sequential stack{nullptr};
    int layers = 0;
    if (isGan()) {
        x = drawingGenerator()->input(x, weights);
        stack = drawingGenerator()->net;
        layers = 3; // transposed convolution, BatchNorm, ReLU: the 4x4 base
    } else {
        x = vae->fromLatent->forward(vae->decoderInput(x, weights))
                .view({x.size(0), vae->baseMaps, vae->baseSize, vae->baseSize});
        stack = vae->decoder;
        layers = 2; // BatchNorm, ReLU
    }
    auto layer = stack->begin();
    for (int i = 0; i < layers && layer != stack->end(); ++i, ++layer)
        x = layer->forward(x);
    net.train(wasTraining);
    return x.flatten(1);
}

void Networks::save(torch::serialize::OutputArchive& archive) const
{
    const char* names[] = {isGan() ? "generator" : "vae", "discriminator", "generator_average"};
    const auto list = modules();
    for (std::size_t i = 0; i < list.size(); ++i) {
        torch::serialize::OutputArchive sub;
        list[i]->save(sub);
        archive.write(names[i], sub);
    }
}

void Networks::load(torch::serialize::InputArchive& archive)
{
    const char* names[] = {isGan() ? "generator" : "vae", "discriminator"};
    const std::size_t trained = isGan() ? 2 : 1;
    const auto list = modules();
    for (std::size_t i = 0; i < trained; ++i) {
        torch::serialize::InputArchive sub;
        archive.read(names[i], sub);
        list[i]->load(sub);
    }
    torch::serialize::InputArchive averaged;
    if (isGan() && archive.try_read("generator_average", averaged)) {
        addAverage();
        average->load(averaged);
        for (auto& p : average->parameters())
            p.requires_grad_(false);
    } else if (average) {
        // A checkpoint from before the average: it starts again from the generator.
        average = nullptr;
        addAverage();
    }
}

std::vector<torch::Tensor> Networks::state() const
{
    std::vector<torch::Tensor> tensors;
    for (torch::nn::Module* module : modules())
        for (const torch::Tensor& p : module->parameters())
            tensors.push_back(p);
    for (torch::nn::Module* module : modules())
        for (const torch::Tensor& b : module->buffers())
            tensors.push_back(b);
    return tensors;
}

std::vector<torch::Tensor> Networks::runningStatistics() const
{
    std::vector<torch::Tensor> tensors;
    for (torch::nn::Module* module : modules())
        for (const torch::Tensor& b : module->buffers())
            if (b.is_floating_point())
                tensors.push_back(b);
    return tensors;
}

std::string Networks::checksum() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (torch::nn::Module* module : modules()) {
        auto add = [&hash](const std::string& name, const torch::Tensor& t) {
            const torch::Tensor cpu = t.detach().to(torch::kCPU).contiguous();
            hash.addData(QByteArrayView(name.data(), qsizetype(name.size())));
            hash.addData(QByteArrayView(static_cast<const char*>(cpu.data_ptr()), qsizetype(cpu.nbytes())));
        };
        for (const auto& p : module->named_parameters())
            add(p.key(), p.value());
        for (const auto& b : module->named_buffers())
            add(b.key(), b.value());
    }
    return hash.result().toHex().toStdString();
}

std::vector<Image> tensorToImages(const torch::Tensor& batch)
{
    const torch::Tensor bytes = ((batch.detach().to(torch::kCPU).clamp(-1, 1) + 1) * 127.5)
                                    .round()
                                    .to(torch::kUInt8)
                                    .permute({0, 2, 3, 1})
                                    .contiguous();
    const int n = int(bytes.size(0)), h = int(bytes.size(1)), w = int(bytes.size(2)), c = int(bytes.size(3));
    std::vector<Image> images;
    images.reserve(std::size_t(n));
    const std::uint8_t* data = bytes.data_ptr<std::uint8_t>();
    for (int i = 0; i < n; ++i) {
        Image image(w, h, c);
        std::copy_n(data + std::size_t(i) * w * h * c, image.pixels.size(), image.pixels.begin());
        images.push_back(std::move(image));
    }
    return images;
}

torch::Tensor imagesToTensor(const std::vector<Image>& images)
{
    const Image& first = images.front();
    torch::Tensor batch =
        torch::empty({std::int64_t(images.size()), first.height, first.width, first.channels}, torch::kUInt8);
    for (std::size_t i = 0; i < images.size(); ++i)
        std::copy(images[i].pixels.begin(), images[i].pixels.end(), batch[std::int64_t(i)].data_ptr<std::uint8_t>());
    return batch.permute({0, 3, 1, 2}).contiguous();
}

} // namespace latent
