// SPDX-License-Identifier: MIT
#include "train/checkpointstore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <cstdio>

namespace latent {

CheckpointStore::CheckpointStore(std::string folder) : m_folder(std::move(folder)) {}

std::vector<CheckpointStore::Entry> CheckpointStore::list() const
{
    static const QRegularExpression pattern(QStringLiteral("^step-(\\d{8,})\\.ckpt$"));
    std::vector<Entry> entries;
    const QDir dir(QString::fromStdString(m_folder));
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(name);
        if (match.hasMatch())
            entries.push_back({match.captured(1).toLongLong(), dir.filePath(name).toStdString()});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.step < b.step; });
    return entries;
}

CheckpointStore::Entry CheckpointStore::latest() const
{
    const auto entries = list();
    return entries.empty() ? Entry{-1, {}} : entries.back();
}

std::string CheckpointStore::pathFor(std::int64_t step) const
{
    char name[40];
    std::snprintf(name, sizeof name, "/step-%08lld.ckpt", static_cast<long long>(step));
    return m_folder + name;
}

int CheckpointStore::prune(int keep) const
{
    if (keep <= 0)
        return 0;
    const auto entries = list();
    int removed = 0;
    for (std::size_t i = 0; i + std::size_t(keep) < entries.size(); ++i)
        removed += QFile::remove(QString::fromStdString(entries[i].path)) ? 1 : 0;
    return removed;
}

} // namespace latent
