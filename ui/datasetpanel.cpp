// SPDX-License-Identifier: MIT
#include "datasetpanel.h"

#include "backgroundjob.h"
#include "base/studioerror.h"
#include "data/datasetloader.h"
#include "eval/referenceset.h"
#include "io/imagegrid.h"
#include "palettecolours.h"
#include "qimageconversion.h"
#include "settinghelp.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>

namespace latent {

namespace {
using Source = DatasetSpec::Source;
constexpr int kStripImages = 8;
} // namespace

DatasetPanel::DatasetPanel(QWidget* parent)
    : QWidget(parent),
      m_source(new QComboBox(this)),
      m_path(new QLineEdit(this)),
      m_browse(new QPushButton(tr("Browse…"), this)),
      m_syntheticCount(new QSpinBox(this)),
      m_flip(new QCheckBox(tr("Random horizontal flips"), this)),
      m_balance(new QCheckBox(tr("Balance the classes"), this)),
      m_heldOut(new QSpinBox(this)),
      m_info(new QLabel(this)),
      m_strip(new QLabel(this)),
      m_classes(new QLabel(this)),
      m_classStrip(new QLabel(this)),
      m_job(new BackgroundJob(this))
{
    m_source->addItem(tr("Built-in synthetic digits"), int(Source::SyntheticDigits));
    m_source->addItem(tr("Image folder"), int(Source::ImageFolder));
    m_source->addItem(tr("MNIST-style IDX files"), int(Source::Idx));
    m_source->addItem(tr("CIFAR-10 batches"), int(Source::Cifar10));
    m_path->setPlaceholderText(tr("a folder or file (or drop a folder on the window)"));
    m_syntheticCount->setRange(64, 1000000);
    m_syntheticCount->setSingleStep(1000);
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_strip->setMinimumHeight(40);
    describeSetting(m_source, tr("Where the training images come from"),
                    tr("<b>Source</b>: the built-in synthetic digits (drawn with varied fonts, strokes and shapes, "
                       "nothing to download), a folder of PNG, JPEG or BMP images (subfolders included), "
                       "MNIST-style IDX files (plain or .gz), or the CIFAR-10 binary batches."));
    describeSetting(m_path, tr("The folder or file to read"),
                    tr("<b>Path</b>: the image folder, the IDX images file, or the CIFAR-10 folder or batch file. "
                       "Images that cannot be read are skipped with a warning that names them."));
    describeSetting(m_syntheticCount, tr("How many synthetic digits to draw"),
                    tr("<b>Images</b>: the size of the built-in data set. 20000 is plenty for 28x28 digits; fewer "
                       "train faster per epoch but repeat sooner."));
    m_heldOut->setRange(DatasetSpec::kHeldOutAuto, 1000000);
    m_heldOut->setSingleStep(500);
    m_heldOut->setSpecialValueText(tr("automatic"));
    describeSetting(m_heldOut, tr("Images set aside for the quality scores, never trained on"),
                    tr("<b>Held out</b>: real images the quality scores compare the generator with, chosen once and "
                       "never trained on, the same ones for every project on this data. Automatic: a tenth of the "
                       "images, at most 2000, none below 1000 images (the scores then compare with training "
                       "images, and say so). The built-in digits need none: fresh ones are drawn."));
    describeSetting(m_flip, tr("Mirror images at random while training"),
                    tr("<b>Random horizontal flips</b>: each image is mirrored left to right with even odds each "
                       "time it is drawn, which doubles the variety of photos. Leave it off for digits and text, "
                       "which flipping changes."));

    describeSetting(m_balance, tr("Draw every class equally often while training"),
                    tr("<b>Balance the classes</b>: with labelled data, each image of a batch is of a class picked "
                       "at random with equal odds, so a class with few images is seen as often as a big one (its "
                       "images repeat more). Off: classes come in the data's own proportions."));

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Source"), m_source);
    form->addRow(tr("Path"), pathRow);
    form->addRow(tr("Images"), m_syntheticCount);
    form->addRow(QString(), m_flip);
    form->addRow(QString(), m_balance);
    form->addRow(tr("Held out"), m_heldOut);
    form->addRow(m_info);
    form->addRow(m_strip);
    m_classes->setWordWrap(true);
    m_classes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_classes->setToolTip(tr("The classes the dataset's labels name (IDX label files, CIFAR-10, one subfolder per "
                             "class, the built-in digits), with their image counts. A conditional model learns "
                             "them (Model > Conditional)."));
    form->addRow(m_classes);
    form->addRow(m_classStrip);

    connect(m_source, &QComboBox::currentIndexChanged, this, &DatasetPanel::onSourceChanged);
    connect(m_browse, &QPushButton::clicked, this, &DatasetPanel::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        inspect();
        Q_EMIT changed();
    });
    connect(m_syntheticCount, &QSpinBox::editingFinished, this, [this] {
        inspect();
        Q_EMIT changed();
    });
    connect(m_flip, &QCheckBox::toggled, this, &DatasetPanel::changed);
    connect(m_balance, &QCheckBox::toggled, this, &DatasetPanel::changed);
    connect(m_heldOut, &QSpinBox::valueChanged, this, &DatasetPanel::changed);
    connect(m_job, &BackgroundJob::finished, this, &DatasetPanel::onInspected);
    onSourceChanged();
}

void DatasetPanel::load(const DatasetSpec& spec)
{
    const QSignalBlocker blockSource(m_source);
    Source source = spec.source;
    if (source == Source::Auto && !spec.path.empty()) {
        try {
            source = DatasetLoader::detect(spec.path);
        } catch (const StudioError&) {
            source = Source::ImageFolder; // shown as a folder; inspection reports the problem
        }
    }
    m_source->setCurrentIndex(std::max(0, m_source->findData(int(source))));
    m_path->setText(QString::fromStdString(spec.path));
    m_syntheticCount->setValue(spec.syntheticCount);
    m_flip->setChecked(spec.horizontalFlip);
    m_balance->setChecked(spec.balanceClasses);
    m_heldOut->setValue(spec.heldOut);
    onSourceChanged();
}

void DatasetPanel::store(DatasetSpec& spec) const
{
    spec.source = Source(m_source->currentData().toInt());
    spec.path = spec.source == Source::SyntheticDigits ? std::string() : m_path->text().trimmed().toStdString();
    spec.syntheticCount = m_syntheticCount->value();
    spec.horizontalFlip = m_flip->isChecked();
    spec.balanceClasses = m_balance->isChecked();
    spec.heldOut = m_heldOut->value();
}

void DatasetPanel::setImageFormat(int size, int channels)
{
    if (size == m_size && channels == m_channels)
        return;
    m_size = size;
    m_channels = channels;
    inspect();
}

void DatasetPanel::setLocked(bool locked)
{
    for (QWidget* w : std::initializer_list<QWidget*>{m_source, m_path, m_browse, m_syntheticCount, m_flip, m_balance,
                                                      m_heldOut})
        w->setEnabled(!locked);
    if (!locked) {
        const bool synthetic = Source(m_source->currentData().toInt()) == Source::SyntheticDigits;
        m_path->setEnabled(!synthetic);
        m_browse->setEnabled(!synthetic);
        m_syntheticCount->setEnabled(synthetic);
        m_heldOut->setEnabled(!synthetic);
    }
}

void DatasetPanel::useFolder(const QString& path)
{
    m_source->setCurrentIndex(m_source->findData(int(Source::ImageFolder)));
    m_path->setText(path);
    inspect();
    Q_EMIT changed();
}

void DatasetPanel::onSourceChanged()
{
    const bool synthetic = Source(m_source->currentData().toInt()) == Source::SyntheticDigits;
    m_path->setEnabled(!synthetic && m_source->isEnabled());
    m_browse->setEnabled(!synthetic && m_source->isEnabled());
    m_syntheticCount->setEnabled(synthetic && m_source->isEnabled());
    m_heldOut->setEnabled(!synthetic && m_source->isEnabled());
    inspect();
    Q_EMIT changed();
}

void DatasetPanel::browse()
{
    const Source source = Source(m_source->currentData().toInt());
    QString path;
    if (source == Source::ImageFolder)
        path = QFileDialog::getExistingDirectory(this, tr("Folder of training images"), m_path->text());
    else
        path = QFileDialog::getOpenFileName(this, tr("Dataset file"), m_path->text(),
                                            source == Source::Idx ? tr("IDX images (*idx3-ubyte* *.gz);;All files (*)")
                                                                  : tr("CIFAR-10 batches (*.bin);;All files (*)"));
    if (path.isEmpty())
        return;
    m_path->setText(path);
    inspect();
    Q_EMIT changed();
}

void DatasetPanel::inspect()
{
    if (m_job->isRunning()) {
        m_pending = true; // one more when this one ends; never wait here
        return;
    }
    DatasetSpec spec;
    store(spec);
    m_count = 0;
    if (spec.source != Source::SyntheticDigits && spec.path.empty()) {
        m_info->setText(tr("Choose a folder or file."));
        m_strip->clear();
        showClasses({});
        return;
    }
    m_info->setText(tr("Reading the dataset…"));
    const int size = m_size, channels = m_channels;
    m_job->startForValue([spec, size, channels](const BackgroundJob::Progress&) {
        return std::any(DatasetPreview::inspect(spec, size, channels, kStripImages));
    });
}

bool DatasetPanel::isInspecting() const { return m_job->isRunning(); }

void DatasetPanel::onInspected(bool ok, const QString& error)
{
    QString message = error;
    if (ok) {
        const DatasetPreview preview = std::any_cast<DatasetPreview>(m_job->value());
        m_count = preview.count;
        message = tr("%n image(s)", nullptr, int(preview.count));
        DatasetSpec spec;
        store(spec);
        if (const std::size_t held = ReferenceSet::heldOutCount(spec, preview.count))
            //: %1 is a number of images
            message += tr(" (%1 held out for the quality scores)").arg(held);
        if (preview.width > 0)
            message += tr(", stored at %1x%2, trained at %3x%3").arg(preview.width).arg(preview.height).arg(m_size);
        if (preview.samples.empty()) // none of the first files could be read
            m_strip->clear();
        else
            m_strip->setPixmap(QPixmap::fromImage(toQImage(makeImageGrid(preview.samples, kStripImages, 2, 40))
                                                      .scaledToHeight(48, Qt::FastTransformation)));
        showClasses(preview);
    } else {
        m_strip->clear();
        showClasses({});
    }
    m_info->setText(ok ? message : palettecolours::errorHtml(message, palette()));
    Q_EMIT inspected(ok, message);
    if (std::exchange(m_pending, false))
        inspect();
}

void DatasetPanel::showClasses(const DatasetPreview& preview)
{
    QStringList names;
    for (const std::string& name : preview.classNames)
        names << QString::fromStdString(name);
    Q_EMIT classesFound(names);
    QStringList lines;
    for (const std::string& warning : preview.warnings)
        lines << palettecolours::errorHtml(QString::fromStdString(warning), palette());
    if (preview.classNames.empty()) {
        if (preview.count > 0)
            lines << tr("No labels: the model learns the images without classes.");
        m_classes->setText(lines.join(QStringLiteral("<br>")));
        m_classStrip->clear();
        return;
    }
    const auto [fewest, most] = std::minmax_element(preview.classCounts.begin(), preview.classCounts.end());
    QStringList entries;
    for (std::size_t c = 0; c < preview.classNames.size(); ++c)
        //: %1 is a class's name, %2 its number of images
        entries << tr("%1 (%2)").arg(QString::fromStdString(preview.classNames[c]).toHtmlEscaped())
                       .arg(preview.classCounts[c]);
    //: %1 is a number of classes, %2 the fewest and %3 the most images of one class
    lines << tr("<b>%1 classes</b>, %2 to %3 images each: ").arg(preview.classNames.size()).arg(*fewest).arg(*most)
                 + entries.join(QStringLiteral(" · "));
    m_classes->setText(lines.join(QStringLiteral("<br>")));
    // One image per class, in class order (a class whose files could not be read shows none).
    std::vector<Image> samples;
    for (const Image& image : preview.classSamples)
        if (!image.isNull())
            samples.push_back(image);
    if (samples.empty()) {
        m_classStrip->clear();
        return;
    }
    constexpr int kShownClasses = 20;
    samples.resize(std::min<std::size_t>(samples.size(), kShownClasses));
    // One row, at most 40 pixels high, no wider than the panel's text.
    const QImage strip = toQImage(makeImageGrid(samples, int(samples.size()), 2, 40));
    const int width = std::min(strip.width() * 40 / std::max(1, strip.height()), std::max(160, m_info->width()));
    m_classStrip->setPixmap(QPixmap::fromImage(strip.scaledToWidth(width, Qt::SmoothTransformation)));
    m_classStrip->setToolTip(tr("The first image of each class, in the order above"));
}

} // namespace latent
