// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

#include <string>

namespace latent {

// Replaces `path` with `bytes` atomically: written to a temporary file in the
// same folder, flushed, then renamed over the target (QSaveFile), so a crash or
// a full disk leaves either the old file or the new one, never half of one.
// Throws StudioError(Failure) naming the path and the system's reason.
void writeFileAtomically(const std::string& path, const QByteArray& bytes);

// Reads a whole file; throws StudioError(BadInput) naming it when it cannot.
QByteArray readWholeFile(const std::string& path);

} // namespace latent
