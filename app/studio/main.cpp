// SPDX-License-Identifier: MIT
// latent-studio: the desktop studio.
//   latent-studio [--project DIR] [--train] [--screenshot FILE --after SECONDS]

#include "base/allocatorpolicy.h"
#include "base/openmpwaitpolicy.h"
#include "appicon.h"
#include "exploresession.h"
#include "explorerworker.h"
#include "mainwindow.h"
#include "recentprojectsmenu.h"
#include "timelinepanel.h"
#include "base/translations.h"

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
    applyAllocatorPolicy();
    QApplication app(argc, argv);
    QApplication::setApplicationName("Latent Studio");
    QApplication::setOrganizationName("LatentStudio");
    QApplication::setApplicationVersion(LATENT_VERSION);
    QApplication::setDesktopFileName("io.github.latentstudio.LatentStudio"); // Wayland: the icon and menu entry
    QApplication::setWindowIcon(latent::appIcon());
    // Before the parser: --help and its errors are in the user's language too.
    latent::installTranslations(app); // the system's language (LANG, LC_ALL, LC_MESSAGES)

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("latent-studio", "Train and explore generative image models."));
    parser.addHelpOption();
    parser.addVersionOption();
    // The option names stay in English; their descriptions and value names (the <dir> of --help) are translated.
    parser.addOptions({
        {"project",
         QCoreApplication::translate("latent-studio",
                                     "Open this project folder (created with the defaults if new or empty)."),
         //: The value of --project in --help: a folder.
         QCoreApplication::translate("latent-studio", "dir")},
        {"train", QCoreApplication::translate("latent-studio", "Start training at once.")},
        {"explore",
         QCoreApplication::translate("latent-studio", "Open on the Explore tab (the same as --view explore).")},
        {"view",
         //: train, explore and interpolate are typed as they are.
         QCoreApplication::translate("latent-studio", "Open on this view: train, explore or interpolate."),
         //: The value of --view in --help: a view's name.
         QCoreApplication::translate("latent-studio", "name")},
        {"keyframes",
         QCoreApplication::translate("latent-studio",
                                     "Start an interpolation through these seeds, as Interpolate > Add seed does "
                                     "(\"1,2,3\")."),
         //: The value of --keyframes in --help: a list of seeds.
         QCoreApplication::translate("latent-studio", "seeds")},
        {"screenshot",
         QCoreApplication::translate("latent-studio",
                                     "Save a picture of the window to this PNG, then stop and quit (for demos and "
                                     "docs)."),
         //: The value of --screenshot in --help: a file name.
         QCoreApplication::translate("latent-studio", "file")},
        {"after", QCoreApplication::translate("latent-studio", "Seconds before --screenshot (default 60)."),
         //: The value of --after in --help: a number of seconds.
         QCoreApplication::translate("latent-studio", "seconds")},
        {"startup-time",
         QCoreApplication::translate("latent-studio",
                                     "Print how long the window took to be usable (shown, painted, taking input), "
                                     "then quit.")},
    });
    parser.process(app);

    MainWindow window;
    window.show();
    QString project = parser.value("project");
    if (project.isEmpty()) {
        const QString recent = RecentProjectsMenu::newest();
        if (!recent.isEmpty() && QDir(recent).exists())
            project = recent;
    }
    if (!project.isEmpty() && window.openOrCreateProject(project) && parser.isSet("train"))
        QTimer::singleShot(0, &window, &MainWindow::train);
    const QStringList views = {"train", "explore", "interpolate"};
    const QString view = parser.isSet("explore") ? QStringLiteral("explore") : parser.value("view");
    if (!view.isEmpty()) {
        if (!views.contains(view)) {
            //: train, explore and interpolate are typed as they are; %1 is what was typed instead.
            const QString error = QCoreApplication::translate(
                "latent-studio", "--view expects train, explore or interpolate, not '%1'").arg(view);
            std::fprintf(stderr, "%s\n", qPrintable(error));
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
                const QString typed = parser.value("keyframes");
                //: %1 is what was typed after --keyframes.
                const QString error = QCoreApplication::translate(
                    "latent-studio", "--keyframes expects seeds separated by commas, not '%1'").arg(typed);
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 2;
            }
        }
        // Seeds become latent vectors once the snapshot is loaded.
        TimelinePanel* timeline = window.timelinePanel();
        QObject::connect(
            window.exploreSession()->worker(), &latent::ExplorerWorker::loaded, timeline,
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
            const QString ms = QString::number(1000.0 * secondsSinceProcessStart(), 'f', 0);
            const QString usable =
                QCoreApplication::translate("latent-studio", "window usable %1 ms after the process started").arg(ms);
            std::printf("%s\n", qPrintable(usable));
            std::fflush(stdout);
            QApplication::quit();
        });
    }
    if (parser.isSet("screenshot")) {
        const QString file = parser.value("screenshot");
        const int seconds = parser.isSet("after") ? parser.value("after").toInt() : 60;
        QTimer::singleShot(seconds * 1000, &window, [&window, file] {
            if (!window.grab().save(file))
                std::fprintf(stderr, "%s\n",
                             qPrintable(QCoreApplication::translate("latent-studio", "could not write %1").arg(file)));
            window.stop();
            // Close once stopped (the window closes itself when the run has ended).
            QTimer::singleShot(0, &window, [&window] {
                if (!window.controller()->isActive())
                    window.close();
                else
                    QObject::connect(window.controller(), &SessionController::ended, &window,
                                     [&window] { window.close(); });
            });
        });
    }
    return app.exec();
}
