// SPDX-License-Identifier: MIT
#include "latent/inferenceengine.h"

#include "base/compute.h"
#include "base/studioerror.h"
#include "base/usertext.h"
#include "data/imageconform.h"
#include "data/imagedataset.h"
#include "io/atomicfile.h"
#include "io/imagedecode.h"
#include "latent/principaldirections.h"
#include "latent/seededlatents.h"
#include "latent/torchscriptbuilder.h"
#include "models/networks.h"
#include "train/checkpointfile.h"

#include <ATen/CPUGeneratorImpl.h>
#include <QByteArray>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>
#include <sstream>

namespace latent {

// Either the networks of a checkpoint or an imported TorchScript module.
struct InferenceEngine::Impl {
    explicit Impl(const torch::Device& d) : device(d) {}
    torch::Device device;
    std::optional<Networks> networks;
    std::optional<torch::jit::Module> scripted;
    ModelSpec spec;
    std::int64_t step = 0;
    std::string checksum;

    torch::Tensor generate(const torch::Tensor& z, const torch::Tensor& classes = {})
    {
        if (networks)
            return networks->generate(z, classes);
        // A studio export of a conditional model takes class indices: a
        // blend of classes goes in as its strongest one.
        if (classes.defined())
            return scripted->forward({z.to(device), classes.argmax(1).to(device)}).toTensor();
        return scripted->forward({z.to(device)}).toTensor();
    }

    // [n, classes] weights from one vector for all or one per latent;
    // undefined for an unconditional model or no vectors (the default mix).
    torch::Tensor classTensor(const std::vector<std::vector<float>>& classes, std::int64_t n) const
    {
        const int count = spec.classCount();
        if (count == 0 || classes.empty())
            return {};
        if (classes.size() != 1 && std::int64_t(classes.size()) != n)
            throw StudioError::badInput({},
                                        //: %1 and %2 are counts
                                        translate("InferenceEngine", "%1 class choices were given for %2 images")
                                                .arg(classes.size())
                                                .arg(n));
        torch::Tensor weights = torch::empty({std::int64_t(classes.size()), count}, torch::kFloat32);
        for (std::size_t i = 0; i < classes.size(); ++i) {
            if (int(classes[i].size()) != count)
                throw StudioError::badInput({},
                                            //: %1 and %2 are numbers of classes
                                            translate("InferenceEngine", "a class choice has %1 weights; this "
                                                                             "model has %2 classes")
                                                    .arg(classes[i].size())
                                                    .arg(count));
            std::copy(classes[i].begin(), classes[i].end(), weights.data_ptr<float>() + i * count);
        }
        return classes.size() == 1 ? weights.expand({n, count}).contiguous() : weights;
    }
};

InferenceEngine::InferenceEngine(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
InferenceEngine::~InferenceEngine() = default;

std::unique_ptr<InferenceEngine> InferenceEngine::load(const std::string& checkpoint, const ModelSpec* expected,
                                                       const std::string& device)
{
    const CheckpointFile::Contents contents = CheckpointFile::read(checkpoint);
    if (expected)
        CheckpointFile::requireSameModel(checkpoint, *expected, contents.spec);
    auto impl = std::make_unique<Impl>(torch::Device(compute::resolveDevice(device)));
    impl->networks.emplace(contents.spec, impl->device);
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(contents.payload.constData(), std::size_t(contents.payload.size()), impl->device);
        impl->networks->load(archive);
    } catch (const c10::Error& e) {
        //: %1 is LibTorch's message
        throw StudioError::badInput(checkpoint,
                                    translate("InferenceEngine", "the checkpoint's weights could not be loaded: %1")
                                        .arg(e.what_without_backtrace()));
    }
    impl->spec = contents.spec;
    impl->step = contents.step;
    impl->checksum = impl->networks->checksum();
    return std::unique_ptr<InferenceEngine>(new InferenceEngine(std::move(impl)));
}

namespace {

// The latent size a sidecar JSON gives, or 0.
int sidecarLatentDim(const std::string& path)
{
    QString base = QString::fromStdString(path);
    for (const QString& candidate :
         {base + ".json", QFileInfo(base).path() + "/" + QFileInfo(base).completeBaseName() + ".json"}) {
        QFile file(candidate);
        if (file.open(QIODevice::ReadOnly)) {
            const int dim = QJsonDocument::fromJson(file.readAll()).object().value("latent_dim").toInt(0);
            if (dim > 0)
                return dim;
        }
    }
    return 0;
}

// Runs the module on `n` latent vectors of size `dim`; empty when it refuses them.
torch::Tensor tryForward(torch::jit::Module& module, int dim, int n, const torch::Device& device)
{
    try {
        torch::NoGradGuard noGrad;
        const c10::IValue out = module.forward({torch::randn({n, dim}).to(device)});
        return out.isTensor() ? out.toTensor() : torch::Tensor();
    } catch (const std::exception&) {
        return {};
    }
}

} // namespace

std::unique_ptr<InferenceEngine> InferenceEngine::loadTorchScript(const std::string& path, int latentDim,
                                                                  const std::string& device)
{
    auto impl = std::make_unique<Impl>(torch::Device(compute::resolveDevice(device)));
    const QByteArray bytes = readWholeFile(path);
    try {
        std::istringstream stream(bytes.toStdString());
        impl->scripted = torch::jit::load(stream, impl->device);
    } catch (const std::exception& e) {
        throw StudioError::badInput(path,
                                    translate("InferenceEngine", "is not a TorchScript file this LibTorch can load"));
    }
    torch::jit::Module& module = *impl->scripted;
    module.eval();

    int dim = latentDim;
    if (dim <= 0 && module.hasattr("latent_dim") && module.attr("latent_dim").isInt())
        dim = int(module.attr("latent_dim").toInt());
    if (dim <= 0)
        dim = sidecarLatentDim(path);
    torch::Tensor sample;
    if (dim > 0) {
        sample = tryForward(module, dim, 4, impl->device);
        if (!sample.defined())
            throw StudioError::badInput(
                path, translate("InferenceEngine", "the generator does not accept latent vectors of size %1").arg(dim));
    } else {
        // Probe the usual sizes first, then every size up to 1024.
        std::vector<int> candidates = {100, 128, 512, 256, 64, 32, 16, 8, 10, 2};
        for (int d = 1; d <= 1024; ++d)
            candidates.push_back(d);
        for (int d : candidates) {
            sample = tryForward(module, d, 4, impl->device);
            if (sample.defined()) {
                dim = d;
                break;
            }
        }
        if (!sample.defined())
            //: --latent-dim is a command-line option and {"latent_dim": N} JSON: keep them as written
            throw StudioError::badInput(path, translate("InferenceEngine", "no latent size from 1 to 1024 works with "
                                                                           "this generator; give it with --latent-dim "
                                                                           "or a sidecar JSON {\"latent_dim\": N}"));
    }
    if (sample.dim() != 4 || sample.size(0) != 4 || (sample.size(1) != 1 && sample.size(1) != 3))
        throw StudioError::badInput(path, translate("InferenceEngine", "the generator's output is not a batch of gray "
                                                                       "or RGB images [N, 1|3, H, W]"));
    const double lo = sample.min().item<double>(), hi = sample.max().item<double>();
    if (!(lo >= -1.01 && hi <= 1.01))
        //: %1 and %2 are the lowest and highest pixel values
        throw StudioError::badInput(path, translate("InferenceEngine", "the generator's output spans [%1, %2]; images "
                                                                       "in [-1, 1] are expected")
                                              .arg(std::to_string(lo))
                                              .arg(std::to_string(hi)));
    impl->spec.latentDim = dim;
    // A conditional generator the studio exported names its classes.
    if (module.hasattr("class_names") && module.attr("class_names").isList()) {
        for (const c10::IValue& name : module.attr("class_names").toListRef())
            if (name.isString())
                impl->spec.classNames.push_back(name.toStringRef());
        if (impl->spec.classNames.size() < 2)
            impl->spec.classNames.clear();
    }
    impl->spec.channels = int(sample.size(1));
    impl->spec.imageSize = int(sample.size(2));
    impl->checksum = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().toStdString();
    return std::unique_ptr<InferenceEngine>(new InferenceEngine(std::move(impl)));
}

const ModelSpec& InferenceEngine::spec() const { return m_impl->spec; }
bool InferenceEngine::isImported() const { return !m_impl->networks.has_value(); }
std::int64_t InferenceEngine::step() const { return m_impl->step; }
std::string InferenceEngine::checksum() const { return m_impl->checksum; }

bool InferenceEngine::hasWeightAverage() const { return m_impl->networks && bool(m_impl->networks->average); }

void InferenceEngine::useWeightAverage(bool use)
{
    if (m_impl->networks)
        m_impl->networks->setUseAverage(use);
}

std::vector<std::vector<float>> InferenceEngine::sampleLatents(int count, std::uint64_t seed) const
{
    const int dim = spec().latentDim;
    const torch::Tensor z = seededLatents(count, dim, seed).contiguous();
    std::vector<std::vector<float>> latents;
    for (int i = 0; i < count; ++i)
        latents.emplace_back(z.data_ptr<float>() + i * dim, z.data_ptr<float>() + (i + 1) * dim);
    return latents;
}

std::vector<float> InferenceEngine::classWeights(int index) const
{
    const int count = spec().classCount();
    if (count == 0)
        return {};
    if (index < 0 || index >= count)
        throw StudioError::badInput({},
                                    //: %1 is a class number, %2 the number of classes
                                    translate("InferenceEngine", "there is no class %1: this model has classes 0 "
                                                                     "to %2")
                                            .arg(index)
                                            .arg(count - 1));
    std::vector<float> weights(std::size_t(count), 0.0f);
    weights[std::size_t(index)] = 1.0f;
    return weights;
}

std::vector<Image> InferenceEngine::decode(const std::vector<std::vector<float>>& latents,
                                           const std::vector<std::vector<float>>& classes)
{
    const int dim = spec().latentDim;
    torch::Tensor z = torch::empty({std::int64_t(latents.size()), dim}, torch::kFloat32);
    for (std::size_t i = 0; i < latents.size(); ++i) {
        if (int(latents[i].size()) != dim)
            throw StudioError::badInput({}, translate("InferenceEngine", "a latent vector has %1 values; this model "
                                                                         "takes %2")
                                                .arg(latents[i].size())
                                                .arg(dim));
        std::copy(latents[i].begin(), latents[i].end(), z.data_ptr<float>() + i * dim);
    }
    torch::Tensor weights = m_impl->classTensor(classes, z.size(0));
    if (!weights.defined() && m_impl->networks)
        weights = m_impl->networks->cyclingClasses(z.size(0));
    c10::InferenceMode inference;
    // Decode in chunks so a request for thousands of samples stays small in memory.
    std::vector<Image> images;
    for (std::int64_t start = 0; start < z.size(0); start += 256) {
        const std::int64_t length = std::min<std::int64_t>(256, z.size(0) - start);
        auto chunk = tensorToImages(m_impl->generate(z.narrow(0, start, length),
                                                     weights.defined() ? weights.narrow(0, start, length)
                                                                       : torch::Tensor()));
        std::move(chunk.begin(), chunk.end(), std::back_inserter(images));
    }
    return images;
}

InferenceEngine::Encoding InferenceEngine::encodeImageFile(const std::string& path,
                                                           const std::vector<float>& classWeights)
{
    if (!m_impl->networks || m_impl->networks->isGan())
        throw StudioError::badInput(
            path, translate("InferenceEngine", "only a VAE can encode an image; this model is a GAN"));
    Encoding encoding;
    encoding.original = conformImage(readImageFile(path), m_impl->spec.imageSize, m_impl->spec.channels);
    if (encoding.original.isNull())
        throw StudioError::badInput(path, translate("InferenceEngine", "its pixel format is not supported"));

    ImageDataset one(m_impl->spec.imageSize, m_impl->spec.channels);
    one.append(encoding.original, -1);
    const torch::Tensor pixels = torch::from_blob(const_cast<std::uint8_t*>(one.data()),
                                                  {1, one.channels(), one.size(), one.size()}, torch::kUInt8);
    c10::InferenceMode inference;
    Vae& vae = m_impl->networks->vae;
    const bool wasTraining = vae->is_training();
    vae->eval();
    torch::Tensor classes;
    if (spec().conditional())
        classes = m_impl->classTensor({classWeights.empty() ? this->classWeights(0) : classWeights}, 1)
                      .to(m_impl->device);
    const torch::Tensor mu = vae->encode(pixels.to(m_impl->device).to(torch::kFloat32) / 127.5 - 1.0, classes)
                                 .first.to(torch::kCPU)
                                 .contiguous();
    vae->train(wasTraining);
    encoding.latent.assign(mu.data_ptr<float>(), mu.data_ptr<float>() + mu.numel());
    return encoding;
}

std::vector<LatentDirection> InferenceEngine::principalDirections(int count, int samples, std::uint64_t seed)
{
    if (isVae())
        throw StudioError::badInput({},
                                    //: principalDirectionsOfEncodings is a function's name: keep it as written
                                    translate("InferenceEngine", "a VAE's directions come from encodings of real "
                                                                 "images; use principalDirectionsOfEncodings"));
    c10::InferenceMode inference;
    torch::Generator generator = at::make_generator<at::CPUGeneratorImpl>(seed);
    const torch::Tensor z = torch::randn({samples, spec().latentDim}, generator, torch::kFloat32);
    torch::Tensor features;
    if (m_impl->networks) {
        features = m_impl->networks->earlyFeatures(z);
    } else {
        // An imported generator's layers are hidden: its output images,
        // pooled to at most 16x16 so the PCA stays small, stand in.
        std::vector<torch::Tensor> chunks;
        for (std::int64_t start = 0; start < samples; start += 256) {
            const torch::Tensor images =
                m_impl->generate(z.narrow(0, start, std::min<std::int64_t>(256, samples - start)));
            chunks.push_back(torch::adaptive_avg_pool2d(images, {std::min<std::int64_t>(16, images.size(2)),
                                                                 std::min<std::int64_t>(16, images.size(3))}).cpu());
        }
        features = torch::cat(chunks);
    }
    return regressedPrincipalDirections(z, features, count);
}

std::vector<LatentDirection> InferenceEngine::principalDirectionsOfEncodings(const ImageDataset& images, int count,
                                                                             int samples)
{
    if (!isVae())
        throw StudioError::badInput({},
                                    //: principalDirections is a function's name: keep it as written
                                    translate("InferenceEngine", "only a VAE encodes images; a GAN's directions "
                                                                 "come from principalDirections"));
    if (images.size() != spec().imageSize || images.channels() != spec().channels || images.empty())
        throw StudioError::badInput({}, translate("InferenceEngine", "the images to encode are not at the VAE's size "
                                                                     "and channels"));
    c10::InferenceMode inference;
    Vae& vae = m_impl->networks->vae;
    const bool wasTraining = vae->is_training();
    vae->eval();
    const std::int64_t n = std::min<std::int64_t>(samples, std::int64_t(images.count()));
    const torch::Tensor pixels = torch::from_blob(const_cast<std::uint8_t*>(images.data()),
                                                  {n, images.channels(), images.size(), images.size()}, torch::kUInt8);
    std::vector<torch::Tensor> means;
    // A conditional VAE encodes each image as its own class when the images
    // carry this model's classes, else as a balanced mix.
    const bool ownClasses = spec().conditional() && images.classCount() == spec().classCount();
    torch::Tensor classes = m_impl->networks->cyclingClasses(n);
    if (ownClasses)
        classes = oneHotClasses(torch::tensor(std::vector<std::int64_t>(images.labels().begin(),
                                                                        images.labels().begin() + n)),
                                spec().classCount());
    for (std::int64_t start = 0; start < n; start += 256) {
        const std::int64_t length = std::min<std::int64_t>(256, n - start);
        const torch::Tensor batch = pixels.narrow(0, start, length);
        means.push_back(vae->encode(batch.to(m_impl->device).to(torch::kFloat32) / 127.5 - 1.0,
                                    classes.defined() ? classes.narrow(0, start, length).to(m_impl->device)
                                                      : torch::Tensor())
                            .first.cpu());
    }
    vae->train(wasTraining);
    return principalAxes(torch::cat(means), count);
}

void InferenceEngine::exportTorchScript(const std::string& path) const
{
    if (!m_impl->networks)
        throw StudioError::failure(path, translate("InferenceEngine", "only a studio-trained model can be exported"));
    std::ostringstream bytes;
    try {
        torch::jit::Module module = buildTorchScriptGenerator(*m_impl->networks);
        module.to(torch::kCPU);
        module.save(bytes);
    } catch (const c10::Error& e) {
        //: %1 is LibTorch's message
        throw StudioError::failure(path, translate("InferenceEngine", "could not build the TorchScript module: %1")
                                             .arg(e.what_without_backtrace()));
    }
    const std::string data = bytes.str();
    writeFileAtomically(path, QByteArray(data.data(), qsizetype(data.size())));
}

void InferenceEngine::exportStateDict(const std::string& path) const
{
    if (!m_impl->networks)
        throw StudioError::failure(path, translate("InferenceEngine", "only a studio-trained model can be exported"));
    const std::vector<char> data = torch::pickle_save(c10::IValue(generatorStateDict(*m_impl->networks)));
    writeFileAtomically(path, QByteArray(data.data(), qsizetype(data.size())));
}

} // namespace latent
