// SPDX-License-Identifier: MIT
#include "modelpanel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace latent {

ModelPanel::ModelPanel(QWidget* parent)
    : QWidget(parent),
      m_family(new QComboBox(this)),
      m_loss(new QComboBox(this)),
      m_recon(new QComboBox(this)),
      m_imageSize(new QComboBox(this)),
      m_channels(new QComboBox(this)),
      m_latent(new QSpinBox(this)),
      m_width(new QSpinBox(this)),
      m_beta(new QDoubleSpinBox(this)),
      m_lossLabel(new QLabel(tr("Loss"), this)),
      m_reconLabel(new QLabel(tr("Reconstruction"), this)),
      m_betaLabel(new QLabel(tr("Beta (KL weight)"), this))
{
    m_family->addItem(tr("GAN (DCGAN)"), int(ModelSpec::Family::Dcgan));
    m_family->addItem(tr("VAE (convolutional)"), int(ModelSpec::Family::Vae));
    m_loss->addItem(tr("Non-saturating BCE"), int(ModelSpec::GanLoss::Bce));
    m_loss->addItem(tr("WGAN-GP"), int(ModelSpec::GanLoss::WganGp));
    m_loss->addItem(tr("Hinge"), int(ModelSpec::GanLoss::Hinge));
    m_loss->addItem(tr("Least squares"), int(ModelSpec::GanLoss::Lsgan));
    m_recon->addItem(tr("Binary cross-entropy"), int(ModelSpec::ReconLoss::Bce));
    m_recon->addItem(tr("Squared error"), int(ModelSpec::ReconLoss::Mse));
    for (int size : {16, 28, 32, 48, 64, 96, 128})
        m_imageSize->addItem(QStringLiteral("%1 x %1").arg(size), size);
    m_channels->addItem(tr("1 (gray)"), 1);
    m_channels->addItem(tr("3 (RGB)"), 3);
    m_latent->setRange(1, 4096);
    m_width->setRange(4, 1024);
    m_width->setToolTip(tr("Feature maps of the outermost layers (DCGAN's ngf and ndf)"));
    m_beta->setRange(0.0, 1000.0);
    m_beta->setDecimals(3);
    m_beta->setSingleStep(0.1);

    auto* form = new QFormLayout(this);
    form->addRow(tr("Model"), m_family);
    form->addRow(m_lossLabel, m_loss);
    form->addRow(m_reconLabel, m_recon);
    form->addRow(m_betaLabel, m_beta);
    form->addRow(tr("Image size"), m_imageSize);
    form->addRow(tr("Channels"), m_channels);
    form->addRow(tr("Latent size"), m_latent);
    form->addRow(tr("Width"), m_width);

    for (QComboBox* box : {m_family, m_loss})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            updateVisibility();
            Q_EMIT kindChanged();
            Q_EMIT changed();
        });
    for (QComboBox* box : {m_recon, m_imageSize, m_channels})
        connect(box, &QComboBox::currentIndexChanged, this, &ModelPanel::changed);
    for (QSpinBox* box : {m_latent, m_width})
        connect(box, &QSpinBox::valueChanged, this, &ModelPanel::changed);
    connect(m_beta, &QDoubleSpinBox::valueChanged, this, &ModelPanel::changed);
    updateVisibility();
}

void ModelPanel::load(const ModelSpec& spec)
{
    const QSignalBlocker a(m_family), b(m_loss), c(m_recon), d(m_imageSize), e(m_channels), f(m_latent), g(m_width),
        h(m_beta);
    m_family->setCurrentIndex(m_family->findData(int(spec.family)));
    m_loss->setCurrentIndex(m_loss->findData(int(spec.loss)));
    m_recon->setCurrentIndex(m_recon->findData(int(spec.recon)));
    if (m_imageSize->findData(spec.imageSize) < 0)
        m_imageSize->addItem(QStringLiteral("%1 x %1").arg(spec.imageSize), spec.imageSize);
    m_imageSize->setCurrentIndex(m_imageSize->findData(spec.imageSize));
    m_channels->setCurrentIndex(m_channels->findData(spec.channels));
    m_latent->setValue(spec.latentDim);
    m_width->setValue(spec.width);
    m_beta->setValue(spec.beta);
    updateVisibility();
}

void ModelPanel::store(ModelSpec& spec) const
{
    spec.family = ModelSpec::Family(m_family->currentData().toInt());
    spec.loss = ModelSpec::GanLoss(m_loss->currentData().toInt());
    spec.recon = ModelSpec::ReconLoss(m_recon->currentData().toInt());
    spec.imageSize = m_imageSize->currentData().toInt();
    spec.channels = m_channels->currentData().toInt();
    spec.latentDim = m_latent->value();
    spec.width = m_width->value();
    spec.beta = m_beta->value();
}

void ModelPanel::setLocked(bool locked)
{
    m_locked = locked;
    for (QWidget* w : std::initializer_list<QWidget*>{m_family, m_loss, m_recon, m_imageSize, m_channels, m_latent,
                                                      m_width, m_beta})
        w->setEnabled(!locked);
}

void ModelPanel::updateVisibility()
{
    const bool gan = ModelSpec::Family(m_family->currentData().toInt()) == ModelSpec::Family::Dcgan;
    m_lossLabel->setVisible(gan);
    m_loss->setVisible(gan);
    for (QWidget* w : std::initializer_list<QWidget*>{m_reconLabel, m_recon, m_betaLabel, m_beta})
        w->setVisible(!gan);
}

} // namespace latent
