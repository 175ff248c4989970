// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace latent {

// One evaluation of a generator against real images, in the studio's
// feature space (eval/featurenetwork.h; not comparable with the Inception
// FIDs of papers). Errors are one standard error.
struct EvalResult {
    std::int64_t step = 0;
    double fd = 0.0;        // Fréchet distance: lower is better
    double fdError = 0.0;   // over bootstrap resamples of the generated set
    double kid = 0.0;       // kernel distance (unbiased MMD^2): lower is better, ~0 for the data itself
    double kidError = 0.0;  // over disjoint subsets
    double precision = 0.0; // fidelity: share of samples that look like some real image
    double recall = 0.0;    // diversity: share of real images some sample resembles
    double density = 0.0;   // fidelity, robust to outliers (around 1 for the data itself)
    double coverage = 0.0;  // diversity, robust to outliers: share of real images with a sample near
    int samples = 0;        // generated images scored
    int references = 0;     // real images they were compared with
    double seconds = 0.0;   // how long the evaluation took

    // The CSV columns after the step, in this order (evaluation.csv, TensorBoard).
    static std::vector<std::string> columnNames();
    std::vector<double> values() const;
    // The inverse of values(); throws std::invalid_argument on a short row.
    static EvalResult fromValues(std::int64_t step, const std::vector<double>& values);
};

} // namespace latent
