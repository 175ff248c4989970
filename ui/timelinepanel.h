// SPDX-License-Identifier: MIT
#pragma once

#include "latent/latentpath.h"

#include <QImage>
#include <QWidget>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;
class QTimer;

namespace latent {

class BackgroundJob;
class ExploreSession;

// The Interpolate tab: a keyframe timeline through latent space. Keys come
// from the vector the Explore tab shows (which may be an encoded image or
// arithmetic; read from the ExploreSession both tabs are handed), from seeds
// and from bookmarks. Lerp or slerp, easing, frames
// between keys and looping shape the path; a scrub slider and Play preview
// it on the explorer's snapshot, and Export writes it as MP4, GIF or PNG
// frames, alone or as a grid video with more paths through other seeds.
// GUI thread only; exports run on a BackgroundJob.
class TimelinePanel : public QWidget {
    Q_OBJECT
public:
    explicit TimelinePanel(ExploreSession* session, QWidget* parent = nullptr);
    ~TimelinePanel() override;

    struct Keyframe {
        QString label;
        std::vector<float> z;
        std::vector<float> classWeights; // a conditional model's class; empty for none
    };
    void addKey(const Keyframe& key);
    // "seed 7, Sneaker": a key's label with its class's name (when it has one).
    QString withClass(const QString& label, const std::vector<float>& classWeights) const;
    void addCurrentKey();
    void addSeedKey(quint64 seed);
    void addBookmarkKey(int index);
    void removeKey(int index);
    void moveKey(int index, int delta);
    const std::vector<Keyframe>& keys() const { return m_keys; }

    LatentPath::Settings settings() const;
    void setSettings(const LatentPath::Settings& settings);
    // The path through the keys; none with fewer than two.
    const std::optional<LatentPath>& path() const { return m_path; }
    int frameCount() const;
    // Shows frame `index` of the path (decoded in the background).
    void scrubTo(int index);
    QImage shownFrame() const { return m_frame; }
    int shownFrameIndex() const;

    // Writes the path (and `extraPaths` more through other seeds, as a grid
    // video) to `out`: *.mp4, *.gif or a folder of PNG frames, in the
    // background; exportFinished() follows. The caller has asked before
    // replacing anything.
    void exportTo(const QString& out, int fps, int scale, int extraPaths);
    bool isExporting() const;

Q_SIGNALS:
    void frameShown();
    void exportFinished(bool ok, const QString& message);

private:
    void rebuildKeyList();
    void rebuildBookmarkChoices();
    void pathChanged();
    void chooseExportTarget();
    void togglePlay();
    void advance();

    ExploreSession* m_session;
    std::vector<Keyframe> m_keys;
    std::optional<LatentPath> m_path; // rebuilt by pathChanged()
    QListWidget* m_keyList;
    QSpinBox* m_seed;
    QComboBox* m_bookmark;
    QComboBox* m_interpolation;
    QComboBox* m_easing;
    QSpinBox* m_framesBetween;
    QCheckBox* m_loop;
    QLabel* m_preview;
    QSlider* m_scrub;
    QLabel* m_frameLabel;
    QPushButton* m_play;
    QTimer* m_playTimer;
    QComboBox* m_format;
    QSpinBox* m_fps;
    QSpinBox* m_scale;
    QSpinBox* m_extraPaths;
    QPushButton* m_export;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    BackgroundJob* m_job;
    QImage m_frame;
    quint64 m_requested = 0;
    quint64 m_shown = 0;
    int m_imageSize = 0;
};

} // namespace latent
