// SPDX-License-Identifier: MIT
// Precompiled header for latent_core's LibTorch sources (the slowest headers
// in the build by far). Only CMake includes this file.
#pragma once
#include <torch/script.h>
#include <torch/torch.h>
