// SPDX-License-Identifier: MIT
#pragma once

#include "project/projectconfig.h"

#include <QTabWidget>

namespace latent {

class CheckpointPanel;
class DatasetPanel;
class ModelPanel;
class TrainingPanel;

// The settings on the left of the window: the Dataset, Model, Training and
// Checkpoints tabs, and the copying between them and a ProjectConfig. The
// tabs keep each other consistent (the model's image format reaches the
// dataset's preview, a new model kind brings its optimiser defaults, learning
// rates left at their default follow the image size).
// GUI thread only.
class SettingsTabs : public QTabWidget {
    Q_OBJECT
public:
    explicit SettingsTabs(QWidget* parent = nullptr);

    // Shows `config` on the tabs.
    void showSettings(const ProjectConfig& config);
    // `base` with what the tabs show written over it (settings that have no
    // control, such as the dataset's seed, stay as in `base`).
    ProjectConfig settings(const ProjectConfig& base) const;
    // The model kind changed: the optimiser settings that suit it (its
    // preset's), keeping the width, image size and channels chosen.
    void applyModelDefaults(const ProjectConfig& base);
    // While a run trains, or once the project has checkpoints, the dataset
    // and the model cannot change.
    void setLocked(bool locked);
    void setTraining(bool training);

    DatasetPanel* datasetPanel() const { return m_dataset; }
    TrainingPanel* trainingPanel() const { return m_training; }
    CheckpointPanel* checkpointPanel() const { return m_checkpoints; }

Q_SIGNALS:
    // The family or GAN loss changed on the Model tab.
    void modelKindChanged();

private:
    DatasetPanel* m_dataset;
    ModelPanel* m_model;
    TrainingPanel* m_training;
    CheckpointPanel* m_checkpoints;
    ModelSpec m_shownModel; // the model on the tab before its latest change
};

} // namespace latent
