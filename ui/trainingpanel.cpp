// SPDX-License-Identifier: MIT
#include "trainingpanel.h"

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

QDoubleSpinBox* rateBox(QWidget* parent, double max, int decimals, double step)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0.0, max);
    box->setDecimals(decimals);
    box->setSingleStep(step);
    return box;
}
} // namespace

TrainingPanel::TrainingPanel(QWidget* parent)
    : QWidget(parent),
      m_batch(spinBox(this, 1, 4096, 8)),
      m_lrG(rateBox(this, 1.0, 6, 0.00005)),
      m_lrD(rateBox(this, 1.0, 6, 0.00005)),
      m_beta1(rateBox(this, 0.999, 3, 0.05)),
      m_beta2(rateBox(this, 0.9999, 4, 0.001)),
      m_dSteps(spinBox(this, 1, 100)),
      m_gradientPenalty(rateBox(this, 1000.0, 2, 1.0)),
      m_steps(spinBox(this, 1, 100000000, 500)),
      m_logEvery(spinBox(this, 1, 100000)),
      m_sampleEvery(spinBox(this, 1, 10000000, 50)),
      m_checkpointEvery(spinBox(this, 1, 10000000, 100)),
      m_keep(spinBox(this, 0, 100000)),
      m_seed(spinBox(this, 0, 2147483647)),
      m_threads(spinBox(this, 0, 1024))
{
    m_keep->setSpecialValueText(tr("all"));
    m_threads->setSpecialValueText(tr("automatic (%1)").arg(std::max(1u, std::thread::hardware_concurrency())));
    m_lrG->setToolTip(tr("Changes apply to the running training from the next step"));
    m_lrD->setToolTip(m_lrG->toolTip());
    m_dSteps->setToolTip(tr("Discriminator (critic) steps per generator step; changes apply while training"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("Steps"), m_steps);
    form->addRow(tr("Batch size"), m_batch);
    form->addRow(tr("Learning rate G"), m_lrG);
    form->addRow(tr("Learning rate D"), m_lrD);
    form->addRow(tr("Adam beta1"), m_beta1);
    form->addRow(tr("Adam beta2"), m_beta2);
    form->addRow(tr("D steps per G step"), m_dSteps);
    form->addRow(tr("Gradient penalty"), m_gradientPenalty);
    form->addRow(tr("Log every"), m_logEvery);
    form->addRow(tr("Samples every"), m_sampleEvery);
    form->addRow(tr("Checkpoint every"), m_checkpointEvery);
    form->addRow(tr("Keep checkpoints"), m_keep);
    form->addRow(tr("Seed"), m_seed);
    form->addRow(tr("Threads"), m_threads);

    auto live = [this] {
        if (m_training)
            Q_EMIT liveSettingsChanged(m_lrG->value(), m_lrD->value(), m_dSteps->value());
        Q_EMIT changed();
    };
    connect(m_lrG, &QDoubleSpinBox::valueChanged, this, live);
    connect(m_lrD, &QDoubleSpinBox::valueChanged, this, live);
    connect(m_dSteps, &QSpinBox::valueChanged, this, live);
    for (QSpinBox* box : {m_batch, m_steps, m_logEvery, m_sampleEvery, m_checkpointEvery, m_keep, m_seed, m_threads})
        connect(box, &QSpinBox::valueChanged, this, &TrainingPanel::changed);
    for (QDoubleSpinBox* box : {m_beta1, m_beta2, m_gradientPenalty})
        connect(box, &QDoubleSpinBox::valueChanged, this, &TrainingPanel::changed);
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
    m_steps->setValue(int(std::min<std::int64_t>(c.steps, m_steps->maximum())));
    m_logEvery->setValue(c.logEvery);
    m_sampleEvery->setValue(c.sampleEvery);
    m_checkpointEvery->setValue(c.checkpointEvery);
    m_keep->setValue(c.keepCheckpoints);
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
    c.steps = m_steps->value();
    c.logEvery = m_logEvery->value();
    c.sampleEvery = m_sampleEvery->value();
    c.checkpointEvery = m_checkpointEvery->value();
    c.keepCheckpoints = m_keep->value();
    c.seed = std::uint64_t(m_seed->value());
    c.threads = m_threads->value();
}

void TrainingPanel::setTraining(bool training)
{
    m_training = training;
    for (QWidget* w : std::initializer_list<QWidget*>{m_batch, m_beta1, m_beta2, m_steps, m_logEvery, m_sampleEvery,
                                                      m_checkpointEvery, m_keep, m_seed, m_threads})
        w->setEnabled(!training);
    m_gradientPenalty->setEnabled(m_usesPenalty && !training);
}

void TrainingPanel::setModel(const ModelSpec& spec)
{
    const bool gan = spec.family == ModelSpec::Family::Dcgan;
    m_usesPenalty = gan && spec.loss == ModelSpec::GanLoss::WganGp;
    m_lrD->setEnabled(gan);
    m_dSteps->setEnabled(gan);
    m_gradientPenalty->setEnabled(m_usesPenalty && !m_training);
}

} // namespace latent
