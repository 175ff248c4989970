// SPDX-License-Identifier: MIT
// latent-gui-bench: how responsive the studio window stays while it trains.
// A 10 ms timer on the GUI thread records how late each tick fires while the
// default DCGAN trains at full speed; then the loss plot's redraw time with a
// million points per series. Reports; never fails on slowness.
//
//   latent-gui-bench [--seconds N]   (offscreen unless a display is set)

#include "base/allocatorpolicy.h"
#include "base/openmpwaitpolicy.h"
#include "explorepanel.h"
#include "exploresession.h"
#include "explorerworker.h"
#include "lossplot.h"
#include "mainwindow.h"
#include "train/trainingsession.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

using namespace latent;

namespace {

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const std::size_t index = std::min(values.size() - 1, std::size_t(std::ceil(p / 100.0 * double(values.size()))) - 1);
    return values[index];
}

// Runs the event loop for `ms` milliseconds, sleeping when there is nothing
// to do (a loop of processEvents() would keep a core busy).
void runEvents(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Drags the Explore tab's sliders the way a user does (a change, then a pause
// of 150 ms) and records, per change, the time until the new image is shown
// (set on the label) and until the panel is painted. With a conditional
// model (the default on the digits) every other change picks another class.
struct ExplorerLatency {
    std::vector<double> shown;
    std::vector<double> painted;
};

ExplorerLatency dragSliders(ExplorePanel& explore, int changes, int variant)
{
    ExplorerLatency result;
    QWidget* picture = explore.findChild<QWidget*>(QStringLiteral("previewImage"));
    QElapsedTimer sinceChange;
    quint64 awaited = 0;
    const auto connection = QObject::connect(&explore, &ExplorePanel::previewChanged, [&] {
        if (awaited && explore.shownSerial() >= awaited) {
            result.shown.push_back(sinceChange.nsecsElapsed() / 1e6);
            picture->repaint(); // what the paint event that setPixmap() asked for does, now
            result.painted.push_back(sinceChange.nsecsElapsed() / 1e6);
            awaited = 0;
        }
    });
    for (int i = 0; i < changes; ++i) {
        sinceChange.start();
        QComboBox* classes = explore.classPicker();
        if (classes->count() > 1 && i % 2 == 1)
            classes->setCurrentIndex((classes->currentIndex() + 1) % classes->count());
        else // what a slider's valueChanged does; `variant` makes every value new
            explore.setDimension(i % 100, ((i + variant) % 7) * 0.5 - 1.5 + 0.01 * variant);
        awaited = explore.requestedSerial();
        runEvents(150); // a user's pause between moves
    }
    QObject::disconnect(connection);
    return result;
}

void printLatency(const char* title, const ExplorerLatency& latency)
{
    std::printf("%s (%zu changes, 150 ms apart):\n", title, latency.shown.size());
    for (const auto& [name, values] : {std::pair<const char*, const std::vector<double>&>{"shown  ", latency.shown},
                                       {"painted", latency.painted}})
        std::printf("  %s p50 %.1f ms   p90 %.1f ms   p95 %.1f ms   p99 %.1f ms\n", name, percentile(values, 50),
                    percentile(values, 90), percentile(values, 95), percentile(values, 99));
}

} // namespace

int main(int argc, char** argv)
{
    applyOpenMpWaitPolicy(argv);
    applyAllocatorPolicy();
    if (!qEnvironmentVariableIsSet("DISPLAY") && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName("LatentStudioBench");
    int seconds = 30;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--seconds") == 0)
            seconds = std::max(5, std::atoi(argv[i + 1]));

    QTemporaryDir tmp;
    MainWindow window;
    window.resize(1440, 900);
    window.show();
    if (!window.openOrCreateProject(tmp.filePath("bench")))
        return 1;

    std::vector<double> lateness_ms;
    int metricBatches = 0;
    QObject::connect(window.controller(), &SessionController::metricsArrived, [&metricBatches] { ++metricBatches; });
    QElapsedTimer clock;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(10);
    qint64 expected_ns = 0;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        lateness_ms.push_back(std::max<qint64>(0, now - expected_ns) / 1e6);
        expected_ns = now + 10'000'000;
    });

    // Measure once training runs; stop after `seconds`.
    QObject::connect(window.controller(), &SessionController::stateChanged, [&](SessionState state) {
        if (state == SessionState::Running && !tick.isActive()) {
            clock.start();
            expected_ns = 10'000'000;
            tick.start();
            QTimer::singleShot(seconds * 1000, &app, [&] {
                tick.stop();
                window.stop();
            });
        }
    });
    QObject::connect(window.controller(), &SessionController::ended, &app, &QApplication::quit);
    QTimer::singleShot(0, &window, &MainWindow::train);
    app.exec();

    std::printf("GUI event-loop lateness while training the default DCGAN (%d s, %zu ticks of 10 ms, %d metric batches):\n",
                seconds, lateness_ms.size(), metricBatches);
    std::printf("  p50 %.2f ms   p90 %.2f ms   p99 %.2f ms   max %.2f ms\n", percentile(lateness_ms, 50),
                percentile(lateness_ms, 90), percentile(lateness_ms, 99), percentile(lateness_ms, 100));

    LossPlot plot;
    plot.resize(900, 500);
    plot.show();
    QVector<StepMetrics> rows;
    rows.reserve(1000000);
    for (qint64 step = 1; step <= 1000000; ++step) {
        StepMetrics m;
        m.step = step;
        m.names = {"loss_d", "loss_g", "d_real", "d_fake"};
        const double v = 1.0 + std::sin(double(step) / 500.0);
        m.values = {v, 2 * v, 0.5 + 0.1 * v, 0.3};
        rows.push_back(std::move(m));
    }
    plot.appendRows(rows);
    std::vector<double> redraw_ms;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer timer;
        timer.start();
        plot.redrawNow();
        redraw_ms.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::printf("Loss plot redraw, 4 series x 1,000,000 points: median %.1f ms (%lld points drawn)\n",
                percentile(redraw_ms, 50), static_cast<long long>(plot.drawnPointCount()));

    // Explorer: slider value changed -> decoded image shown, for the standard
    // 64x64 DCGAN (one training step makes a checkpoint to explore), the way a
    // user drags: a change, then a pause.
    ProjectConfig config = ProjectConfig::defaults();
    config.model.imageSize = 64;
    config.model.channels = 3;
    config.dataset.syntheticCount = 256;
    config.training.steps = 1;
    const Project project = Project::create(tmp.filePath("dcgan64").toStdString(), config);
    {
        TrainingSession session(project, nullptr);
        session.start({});
        session.wait();
    }
    ExploreSession exploration;
    ExplorePanel explore(&exploration);
    explore.resize(900, 600);
    explore.show();
    exploration.setProject(QString::fromStdString(project.dir()));
    for (int waited = 0; explore.preview().isNull() && waited < 30000; waited += 50)
        runEvents(50);
    printLatency("Explorer, 64x64 DCGAN on CPU, slider or class change -> image, nothing else running", dragSliders(explore, 60, 0));

    // The same while the default DCGAN trains in the background (2 threads),
    // and what the explorer's thread costs the training: steps per second in
    // 9 s without dragging, then in the 9 s of the drag.
    ProjectConfig busy = ProjectConfig::defaults();
    busy.training.steps = 1000000;
    const Project trained = Project::create(tmp.filePath("training").toStdString(), busy);
    TrainingSession session(trained, nullptr);
    session.start({});
    while (session.step() < 5)
        runEvents(50);
    const qint64 before = session.step();
    runEvents(9000);
    const qint64 quiet = session.step() - before;
    const ExplorerLatency whileTraining = dragSliders(explore, 60, 3);
    const qint64 dragging = session.step() - before - quiet;
    session.requestStop();
    session.wait();
    printLatency("Explorer while dcgan-28 trains", whileTraining);
    std::printf("Training dcgan-28 meanwhile: %.1f steps/s alone, %.1f steps/s while the explorer decodes (%.0f%%)\n",
                quiet / 9.0, dragging / 9.0, 100.0 * double(dragging) / std::max<double>(1, double(quiet)));
    return 0;
}
