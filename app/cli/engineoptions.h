// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>

namespace latent {
class InferenceEngine;
}

// The options of the commands that run a trained model (sample, interpolate,
// export, evaluate): which checkpoint of a project, or which TorchScript
// generator made elsewhere. Used on the main thread.
namespace latent::cli {

// --checkpoint: a file, a step, or best (eval/checkpointchoice.h).
QCommandLineOption checkpointOption();
// --generator FILE.pt and --latent-dim N: a TorchScript generator instead of
// a project; and --raw (below).
void addGeneratorOptions(QCommandLineParser& p);
// --raw: a GAN draws with its trained generator, not the weight average.
QCommandLineOption rawOption();
void applyRawOption(const QCommandLineParser& p, InferenceEngine& engine);
// The engine a command draws from: the project's chosen checkpoint, or the
// TorchScript generator the user named (naming it on the command line is
// their consent to run it: TorchScript files are programs). Throws
// StudioError (usage for both or neither). --raw applies.
std::unique_ptr<InferenceEngine> engineFor(const QCommandLineParser& p);

} // namespace latent::cli
