// SPDX-License-Identifier: MIT
#include "bookmarklist.h"

#include "latent/bookmarkfile.h"

namespace latent {

BookmarkList::BookmarkList(QObject* parent) : QObject(parent) {}

void BookmarkList::setFile(const QString& path)
{
    m_file = path;
    m_bookmarks.clear();
    m_writable = true;
    if (!path.isEmpty()) {
        try {
            m_bookmarks = BookmarkFile::read(path.toStdString());
        } catch (const std::exception& e) {
            m_writable = false; // keep the user's file as it is
            Q_EMIT failed(QString::fromUtf8(e.what()));
        }
    }
    Q_EMIT changed();
}

int BookmarkList::indexOf(const QString& name) const
{
    for (std::size_t i = 0; i < m_bookmarks.size(); ++i)
        if (QString::fromStdString(m_bookmarks[i].name) == name)
            return int(i);
    return -1;
}

QString BookmarkList::uniqueName(const QString& wanted) const
{
    const QString base = wanted.trimmed().isEmpty() ? tr("bookmark") : wanted.trimmed();
    QString name = base;
    for (int n = 2; indexOf(name) >= 0; ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

bool BookmarkList::add(LatentBookmark bookmark)
{
    bookmark.name = uniqueName(QString::fromStdString(bookmark.name)).toStdString();
    m_bookmarks.push_back(std::move(bookmark));
    Q_EMIT changed();
    return save();
}

bool BookmarkList::remove(int index)
{
    if (index < 0 || index >= size())
        return false;
    m_bookmarks.erase(m_bookmarks.begin() + index);
    Q_EMIT changed();
    return save();
}

bool BookmarkList::rename(int index, const QString& name)
{
    if (index < 0 || index >= size() || name.trimmed().isEmpty())
        return false;
    if (QString::fromStdString(at(index).name) == name.trimmed())
        return true;
    m_bookmarks[std::size_t(index)].name = uniqueName(name).toStdString();
    Q_EMIT changed();
    return save();
}

bool BookmarkList::exportTo(const QString& path)
{
    try {
        BookmarkFile::write(path.toStdString(), m_bookmarks);
        return true;
    } catch (const std::exception& e) {
        Q_EMIT failed(QString::fromUtf8(e.what()));
        return false;
    }
}

bool BookmarkList::save()
{
    if (m_file.isEmpty())
        return true;
    if (!m_writable) {
        Q_EMIT failed(tr("%1 could not be read, so it is not replaced; the bookmarks are kept until the studio closes")
                          .arg(m_file));
        return false;
    }
    return exportTo(m_file);
}

} // namespace latent
