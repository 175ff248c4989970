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

void BackgroundJob::run(std::function<Outcome(const Progress&)> work)
{
    if (isRunning())
        return;
    m_watcher.setFuture(QtConcurrent::run([work](QPromise<Outcome>& promise) {
        compute::useThreads(1);
        try {
            promise.addResult(work([&promise](int done, int total) {
                promise.setProgressRange(0, total);
                promise.setProgressValue(done);
                return !promise.isCanceled();
            }));
        } catch (const std::exception& e) {
            promise.addResult(Outcome{false, QString::fromUtf8(e.what()), {}});
        }
    }));
}

void BackgroundJob::start(Work work)
{
    run([work](const Progress& progress) { return Outcome{true, work(progress), {}}; });
}

void BackgroundJob::start(const ExplorerWorker::Source& source, EngineWork work)
{
    run([source, work](const Progress& progress) {
        const std::unique_ptr<InferenceEngine> engine = ExplorerWorker::open(source);
        return Outcome{true, work(*engine, progress), {}};
    });
}

void BackgroundJob::startForValue(ValueWork work)
{
    run([work](const Progress& progress) { return Outcome{true, {}, work(progress)}; });
}

std::any BackgroundJob::value() const
{
    const QFuture<Outcome> future = m_watcher.future();
    return future.isValid() && future.resultCount() > 0 && !future.isCanceled() ? future.result().value : std::any();
}

void BackgroundJob::cancel() { m_watcher.cancel(); }

} // namespace latent
