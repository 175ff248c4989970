// SPDX-License-Identifier: MIT
#pragma once

#include "explorestate.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSlider;
class QSpinBox;
class QTabWidget;
class QUndoStack;

namespace latent {

class BookmarkList;
class BookmarkPanel;
class ExplorerWorker;
struct LatentBookmark;

// The Explore tab: a large preview of G(z) for one latent vector, chosen by
// seed, shrunk toward the mean by truncation, and edited dimension by
// dimension (values in standard deviations of the prior). Decoding runs on an
// ExplorerWorker over a snapshot of the generator (the newest checkpoint,
// refreshed on request, or an imported TorchScript generator), so exploring
// works while training goes on. Every edit of the vector can be undone;
// bookmarks keep vectors by name in the project.
class ExplorePanel : public QWidget {
    Q_OBJECT
public:
    explicit ExplorePanel(QWidget* parent = nullptr);
    ~ExplorePanel() override;

    // The project to explore; loads its newest checkpoint (empty: none).
    void setProject(const QString& projectDir);
    // Explores a TorchScript generator made elsewhere instead (the caller has
    // asked the user's consent: it is a program). `latentDim` 0: found.
    void openGenerator(const QString& path, int latentDim = 0);
    // A newer checkpoint exists (training saved one): offers to refresh.
    void noteNewCheckpoint(qint64 step);
    void refresh();
    const QString& projectDir() const { return m_projectDir; }

    // The vector shown: the seed's z with edits, times truncation.
    std::vector<float> currentLatent() const;
    // What the vector shown is, for people: "seed 7", "seed 7, edited", ...
    QString currentLabel() const { return captureState().label(); }
    // Shows `z` as it is (truncation 1, no direction offsets), as one edit.
    void showLatent(const std::vector<float>& z, const QString& label);
    void goToBookmark(int index);
    BookmarkList* bookmarks() const { return m_bookmarks; }
    BookmarkPanel* bookmarkPanel() const { return m_bookmarkPanel; }
    QUndoStack* history() const { return m_history; }
    // The state the vector is made of; applying one does not add an edit.
    ExploreState captureState() const;
    void applyState(const ExploreState& state);
    void setSeed(quint64 seed);
    void setDimension(int index, double sigma);
    void setTruncation(double psi);
    // Finds the GANSpace directions of the snapshot (in the background).
    void findDirections();
    int directionCount() const { return int(m_directions.size()); }
    void setDirection(int index, double sigma);
    QImage strip() const { return m_strip; }
    // VAE snapshots: encodes an image file; its latent becomes the one shown.
    void encodeImage(const QString& path);
    QImage encodedOriginal() const { return m_original; }
    // Saves the preview as a PNG at the model's resolution, with the seed,
    // z, truncation and the model's hash in its text chunks. False on error.
    bool savePreview(const QString& path);
    QImage preview() const { return m_preview; }
    quint64 shownSerial() const { return m_shownSerial; }
    // The serial of the newest decode the panel asked for.
    quint64 requestedSerial() const { return m_requestedSerial; }
    int decodedCount() const { return m_decodedCount; }
    ExplorerWorker* worker() const { return m_worker.get(); }

Q_SIGNALS:
    void previewChanged();

private:
    void onLoaded(qint64 step, int latentDim, int imageSize, bool isVae, const QString& source);
    // After the vector changed: one undoable edit (merged with the last when
    // `mergeKey` and the gesture match; -1 never merges).
    void recordEdit(const QString& text, int mergeKey = -1);
    void setSliderValues();
    void resetHistory();
    LatentBookmark captureBookmark() const;
    void onEncoded(const QImage& original, const QList<float>& latent);
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void onDecoded(quint64 serial, const QImage& image, double milliseconds);
    void onDirectionsFound(const QList<QList<float>>& directions, const QList<double>& variance);
    void requestStrip(int direction);
    void rebuildSliders(int latentDim);
    void loadSeed();
    void applyFilter();
    void resetAll();
    void requestPreview();
    void updatePixmap();
    void resizeEvent(QResizeEvent* event) override;

    std::unique_ptr<ExplorerWorker> m_worker;
    QString m_projectDir;
    QString m_generatorPath; // an imported generator, when one is explored
    BookmarkList* m_bookmarks;
    BookmarkPanel* m_bookmarkPanel;
    QUndoStack* m_history;
    ExploreState m_state;   // as last recorded
    quint64 m_gesture = 0;  // slider drags merge within one gesture
    bool m_applying = false;
    QString m_origin;      // see ExploreState
    bool m_edited = false;
    QTabWidget* m_tools;
    QLabel* m_snapshot;
    QPushButton* m_refresh;
    QSpinBox* m_seed;
    QDoubleSpinBox* m_truncation;
    QLabel* m_image;
    QLabel* m_timing;
    QLineEdit* m_filter;
    QScrollArea* m_sliderArea;
    QPushButton* m_findDirections;
    QWidget* m_directionHost;
    QLabel* m_stripLabel;
    QLabel* m_stripCaption;
    struct DirectionRow {
        std::vector<float> vector;
        QSlider* slider;
        QLabel* value;
        double sigma = 0.0;
    };
    std::vector<DirectionRow> m_directions;
    QImage m_strip;
    int m_stripDirection = -1; // the direction the strip walks along
    QPushButton* m_encode;
    QLabel* m_originalLabel;
    QImage m_original;
    QString m_encodedName;
    bool m_isVae = false;
    QWidget* m_sliderHost = nullptr;
    struct Row {
        QWidget* widget;
        QSlider* slider;
        QLabel* value;
        QCheckBox* pin;
    };
    std::vector<Row> m_rows;
    std::vector<float> m_base;  // the seed's z, edited by the sliders
    QImage m_preview;
    quint64 m_shownSerial = 0;
    quint64 m_requestedSerial = 0;
    int m_decodedCount = 0;
    qint64 m_snapshotStep = -1;
};

} // namespace latent
