// SPDX-License-Identifier: MIT
#pragma once

#include "explorerworker.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace latent {

class BackgroundJob;

// File > Export Samples: a grid PNG (rows, columns, padding), one PNG per
// sample in a folder, and the latent vectors as JSON, from `source` (the
// Explore tab's snapshot or the newest checkpoint), written in the background. The same samples as
// `latent-cli sample --seed S --count N --truncation PSI`.
class SampleExportDialog : public QDialog {
    Q_OBJECT
public:
    SampleExportDialog(const ExplorerWorker::Source& source, const QString& folder, int seed, double truncation,
                       QWidget* parent = nullptr);

    // Fills in the targets (empty: that output is off) and starts; after
    // asking about files that exist unless `replace`. finished() follows.
    void exportTo(const QString& grid, const QString& samples, const QString& latents, bool replace = false);

Q_SIGNALS:
    void finished(bool ok, const QString& message);

private:
    void start();
    QLineEdit* pathRow(const QString& label, const QString& initial, bool folder, QCheckBox** enabled);

    ExplorerWorker::Source m_source;
    QSpinBox* m_rows;
    QSpinBox* m_columns;
    QSpinBox* m_padding;
    QSpinBox* m_seed;
    QDoubleSpinBox* m_truncation;
    QCheckBox* m_gridOn;
    QCheckBox* m_samplesOn;
    QCheckBox* m_latentsOn;
    QLineEdit* m_grid;
    QLineEdit* m_samples;
    QLineEdit* m_latents;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_start;
    BackgroundJob* m_job;
    QFormLayout* m_form;
};

} // namespace latent
