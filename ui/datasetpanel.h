// SPDX-License-Identifier: MIT
#pragma once

#include "data/datasetpreview.h"
#include "project/projectconfig.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace latent {

class BackgroundJob;

// Where the training images come from: the built-in digits, an image folder,
// IDX files or CIFAR-10 batches. Shows how many images there are, their size
// and a strip of them, and the classes its labels name (counts and an image
// of each), inspected on a worker thread so the window never waits.
class DatasetPanel : public QWidget {
    Q_OBJECT
public:
    explicit DatasetPanel(QWidget* parent = nullptr);

    void load(const DatasetSpec& spec);
    void store(DatasetSpec& spec) const;
    // The model's image format, for the preview.
    void setImageFormat(int size, int channels);
    // Locked once the project has trained: its checkpoints depend on the data.
    void setLocked(bool locked);
    // Picks an image folder (also for a folder dropped on the window).
    void useFolder(const QString& path);

    // The last inspection: its count (0 while running or after an error).
    std::size_t imageCount() const { return m_count; }
    bool isInspecting() const;

Q_SIGNALS:
    void changed();
    void inspected(bool ok, const QString& message);
    // The classes the labels name, after each reading (empty: none).
    void classesFound(const QStringList& classes);

private:
    void onSourceChanged();
    void browse();
    void inspect();
    void onInspected(bool ok, const QString& error);
    // The classes of an inspection (or none), with counts and one image each.
    void showClasses(const DatasetPreview& preview);

    QComboBox* m_source;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QSpinBox* m_syntheticCount;
    QCheckBox* m_flip;
    QCheckBox* m_balance;
    QSpinBox* m_heldOut;
    QLabel* m_info;
    QLabel* m_strip;
    QLabel* m_classes;      // the classes the labels name, with their counts
    QLabel* m_classStrip;   // the first image of each class
    int m_size = 28;
    int m_channels = 1;
    std::size_t m_count = 0;
    BackgroundJob* m_job; // the inspection; its value is a DatasetPreview
    bool m_pending = false; // inspect again when the running one ends
};

} // namespace latent
