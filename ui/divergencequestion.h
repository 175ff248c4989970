// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace latent {

// After a run diverged: `message` (what went non-finite, where) and the
// question whether to go back to the last good checkpoint or stop. Window-
// modal, without a nested event loop; `answered(true)` for going back.
void askAboutDivergence(QWidget* parent, const QString& message, std::function<void(bool goBack)> answered);

} // namespace latent
