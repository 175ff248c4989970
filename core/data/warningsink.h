// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <string>

namespace latent {

// Called once per problem that does not stop the work (a skipped file, a
// label file that cannot be used). May be empty: the problem goes unsaid.
using WarningSink = std::function<void(const std::string& message)>;

} // namespace latent
