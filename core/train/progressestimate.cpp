// SPDX-License-Identifier: MIT
#include "train/progressestimate.h"

#include <cstdio>

namespace latent {

void ProgressEstimate::update(const StepMetrics& row)
{
    if (m_step >= 0 && row.step > m_step) {
        const double pace = (row.elapsedSeconds - m_elapsed) / double(row.step - m_step);
        m_secondsPerStep = m_secondsPerStep > 0 ? 0.7 * m_secondsPerStep + 0.3 * pace : pace;
    } else if (m_secondsPerStep <= 0 && row.step > 0) {
        m_secondsPerStep = row.elapsedSeconds / double(row.step);
    }
    m_step = row.step;
    m_total = row.totalSteps;
    m_elapsed = row.elapsedSeconds;
}

double ProgressEstimate::secondsLeft() const
{
    return m_step < 0 ? -1.0 : m_secondsPerStep * double(m_total - m_step);
}

std::string ProgressEstimate::formatDuration(double seconds)
{
    if (!(seconds >= 0) || seconds > 1e7)
        return "--";
    const long s = long(seconds + 0.5);
    char text[32];
    if (s >= 3600)
        std::snprintf(text, sizeof text, "%ldh%02ldm", s / 3600, (s / 60) % 60);
    else if (s >= 60)
        std::snprintf(text, sizeof text, "%ldm%02lds", s / 60, s % 60);
    else
        std::snprintf(text, sizeof text, "%lds", s);
    return text;
}

} // namespace latent
