// SPDX-License-Identifier: MIT
#pragma once

#include "models/modelspec.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace latent {

// Which network to train: GAN or VAE, its loss, image size, channels, latent
// size, width, (for a GAN) the discriminator's normalisation and (for a VAE)
// beta and reconstruction loss.
class ModelPanel : public QWidget {
    Q_OBJECT
public:
    explicit ModelPanel(QWidget* parent = nullptr);

    void load(const ModelSpec& spec);
    void store(ModelSpec& spec) const;
    // Locked once the project has checkpoints: they hold this model.
    void setLocked(bool locked);

Q_SIGNALS:
    void changed();
    // The family or GAN loss changed: the optimiser defaults that suit it apply.
    void kindChanged();

private:
    void updateVisibility();

    QComboBox* m_family;
    QComboBox* m_loss;
    QComboBox* m_recon;
    QComboBox* m_imageSize;
    QComboBox* m_channels;
    QSpinBox* m_latent;
    QSpinBox* m_width;
    QDoubleSpinBox* m_beta;
    QComboBox* m_dNorm;
    QCheckBox* m_spectralNorm;
    QCheckBox* m_minibatchStd;
    QComboBox* m_conditioning;
    QLabel* m_lossLabel;
    QLabel* m_dNormLabel;
    QLabel* m_reconLabel;
    QLabel* m_betaLabel;
    bool m_locked = false;
};

} // namespace latent
