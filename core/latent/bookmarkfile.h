// SPDX-License-Identifier: MIT
#pragma once

#include "latent/latentbookmark.h"

#include <string>
#include <vector>

namespace latent {

// The bookmarks of a project (PROJECT/bookmarks.json), a JSON file the studio
// and `latent-cli` both read:
//   {"format": "latent-studio-bookmarks", "format_version": 1,
//    "bookmarks": [{"name": ..., "z": [...], "seed": ..., "truncation": ...,
//                   "model_sha256": ..., "step": ..., "created": ...}]}
class BookmarkFile {
public:
    // An absent file reads as no bookmarks. Throws StudioError(BadInput)
    // naming `path` when it is malformed, from a newer format, or holds a
    // bookmark without a name or with a z that is not all finite numbers.
    static std::vector<LatentBookmark> read(const std::string& path);
    // Replaces `path` atomically. Throws StudioError(Failure) naming it.
    static void write(const std::string& path, const std::vector<LatentBookmark>& bookmarks);
    // The bookmark called `name`; throws StudioError(BadInput) naming `path`
    // and listing the names there are when there is none.
    static const LatentBookmark& find(const std::vector<LatentBookmark>& bookmarks, const std::string& name,
                                      const std::string& path);
};

} // namespace latent
