// SPDX-License-Identifier: MIT
#include "checkpointpanel.h"

#include "base/studioerror.h"
#include "eval/evaluationlog.h"
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
      m_fork(new QPushButton(tr("Fork from selected…"), this)),
      m_explore(new QPushButton(tr("Explore selected"), this))
{
    m_resume->setToolTip(tr("Continue this run from its newest checkpoint"));
    m_fork->setToolTip(tr("Start a new project that continues from the selected checkpoint"));
    m_explore->setToolTip(tr("Open the selected checkpoint in the Explore tab (the best one, for instance)"));
    m_list->setObjectName("checkpointList");
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_resume);
    buttons->addWidget(m_fork);
    buttons->addWidget(m_explore);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(m_resume, &QPushButton::clicked, this, &CheckpointPanel::resumeRequested);
    connect(m_fork, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem* item = m_list->currentItem())
            Q_EMIT forkRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_explore, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem* item = m_list->currentItem())
            Q_EMIT exploreRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_list, &QListWidget::currentItemChanged, this, &CheckpointPanel::updateButtons);
    updateButtons();
}

void CheckpointPanel::refresh(const QString& projectDir)
{
    m_list->clear();
    m_bestStep = -1;
    if (!projectDir.isEmpty()) {
        // The best by the quality scores is named as such (a damaged or
        // foreign evaluation.csv just names none).
        std::optional<EvalResult> best;
        try {
            best = EvaluationLog::best(EvaluationLog::read((projectDir + "/evaluation.csv").toStdString()));
        } catch (const StudioError&) {
        }
        const auto entries = CheckpointStore((projectDir + "/checkpoints").toStdString()).list();
        const QLocale locale;
        for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
            const QFileInfo info(QString::fromStdString(it->path));
            QString text = tr("step %1   %2   %3")
                               .arg(it->step)
                               .arg(locale.toString(info.lastModified(), QLocale::ShortFormat))
                               .arg(locale.formattedDataSize(info.size()));
            if (best && best->step == it->step) {
                //: %1 is a checkpoint's line, %2 its Fréchet distance and %3 that number's error
                text = tr("%1   ★ best (FD %2 ± %3)")
                           .arg(text)
                           .arg(best->fd, 0, 'g', 4)
                           .arg(best->fdError, 0, 'g', 2);
                m_bestStep = it->step;
            }
            auto* item = new QListWidgetItem(text, m_list);
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
    m_explore->setEnabled(m_list->currentItem() != nullptr); // a snapshot: fine while training
}

} // namespace latent
