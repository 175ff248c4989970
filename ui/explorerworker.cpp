// SPDX-License-Identifier: MIT
#include "explorerworker.h"

#include "base/compute.h"
#include "base/studioerror.h"
#include "io/imagegrid.h"
#include "latent/directionfinder.h"
#include "latent/inferenceengine.h"
#include "qimageconversion.h"

#include <QElapsedTimer>

#include <pthread.h>

namespace latent {

ExplorerWorker::ExplorerWorker()
    : m_thread([this] { run(); })
{
}

ExplorerWorker::~ExplorerWorker()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
    m_engine.reset();
}

void ExplorerWorker::run()
{
    pthread_setname_np(pthread_self(), "explorer");
    // One intra-op thread: measured steadier for single images with pauses
    // between requests, and it leaves the other core to training.
    compute::useThreads(1);
    for (;;) {
        std::function<void()> job;
        Request request;
        int channel = 0;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            const auto firstPending = [this] {
                int c = 0;
                while (c < ChannelCount && !m_requests[c].pending)
                    ++c;
                return c;
            };
            m_wake.wait(lock, [&] {
                return m_stopping || !m_jobs.empty() || (m_engine && firstPending() < ChannelCount);
            });
            if (m_stopping)
                return;
            if (!m_jobs.empty()) {
                job = std::move(m_jobs.front());
                m_jobs.pop_front();
            } else {
                // The most urgent first: the preview is what the user is looking at.
                channel = firstPending();
                request = std::move(m_requests[channel]);
                m_requests[channel] = Request();
            }
        }
        if (job)
            job();
        else
            decode(Channel(channel), request);
    }
}

void ExplorerWorker::post(std::function<void()> job)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
}

void ExplorerWorker::loadCheckpoint(const QString& path)
{
    queueLoad(path, [path] { return InferenceEngine::load(path.toStdString()); });
}

void ExplorerWorker::loadTorchScript(const QString& path, int latentDim)
{
    queueLoad(path, [path, latentDim] { return InferenceEngine::loadTorchScript(path.toStdString(), latentDim); });
}

void ExplorerWorker::queueLoad(const QString& source, std::function<std::unique_ptr<InferenceEngine>()> open)
{
    quint64 serial = 0;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        serial = ++m_loadSerial;
    }
    post([this, serial, source, open] {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (serial != m_loadSerial)
                return; // a newer load was asked for: only the newest counts, as with decodes
        }
        try {
            install(open(), source);
        } catch (const std::exception& e) {
            Q_EMIT loadFailed(QString::fromUtf8(e.what()));
        }
    });
}

void ExplorerWorker::install(std::unique_ptr<InferenceEngine> engine, const QString& source)
{
    const int dim = engine->spec().latentDim, size = engine->spec().imageSize;
    const qint64 step = engine->step();
    const bool vae = engine->isVae();
    QStringList classes;
    for (const std::string& name : engine->spec().classNames)
        classes << QString::fromStdString(name);
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_modelHash = QString::fromStdString(engine->checksum());
        m_step = step;
        m_imported = engine->isImported();
        m_source = source;
        m_engine = std::move(engine);
        m_latentDim = dim;
        m_classNames = classes;
    }
    Q_EMIT loaded(step, dim, size, vae, source);
}

ExplorerWorker::Source ExplorerWorker::source() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_engine ? Source{m_source, m_imported, m_latentDim} : Source();
}

std::unique_ptr<InferenceEngine> ExplorerWorker::open(const Source& source)
{
    if (source.path.isEmpty())
        throw StudioError::badInput({}, tr("there is no model to open yet").toStdString());
    return source.imported ? InferenceEngine::loadTorchScript(source.path.toStdString(), source.latentDim)
                           : InferenceEngine::load(source.path.toStdString());
}

int ExplorerWorker::latentDim() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_latentDim;
}

QStringList ExplorerWorker::classNames() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_classNames;
}

std::vector<float> ExplorerWorker::classWeights(int index) const
{
    std::lock_guard<std::mutex> lock(m_mutex); // keeps the engine from being swapped meanwhile
    if (!m_engine || index < 0 || index >= m_engine->spec().classCount())
        return {};
    return m_engine->classWeights(index);
}

bool ExplorerWorker::isReady() const { return latentDim() > 0; }

bool ExplorerWorker::isImported() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_imported;
}

QString ExplorerWorker::modelHash() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_modelHash;
}

qint64 ExplorerWorker::snapshotStep() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_step;
}

std::vector<float> ExplorerWorker::latentForSeed(quint64 seed) const
{
    std::lock_guard<std::mutex> lock(m_mutex); // keeps the engine from being swapped meanwhile
    return m_engine ? m_engine->sampleLatents(1, seed).front() : std::vector<float>();
}

void ExplorerWorker::findDirections(int count, const QString& projectDir)
{
    post([this, count, projectDir] {
        if (!m_engine)
            return;
        try {
            QList<QList<float>> vectors;
            QList<double> shares;
            for (const LatentDirection& d : latent::findDirections(*m_engine, count, projectDir.toStdString())) {
                vectors.append(QList<float>(d.vector.begin(), d.vector.end()));
                shares.append(d.varianceShare);
            }
            Q_EMIT directionsFound(vectors, shares);
        } catch (const std::exception& e) {
            Q_EMIT directionsFailed(QString::fromUtf8(e.what()));
        }
    });
}

void ExplorerWorker::encodeImage(const QString& path, const std::vector<float>& classWeights)
{
    post([this, path, classWeights] {
        if (!m_engine)
            return;
        try {
            const InferenceEngine::Encoding encoding = m_engine->encodeImageFile(path.toStdString(), classWeights);
            Q_EMIT encoded(toQImage(encoding.original), QList<float>(encoding.latent.begin(), encoding.latent.end()));
        } catch (const std::exception& e) {
            Q_EMIT encodeFailed(QString::fromUtf8(e.what()));
        }
    });
}

quint64 ExplorerWorker::requestDecode(const std::vector<float>& z, const std::vector<float>& classWeights)
{
    return enqueue(Preview, {z}, classWeights);
}

quint64 ExplorerWorker::requestFrame(const std::vector<float>& z, const std::vector<float>& classWeights)
{
    return enqueue(Frame, {z}, classWeights);
}

void ExplorerWorker::requestStrip(const std::vector<std::vector<float>>& latents,
                                  const std::vector<float>& classWeights)
{
    enqueue(Strip, latents, classWeights);
}

quint64 ExplorerWorker::enqueue(Channel channel, std::vector<std::vector<float>> latents,
                                std::vector<float> classWeights)
{
    quint64 serial = 0;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        Request& request = m_requests[channel];
        request.latents = std::move(latents);
        request.classWeights = std::move(classWeights);
        request.pending = true;
        request.serial = serial = ++m_serial;
    }
    m_wake.notify_one();
    return serial;
}

void ExplorerWorker::decode(Channel channel, const Request& request)
{
    QElapsedTimer timer;
    timer.start();
    try {
        // A snapshot swapped for one without classes (or of others) draws its own mix.
        const bool fits = int(request.classWeights.size()) == m_engine->spec().classCount();
        const std::vector<Image> images =
            m_engine->decode(request.latents, fits && !request.classWeights.empty()
                                                  ? std::vector<std::vector<float>>{request.classWeights}
                                                  : std::vector<std::vector<float>>{});
        const double milliseconds = timer.nsecsElapsed() / 1e6;
        switch (channel) {
        case Preview: Q_EMIT decoded(request.serial, toQImage(images.front()), milliseconds); break;
        case Frame: Q_EMIT frameDecoded(request.serial, toQImage(images.front())); break;
        default: Q_EMIT stripDecoded(toQImage(makeImageGrid(images, int(images.size()), 1))); break;
        }
    } catch (const std::exception& e) {
        Q_EMIT decodeFailed(QString::fromUtf8(e.what()));
    }
}

} // namespace latent
