// SPDX-License-Identifier: MIT
#include "projectexports.h"

#include "backgroundjob.h"
#include "base/studioerror.h"
#include "eval/checkpointchoice.h"
#include "exploresession.h"
#include "explorerworker.h"
#include "io/atomicfile.h"
#include "latent/inferenceengine.h"
#include "lossplot.h"
#include "sampleexportdialog.h"
#include "train/checkpointstore.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QProgressDialog>

namespace latent {

ProjectExports::ProjectExports(const std::optional<Project>* project, LossPlot* plot, ExploreSession* explore,
                               QWidget* window)
    : QObject(window),
      m_project(project),
      m_plot(plot),
      m_explore(explore),
      m_window(window),
      m_generatorJob(new BackgroundJob(this))
{
    connect(m_generatorJob, &BackgroundJob::finished, this, [this](bool ok, const QString& message) {
        if (m_generatorProgress)
            m_generatorProgress->deleteLater();
        m_generatorProgress = nullptr;
        if (ok || m_cancelled)
            Q_EMIT statusChanged(message);
        else
            Q_EMIT failed(tr("Export failed"), message);
    });
}

ProjectExports::~ProjectExports() = default;

void ProjectExports::addActionsTo(QMenu* menu)
{
    menu->addAction(tr("&Export Loss Plot…"), this, &ProjectExports::exportLossPlot)
        ->setObjectName("actionExportPlot");
    QAction* generator = menu->addAction(tr("Export &Generator (TorchScript)…"), this, &ProjectExports::exportGenerator);
    generator->setObjectName("actionExportGenerator");
    generator->setToolTip(tr("The newest or the best checkpoint's generator for Python: torch.jit.load(file)(z)"));
    QAction* samples = menu->addAction(tr("Export &Samples…"), this, &ProjectExports::exportSamples);
    samples->setObjectName("actionExportSamples");
    samples->setToolTip(tr("A grid PNG, one PNG per sample, and their latent vectors as JSON"));
    menu->addAction(tr("Export &Metrics (CSV)…"), this, &ProjectExports::exportMetrics)
        ->setObjectName("actionExportMetrics");
}

void ProjectExports::exportLossPlot()
{
    const QString path =
        QFileDialog::getSaveFileName(m_window, tr("Export the loss plot"), QStringLiteral("losses.png"),
                                     tr("PNG image (*.png);;PDF document (*.pdf)"));
    if (!path.isEmpty() && !m_plot->exportTo(path))
        Q_EMIT failed(tr("Export failed"), tr("%1: could not write the plot.").arg(path));
}

void ProjectExports::exportGenerator()
{
    if (!*m_project)
        return;
    const CheckpointStore store((*m_project)->checkpointsDir());
    const CheckpointStore::Entry newest = store.latest();
    if (newest.step < 0) {
        Q_EMIT failed(tr("Nothing to export"), tr("The project has no checkpoint yet: train it first."));
        return;
    }
    // The best by the quality scores, when it is not the newest: which one?
    std::int64_t step = newest.step;
    std::int64_t best = -1;
    try {
        best = bestCheckpointStep(**m_project);
    } catch (const StudioError&) {
    }
    if (best >= 0 && best != newest.step && QFileInfo::exists(QString::fromStdString(store.pathFor(best)))) {
        QMessageBox ask(QMessageBox::Question, tr("Which generator?"),
                        tr("Step %1 scored best; the newest checkpoint is of step %2.").arg(best).arg(newest.step),
                        QMessageBox::Cancel, m_window);
        ask.setObjectName("generatorChoiceDialog");
        QPushButton* bestButton = ask.addButton(tr("The best (step %1)").arg(best), QMessageBox::AcceptRole);
        ask.addButton(tr("The newest (step %1)").arg(newest.step), QMessageBox::AcceptRole);
        ask.setDefaultButton(bestButton);
        ask.exec();
        if (ask.clickedButton() == ask.button(QMessageBox::Cancel) || !ask.clickedButton())
            return;
        step = ask.clickedButton() == bestButton ? best : newest.step;
    }
    // The file dialog asks before replacing an existing file.
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export the generator as TorchScript"),
        QString::fromStdString((*m_project)->exportsDir() + "/generator.pt"), tr("TorchScript (*.pt)"));
    if (!path.isEmpty())
        exportGeneratorTo(path, step);
}

void ProjectExports::exportGeneratorTo(const QString& path, std::int64_t step)
{
    if (!*m_project || m_generatorJob->isRunning())
        return;
    const CheckpointStore store((*m_project)->checkpointsDir());
    const std::string checkpoint = step >= 0 ? store.pathFor(step) : store.latest().path;
    Q_EMIT statusChanged(tr("Exporting the generator to %1…").arg(path));
    // Loading and writing the weights takes a moment; a cancel before the
    // write leaves no file.
    m_cancelled = false;
    m_generatorProgress = new QProgressDialog(tr("Exporting the generator to %1…").arg(path), tr("Cancel"), 0, 0,
                                              m_window);
    m_generatorProgress->setObjectName(QStringLiteral("generatorExportProgress"));
    m_generatorProgress->setMinimumDuration(500);
    connect(m_generatorProgress, &QProgressDialog::canceled, this, [this] {
        m_cancelled = true;
        m_generatorJob->cancel();
    });
    ExplorerWorker::Source source{QString::fromStdString(checkpoint), /*imported=*/false, 0};
    m_generatorJob->start(source, [path](InferenceEngine& engine, const BackgroundJob::Progress& progress) {
        if (!progress(0, 1))
            return tr("Cancelled.");
        engine.exportTorchScript(path.toStdString());
        return tr("Exported %1: in Python, torch.jit.load(\"%1\")(z)").arg(path);
    });
}

bool ProjectExports::isExportingGenerator() const { return m_generatorJob->isRunning(); }

void ProjectExports::exportSamples()
{
    // The snapshot the Explore tab shows, else the project's newest checkpoint.
    ExplorerWorker::Source source = m_explore->worker()->source();
    QString folder = QDir::homePath();
    if (*m_project) {
        folder = QString::fromStdString((*m_project)->exportsDir());
        if (source.path.isEmpty())
            source.path = QString::fromStdString(CheckpointStore((*m_project)->checkpointsDir()).latest().path);
    }
    if (source.path.isEmpty()) {
        Q_EMIT failed(tr("Nothing to export"), tr("Open a trained project (or a TorchScript generator) first."));
        return;
    }
    auto* dialog =
        new SampleExportDialog(source, folder, m_explore->shownSeed(), m_explore->shownTruncation(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName("sampleExportDialog");
    dialog->open();
}

void ProjectExports::exportMetrics()
{
    if (!*m_project || !QFileInfo::exists(QString::fromStdString((*m_project)->metricsPath()))) {
        Q_EMIT failed(tr("Nothing to export"), tr("The project has no metrics yet: train it first."));
        return;
    }
    // The file dialog asks before replacing an existing file.
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export the metrics"), QString::fromStdString((*m_project)->exportsDir() + "/metrics.csv"),
        tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    try {
        writeFileAtomically(path.toStdString(), readWholeFile((*m_project)->metricsPath()));
        Q_EMIT statusChanged(tr("Wrote %1").arg(path));
    } catch (const StudioError& e) {
        Q_EMIT failed(tr("Export failed"), QString::fromStdString(e.what()));
    }
}

} // namespace latent
