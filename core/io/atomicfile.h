// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QTemporaryFile>

#include <memory>
#include <string>

namespace latent {

// Replaces `path` with `bytes` atomically: written to a temporary file in the
// same folder, flushed, then renamed over the target (QSaveFile), so a crash or
// a full disk leaves either the old file or the new one, never half of one.
// Throws StudioError(Failure) naming the path and the system's reason.
void writeFileAtomically(const std::string& path, const QByteArray& bytes);

// For writers that need a real file name (video, GIF libraries): a temporary
// file beside `target`, closed and ready to be written by name. Call
// publishTemporaryFile when it is complete; until then, and if that is never
// called, the temporary is removed and `target` stays as it was.
// Throws StudioError(Failure) naming `target`.
std::unique_ptr<QTemporaryFile> temporaryFileFor(const std::string& target);
// Moves a finished temporary over `target`, readable by all as a normal file.
void publishTemporaryFile(QTemporaryFile& temporary, const std::string& target);

// Why a write to `file` failed, in words: Qt's reason, or the system's
// (errno) where Qt has none, e.g. "No space left on device". Call it right
// after the failing call.
std::string writeErrorText(const QFileDevice& file);

// Reads a whole file; throws StudioError(BadInput) naming it when it cannot.
QByteArray readWholeFile(const std::string& path);

} // namespace latent
