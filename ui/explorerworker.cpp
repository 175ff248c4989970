// SPDX-License-Identifier: MIT
#include "explorerworker.h"

#include "base/compute.h"
#include "base/studioerror.h"
#include "io/imagegrid.h"
#include "latent/inferenceengine.h"
#include "sessioncontroller.h"

#include <QElapsedTimer>
#include <QMetaObject>

namespace latent {

ExplorerWorker::ExplorerWorker()
{
    m_thread.setObjectName("explorer");
    m_context.moveToThread(&m_thread);
    m_thread.start();
    // One intra-op thread: measured steadier for single images with pauses
    // between requests, and it leaves the other core to training.
    QMetaObject::invokeMethod(&m_context, [] { compute::useThreads(1); }, Qt::QueuedConnection);
}

ExplorerWorker::~ExplorerWorker()
{
    m_thread.quit();
    m_thread.wait();
    m_engine.reset();
}

void ExplorerWorker::loadCheckpoint(const QString& path)
{
    QMetaObject::invokeMethod(&m_context, [this, path] { doLoad(path); }, Qt::QueuedConnection);
}

void ExplorerWorker::doLoad(const QString& path)
{
    try {
        auto engine = InferenceEngine::load(path.toStdString());
        const int dim = engine->spec().latentDim, size = engine->spec().imageSize;
        const qint64 step = engine->step();
        const bool vae = engine->isVae();
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_modelHash = QString::fromStdString(engine->checksum());
            m_step = step;
            m_engine = std::move(engine);
            m_latentDim = dim;
        }
        Q_EMIT loaded(step, dim, size, vae, path);
    } catch (const std::exception& e) {
        Q_EMIT loadFailed(QString::fromUtf8(e.what()));
    }
}

int ExplorerWorker::latentDim() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_latentDim;
}

bool ExplorerWorker::isReady() const { return latentDim() > 0; }

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

void ExplorerWorker::requestStrip(const std::vector<std::vector<float>>& latents)
{
    bool schedule = false;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_pendingStrip = latents;
        m_hasPendingStrip = true;
        schedule = !std::exchange(m_scheduled, true);
    }
    if (schedule)
        QMetaObject::invokeMethod(&m_context, [this] { decodeNewest(); }, Qt::QueuedConnection);
}

void ExplorerWorker::findDirections(int count)
{
    QMetaObject::invokeMethod(&m_context, [this, count] {
        if (!m_engine)
            return;
        try {
            QList<QList<float>> vectors;
            QList<double> shares;
            for (const LatentDirection& d : m_engine->principalDirections(count)) {
                vectors.append(QList<float>(d.vector.begin(), d.vector.end()));
                shares.append(d.varianceShare);
            }
            Q_EMIT directionsFound(vectors, shares);
        } catch (const std::exception& e) {
            Q_EMIT loadFailed(QString::fromUtf8(e.what()));
        }
    }, Qt::QueuedConnection);
}

void ExplorerWorker::encodeImage(const QString& path)
{
    QMetaObject::invokeMethod(&m_context, [this, path] {
        if (!m_engine)
            return;
        try {
            const InferenceEngine::Encoding encoding = m_engine->encodeImageFile(path.toStdString());
            Q_EMIT encoded(toQImage(encoding.original), QList<float>(encoding.latent.begin(), encoding.latent.end()));
        } catch (const std::exception& e) {
            Q_EMIT loadFailed(QString::fromUtf8(e.what()));
        }
    }, Qt::QueuedConnection);
}

quint64 ExplorerWorker::requestDecode(const std::vector<float>& z)
{
    bool schedule = false;
    quint64 serial = 0;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_pending = z;
        m_hasPending = true;
        serial = ++m_serial;
        schedule = !std::exchange(m_scheduled, true);
    }
    if (schedule)
        QMetaObject::invokeMethod(&m_context, [this] { decodeNewest(); }, Qt::QueuedConnection);
    return serial;
}

void ExplorerWorker::decodeNewest()
{
    for (;;) {
        std::vector<float> z;
        std::vector<std::vector<float>> strip;
        quint64 serial = 0;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if ((!m_hasPending && !m_hasPendingStrip) || !m_engine) {
                m_scheduled = false;
                return;
            }
            // The preview first: it is what the user is looking at.
            if (m_hasPending) {
                z.swap(m_pending);
                m_hasPending = false;
                serial = m_serial;
            } else {
                strip.swap(m_pendingStrip);
                m_hasPendingStrip = false;
            }
        }
        QElapsedTimer timer;
        timer.start();
        try {
            if (!z.empty()) {
                // Decode first, then read the clock (argument order is unspecified).
                const QImage image = toQImage(m_engine->decode({z}).front());
                Q_EMIT decoded(serial, image, timer.nsecsElapsed() / 1e6);
            }
            else {
                Q_EMIT stripDecoded(toQImage(makeImageGrid(m_engine->decode(strip), int(strip.size()), 1)));
            }
        } catch (const std::exception& e) {
            Q_EMIT loadFailed(QString::fromUtf8(e.what()));
        }
    }
}

} // namespace latent
