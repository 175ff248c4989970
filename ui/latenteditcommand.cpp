// SPDX-License-Identifier: MIT
#include "latenteditcommand.h"

namespace latent {

LatentEditCommand::LatentEditCommand(const QString& text, ExploreState before, ExploreState after, Apply apply,
                                     int mergeKey, quint64 gesture)
    : QUndoCommand(text), m_before(std::move(before)), m_after(std::move(after)), m_apply(std::move(apply)),
      m_mergeKey(mergeKey), m_gesture(gesture)
{
}

void LatentEditCommand::undo()
{
    m_apply(m_before);
    m_done = false;
}

void LatentEditCommand::redo()
{
    if (m_done)
        return; // pushed after the edit was made
    m_apply(m_after);
    m_done = true;
}

bool LatentEditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* edit = static_cast<const LatentEditCommand*>(other);
    if (edit->m_gesture != m_gesture)
        return false;
    m_after = edit->m_after;
    return true;
}

} // namespace latent
