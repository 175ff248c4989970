// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

// latent-cli's training commands. Each takes the arguments after the command
// name (argv[0] first), runs on the main thread and returns the exit code
// (clioptions.h); wrong usage and bad input throw StudioError.
namespace latent::cli {

// train: a new project, or one the studio made and never trained.
int commandTrain(const QStringList& args);
// resume: a project from its newest (or a given) checkpoint, for N more steps.
int commandResume(const QStringList& args);

} // namespace latent::cli
