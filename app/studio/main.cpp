// SPDX-License-Identifier: MIT
// latent-studio: the desktop studio.
//   latent-studio [--project DIR] [--train] [--screenshot FILE --after SECONDS]

#include "base/openmpwaitpolicy.h"
#include "appicon.h"
#include "explorepanel.h"
#include "explorerworker.h"
#include "mainwindow.h"
#include "timelinepanel.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <fstream>
#include <string>
#include <unistd.h>

using namespace latent;

namespace {

// Seconds since this process started (exec, before any library loaded), from
// /proc: the start time in clock ticks since boot against the uptime.
double secondsSinceProcessStart()
{
    std::ifstream statFile("/proc/self/stat");
    std::string stat((std::istreambuf_iterator<char>(statFile)), std::istreambuf_iterator<char>());
    // Field 22 (starttime) counts from the one after the command's closing ')'.
    std::size_t at = stat.rfind(')');
    for (int field = 2; field < 22 && at != std::string::npos; ++field)
        at = stat.find(' ', at + 1);
    const double started = std::stod(stat.substr(at + 1)) / double(sysconf(_SC_CLK_TCK));
    double uptime = 0.0;
    std::ifstream("/proc/uptime") >> uptime;
    return uptime - started;
}

} // namespace

int main(int argc, char** argv)
{
    applyOpenMpWaitPolicy(argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName("Latent Studio");
    QApplication::setOrganizationName("LatentStudio");
    QApplication::setApplicationVersion(LATENT_VERSION);
    QApplication::setDesktopFileName("io.github.latentstudio.LatentStudio"); // Wayland: the icon and menu entry
    QApplication::setWindowIcon(latent::appIcon());
    latent::installTranslations(app); // the system's language (LANG, LC_ALL, LC_MESSAGES)

    QCommandLineParser parser;
    parser.setApplicationDescription("Train and explore generative image models.");
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {"project", "Open this project folder (created with the defaults if new or empty).", "dir"},
        {"train", "Start training at once."},
        {"explore", "Open on the Explore tab (the same as --view explore)."},
        {"view", "Open on this view: train, explore or interpolate.", "name"},
        {"keyframes", "Start an interpolation through these seeds, as Interpolate > Add seed does (\"1,2,3\").", "seeds"},
        {"screenshot", "Save a picture of the window to this PNG, then stop and quit (for demos and docs).", "file"},
        {"after", "Seconds before --screenshot (default 60).", "seconds"},
        {"startup-time", "Print how long the window took to be usable (shown, painted, taking input), then quit."},
    });
    parser.process(app);

    MainWindow window;
    window.show();
    QString project = parser.value("project");
    if (project.isEmpty()) {
        const QStringList recent = QSettings().value("recentProjects").toStringList();
        if (!recent.isEmpty() && QDir(recent.first()).exists())
            project = recent.first();
    }
    if (!project.isEmpty() && window.openOrCreateProject(project) && parser.isSet("train"))
        QTimer::singleShot(0, &window, &MainWindow::train);
    const QStringList views = {"train", "explore", "interpolate"};
    const QString view = parser.isSet("explore") ? QStringLiteral("explore") : parser.value("view");
    if (!view.isEmpty()) {
        if (!views.contains(view)) {
            std::fprintf(stderr, "--view expects train, explore or interpolate, not '%s'\n", qPrintable(view));
            return 2;
        }
        window.showView(int(views.indexOf(view)));
    }
    if (parser.isSet("keyframes")) {
        std::vector<quint64> seeds;
        for (const QString& part : parser.value("keyframes").split(',', Qt::SkipEmptyParts)) {
            bool ok = false;
            seeds.push_back(part.trimmed().toULongLong(&ok));
            if (!ok) {
                std::fprintf(stderr, "--keyframes expects seeds separated by commas, not '%s'\n",
                             qPrintable(parser.value("keyframes")));
                return 2;
            }
        }
        // Seeds become latent vectors once the snapshot is loaded.
        TimelinePanel* timeline = window.timelinePanel();
        QObject::connect(
            window.explorePanel()->worker(), &latent::ExplorerWorker::loaded, timeline,
            [timeline, seeds] {
                for (quint64 seed : seeds)
                    timeline->addSeedKey(seed);
                timeline->scrubTo(timeline->frameCount() / 3);
            },
            Qt::SingleShotConnection);
    }

    if (parser.isSet("startup-time")) {
        QTimer::singleShot(0, &window, [&window] {
            window.repaint(); // painted, not just mapped
            std::printf("window usable %.0f ms after the process started\n", 1000.0 * secondsSinceProcessStart());
            std::fflush(stdout);
            QApplication::quit();
        });
    }
    if (parser.isSet("screenshot")) {
        const QString file = parser.value("screenshot");
        const int seconds = parser.isSet("after") ? parser.value("after").toInt() : 60;
        QTimer::singleShot(seconds * 1000, &window, [&window, file] {
            if (!window.grab().save(file))
                std::fprintf(stderr, "could not write %s\n", qPrintable(file));
            window.stop();
            // Close once stopped (the window closes itself when the run has ended).
            QTimer::singleShot(0, &window, [&window] {
                if (!window.controller()->isActive())
                    window.close();
                else
                    QObject::connect(window.controller(), &SessionController::ended, &window, [&window] { window.close(); });
            });
        });
    }
    return app.exec();
}
