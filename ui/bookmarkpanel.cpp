// SPDX-License-Identifier: MIT
#include "bookmarkpanel.h"

#include "bookmarklist.h"
#include "latent/latentbookmark.h"
#include "palettecolours.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace latent {

BookmarkPanel::BookmarkPanel(BookmarkList* bookmarks, std::function<LatentBookmark()> capture, QWidget* parent)
    : QWidget(parent),
      m_bookmarks(bookmarks),
      m_capture(std::move(capture)),
      m_name(new QLineEdit(this)),
      m_list(new QListWidget(this)),
      m_a(new QComboBox(this)),
      m_b(new QComboBox(this)),
      m_c(new QComboBox(this)),
      m_message(new QLabel(this))
{
    m_name->setPlaceholderText(tr("Name for the vector shown"));
    auto* add = new QPushButton(tr("Bookmark"), this);
    add->setToolTip(tr("Keep the vector shown (its z, seed, truncation and the model's hash) in the project's "
                       "bookmarks.json, which latent-cli reads too (--bookmarks NAME)"));
    auto* go = new QPushButton(tr("Go to"), this);
    auto* rename = new QPushButton(tr("Rename…"), this);
    auto* remove = new QPushButton(tr("Delete"), this);
    auto* exportJson = new QPushButton(tr("Export JSON…"), this);
    exportJson->setToolTip(tr("Write the bookmarks to a JSON file of your choice"));
    m_list->setToolTip(tr("Double-click to show a bookmark"));
    auto* show = new QPushButton(tr("Show"), this);
    show->setToolTip(tr("Show A - B + C: the difference between B and A, added to C"));
    for (QComboBox* box : {m_a, m_b, m_c})
        box->setMinimumContentsLength(8);
    m_message->setWordWrap(true);

    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_name, 1);
    addRow->addWidget(add);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(go);
    buttons->addWidget(rename);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    buttons->addWidget(exportJson);
    auto* arithmetic = new QHBoxLayout;
    arithmetic->addWidget(m_a, 1);
    arithmetic->addWidget(new QLabel(QStringLiteral("−"), this));
    arithmetic->addWidget(m_b, 1);
    arithmetic->addWidget(new QLabel(QStringLiteral("+"), this));
    arithmetic->addWidget(m_c, 1);
    arithmetic->addWidget(show);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(addRow);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("<b>Latent arithmetic</b>"), this));
    layout->addLayout(arithmetic);
    layout->addWidget(m_message);

    connect(add, &QPushButton::clicked, this, [this] {
        addCurrent(m_name->text());
        m_name->clear();
    });
    connect(m_name, &QLineEdit::returnPressed, add, &QPushButton::click);
    connect(go, &QPushButton::clicked, this, [this] {
        if (selected() >= 0)
            Q_EMIT goTo(selected());
    });
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] { Q_EMIT goTo(selected()); });
    connect(rename, &QPushButton::clicked, this, [this] {
        const int index = selected();
        if (index < 0)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename bookmark"), tr("Name:"), QLineEdit::Normal,
                                                   QString::fromStdString(m_bookmarks->at(index).name), &ok);
        if (ok)
            m_bookmarks->rename(index, name);
    });
    connect(remove, &QPushButton::clicked, this, [this] { m_bookmarks->remove(selected()); });
    connect(exportJson, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export bookmarks"),
                                                          QStringLiteral("bookmarks.json"), tr("JSON (*.json)"));
        if (!path.isEmpty() && m_bookmarks->exportTo(path))
            m_message->setText(tr("Wrote %1").arg(path));
    });
    connect(show, &QPushButton::clicked, this,
            [this] { applyArithmetic(m_a->currentIndex(), m_b->currentIndex(), m_c->currentIndex()); });
    connect(m_bookmarks, &BookmarkList::changed, this, &BookmarkPanel::rebuild);
    connect(m_bookmarks, &BookmarkList::failed, this, [this](const QString& message) {
        m_message->setText(palettecolours::errorHtml(message, palette()));
    });
    rebuild();
}

int BookmarkPanel::selected() const { return m_list->currentRow(); }

void BookmarkPanel::setModelHash(const QString& hash)
{
    m_modelHash = hash;
    rebuild();
}

void BookmarkPanel::addCurrent(const QString& name)
{
    LatentBookmark bookmark = m_capture();
    if (bookmark.z.empty())
        return;
    bookmark.name = m_bookmarks->uniqueName(name.trimmed().isEmpty() ? tr("bookmark %1").arg(m_bookmarks->size() + 1)
                                                                     : name).toStdString();
    bookmark.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    if (m_bookmarks->add(bookmark))
        m_message->setText(tr("Bookmarked as \"%1\"").arg(QString::fromStdString(bookmark.name)));
}

void BookmarkPanel::applyArithmetic(int a, int b, int c)
{
    const int n = m_bookmarks->size();
    if (a < 0 || b < 0 || c < 0 || a >= n || b >= n || c >= n) {
        m_message->setText(tr("Choose three bookmarks for A - B + C"));
        return;
    }
    const std::vector<float>& za = m_bookmarks->at(a).z;
    const std::vector<float>& zb = m_bookmarks->at(b).z;
    const std::vector<float>& zc = m_bookmarks->at(c).z;
    if (za.size() != zb.size() || za.size() != zc.size()) {
        m_message->setText(tr("These bookmarks have latent vectors of different sizes"));
        return;
    }
    std::vector<float> z(za.size());
    for (std::size_t i = 0; i < z.size(); ++i)
        z[i] = za[i] - zb[i] + zc[i];
    const QString label = QStringLiteral("%1 − %2 + %3")
                              .arg(QString::fromStdString(m_bookmarks->at(a).name),
                                   QString::fromStdString(m_bookmarks->at(b).name),
                                   QString::fromStdString(m_bookmarks->at(c).name));
    m_message->setText(label);
    Q_EMIT showLatent(z, label);
}

void BookmarkPanel::rebuild()
{
    const int row = m_list->currentRow();
    m_list->clear();
    QStringList names;
    for (const LatentBookmark& b : m_bookmarks->all()) {
        const QString name = QString::fromStdString(b.name);
        names << name;
        const bool otherWeights = !m_modelHash.isEmpty() && !b.modelSha256.empty()
                               && QString::fromStdString(b.modelSha256) != m_modelHash;
        QString detail = b.seed >= 0 ? tr("seed %1").arg(b.seed) : tr("edited");
        if (b.step >= 0)
            detail += tr(", step %1").arg(b.step);
        if (otherWeights)
            detail += tr(", other weights");
        auto* item = new QListWidgetItem(QStringLiteral("%1   (%2)").arg(name, detail), m_list);
        item->setToolTip(tr("model %1…; made %2").arg(QString::fromStdString(b.modelSha256).left(12),
                                                     QString::fromStdString(b.created)));
    }
    m_list->setCurrentRow(std::min(row, m_list->count() - 1));
    for (QComboBox* box : {m_a, m_b, m_c}) {
        const int index = box->currentIndex();
        box->clear();
        box->addItems(names);
        box->setCurrentIndex(index >= 0 && index < names.size() ? index : std::min(int(names.size()) - 1, 0));
    }
}

} // namespace latent
