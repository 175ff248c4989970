// SPDX-License-Identifier: MIT
#include "explorepanel.h"

#include "base/studioerror.h"
#include "bookmarklist.h"
#include "bookmarkpanel.h"
#include "explorerworker.h"
#include "io/pngfile.h"
#include "latent/latentbookmark.h"
#include "latenteditcommand.h"
#include "train/checkpointstore.h"
#include "palettecolours.h"

#include <QAction>
#include <QCheckBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace latent {

namespace {
constexpr int kSliderSteps = 100; // slider units per standard deviation
constexpr double kSliderSigmas = 3.0;
constexpr int kDirectionCount = 8;
// Undo merge keys: one per control, so a drag of one slider is one edit.
constexpr int kTruncationKey = 1;
constexpr int kDimensionKey = 1000;
constexpr int kDirectionKey = 100000;
} // namespace

ExplorePanel::ExplorePanel(QWidget* parent)
    : QWidget(parent),
      m_worker(std::make_unique<ExplorerWorker>()),
      m_snapshot(new QLabel(tr("No project."), this)),
      m_refresh(new QPushButton(tr("Refresh snapshot"), this)),
      m_seed(new QSpinBox(this)),
      m_truncation(new QDoubleSpinBox(this)),
      m_image(new QLabel(this)),
      m_timing(new QLabel(this)),
      m_filter(new QLineEdit(this)),
      m_sliderArea(new QScrollArea(this)),
      m_findDirections(new QPushButton(tr("Find directions"), this)),
      m_directionHost(new QWidget(this)),
      m_stripLabel(new QLabel(this)),
      m_stripCaption(new QLabel(this)),
      m_encode(new QPushButton(tr("Encode an image…"), this)),
      m_originalLabel(new QLabel(this))
{
    m_bookmarks = new BookmarkList(this);
    m_bookmarkPanel = new BookmarkPanel(m_bookmarks, [this] { return captureBookmark(); }, this);
    m_history = new QUndoStack(this);
    m_tools = new QTabWidget(this);
    setAcceptDrops(true);
    m_encode->setToolTip(tr("VAE: encode a real image (or drop one here), then edit its latent"));
    m_encode->setVisible(false);
    m_originalLabel->setAlignment(Qt::AlignCenter);
    m_originalLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_originalLabel->setStyleSheet(QStringLiteral("background: #202020;"));
    m_originalLabel->setToolTip(tr("The encoded image as the model sees it; the reconstruction is beside it"));
    m_originalLabel->setVisible(false);
    m_findDirections->setToolTip(tr("Principal directions of the generator's first layer, mapped back to z (GANSpace)"));
    m_stripLabel->setAlignment(Qt::AlignCenter);
    m_stripLabel->setMinimumHeight(72);
    m_stripCaption->setAlignment(Qt::AlignCenter);
    new QVBoxLayout(m_directionHost);
    m_directionHost->layout()->setContentsMargins(0, 0, 0, 0);
    m_refresh->setToolTip(tr("Explore the newest checkpoint (training may go on meanwhile)"));
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
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setMinimumSize(256, 256);
    m_image->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_image->setStyleSheet(QStringLiteral("background: #202020;"));
    m_filter->setPlaceholderText(tr("Filter dimensions (e.g. 12)"));
    m_filter->setClearButtonEnabled(true);
    auto* reset = new QPushButton(tr("Reset all"), this);
    m_sliderArea->setWidgetResizable(true);

    // Long texts (a file's path, an arithmetic label) must not widen the window.
    m_snapshot->setWordWrap(true);
    m_timing->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* top = new QHBoxLayout;
    top->addWidget(m_snapshot, 1);
    top->addWidget(m_refresh);
    auto* seedRow = new QHBoxLayout;
    seedRow->addWidget(new QLabel(tr("Seed"), this));
    seedRow->addWidget(previous);
    seedRow->addWidget(m_seed, 1);
    seedRow->addWidget(next);
    seedRow->addWidget(random);
    seedRow->addSpacing(12);
    seedRow->addWidget(m_truncation);
    // Actions on the vector shown, under the picture (a row of their own keeps
    // the panel narrow enough for small screens).
    auto* actionRow = new QHBoxLayout;
    actionRow->addWidget(m_timing, 1);
    actionRow->addWidget(m_encode);
    auto* save = new QPushButton(tr("Save image…"), this);
    save->setToolTip(tr("Save the image shown as a PNG, with its seed and latent vector inside"));
    actionRow->addWidget(save);
    // Undo and redo of latent edits; Ctrl+Z and Ctrl+Shift+Z while the tab has
    // focus. Fixed button texts (the edit's name is in the tooltip) keep the
    // row from changing width with every edit.
    auto* undo = new QAction(tr("Undo"), this);
    auto* redo = new QAction(tr("Redo"), this);
    undo->setObjectName(QStringLiteral("actionUndoLatent"));
    redo->setObjectName(QStringLiteral("actionRedoLatent"));
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcut(QKeySequence::Redo);
    for (QAction* action : {undo, redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setEnabled(false);
        addAction(action);
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        actionRow->insertWidget(actionRow->count() - 2, button);
    }
    connect(undo, &QAction::triggered, m_history, &QUndoStack::undo);
    connect(redo, &QAction::triggered, m_history, &QUndoStack::redo);
    connect(m_history, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_history, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(m_history, &QUndoStack::undoTextChanged, undo,
            [undo](const QString& text) { undo->setToolTip(tr("Undo %1 (Ctrl+Z)").arg(text)); });
    connect(m_history, &QUndoStack::redoTextChanged, redo,
            [redo](const QString& text) { redo->setToolTip(tr("Redo %1 (Ctrl+Shift+Z)").arg(text)); });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the image"), QStringLiteral("sample.png"),
                                                          tr("PNG image (*.png)"));
        if (!path.isEmpty() && !savePreview(path))
            m_timing->setText(tr("Could not write %1").arg(path));
    });
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(seedRow);
    auto* pictures = new QHBoxLayout;
    pictures->addWidget(m_originalLabel, 1);
    pictures->addWidget(m_image, 1);
    leftLayout->addLayout(pictures, 1);
    leftLayout->addLayout(actionRow);
    leftLayout->addWidget(m_stripLabel);
    leftLayout->addWidget(m_stripCaption);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(reset);
    auto* dimensions = new QWidget(this);
    auto* dimensionsLayout = new QVBoxLayout(dimensions);
    dimensionsLayout->addWidget(new QLabel(tr("Values in standard deviations of the prior"), dimensions));
    dimensionsLayout->addLayout(filterRow);
    dimensionsLayout->addWidget(m_sliderArea, 1);
    auto* directions = new QWidget(this);
    auto* directionsLayout = new QVBoxLayout(directions);
    auto* directionsTitle = new QHBoxLayout;
    directionsTitle->addWidget(new QLabel(tr("Principal directions and their share of variance"), directions), 1);
    directionsTitle->addWidget(m_findDirections);
    directionsLayout->addLayout(directionsTitle);
    directionsLayout->addWidget(m_directionHost);
    directionsLayout->addStretch(1);
    m_tools->addTab(dimensions, tr("Dimensions"));
    m_tools->addTab(directions, tr("Directions"));
    m_tools->addTab(m_bookmarkPanel, tr("Bookmarks"));
    rightLayout->addWidget(m_tools, 1);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({560, 440});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_refresh, &QPushButton::clicked, this, &ExplorePanel::refresh);
    connect(m_seed, &QSpinBox::valueChanged, this, [this](int seed) {
        loadSeed();
        recordEdit(tr("Seed %1").arg(seed));
    });
    connect(previous, &QPushButton::clicked, this, [this] { m_seed->setValue(m_seed->value() - 1); });
    connect(next, &QPushButton::clicked, this, [this] { m_seed->setValue(m_seed->value() + 1); });
    connect(random, &QPushButton::clicked, this,
            [this] { m_seed->setValue(int(QRandomGenerator::global()->bounded(1000000))); });
    connect(m_truncation, &QDoubleSpinBox::valueChanged, this, [this] {
        requestPreview();
        recordEdit(tr("Truncation"), kTruncationKey);
    });
    connect(m_filter, &QLineEdit::textChanged, this, &ExplorePanel::applyFilter);
    reset->setToolTip(tr("Back to the seed's own values: unpins every dimension and zeroes the directions"));
    connect(reset, &QPushButton::clicked, this, [this] {
        resetAll();
        recordEdit(tr("Reset"));
    });
    connect(m_bookmarkPanel, &BookmarkPanel::goTo, this, &ExplorePanel::goToBookmark);
    connect(m_bookmarkPanel, &BookmarkPanel::showLatent, this, &ExplorePanel::showLatent);
    connect(m_worker.get(), &ExplorerWorker::loaded, this, &ExplorePanel::onLoaded);
    connect(m_worker.get(), &ExplorerWorker::decoded, this, &ExplorePanel::onDecoded);
    connect(m_worker.get(), &ExplorerWorker::directionsFound, this, &ExplorePanel::onDirectionsFound);
    connect(m_worker.get(), &ExplorerWorker::stripDecoded, this, [this](const QImage& strip) {
        m_strip = strip;
        m_stripLabel->setPixmap(QPixmap::fromImage(strip.scaledToHeight(std::max(72, m_stripLabel->height()), Qt::FastTransformation)));
    });
    connect(m_findDirections, &QPushButton::clicked, this, &ExplorePanel::findDirections);
    connect(m_worker.get(), &ExplorerWorker::encoded, this, &ExplorePanel::onEncoded);
    connect(m_encode, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Encode an image"), QString(),
                                                          tr("Images (*.png *.jpg *.jpeg *.bmp)"));
        if (!path.isEmpty())
            encodeImage(path);
    });
    connect(m_worker.get(), &ExplorerWorker::loadFailed, this, [this](const QString& message) {
        m_snapshot->setText(palettecolours::errorHtml(message, palette()));
        if (!m_generatorPath.isEmpty() && m_worker->source().path != m_generatorPath) {
            // The generator did not load: back to the project's snapshots.
            m_generatorPath.clear();
            m_refresh->setVisible(true);
            m_refresh->setEnabled(!m_projectDir.isEmpty());
        }
    });
}

ExplorePanel::~ExplorePanel() = default;

void ExplorePanel::setProject(const QString& projectDir)
{
    m_projectDir = projectDir;
    m_generatorPath.clear();
    m_snapshotStep = -1;
    m_bookmarks->setFile(projectDir.isEmpty() ? QString() : projectDir + QStringLiteral("/bookmarks.json"));
    refresh();
}

void ExplorePanel::openGenerator(const QString& path, int latentDim)
{
    m_generatorPath = path;
    m_snapshotStep = -1;
    m_bookmarks->setFile({}); // another model's latents: kept in memory, exportable
    m_refresh->setEnabled(false);
    m_snapshot->setText(tr("Loading the generator %1…").arg(QFileInfo(path).fileName()));
    m_worker->loadTorchScript(path, latentDim);
}

void ExplorePanel::refresh()
{
    if (!m_generatorPath.isEmpty())
        return; // an imported generator has no newer snapshots
    const auto latest = CheckpointStore((m_projectDir + "/checkpoints").toStdString()).latest();
    if (m_projectDir.isEmpty() || latest.step < 0) {
        m_snapshot->setText(tr("No checkpoint yet: train the model, then explore it here."));
        m_refresh->setEnabled(!m_projectDir.isEmpty());
        return;
    }
    m_snapshot->setText(tr("Loading the checkpoint of step %1…").arg(latest.step));
    m_worker->loadCheckpoint(QString::fromStdString(latest.path));
}

void ExplorePanel::noteNewCheckpoint(qint64 step)
{
    if (step > m_snapshotStep)
        m_refresh->setText(tr("Refresh (step %1)").arg(step));
}

void ExplorePanel::onLoaded(qint64 step, int latentDim, int imageSize, bool isVae, const QString& source)
{
    m_isVae = isVae;
    m_encode->setVisible(isVae);
    m_original = QImage();
    m_originalLabel->setVisible(false);
    m_snapshotStep = step;
    m_refresh->setText(tr("Refresh snapshot"));
    if (m_worker->isImported()) {
        m_snapshot->setText(tr("Imported generator %1: z of %2, %3x%3 images")
                                .arg(QFileInfo(source).fileName()).arg(latentDim).arg(imageSize));
        m_findDirections->setToolTip(tr("Principal directions of the generator's output images (its layers are "
                                        "hidden), mapped back to z"));
    } else {
        m_snapshot->setText(tr("Snapshot of step %1: z of %2, %3x%3 images").arg(step).arg(latentDim).arg(imageSize));
        m_findDirections->setToolTip(
            isVae ? tr("Principal directions of the encoder's means over 2000 images of the dataset")
                  : tr("Principal directions of the generator's first layer, mapped back to z (GANSpace)"));
    }
    m_refresh->setVisible(!m_worker->isImported());
    m_bookmarkPanel->setModelHash(m_worker->modelHash());
    if (int(m_rows.size()) != latentDim)
        rebuildSliders(latentDim);
    onDirectionsFound({}, {}); // directions belong to the old snapshot
    m_findDirections->setText(tr("Find directions"));
    loadSeed();
    resetHistory();
}

void ExplorePanel::resetHistory()
{
    m_history->clear();
    m_state = captureState();
}

ExploreState ExplorePanel::captureState() const
{
    ExploreState state;
    state.seed = m_seed->value();
    state.base = m_base;
    state.truncation = m_truncation->value();
    for (const DirectionRow& d : m_directions)
        state.directionSigmas.push_back(d.sigma);
    state.origin = m_origin;
    state.edited = m_edited;
    return state;
}

void ExplorePanel::applyState(const ExploreState& state)
{
    if (state.base.size() != m_base.size())
        return; // another snapshot's vector
    m_applying = true;
    {
        const QSignalBlocker blockSeed(m_seed);
        const QSignalBlocker blockTruncation(m_truncation);
        m_seed->setValue(state.seed);
        m_truncation->setValue(state.truncation);
    }
    m_base = state.base;
    setSliderValues();
    for (std::size_t i = 0; i < m_directions.size(); ++i) {
        DirectionRow& d = m_directions[i];
        d.sigma = i < state.directionSigmas.size() ? state.directionSigmas[i] : 0.0;
        const QSignalBlocker block(d.slider);
        d.slider->setValue(int(std::lround(d.sigma * kSliderSteps)));
        d.value->setText(QStringLiteral("%1σ").arg(d.sigma, 0, 'f', 2));
    }
    m_origin = state.origin;
    m_edited = state.edited;
    m_state = state;
    m_applying = false;
    requestPreview();
}

void ExplorePanel::recordEdit(const QString& text, int mergeKey)
{
    if (m_applying)
        return;
    ExploreState now = captureState();
    if (now.sameLatent(m_state) && now.origin == m_state.origin)
        return;
    m_history->push(new LatentEditCommand(text, m_state, now, [this](const ExploreState& s) { applyState(s); },
                                          mergeKey, m_gesture));
    m_state = std::move(now);
    if (mergeKey < 0)
        ++m_gesture;
}

void ExplorePanel::setSliderValues()
{
    for (std::size_t i = 0; i < m_rows.size() && i < m_base.size(); ++i) {
        const QSignalBlocker block(m_rows[i].slider);
        // Values beyond the slider's +-3 sigma keep their exact value in m_base.
        m_rows[i].slider->setValue(int(std::lround(m_base[i] * kSliderSteps)));
        m_rows[i].value->setText(QStringLiteral("%1σ").arg(m_base[i], 0, 'f', 2));
    }
}

LatentBookmark ExplorePanel::captureBookmark() const
{
    LatentBookmark bookmark;
    bookmark.z = currentLatent();
    const bool pureSeed = !m_edited && m_origin == tr("seed %1").arg(m_seed->value());
    bookmark.seed = pureSeed ? m_seed->value() : -1;
    bookmark.truncation = m_truncation->value();
    bookmark.modelSha256 = m_worker->modelHash().toStdString();
    bookmark.step = m_worker->snapshotStep();
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
    for (DirectionRow& d : m_directions) {
        const QSignalBlocker block(d.slider);
        d.slider->setValue(0);
        d.sigma = 0.0;
        d.value->setText(QStringLiteral("0.00σ"));
    }
    for (Row& row : m_rows)
        row.pin->setChecked(false);
    m_base = z;
    m_origin = label;
    m_edited = false;
    setSliderValues();
    requestPreview();
    recordEdit(tr("Show %1").arg(label));
}

void ExplorePanel::goToBookmark(int index)
{
    if (index < 0 || index >= m_bookmarks->size())
        return;
    const LatentBookmark& b = m_bookmarks->at(index);
    showLatent(b.z, QString::fromStdString(b.name));
}

void ExplorePanel::rebuildSliders(int latentDim)
{
    m_rows.clear();
    m_base.assign(std::size_t(latentDim), 0.0f);
    m_sliderHost = new QWidget;
    auto* grid = new QGridLayout(m_sliderHost);
    grid->setVerticalSpacing(2);
    for (int i = 0; i < latentDim; ++i) {
        Row row;
        row.widget = new QWidget(m_sliderHost);
        auto* line = new QHBoxLayout(row.widget);
        line->setContentsMargins(0, 0, 0, 0);
        auto* name = new QLabel(QStringLiteral("z %1").arg(i), row.widget);
        name->setMinimumWidth(44);
        row.slider = new QSlider(Qt::Horizontal, row.widget);
        row.slider->setRange(int(-kSliderSigmas * kSliderSteps), int(kSliderSigmas * kSliderSteps));
        row.value = new QLabel(row.widget);
        row.value->setMinimumWidth(56);
        row.pin = new QCheckBox(tr("pin"), row.widget);
        row.pin->setToolTip(tr("Keep this value when the seed changes"));
        line->addWidget(name);
        line->addWidget(row.slider, 1);
        line->addWidget(row.value);
        line->addWidget(row.pin);
        grid->addWidget(row.widget, i, 0);
        connect(row.slider, &QSlider::valueChanged, this, [this, i](int value) {
            m_base[std::size_t(i)] = float(value) / kSliderSteps;
            m_rows[std::size_t(i)].value->setText(QStringLiteral("%1σ").arg(value / double(kSliderSteps), 0, 'f', 2));
            m_edited = true;
            requestPreview();
            recordEdit(tr("Edit z %1").arg(i), kDimensionKey + i);
        });
        connect(row.slider, &QSlider::sliderReleased, this, [this] { ++m_gesture; });
        m_rows.push_back(row);
    }
    grid->setRowStretch(latentDim, 1);
    m_sliderArea->setWidget(m_sliderHost);
    applyFilter();
}

void ExplorePanel::loadSeed()
{
    const std::vector<float> z = m_worker->latentForSeed(quint64(m_seed->value()));
    if (z.size() != m_rows.size())
        return;
    bool pinned = false;
    for (std::size_t i = 0; i < z.size(); ++i) {
        if (!m_rows[i].pin->isChecked())
            m_base[i] = z[i];
        else
            pinned = true;
    }
    setSliderValues();
    m_origin = tr("seed %1").arg(m_seed->value());
    m_edited = pinned;
    for (const DirectionRow& d : m_directions)
        m_edited = m_edited || d.sigma != 0.0;
    requestPreview();
}

void ExplorePanel::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        m_rows[i].widget->setVisible(text.isEmpty() || QString::number(i).contains(text));
}

void ExplorePanel::resetAll()
{
    for (Row& row : m_rows)
        row.pin->setChecked(false);
    for (DirectionRow& d : m_directions) {
        const QSignalBlocker block(d.slider);
        d.slider->setValue(0);
        d.sigma = 0.0;
        d.value->setText(QStringLiteral("0.00σ"));
    }
    loadSeed();
}

bool ExplorePanel::savePreview(const QString& path)
{
    if (m_preview.isNull())
        return false;
    const QImage rgb = m_preview.format() == QImage::Format_Grayscale8 ? m_preview
                                                                       : m_preview.convertToFormat(QImage::Format_RGB888);
    const int channels = rgb.format() == QImage::Format_Grayscale8 ? 1 : 3;
    Image image(rgb.width(), rgb.height(), channels);
    for (int y = 0; y < rgb.height(); ++y)
        std::copy_n(rgb.constScanLine(y), std::size_t(rgb.width()) * channels, image.row(y));
    QStringList z;
    for (float v : currentLatent())
        z << QString::number(double(v), 'g', 9);
    const PngText text = {softwareText(),
                          {"latent-studio.model_sha256", m_worker->modelHash().toStdString()},
                          {"latent-studio.step", std::to_string(m_worker->snapshotStep())},
                          {"latent-studio.seed", std::to_string(m_seed->value())},
                          {"latent-studio.truncation", QString::number(m_truncation->value()).toStdString()},
                          {"latent-studio.z", ("[" + z.join(',') + "]").toStdString()}};
    try {
        writePng(path.toStdString(), image, text);
        return true;
    } catch (const StudioError&) {
        return false;
    }
}

void ExplorePanel::encodeImage(const QString& path)
{
    if (!m_isVae)
        return;
    m_encodedName = QFileInfo(path).fileName();
    m_worker->encodeImage(path);
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
    if (!m_worker->isReady())
        return;
    m_findDirections->setEnabled(false);
    m_findDirections->setText(tr("Finding…"));
    m_worker->findDirections(kDirectionCount, m_generatorPath.isEmpty() ? m_projectDir : QString());
}

void ExplorePanel::onDirectionsFound(const QList<QList<float>>& directions, const QList<double>& variance)
{
    m_findDirections->setEnabled(true);
    m_findDirections->setText(tr("Find again"));
    bool moved = false;
    for (const DirectionRow& d : m_directions)
        moved = moved || d.sigma != 0.0;
    const bool replacing = !m_directions.empty();
    QLayout* layout = m_directionHost->layout();
    while (QLayoutItem* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_directions.clear();
    m_stripDirection = -1;
    for (qsizetype i = 0; i < directions.size(); ++i) {
        auto* row = new QWidget(m_directionHost);
        auto* line = new QHBoxLayout(row);
        line->setContentsMargins(0, 0, 0, 0);
        auto* name = new QLabel(tr("PC%1  %2%").arg(i + 1).arg(100.0 * variance.value(i), 0, 'f', 1), row);
        name->setMinimumWidth(92);
        DirectionRow d;
        d.vector.assign(directions[i].begin(), directions[i].end());
        d.slider = new QSlider(Qt::Horizontal, row);
        d.slider->setRange(int(-kSliderSigmas * kSliderSteps), int(kSliderSigmas * kSliderSteps));
        d.value = new QLabel(QStringLiteral("0.00σ"), row);
        d.value->setMinimumWidth(56);
        line->addWidget(name);
        line->addWidget(d.slider, 1);
        line->addWidget(d.value);
        layout->addWidget(row);
        const int index = int(i);
        connect(d.slider, &QSlider::valueChanged, this, [this, index](int value) {
            DirectionRow& row = m_directions[std::size_t(index)];
            row.sigma = value / double(kSliderSteps);
            row.value->setText(QStringLiteral("%1σ").arg(row.sigma, 0, 'f', 2));
            m_edited = true;
            m_stripDirection = index;
            requestPreview();
            recordEdit(tr("Move along PC%1").arg(index + 1), kDirectionKey + index);
        });
        connect(d.slider, &QSlider::sliderReleased, this, [this] { ++m_gesture; });
        m_directions.push_back(std::move(d));
    }
    if (!m_directions.empty())
        requestStrip(0);
    if (moved)
        requestPreview();
    // Edits made before the first directions undo as they were; edits along
    // directions now replaced would name the wrong vectors: a new history.
    if (replacing)
        resetHistory();
    else
        m_state = captureState();
}

void ExplorePanel::setDirection(int index, double sigma)
{
    if (index >= 0 && std::size_t(index) < m_directions.size())
        m_directions[std::size_t(index)].slider->setValue(int(std::lround(sigma * kSliderSteps)));
}

void ExplorePanel::requestStrip(int direction)
{
    m_stripDirection = direction;
    // The current vector moved along one direction from -3 to +3 sigma.
    const DirectionRow& row = m_directions[std::size_t(direction)];
    std::vector<std::vector<float>> latents;
    for (int step = -3; step <= 3; ++step) {
        std::vector<float> z = currentLatent();
        const float psi = float(m_truncation->value());
        for (std::size_t i = 0; i < z.size(); ++i)
            z[i] += psi * float(step - row.sigma) * row.vector[i];
        latents.push_back(std::move(z));
    }
    m_worker->requestStrip(latents);
    m_stripCaption->setText(tr("PC%1 from -3σ to +3σ").arg(direction + 1));
}

std::vector<float> ExplorePanel::currentLatent() const
{
    std::vector<float> z = m_base;
    for (const DirectionRow& d : m_directions)
        for (std::size_t i = 0; i < z.size() && i < d.vector.size(); ++i)
            z[i] += float(d.sigma) * d.vector[i];
    const float psi = float(m_truncation->value()); // the prior's mean is 0
    for (float& v : z)
        v *= psi;
    return z;
}

void ExplorePanel::setSeed(quint64 seed) { m_seed->setValue(int(seed)); }
void ExplorePanel::setTruncation(double psi) { m_truncation->setValue(psi); }

void ExplorePanel::setDimension(int index, double sigma)
{
    if (index >= 0 && std::size_t(index) < m_rows.size())
        m_rows[std::size_t(index)].slider->setValue(int(std::lround(sigma * kSliderSteps)));
}

void ExplorePanel::requestPreview()
{
    if (m_base.empty() || !m_worker->isReady())
        return;
    m_requestedSerial = m_worker->requestDecode(currentLatent());
    // The strip walks from the vector shown: it follows every change.
    if (m_stripDirection >= 0 && std::size_t(m_stripDirection) < m_directions.size())
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
        m_image->setPixmap(QPixmap::fromImage(m_preview.scaled(m_image->size(), Qt::KeepAspectRatio, Qt::FastTransformation)));
}

void ExplorePanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updatePixmap();
}

} // namespace latent
