// SPDX-License-Identifier: MIT
#include "backgroundjob.h"

#include "base/compute.h"
#include "latent/inferenceengine.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace latent {

BackgroundJob::BackgroundJob(QObject* parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::progressValueChanged, this,
            [this](int value) { Q_EMIT progress(value, m_watcher.progressMaximum()); });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0) {
            Q_EMIT finished(false, tr("Cancelled."));
            return;
        }
        const Outcome outcome = m_watcher.result();
        Q_EMIT finished(outcome.ok, outcome.message);
    });
}

BackgroundJob::~BackgroundJob()
{
    // The job reads nothing of ours, but the process may be closing.
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void BackgroundJob::start(const ExplorerWorker::Source& source, Work work)
{
    if (isRunning())
        return;
    m_watcher.setFuture(QtConcurrent::run([source, work](QPromise<Outcome>& promise) {
        // One intra-op thread: training and the explorer keep theirs.
        compute::useThreads(1);
        try {
            const std::unique_ptr<InferenceEngine> engine = ExplorerWorker::open(source);
            const QString message = work(*engine, [&promise](int done, int total) {
                promise.setProgressRange(0, total);
                promise.setProgressValue(done);
                return !promise.isCanceled();
            });
            promise.addResult(Outcome{true, message});
        } catch (const std::exception& e) {
            promise.addResult(Outcome{false, QString::fromUtf8(e.what())});
        }
    }));
}

void BackgroundJob::cancel() { m_watcher.cancel(); }

} // namespace latent
