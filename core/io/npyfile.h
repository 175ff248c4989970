// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace latent {

// Matrices in NumPy's .npy format (numpy.lib.format, "NEP 1"), so that
// feature sets can be checked and studied with NumPy.

// A matrix read from a .npy file: `values` holds rows x cols doubles in C
// (row-major) order.
struct NpyMatrix {
    std::int64_t rows = 0;
    std::int64_t cols = 0;
    std::vector<double> values;
};

// Writes rows x cols values (C order) as a version 1.0 .npy file of
// little-endian float64 ('<f8') or float32 ('<f4'), its header padded with
// spaces and a newline so that the data starts at a multiple of 64 bytes.
// Atomic (writeFileAtomically): a failure leaves any previous file whole.
// Throws StudioError(Failure) naming `path` when it cannot write, or for
// negative sizes.
void writeNpy(const std::string& path, const double* data, std::int64_t rows, std::int64_t cols);
void writeNpy(const std::string& path, const float* data, std::int64_t rows, std::int64_t cols);

// Reads a .npy file (versions 1.0 to 3.0) of one or two dimensions, float64
// or float32 of either byte order, C or Fortran order; a 1-D array of n
// values reads as n x 1. Throws StudioError(BadInput) naming `path` for a
// missing, truncated or malformed file or another dtype.
NpyMatrix readNpy(const std::string& path);

} // namespace latent
