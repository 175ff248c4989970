// SPDX-License-Identifier: MIT
#include "project/projectconfig.h"

#include "base/jsonfields.h"
#include "base/studioerror.h"
#include "base/usertext.h"
#include "train/augmentpolicy.h"

#include <QJsonArray>

namespace latent {

namespace {
const char* const kFormatName = "latent-studio-project";

// Weights that may be "auto" (kAuto in memory, the word in project.json).
constexpr double kAuto = -1.0;
static_assert(TrainingConfig::kModeSeekingAuto == kAuto && TrainingConfig::kClassGuideAuto == kAuto);
QJsonValue autoOrNumber(double value) { return value == kAuto ? QJsonValue(QStringLiteral("auto")) : QJsonValue(value); }
double readAutoOrNumber(const QJsonObject& json, const JsonFields& fields, const char* key, double missing)
{
    return json.value(QLatin1String(key)).toString() == QLatin1String("auto") ? kAuto : fields.number(key, missing);
}
bool validWeight(double value) { return value == kAuto || (value >= 0 && value <= 100); }
} // namespace

ProjectConfig ProjectConfig::defaults()
{
    ProjectConfig config;
    config.applyModelDefaults();
    config.dataset.heldOut = DatasetSpec::kHeldOutAuto;
    config.model.conditioning = ModelSpec::Conditioning::Auto;
    return config;
}

double ProjectConfig::defaultLearningRate(const ModelSpec& model)
{
    if (model.family == ModelSpec::Family::Vae)
        return 1e-3;
    if (model.loss == ModelSpec::GanLoss::WganGp)
        return 1e-4;
    // Four times DCGAN's 2e-4: with the weight average it reaches a third of
    // the textbook run's FD in the same 1500 steps, where 2e-4 is still far
    // from done. At 64x64 that rate left one seed in three far behind; 4e-4
    // did not (docs/TRAINING.md).
    return model.imageSize >= 64 ? 4e-4 : 8e-4;
}

void ProjectConfig::followImageSize(const ModelSpec& before)
{
    const double old = defaultLearningRate(before);
    if (training.lrG == old && training.lrD == old)
        training.lrG = training.lrD = defaultLearningRate(model);
}

void ProjectConfig::applyModelDefaults()
{
    TrainingConfig& t = training;
    t.lrG = t.lrD = defaultLearningRate(model);
    if (model.family == ModelSpec::Family::Vae) {
        model.latentDim = 16;
        t.beta1 = 0.9;
        t.beta2 = 0.999;
        t.dStepsPerGStep = 1;
    } else if (model.loss == ModelSpec::GanLoss::WganGp) {
        model.latentDim = 100;
        t.beta1 = 0.0;
        t.beta2 = 0.9;
        t.dStepsPerGStep = 5;
    } else {
        model.latentDim = 100;
        t.beta1 = 0.5;
        t.beta2 = 0.999;
        t.dStepsPerGStep = 1;
    }
    if (model.family == ModelSpec::Family::Dcgan) {
        t.emaKimg = 10.0; // StyleGAN's half-life; the ramp shortens it early in a run
        // Keeps a conditional model's classes from collapsing to a few
        // look-alikes; unconditional runs were better without (docs/TRAINING-CHOICES.md).
        t.modeSeeking = TrainingConfig::kModeSeekingAuto;
        // Draws a conditional model's classes as asked (docs/TRAINING.md).
        t.classGuide = TrainingConfig::kClassGuideAuto;
    }
}

void ProjectConfig::validate() const
{
    model.validate();
    const TrainingConfig& t = training;
    auto fail = [](const std::string& what) { throw StudioError::badInput({}, what); };
    if (t.batchSize < 1 || t.batchSize > 4096)
        fail(translate("ProjectConfig", "batch size must be between 1 and 4096"));
    if (t.steps < 1)
        fail(translate("ProjectConfig", "steps must be at least 1"));
    if (!(t.lrG > 0 && t.lrG < 10) || !(t.lrD > 0 && t.lrD < 10))
        fail(translate("ProjectConfig", "learning rates must be above 0 and below 10"));
    if (!(t.beta1 >= 0 && t.beta1 < 1) || !(t.beta2 >= 0 && t.beta2 < 1))
        fail(translate("ProjectConfig", "Adam betas must be in [0, 1)"));
    if (t.dStepsPerGStep < 1 || t.dStepsPerGStep > 100)
        fail(translate("ProjectConfig", "D steps per G step must be between 1 and 100"));
    if (t.logEvery < 1 || t.sampleEvery < 1 || t.checkpointEvery < 1)
        fail(translate("ProjectConfig", "log, sample and checkpoint intervals must be at least 1"));
    if (t.evaluateEvery < 0)
        fail(translate("ProjectConfig", "the evaluation interval cannot be negative (0 turns evaluation off)"));
    if (t.evaluationSamples < 100 || t.evaluationSamples > 50000)
        fail(translate("ProjectConfig", "evaluation samples must be between 100 and 50000"));
    if (dataset.heldOut < DatasetSpec::kHeldOutAuto)
        fail(translate("ProjectConfig", "held-out images must be \"auto\", 0 or a positive count"));
    if (t.keepCheckpoints < 0)
        fail(translate("ProjectConfig", "the number of checkpoints to keep cannot be negative"));
    if (double(t.seed) > JsonFields::kMaxExactInteger)
        fail(translate("ProjectConfig", "the seed must be at most 9007199254740991 (2^53 - 1)"));
    if (!(t.emaKimg >= 0 && t.emaKimg <= 1e6))
        fail(translate("ProjectConfig", "the weight average's half-life must be between 0 (none) and 1000000 "
                                        "thousand images"));
    if (!(t.emaRamp >= 0 && t.emaRamp <= 10))
        fail(translate("ProjectConfig", "the weight average's ramp must be between 0 (none) and 10"));
    if (!validWeight(t.modeSeeking))
        fail(translate("ProjectConfig", "the mode-seeking weight must be \"auto\" or between 0 (none) and 100"));
    if (!validWeight(t.classGuide))
        fail(translate("ProjectConfig", "the class guide's weight must be \"auto\" or between 0 (none) and 100"));
    if (int(t.gridClasses.size()) > TrainingConfig::kMaxGridClasses)
        //: %1 is how many classes were listed, %2 the most the grid shows
        fail(translate("ProjectConfig", "the sample grid shows at most %2 classes, not %1")
                 .arg(int(t.gridClasses.size()))
                 .arg(TrainingConfig::kMaxGridClasses));
    if (!AugmentPolicy::valid(t.augment))
        //: %1 is the setting as written; off, auto, adaptive, color, translation and cutout are the words project.json takes
        fail(translate("ProjectConfig", "unknown augmentation '%1' (expected off, auto, adaptive or a list "
                                        "of color, translation and cutout)")
                 .arg(t.augment));
    if (!(t.gradientPenalty >= 0 && t.gradientPenalty <= 1e6))
        fail(translate("ProjectConfig", "the gradient penalty weight must be between 0 and 1000000"));
    if (dataset.source == DatasetSpec::Source::SyntheticDigits && dataset.syntheticCount <= 0)
        fail(translate("ProjectConfig", "the synthetic digits need a positive image count"));
    if (t.threads < 0 || t.threads > 1024)
        fail(translate("ProjectConfig", "threads must be 0 (automatic) or a positive count"));
    if (t.device != "auto" && t.device != "cpu" && t.device != "cuda")
        fail(translate("ProjectConfig", "device must be auto, cpu or cuda"));
    if (dataset.source != DatasetSpec::Source::SyntheticDigits && dataset.path.empty())
        fail(translate("ProjectConfig", "the dataset needs a path (an image folder, IDX files or CIFAR-10 batches)"));
}

QJsonObject ProjectConfig::toJson() const
{
    const TrainingConfig& t = training;
    QJsonObject data{{"source", QString::fromStdString(DatasetSpec::sourceName(dataset.source))},
                     {"path", QString::fromStdString(dataset.path)},
                     {"synthetic_count", dataset.syntheticCount},
                     {"horizontal_flip", dataset.horizontalFlip},
                     {"balance_classes", dataset.balanceClasses},
                     {"held_out", dataset.heldOut == DatasetSpec::kHeldOutAuto ? QJsonValue("auto")
                                                                               : QJsonValue(dataset.heldOut)}};
    QJsonArray gridClassesJson;
    for (const std::string& name : t.gridClasses)
        gridClassesJson.append(QString::fromStdString(name));
    QJsonObject train{{"batch_size", t.batchSize},
                      {"steps", double(t.steps)},
                      {"lr_g", t.lrG},
                      {"lr_d", t.lrD},
                      {"beta1", t.beta1},
                      {"beta2", t.beta2},
                      {"d_steps_per_g_step", t.dStepsPerGStep},
                      {"gradient_penalty", t.gradientPenalty},
                      {"ema_kimg", t.emaKimg},
                      {"ema_ramp", t.emaRamp},
                      {"mode_seeking", autoOrNumber(t.modeSeeking)},
                      {"class_guide", autoOrNumber(t.classGuide)},
                      {"augment", QString::fromStdString(t.augment)},
                      {"grid_classes", gridClassesJson},
                      {"seed", double(t.seed)},
                      {"log_every", t.logEvery},
                      {"sample_every", t.sampleEvery},
                      {"checkpoint_every", t.checkpointEvery},
                      {"keep_checkpoints", t.keepCheckpoints},
                      {"evaluate_every", t.evaluateEvery},
                      {"evaluation_samples", t.evaluationSamples},
                      {"threads", t.threads},
                      {"device", QString::fromStdString(t.device)}};
    return QJsonObject{{"format", kFormatName},
                       {"format_version", kFormatVersion},
                       {"dataset", data},
                       {"model", model.toJson()},
                       {"training", train}};
}

ProjectConfig ProjectConfig::fromJson(const QJsonObject& json, const std::string& file)
{
    const JsonFields top(json, file, "");
    if (top.text("format", "") != kFormatName)
        throw StudioError::badInput(file, translate("ProjectConfig", "is not a Latent Studio project file "
                                                                     "(no \"format\": \"latent-studio-project\")"));
    const int version = top.integer("format_version", 0);
    if (version < 1)
        throw StudioError::badInput(file, translate("ProjectConfig", "has no valid format_version"));
    if (version > kFormatVersion)
        throw StudioError::badInput(file, translate("ProjectConfig", "was written by a newer Latent Studio "
                                                                     "(project format %1; this build reads up to %2)")
                                              .arg(version)
                                              .arg(kFormatVersion));
    for (const char* section : {"dataset", "model", "training"})
        if (!json.value(section).isObject())
            throw StudioError::badInput(file, translate("ProjectConfig", "the \"%1\" section is missing").arg(section));

    ProjectConfig config;
    const QJsonObject dataJson = json.value("dataset").toObject();
    const JsonFields data(dataJson, file, "dataset");
    try {
        config.dataset.source = DatasetSpec::sourceFromName(data.text("source", "synthetic-digits"));
    } catch (const StudioError& e) {
        throw StudioError::badInput(file, e.what());
    }
    config.dataset.path = data.text("path", "");
    config.dataset.syntheticCount = data.integer("synthetic_count", config.dataset.syntheticCount);
    config.dataset.horizontalFlip = data.boolean("horizontal_flip", false);
    config.dataset.balanceClasses = data.boolean("balance_classes", false);
    // "auto", or a count; projects from before the scores hold out nothing.
    if (dataJson.value("held_out").toString() == QLatin1String("auto"))
        config.dataset.heldOut = DatasetSpec::kHeldOutAuto;
    else
        config.dataset.heldOut = data.integer("held_out", 0);

    config.model = ModelSpec::fromJson(json.value("model").toObject(), file);

    const QJsonObject trainJson = json.value("training").toObject();
    const JsonFields train(trainJson, file, "training");
    TrainingConfig& t = config.training;
    t.batchSize = train.integer("batch_size", t.batchSize);
    t.steps = train.integer64("steps", t.steps);
    t.lrG = train.number("lr_g", t.lrG);
    t.lrD = train.number("lr_d", t.lrD);
    t.beta1 = train.number("beta1", t.beta1);
    t.beta2 = train.number("beta2", t.beta2);
    t.dStepsPerGStep = train.integer("d_steps_per_g_step", t.dStepsPerGStep);
    t.gradientPenalty = train.number("gradient_penalty", t.gradientPenalty);
    // Projects from before the average and augmentation train as they did.
    t.emaKimg = train.number("ema_kimg", 0.0);
    t.emaRamp = train.number("ema_ramp", t.emaRamp);
    // "auto", or a weight; projects from before them have none.
    t.modeSeeking = readAutoOrNumber(trainJson, train, "mode_seeking", t.modeSeeking);
    t.classGuide = readAutoOrNumber(trainJson, train, "class_guide", 0.0);
    t.augment = train.text("augment", "off");
    const QJsonValue gridClasses = trainJson.value("grid_classes");
    const auto notNames = [&file] {
        return StudioError::badInput(file, translate("ProjectConfig", "training.grid_classes must be a list of "
                                                                      "class names"));
    };
    if (!gridClasses.isUndefined() && !gridClasses.isArray())
        throw notNames();
    for (const QJsonValue& name : gridClasses.toArray()) {
        if (!name.isString() || name.toString().isEmpty())
            throw notNames();
        t.gridClasses.push_back(name.toString().toStdString());
    }
    t.seed = std::uint64_t(train.integer64("seed", std::int64_t(t.seed)));
    t.logEvery = train.integer("log_every", t.logEvery);
    t.sampleEvery = train.integer("sample_every", t.sampleEvery);
    t.checkpointEvery = train.integer("checkpoint_every", t.checkpointEvery);
    t.keepCheckpoints = train.integer("keep_checkpoints", t.keepCheckpoints);
    t.evaluateEvery = train.integer("evaluate_every", t.evaluateEvery);
    t.evaluationSamples = train.integer("evaluation_samples", t.evaluationSamples);
    t.threads = train.integer("threads", t.threads);
    t.device = train.text("device", t.device);
    try {
        config.validate();
    } catch (const StudioError& e) {
        throw StudioError::badInput(file, e.what());
    }
    return config;
}

} // namespace latent
