// SPDX-License-Identifier: MIT
#include "train/trainingrun.h"

#include "base/compute.h"
#include "base/studioerror.h"
#include "base/usertext.h"
#include "data/datasetloader.h"
#include "eval/referenceset.h"
#include "train/augmentpolicy.h"
#include "train/batchsource.h"
#include "train/checkpointstore.h"
#include "train/dataparallel.h"
#include "train/rankagreement.h"
#include "train/trainer.h"
#include "train/trainingobserver.h"
#include "train/trainingstate.h"

#include <ATen/CPUGeneratorImpl.h>

#include <algorithm>

// The sentences here keep the context TrainingSession, where they began.
namespace latent {

namespace {

// Gives each rank of a data-parallel run its own training noise.
constexpr std::uint64_t kRankNoiseSalt = 0x9E3779B97F4A7C15ull;
} // namespace

TrainingRun::TrainingRun(Project project, TrainingObserver* observer, std::atomic<std::int64_t>& step)
    : m_project(std::move(project)), m_observer(observer), m_step(step), m_config(m_project.config().training),
      m_dSteps(m_config.dStepsPerGStep)
{
}

TrainingRun::~TrainingRun() = default;

bool TrainingRun::leader() const { return !m_parallel || m_parallel->isLeader(); }

void TrainingRun::setUp(const std::optional<DistributedSpec>& distributed,
                        const std::function<void(const std::string&)>& preparing)
{
    const ProjectConfig& config = m_project.config();
    // Thread count and grad mode are per thread: set them here, on the worker.
    int threads = m_config.threads;
    std::string device = compute::resolveDevice(m_config.device);
    if (distributed) {
        // Automatic threads share this machine's cores among its ranks; each
        // rank on a GPU machine takes the GPU of its local rank.
        if (threads == 0)
            threads = std::max(1, compute::defaultThreadCount() / distributed->localWorldSize);
        if (device == "cuda")
            device += ":" + std::to_string(distributed->localRank);
    }
    compute::useThreads(threads);
    m_device = torch::Device(device);
    if (distributed)
        joinGroup(*distributed, preparing);
    if (leader())
        m_project.ensureFolders();
    //: %1 describes the data set, e.g. "MNIST (60000 images)"
    preparing(translate("TrainingSession", "Loading %1").arg(config.dataset.describe()));

    m_dataset = DatasetLoader::load(config.dataset, config.model.imageSize, config.model.channels, m_config.seed,
                                    [this](const std::string& w) {
                                        if (m_observer)
                                            m_observer->onWarning(w);
                                    });
    try {
        m_model = config.model.resolveClasses(m_dataset.classNames());
    } catch (const StudioError& e) {
        throw StudioError::badInput(config.dataset.path, e.problem());
    }
    if (m_model.conditional()) {
        //: %1 is a number of classes, %2 their names
        preparing(translate("TrainingSession", "Conditional on %1 classes: %2")
                      .arg(m_model.classCount())
                      .arg(joinedNames(m_model.classNames)));
    }
    // Every rank sets the same images aside (the quality scores' reference,
    // never trained on); rank 0 keeps them for its evaluator.
    const std::size_t wanted = m_config.evaluateEvery > 0 && leader() ? std::size_t(m_config.evaluationSamples) : 0;
    m_reference = ReferenceSet::take(m_dataset, config.dataset, wanted);
    const int ranks = m_parallel ? m_parallel->spec().worldSize : 1;
    if (m_dataset.count() < std::size_t(ranks))
        //: %1 images, %2 the number of ranks
        throw StudioError::badInput(config.dataset.path, translate("TrainingSession", "holds only %1 usable images, "
                                                                                      "fewer than the %2 ranks")
                                                             .arg(m_dataset.count())
                                                             .arg(ranks));
    if (m_dataset.count() < std::size_t(m_config.batchSize) * std::size_t(ranks)) {
        // A small folder still trains: every image in each batch.
        const int smaller = int(m_dataset.count() / std::size_t(ranks));
        if (m_observer)
            //: %1 images, %2 the smaller batch, %3 the batch asked for
            m_observer->onWarning(translate("TrainingSession", "Only %1 usable images: each batch holds %2 instead of %3")
                                      .arg(m_dataset.count())
                                      .arg(smaller * ranks)
                                      .arg(m_config.batchSize * ranks));
        m_config.batchSize = smaller;
    }
    if (config.model.family == ModelSpec::Family::Dcgan) {
        const AugmentPolicy augment = AugmentPolicy::resolve(m_config.augment, m_dataset.count());
        if (m_config.augment == "auto" && augment.any())
            //: %1 is the number of training images
            preparing(translate("TrainingSession", "%1 images is a small data set: the discriminator sees them "
                                                   "shifted as much as it needs (adaptive augmentation, Training > "
                                                   "Augment)")
                          .arg(m_dataset.count()));
        if (augment.cutout && m_dataset.count() <= AugmentPolicy::kCutoutWarnUpTo && m_observer)
            //: %1 is the number of training images
            m_observer->onWarning(translate("TrainingSession", "Cutout on a small data set (%1 images) can leak into the "
                                                               "samples: on 100 digits they showed its grey squares. "
                                                               "Adaptive augmentation without cutout leaves no trace "
                                                               "(Training > Augment)")
                                      .arg(m_dataset.count()));
        m_config.augment = augment.name();
    }
}

void TrainingRun::joinGroup(const DistributedSpec& spec, const std::function<void(const std::string&)>& preparing)
{
    //: %1 names this process ("rank 1 of 2"), %2:%3 is rank 0's address and port
    preparing(translate("TrainingSession", "Joining the run as %1 at %2:%3")
                  .arg(spec.describe())
                  .arg(spec.masterAddress)
                  .arg(spec.masterPort));
    m_parallel = std::make_unique<DataParallel>(spec, m_device);
    requireSameSettings(*m_parallel, m_project.config(), m_project.configPath());
}

std::uint64_t TrainingRun::noiseSeed(std::int64_t step) const
{
    // Rank 0 draws what a run alone draws; the others their own streams.
    const int rank = m_parallel ? m_parallel->spec().rank : 0;
    return rank == 0 ? m_config.seed : m_config.seed ^ (kRankNoiseSalt * std::uint64_t(rank)) ^ std::uint64_t(step);
}

void TrainingRun::makeBatchSource()
{
    m_data = std::make_unique<BatchSource>(m_dataset, m_config.batchSize, m_config.seed,
                                           m_project.config().dataset.horizontalFlip, m_device, m_model.classCount(),
                                           m_project.config().dataset.balanceClasses);
    if (m_parallel)
        m_data->sampler().shard(m_parallel->spec().rank, m_parallel->spec().worldSize);
}

double TrainingRun::realSpread() const
{
    // Batches spread evenly over the data set, independent of the sampler so
    // that a resumed run computes the same number.
    const std::int64_t batch = std::min<std::int64_t>(m_config.batchSize, std::int64_t(m_dataset.count()));
    const std::int64_t batches =
        std::min<std::int64_t>(8, std::int64_t(m_dataset.count()) / std::max<std::int64_t>(batch, 1));
    if (batch < 2 || batches < 1)
        return 0.0;
    const torch::Tensor all =
        torch::from_blob(const_cast<std::uint8_t*>(m_dataset.data()),
                         {std::int64_t(m_dataset.count()), std::int64_t(m_dataset.bytesPerImage())}, torch::kUInt8);
    const std::int64_t stride = std::int64_t(m_dataset.count()) / batches;
    double total = 0.0;
    for (std::int64_t b = 0; b < batches; ++b) {
        const torch::Tensor images = all.index({torch::arange(b * stride, b * stride + stride, stride / batch)
                                                    .narrow(0, 0, batch)})
                                         .to(torch::kFloat32) / 127.5 - 1.0;
        total += Trainer::spread(images).item<double>();
    }
    return total / double(batches);
}

void TrainingRun::startFresh()
{
    torch::manual_seed(m_config.seed); // weight initialisation
    m_trainer = Trainer::create(m_model, m_config, m_device);
    m_trainer->setDStepsPerGStep(m_dSteps);
    m_trainer->setDataParallel(m_parallel.get());
    makeBatchSource();
    m_noise = at::make_generator<at::CPUGeneratorImpl>(noiseSeed(0));
    m_step = 0;
    m_elapsed = 0.0;
    m_lastCheckpoint = -1;
}

void TrainingRun::resume(const std::string& checkpoint)
{
    if (m_parallel) {
        const auto [path, contents] = shareCheckpoint(*m_parallel, [&] {
            if (checkpoint.empty())
                return newestCheckpoint();
            return SharedCheckpoint{checkpoint, CheckpointFile::read(checkpoint)};
        }, m_model);
        restore(path, contents);
    } else if (!checkpoint.empty()) {
        restore(checkpoint, CheckpointFile::read(checkpoint));
    } else {
        const auto [path, contents] = newestCheckpoint();
        restore(path, contents);
    }
}

bool TrainingRun::revert()
{
    if (CheckpointStore(m_project.checkpointsDir()).latest().path.empty()) {
        startFresh();
        return false;
    }
    const auto [path, contents] = newestCheckpoint();
    restore(path, contents);
    return true;
}

std::pair<std::string, CheckpointFile::Contents> TrainingRun::newestCheckpoint() const
{
    // The newest checkpoint that verifies; a damaged one is skipped with a warning.
    const auto entries = CheckpointStore(m_project.checkpointsDir()).list();
    if (entries.empty())
        throw StudioError::badInput(m_project.checkpointsDir(),
                                    translate("TrainingSession", "there is no checkpoint to resume from"));
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        CheckpointFile::Contents contents;
        try {
            contents = CheckpointFile::read(it->path);
        } catch (const StudioError& e) {
            if (m_observer)
                //: %1 is why a checkpoint could not be read
                m_observer->onWarning(translate("TrainingSession", "%1; trying an older checkpoint").arg(e.what()));
            continue;
        }
        return {it->path, contents};
    }
    throw StudioError::badInput(m_project.checkpointsDir(),
                                translate("TrainingSession", "no checkpoint in the folder could be read"));
}

void TrainingRun::restore(const std::string& path, const CheckpointFile::Contents& contents)
{
    CheckpointFile::requireSameModel(path, m_model, contents.spec);

    auto trainer = Trainer::create(m_model, m_config, m_device);
    const TrainingState state = TrainingState::load(contents.payload, m_device, *trainer, path);
    m_trainer = std::move(trainer);
    m_trainer->setLearningRates(m_config.lrG, m_config.lrD);
    m_trainer->setDStepsPerGStep(m_dSteps);
    m_trainer->setDataParallel(m_parallel.get());
    makeBatchSource();
    m_data->sampler().restore(state.samplerEpoch, state.samplerPosition);
    m_step = state.step;
    m_noise = at::make_generator<at::CPUGeneratorImpl>(noiseSeed(state.step));
    if (leader())
        m_noise.set_state(state.noiseRng);
    m_elapsed = contents.elapsedSeconds;
    m_lastCheckpoint = state.step;
}

void TrainingRun::setLearningRates(double lrG, double lrD)
{
    m_trainer->setLearningRates(lrG, lrD);
    m_config.lrG = lrG;
    m_config.lrD = lrD;
}

void TrainingRun::setDStepsPerGStep(int steps)
{
    m_dSteps = steps;
    m_trainer->setDStepsPerGStep(m_dSteps);
}

} // namespace latent
