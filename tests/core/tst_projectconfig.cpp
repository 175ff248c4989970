// SPDX-License-Identifier: MIT
// project.json's settings: every one survives toJson/fromJson, the layout and
// defaults of a sparse or old file, presets, and foreign, newer, malformed or
// mistyped settings refused naming project.json. The project folder itself
// is tst_projectfolder.

#include "base/studioerror.h"
#include "project/project.h"
#include "project/presets.h"
#include "project/projectconfig.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using latent::DatasetSpec;
using latent::ModelSpec;
using latent::Project;
using latent::Presets;
using latent::ProjectConfig;
using latent::StudioError;
using namespace latent::testsupport;

namespace {

// Named configurations that between them set every field away from its default.
ProjectConfig makeConfig(const QString& name)
{
    ProjectConfig c = ProjectConfig::defaults();
    if (name == "vae") {
        c.model.family = ModelSpec::Family::Vae;
        c.applyModelDefaults();
        c.model.recon = ModelSpec::ReconLoss::Mse;
        c.model.beta = 2.5;
        c.model.imageSize = 64;
        c.model.channels = 3;
        c.model.width = 32;
        c.dataset.source = DatasetSpec::Source::ImageFolder;
        c.dataset.path = "/data/faces";
        c.dataset.horizontalFlip = true;
        c.training.batchSize = 17;
        c.training.steps = 123456;
        c.training.seed = 424242;
        c.training.logEvery = 7;
        c.training.sampleEvery = 77;
        c.training.checkpointEvery = 777;
        c.training.keepCheckpoints = 0;
        c.training.threads = 2;
        c.training.device = "cpu";
    } else if (name == "wgan-gp") {
        c.model.loss = ModelSpec::GanLoss::WganGp;
        c.applyModelDefaults();
        c.model.imageSize = 32;
        c.model.channels = 3;
        c.model.latentDim = 128;
        c.model.width = 96;
        c.dataset.source = DatasetSpec::Source::Cifar10;
        c.dataset.path = "/data/cifar-10-batches-bin";
        c.training.gradientPenalty = 5.5;
        c.training.lrD = 3e-4;
        c.training.device = "cuda";
    } else if (name == "hinge") {
        c.model.loss = ModelSpec::GanLoss::Hinge;
        c.dataset.source = DatasetSpec::Source::Idx;
        c.dataset.path = "/data/my mnist/\xC3\xBCnic\xC3\xB6" "de \"quoted\"/train-images-idx3-ubyte.gz";
        c.dataset.syntheticCount = 321;
        c.training.beta1 = 0.25;
        c.training.beta2 = 0.75;
        c.training.dStepsPerGStep = 3;
        c.model.spectralNorm = true;
        c.model.minibatchStd = true;
        c.model.dNorm = ModelSpec::DiscriminatorNorm::None;
        c.training.emaKimg = 2.5;
        c.training.emaRamp = 0;
        c.training.augment = "translation,cutout";
        c.training.modeSeeking = 0.25;
        c.training.classGuide = 2.5;
        c.training.gridClasses = {"Sneaker", "7"};
        c.model.conditioning = ModelSpec::Conditioning::On;
        c.dataset.balanceClasses = true;
    } else if (name == "lsgan") {
        c.model.loss = ModelSpec::GanLoss::Lsgan;
        c.model.imageSize = 16;
        c.dataset.source = DatasetSpec::Source::Auto;
        c.dataset.path = "relative/path";
        c.training.steps = 5000000000LL; // past 32 bits
    } else if (name == "largest seed") {
        // The largest seed `latent-cli train --seed` accepts: 2^53 - 1.
        c.training.seed = 9007199254740991ull;
    }
    return c;
}

QString differences(const ProjectConfig& a, const ProjectConfig& b)
{
    QStringList out;
    auto check = [&](const char* field, bool same) {
        if (!same)
            out << field;
    };
    check("dataset.source", a.dataset.source == b.dataset.source);
    check("dataset.path", a.dataset.path == b.dataset.path);
    check("dataset.syntheticCount", a.dataset.syntheticCount == b.dataset.syntheticCount);
    check("dataset.horizontalFlip", a.dataset.horizontalFlip == b.dataset.horizontalFlip);
    check("dataset.balanceClasses", a.dataset.balanceClasses == b.dataset.balanceClasses);
    check("model.conditioning", a.model.conditioning == b.model.conditioning);
    check("model.family", a.model.family == b.model.family);
    check("model.loss", a.model.loss == b.model.loss);
    check("model.recon", a.model.recon == b.model.recon);
    check("model.imageSize", a.model.imageSize == b.model.imageSize);
    check("model.channels", a.model.channels == b.model.channels);
    check("model.latentDim", a.model.latentDim == b.model.latentDim);
    check("model.width", a.model.width == b.model.width);
    check("model.beta", a.model.beta == b.model.beta);
    if (a.model.family == ModelSpec::Family::Dcgan) {
        check("model.dNorm", a.model.dNorm == b.model.dNorm);
        check("model.spectralNorm", a.model.spectralNorm == b.model.spectralNorm);
        check("model.minibatchStd", a.model.minibatchStd == b.model.minibatchStd);
    }
    const auto& s = a.training;
    const auto& t = b.training;
    check("training.batchSize", s.batchSize == t.batchSize);
    check("training.steps", s.steps == t.steps);
    check("training.lrG", s.lrG == t.lrG);
    check("training.lrD", s.lrD == t.lrD);
    check("training.beta1", s.beta1 == t.beta1);
    check("training.beta2", s.beta2 == t.beta2);
    check("training.dStepsPerGStep", s.dStepsPerGStep == t.dStepsPerGStep);
    check("training.gradientPenalty", s.gradientPenalty == t.gradientPenalty);
    check("training.emaKimg", s.emaKimg == t.emaKimg);
    check("training.emaRamp", s.emaRamp == t.emaRamp);
    check("training.augment", s.augment == t.augment);
    check("training.modeSeeking", s.modeSeeking == t.modeSeeking);
    check("training.classGuide", s.classGuide == t.classGuide);
    check("training.gridClasses", s.gridClasses == t.gridClasses);
    check("training.seed", s.seed == t.seed);
    check("training.logEvery", s.logEvery == t.logEvery);
    check("training.sampleEvery", s.sampleEvery == t.sampleEvery);
    check("training.checkpointEvery", s.checkpointEvery == t.checkpointEvery);
    check("training.keepCheckpoints", s.keepCheckpoints == t.keepCheckpoints);
    check("training.threads", s.threads == t.threads);
    check("training.device", s.device == t.device);
    return out.join(", ");
}

const char* const kFile = "/projects/demo/project.json";

} // namespace

class TestProjectConfig : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrips_data();
    void roundTrips();
    void jsonLayout();
    void modelDefaults_data();
    void modelDefaults();
    void learningRateFollowsTheImageSize();
    void presetsLoad();
    void fromJsonRefuses_data();
    void fromJsonRefuses();

private:
    QTemporaryDir m_tmp;
};

void TestProjectConfig::initTestCase()
{
    QVERIFY(m_tmp.isValid());
}

void TestProjectConfig::roundTrips_data()
{
    QTest::addColumn<QString>("name");
    for (const char* name : {"defaults", "vae", "wgan-gp", "hinge", "lsgan", "largest seed"})
        QTest::newRow(name) << QString(name);
}

void TestProjectConfig::roundTrips()
{
    QFETCH(QString, name);
    const ProjectConfig config = makeConfig(name);
    config.validate(); // the configurations themselves are valid

    // In memory.
    std::optional<ProjectConfig> read;
    try {
        read = ProjectConfig::fromJson(config.toJson(), kFile);
    } catch (const StudioError& e) {
        QFAIL(qPrintable(QString("fromJson refuses what toJson wrote: ") + e.what()));
    }
    const ProjectConfig& back = *read;
    QString diff = differences(config, back);
    QVERIFY2(diff.isEmpty(), qPrintable("changed by toJson/fromJson: " + diff));
    QCOMPARE(back.toJson(), config.toJson());

    // Through the file: Project::create, then Project::open.
    const QString dir = m_tmp.filePath("roundtrip-" + QString(name).replace(' ', '-'));
    Project::create(dir.toStdString(), config);
    std::optional<Project> opened;
    try {
        opened.emplace(Project::open(dir.toStdString()));
    } catch (const StudioError& e) {
        QFAIL(qPrintable(QString("a project just created cannot be opened: ") + e.what()));
    }
    diff = differences(config, opened->config());
    QVERIFY2(diff.isEmpty(), qPrintable("changed by the trip through project.json: " + diff));
}

void TestProjectConfig::jsonLayout()
{
    const QJsonObject json = makeConfig("vae").toJson();
    QCOMPARE(json.value("format").toString(), QString("latent-studio-project"));
    QCOMPARE(json.value("format_version").toInt(), ProjectConfig::kFormatVersion);
    QCOMPARE(ProjectConfig::kFormatVersion, 1);
    QVERIFY(json.value("dataset").isObject());
    QVERIFY(json.value("model").isObject());
    QVERIFY(json.value("training").isObject());
    QCOMPARE(json.value("dataset").toObject().value("source").toString(), QString("folder"));
    QCOMPARE(json.value("model").toObject().value("family").toString(), QString("vae"));
    QCOMPARE(json.value("training").toObject().value("batch_size").toInt(), 17);

    // Absent optional fields take their defaults.
    QJsonObject sparse{{"format", "latent-studio-project"},
                       {"format_version", 1},
                       {"dataset", QJsonObject{}},
                       {"model", QJsonObject{}},
                       {"training", QJsonObject{}}};
    const ProjectConfig defaults = ProjectConfig::fromJson(sparse, kFile);
    QCOMPARE(defaults.dataset.source, DatasetSpec::Source::SyntheticDigits);
    QCOMPARE(defaults.model.family, ModelSpec::Family::Dcgan);
    QCOMPARE(defaults.training.batchSize, latent::TrainingConfig().batchSize);
    // Projects from before the weight average, augmentation and spectral
    // normalisation train as they did (new projects write "auto").
    QCOMPARE(defaults.training.emaKimg, 0.0);
    QCOMPARE(defaults.training.augment, std::string("off"));
    QCOMPARE(defaults.model.dNorm, ModelSpec::DiscriminatorNorm::Auto);
    QVERIFY(!defaults.model.spectralNorm);
    QVERIFY(!defaults.model.minibatchStd);
    // ...and before conditional models and mode seeking: without them.
    QCOMPARE(int(defaults.model.conditioning), int(ModelSpec::Conditioning::Off));
    QCOMPARE(defaults.training.modeSeeking, 0.0);
    QCOMPARE(defaults.training.classGuide, 0.0);
    QVERIFY(!defaults.dataset.balanceClasses);
    QCOMPARE(ProjectConfig::defaults().training.augment, std::string("auto"));
    QCOMPARE(ProjectConfig::defaults().training.emaKimg, 10.0);
    QCOMPARE(ProjectConfig::defaults().training.modeSeeking, latent::TrainingConfig::kModeSeekingAuto);
    // "auto" survives project.json, and means 1 for conditional models only.
    const ProjectConfig fresh = ProjectConfig::defaults();
    QCOMPARE(fresh.toJson().value("training").toObject().value("mode_seeking").toString(), QString("auto"));
    QCOMPARE(ProjectConfig::fromJson(fresh.toJson(), kFile).training.modeSeeking, latent::TrainingConfig::kModeSeekingAuto);
    QCOMPARE(fresh.training.modeSeekingFor(true), 1.0);
    QCOMPARE(fresh.training.modeSeekingFor(false), 0.0);
    QCOMPARE(fresh.toJson().value("training").toObject().value("class_guide").toString(), QString("auto"));
    QCOMPARE(ProjectConfig::fromJson(fresh.toJson(), kFile).training.classGuide, latent::TrainingConfig::kClassGuideAuto);
    QCOMPARE(fresh.training.classGuideFor(true), 0.5);
    QCOMPARE(fresh.training.classGuideFor(false), 0.0);
    QCOMPARE(int(ProjectConfig::defaults().model.conditioning), int(ModelSpec::Conditioning::Auto));
}

void TestProjectConfig::modelDefaults_data()
{
    QTest::addColumn<int>("family");
    QTest::addColumn<int>("loss");
    QTest::addColumn<double>("lr");
    QTest::addColumn<double>("beta1");
    QTest::addColumn<double>("beta2");
    QTest::addColumn<int>("dSteps");
    QTest::addColumn<int>("latent");
    QTest::newRow("dcgan bce") << int(ModelSpec::Family::Dcgan) << int(ModelSpec::GanLoss::Bce) << 8e-4 << 0.5 << 0.999 << 1 << 100;
    QTest::newRow("dcgan hinge") << int(ModelSpec::Family::Dcgan) << int(ModelSpec::GanLoss::Hinge) << 8e-4 << 0.5 << 0.999 << 1 << 100;
    QTest::newRow("dcgan wgan-gp") << int(ModelSpec::Family::Dcgan) << int(ModelSpec::GanLoss::WganGp) << 1e-4 << 0.0 << 0.9 << 5 << 100;
    QTest::newRow("vae") << int(ModelSpec::Family::Vae) << int(ModelSpec::GanLoss::Bce) << 1e-3 << 0.9 << 0.999 << 1 << 16;
}

void TestProjectConfig::modelDefaults()
{
    QFETCH(int, family);
    QFETCH(int, loss);
    QFETCH(double, lr);
    QFETCH(double, beta1);
    QFETCH(double, beta2);
    QFETCH(int, dSteps);
    QFETCH(int, latent);
    ProjectConfig c = ProjectConfig::defaults();
    c.model.family = ModelSpec::Family(family);
    c.model.loss = ModelSpec::GanLoss(loss);
    c.model.latentDim = 7;
    c.applyModelDefaults();
    QCOMPARE(c.training.lrG, lr);
    QCOMPARE(c.training.lrD, lr);
    QCOMPARE(c.training.beta1, beta1);
    QCOMPARE(c.training.beta2, beta2);
    QCOMPARE(c.training.dStepsPerGStep, dSteps);
    QCOMPARE(c.model.latentDim, latent);
    if (c.model.family == ModelSpec::Family::Dcgan) {
        QCOMPARE(c.training.emaKimg, 10.0);
        QCOMPARE(c.training.modeSeeking, latent::TrainingConfig::kModeSeekingAuto);
    }
    c.validate();
}

// 64x64 and up train at 4e-4 by default, smaller DCGANs at 8e-4; a rate
// the user chose stays when the size changes.
void TestProjectConfig::learningRateFollowsTheImageSize()
{
    ProjectConfig c = ProjectConfig::defaults();
    QCOMPARE(c.training.lrG, 8e-4);
    ModelSpec before = c.model;
    c.model.imageSize = 64;
    c.followImageSize(before);
    QCOMPARE(c.training.lrG, 4e-4);
    QCOMPARE(c.training.lrD, 4e-4);
    c.applyModelDefaults();
    QCOMPARE(c.training.lrG, 4e-4);
    before = c.model;
    c.model.imageSize = 32;
    c.followImageSize(before);
    QCOMPARE(c.training.lrG, 8e-4);

    c.training.lrG = c.training.lrD = 2e-4; // chosen
    before = c.model;
    c.model.imageSize = 128;
    c.followImageSize(before);
    QCOMPARE(c.training.lrG, 2e-4);
    c.model.family = ModelSpec::Family::Vae; // the VAE's rate has no size
    QCOMPARE(ProjectConfig::defaultLearningRate(c.model), 1e-3);
}

void TestProjectConfig::presetsLoad()
{
    // Every built-in preset is valid, and the default one is what a new
    // project gets (so the documented measurements of one hold for the other).
    const auto presets = Presets::list();
    QVERIFY(presets.size() >= 6);
    for (const auto& preset : presets) {
        const ProjectConfig config = Presets::load(preset.name);
        QVERIFY2(config.training.steps > 0, preset.name.c_str());
    }
    const ProjectConfig digits = Presets::load("digits-dcgan");
    const ProjectConfig defaults = ProjectConfig::defaults();
    QCOMPARE(digits.toJson(), defaults.toJson());
    QVERIFY_THROWS_EXCEPTION(StudioError, Presets::load("no-such-preset"));
}

void TestProjectConfig::fromJsonRefuses_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("fragment");
    const QJsonObject good = ProjectConfig::defaults().toJson();
    auto without = [&](const QString& key) {
        QJsonObject j = good;
        j.remove(key);
        return j;
    };

    QTest::newRow("newer format_version") << jsonWith(good, {}, "format_version", 2) << "newer";
    QTest::newRow("far newer format_version") << jsonWith(good, {}, "format_version", 999) << "999";
    QTest::newRow("format_version 0") << jsonWith(good, {}, "format_version", 0) << "format_version";
    QTest::newRow("format_version missing") << without("format_version") << "format_version";
    QTest::newRow("format_version as text") << jsonWith(good, {}, "format_version", "1") << "format_version";
    QTest::newRow("foreign format") << jsonWith(good, {}, "format", "some-other-app") << "not a Latent Studio project";
    QTest::newRow("no format") << without("format") << "not a Latent Studio project";
    QTest::newRow("format not a string") << jsonWith(good, {}, "format", 5) << "format";
    QTest::newRow("missing dataset section") << without("dataset") << "dataset";
    QTest::newRow("missing model section") << without("model") << "model";
    QTest::newRow("missing training section") << without("training") << "training";
    QTest::newRow("training is an array") << jsonWith(good, {}, "training", QJsonArray{1, 2}) << "training";
    QTest::newRow("batch_size as text") << jsonWith(good, "training", "batch_size", "64") << "training.batch_size";
    QTest::newRow("fractional steps") << jsonWith(good, "training", "steps", 2.5) << "training.steps";
    QTest::newRow("lr_g as bool") << jsonWith(good, "training", "lr_g", true) << "training.lr_g";
    QTest::newRow("device as number") << jsonWith(good, "training", "device", 1) << "training.device";
    QTest::newRow("horizontal_flip as number") << jsonWith(good, "dataset", "horizontal_flip", 1) << "dataset.horizontal_flip";
    QTest::newRow("path as number") << jsonWith(good, "dataset", "path", 3) << "dataset.path";
    QTest::newRow("synthetic_count too large") << jsonWith(good, "dataset", "synthetic_count", 1e12) << "dataset.synthetic_count";
    QTest::newRow("image_size as text") << jsonWith(good, "model", "image_size", "28") << "model.image_size";
    QTest::newRow("unknown source") << jsonWith(good, "dataset", "source", "bogus-source") << "bogus-source";
    QTest::newRow("unknown family") << jsonWith(good, "model", "family", "transformer") << "transformer";
    QTest::newRow("unknown loss") << jsonWith(good, "model", "loss", "wgan-xx") << "wgan-xx";
    QTest::newRow("batch size 0") << jsonWith(good, "training", "batch_size", 0) << "batch size";
    QTest::newRow("image size 8") << jsonWith(good, "model", "image_size", 8) << "image size";
    QTest::newRow("channels 2") << jsonWith(good, "model", "channels", 2) << "channels";
    QTest::newRow("device gpu") << jsonWith(good, "training", "device", "gpu") << "device";
    QTest::newRow("unknown augmentation") << jsonWith(good, "training", "augment", "rotation") << "rotation";
    QTest::newRow("grid_classes as text") << jsonWith(good, "training", "grid_classes", "7") << "training.grid_classes";
    QTest::newRow("grid_classes of numbers")
        << jsonWith(good, "training", "grid_classes", QJsonArray{7, 3}) << "training.grid_classes";
    QTest::newRow("eleven grid_classes")
        << jsonWith(good, "training", "grid_classes", QJsonArray{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "0"})
        << "at most 10 classes";
    QTest::newRow("class_guide 200") << jsonWith(good, "training", "class_guide", 200) << "class guide";
    QTest::newRow("class_guide as a word") << jsonWith(good, "training", "class_guide", "lots") << "training.class_guide";
    QTest::newRow("negative average") << jsonWith(good, "training", "ema_kimg", -1) << "half-life";
    QTest::newRow("unknown d_norm") << jsonWith(good, "model", "d_norm", "instance") << "instance";
    QTest::newRow("wgan-gp with batchnorm")
        << jsonWith(jsonWith(good, "model", "loss", "wgan-gp"), "model", "d_norm", "batch") << "BatchNorm";
    QTest::newRow("spectral_norm as text") << jsonWith(good, "model", "spectral_norm", "yes") << "model.spectral_norm";
    QTest::newRow("folder without path") << jsonWith(jsonWith(good, "dataset", "source", "folder"), "dataset", "path", "") << "path";
}

void TestProjectConfig::fromJsonRefuses()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, fragment);
    const auto error = studioErrorFrom([&] { ProjectConfig::fromJson(json, kFile); });
    const QString problem = badInputProblem(error, {kFile, fragment});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(QString::fromStdString(error->path()), QString(kFile));
}

QTEST_GUILESS_MAIN(TestProjectConfig)
#include "tst_projectconfig.moc"
