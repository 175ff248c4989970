// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace latent::cli {

// evaluate: the quality scores of a project's checkpoints (one, the best, or
// all of them as a table), or of a TorchScript generator against a dataset;
// as text or JSON. Takes the arguments after the command name and returns
// the exit code (clioptions.h); wrong usage and bad input throw StudioError.
int commandEvaluate(const QStringList& args);

} // namespace latent::cli
