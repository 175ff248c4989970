// SPDX-License-Identifier: MIT
#include "timelinepanel.h"

#include "backgroundjob.h"
#include "bookmarklist.h"
#include "exploresession.h"
#include "explorerworker.h"
#include "io/animationfile.h"
#include "latent/inferenceengine.h"
#include "latent/latentbookmark.h"
#include "latent/pathanimation.h"
#include "palettecolours.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace latent {

namespace {
// Extra paths of a grid video walk through seeds kExtraSeedStride * p + k.
constexpr int kExtraSeedStride = 100;
} // namespace

TimelinePanel::TimelinePanel(ExploreSession* session, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_keyList(new QListWidget(this)),
      m_seed(new QSpinBox(this)),
      m_bookmark(new QComboBox(this)),
      m_interpolation(new QComboBox(this)),
      m_easing(new QComboBox(this)),
      m_framesBetween(new QSpinBox(this)),
      m_loop(new QCheckBox(tr("Loop back to the first key"), this)),
      m_preview(new QLabel(this)),
      m_scrub(new QSlider(Qt::Horizontal, this)),
      m_frameLabel(new QLabel(this)),
      m_play(new QPushButton(tr("Play"), this)),
      m_playTimer(new QTimer(this)),
      m_format(new QComboBox(this)),
      m_fps(new QSpinBox(this)),
      m_scale(new QSpinBox(this)),
      m_extraPaths(new QSpinBox(this)),
      m_export(new QPushButton(tr("Export…"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)),
      m_job(new BackgroundJob(this))
{
    // Keys.
    auto* addShown = new QPushButton(tr("Add the vector shown in Explore"), this);
    addShown->setToolTip(tr("The Explore tab's vector as it is: a seed, an edit, an encoded image or arithmetic"));
    auto* addSeed = new QPushButton(tr("Add seed"), this);
    auto* addBookmark = new QPushButton(tr("Add bookmark"), this);
    auto* up = new QPushButton(tr("Up"), this);
    auto* down = new QPushButton(tr("Down"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    auto* seedRow = new QHBoxLayout;
    seedRow->addWidget(m_seed, 1);
    seedRow->addWidget(addSeed);
    auto* bookmarkRow = new QHBoxLayout;
    bookmarkRow->addWidget(m_bookmark, 1);
    bookmarkRow->addWidget(addBookmark);
    auto* orderRow = new QHBoxLayout;
    orderRow->addWidget(up);
    orderRow->addWidget(down);
    orderRow->addStretch(1);
    orderRow->addWidget(remove);
    auto* keysBox = new QGroupBox(tr("Keyframes"), this);
    auto* keysLayout = new QVBoxLayout(keysBox);
    keysLayout->addWidget(m_keyList, 1);
    keysLayout->addLayout(orderRow);
    keysLayout->addWidget(addShown);
    keysLayout->addLayout(seedRow);
    keysLayout->addLayout(bookmarkRow);

    // Path settings.
    m_interpolation->addItem(tr("Spherical (slerp)"), int(LatentPath::Interpolation::Spherical));
    m_interpolation->addItem(tr("Linear (lerp)"), int(LatentPath::Interpolation::Linear));
    m_interpolation->setToolTip(tr("Slerp keeps the vectors' length, as a Gaussian prior expects; lerp passes "
                                   "closer to the origin, where images tend to wash out"));
    m_easing->addItem(tr("Constant speed"), int(LatentPath::Easing::Linear));
    m_easing->addItem(tr("Ease in and out"), int(LatentPath::Easing::EaseInOut));
    m_framesBetween->setRange(1, 1000);
    m_framesBetween->setValue(30);
    m_framesBetween->setToolTip(tr("Frames from one keyframe to the next"));
    auto* pathBox = new QGroupBox(tr("Path"), this);
    auto* pathForm = new QFormLayout(pathBox);
    pathForm->addRow(tr("Interpolation"), m_interpolation);
    pathForm->addRow(tr("Easing"), m_easing);
    pathForm->addRow(tr("Frames between keys"), m_framesBetween);
    pathForm->addRow(m_loop);

    // Export.
    m_format->addItem(tr("MP4 video"), QStringLiteral("mp4"));
    m_format->addItem(tr("Animated GIF"), QStringLiteral("gif"));
    m_format->addItem(tr("Folder of PNG frames"), QStringLiteral("folder"));
    m_fps->setRange(1, 120);
    m_fps->setValue(30);
    m_fps->setSuffix(tr(" fps"));
    m_scale->setRange(1, 64);
    m_scale->setPrefix(QStringLiteral("×"));
    m_scale->setToolTip(tr("Each image enlarged this many times (nearest neighbour, so pixels stay sharp)"));
    m_extraPaths->setRange(0, 15);
    m_extraPaths->setToolTip(tr("A grid video: this path plus more paths with as many keys through seeds 100·p + k, "
                                "all walked in step"));
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* exportBox = new QGroupBox(tr("Export"), this);
    auto* exportForm = new QFormLayout(exportBox);
    exportForm->addRow(tr("Format"), m_format);
    exportForm->addRow(tr("Frame rate"), m_fps);
    exportForm->addRow(tr("Enlarge"), m_scale);
    exportForm->addRow(tr("More paths (grid)"), m_extraPaths);
    auto* exportRow = new QHBoxLayout;
    exportRow->addWidget(m_export);
    exportRow->addWidget(m_cancel);
    exportForm->addRow(exportRow);
    exportForm->addRow(m_progress);
    exportForm->addRow(m_status);

    // Preview.
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(256, 256);
    m_preview->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_preview->setStyleSheet(QStringLiteral("background: #202020;"));
    m_scrub->setObjectName(QStringLiteral("timelineScrub"));
    m_scrub->setToolTip(tr("Drag to scrub through the path"));
    auto* scrubRow = new QHBoxLayout;
    scrubRow->addWidget(m_play);
    scrubRow->addWidget(m_scrub, 1);
    scrubRow->addWidget(m_frameLabel);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(keysBox, 1);
    leftLayout->addWidget(pathBox);
    leftLayout->addWidget(exportBox);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_preview, 1);
    rightLayout->addLayout(scrubRow);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({380, 620});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(addShown, &QPushButton::clicked, this, &TimelinePanel::addCurrentKey);
    connect(addSeed, &QPushButton::clicked, this, [this] { addSeedKey(quint64(m_seed->value())); });
    connect(addBookmark, &QPushButton::clicked, this, [this] { addBookmarkKey(m_bookmark->currentIndex()); });
    connect(up, &QPushButton::clicked, this, [this] { moveKey(m_keyList->currentRow(), -1); });
    connect(down, &QPushButton::clicked, this, [this] { moveKey(m_keyList->currentRow(), +1); });
    connect(remove, &QPushButton::clicked, this, [this] { removeKey(m_keyList->currentRow()); });
    connect(m_keyList, &QListWidget::itemDoubleClicked, this, [this] {
        // Jump the preview to the key.
        scrubTo(m_keyList->currentRow() * m_framesBetween->value());
    });
    connect(m_interpolation, &QComboBox::currentIndexChanged, this, &TimelinePanel::pathChanged);
    connect(m_easing, &QComboBox::currentIndexChanged, this, &TimelinePanel::pathChanged);
    connect(m_framesBetween, &QSpinBox::valueChanged, this, &TimelinePanel::pathChanged);
    connect(m_loop, &QCheckBox::toggled, this, &TimelinePanel::pathChanged);
    connect(m_scrub, &QSlider::valueChanged, this, &TimelinePanel::scrubTo);
    connect(m_play, &QPushButton::clicked, this, &TimelinePanel::togglePlay);
    connect(m_playTimer, &QTimer::timeout, this, &TimelinePanel::advance);
    connect(m_fps, &QSpinBox::valueChanged, this, [this](int fps) { m_playTimer->setInterval(1000 / fps); });
    connect(m_export, &QPushButton::clicked, this, &TimelinePanel::chooseExportTarget);
    connect(m_cancel, &QPushButton::clicked, m_job, &BackgroundJob::cancel);
    connect(m_job, &BackgroundJob::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_job, &BackgroundJob::finished, this, [this](bool ok, const QString& message) {
        m_export->setEnabled(true);
        m_cancel->setVisible(false);
        m_progress->setVisible(false);
        m_status->setText(ok ? message : palettecolours::errorHtml(message, palette()));
        Q_EMIT exportFinished(ok, message);
    });
    ExplorerWorker* worker = m_session->worker();
    connect(worker, &ExplorerWorker::frameDecoded, this, [this](quint64 serial, const QImage& image) {
        if (serial < m_shown)
            return;
        m_shown = serial;
        m_frame = image;
        m_preview->setPixmap(
            QPixmap::fromImage(image.scaled(m_preview->size(), Qt::KeepAspectRatio, Qt::FastTransformation)));
        Q_EMIT frameShown();
    });
    connect(worker, &ExplorerWorker::loaded, this, [this](qint64, int latentDim, int imageSize) {
        m_imageSize = imageSize;
        m_scale->setValue(PathAnimation::defaultScale(imageSize));
        // Keys of another latent size cannot be walked on this model.
        const auto before = m_keys.size();
        const std::size_t classes = std::size_t(m_session->worker()->classNames().size());
        m_keys.erase(std::remove_if(m_keys.begin(), m_keys.end(),
                                    [latentDim, classes](const Keyframe& k) {
                                        return int(k.z.size()) != latentDim || k.classWeights.size() != classes;
                                    }),
                     m_keys.end());
        if (m_keys.size() != before)
            m_status->setText(tr("Keyframes of another latent size were removed."));
        rebuildKeyList();
        pathChanged();
    });
    connect(m_session->bookmarks(), &BookmarkList::changed, this, &TimelinePanel::rebuildBookmarkChoices);
    m_playTimer->setInterval(1000 / m_fps->value());
    rebuildBookmarkChoices();
    pathChanged();
}

TimelinePanel::~TimelinePanel() = default;

void TimelinePanel::addKey(const Keyframe& key)
{
    if (key.z.empty())
        return;
    if (!m_keys.empty() && key.z.size() != m_keys.front().z.size()) {
        m_status->setText(
            tr("That vector has %1 values; the keys so far have %2").arg(key.z.size()).arg(m_keys.front().z.size()));
        return;
    }
    m_keys.push_back(key);
    rebuildKeyList();
    m_keyList->setCurrentRow(int(m_keys.size()) - 1);
    pathChanged();
}

QString TimelinePanel::withClass(const QString& label, const std::vector<float>& classWeights) const
{
    const auto biggest = std::max_element(classWeights.begin(), classWeights.end());
    const QStringList names = m_session->worker()->classNames();
    const int index = biggest == classWeights.end() ? -1 : int(biggest - classWeights.begin());
    //: %1 is a keyframe (seed 7), %2 its class (Sneaker)
    return index >= 0 && index < names.size() ? tr("%1, %2").arg(label, names[index]) : label;
}

void TimelinePanel::addCurrentKey()
{
    const std::vector<float>& classes = m_session->shownClassWeights();
    addKey({withClass(m_session->shownLabel(), classes), m_session->shownLatent(), classes});
}

void TimelinePanel::addSeedKey(quint64 seed)
{
    // Of the class the Explore tab shows: pick another there to change it.
    const std::vector<float>& classes = m_session->shownClassWeights();
    addKey({withClass(tr("seed %1").arg(seed), classes), m_session->worker()->latentForSeed(seed), classes});
}

void TimelinePanel::addBookmarkKey(int index)
{
    const BookmarkList* bookmarks = m_session->bookmarks();
    if (index < 0 || index >= bookmarks->size())
        return;
    const LatentBookmark& b = bookmarks->at(index);
    // The bookmark's own class when the snapshot has it, else the one shown.
    const ExplorerWorker* worker = m_session->worker();
    std::vector<float> classes = worker->classWeights(int(worker->classNames().indexOf(QString::fromStdString(b.className))));
    if (classes.empty())
        classes = m_session->shownClassWeights();
    addKey({withClass(QString::fromStdString(b.name), classes), b.z, classes});
}

void TimelinePanel::removeKey(int index)
{
    if (index < 0 || index >= int(m_keys.size()))
        return;
    m_keys.erase(m_keys.begin() + index);
    rebuildKeyList();
    m_keyList->setCurrentRow(std::min(index, int(m_keys.size()) - 1));
    pathChanged();
}

void TimelinePanel::moveKey(int index, int delta)
{
    const int target = index + delta;
    if (index < 0 || target < 0 || index >= int(m_keys.size()) || target >= int(m_keys.size()))
        return;
    std::swap(m_keys[std::size_t(index)], m_keys[std::size_t(target)]);
    rebuildKeyList();
    m_keyList->setCurrentRow(target);
    pathChanged();
}

void TimelinePanel::rebuildKeyList()
{
    m_keyList->clear();
    for (std::size_t i = 0; i < m_keys.size(); ++i)
        m_keyList->addItem(tr("%1.  %2").arg(i + 1).arg(m_keys[i].label));
}

void TimelinePanel::rebuildBookmarkChoices()
{
    m_bookmark->clear();
    for (const LatentBookmark& b : m_session->bookmarks()->all())
        m_bookmark->addItem(QString::fromStdString(b.name));
}

LatentPath::Settings TimelinePanel::settings() const
{
    LatentPath::Settings s;
    s.framesBetween = m_framesBetween->value();
    s.interpolation = LatentPath::Interpolation(m_interpolation->currentData().toInt());
    s.easing = LatentPath::Easing(m_easing->currentData().toInt());
    s.loop = m_loop->isChecked();
    return s;
}

void TimelinePanel::setSettings(const LatentPath::Settings& s)
{
    m_framesBetween->setValue(s.framesBetween);
    m_interpolation->setCurrentIndex(m_interpolation->findData(int(s.interpolation)));
    m_easing->setCurrentIndex(m_easing->findData(int(s.easing)));
    m_loop->setChecked(s.loop);
}

int TimelinePanel::frameCount() const { return m_path ? m_path->frameCount() : 0; }

int TimelinePanel::shownFrameIndex() const { return m_scrub->value(); }

void TimelinePanel::pathChanged()
{
    // Built once per change of keys or settings, not per frame shown.
    m_path.reset();
    if (m_keys.size() >= 2) {
        std::vector<std::vector<float>> keys, classes;
        for (const Keyframe& k : m_keys) {
            keys.push_back(k.z);
            if (!k.classWeights.empty())
                classes.push_back(k.classWeights);
        }
        m_path.emplace(keys, settings(), classes.size() == keys.size() ? classes : decltype(classes)());
    }
    const int frames = frameCount();
    const bool usable = frames > 0 && m_session->worker()->isReady();
    m_scrub->setEnabled(usable);
    m_play->setEnabled(usable);
    m_export->setEnabled(usable && !m_job->isRunning());
    {
        const QSignalBlocker block(m_scrub);
        m_scrub->setRange(0, std::max(0, frames - 1));
    }
    if (!usable) {
        m_playTimer->stop();
        m_play->setText(tr("Play"));
        m_frameLabel->setText(m_keys.size() < 2 ? tr("Add two or more keyframes") : QString());
        return;
    }
    scrubTo(std::min(m_scrub->value(), frames - 1));
}

void TimelinePanel::scrubTo(int index)
{
    const std::optional<LatentPath>& p = m_path;
    if (!p || !m_session->worker()->isReady())
        return;
    index = std::clamp(index, 0, p->frameCount() - 1);
    if (m_scrub->value() != index) {
        const QSignalBlocker block(m_scrub);
        m_scrub->setValue(index);
    }
    const int between = m_framesBetween->value();
    const QString key = index % between == 0 ? tr(", key %1").arg(index / between % int(m_keys.size()) + 1) : QString();
    m_frameLabel->setText(tr("frame %1 / %2%3").arg(index + 1).arg(p->frameCount()).arg(key));
    m_requested = m_session->worker()->requestFrame(p->frame(index), p->frameClasses(index));
}

void TimelinePanel::togglePlay()
{
    if (m_playTimer->isActive()) {
        m_playTimer->stop();
        m_play->setText(tr("Play"));
    } else {
        m_playTimer->start();
        m_play->setText(tr("Pause"));
    }
}

void TimelinePanel::advance()
{
    const int frames = frameCount();
    if (frames == 0)
        return;
    // Only step on once the frame asked for is shown: a slow model plays
    // slower rather than queueing requests.
    if (m_shown < m_requested)
        return;
    scrubTo((m_scrub->value() + 1) % frames);
}

void TimelinePanel::chooseExportTarget()
{
    const QString format = m_format->currentData().toString();
    QString out;
    if (format == QLatin1String("folder")) {
        out = QFileDialog::getExistingDirectory(this, tr("Folder for the PNG frames"));
        if (out.isEmpty())
            return;
        if (!QDir(out).isEmpty()
            && QMessageBox::question(this, tr("Folder not empty"),
                                     tr("%1 is not empty. Write the frames into it, replacing frames of the same "
                                        "names?").arg(out)) != QMessageBox::Yes)
            return;
    } else {
        // The file dialog asks before replacing an existing file.
        const QString filter = format == QLatin1String("mp4") ? tr("MP4 video (*.mp4)") : tr("Animated GIF (*.gif)");
        out = QFileDialog::getSaveFileName(this, tr("Export the path"), QStringLiteral("path.") + format, filter);
        if (out.isEmpty())
            return;
        if (!out.endsWith(QLatin1Char('.') + format, Qt::CaseInsensitive))
            out += QLatin1Char('.') + format;
    }
    exportTo(out, m_fps->value(), m_scale->value(), m_extraPaths->value());
}

void TimelinePanel::exportTo(const QString& out, int fps, int scale, int extraPaths)
{
    const std::optional<LatentPath>& main = m_path;
    if (!main || m_job->isRunning())
        return;
    const LatentPath::Settings pathSettings = settings();
    const int keyCount = int(m_keys.size());
    std::vector<std::vector<float>> keyClasses; // the extra paths walk the same classes
    for (const Keyframe& k : m_keys)
        if (!k.classWeights.empty())
            keyClasses.push_back(k.classWeights);
    m_export->setEnabled(false);
    m_cancel->setVisible(true);
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_status->setText(tr("Exporting %1…").arg(out));
    LatentPath first = *main;
    m_job->start(m_session->worker()->source(),
                 [=](InferenceEngine& engine, const BackgroundJob::Progress& progress) {
                     std::vector<LatentPath> paths{first};
                     for (int p = 1; p <= extraPaths; ++p) {
                         std::vector<std::vector<float>> keys;
                         for (int k = 0; k < keyCount; ++k)
                             keys.push_back(engine.sampleLatents(1, std::uint64_t(kExtraSeedStride * p + k)).front());
                         paths.emplace_back(keys, pathSettings,
                                            int(keyClasses.size()) == keyCount ? keyClasses
                                                                               : decltype(keyClasses)());
                     }
                     const int columns = int(std::ceil(std::sqrt(double(paths.size()))));
                     const std::vector<Image> frames = PathAnimation::render(engine, paths, columns, scale, progress);
                     if (frames.empty())
                         return tr("Cancelled.");
                     AnimationFile::write(out.toStdString(), frames, fps);
                     const AnimationFile::Info info = AnimationFile::inspect(out.toStdString());
                     return tr("Wrote %1: %2 frames of %3x%4 at %5 fps (read back).")
                         .arg(out).arg(info.frames).arg(info.width).arg(info.height).arg(fps);
                 });
}

bool TimelinePanel::isExporting() const { return m_job->isRunning(); }

} // namespace latent
