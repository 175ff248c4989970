// SPDX-License-Identifier: MIT
// The Explore tab: the latent vector shown (seed, truncation, dimension and
// direction offsets, encodings), its preview and its undoable edits.
#include "explorepanel.h"

#include "base/studioerror.h"
#include "bookmarklist.h"
#include "bookmarkpanel.h"
#include "dimensionsliders.h"
#include "directionpanel.h"
#include "exploresession.h"
#include "explorerworker.h"
#include "explorehistory.h"
#include "latent/latentbookmark.h"
#include "palettecolours.h"
#include "previewpng.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace latent {

namespace {
constexpr int kDirectionCount = 8;
// Undo merge keys: one per control, so a drag of one slider is one edit.
constexpr int kTruncationKey = 1;
constexpr int kDimensionKey = 1000;
constexpr int kDirectionKey = 100000;

QLabel* pictureLabel(QWidget* parent, const QString& tooltip)
{
    auto* label = new QLabel(parent);
    label->setAlignment(Qt::AlignCenter);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    label->setStyleSheet(QStringLiteral("background: #202020;"));
    label->setToolTip(tooltip);
    return label;
}
} // namespace

ExplorePanel::ExplorePanel(ExploreSession* session, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_history(new ExploreHistory(
          this, [this] { return captureState(); }, [this](const ExploreState& state) { showState(state); })),
      m_tools(new QTabWidget(this)),
      m_dimensions(new DimensionSliders(this)),
      m_directions(new DirectionPanel(this)),
      m_snapshot(new QLabel(tr("No project."), this)),
      m_refresh(new QPushButton(tr("Refresh snapshot"), this)),
      m_seed(new QSpinBox(this)),
      m_truncation(new QDoubleSpinBox(this)),
      m_class(new QComboBox(this)),
      m_classLabel(new QLabel(tr("Class"), this)),
      m_image(pictureLabel(this, {})),
      m_timing(new QLabel(this)),
      m_stripLabel(new QLabel(this)),
      m_stripCaption(new QLabel(this)),
      m_encode(new QPushButton(tr("Encode an image…"), this)),
      m_originalLabel(
          pictureLabel(this, tr("The encoded image as the model sees it; the reconstruction is beside it")))
{
    m_bookmarkPanel = new BookmarkPanel(session->bookmarks(), [this] { return captureBookmark(); }, this);
    setAcceptDrops(true);
    m_tools->addTab(m_dimensions, tr("Dimensions"));
    m_tools->addTab(m_directions, tr("Directions"));
    m_tools->addTab(m_bookmarkPanel, tr("Bookmarks"));
    buildLayout(makePictureColumn(), m_tools);

    connect(m_refresh, &QPushButton::clicked, m_session, &ExploreSession::refresh);
    connect(m_bookmarkPanel, &BookmarkPanel::goTo, this, &ExplorePanel::goToBookmark);
    connect(m_bookmarkPanel, &BookmarkPanel::showLatent, this, &ExplorePanel::showLatent);
    connect(m_dimensions, &DimensionSliders::moved, this, &ExplorePanel::onDimensionMoved);
    connect(m_dimensions, &DimensionSliders::released, m_history, &ExploreHistory::endGesture);
    connect(m_dimensions, &DimensionSliders::resetRequested, this, [this] {
        resetAll();
        m_history->record(tr("Reset"));
    });
    connect(m_directions, &DirectionPanel::moved, this, &ExplorePanel::onDirectionMoved);
    connect(m_directions, &DirectionPanel::released, m_history, &ExploreHistory::endGesture);
    connect(m_directions, &DirectionPanel::findRequested, this, &ExplorePanel::findDirections);
    connectSession();
}

ExplorePanel::~ExplorePanel() = default;

QWidget* ExplorePanel::makePictureColumn()
{
    m_encode->setToolTip(tr("VAE: encode a real image (or drop one here), then edit its latent"));
    m_encode->setVisible(false);
    m_originalLabel->setVisible(false);
    m_stripLabel->setAlignment(Qt::AlignCenter);
    m_stripLabel->setMinimumHeight(72);
    m_stripCaption->setAlignment(Qt::AlignCenter);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setToolTip(tr("The seed whose latent vector is shown (the same as latent-cli sample --seed)"));
    auto* previous = new QPushButton(tr("◀"), this);
    auto* next = new QPushButton(tr("▶"), this);
    auto* random = new QPushButton(tr("Random"), this);
    previous->setToolTip(tr("Previous seed"));
    next->setToolTip(tr("Next seed"));
    m_truncation->setRange(0.0, 2.0);
    m_truncation->setSingleStep(0.05);
    m_truncation->setValue(1.0);
    m_truncation->setPrefix(QStringLiteral("ψ = "));
    m_truncation->setToolTip(tr("Truncation: shrink z toward the mean (below 1: more typical, less varied)"));
    m_image->setObjectName(QStringLiteral("previewImage"));
    m_image->setMinimumSize(256, 256);
    // A long text (an arithmetic label) must not widen the window.
    m_timing->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto* seedRow = new QHBoxLayout;
    seedRow->addWidget(new QLabel(tr("Seed"), this));
    seedRow->addWidget(previous);
    seedRow->addWidget(m_seed, 1);
    seedRow->addWidget(next);
    seedRow->addWidget(random);
    seedRow->addSpacing(12);
    seedRow->addWidget(m_truncation);
    // A conditional model draws the class picked here; z stays as it is.
    m_class->setToolTip(tr("The class to draw (conditional models): changing it keeps z, so the style stays"));
    m_class->setVisible(false);
    m_classLabel->setVisible(false);
    seedRow->addSpacing(12);
    seedRow->addWidget(m_classLabel);
    seedRow->addWidget(m_class);
    // Actions on the vector shown, under the picture (a row of their own keeps
    // the panel narrow enough for small screens).
    auto* actionRow = new QHBoxLayout;
    actionRow->addWidget(m_timing, 1);
    actionRow->addWidget(m_encode);
    auto* save = new QPushButton(tr("Save image…"), this);
    save->setToolTip(tr("Save the image shown as a PNG, with its seed and latent vector inside"));
    actionRow->addWidget(save);
    // Undo and redo of latent edits, before Save (Ctrl+Z and Ctrl+Shift+Z while the tab has focus).
    for (QAction* action : {m_history->undoAction(), m_history->redoAction()}) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        actionRow->insertWidget(actionRow->count() - 2, button);
    }
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the image"), QStringLiteral("sample.png"),
                                                          tr("PNG image (*.png)"));
        if (!path.isEmpty() && !savePreview(path))
            m_timing->setText(tr("Could not write %1").arg(path));
    });
    connect(m_seed, &QSpinBox::valueChanged, this, [this](int seed) {
        loadSeed();
        m_history->record(tr("Seed %1").arg(seed));
    });
    connect(previous, &QPushButton::clicked, this, [this] { m_seed->setValue(m_seed->value() - 1); });
    connect(next, &QPushButton::clicked, this, [this] { m_seed->setValue(m_seed->value() + 1); });
    connect(random, &QPushButton::clicked, this,
            [this] { m_seed->setValue(int(QRandomGenerator::global()->bounded(1000000))); });
    connect(m_truncation, &QDoubleSpinBox::valueChanged, this, [this] {
        requestPreview();
        m_history->record(tr("Truncation"), kTruncationKey);
    });
    connect(m_class, &QComboBox::currentIndexChanged, this, [this](int index) {
        requestPreview();
        m_history->record(tr("Class %1").arg(m_class->itemText(index)));
    });
    connect(m_encode, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Encode an image"), QString(),
                                                          tr("Images (*.png *.jpg *.jpeg *.bmp)"));
        if (!path.isEmpty())
            encodeImage(path);
    });

    auto* column = new QWidget(this);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(seedRow);
    auto* pictures = new QHBoxLayout;
    pictures->addWidget(m_originalLabel, 1);
    pictures->addWidget(m_image, 1);
    layout->addLayout(pictures, 1);
    layout->addLayout(actionRow);
    layout->addWidget(m_stripLabel);
    layout->addWidget(m_stripCaption);
    return column;
}

void ExplorePanel::buildLayout(QWidget* pictureColumn, QWidget* toolColumn)
{
    m_refresh->setToolTip(tr("Explore the newest checkpoint (training may go on meanwhile)"));
    // A long text (a file's path) must not widen the window.
    m_snapshot->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(m_snapshot, 1);
    top->addWidget(m_refresh);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(pictureColumn);
    split->addWidget(toolColumn);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({560, 440});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
}

void ExplorePanel::connectSession()
{
    connect(m_session, &ExploreSession::noSnapshot, this, [this] {
        m_snapshotStep = -1;
        m_snapshot->setText(tr("No checkpoint yet: train the model, then explore it here."));
        m_refresh->setVisible(true);
        m_refresh->setEnabled(!m_session->projectDir().isEmpty());
    });
    connect(m_session, &ExploreSession::snapshotLoading, this, [this](qint64 step) {
        m_refresh->setVisible(true);
        m_refresh->setEnabled(true);
        m_snapshot->setText(tr("Loading the checkpoint of step %1…").arg(step));
    });
    connect(m_session, &ExploreSession::generatorLoading, this, [this](const QString& path) {
        m_snapshotStep = -1;
        m_refresh->setEnabled(false);
        m_snapshot->setText(tr("Loading the generator %1…").arg(QFileInfo(path).fileName()));
    });
    connect(m_session, &ExploreSession::loadFailed, this, [this](const QString& message) {
        m_snapshot->setText(palettecolours::errorHtml(message, palette()));
        if (m_session->generatorPath().isEmpty()) { // the project's snapshots can be loaded again
            m_refresh->setVisible(true);
            m_refresh->setEnabled(!m_session->projectDir().isEmpty());
        }
    });
    ExplorerWorker* worker = m_session->worker();
    connect(worker, &ExplorerWorker::loaded, this, &ExplorePanel::onLoaded);
    connect(worker, &ExplorerWorker::decoded, this, &ExplorePanel::onDecoded);
    connect(worker, &ExplorerWorker::directionsFound, this, &ExplorePanel::onDirectionsFound);
    connect(worker, &ExplorerWorker::stripDecoded, this, [this](const QImage& strip) {
        m_strip = strip;
        m_stripLabel->setPixmap(QPixmap::fromImage(
            strip.scaledToHeight(std::max(72, m_stripLabel->height()), Qt::FastTransformation)));
    });
    connect(worker, &ExplorerWorker::encoded, this, &ExplorePanel::onEncoded);
    // Failures of work asked for on this tab: said where the user looks.
    connect(worker, &ExplorerWorker::directionsFailed, this, [this](const QString& message) {
        m_directions->setFinding(false);
        m_timing->setText(palettecolours::errorHtml(tr("Directions: %1").arg(message), palette()));
    });
    connect(worker, &ExplorerWorker::encodeFailed, this, [this](const QString& message) {
        m_timing->setText(palettecolours::errorHtml(message, palette()));
    });
    connect(worker, &ExplorerWorker::decodeFailed, this, [this](const QString& message) {
        m_timing->setText(palettecolours::errorHtml(message, palette()));
    });
}

void ExplorePanel::noteNewCheckpoint(qint64 step)
{
    if (step > m_snapshotStep)
        m_refresh->setText(tr("Refresh (step %1)").arg(step));
}

void ExplorePanel::onLoaded(qint64 step, int latentDim, int imageSize, bool isVae, const QString& source)
{
    const ExplorerWorker* worker = m_session->worker();
    m_isVae = isVae;
    m_encode->setVisible(isVae);
    m_original = QImage();
    m_originalLabel->setVisible(false);
    m_snapshotStep = step;
    m_refresh->setText(tr("Refresh snapshot"));
    if (worker->isImported()) {
        m_snapshot->setText(tr("Imported generator %1: z of %2, %3x%3 images")
                                .arg(QFileInfo(source).fileName()).arg(latentDim).arg(imageSize));
        m_directions->setFindToolTip(tr("Principal directions of the generator's output images (its layers are "
                                        "hidden), mapped back to z"));
    } else {
        m_snapshot->setText(tr("Snapshot of step %1: z of %2, %3x%3 images").arg(step).arg(latentDim).arg(imageSize));
        m_directions->setFindToolTip(
            isVae ? tr("Principal directions of the encoder's means over 2000 images of the dataset")
                  : tr("Principal directions of the generator's first layer, mapped back to z (GANSpace)"));
    }
    m_refresh->setVisible(!worker->isImported());
    m_bookmarkPanel->setModelHash(worker->modelHash());
    showClasses(worker->classNames());
    if (m_dimensions->count() != latentDim) {
        m_dimensions->rebuild(latentDim);
        m_base.assign(std::size_t(latentDim), 0.0f);
    }
    onDirectionsFound({}, {}); // directions belong to the old snapshot
    m_directions->resetFindButton();
    loadSeed();
    m_history->rebase(/*clear=*/true);
}

ExploreState ExplorePanel::captureState() const
{
    ExploreState state;
    state.seed = m_seed->value();
    state.base = m_base;
    state.truncation = m_truncation->value();
    state.directionSigmas = m_directions->sigmas();
    state.classIndex = m_class->count() > 0 ? m_class->currentIndex() : -1;
    state.origin = m_origin;
    state.edited = m_edited;
    return state;
}

QUndoStack* ExplorePanel::history() const { return m_history->stack(); }

void ExplorePanel::applyState(const ExploreState& state) { m_history->apply(state); }

void ExplorePanel::showState(const ExploreState& state)
{
    if (state.base.size() != m_base.size())
        return; // another snapshot's vector
    {
        const QSignalBlocker blockSeed(m_seed);
        const QSignalBlocker blockTruncation(m_truncation);
        const QSignalBlocker blockClass(m_class);
        m_seed->setValue(state.seed);
        m_truncation->setValue(state.truncation);
        if (state.classIndex >= 0 && state.classIndex < m_class->count())
            m_class->setCurrentIndex(state.classIndex);
    }
    m_base = state.base;
    m_dimensions->showValues(m_base);
    m_directions->showSigmas(state.directionSigmas);
    m_origin = state.origin;
    m_edited = state.edited;
    requestPreview();
}

LatentBookmark ExplorePanel::captureBookmark() const
{
    const ExplorerWorker* worker = m_session->worker();
    LatentBookmark bookmark;
    bookmark.z = currentLatent();
    const bool pureSeed = !m_edited && m_origin == tr("seed %1").arg(m_seed->value());
    bookmark.seed = pureSeed ? m_seed->value() : -1;
    bookmark.truncation = m_truncation->value();
    bookmark.modelSha256 = worker->modelHash().toStdString();
    bookmark.step = worker->snapshotStep();
    if (m_class->count() > 0)
        bookmark.className = m_class->currentText().toStdString();
    return bookmark;
}

void ExplorePanel::showLatent(const std::vector<float>& z, const QString& label)
{
    if (z.size() != m_base.size()) {
        m_timing->setText(tr("That vector has %1 values; this model takes %2").arg(z.size()).arg(m_base.size()));
        return;
    }
    {
        const QSignalBlocker block(m_truncation);
        m_truncation->setValue(1.0);
    }
    m_directions->showSigmas({});
    m_dimensions->unpinAll();
    m_base = z;
    m_origin = label;
    m_edited = false;
    m_dimensions->showValues(m_base);
    requestPreview();
    m_history->record(tr("Show %1").arg(label));
}

void ExplorePanel::goToBookmark(int index)
{
    const BookmarkList* bookmarks = m_session->bookmarks();
    if (index < 0 || index >= bookmarks->size())
        return;
    const LatentBookmark& b = bookmarks->at(index);
    // The bookmark's class, when this snapshot has it: set with the vector, as one edit.
    const int classIndex = m_class->findText(QString::fromStdString(b.className));
    if (!b.className.empty() && classIndex >= 0) {
        const QSignalBlocker block(m_class);
        m_class->setCurrentIndex(classIndex);
    }
    showLatent(b.z, QString::fromStdString(b.name));
}

void ExplorePanel::onDimensionMoved(int index, double sigma)
{
    m_base[std::size_t(index)] = float(sigma);
    m_edited = true;
    requestPreview();
    m_history->record(tr("Edit z %1").arg(index), kDimensionKey + index);
}

void ExplorePanel::onDirectionMoved(int index, double /*sigma*/)
{
    m_edited = true;
    m_stripDirection = index;
    requestPreview();
    m_history->record(tr("Move along PC%1").arg(index + 1), kDirectionKey + index);
}

void ExplorePanel::loadSeed()
{
    const std::vector<float> z = m_session->worker()->latentForSeed(quint64(m_seed->value()));
    if (int(z.size()) != m_dimensions->count())
        return;
    bool pinned = false;
    for (std::size_t i = 0; i < z.size(); ++i) {
        if (!m_dimensions->isPinned(int(i)))
            m_base[i] = z[i];
        else
            pinned = true;
    }
    m_dimensions->showValues(m_base);
    m_origin = tr("seed %1").arg(m_seed->value());
    m_edited = pinned || m_directions->anyMoved();
    requestPreview();
}

void ExplorePanel::resetAll()
{
    m_dimensions->unpinAll();
    m_directions->showSigmas({});
    loadSeed();
}

bool ExplorePanel::savePreview(const QString& path)
{
    const ExplorerWorker* worker = m_session->worker();
    const PreviewOrigin origin{worker->modelHash(), worker->snapshotStep(), m_seed->value(), m_truncation->value(),
                               currentLatent(), m_class->count() > 0 ? m_class->currentText() : QString()};
    return writePreviewPng(path, m_preview, origin);
}

void ExplorePanel::encodeImage(const QString& path)
{
    if (!m_isVae)
        return;
    m_encodedName = QFileInfo(path).fileName();
    m_session->worker()->encodeImage(path, currentClassWeights());
}

void ExplorePanel::onEncoded(const QImage& original, const QList<float>& latent)
{
    if (std::size_t(latent.size()) != m_base.size())
        return;
    m_original = original;
    m_originalLabel->setVisible(true);
    updatePixmap();
    showLatent(std::vector<float>(latent.begin(), latent.end()), tr("encoded %1").arg(m_encodedName));
}

void ExplorePanel::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (m_isVae && urls.size() == 1 && urls.first().isLocalFile() && QFileInfo(urls.first().toLocalFile()).isFile())
        event->acceptProposedAction();
}

void ExplorePanel::dropEvent(QDropEvent* event)
{
    encodeImage(event->mimeData()->urls().first().toLocalFile());
    event->acceptProposedAction();
}

void ExplorePanel::findDirections()
{
    ExplorerWorker* worker = m_session->worker();
    if (!worker->isReady())
        return;
    m_directions->setFinding(true);
    worker->findDirections(kDirectionCount, m_session->generatorPath().isEmpty() ? m_session->projectDir() : QString());
}

void ExplorePanel::onDirectionsFound(const QList<QList<float>>& directions, const QList<double>& variance)
{
    const bool moved = m_directions->anyMoved();
    const bool replacing = m_directions->count() > 0;
    m_directions->setFinding(false);
    m_directions->setDirections(directions, variance);
    m_stripDirection = -1;
    if (m_directions->count() > 0)
        requestStrip(0);
    if (moved)
        requestPreview();
    // Edits made before the first directions undo as they were; edits along
    // directions now replaced would name the wrong vectors: a new history.
    m_history->rebase(/*clear=*/replacing);
}

int ExplorePanel::directionCount() const { return m_directions->count(); }

void ExplorePanel::setDirection(int index, double sigma) { m_directions->setSigma(index, sigma); }

void ExplorePanel::requestStrip(int direction)
{
    m_stripDirection = direction;
    // The current vector moved along one direction from -3 to +3 sigma.
    const std::vector<float>& vector = m_directions->vector(direction);
    const double sigma = m_directions->sigma(direction);
    const float psi = float(m_truncation->value());
    std::vector<std::vector<float>> latents;
    for (int step = -3; step <= 3; ++step) {
        std::vector<float> z = currentLatent();
        for (std::size_t i = 0; i < z.size(); ++i)
            z[i] += psi * float(step - sigma) * vector[i];
        latents.push_back(std::move(z));
    }
    m_session->worker()->requestStrip(latents, currentClassWeights());
    m_stripCaption->setText(tr("PC%1 from -3σ to +3σ").arg(direction + 1));
}

std::vector<float> ExplorePanel::currentLatent() const
{
    std::vector<float> z = m_base;
    m_directions->addOffsets(z);
    const float psi = float(m_truncation->value()); // the prior's mean is 0
    for (float& v : z)
        v *= psi;
    return z;
}

void ExplorePanel::setSeed(quint64 seed) { m_seed->setValue(int(seed)); }
void ExplorePanel::setTruncation(double psi) { m_truncation->setValue(psi); }
void ExplorePanel::setDimension(int index, double sigma) { m_dimensions->setValue(index, sigma); }

std::vector<float> ExplorePanel::currentClassWeights() const
{
    return m_class->count() > 0 ? m_session->worker()->classWeights(m_class->currentIndex()) : std::vector<float>();
}

void ExplorePanel::showClasses(const QStringList& names)
{
    QStringList shown;
    for (int i = 0; i < m_class->count(); ++i)
        shown << m_class->itemText(i);
    if (shown != names) { // a new snapshot of the same classes keeps the one picked
        const QSignalBlocker block(m_class);
        m_class->clear();
        m_class->addItems(names);
    }
    m_class->setVisible(!names.isEmpty());
    m_classLabel->setVisible(!names.isEmpty());
}

void ExplorePanel::requestPreview()
{
    m_session->setShown(currentLatent(), currentLabel(), m_seed->value(), m_truncation->value(),
                        currentClassWeights());
    ExplorerWorker* worker = m_session->worker();
    if (m_base.empty() || !worker->isReady())
        return;
    m_requestedSerial = worker->requestDecode(currentLatent(), currentClassWeights());
    // The strip walks from the vector shown: it follows every change.
    if (m_stripDirection >= 0 && m_stripDirection < m_directions->count())
        requestStrip(m_stripDirection);
}

void ExplorePanel::onDecoded(quint64 serial, const QImage& image, double milliseconds)
{
    if (serial < m_shownSerial)
        return;
    m_shownSerial = serial;
    ++m_decodedCount;
    m_preview = image;
    m_timing->setText(tr("%1 · decoded in %2 ms").arg(currentLabel()).arg(milliseconds, 0, 'f', 1));
    updatePixmap();
    Q_EMIT previewChanged();
}

void ExplorePanel::updatePixmap()
{
    if (!m_original.isNull() && m_originalLabel->isVisible())
        m_originalLabel->setPixmap(QPixmap::fromImage(
            m_original.scaled(m_originalLabel->size(), Qt::KeepAspectRatio, Qt::FastTransformation)));
    if (!m_preview.isNull())
        m_image->setPixmap(
            QPixmap::fromImage(m_preview.scaled(m_image->size(), Qt::KeepAspectRatio, Qt::FastTransformation)));
}

void ExplorePanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updatePixmap();
}

} // namespace latent
