// SPDX-License-Identifier: MIT
#pragma once

#include "explorestate.h"

#include <QUndoCommand>

#include <functional>

namespace latent {

// One edit of the Explore tab's latent vector on its undo stack. Pushed after
// the edit is made (the first redo does nothing); undo and redo hand the
// stored state to `apply`. Edits of the same control in one gesture (a slider
// drag) merge into one command.
class LatentEditCommand : public QUndoCommand {
public:
    using Apply = std::function<void(const ExploreState&)>;
    // `mergeKey` -1: never merges; else edits with the same key and gesture merge.
    LatentEditCommand(const QString& text, ExploreState before, ExploreState after, Apply apply, int mergeKey,
                      quint64 gesture);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeKey; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    ExploreState m_before;
    ExploreState m_after;
    Apply m_apply;
    int m_mergeKey;
    quint64 m_gesture;
    bool m_done = true;
};

} // namespace latent
