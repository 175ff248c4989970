// SPDX-License-Identifier: MIT
#pragma once

#include "explorerworker.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>

namespace latent {

class InferenceEngine;

// A long job on a snapshot (an export of frames or samples) on a pool thread,
// with an engine of its own so the Explore tab stays live meanwhile. Reports
// progress, can be cancelled, and is cancelled and awaited when destroyed.
class BackgroundJob : public QObject {
    Q_OBJECT
public:
    // Frames or files done and in all; returning false means: stop now.
    using Progress = std::function<bool(int done, int total)>;
    // Does the work and returns a line for the user; throws StudioError.
    using Work = std::function<QString(InferenceEngine& engine, const Progress& progress)>;

    explicit BackgroundJob(QObject* parent = nullptr);
    ~BackgroundJob() override;

    bool isRunning() const { return m_watcher.isRunning(); }
    // Ignored while a job runs.
    void start(const ExplorerWorker::Source& source, Work work);
    void cancel();

Q_SIGNALS:
    void progress(int done, int total);
    void finished(bool ok, const QString& message);

private:
    struct Outcome {
        bool ok = false;
        QString message;
    };
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace latent
