// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace latent {

// The names of the files a run writes once per step it keeps, spelled in this
// one place: samples/step-00001500.png, checkpoints/step-00001500.ckpt.
// Plain functions on names, no I/O; safe on any thread.

// "step-", the step (>= 0) in at least eight digits, "." and `extension`:
// stepFileName(1500, "png") is "step-00001500.png".
std::string stepFileName(std::int64_t step, const char* extension);

// The step `name` stands for when it is exactly what stepFileName(step,
// `extension`) makes; std::nullopt for anything else (another extension, a
// prefix or suffix, fewer than eight digits, a zero more than the padding
// needs, a sign, a step past int64), so no two names mean the same step.
std::optional<std::int64_t> stepOfFileName(std::string_view name, const char* extension);

// A QDir name filter that finds the candidates, "step-*.png"; each is still
// to be checked with stepOfFileName.
std::string stepFileFilter(const char* extension);

} // namespace latent
