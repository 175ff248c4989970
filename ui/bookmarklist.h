// SPDX-License-Identifier: MIT
#pragma once

#include "latent/latentbookmark.h"

#include <QObject>
#include <QString>

#include <vector>

namespace latent {

// The bookmarks of the project open in the window, kept in its
// bookmarks.json (saved after every change) and shared by the Explore and
// Interpolate tabs. Without a project they live in memory only.
class BookmarkList : public QObject {
    Q_OBJECT
public:
    explicit BookmarkList(QObject* parent = nullptr);

    // Reads `path` ("" for none); a bad file is reported by failed() and
    // left as it is on disk (never overwritten until it reads).
    void setFile(const QString& path);
    const QString& file() const { return m_file; }

    int size() const { return int(m_bookmarks.size()); }
    const LatentBookmark& at(int index) const { return m_bookmarks[std::size_t(index)]; }
    const std::vector<LatentBookmark>& all() const { return m_bookmarks; }
    int indexOf(const QString& name) const;
    // A name not yet taken: `wanted`, or "wanted 2", "wanted 3", ...
    QString uniqueName(const QString& wanted) const;

    // Each returns false (with failed()) when the file could not be written.
    bool add(LatentBookmark bookmark); // renamed to a unique name if taken
    bool remove(int index);
    bool rename(int index, const QString& name);
    // Writes the bookmarks to another file (an export for the CLI or others).
    bool exportTo(const QString& path);

Q_SIGNALS:
    void changed();
    void failed(const QString& message);

private:
    bool save();

    QString m_file;
    bool m_writable = true;
    std::vector<LatentBookmark> m_bookmarks;
};

} // namespace latent
