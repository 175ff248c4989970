// SPDX-License-Identifier: MIT
#include "engineoptions.h"

#include "base/usertext.h"
#include "clioptions.h"
#include "eval/checkpointchoice.h"
#include "latent/inferenceengine.h"
#include "project/project.h"

namespace latent::cli {

QCommandLineOption checkpointOption()
{
    return {"checkpoint",
            translate("latent-cli", "Use this checkpoint instead of the newest: a file, a step, or best (the best "
                                    "by the quality scores).")
                .toQString(),
            "file|step|best"};
}

void addGeneratorOptions(QCommandLineParser& p)
{
    p.addOptions({
        {"generator",
         translate("latent-cli",
                   "Use this TorchScript generator instead of a project (it is run as a program).")
             .toQString(),
         "file.pt"},
        {"latent-dim",
         translate("latent-cli",
                   "The generator's latent size (default: its attribute, a sidecar JSON, or probing).")
             .toQString(),
         "n"},
        rawOption(),
    });
}

QCommandLineOption rawOption()
{
    return {"raw", translate("latent-cli", "GANs: draw with the trained generator itself, not its weight average.")
                       .toQString()};
}

void applyRawOption(const QCommandLineParser& p, InferenceEngine& engine)
{
    if (p.isSet("raw"))
        engine.useWeightAverage(false);
}

std::unique_ptr<InferenceEngine> engineFor(const QCommandLineParser& p)
{
    if (p.isSet("generator")) {
        if (p.isSet("project"))
            throw usage(translate("latent-cli", "give either --project DIR or --generator FILE.pt, not both"));
        const int dim = p.isSet("latent-dim") ? int(integerOption(p, "latent-dim", 1, 4096)) : 0;
        return InferenceEngine::loadTorchScript(text(p, "generator"), dim);
    }
    const Project project = Project::open(requireProject(p));
    auto engine = InferenceEngine::load(chooseCheckpoint(project, text(p, "checkpoint")), &project.config().model);
    applyRawOption(p, *engine);
    return engine;
}

} // namespace latent::cli
