// SPDX-License-Identifier: MIT
#include "trainingpanel.h"

#include "classchoicebutton.h"
#include "settinghelp.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>

#include <thread>

namespace latent {

namespace {
QSpinBox* spinBox(QWidget* parent, int min, int max, int step = 1)
{
    auto* box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setSingleStep(step);
    box->setAccelerated(true);
    return box;
}

QDoubleSpinBox* numberBox(QWidget* parent, double min, double max, int decimals, double step)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(min, max);
    box->setDecimals(decimals);
    box->setSingleStep(step);
    return box;
}

// A learning rate: above 0 as ProjectConfig::validate asks (the least value
// six decimals show), up to 1.
QDoubleSpinBox* rateBox(QWidget* parent) { return numberBox(parent, 1e-6, 1.0, 6, 0.00005); }
} // namespace

TrainingPanel::TrainingPanel(QWidget* parent)
    : QWidget(parent),
      m_batch(spinBox(this, 1, 4096, 8)),
      m_lrG(rateBox(this)),
      m_lrD(rateBox(this)),
      m_beta1(numberBox(this, 0.0, 0.999, 3, 0.05)),
      m_beta2(numberBox(this, 0.0, 0.9999, 4, 0.001)),
      m_dSteps(spinBox(this, 1, 100)),
      m_gradientPenalty(numberBox(this, 0.0, 1000.0, 2, 1.0)),
      m_emaKimg(numberBox(this, 0.0, 100000.0, 1, 1.0)),
      m_emaRamp(numberBox(this, 0.0, 10.0, 3, 0.01)),
      m_modeSeeking(numberBox(this, TrainingConfig::kModeSeekingAuto, 100.0, 2, 1.0)),
      m_classGuide(numberBox(this, TrainingConfig::kClassGuideAuto, 100.0, 2, 1.0)),
      m_augment(new QComboBox(this)),
      m_gridClasses(new ClassChoiceButton(TrainingConfig::kMaxGridClasses, this)),
      m_steps(spinBox(this, 1, 100000000, 500)),
      m_logEvery(spinBox(this, 1, 100000)),
      m_sampleEvery(spinBox(this, 1, 10000000, 50)),
      m_checkpointEvery(spinBox(this, 1, 10000000, 100)),
      m_keep(spinBox(this, 0, 100000)),
      m_evaluateEvery(spinBox(this, 0, 10000000, 50)),
      m_evaluationSamples(spinBox(this, 100, 50000, 500)),
      m_seed(spinBox(this, 0, 2147483647)),
      m_threads(spinBox(this, 0, 1024))
{
    m_keep->setSpecialValueText(tr("all"));
    m_emaKimg->setSpecialValueText(tr("off"));
    m_emaKimg->setSuffix(tr(" thousand images"));
    m_emaRamp->setSpecialValueText(tr("no ramp"));
    // The lowest value is "auto"; 0 is off.
    m_modeSeeking->setSpecialValueText(tr("automatic"));
    m_classGuide->setSpecialValueText(tr("automatic"));
    m_augment->addItem(tr("Automatic (adaptive up to 300 images)"), QStringLiteral("auto"));
    m_augment->addItem(tr("Off"), QStringLiteral("off"));
    m_augment->addItem(tr("Adaptive: as the discriminator needs"), QStringLiteral("adaptive"));
    m_augment->addItem(tr("Colour, translation, cutout"), QStringLiteral("color,translation,cutout"));
    m_augment->addItem(tr("Translation and cutout"), QStringLiteral("translation,cutout"));
    m_threads->setSpecialValueText(tr("automatic (%1)").arg(std::max(1u, std::thread::hardware_concurrency())));
    describeSetting(m_steps, tr("Generator (or VAE) updates in the whole run"),
            tr("<b>Steps</b>: how many generator updates (for a VAE, updates of the whole model) the run makes. "
               "Training stops there with a final checkpoint; raise it later to train further from the newest "
               "checkpoint."));
    describeSetting(m_batch, tr("Images per update"),
            tr("<b>Batch size</b>: how many real images each update learns from. Larger batches give steadier "
               "gradients and use the cores better, but take more memory and fewer updates per epoch. DCGAN's "
               "authors used 128; 64 trains the built-in digits well."));
    describeSetting(
        m_lrG, tr("Generator (or VAE) learning rate; changes apply to the running training from the next step"),
        tr("<b>Learning rate G</b>: the Adam step size of the generator, or of the whole VAE. New GAN projects "
           "start at 8e-4, four times DCGAN's 2e-4 (4e-4 from 64x64 up), which with the weight average learns far "
           "more in a short run "
           "(docs/TRAINING.md). Lower it if the losses swing wildly or training diverges. It can be changed while "
           "training: the next step uses it."));
    describeSetting(m_lrD, tr("Discriminator learning rate; changes apply to the running training from the next step"),
            tr("<b>Learning rate D</b>: the Adam step size of the discriminator (GANs only). If the discriminator "
               "wins outright (D(G(z)) stays near 0), a lower value here often helps. It can be changed while "
               "training."));
    describeSetting(m_beta1, tr("Adam's first-moment decay"),
            tr("<b>Adam beta1</b>: how much of the previous gradients Adam's momentum keeps. GANs train more "
               "stably with 0.5 (DCGAN) than with Adam's usual 0.9; WGAN-GP's authors used 0.0."));
    describeSetting(m_beta2, tr("Adam's second-moment decay"),
            tr("<b>Adam beta2</b>: how long Adam remembers the size of past gradients. 0.999 is the usual value; "
               "WGAN-GP's authors used 0.9."));
    describeSetting(m_dSteps, tr("Discriminator (critic) steps per generator step; changes apply while training"),
            tr("<b>D steps per G step</b>: discriminator updates before each generator update. 1 for the usual "
               "GAN losses; WGAN-GP's critic wants about 5. Each one draws a new real batch."));
    describeSetting(m_gradientPenalty, tr("WGAN-GP's gradient penalty weight (lambda)"),
            tr("<b>Gradient penalty</b>: for the WGAN-GP loss only, how strongly the critic's gradient norm is "
               "pulled toward 1 on points between real and generated images. 10 is the paper's value."));
    describeSetting(m_emaKimg, tr("Half-life of the generator's weight average (GANs; off: none)"),
            tr("<b>Weight average</b>: when on, the samples, scores, Explore and exports use a moving average of "
               "the generator's weights, which draws steadier images than the generator at any one step and lets "
               "it learn at higher rates (docs/TRAINING.md measures it). New GAN projects use 10. This is how many thousand images it takes for an old "
               "step's weight to halve (StyleGAN uses 10). Checkpoints keep the trained generator too (latent-cli "
               "sample --raw draws with it)."));
    describeSetting(m_emaRamp, tr("The average's window is at most this share of the images seen so far"),
            tr("<b>Average ramp</b>: early in a run the half-life is capped at this share of the images seen, so "
               "the average does not cling to the first, poor weights of a short run. 0.05 is StyleGAN2-ADA's value; "
               "\"no ramp\" uses the half-life from the first step."));
    describeSetting(m_modeSeeking, tr("Keep samples of different z apart (GANs; 0: none)"),
            tr("<b>Mode seeking</b> (Mao et al. 2019): the generator is also asked that two samples differ as "
               "much as their z do, so it cannot draw the same few images whatever z is. Conditional models need "
               "it: without it each class collapsed to a few look-alikes. Automatic (new GAN projects): 1 for a "
               "conditional model, none for an unconditional one, which scored better without it "
               "(docs/TRAINING.md). 0 turns it off."));
    describeSetting(m_classGuide, tr("Ask each sample to show its class, as a classifier of the labels sees it "
                                     "(conditional GANs; 0: none)"),
            tr("<b>Class guide</b>: a small classifier learns the data's labels from the real images as the GAN "
               "trains, and the generator is also asked that the classifier find the asked class in each sample. "
               "On Fashion-MNIST it drew the class asked for 95% of the time, against 83% without, at a lower "
               "FD (docs/TRAINING.md). Automatic (new GAN projects): 0.5 for a conditional model; 1 draws the "
               "classes a little more faithfully and a little less varied. 0 turns it "
               "off. Training only: exports and samples do not use it."));
    describeSetting(m_augment, tr("What the discriminator sees: real and generated images alike, augmented"),
            tr("<b>Augment</b> (DiffAugment, Zhao et al. 2020): the discriminator sees every image, real or "
               "generated, randomly recoloured, shifted and partly cut out, so it cannot learn a small data set by "
               "heart. The generator still learns to draw plain images. Applied to every image, the grey squares "
               "and shifts leak into the samples of a tiny data set. Adaptive shifts each image only with a "
               "chance that rises, up to 0.35, while the discriminator learns the real images by heart (shown in "
               "the status bar): on 64 and 100 digits it gave a 30-42% lower FD and three or four times the "
               "recall of no augmentation, with no trace of it in the samples. Automatic is adaptive for data "
               "sets of up to 300 images and off above: at 500 digits and more, augmentation cost quality "
               "(docs/AUGMENTATION.md)."));
    describeSetting(m_gridClasses, tr("The classes of the sample grid's rows (conditional models); changes show at "
                                      "once while training"),
            tr("<b>Grid classes</b>: a conditional model's sample grid draws one row per class, the same noise down "
               "each column. Pick up to %1 classes to watch; otherwise the rows are spread over all the classes "
               "(every class when there are at most %1). It can be changed while training: the grid is drawn again "
               "at once.")
                .arg(TrainingConfig::kMaxGridClasses));
    describeSetting(m_logEvery, tr("Steps between rows of metrics.csv and points of the loss curves"),
            tr("<b>Log every</b>: how often the losses are written to the project's metrics.csv (and TensorBoard "
               "file) and drawn on the curves. The values are those of that step."));
    describeSetting(m_sampleEvery, tr("Steps between sample grids"),
            tr("<b>Samples every</b>: how often the generator draws the fixed-noise grid, saved in samples/. The "
               "same noise every time, so the grids show how the samples sharpen."));
    describeSetting(m_checkpointEvery, tr("Steps between checkpoints"),
            tr("<b>Checkpoint every</b>: how often the whole training state (networks, optimisers, data order, "
               "random state) is saved in checkpoints/. A run that stops or crashes resumes exactly from the newest "
               "one; a final checkpoint is always written when training stops."));
    describeSetting(m_keep, tr("How many of the newest checkpoints to keep"),
            tr("<b>Keep checkpoints</b>: older checkpoints are deleted beyond this many, newest first. \"all\" "
               "keeps every one, to fork runs from any point."));
    m_evaluateEvery->setSpecialValueText(tr("never"));
    describeSetting(m_evaluateEvery, tr("Steps between quality scores (never: no scores)"),
            tr("<b>Evaluate every</b>: how often the run scores its generator against real images it never trained "
               "on: the Fréchet and kernel distances, precision and coverage on the quality plot, in "
               "evaluation.csv. The best step is kept as a checkpoint. Each score takes a few seconds (about 4% of "
               "training time at 400 steps for the 28x28 DCGAN); the first also trains the small network the scores "
               "are measured in, once per project."));
    describeSetting(m_evaluationSamples, tr("Generated images per quality score"),
            tr("<b>Evaluation samples</b>: how many images the generator draws for each score. More give smaller "
               "error bars and take longer; scores made with different counts do not compare."));
    describeSetting(m_seed, tr("Seed of the weights, the data order and the noise"),
            tr("<b>Seed</b>: the same seed and settings train the same model again, step for step, on the CPU. "
               "Change it to see how much a run depends on chance."));
    describeSetting(m_threads, tr("CPU threads for training (automatic: all cores)"),
            tr("<b>Threads</b>: the CPU threads LibTorch uses for each step. Automatic uses every core, measured "
               "fastest here; fewer leave cores free for other work."));

    auto* form = new QFormLayout(this);
    form->addRow(tr("Steps"), m_steps);
    form->addRow(tr("Batch size"), m_batch);
    form->addRow(tr("Learning rate G"), m_lrG);
    form->addRow(tr("Learning rate D"), m_lrD);
    form->addRow(tr("Adam beta1"), m_beta1);
    form->addRow(tr("Adam beta2"), m_beta2);
    form->addRow(tr("D steps per G step"), m_dSteps);
    form->addRow(tr("Gradient penalty"), m_gradientPenalty);
    form->addRow(tr("Weight average"), m_emaKimg);
    form->addRow(tr("Average ramp"), m_emaRamp);
    form->addRow(tr("Mode seeking"), m_modeSeeking);
    form->addRow(tr("Class guide"), m_classGuide);
    form->addRow(tr("Augment"), m_augment);
    form->addRow(tr("Grid classes"), m_gridClasses);
    form->addRow(tr("Log every"), m_logEvery);
    form->addRow(tr("Samples every"), m_sampleEvery);
    form->addRow(tr("Checkpoint every"), m_checkpointEvery);
    form->addRow(tr("Keep checkpoints"), m_keep);
    form->addRow(tr("Evaluate every"), m_evaluateEvery);
    form->addRow(tr("Evaluation samples"), m_evaluationSamples);
    form->addRow(tr("Seed"), m_seed);
    form->addRow(tr("Threads"), m_threads);

    auto live = [this] {
        if (m_training)
            Q_EMIT liveSettingsChanged(m_lrG->value(), m_lrD->value(), m_dSteps->value());
        Q_EMIT changed();
    };
    // Settings that reach a running optimiser apply when the edit is done
    // (Enter, leaving the box, an arrow), not at every keystroke.
    for (QAbstractSpinBox* box : std::initializer_list<QAbstractSpinBox*>{m_lrG, m_lrD, m_dSteps})
        box->setKeyboardTracking(false);
    connect(m_lrG, &QDoubleSpinBox::valueChanged, this, live);
    connect(m_lrD, &QDoubleSpinBox::valueChanged, this, live);
    connect(m_dSteps, &QSpinBox::valueChanged, this, live);
    for (QSpinBox* box : {m_batch, m_steps, m_logEvery, m_sampleEvery, m_checkpointEvery, m_keep, m_evaluateEvery,
                          m_evaluationSamples, m_seed, m_threads})
        connect(box, &QSpinBox::valueChanged, this, &TrainingPanel::changed);
    for (QDoubleSpinBox* box : {m_beta1, m_beta2, m_gradientPenalty, m_emaKimg, m_emaRamp, m_modeSeeking, m_classGuide})
        connect(box, &QDoubleSpinBox::valueChanged, this, &TrainingPanel::changed);
    connect(m_augment, &QComboBox::currentIndexChanged, this, &TrainingPanel::changed);
    connect(m_gridClasses, &ClassChoiceButton::chosenChanged, this, [this](const QStringList& classes) {
        if (m_training)
            Q_EMIT gridClassesChanged(classes);
        Q_EMIT changed();
    });
    // The ramp means nothing without an average.
    connect(m_emaKimg, &QDoubleSpinBox::valueChanged, this,
            [this](double kimg) { m_emaRamp->setEnabled(m_gan && !m_training && kimg > 0); });
}

void TrainingPanel::load(const TrainingConfig& c)
{
    const QSignalBlocker a(m_lrG), b(m_lrD), d(m_dSteps);
    m_batch->setValue(c.batchSize);
    m_lrG->setValue(c.lrG);
    m_lrD->setValue(c.lrD);
    m_beta1->setValue(c.beta1);
    m_beta2->setValue(c.beta2);
    m_dSteps->setValue(c.dStepsPerGStep);
    m_gradientPenalty->setValue(c.gradientPenalty);
    m_emaKimg->setValue(c.emaKimg);
    m_emaRamp->setValue(c.emaRamp);
    m_modeSeeking->setValue(c.modeSeeking);
    m_classGuide->setValue(c.classGuide);
    {
        // A list written by hand in project.json shows as itself.
        const QSignalBlocker blocker(m_augment);
        const QString augment = QString::fromStdString(c.augment);
        if (m_augment->findData(augment) < 0)
            m_augment->addItem(augment, augment);
        m_augment->setCurrentIndex(m_augment->findData(augment));
    }
    QStringList gridClasses;
    for (const std::string& name : c.gridClasses)
        gridClasses << QString::fromStdString(name);
    m_gridClasses->setChosen(gridClasses);
    m_steps->setValue(int(std::min<std::int64_t>(c.steps, m_steps->maximum())));
    m_logEvery->setValue(c.logEvery);
    m_sampleEvery->setValue(c.sampleEvery);
    m_checkpointEvery->setValue(c.checkpointEvery);
    m_keep->setValue(c.keepCheckpoints);
    m_evaluateEvery->setValue(c.evaluateEvery);
    m_evaluationSamples->setValue(c.evaluationSamples);
    m_seed->setValue(int(std::min<std::uint64_t>(c.seed, std::uint64_t(m_seed->maximum()))));
    m_threads->setValue(c.threads);
}

void TrainingPanel::store(TrainingConfig& c) const
{
    c.batchSize = m_batch->value();
    c.lrG = m_lrG->value();
    c.lrD = m_lrD->value();
    c.beta1 = m_beta1->value();
    c.beta2 = m_beta2->value();
    c.dStepsPerGStep = m_dSteps->value();
    c.gradientPenalty = m_gradientPenalty->value();
    c.emaKimg = m_emaKimg->value();
    c.emaRamp = m_emaRamp->value();
    // Below 0 is the "automatic" end of the box.
    c.modeSeeking = m_modeSeeking->value() < 0 ? TrainingConfig::kModeSeekingAuto : m_modeSeeking->value();
    c.classGuide = m_classGuide->value() < 0 ? TrainingConfig::kClassGuideAuto : m_classGuide->value();
    c.augment = m_augment->currentData().toString().toStdString();
    c.gridClasses.clear();
    for (const QString& name : m_gridClasses->chosen())
        c.gridClasses.push_back(name.toStdString());
    c.steps = m_steps->value();
    c.logEvery = m_logEvery->value();
    c.sampleEvery = m_sampleEvery->value();
    c.checkpointEvery = m_checkpointEvery->value();
    c.keepCheckpoints = m_keep->value();
    c.evaluateEvery = m_evaluateEvery->value();
    c.evaluationSamples = m_evaluationSamples->value();
    c.seed = std::uint64_t(m_seed->value());
    c.threads = m_threads->value();
}

void TrainingPanel::setTraining(bool training)
{
    m_training = training;
    for (QWidget* w : std::initializer_list<QWidget*>{m_batch, m_beta1, m_beta2, m_steps, m_logEvery, m_sampleEvery,
                                                      m_checkpointEvery, m_keep, m_evaluateEvery,
                                                      m_evaluationSamples, m_seed, m_threads})
        w->setEnabled(!training);
    m_gradientPenalty->setEnabled(m_usesPenalty && !training);
    for (QWidget* w : std::initializer_list<QWidget*>{m_emaKimg, m_augment, m_modeSeeking, m_classGuide})
        w->setEnabled(m_gan && !training);
    m_emaRamp->setEnabled(m_gan && !training && m_emaKimg->value() > 0);
}

void TrainingPanel::setModel(const ModelSpec& spec)
{
    const bool gan = spec.family == ModelSpec::Family::Dcgan;
    m_usesPenalty = gan && spec.loss == ModelSpec::GanLoss::WganGp;
    m_lrD->setEnabled(gan);
    m_dSteps->setEnabled(gan);
    m_gradientPenalty->setEnabled(m_usesPenalty && !m_training);
    m_gan = gan;
    for (QWidget* w : std::initializer_list<QWidget*>{m_emaKimg, m_augment, m_modeSeeking, m_classGuide})
        w->setEnabled(gan && !m_training);
    m_emaRamp->setEnabled(gan && !m_training && m_emaKimg->value() > 0);
    m_gridClasses->setEnabled(spec.conditioning != ModelSpec::Conditioning::Off);
}

void TrainingPanel::setDataClasses(const QStringList& classes) { m_gridClasses->setClasses(classes); }

} // namespace latent
