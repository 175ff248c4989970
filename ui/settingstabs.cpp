// SPDX-License-Identifier: MIT
#include "settingstabs.h"

#include "checkpointpanel.h"
#include "datasetpanel.h"
#include "modelpanel.h"
#include "trainingpanel.h"

#include <QComboBox>
#include <QScrollArea>

namespace latent {

namespace {
// A tab's content in a vertical scroll area. Its drop-downs may be narrower
// than their longest entry (shown whole when open), so that one long entry
// does not widen the panel past the window's room for it.
QWidget* scrollable(QWidget* content)
{
    for (auto* box : content->findChildren<QComboBox*>()) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(16);
    }
    auto* area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}
} // namespace

SettingsTabs::SettingsTabs(QWidget* parent)
    : QTabWidget(parent),
      m_dataset(new DatasetPanel),
      m_model(new ModelPanel),
      m_training(new TrainingPanel),
      m_checkpoints(new CheckpointPanel)
{
    addTab(scrollable(m_dataset), tr("Dataset"));
    addTab(scrollable(m_model), tr("Model"));
    addTab(scrollable(m_training), tr("Training"));
    addTab(m_checkpoints, tr("Checkpoints"));
    setMinimumWidth(420); // the dataset's strips of example images (about 380 pixels) and a scroll bar
    connect(m_model, &ModelPanel::kindChanged, this, &SettingsTabs::modelKindChanged);
    connect(m_model, &ModelPanel::changed, this, [this] {
        ProjectConfig config;
        m_model->store(config.model);
        m_training->store(config.training);
        if (config.model.imageSize != m_shownModel.imageSize) {
            // Learning rates still at the old size's default follow the size.
            config.followImageSize(m_shownModel);
            m_training->load(config.training);
        }
        m_shownModel = config.model;
        m_dataset->setImageFormat(config.model.imageSize, config.model.channels);
        m_training->setModel(config.model);
    });
    connect(m_dataset, &DatasetPanel::classesFound, m_training, &TrainingPanel::setDataClasses);
}

void SettingsTabs::showSettings(const ProjectConfig& config)
{
    m_shownModel = config.model;
    m_dataset->load(config.dataset);
    m_model->load(config.model);
    m_training->load(config.training);
    m_dataset->setImageFormat(config.model.imageSize, config.model.channels);
    m_training->setModel(config.model);
}

ProjectConfig SettingsTabs::settings(const ProjectConfig& base) const
{
    ProjectConfig config = base;
    m_dataset->store(config.dataset);
    m_model->store(config.model);
    m_training->store(config.training);
    return config;
}

void SettingsTabs::applyModelDefaults(const ProjectConfig& base)
{
    ProjectConfig config = base;
    m_model->store(config.model);
    m_training->store(config.training);
    const int width = config.model.width, size = config.model.imageSize, channels = config.model.channels;
    config.applyModelDefaults();
    config.model.width = width;
    config.model.imageSize = size;
    config.model.channels = channels;
    m_shownModel = config.model;
    m_model->load(config.model);
    m_training->load(config.training);
    m_training->setModel(config.model);
}

void SettingsTabs::setLocked(bool locked)
{
    m_dataset->setLocked(locked);
    m_model->setLocked(locked);
}

void SettingsTabs::setTraining(bool training)
{
    m_training->setTraining(training);
    m_checkpoints->setTraining(training);
}

} // namespace latent
