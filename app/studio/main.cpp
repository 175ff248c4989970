// SPDX-License-Identifier: MIT
// latent-studio: the desktop studio.
//   latent-studio [--project DIR] [--train] [--screenshot FILE --after SECONDS]

#include "base/openmpwaitpolicy.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSettings>
#include <QTimer>

#include <cstdio>

using namespace latent;

int main(int argc, char** argv)
{
    applyOpenMpWaitPolicy(argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName("Latent Studio");
    QApplication::setOrganizationName("LatentStudio");
    QApplication::setApplicationVersion(LATENT_VERSION);

    QCommandLineParser parser;
    parser.setApplicationDescription("Train and explore generative image models.");
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {"project", "Open this project folder (created with the defaults if new or empty).", "dir"},
        {"train", "Start training at once."},
        {"explore", "Open on the Explore tab."},
        {"screenshot", "Save a picture of the window to this PNG, then stop and quit (for demos and docs).", "file"},
        {"after", "Seconds before --screenshot (default 60).", "seconds"},
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
    if (parser.isSet("explore"))
        window.showView(1);

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
