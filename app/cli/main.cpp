// SPDX-License-Identifier: MIT
// latent-cli: train, resume, sample and inspect Latent Studio projects without
// a display. Exit codes: 0 done, 1 failure, 2 bad input, 130 interrupted.
// This file picks the command; traincommands.cpp, modelcommands.cpp and
// evaluatecommand.cpp run them.

#include "base/allocatorpolicy.h"
#include "base/compute.h"
#include "base/openmpwaitpolicy.h"
#include "base/studioerror.h"
#include "base/translations.h"
#include "base/usertext.h"
#include "clioptions.h"
#include "evaluatecommand.h"
#include "modelcommands.h"
#include "traincommands.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <utility>

using namespace latent;
using namespace latent::cli;

namespace {

void printUsage()
{
    const std::pair<const char*, UserText> commands[] = {
        {"train", translate("latent-cli", "Train a new project")},
        {"resume", translate("latent-cli", "Continue a project from its newest checkpoint")},
        {"sample", translate("latent-cli", "Draw samples from a trained project or a TorchScript generator")},
        {"export", translate("latent-cli", "Export the generator as TorchScript and a state dict for Python")},
        {"interpolate", translate("latent-cli", "Walk through latent space: MP4, GIF or PNG frames")},
        {"evaluate", translate("latent-cli", "Score a generator: how close to real images, how varied")},
        {"info", translate("latent-cli", "Describe a project and its newest checkpoint")},
        {"presets", translate("latent-cli", "List the built-in presets for 'train --preset'")},
        {"version", translate("latent-cli", "Print the versions and the compute set-up")},
    };
    printLine(stdout, translate("latent-cli", "Usage: latent-cli COMMAND [options]"));
    std::printf("\n");
    printLine(stdout, translate("latent-cli", "Commands:"));
    for (const auto& [name, summary] : commands) {
        const int width = int(std::strlen(name));
        std::printf("  %s%*s%s\n", name, std::max(2, 9 - width), "", summary.str().c_str());
    }
    std::printf("\n");
    printLine(stdout, translate("latent-cli", "'latent-cli COMMAND --help' lists a command's options."));
    printLine(stdout, translate("latent-cli", "Exit codes: 0 done, 1 failure, 2 bad input, 130 interrupted."));
}

// The commands that run long enough for OpenMP's wait policy to matter.
// Applying it re-executes the program, which loads LibTorch a second time
// (about 0.6 s), so the quick commands go without.
bool runsLong(int argc, char** argv)
{
    if (argc < 2)
        return false;
    const std::string command = argv[1];
    return command == "train" || command == "resume" || command == "evaluate" || command == "interpolate";
}

} // namespace

int main(int argc, char** argv)
{
    if (runsLong(argc, argv))
        applyOpenMpWaitPolicy(argv);
    applyAllocatorPolicy();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName("latent-cli");
    QCoreApplication::setApplicationVersion(LATENT_VERSION);
    installTranslations(app); // the system's language (LANG, LC_ALL, LC_MESSAGES)
    QStringList args = app.arguments();
    if (args.size() < 2 || args[1] == "help" || args[1] == "--help" || args[1] == "-h") {
        printUsage();
        return args.size() < 2 ? kExitBadInput : kExitOk;
    }
    const QString command = args.takeAt(1);
    try {
        compute::useThreads(0); // sampling runs on this thread; training sets its own

        if (command == "train")
            return commandTrain(args);
        if (command == "resume")
            return commandResume(args);
        if (command == "sample")
            return commandSample(args);
        if (command == "info")
            return commandInfo(args);
        if (command == "evaluate")
            return commandEvaluate(args);
        if (command == "interpolate")
            return commandInterpolate(args);
        if (command == "export")
            return commandExport(args);
        if (command == "presets")
            return commandPresets();
        if (command == "version" || command == "--version") {
            std::printf("latent-cli %s\n%s\n", LATENT_VERSION,
                        compute::describeRuntime(compute::resolveDevice("auto"), compute::useThreads(0)).c_str());
            return kExitOk;
        }
        printLine(stderr, translate("latent-cli", "error: unknown command '%1'").arg(command));
        std::fprintf(stderr, "\n");
        printUsage();
        return kExitBadInput;
    } catch (const StudioError& e) {
        printLine(stderr, translate("latent-cli", "error: %1").arg(e.what()));
        return e.kind() == ErrorKind::BadInput ? kExitBadInput : kExitFailure;
    } catch (const std::exception& e) {
        printLine(stderr, translate("latent-cli", "error: %1").arg(e.what()));
        return kExitFailure;
    }
}
