// SPDX-License-Identifier: MIT
#include "checkpointpanel.h"

#include "train/checkpointstore.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace latent {

CheckpointPanel::CheckpointPanel(QWidget* parent)
    : QWidget(parent),
      m_list(new QListWidget(this)),
      m_resume(new QPushButton(tr("Resume latest"), this)),
      m_fork(new QPushButton(tr("Fork from selected…"), this))
{
    m_resume->setToolTip(tr("Continue this run from its newest checkpoint"));
    m_fork->setToolTip(tr("Start a new project that continues from the selected checkpoint"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_resume);
    buttons->addWidget(m_fork);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(m_resume, &QPushButton::clicked, this, &CheckpointPanel::resumeRequested);
    connect(m_fork, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem* item = m_list->currentItem())
            Q_EMIT forkRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_list, &QListWidget::currentItemChanged, this, &CheckpointPanel::updateButtons);
    updateButtons();
}

void CheckpointPanel::refresh(const QString& projectDir)
{
    m_list->clear();
    if (!projectDir.isEmpty()) {
        const auto entries = CheckpointStore((projectDir + "/checkpoints").toStdString()).list();
        const QLocale locale;
        for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
            const QFileInfo info(QString::fromStdString(it->path));
            auto* item = new QListWidgetItem(tr("step %1   %2   %3")
                                                 .arg(it->step)
                                                 .arg(locale.toString(info.lastModified(), QLocale::ShortFormat))
                                                 .arg(locale.formattedDataSize(info.size())),
                                             m_list);
            item->setData(Qt::UserRole, info.absoluteFilePath());
        }
    }
    updateButtons();
}

void CheckpointPanel::setTraining(bool training)
{
    m_training = training;
    updateButtons();
}

int CheckpointPanel::count() const { return m_list->count(); }

void CheckpointPanel::updateButtons()
{
    m_resume->setEnabled(!m_training && m_list->count() > 0);
    m_fork->setEnabled(!m_training && m_list->currentItem() != nullptr);
}

} // namespace latent
