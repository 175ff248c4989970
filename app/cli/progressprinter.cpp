// SPDX-License-Identifier: MIT
#include "progressprinter.h"

#include "base/usertext.h"

#include <cstdio>
#include <unistd.h>

namespace latent {
ProgressPrinter::ProgressPrinter() : m_terminal(isatty(fileno(stderr)) != 0) {}

void ProgressPrinter::endLine()
{
    if (m_midLine)
        std::fputc('\n', stderr);
    m_midLine = false;
}

void ProgressPrinter::printLine(const std::string& text)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    endLine();
    std::fprintf(stderr, "%s\n", text.c_str());
    std::fflush(stderr);
}

void ProgressPrinter::onStateChanged(SessionState state, const std::string& message)
{
    if (state == SessionState::Diverged) {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_pauseReason = message;
        }
        m_pausedItself = true;
    }
    if (!message.empty() && state != SessionState::Failed) // failures are printed once, by main
        printLine(message);
}

void ProgressPrinter::onMetrics(const StepMetrics& m)
{
    const double fraction = m.totalSteps > 0 ? double(m.step) / double(m.totalSteps) : 0.0;
    m_estimate.update(m);
    const double left = m_estimate.secondsLeft();
    std::string losses;
    char value[64];
    for (std::size_t i = 0; i < m.names.size() && i < m.values.size(); ++i) {
        std::snprintf(value, sizeof value, "  %s %.4g", m.names[i].c_str(), m.values[i]);
        losses += value;
    }
    if (m.augmentStrength) {
        std::snprintf(value, sizeof value, "  augment %.2f", *m.augmentStrength);
        losses += value;
    }
    char percent[16];
    std::snprintf(percent, sizeof percent, "%3.0f", fraction * 100.0);
    char rate[32];
    std::snprintf(rate, sizeof rate, "%.0f", m.samplesPerSecond);
    //: %1 the step, %2 the steps in all, %3 the percentage done (padded to 3 characters), %4 images per second,
    //: %5 the time so far, %6 the time left
    const std::string head = translate("ProgressPrinter", "step %1/%2 %3%  %4 img/s  elapsed %5  left %6")
                                 .arg(m.step)
                                 .arg(m.totalSteps)
                                 .arg(percent)
                                 .arg(rate)
                                 .arg(ProgressEstimate::formatDuration(m.elapsedSeconds))
                                 .arg(ProgressEstimate::formatDuration(left));

    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_terminal) {
        constexpr int kBar = 24;
        const int filled = int(fraction * kBar + 0.5);
        const std::string bar = std::string(std::size_t(filled), '#') + std::string(std::size_t(kBar - filled), '.');
        std::fprintf(stderr, "\r\033[K[%s] %s%s", bar.c_str(), head.c_str(), losses.c_str());
        m_midLine = true;
    } else {
        std::fprintf(stderr, "%s%s\n", head.c_str(), losses.c_str());
    }
    std::fflush(stderr);
}

void ProgressPrinter::onSampleGrid(std::int64_t /*step*/, const Image& /*grid*/, const std::string& path)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_lastSample = path;
}

void ProgressPrinter::onCheckpointSaved(std::int64_t step, const std::string& path)
{
    if (!m_terminal)
        printLine(translate("ProgressPrinter", "checkpoint at step %1: %2").arg(step).arg(path));
}

void ProgressPrinter::onEvaluated(const EvalResult& r)
{
    //: %1 the step, then FD and its error, KID and its error, precision, coverage
    printLine(translate("ProgressPrinter", "scores at step %1: FD %2 ± %3  KID %4 ± %5  precision %6  coverage %7")
                  .arg(r.step)
                  .arg(r.fd, 4)
                  .arg(r.fdError, 2)
                  .arg(r.kid, 3)
                  .arg(r.kidError, 2)
                  .arg(r.precision, 2)
                  .arg(r.coverage, 2));
}

void ProgressPrinter::onWarning(const std::string& message)
{
    printLine(translate("ProgressPrinter", "warning: %1").arg(message));
}

void ProgressPrinter::onWriteFailed(const std::string& message)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_pauseReason = message;
    }
    ++m_writeFailures;
}

std::string ProgressPrinter::pauseReason() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_pauseReason;
}

std::string ProgressPrinter::lastSamplePath() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_lastSample;
}

} // namespace latent
