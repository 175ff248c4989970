// SPDX-License-Identifier: MIT
#include "train/metricslog.h"

#include <QtGlobal>

#include <cstdio>

namespace latent {

std::string MetricsLog::headerFor(const std::vector<std::string>& names)
{
    std::string header = "step,elapsed_s,samples_per_s";
    for (const auto& n : names)
        header += "," + n;
    return header;
}

namespace {
const StepLog::Sentences kSentences = {
    "MetricsLog",
    QT_TRANSLATE_NOOP("MetricsLog", "has other columns than this model logs; move it away to start a new log"),
    //: %1 is the system's reason
    QT_TRANSLATE_NOOP("MetricsLog", "cannot append to the metrics log: %1"),
    //: %1 is the system's reason
    QT_TRANSLATE_NOOP("MetricsLog", "cannot write the metrics log: %1")};
} // namespace

MetricsLog::MetricsLog(const std::string& path, const std::vector<std::string>& names, std::int64_t keepUpToStep)
    : m_log(path, QByteArray::fromStdString(headerFor(names)), keepUpToStep, kSentences)
{
}

QByteArray MetricsLog::rowsUpTo(const QByteArray& csv, std::int64_t maxStep) { return StepLog::rowsUpTo(csv, maxStep); }

void MetricsLog::append(const StepMetrics& m)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%lld,%.3f,%.2f", static_cast<long long>(m.step), m.elapsedSeconds,
                  m.samplesPerSecond);
    QByteArray row(buffer);
    for (double v : m.values) {
        std::snprintf(buffer, sizeof buffer, ",%.7g", v);
        row += buffer;
    }
    m_log.append(row);
}

} // namespace latent
