// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

// latent-cli's commands on trained models. Each takes the arguments after the
// command name (argv[0] first), runs on the main thread and returns the exit
// code (clioptions.h); wrong usage and bad input throw StudioError.
namespace latent::cli {

// sample: images (a grid or one file each) from a checkpoint or TorchScript.
int commandSample(const QStringList& args);
// interpolate: a walk through latent space as MP4, GIF or PNG frames.
int commandInterpolate(const QStringList& args);
// export: the generator as TorchScript and/or a state dict.
int commandExport(const QStringList& args);
// info: a project's settings and newest checkpoint, in English for scripts.
int commandInfo(const QStringList& args);
// presets: the built-in presets, one a line.
int commandPresets();

} // namespace latent::cli
