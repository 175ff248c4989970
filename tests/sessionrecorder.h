// SPDX-License-Identifier: MIT
// What a TrainingSession reports, kept for the test to read (from any thread),
// and the ways the suites run a session: to its end, or started paused.
#pragma once

#include "eval/evalresult.h"
#include "project/project.h"
#include "train/trainingobserver.h"
#include "train/trainingsession.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace latent::testsupport {

class SessionRecorder : public TrainingObserver {
public:
    void onStateChanged(SessionState state, const std::string& message) override
    {
        std::lock_guard<std::mutex> lock(mutex);
        states.push_back(state);
        messages.push_back(message);
    }
    void onMetrics(const StepMetrics& m) override
    {
        std::lock_guard<std::mutex> lock(mutex);
        rows[m.step] = m.values;
        if (m.augmentStrength)
            strengths[m.step] = *m.augmentStrength;
    }
    void onEvaluated(const EvalResult& r) override
    {
        std::lock_guard<std::mutex> lock(mutex);
        evaluated.push_back(r);
    }
    void onWarning(const std::string& message) override
    {
        std::lock_guard<std::mutex> lock(mutex);
        warnings.push_back(message);
    }
    void onCheckpointSaved(std::int64_t step, const std::string&) override
    {
        std::lock_guard<std::mutex> lock(mutex);
        checkpoints.push_back(step);
    }
    void onSampleGrid(std::int64_t step, const Image& grid, const std::string&) override
    {
        std::lock_guard<std::mutex> lock(mutex);
        grids.push_back(step);
        lastGridHeight = grid.height;
    }
    void onWriteFailed(const std::string& message) override
    {
        std::lock_guard<std::mutex> lock(mutex);
        writeFailures.push_back(message);
    }
    template <typename List>
    std::size_t count(const List& list)
    {
        std::lock_guard<std::mutex> lock(mutex);
        return list.size();
    }
    bool saw(SessionState s)
    {
        std::lock_guard<std::mutex> lock(mutex);
        return std::find(states.begin(), states.end(), s) != states.end();
    }
    std::string lastMessage()
    {
        std::lock_guard<std::mutex> lock(mutex);
        return messages.empty() ? std::string() : messages.back();
    }

    std::mutex mutex;
    std::vector<SessionState> states;
    std::vector<std::string> messages;
    std::map<std::int64_t, std::vector<double>> rows; // each step's losses
    std::map<std::int64_t, double> strengths;         // adaptive augmentation's, where on
    std::vector<EvalResult> evaluated;
    std::vector<std::int64_t> checkpoints;
    std::vector<std::string> warnings;
    std::vector<std::int64_t> grids;
    int lastGridHeight = 0;
    std::vector<std::string> writeFailures;
};

// Trains `project` to the end with `options`, recording into `recorder`.
inline void runToEnd(const Project& project, const TrainingSession::Options& options, SessionRecorder& recorder,
                     int timeoutMs = 120000)
{
    TrainingSession session(project, &recorder);
    session.start(options);
    QVERIFY(session.wait(timeoutMs));
    QCOMPARE(int(session.state()), int(SessionState::Finished));
}

inline bool waitFor(const std::function<bool()>& condition, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QThread::msleep(5);
    }
    return true;
}

// Starts `session` paused (with `options`) and waits until it is.
inline bool startPaused(TrainingSession& session, TrainingSession::Options options = {})
{
    options.startPaused = true;
    session.start(options);
    return waitFor([&] { return session.state() == SessionState::Paused; });
}

} // namespace latent::testsupport
