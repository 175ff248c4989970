// SPDX-License-Identifier: MIT
#pragma once

#include "project/project.h"

#include <QObject>

#include <optional>

class QMenu;
class QProgressDialog;
class QWidget;

namespace latent {

class BackgroundJob;
class ExploreSession;
class LossPlot;

// The File menu's exports of the open project: the loss plot, the generator
// as TorchScript (in the background, with progress and Cancel), samples (a
// dialog of their own) and the metrics. Each asks for its target, never
// replaces a file unasked, and says how it went through statusChanged() or
// failed(). GUI thread only.
class ProjectExports : public QObject {
    Q_OBJECT
public:
    // `project` is the window's open project (it may be empty), read when an
    // export starts; `window` parents the dialogs.
    ProjectExports(const std::optional<Project>* project, LossPlot* plot, ExploreSession* explore, QWidget* window);
    ~ProjectExports() override;

    // The File menu's Export entries.
    void addActionsTo(QMenu* menu);

    void exportLossPlot();
    // Asks for the checkpoint when the best by the scores is not the newest,
    // then for the file.
    void exportGenerator();
    // Writes the generator of the checkpoint of `step` (-1: the newest) as
    // TorchScript to `path`, in the background.
    void exportGeneratorTo(const QString& path, std::int64_t step = -1);
    bool isExportingGenerator() const;
    void exportSamples();
    void exportMetrics();

Q_SIGNALS:
    void statusChanged(const QString& message);
    void failed(const QString& title, const QString& message);

private:
    const std::optional<Project>* m_project;
    LossPlot* m_plot;
    ExploreSession* m_explore;
    QWidget* m_window;
    BackgroundJob* m_generatorJob;
    QProgressDialog* m_generatorProgress = nullptr;
    bool m_cancelled = false;
};

} // namespace latent
