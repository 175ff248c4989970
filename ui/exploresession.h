// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace latent {

class BookmarkList;
class ExplorerWorker;

// The one owner of exploration, held by the main window and handed to the
// Explore and Interpolate tabs (neither reaches into the other): what is
// explored (a project's newest checkpoint, or a TorchScript generator made
// elsewhere), the ExplorerWorker that decodes it, the project's bookmarks,
// and the vector the Explore tab shows, which the Interpolate tab can take
// as a keyframe. GUI thread only; the worker's results arrive queued.
class ExploreSession : public QObject {
    Q_OBJECT
public:
    explicit ExploreSession(QObject* parent = nullptr);
    ~ExploreSession() override;

    ExplorerWorker* worker() const { return m_worker.get(); }
    BookmarkList* bookmarks() const { return m_bookmarks; }

    // The project to explore (empty: none): its bookmarks, then its newest
    // checkpoint (refresh()).
    void setProject(const QString& projectDir);
    const QString& projectDir() const { return m_projectDir; }
    // Explores a TorchScript generator made elsewhere instead (the caller has
    // asked the user's consent: it is a program). `latentDim` 0: found.
    // Its bookmarks live in memory only (another model's latents).
    void openGenerator(const QString& path, int latentDim = 0);
    // The imported generator explored or being loaded; empty for a project.
    const QString& generatorPath() const { return m_generatorPath; }
    // Loads the project's newest checkpoint as the snapshot; snapshotLoading()
    // or noSnapshot() says which. Nothing for an imported generator.
    void refresh();
    // Loads one of the project's checkpoints (the best, say) as the snapshot.
    void openCheckpoint(const QString& path);

    // The vector the Explore tab shows, what it is ("seed 7, edited"), the
    // seed and truncation it was made with, and a conditional model's class
    // weights (empty for none). Set by the Explore tab after every change.
    void setShown(const std::vector<float>& z, const QString& label, int seed, double truncation,
                  const std::vector<float>& classWeights = {});
    const std::vector<float>& shownLatent() const { return m_shownLatent; }
    const QString& shownLabel() const { return m_shownLabel; }
    int shownSeed() const { return m_shownSeed; }
    double shownTruncation() const { return m_shownTruncation; }
    const std::vector<float>& shownClassWeights() const { return m_shownClassWeights; }

Q_SIGNALS:
    // A checkpoint of `step` is loading; the worker's loaded() follows.
    void snapshotLoading(qint64 step);
    // The project has no checkpoint yet (or there is no project).
    void noSnapshot();
    void generatorLoading(const QString& path);
    // A snapshot or generator did not load; after a failed import the
    // session is back on the project (generatorPath() is empty again).
    void loadFailed(const QString& message);

private:
    std::unique_ptr<ExplorerWorker> m_worker;
    BookmarkList* m_bookmarks;
    QString m_projectDir;
    QString m_generatorPath;
    std::vector<float> m_shownLatent;
    QString m_shownLabel;
    int m_shownSeed = 0;
    double m_shownTruncation = 1.0;
    std::vector<float> m_shownClassWeights;
};

} // namespace latent
