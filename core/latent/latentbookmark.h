// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace latent {

// A latent vector the user named, with where it came from: the seed it was
// drawn from (when it was), the truncation applied, and the model it was found
// on (the weights' SHA-256 and step). z is stored whole, so the bookmark still
// means the same point after edits, encodings or arithmetic.
struct LatentBookmark {
    std::string name;
    std::vector<float> z;
    std::int64_t seed = -1; // -1: not drawn from a seed (edited, encoded, computed)
    double truncation = 1.0;
    std::string modelSha256;
    std::int64_t step = -1;
    std::string created; // ISO 8601, UTC
    // A conditional model's class the vector was drawn as (its name); empty
    // for an unconditional model. Names, not numbers: they survive a model
    // whose classes are numbered otherwise.
    std::string className;
};

} // namespace latent
