// SPDX-License-Identifier: MIT
#pragma once

#include "explorestate.h"

#include <QImage>
#include <QWidget>

#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QUndoStack;

namespace latent {

class BookmarkPanel;
class DimensionSliders;
class DirectionPanel;
class ExploreHistory;
class ExploreSession;
struct LatentBookmark;

// The Explore tab: a large preview of G(z) for one latent vector, chosen by
// seed, shrunk toward the mean by truncation, and edited dimension by
// dimension (DimensionSliders) or along principal directions
// (DirectionPanel), in standard deviations of the prior. What is explored
// and its decoding belong to the ExploreSession it is handed, so exploring
// works while training goes on. Every edit of the vector can be undone;
// bookmarks keep vectors by name in the project; a VAE can encode a real
// image. A conditional model's class is picked by name; changing it keeps
// z. GUI thread only.
class ExplorePanel : public QWidget {
    Q_OBJECT
public:
    explicit ExplorePanel(ExploreSession* session, QWidget* parent = nullptr);
    ~ExplorePanel() override;

    // A newer checkpoint exists (training saved one): offers to refresh.
    void noteNewCheckpoint(qint64 step);

    // The vector shown: the seed's z with edits, times truncation.
    std::vector<float> currentLatent() const;
    // What the vector shown is, for people: "seed 7", "seed 7, edited", ...
    QString currentLabel() const { return captureState().label(); }
    // Shows `z` as it is (truncation 1, no direction offsets), as one edit.
    void showLatent(const std::vector<float>& z, const QString& label);
    void goToBookmark(int index);
    BookmarkPanel* bookmarkPanel() const { return m_bookmarkPanel; }
    QUndoStack* history() const;
    // The state the vector is made of; applying one does not add an edit.
    ExploreState captureState() const;
    void applyState(const ExploreState& state);
    void setSeed(quint64 seed);
    void setDimension(int index, double sigma);
    void setTruncation(double psi);
    // A conditional snapshot's class picker (hidden otherwise).
    QComboBox* classPicker() const { return m_class; }
    // One-hot weights of the class picked; empty when the snapshot has none.
    std::vector<float> currentClassWeights() const;
    // Finds the snapshot's principal directions (in the background).
    void findDirections();
    int directionCount() const;
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

Q_SIGNALS:
    void previewChanged();

private:
    void buildLayout(QWidget* pictureColumn, QWidget* toolColumn);
    QWidget* makePictureColumn();
    void connectSession();
    // What applyState() shows, for the history to call.
    void showState(const ExploreState& state);
    void onLoaded(qint64 step, int latentDim, int imageSize, bool isVae, const QString& source);
    LatentBookmark captureBookmark() const;
    void onEncoded(const QImage& original, const QList<float>& latent);
    // Fills the class picker with a snapshot's classes; hides it for none.
    void showClasses(const QStringList& names);
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void onDecoded(quint64 serial, const QImage& image, double milliseconds);
    void onDirectionsFound(const QList<QList<float>>& directions, const QList<double>& variance);
    void onDimensionMoved(int index, double sigma);
    void onDirectionMoved(int index, double sigma);
    void requestStrip(int direction);
    void loadSeed();
    void resetAll();
    // Publishes the vector shown to the session and asks for its picture.
    void requestPreview();
    void updatePixmap();
    void resizeEvent(QResizeEvent* event) override;

    ExploreSession* m_session;
    BookmarkPanel* m_bookmarkPanel;
    ExploreHistory* m_history;
    QString m_origin;      // see ExploreState
    bool m_edited = false;
    QTabWidget* m_tools;
    DimensionSliders* m_dimensions;
    DirectionPanel* m_directions;
    QLabel* m_snapshot;
    QPushButton* m_refresh;
    QSpinBox* m_seed;
    QDoubleSpinBox* m_truncation;
    QComboBox* m_class;
    QLabel* m_classLabel;
    QLabel* m_image;
    QLabel* m_timing;
    QLabel* m_stripLabel;
    QLabel* m_stripCaption;
    QImage m_strip;
    int m_stripDirection = -1; // the direction the strip walks along
    QPushButton* m_encode;
    QLabel* m_originalLabel;
    QImage m_original;
    QString m_encodedName;
    bool m_isVae = false;
    std::vector<float> m_base;  // the seed's z, edited by the sliders
    QImage m_preview;
    quint64 m_shownSerial = 0;
    quint64 m_requestedSerial = 0;
    int m_decodedCount = 0;
    qint64 m_snapshotStep = -1;
};

} // namespace latent
