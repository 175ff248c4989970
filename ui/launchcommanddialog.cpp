// SPDX-License-Identifier: MIT
#include "launchcommanddialog.h"

#include "project/project.h"
#include "train/checkpointstore.h"
#include "train/launchplan.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace latent {

namespace {
// latent-cli in PREFIX/bin, beside PREFIX/libexec where the studio runs (how
// it is built and installed), else by name.
QString cliPath()
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString& candidate : {here.filePath("../bin/latent-cli"), here.filePath("latent-cli")}) {
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    return QStringLiteral("latent-cli");
}
} // namespace

LaunchCommandDialog* LaunchCommandDialog::forProject(const Project& project, QWidget* parent)
{
    const ProjectConfig& config = project.config();
    const auto latest = CheckpointStore(project.checkpointsDir()).latest();
    const bool resume = latest.step >= 0;
    const qint64 left = config.training.steps - latest.step;
    const qint64 steps = resume && left > 0 ? left : config.training.steps;
    return new LaunchCommandDialog(QString::fromStdString(project.dir()), resume, steps, config.training.batchSize,
                                   parent);
}

LaunchCommandDialog::LaunchCommandDialog(const QString& projectDir, bool resume, qint64 steps, int batchSize,
                                         QWidget* parent)
    : QDialog(parent), m_projectDir(projectDir), m_resume(resume), m_batchSize(batchSize)
{
    setWindowTitle(tr("Copy Launch Command"));
    auto* intro = new QLabel(tr("Train this project with several latent-cli processes, on this machine or on "
                                "several, through PyTorch's distributed engine. Every machine needs the project "
                                "folder at the same path and its dataset; rank 0 writes all the files. "
                                "The connection has no authentication: use it on trusted networks only."),
                             this);
    intro->setWordWrap(true);

    m_processes = new QSpinBox(this);
    m_processes->setRange(1, 1024);
    m_processes->setValue(2);
    m_processes->setToolTip(tr("WORLD_SIZE: processes in the whole run"));
    m_perMachine = new QSpinBox(this);
    m_perMachine->setRange(1, 1024);
    m_perMachine->setValue(2);
    m_perMachine->setToolTip(tr("Processes on each machine; they share its cores, or take one GPU each"));
    m_address = new QLineEdit(QStringLiteral("127.0.0.1"), this);
    m_address->setToolTip(tr("MASTER_ADDR: the address of the first machine, where rank 0 listens"));
    m_port = new QSpinBox(this);
    m_port->setRange(1024, 65535);
    m_port->setValue(29500);
    m_port->setToolTip(tr("MASTER_PORT: a free TCP port on the first machine"));
    m_steps = new QSpinBox(this);
    m_steps->setRange(1, 1000000000);
    m_steps->setValue(int(std::clamp<qint64>(steps, 1, 1000000000)));
    m_steps->setToolTip(resume ? tr("Steps to train past the newest checkpoint") : tr("Steps in all"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_script = new QPlainTextEdit(this);
    m_script->setObjectName("launchScript");
    m_script->setReadOnly(true);
    m_script->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_script->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_script->setMinimumSize(720, 180);

    auto* form = new QFormLayout;
    form->addRow(tr("Processes:"), m_processes);
    form->addRow(tr("Per machine:"), m_perMachine);
    form->addRow(tr("First machine's address:"), m_address);
    form->addRow(tr("Port:"), m_port);
    form->addRow(resume ? tr("More steps:") : tr("Steps:"), m_steps);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName("copyLaunchScript");
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(script()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_script, 1);
    layout->addWidget(buttons);

    for (QSpinBox* box : {m_processes, m_perMachine, m_port, m_steps})
        connect(box, &QSpinBox::valueChanged, this, &LaunchCommandDialog::update);
    connect(m_address, &QLineEdit::textChanged, this, &LaunchCommandDialog::update);
    update();
}

void LaunchCommandDialog::setMaster(const QString& address, int port)
{
    m_address->setText(address);
    m_port->setValue(port);
}

QString LaunchCommandDialog::script() const { return m_script->toPlainText(); }

void LaunchCommandDialog::update()
{
    LaunchPlan plan;
    plan.cli = cliPath().toStdString();
    plan.projectDir = m_projectDir.toStdString();
    plan.resume = m_resume;
    plan.steps = m_steps->value();
    plan.processes = m_processes->value();
    plan.processesPerMachine = std::min(m_perMachine->value(), m_processes->value());
    plan.masterAddress =
        m_address->text().trimmed().isEmpty() ? "127.0.0.1" : m_address->text().trimmed().toStdString();
    plan.masterPort = m_port->value();
    m_script->setPlainText(QString::fromStdString(plan.script()));
    m_summary->setText(tr("%n machine(s). Each process trains batches of %1 (the project's batch size), so a step "
                          "learns from %2 images. Paste each block into a shell on its machine.",
                          nullptr, plan.machines())
                           .arg(m_batchSize)
                           .arg(qint64(m_batchSize) * plan.processes));
}

} // namespace latent
