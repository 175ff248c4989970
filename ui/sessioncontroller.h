// SPDX-License-Identifier: MIT
#pragma once

#include "project/project.h"
#include "train/stepmetrics.h"
#include "train/trainingobserver.h"
#include "train/trainingsession.h"

#include <QImage>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QVector>

#include <memory>

namespace latent {

// The studio's handle on a TrainingSession. Lives on the GUI thread; every
// method returns at once (commands only set flags in the session). What the
// training thread reports is gathered under a lock and handed to the GUI
// thread in batches, at most ~30 times a second, as the signals below.
class SessionController : public QObject {
    Q_OBJECT
public:
    explicit SessionController(QObject* parent = nullptr);
    ~SessionController() override;

    // Starts training `project`; false (with failed() emitted) if one runs.
    bool start(const Project& project, const TrainingSession::Options& options);
    bool isActive() const; // started and not yet ended
    SessionState state() const { return m_state; }

public Q_SLOTS:
    void pause();
    void resume();
    void stepOnce();
    void stop();
    void revertToLastCheckpoint();
    void setLearningRates(double lrG, double lrD);
    void setDStepsPerGStep(int steps);
    void setGridClasses(const QStringList& classes);

Q_SIGNALS:
    void stateChanged(latent::SessionState state, const QString& message);
    void metricsArrived(const QVector<latent::StepMetrics>& rows);
    // `path`: the PNG the grid was also written to.
    void sampleGridArrived(qint64 step, const QImage& grid, const QString& path);
    void checkpointSaved(qint64 step, const QString& path);
    // The generator was scored (a row of evaluation.csv).
    void evaluated(const latent::EvalResult& result);
    void warningRaised(const QString& message);
    // A periodic write failed (a full disk) and training paused itself, after
    // stateChanged(Paused, message); resuming tries again.
    void writeFailed(const QString& message);
    // The session ended (finished, stopped or failed) and its thread is gone.
    void ended(latent::SessionState state, const QString& error);

private:
    class Bridge;
    void flush();

    std::unique_ptr<Bridge> m_bridge;
    std::unique_ptr<TrainingSession> m_session;
    QTimer m_flushTimer;
    SessionState m_state = SessionState::Idle;
};

} // namespace latent

Q_DECLARE_METATYPE(latent::SessionState)
