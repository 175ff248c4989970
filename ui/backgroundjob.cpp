// SPDX-License-Identifier: MIT
#include "backgroundjob.h"

#include "base/compute.h"
#include "latent/inferenceengine.h"

#include <QPromise>
#include <QThread>

#include <memory>

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
    if (m_thread)
        m_thread->wait(); // it is our child: deleted with us, so it must have ended
}

void BackgroundJob::run(std::function<Outcome(const Progress&)> work)
{
    if (isRunning())
        return;
    // A new thread for each job, not a pool's: starting a thread is a
    // hand-over of the work that ThreadSanitizer can check, while a pool
    // thread picking up the next task does so inside uninstrumented Qt.
    auto promise = std::make_shared<QPromise<Outcome>>();
    m_watcher.setFuture(promise->future());
    promise->start();
    QThread* thread = QThread::create([work = std::move(work), promise] {
        compute::useThreads(1);
        try {
            promise->addResult(work([&promise](int done, int total) {
                promise->setProgressRange(0, total);
                promise->setProgressValue(done);
                return !promise->isCanceled();
            }));
        } catch (const std::exception& e) {
            promise->addResult(Outcome{false, QString::fromUtf8(e.what()), {}});
        }
        promise->finish();
    });
    thread->setParent(this);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_thread = thread;
    thread->start();
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
