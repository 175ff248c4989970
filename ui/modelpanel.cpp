// SPDX-License-Identifier: MIT
#include "modelpanel.h"
#include "settinghelp.h"

#include <QCheckBox>
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
      m_dNorm(new QComboBox(this)),
      m_spectralNorm(new QCheckBox(tr("Spectral normalisation"), this)),
      m_minibatchStd(new QCheckBox(tr("Minibatch standard deviation"), this)),
      m_conditioning(new QComboBox(this)),
      m_lossLabel(new QLabel(tr("Loss"), this)),
      m_dNormLabel(new QLabel(tr("Discriminator norm"), this)),
      m_reconLabel(new QLabel(tr("Reconstruction"), this)),
      m_betaLabel(new QLabel(tr("Beta (KL weight)"), this))
{
    m_conditioning->addItem(tr("When the data has labels"), int(ModelSpec::Conditioning::Auto));
    m_conditioning->addItem(tr("Always (the data must have labels)"), int(ModelSpec::Conditioning::On));
    m_conditioning->addItem(tr("Never"), int(ModelSpec::Conditioning::Off));
    describeSetting(m_conditioning, tr("Train on the dataset's labels, so you can ask for a class"),
                    tr("<b>Conditional</b>: the model learns each image with its class (IDX label files, CIFAR-10, "
                       "one subfolder per class, the built-in digits), so Explore, sampling and interpolation can "
                       "ask for \"a 7\" or \"a sneaker\". The generator gets a learned embedding of the class beside "
                       "z; the discriminator judges image and class together (the class as extra input planes); a "
                       "VAE gets the class in its encoder and decoder. It costs almost nothing per step."));
    m_family->addItem(tr("GAN (DCGAN)"), int(ModelSpec::Family::Dcgan));
    m_family->addItem(tr("VAE (convolutional)"), int(ModelSpec::Family::Vae));
    m_loss->addItem(tr("Non-saturating BCE"), int(ModelSpec::GanLoss::Bce));
    m_loss->addItem(tr("WGAN-GP"), int(ModelSpec::GanLoss::WganGp));
    m_loss->addItem(tr("Hinge"), int(ModelSpec::GanLoss::Hinge));
    m_loss->addItem(tr("Least squares"), int(ModelSpec::GanLoss::Lsgan));
    m_dNorm->addItem(tr("Automatic"), int(ModelSpec::DiscriminatorNorm::Auto));
    m_dNorm->addItem(tr("BatchNorm"), int(ModelSpec::DiscriminatorNorm::Batch));
    m_dNorm->addItem(tr("Layer norm"), int(ModelSpec::DiscriminatorNorm::Layer));
    m_dNorm->addItem(tr("None"), int(ModelSpec::DiscriminatorNorm::None));
    m_recon->addItem(tr("Binary cross-entropy"), int(ModelSpec::ReconLoss::Bce));
    m_recon->addItem(tr("Squared error"), int(ModelSpec::ReconLoss::Mse));
    for (int size : {16, 28, 32, 48, 64, 96, 128})
        m_imageSize->addItem(QStringLiteral("%1 x %1").arg(size), size);
    m_channels->addItem(tr("1 (gray)"), 1);
    m_channels->addItem(tr("3 (RGB)"), 3);
    m_latent->setRange(1, 4096);
    m_width->setRange(4, 1024);
    describeSetting(m_family, tr("The kind of generative model"),
            tr("<b>Model</b>: a GAN (DCGAN: a generator and a discriminator trained against each other) makes "
               "sharp samples but can be unstable; a VAE (an encoder and a decoder) trains steadily, makes softer "
               "samples, and can encode real images into its latent space."));
    describeSetting(m_loss, tr("How the GAN's two networks are scored"),
            tr("<b>Loss</b>: non-saturating BCE is DCGAN's; WGAN-GP (with about 5 D steps per G step) is the most "
               "stable on hard data; hinge and least squares are in between. The discriminator-winning warning "
               "watches each in its own terms."));
    describeSetting(m_dNorm, tr("How the discriminator normalises its feature maps"),
            tr("<b>Discriminator norm</b>: automatic is DCGAN's BatchNorm, or layer norm for WGAN-GP (whose "
               "gradient penalty is per image). None suits a spectrally normalised discriminator."));
    describeSetting(m_spectralNorm, tr("Bound how fast the discriminator can change"),
            tr("<b>Spectral normalisation</b> (Miyato et al. 2018): each of the discriminator's convolutions is "
               "divided by its largest singular value, so the discriminator cannot overpower the generator. "
               "Usually paired with discriminator norm None."));
    describeSetting(m_minibatchStd, tr("Let the discriminator see how varied the samples are"),
            tr("<b>Minibatch standard deviation</b> (Karras et al. 2018): the discriminator also sees how much "
               "each group of four images differs, so a generator that draws only a few kinds of image is caught "
               "out. It costs almost nothing per step."));
    describeSetting(m_recon, tr("How the VAE scores its reconstructions"),
            tr("<b>Reconstruction</b>: binary cross-entropy suits images that are mostly black and white (digits); "
               "squared error suits photographs."));
    describeSetting(m_beta, tr("Weight of the VAE's KL term"),
            tr("<b>Beta</b>: 1 is the plain VAE. Larger values make a smoother, more disentangled latent space at "
               "the cost of blurrier reconstructions (beta-VAE)."));
    describeSetting(m_imageSize, tr("The side of the square images the model makes"),
            tr("<b>Image size</b>: dataset images are scaled and cropped to it. Each doubling adds a layer and "
               "takes about four times the compute."));
    describeSetting(m_channels, tr("Gray or colour"),
            tr("<b>Channels</b>: 1 trains on gray images (colour ones are converted), 3 on RGB."));
    describeSetting(m_latent, tr("Numbers in each latent vector z"),
            tr("<b>Latent size</b>: the length of z, the random vector a sample is drawn from. GANs commonly use "
               "100; a VAE for digits needs far fewer (16). The Explore tab shows a slider for each."));
    describeSetting(m_width, tr("Feature maps of the outermost layers (DCGAN's ngf and ndf)"),
            tr("<b>Width</b>: the number of feature maps at the highest resolution, doubling at each layer "
               "inward. Wider networks learn more detail and take more time and memory."));
    m_beta->setRange(0.0, 1000.0);
    m_beta->setDecimals(3);
    m_beta->setSingleStep(0.1);

    auto* form = new QFormLayout(this);
    form->addRow(tr("Model"), m_family);
    form->addRow(m_lossLabel, m_loss);
    form->addRow(m_dNormLabel, m_dNorm);
    form->addRow(QString(), m_spectralNorm);
    form->addRow(QString(), m_minibatchStd);
    form->addRow(m_reconLabel, m_recon);
    form->addRow(m_betaLabel, m_beta);
    form->addRow(tr("Image size"), m_imageSize);
    form->addRow(tr("Channels"), m_channels);
    form->addRow(tr("Latent size"), m_latent);
    form->addRow(tr("Width"), m_width);
    form->addRow(tr("Conditional"), m_conditioning);

    for (QComboBox* box : {m_family, m_loss})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            updateVisibility();
            Q_EMIT kindChanged();
            Q_EMIT changed();
        });
    for (QComboBox* box : {m_recon, m_imageSize, m_channels, m_dNorm, m_conditioning})
        connect(box, &QComboBox::currentIndexChanged, this, &ModelPanel::changed);
    for (QCheckBox* box : {m_spectralNorm, m_minibatchStd})
        connect(box, &QCheckBox::toggled, this, &ModelPanel::changed);
    for (QSpinBox* box : {m_latent, m_width})
        connect(box, &QSpinBox::valueChanged, this, &ModelPanel::changed);
    connect(m_beta, &QDoubleSpinBox::valueChanged, this, &ModelPanel::changed);
    updateVisibility();
}

void ModelPanel::load(const ModelSpec& spec)
{
    const QSignalBlocker a(m_family), b(m_loss), c(m_recon), d(m_imageSize), e(m_channels), f(m_latent), g(m_width),
        h(m_beta), i(m_dNorm), j(m_spectralNorm), k(m_conditioning), l(m_minibatchStd);
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
    m_dNorm->setCurrentIndex(m_dNorm->findData(int(spec.dNorm)));
    m_spectralNorm->setChecked(spec.spectralNorm);
    m_minibatchStd->setChecked(spec.minibatchStd);
    m_conditioning->setCurrentIndex(m_conditioning->findData(int(spec.conditioning)));
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
    spec.dNorm = ModelSpec::DiscriminatorNorm(m_dNorm->currentData().toInt());
    spec.spectralNorm = m_spectralNorm->isChecked();
    spec.minibatchStd = m_minibatchStd->isChecked();
    spec.conditioning = ModelSpec::Conditioning(m_conditioning->currentData().toInt());
}

void ModelPanel::setLocked(bool locked)
{
    m_locked = locked;
    for (QWidget* w : std::initializer_list<QWidget*>{m_family, m_loss, m_recon, m_imageSize, m_channels, m_latent,
                                                      m_width, m_beta, m_dNorm, m_spectralNorm,
                                                      m_minibatchStd, m_conditioning})
        w->setEnabled(!locked);
}

void ModelPanel::updateVisibility()
{
    const bool gan = ModelSpec::Family(m_family->currentData().toInt()) == ModelSpec::Family::Dcgan;
    for (QWidget* w : std::initializer_list<QWidget*>{m_lossLabel, m_loss, m_dNormLabel, m_dNorm, m_spectralNorm,
                                                      m_minibatchStd})
        w->setVisible(gan);
    for (QWidget* w : std::initializer_list<QWidget*>{m_reconLabel, m_recon, m_betaLabel, m_beta})
        w->setVisible(!gan);
}

} // namespace latent
