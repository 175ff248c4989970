// SPDX-License-Identifier: MIT
#include "exploresession.h"

#include "bookmarklist.h"
#include "explorerworker.h"
#include "project/stepfile.h"
#include "train/checkpointstore.h"

#include <QFileInfo>

namespace latent {

ExploreSession::ExploreSession(QObject* parent)
    : QObject(parent), m_worker(std::make_unique<ExplorerWorker>()), m_bookmarks(new BookmarkList(this))
{
    connect(m_worker.get(), &ExplorerWorker::loadFailed, this, [this](const QString& message) {
        if (!m_generatorPath.isEmpty() && m_worker->source().path != m_generatorPath)
            m_generatorPath.clear(); // the generator did not load: back to the project's snapshots
        Q_EMIT loadFailed(message);
    });
}

ExploreSession::~ExploreSession() = default;

void ExploreSession::setProject(const QString& projectDir)
{
    m_projectDir = projectDir;
    m_generatorPath.clear();
    m_bookmarks->setFile(projectDir.isEmpty() ? QString() : projectDir + QStringLiteral("/bookmarks.json"));
    refresh();
}

void ExploreSession::openGenerator(const QString& path, int latentDim)
{
    m_generatorPath = path;
    m_bookmarks->setFile({});
    Q_EMIT generatorLoading(path);
    m_worker->loadTorchScript(path, latentDim);
}

void ExploreSession::refresh()
{
    if (!m_generatorPath.isEmpty())
        return; // an imported generator has no newer snapshots
    const auto latest = CheckpointStore((m_projectDir + "/checkpoints").toStdString()).latest();
    if (m_projectDir.isEmpty() || latest.step < 0) {
        Q_EMIT noSnapshot();
        return;
    }
    Q_EMIT snapshotLoading(latest.step);
    m_worker->loadCheckpoint(QString::fromStdString(latest.path));
}

void ExploreSession::openCheckpoint(const QString& path)
{
    m_generatorPath.clear();
    const std::optional<std::int64_t> step = stepOfFileName(QFileInfo(path).fileName().toStdString(), "ckpt");
    Q_EMIT snapshotLoading(step.value_or(-1));
    m_worker->loadCheckpoint(path);
}

void ExploreSession::setShown(const std::vector<float>& z, const QString& label, int seed, double truncation,
                              const std::vector<float>& classWeights)
{
    m_shownLatent = z;
    m_shownClassWeights = classWeights;
    m_shownLabel = label;
    m_shownSeed = seed;
    m_shownTruncation = truncation;
}

} // namespace latent
