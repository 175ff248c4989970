// SPDX-License-Identifier: MIT
#include "opprofile.h"

#include <torch/csrc/autograd/profiler_legacy.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <map>
#include <sstream>
#include <vector>

namespace latent {

namespace {
struct Event {
    std::string name;
    double start = 0, duration = 0; // microseconds
};

struct Totals {
    double self = 0;
    int calls = 0;
};
} // namespace

std::string profileOperators(const std::function<void()>& work, int top)
{
    std::stringstream trace;
    {
        torch::autograd::profiler::RecordProfile profile(trace); // writes a Chrome trace when it ends
        work();
    }
    // Each thread's events nest: an operator's self time is its duration less
    // its direct children's.
    std::map<QString, std::vector<Event>> byThread;
    for (const QJsonValue& value : QJsonDocument::fromJson(QByteArray::fromStdString(trace.str())).array()) {
        const QJsonObject e = value.toObject();
        if (e.value("ph").toString() != "X")
            continue;
        byThread[e.value("tid").toVariant().toString()].push_back(
            {e.value("name").toString().toStdString(), e.value("ts").toDouble(), e.value("dur").toDouble()});
    }
    std::map<std::string, Totals> totals;
    double all = 0;
    for (auto& [thread, events] : byThread) {
        std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
            return a.start != b.start ? a.start < b.start : a.duration > b.duration;
        });
        std::vector<std::pair<const Event*, double>> open; // event, its children's time
        const auto close = [&](const Event* e, double children) {
            Totals& t = totals[e->name];
            t.self += e->duration - children;
            t.calls += 1;
            all += e->duration - children;
        };
        for (const Event& e : events) {
            while (!open.empty() && open.back().first->start + open.back().first->duration <= e.start) {
                close(open.back().first, open.back().second);
                open.pop_back();
            }
            if (!open.empty())
                open.back().second += e.duration;
            open.push_back({&e, 0.0});
        }
        for (; !open.empty(); open.pop_back())
            close(open.back().first, open.back().second);
    }
    std::vector<std::pair<std::string, Totals>> rows(totals.begin(), totals.end());
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second.self > b.second.self; });
    std::string table = "| operator | self ms | calls | share |\n|---|---|---|---|\n";
    char line[256];
    for (int i = 0; i < std::min<int>(top, int(rows.size())); ++i) {
        std::snprintf(line, sizeof line, "| %s | %.1f | %d | %.1f%% |\n", rows[i].first.c_str(),
                      rows[i].second.self / 1000.0, rows[i].second.calls, 100.0 * rows[i].second.self / all);
        table += line;
    }
    std::snprintf(line, sizeof line, "| all operators | %.1f | | 100%% |\n", all / 1000.0);
    return table + line;
}

} // namespace latent
