// SPDX-License-Identifier: MIT
#pragma once

#include "models/modelspec.h"

#include <string>
#include <vector>

namespace latent {

// The classes of a conditional model's sample grid, one row each: those
// `chosen` (names or numbers, as ModelSpec::findClass reads them), in their
// order, once each and at most `maxRows`; or, when none of them is a class
// of `spec`, up to `maxRows` spread evenly over all its classes. Names that
// are not a class are left out and listed in `unknown`.
std::vector<int> gridClasses(const ModelSpec& spec, const std::vector<std::string>& chosen, int maxRows,
                             std::vector<std::string>* unknown = nullptr);

} // namespace latent
