// SPDX-License-Identifier: MIT
#pragma once

#include "explorerworker.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <any>
#include <functional>

namespace latent {

class InferenceEngine;

// The studio's one way to run a piece of work off the GUI thread: an export,
// an inspection of a dataset. It runs on a thread of its own with one intra-op
// thread (training and the explorer keep theirs), reports progress, can be
// cancelled, and is cancelled and awaited when destroyed. Work on a model
// opens an engine of its own from the snapshot's source, so the Explore tab
// stays live meanwhile. (The two long-lived workers, the training session and
// the explorer, own a thread each with a queue of requests.)
// Create, command and destroy it on the GUI thread; its signals arrive there.
class BackgroundJob : public QObject {
    Q_OBJECT
public:
    // Frames or files done and in all; returning false means: stop now.
    using Progress = std::function<bool(int done, int total)>;
    // Does the work and returns a line for the user; throws StudioError.
    // Runs on the pool thread: it must not touch widgets or the caller's
    // members, only what it captured by value.
    using Work = std::function<QString(const Progress& progress)>;
    using EngineWork = std::function<QString(InferenceEngine& engine, const Progress& progress)>;
    // Work whose answer is a value (a dataset's preview) rather than a line.
    using ValueWork = std::function<std::any(const Progress& progress)>;

    explicit BackgroundJob(QObject* parent = nullptr);
    ~BackgroundJob() override;

    bool isRunning() const { return m_watcher.isRunning(); }
    // Both are ignored while a job runs.
    void start(Work work);
    // Opens `source` on the pool thread, then runs `work` on it.
    void start(const ExplorerWorker::Source& source, EngineWork work);
    void startForValue(ValueWork work);
    void cancel();
    // The value of the ValueWork that finished last (empty before, or after
    // a failure); read it in a slot of finished().
    std::any value() const;

Q_SIGNALS:
    void progress(int done, int total);
    // `message` is the work's line, the error, or "Cancelled.".
    void finished(bool ok, const QString& message);

private:
    struct Outcome {
        bool ok = false;
        QString message;
        std::any value;
    };
    // Runs `work` on a new thread; the outcome travels in the future's
    // result store, the hand-over Qt synchronises.
    void run(std::function<Outcome(const Progress&)> work);
    QFutureWatcher<Outcome> m_watcher;
    QPointer<QThread> m_thread; // the running job's; deletes itself when done
};

} // namespace latent
