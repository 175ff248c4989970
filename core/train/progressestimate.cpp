// SPDX-License-Identifier: MIT
#include "train/progressestimate.h"

#include "base/usertext.h"

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
    // Minutes and seconds after a larger unit keep two digits: "2h05m".
    const auto twoDigits = [](long value) {
        char text[24];
        std::snprintf(text, sizeof text, "%02ld", value);
        return std::string(text);
    };
    if (s >= 3600)
        //: a duration: %1 hours, %2 minutes (two digits), e.g. "2h05m"
        return translate("ProgressEstimate", "%1h%2m").arg(s / 3600).arg(twoDigits((s / 60) % 60));
    if (s >= 60)
        //: a duration: %1 minutes, %2 seconds (two digits), e.g. "2m37s"
        return translate("ProgressEstimate", "%1m%2s").arg(s / 60).arg(twoDigits(s % 60));
    //: a duration in seconds, e.g. "42s"
    return translate("ProgressEstimate", "%1s").arg(s);
}

} // namespace latent
