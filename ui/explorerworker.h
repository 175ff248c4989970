// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QObject>
#include <QString>
#include <QThread>

#include <memory>
#include <mutex>
#include <vector>

namespace latent {

class InferenceEngine;

// Decodes latent vectors for the Explore tab on a thread of its own, with its
// own copy of the generator (a snapshot: a checkpoint, taken at a step
// boundary). Only the newest request is decoded: a slider dragged across
// fifty values costs a few decodes, never a queue of stale work.
// Create, command and destroy it from the GUI thread; results arrive queued.
class ExplorerWorker : public QObject {
    Q_OBJECT
public:
    ExplorerWorker();
    ~ExplorerWorker() override; // finishes the current decode, then stops the thread

    // Loads a checkpoint in the background; loaded() or loadFailed() follows.
    void loadCheckpoint(const QString& path);
    // Asks for `z` to be decoded; replaces any request not yet started.
    // Returns the request's serial number, echoed by decoded().
    quint64 requestDecode(const std::vector<float>& z);
    // The latent vector `latent-cli sample --seed` draws first for `seed`
    // (cheap: a few random numbers); empty before a snapshot is loaded.
    std::vector<float> latentForSeed(quint64 seed) const;
    int latentDim() const;
    bool isReady() const;
    // SHA-256 of the snapshot's weights and its step (for saved images).
    QString modelHash() const;
    qint64 snapshotStep() const;
    // Several vectors decoded into one strip (newest request only);
    // stripDecoded() follows.
    void requestStrip(const std::vector<std::vector<float>>& latents);
    // GANSpace directions of the snapshot, found in the background;
    // directionsFound() follows.
    void findDirections(int count);
    // A VAE's encoding of an image file, in the background; encoded() or
    // loadFailed() follows.
    void encodeImage(const QString& path);

Q_SIGNALS:
    void loaded(qint64 step, int latentDim, int imageSize, bool isVae, const QString& checkpoint);
    void encoded(const QImage& original, const QList<float>& latent);
    void loadFailed(const QString& message);
    void decoded(quint64 serial, const QImage& image, double milliseconds);
    void stripDecoded(const QImage& strip);
    void directionsFound(const QList<QList<float>>& directions, const QList<double>& variance);

private:
    void doLoad(const QString& path);
    void decodeNewest();

    QThread m_thread;
    QObject m_context; // lives on m_thread; queued work runs in its affinity
    mutable std::mutex m_mutex;
    std::unique_ptr<InferenceEngine> m_engine; // touched only on m_thread (after load)
    int m_latentDim = 0;
    QString m_modelHash;
    qint64 m_step = -1;
    std::vector<float> m_pending;
    bool m_hasPending = false;
    std::vector<std::vector<float>> m_pendingStrip;
    bool m_hasPendingStrip = false;
    bool m_scheduled = false;
    quint64 m_serial = 0;
};

} // namespace latent
