// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QObject>
#include <QString>
#include <QStringList>

#include <array>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace latent {

class InferenceEngine;

// Decodes latent vectors for the Explore and Interpolate tabs on a thread of
// its own, with its own copy of the generator (a snapshot: a checkpoint,
// taken at a step boundary, or an imported TorchScript generator). Only the
// newest request of each kind is decoded: a slider dragged across fifty
// values costs a few decodes, never a queue of stale work.
// Create, command and destroy it from the GUI thread; signals are emitted on
// its own thread, so connect to them queued (the default across threads).
// Requests travel on a std::mutex and std::condition_variable, not on Qt's
// event loop: the hand-over is then one ThreadSanitizer can check (Debian's
// Qt synchronises its event queue with atomics TSan cannot see).
class ExplorerWorker : public QObject {
    Q_OBJECT
public:
    ExplorerWorker();
    ~ExplorerWorker() override; // finishes the current decode, then stops the thread

    // Loads a checkpoint in the background; loaded() or loadFailed() follows.
    // A load still waiting when another is asked for is skipped.
    void loadCheckpoint(const QString& path);
    // Loads a TorchScript generator made elsewhere (the caller has asked the
    // user: it is a program); `latentDim` 0 finds the size (see
    // InferenceEngine::loadTorchScript). loaded() or loadFailed() follows.
    void loadTorchScript(const QString& path, int latentDim = 0);
    // What the snapshot was loaded from, so that long jobs (exports) can open
    // an engine of their own on another thread; empty path before a load.
    struct Source {
        QString path;
        bool imported = false;
        int latentDim = 0;
    };
    Source source() const;
    // Opens `source` again (slow: call it off the GUI thread). Throws StudioError.
    static std::unique_ptr<InferenceEngine> open(const Source& source);

    // Asks for `z` to be decoded for the preview; replaces any preview request
    // not yet started. Returns the request's serial number, echoed by decoded().
    // `classWeights`: a conditional snapshot's class (classWeights() below,
    // or a blend); empty for an unconditional one.
    quint64 requestDecode(const std::vector<float>& z, const std::vector<float>& classWeights = {});
    // The same for the interpolation preview; frameDecoded() follows.
    quint64 requestFrame(const std::vector<float>& z, const std::vector<float>& classWeights = {});
    // Several vectors decoded into one strip, all of one class (newest
    // request only); stripDecoded() follows.
    void requestStrip(const std::vector<std::vector<float>>& latents, const std::vector<float>& classWeights = {});

    // The snapshot's classes (empty: unconditional, or nothing loaded).
    QStringList classNames() const;
    // One-hot weights for class `index` of the snapshot; empty when it has
    // no classes or no such class.
    std::vector<float> classWeights(int index) const;

    // The latent vector `latent-cli sample --seed` draws first for `seed`
    // (cheap: a few random numbers); empty before a snapshot is loaded.
    std::vector<float> latentForSeed(quint64 seed) const;
    int latentDim() const;
    bool isReady() const;
    bool isImported() const;
    // SHA-256 of the snapshot's weights (of the file, imported) and its step.
    QString modelHash() const;
    qint64 snapshotStep() const;
    // Directions of the snapshot, found in the background (latent/directionfinder.h;
    // a VAE's come from its project's dataset, `projectDir`). directionsFound()
    // or directionsFailed() follows.
    void findDirections(int count, const QString& projectDir);
    // A VAE's encoding of an image file, in the background; encoded() or
    // encodeFailed() follows.
    void encodeImage(const QString& path, const std::vector<float>& classWeights = {});

Q_SIGNALS:
    void loaded(qint64 step, int latentDim, int imageSize, bool isVae, const QString& source);
    // A checkpoint or generator did not load; the snapshot before it stays.
    void loadFailed(const QString& message);
    void encoded(const QImage& original, const QList<float>& latent);
    void encodeFailed(const QString& message);
    void directionsFailed(const QString& message);
    // A decode of any kind failed (the preview, a frame or a strip).
    void decodeFailed(const QString& message);
    void decoded(quint64 serial, const QImage& image, double milliseconds);
    void frameDecoded(quint64 serial, const QImage& image);
    void stripDecoded(const QImage& strip);
    void directionsFound(const QList<QList<float>>& directions, const QList<double>& variance);

private:
    // The kinds of decode request, most urgent first.
    enum Channel { Preview, Frame, Strip, ChannelCount };
    struct Request {
        std::vector<std::vector<float>> latents;
        std::vector<float> classWeights; // for every latent; empty: unconditional
        quint64 serial = 0;
        bool pending = false;
    };
    quint64 enqueue(Channel channel, std::vector<std::vector<float>> latents, std::vector<float> classWeights);
    void post(std::function<void()> job);
    void queueLoad(const QString& source, std::function<std::unique_ptr<InferenceEngine>()> open);
    void install(std::unique_ptr<InferenceEngine> engine, const QString& source);
    void run();
    void decode(Channel channel, const Request& request);

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::unique_ptr<InferenceEngine> m_engine; // replaced and used only on m_thread
    int m_latentDim = 0;
    QStringList m_classNames;
    bool m_imported = false;
    QString m_source; // the checkpoint or TorchScript file
    QString m_modelHash;
    qint64 m_step = -1;
    // Loads, encodings and directions, in the order asked for; they run
    // before the decode requests, which wait for an engine.
    std::deque<std::function<void()>> m_jobs;
    std::array<Request, ChannelCount> m_requests;
    quint64 m_serial = 0;
    quint64 m_loadSerial = 0; // the newest load asked for
    bool m_stopping = false;
    std::thread m_thread; // last: it starts once everything above exists
};

} // namespace latent
