// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <string>

namespace latent {

// Runs `work` under LibTorch's profiler and returns a Markdown table of the
// `top` operators by self time (their own time, less the operators they
// called), with their calls and share of all operator time: where a
// training step's time goes, operator by operator.
std::string profileOperators(const std::function<void()>& work, int top);

} // namespace latent
