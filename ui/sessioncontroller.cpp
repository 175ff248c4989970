// SPDX-License-Identifier: MIT
#include "sessioncontroller.h"

#include "qimageconversion.h"

#include <QMetaObject>

#include <mutex>

namespace latent {

namespace {
constexpr int kFlushIntervalMs = 33; // ~30 deliveries a second at most
}

// Receives the training thread's callbacks and parks them for the GUI thread.
class SessionController::Bridge : public TrainingObserver {
public:
    explicit Bridge(SessionController* owner) : m_owner(owner) {}

    struct Pending {
        std::vector<std::pair<SessionState, QString>> states;
        QVector<StepMetrics> metrics;
        struct Grid {
            qint64 step;
            QImage image;
            QString path;
        };
        std::vector<Grid> grids;
        std::vector<std::pair<qint64, QString>> checkpoints;
        std::vector<EvalResult> evaluations;
        QStringList warnings;
        QStringList writeFailures;
    };

    Pending take()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_posted = false;
        return std::exchange(m_pending, {});
    }

    // Training thread.
    void onStateChanged(SessionState state, const std::string& message) override
    {
        add([&](Pending& p) { p.states.emplace_back(state, QString::fromStdString(message)); });
    }
    void onMetrics(const StepMetrics& metrics) override
    {
        add([&](Pending& p) { p.metrics.push_back(metrics); });
    }
    void onSampleGrid(std::int64_t step, const Image& grid, const std::string& path) override
    {
        QImage image = toQImage(grid); // converted here, off the GUI thread
        add([&](Pending& p) { p.grids.push_back({step, std::move(image), QString::fromStdString(path)}); });
    }
    void onCheckpointSaved(std::int64_t step, const std::string& path) override
    {
        add([&](Pending& p) { p.checkpoints.emplace_back(step, QString::fromStdString(path)); });
    }
    void onEvaluated(const EvalResult& result) override
    {
        add([&](Pending& p) { p.evaluations.push_back(result); });
    }
    void onWarning(const std::string& message) override
    {
        add([&](Pending& p) { p.warnings << QString::fromStdString(message); });
    }
    void onWriteFailed(const std::string& message) override
    {
        add([&](Pending& p) { p.writeFailures << QString::fromStdString(message); });
    }

private:
    template <typename F>
    void add(F&& change)
    {
        bool post = false;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            change(m_pending);
            post = !std::exchange(m_posted, true);
        }
        // One queued wake-up per batch, however fast the trainer reports.
        if (post)
            QMetaObject::invokeMethod(m_owner, [owner = m_owner] {
                if (!owner->m_flushTimer.isActive())
                    owner->m_flushTimer.start();
            }, Qt::QueuedConnection);
    }

    SessionController* m_owner;
    std::mutex m_mutex;
    Pending m_pending;
    bool m_posted = false;
};

SessionController::SessionController(QObject* parent) : QObject(parent), m_bridge(std::make_unique<Bridge>(this))
{
    qRegisterMetaType<latent::SessionState>();
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &SessionController::flush);
}

SessionController::~SessionController()
{
    // The session's destructor stops the run within a step and joins it.
    m_session.reset();
}

bool SessionController::isActive() const { return m_session && !isTerminal(m_state) && m_state != SessionState::Idle; }

bool SessionController::start(const Project& project, const TrainingSession::Options& options)
{
    if (isActive()) {
        Q_EMIT warningRaised(tr("Training is already running."));
        return false;
    }
    m_session.reset(); // the previous run has ended: its thread is gone or about to be
    m_bridge->take();
    m_session = std::make_unique<TrainingSession>(project, m_bridge.get());
    m_state = SessionState::Preparing;
    m_session->start(options);
    return true;
}

void SessionController::pause() { if (m_session) m_session->pause(); }
void SessionController::resume() { if (m_session) m_session->resume(); }
void SessionController::stepOnce() { if (m_session) m_session->stepOnce(); }
void SessionController::stop() { if (m_session) m_session->requestStop(); }
void SessionController::revertToLastCheckpoint() { if (m_session) m_session->revertToLastCheckpoint(); }
void SessionController::setLearningRates(double lrG, double lrD)
{
    if (m_session)
        m_session->setLearningRates(lrG, lrD);
}
void SessionController::setDStepsPerGStep(int steps) { if (m_session) m_session->setDStepsPerGStep(steps); }
void SessionController::setGridClasses(const QStringList& classes)
{
    if (!m_session)
        return;
    std::vector<std::string> names;
    for (const QString& name : classes)
        names.push_back(name.toStdString());
    m_session->setGridClasses(names);
}

void SessionController::flush()
{
    Bridge::Pending batch = m_bridge->take();
    for (const auto& warning : batch.warnings)
        Q_EMIT warningRaised(warning);
    if (!batch.metrics.isEmpty())
        Q_EMIT metricsArrived(batch.metrics);
    for (const auto& grid : batch.grids)
        Q_EMIT sampleGridArrived(grid.step, grid.image, grid.path);
    for (const EvalResult& result : batch.evaluations)
        Q_EMIT evaluated(result);
    for (const auto& [step, path] : batch.checkpoints)
        Q_EMIT checkpointSaved(step, path);
    for (const auto& [state, message] : batch.states) {
        m_state = state;
        Q_EMIT stateChanged(state, message);
        if (isTerminal(state)) {
            // The thread's last act is this report; join it only if it is
            // already gone (wait(0) never blocks). Otherwise the next start or
            // the destructor joins it.
            const QString error = m_session ? QString::fromStdString(m_session->errorMessage()) : QString();
            if (m_session)
                m_session->wait(0);
            Q_EMIT ended(state, error);
        }
    }
    for (const auto& message : batch.writeFailures) // after the Paused state they follow
        Q_EMIT writeFailed(message);
}

} // namespace latent
