// SPDX-License-Identifier: MIT
#include "train/dataparallel.h"

#include "base/studioerror.h"
#include "base/usertext.h"

// ProcessGroupGloo.hpp is compiled only where this is defined; Debian's
// LibTorch is built with Gloo (libgloo-dev provides the headers).
#ifndef USE_C10D_GLOO
#define USE_C10D_GLOO 1
#endif
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#ifdef LATENT_WITH_NCCL
#include <torch/csrc/distributed/c10d/ProcessGroupNCCL.hpp>
#endif

#include <QByteArray>

namespace latent {

struct DataParallel::Group {
    c10::intrusive_ptr<c10d::Store> store;
    c10::intrusive_ptr<c10d::ProcessGroup> group;
};

namespace {
// The first line of a c10d or Gloo error, without LibTorch's backtrace.
std::string firstLine(const std::string& text)
{
    const std::string line = text.substr(0, text.find('\n'));
    return line.empty() ? translate("DataParallel", "unknown error").str() : line;
}

bool isLoopback(const std::string& address)
{
    return address == "localhost" || address == "::1" || address.rfind("127.", 0) == 0;
}

// Gloo's network device. GLOO_SOCKET_IFNAME picks an interface, as it does
// for PyTorch; a loopback MASTER_ADDR means a one-machine run, where the
// loopback interface always works; otherwise the interface of this host's name.
std::shared_ptr<gloo::transport::Device> glooDevice(const std::string& masterAddress)
{
    const QByteArray interfaceName = qgetenv("GLOO_SOCKET_IFNAME");
    if (!interfaceName.isEmpty())
        return c10d::ProcessGroupGloo::createDeviceForInterface(interfaceName.toStdString());
    if (isLoopback(masterAddress))
        return c10d::ProcessGroupGloo::createDeviceForHostname(masterAddress);
    return c10d::ProcessGroupGloo::createDefaultDevice();
}

// What a rank says when a collective fails, one whole sentence for each;
// looked up only on a failure (collective()).
//: %1 names this process ("rank 1 of 2"), %2 is the network error, %3 the timeout in seconds
const char* const kLostWeights =
    QT_TRANSLATE_NOOP("DataParallel", "%1 lost the others while receiving rank 0's weights: %2. "
                                      "Another rank has stopped, or has not answered within %3 s "
                                      "(--timeout); its own output says why");
//: %1 names this process ("rank 1 of 2"), %2 is the network error, %3 the timeout in seconds
const char* const kLostGradients =
    QT_TRANSLATE_NOOP("DataParallel", "%1 lost the others while averaging the gradients: %2. "
                                      "Another rank has stopped, or has not answered within %3 s "
                                      "(--timeout); its own output says why");
//: %1 names this process ("rank 1 of 2"), %2 is the network error, %3 the timeout in seconds
const char* const kLostResults =
    QT_TRANSLATE_NOOP("DataParallel", "%1 lost the others while sharing the step's results: %2. "
                                      "Another rank has stopped, or has not answered within %3 s "
                                      "(--timeout); its own output says why");
//: %1 names this process ("rank 1 of 2"), %2 is the network error, %3 the timeout in seconds
const char* const kLostCheckpoint =
    QT_TRANSLATE_NOOP("DataParallel", "%1 lost the others while receiving rank 0's checkpoint: %2. "
                                      "Another rank has stopped, or has not answered within %3 s "
                                      "(--timeout); its own output says why");
} // namespace

template <class Call>
void DataParallel::collective(const char* lost, Call&& call)
{
    try {
        call();
    } catch (const std::exception& e) {
        // The message is looked up only here: collectives run every step.
        throw StudioError::failure({}, translate("DataParallel", lost)
                                           .arg(m_spec.describe())
                                           .arg(firstLine(e.what()))
                                           .arg(m_spec.timeoutSeconds));
    }
}

DataParallel::DataParallel(const DistributedSpec& spec, const torch::Device& device)
    : m_spec(spec), m_device(device), m_group(std::make_unique<Group>())
{
    const auto timeout = std::chrono::milliseconds(std::int64_t(spec.timeoutSeconds) * 1000);
    try {
        c10d::TCPStoreOptions options;
        options.port = std::uint16_t(spec.masterPort);
        options.isServer = spec.isLeader();
        options.numWorkers = spec.worldSize;
        options.waitWorkers = true;
        options.timeout = timeout;
        m_group->store = c10::make_intrusive<c10d::TCPStore>(spec.masterAddress, options);
    } catch (const std::exception& e) {
        const std::string error = firstLine(e.what());
        if (spec.isLeader())
            throw StudioError::failure({},
                                       //: %1 names this process ("rank 0 of 2"), %2:%3 is its address and port, %4
                                       //: seconds, %5 the error
                                       translate("DataParallel", "%1 could not listen on %2:%3 within %4 s: %5")
                                           .arg(m_spec.describe())
                                           .arg(spec.masterAddress)
                                           .arg(spec.masterPort)
                                           .arg(spec.timeoutSeconds)
                                           .arg(error));
        throw StudioError::failure({},
                                   //: %1 names this process ("rank 1 of 2"), %2:%3 is rank 0's address and port, %4
                                   //: seconds, %5 the error
                                   translate("DataParallel", "%1 could not meet rank 0 at %2:%3 within %4 s: %5")
                                       .arg(m_spec.describe())
                                       .arg(spec.masterAddress)
                                       .arg(spec.masterPort)
                                       .arg(spec.timeoutSeconds)
                                       .arg(error));
    }
    try {
        if (device.is_cuda()) {
#ifdef LATENT_WITH_NCCL
            auto options = c10d::ProcessGroupNCCL::Options::create();
            options->timeout = timeout;
            m_group->group = c10::make_intrusive<c10d::ProcessGroupNCCL>(m_group->store, spec.rank, spec.worldSize,
                                                                         options);
            m_backend = "nccl";
#else
            throw StudioError::badInput({}, translate("DataParallel", "this LibTorch build has no NCCL, which "
                                                                      "distributed training on CUDA needs; use "
                                                                      "--device cpu"));
#endif
        } else {
            auto options = c10d::ProcessGroupGloo::Options::create(timeout);
            options->devices.push_back(glooDevice(spec.masterAddress));
            m_group->group = c10::make_intrusive<c10d::ProcessGroupGloo>(m_group->store, spec.rank, spec.worldSize,
                                                                         options);
            m_backend = "gloo";
        }
    } catch (const StudioError&) {
        throw;
    } catch (const std::exception& e) {
        throw StudioError::failure({},
                                   //: %1 names this process ("rank 1 of 2"), %2 is LibTorch's error
                                   translate("DataParallel", "%1 could not set up its process group: %2")
                                       .arg(m_spec.describe())
                                       .arg(firstLine(e.what())));
    }
}

DataParallel::~DataParallel() = default;

void DataParallel::broadcastFromLeader(const std::vector<torch::Tensor>& tensors)
{
    collective(kLostWeights, [&] {
        torch::NoGradGuard noGrad;
        for (const torch::Tensor& tensor : tensors) {
            std::vector<at::Tensor> one{tensor.contiguous()};
            m_group->group->broadcast(one)->wait();
            if (!one.front().is_same(tensor))
                tensor.copy_(one.front());
        }
    });
}

void DataParallel::averageGradients(const std::vector<torch::Tensor>& parameters)
{
    std::vector<torch::Tensor> grads;
    for (const torch::Tensor& p : parameters)
        if (p.grad().defined())
            grads.push_back(p.grad());
    if (grads.empty())
        return;
    std::vector<torch::Tensor> flat;
    flat.reserve(grads.size());
    for (const torch::Tensor& g : grads)
        flat.push_back(g.reshape({-1}));
    std::vector<at::Tensor> packed{torch::cat(flat)};
    collective(kLostGradients, [&] { m_group->group->allreduce(packed)->wait(); });
    packed.front().div_(double(m_spec.worldSize));
    std::int64_t offset = 0;
    for (torch::Tensor& g : grads) {
        g.copy_(packed.front().narrow(0, offset, g.numel()).view_as(g));
        offset += g.numel();
    }
}

void DataParallel::sum(torch::Tensor& values)
{
    std::vector<at::Tensor> one{values};
    collective(kLostResults, [&] { m_group->group->allreduce(one)->wait(); });
}

std::optional<std::string> DataParallel::shareFromLeader(std::optional<std::string> bytes)
{
    // The length first (-1: nothing), then the bytes.
    // On the training device: NCCL moves only CUDA tensors.
    std::vector<at::Tensor> length{
        torch::tensor({bytes ? std::int64_t(bytes->size()) : std::int64_t(-1)}).to(m_device)};
    collective(kLostCheckpoint, [&] { m_group->group->broadcast(length)->wait(); });
    const std::int64_t size = length.front().item<std::int64_t>();
    if (size < 0)
        return std::nullopt;
    std::vector<at::Tensor> data{isLeader()
                                     ? torch::from_blob(bytes->data(), {size}, torch::kUInt8).to(m_device, false, true)
                                     : torch::empty({size}, torch::TensorOptions(torch::kUInt8).device(m_device))};
    collective(kLostCheckpoint, [&] { m_group->group->broadcast(data)->wait(); });
    const torch::Tensor received = data.front().cpu();
    return std::string(reinterpret_cast<const char*>(received.data_ptr<std::uint8_t>()), std::size_t(size));
}

} // namespace latent
