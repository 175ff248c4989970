// SPDX-License-Identifier: MIT
#include "sampleexportdialog.h"

#include "backgroundjob.h"
#include "explorerworker.h"
#include "latent/sampleexport.h"
#include "palettecolours.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace latent {

SampleExportDialog::SampleExportDialog(const ExplorerWorker::Source& source, const QString& folder, int seed,
                                       double truncation, QWidget* parent)
    : QDialog(parent),
      m_source(source),
      m_rows(new QSpinBox(this)),
      m_columns(new QSpinBox(this)),
      m_padding(new QSpinBox(this)),
      m_seed(new QSpinBox(this)),
      m_truncation(new QDoubleSpinBox(this)),
      m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)),
      m_start(new QPushButton(tr("Export"), this)),
      m_job(new BackgroundJob(this)),
      m_form(new QFormLayout)
{
    setWindowTitle(tr("Export Samples"));
    setMinimumWidth(560); // room for the paths
    m_rows->setRange(1, 64);
    m_rows->setValue(8);
    m_columns->setRange(1, 64);
    m_columns->setValue(8);
    m_padding->setRange(0, 64);
    m_padding->setValue(2);
    m_padding->setSuffix(tr(" px"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(seed);
    m_seed->setToolTip(tr("Sample i is the Explore tab's image for this seed + i"));
    m_truncation->setRange(0.0, 1.0);
    m_truncation->setSingleStep(0.05);
    m_truncation->setValue(std::min(truncation, 1.0));
    m_truncation->setPrefix(QStringLiteral("ψ = "));
    m_form->addRow(tr("Rows"), m_rows);
    m_form->addRow(tr("Columns"), m_columns);
    m_form->addRow(tr("Padding"), m_padding);
    m_form->addRow(tr("Seed"), m_seed);
    m_form->addRow(tr("Truncation"), m_truncation);
    m_grid = pathRow(tr("Grid PNG"), QDir(folder).filePath(QStringLiteral("grid.png")), false, &m_gridOn);
    m_samples = pathRow(tr("One PNG each, in"), QDir(folder).filePath(QStringLiteral("samples")), true, &m_samplesOn);
    m_latents = pathRow(tr("Latents JSON"), QDir(folder).filePath(QStringLiteral("latents.json")), false, &m_latentsOn);
    m_samplesOn->setChecked(false);
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_status->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_start, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_start, &QPushButton::clicked, this, &SampleExportDialog::start);
    connect(m_job, &BackgroundJob::finished, this, [this](bool ok, const QString& message) {
        m_progress->setVisible(false);
        m_start->setEnabled(true);
        m_status->setText(ok ? message : palettecolours::errorHtml(message, palette()));
        Q_EMIT finished(ok, message);
    });
}

QLineEdit* SampleExportDialog::pathRow(const QString& label, const QString& initial, bool folder, QCheckBox** enabled)
{
    *enabled = new QCheckBox(label, this);
    (*enabled)->setChecked(true);
    auto* edit = new QLineEdit(initial, this);
    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    m_form->addRow(*enabled, row);
    connect(*enabled, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    connect(*enabled, &QCheckBox::toggled, browse, &QWidget::setEnabled);
    connect(browse, &QPushButton::clicked, this, [this, edit, folder] {
        // Replacing is asked about once, for everything, when the export starts.
        const QString path = folder
                                 ? QFileDialog::getExistingDirectory(this, tr("Folder for the samples"), edit->text())
                                 : QFileDialog::getSaveFileName(this, tr("Save as"), edit->text(), QString(), nullptr,
                                                                QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            edit->setText(path);
    });
    return edit;
}

void SampleExportDialog::start()
{
    exportTo(m_gridOn->isChecked() ? m_grid->text() : QString(),
             m_samplesOn->isChecked() ? m_samples->text() : QString(),
             m_latentsOn->isChecked() ? m_latents->text() : QString());
}

void SampleExportDialog::exportTo(const QString& grid, const QString& samples, const QString& latents, bool replace)
{
    if (m_job->isRunning())
        return;
    SampleExport::Options options;
    options.count = m_rows->value() * m_columns->value();
    options.columns = m_columns->value();
    options.padding = m_padding->value();
    options.seed = std::uint64_t(m_seed->value());
    options.truncation = m_truncation->value();
    options.gridPath = grid.toStdString();
    options.folderPath = samples.toStdString();
    options.latentsPath = latents.toStdString();
    if (grid.isEmpty() && samples.isEmpty() && latents.isEmpty()) {
        m_status->setText(tr("Choose at least one thing to export."));
        return;
    }
    const std::vector<std::string> existing = SampleExport::existingFiles(options);
    if (!existing.empty() && !replace) {
        const QString first = QString::fromStdString(existing.front());
        const QString text = existing.size() == 1 ? tr("%1 exists already. Replace it?").arg(first)
                                                  : tr("%1 and %2 more files exist already. Replace them?")
                                                        .arg(first).arg(existing.size() - 1);
        if (QMessageBox::question(this, tr("Replace files?"), text) != QMessageBox::Yes)
            return;
    }
    m_start->setEnabled(false);
    m_progress->setVisible(true);
    m_status->setText(tr("Exporting %1 samples…").arg(options.count));
    m_job->start(m_source, [options](InferenceEngine& engine, const BackgroundJob::Progress&) {
        SampleExport::write(engine, options);
        QStringList written;
        for (const std::string& path : {options.gridPath, options.folderPath, options.latentsPath})
            if (!path.empty())
                written << QString::fromStdString(path);
        return tr("Wrote %1 samples: %2").arg(options.count).arg(written.join(QStringLiteral(", ")));
    });
}

} // namespace latent
