// SPDX-License-Identifier: MIT
#pragma once

#include "models/modelspec.h"
#include "train/trainingconfig.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace latent {

class ClassChoiceButton;

// How to train: batch, optimiser, schedule, intervals, seed and threads.
// Learning rates and D steps per G step stay editable while a run trains and
// take effect from the next step (liveSettingsChanged), and so do the
// classes of the sample grid (gridClassesChanged); the rest is locked.
class TrainingPanel : public QWidget {
    Q_OBJECT
public:
    explicit TrainingPanel(QWidget* parent = nullptr);

    void load(const TrainingConfig& config);
    void store(TrainingConfig& config) const;
    void setTraining(bool training);
    // Enables what the model uses: D settings for GANs, the penalty for WGAN-GP.
    void setModel(const ModelSpec& spec);
    // The classes the data set's labels name (the grid's choice).
    void setDataClasses(const QStringList& classes);

Q_SIGNALS:
    void changed();
    void liveSettingsChanged(double lrG, double lrD, int dSteps);
    // Picked by the user; empty: spread over all the classes.
    void gridClassesChanged(const QStringList& classes);

private:
    QSpinBox* m_batch;
    QDoubleSpinBox* m_lrG;
    QDoubleSpinBox* m_lrD;
    QDoubleSpinBox* m_beta1;
    QDoubleSpinBox* m_beta2;
    QSpinBox* m_dSteps;
    QDoubleSpinBox* m_gradientPenalty;
    QDoubleSpinBox* m_emaKimg;
    QDoubleSpinBox* m_emaRamp;
    QDoubleSpinBox* m_modeSeeking;
    QDoubleSpinBox* m_classGuide;
    QComboBox* m_augment;
    ClassChoiceButton* m_gridClasses;
    QSpinBox* m_steps;
    QSpinBox* m_logEvery;
    QSpinBox* m_sampleEvery;
    QSpinBox* m_checkpointEvery;
    QSpinBox* m_keep;
    QSpinBox* m_evaluateEvery;
    QSpinBox* m_evaluationSamples;
    QSpinBox* m_seed;
    QSpinBox* m_threads;
    bool m_training = false;
    bool m_usesPenalty = false;
    bool m_gan = true;
};

} // namespace latent
