// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace latent {

class InferenceEngine;

// Samples of a model written out: one grid PNG and/or one PNG per sample in a
// folder, and the latent vectors as JSON. Every PNG says in its text chunks
// where it came from (model hash, step, seed, and the z of each picture; a
// grid holds all of them, row by row; and a conditional model's classes).
// Sample i is the Explore tab's vector for seed S + i (see
// InferenceEngine::sampleLatents).
class SampleExport {
public:
    using Latents = std::vector<std::vector<float>>;
    struct Options {
        int count = 64;
        std::uint64_t seed = 0;
        double truncation = 1.0; // z shrunk toward the prior's mean (0)
        int columns = 0;         // of the grid; 0: as square as it gets
        int padding = 2;         // pixels between grid cells
        std::string gridPath;    // empty: no grid
        std::string folderPath;  // empty: no single samples
        std::string latentsPath; // empty: no JSON
        Latents latents;         // given: these (count of them) instead of drawing from `seed`
        // A conditional model: one row of the grid per class given here (as
        // indices), each with the same z (the `count` above, or `latents`);
        // none: sample i is of class i mod the class count.
        std::vector<int> classes;
        // Instead, the class of each of `latents` (bookmarks keep theirs).
        std::vector<int> latentClasses;
    };

    // The files `options` would write that exist already (to ask, or refuse).
    static std::vector<std::string> existingFiles(const Options& options);
    // Writes everything; each file atomically. Throws StudioError naming the
    // file that failed.
    static void write(InferenceEngine& engine, const Options& options);
    // The file one sample goes to in the folder.
    static std::string samplePath(const std::string& folder, int index);
};

} // namespace latent
