// SPDX-License-Identifier: MIT
#include "train/checkpointstore.h"

#include "project/stepfile.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace latent {

CheckpointStore::CheckpointStore(std::string folder) : m_folder(std::move(folder)) {}

std::vector<CheckpointStore::Entry> CheckpointStore::list() const
{
    std::vector<Entry> entries;
    const QDir dir(QString::fromStdString(m_folder));
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        if (const auto step = stepOfFileName(name.toStdString(), "ckpt"))
            entries.push_back({*step, dir.filePath(name).toStdString()});
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
    return m_folder + "/" + stepFileName(step, "ckpt");
}

int CheckpointStore::prune(int keep, std::int64_t alsoKeep) const
{
    if (keep <= 0)
        return 0;
    const auto entries = list();
    int removed = 0;
    for (std::size_t i = 0; i + std::size_t(keep) < entries.size(); ++i)
        if (entries[i].step != alsoKeep)
            removed += QFile::remove(QString::fromStdString(entries[i].path)) ? 1 : 0;
    return removed;
}

} // namespace latent
