// SPDX-License-Identifier: MIT
// Generator-quality evaluation (issue 16), its parts that need no project:
// the reference set taken from the data, evaluation.csv, the Evaluator's
// scores of known image sets (the data itself, other real images, noise, a
// generator that draws one or two classes) and the mode-collapse warnings.
// tst_evaluationproject covers the feature cache, the best checkpoint and
// runs that score themselves.

#include "data/syntheticdigits.h"
#include "eval/collapsemonitor.h"
#include "eval/evaluationlog.h"
#include "eval/evaluator.h"
#include "eval/referenceset.h"
#include "latent/seededlatents.h"
#include "testsupport.h"

#include <ATen/CPUGeneratorImpl.h>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>
#include <set>

using namespace latent;
using namespace latent::testsupport;

namespace {

constexpr int kSize = 16;
constexpr std::uint64_t kSeed = 1;
constexpr int kSamples = 200;

// A data set of `count` 4x4 gray images whose label is their index and whose
// first two bytes spell it, so that images can be told apart after a take.
ImageDataset numberedImages(std::size_t count)
{
    ImageDataset set(4, 1);
    std::vector<std::uint8_t> pixels(set.bytesPerImage(), 0);
    for (std::size_t i = 0; i < count; ++i) {
        pixels[0] = std::uint8_t(i & 0xFF);
        pixels[1] = std::uint8_t(i >> 8);
        set.appendPlanar(pixels.data(), int(i));
    }
    return set;
}

DatasetSpec folderSpec(int heldOut)
{
    DatasetSpec spec;
    spec.source = DatasetSpec::Source::ImageFolder;
    spec.path = "/data";
    spec.heldOut = heldOut;
    return spec;
}

bool samePixels(const ImageDataset& set, std::size_t i, const Image& image)
{
    return set.image(i).pixels == image.pixels;
}

// The built-in digits of these indices (image i has label i % 10), as the
// evaluator takes them: [N, 1, 16, 16] uint8.
torch::Tensor digits(const std::vector<std::size_t>& indices)
{
    ImageDataset set(kSize, 1);
    for (std::size_t i : indices)
        set.append(SyntheticDigits::render(i, kSize, 1, kSeed), int(i % 10));
    return torch::from_blob(const_cast<std::uint8_t*>(set.data()), {std::int64_t(set.count()), 1, kSize, kSize},
                            torch::kUInt8)
        .clone();
}

// `count` indices from `first` on whose labels are among `classes`.
std::vector<std::size_t> indicesOf(std::size_t first, int count, const std::set<int>& classes)
{
    std::vector<std::size_t> indices;
    for (std::size_t i = first; int(indices.size()) < count; ++i)
        if (classes.count(int(i % 10)))
            indices.push_back(i);
    return indices;
}

const std::set<int> kAllClasses = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};

EvalResult scores(double coverage, double precision, std::int64_t step)
{
    EvalResult r;
    r.step = step;
    r.coverage = coverage;
    r.precision = precision;
    return r;
}

// The scores' columns but the time taken, which differs between runs.
std::vector<double> withoutTime(const EvalResult& r)
{
    std::vector<double> v = r.values();
    v.pop_back();
    return v;
}

} // namespace

class TestEvaluation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void heldOutCount_data();
    void heldOutCount();
    void takeHoldsOutImagesNeverTrainedOn();
    void takeIsFixedBySeed();
    void digitsRenderImagesTrainingNeverDraws();
    void noneHeldOutSamplesTheTrainingImages_data();
    void noneHeldOutSamplesTheTrainingImages();
    void logRoundTripsEveryColumn();
    void logResumeDropsLaterRows();
    void logSkipsACutShortLastLine();
    void logRefusesAForeignHeader();
    void bestIsTheLowestFd();
    void evaluatorIsDeterministic();
    void evaluatorTellsRealFromNoise();
    void oneOrTwoClassesReadPreciseButNarrow_data();
    void oneOrTwoClassesReadPreciseButNarrow();
    void asSavedPixelsQuantises();
    void evaluateUsesTheSeededLatents();
    void collapseMonitor_data();
    void collapseMonitor();
    void collapseMonitorWarnsOnAOneClassGenerator_data();
    void collapseMonitorWarnsOnAOneClassGenerator();

private:
    torch::Tensor m_referenceFeatures;     // 200 fresh digits of all classes
    std::map<QString, EvalResult> m_scores; // scores of known sets against them
};

void TestEvaluation::initTestCase()
{
    const torch::Tensor reference = digits(indicesOf(100000, kSamples, kAllClasses));
    const FeatureNetwork network(1);
    m_referenceFeatures = network.features(Evaluator::asSavedPixels(reference));
    const Evaluator evaluator(1, m_referenceFeatures, kSamples, Evaluator::latentSeed(kSeed));
    torch::Generator noise = at::make_generator<at::CPUGeneratorImpl>(7);
    m_scores["themselves"] = evaluator.evaluateImages(reference, 0);
    m_scores["other digits"] = evaluator.evaluateImages(digits(indicesOf(200000, kSamples, kAllClasses)), 0);
    m_scores["noise"] =
        evaluator.evaluateImages(torch::rand({kSamples, 1, kSize, kSize}, noise, torch::kFloat32) * 2 - 1, 0);
    // Generators that draw one or two classes well.
    m_scores["only 3s"] = evaluator.evaluateImages(digits(indicesOf(300000, kSamples, {3})), 0);
    m_scores["3s and 7s"] = evaluator.evaluateImages(digits(indicesOf(300000, kSamples, {3, 7})), 0);
    m_scores["only 1s"] = evaluator.evaluateImages(digits(indicesOf(300000, kSamples, {1})), 0);
    for (const auto& [name, r] : m_scores)
        qInfo("%-12s FD %8.3f KID %8.4f precision %.3f recall %.3f density %.3f coverage %.3f", qPrintable(name),
              r.fd, r.kid, r.precision, r.recall, r.density, r.coverage);
}

void TestEvaluation::heldOutCount_data()
{
    QTest::addColumn<int>("heldOut");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("expected");
    const int autoCount = DatasetSpec::kHeldOutAuto;
    QTest::newRow("auto, 999 images: none") << autoCount << 999 << 0;
    QTest::newRow("auto, 1000 images: a tenth") << autoCount << 1000 << 100;
    QTest::newRow("auto, 1999 images: a tenth") << autoCount << 1999 << 199;
    QTest::newRow("auto, 20000 images: 2000") << autoCount << 20000 << 2000;
    QTest::newRow("auto, 60000 images: at most 2000") << autoCount << 60000 << 2000;
    QTest::newRow("explicit 0") << 0 << 5000 << 0;
    QTest::newRow("explicit 50 of 100") << 50 << 100 << 50;
    QTest::newRow("explicit 5000 of 60000") << 5000 << 60000 << 5000;
    QTest::newRow("explicit 100 of 100: one left") << 100 << 100 << 99;
    QTest::newRow("explicit 500 of 100: one left") << 500 << 100 << 99;
    QTest::newRow("explicit 10 of none") << 10 << 0 << 0;
}

void TestEvaluation::heldOutCount()
{
    QFETCH(int, heldOut);
    QFETCH(int, count);
    QFETCH(int, expected);
    QCOMPARE(ReferenceSet::heldOutCount(folderSpec(heldOut), std::size_t(count)), std::size_t(expected));
    // The built-in digits render fresh images instead.
    DatasetSpec digitsSpec = folderSpec(heldOut);
    digitsSpec.source = DatasetSpec::Source::SyntheticDigits;
    QCOMPARE(ReferenceSet::heldOutCount(digitsSpec, std::size_t(count)), std::size_t(0));
}

void TestEvaluation::takeHoldsOutImagesNeverTrainedOn()
{
    ImageDataset training = numberedImages(1200);
    const ReferenceSet set = ReferenceSet::take(training, folderSpec(DatasetSpec::kHeldOutAuto), kSeed, 50);
    QCOMPARE(int(set.kind), int(ReferenceSet::Kind::HeldOut));
    QCOMPARE(set.images.count(), std::size_t(120)); // all held out, whatever `wanted`
    QCOMPARE(training.count(), std::size_t(1080));
    QCOMPARE(set.describe(), std::string("120 held-out images"));
    std::set<int> all;
    const std::vector<const ImageDataset*> parts{&set.images, &training};
    for (const ImageDataset* part : parts)
        for (std::size_t i = 0; i < part->count(); ++i) {
            const int label = part->labels()[i];
            QVERIFY2(all.insert(label).second, qPrintable(QString("image %1 is in both sets").arg(label)));
            const Image image = part->image(i);
            QCOMPARE(image.pixels[0] | (image.pixels[1] << 8), label); // the pixels went with the label
        }
    QCOMPARE(all.size(), std::size_t(1200));
    // The training images keep the order they were read in.
    QVERIFY(std::is_sorted(training.labels().begin(), training.labels().end()));
    // Held-out images are spread over the data, not its first tenth.
    QVERIFY(set.images.labels().back() > 600);
}

void TestEvaluation::takeIsFixedBySeed()
{
    const auto heldOutLabels = [](std::uint64_t seed) {
        ImageDataset training = numberedImages(1000);
        return ReferenceSet::take(training, folderSpec(30), seed, 2000).images.labels();
    };
    const std::vector<int> first = heldOutLabels(kSeed);
    QCOMPARE(first.size(), std::size_t(30));
    QCOMPARE(heldOutLabels(kSeed), first);
    QVERIFY(heldOutLabels(kSeed + 1) != first);
}

void TestEvaluation::digitsRenderImagesTrainingNeverDraws()
{
    DatasetSpec spec;
    spec.syntheticCount = 300;
    ImageDataset training = SyntheticDigits::generate(300, kSize, 1, kSeed);
    const ImageDataset before = training;
    const ReferenceSet set = ReferenceSet::take(training, spec, kSeed, 120);
    QCOMPARE(int(set.kind), int(ReferenceSet::Kind::FreshRender));
    QCOMPARE(set.describe(), std::string("120 freshly rendered digits"));
    QCOMPARE(set.images.count(), std::size_t(120));
    QCOMPARE(training.count(), std::size_t(300)); // nothing taken from the training set
    QVERIFY(std::equal(training.data(), training.data() + 300 * training.bytesPerImage(), before.data()));
    std::set<std::vector<std::uint8_t>> trainingImages;
    for (std::size_t i = 0; i < training.count(); ++i)
        trainingImages.insert(training.image(i).pixels);
    for (std::size_t i = 0; i < set.images.count(); ++i) {
        QVERIFY2(!trainingImages.count(set.images.image(i).pixels),
                 qPrintable(QString("reference image %1 is a training image").arg(i)));
        QVERIFY(samePixels(set.images, i, SyntheticDigits::render(300 + i, kSize, 1, kSeed)));
        QCOMPARE(set.images.labels()[i], int((300 + i) % 10));
    }
}

void TestEvaluation::noneHeldOutSamplesTheTrainingImages_data()
{
    QTest::addColumn<int>("heldOut");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("wanted");
    QTest::addColumn<int>("expected");
    QTest::newRow("explicit none") << 0 << 3000 << 200 << 200;
    QTest::newRow("auto, too few to spare any") << int(DatasetSpec::kHeldOutAuto) << 500 << 200 << 200;
    QTest::newRow("more wanted than there are") << 0 << 150 << 200 << 150;
    QTest::newRow("none wanted (scores off)") << 0 << 150 << 0 << 0;
}

void TestEvaluation::noneHeldOutSamplesTheTrainingImages()
{
    QFETCH(int, heldOut);
    QFETCH(int, count);
    QFETCH(int, wanted);
    QFETCH(int, expected);
    ImageDataset training = numberedImages(std::size_t(count));
    const ReferenceSet set = ReferenceSet::take(training, folderSpec(heldOut), kSeed, std::size_t(wanted));
    QCOMPARE(int(set.kind), int(ReferenceSet::Kind::TrainingImages));
    QCOMPARE(set.images.count(), std::size_t(expected));
    QCOMPARE(set.describe(), QString("%1 training images (none held out)").arg(expected).toStdString());
    QCOMPARE(training.count(), std::size_t(count)); // all of it still trains
    std::set<int> labels(set.images.labels().begin(), set.images.labels().end());
    QCOMPARE(labels.size(), std::size_t(expected)); // distinct images
    if (expected == 200 && count > 1000) // a sample of the data, not its beginning
        QVERIFY(*labels.rbegin() > 1000);
}

void TestEvaluation::logRoundTripsEveryColumn()
{
    QTemporaryDir tmp;
    const std::string path = tmp.filePath("evaluation.csv").toStdString();
    QCOMPARE(EvaluationLog::read(path).size(), std::size_t(0)); // a missing file: no rows
    QVERIFY(writeFile(tmp.filePath("evaluation.csv"), ""));
    QCOMPARE(EvaluationLog::read(path).size(), std::size_t(0)); // nor an empty one (a crash as it was made)
    EvalResult r;
    r.step = 1500;
    r.fd = 12.3456789;
    r.fdError = 0.125;
    r.kid = -0.0003125;
    r.kidError = 0.0001;
    r.precision = 0.715;
    r.recall = 0.5;
    r.density = 1.0625;
    r.coverage = 0.655;
    r.samples = 2000;
    r.references = 1999;
    r.seconds = 3.25;
    {
        EvaluationLog log(path, -1);
        log.append(r);
        EvalResult second = r;
        second.step = 3000;
        second.fd = 7.5;
        log.append(second);
    }
    QVERIFY(readFile(tmp.filePath("evaluation.csv"))
                .startsWith("step,fd,fd_error,kid,kid_error,precision,recall,density,coverage,samples,references,"
                            "seconds\n1500,"));
    const std::vector<EvalResult> rows = EvaluationLog::read(path);
    QCOMPARE(rows.size(), std::size_t(2));
    QCOMPARE(rows[0].step, std::int64_t(1500));
    QCOMPARE(rows[0].values(), r.values()); // nine significant digits hold these exactly
    QCOMPARE(rows[1].step, std::int64_t(3000));
    QCOMPARE(rows[1].fd, 7.5);
}

void TestEvaluation::logResumeDropsLaterRows()
{
    QTemporaryDir tmp;
    const std::string path = tmp.filePath("evaluation.csv").toStdString();
    {
        EvaluationLog log(path, -1);
        for (std::int64_t step : {4, 8, 12}) {
            EvalResult r;
            r.step = step;
            r.fd = double(step);
            log.append(r);
        }
    }
    {
        EvaluationLog resumed(path, 8); // a run resumed from the checkpoint of step 8
        EvalResult r;
        r.step = 9;
        resumed.append(r);
    }
    std::vector<std::int64_t> steps;
    for (const EvalResult& r : EvaluationLog::read(path))
        steps.push_back(r.step);
    QCOMPARE(steps, (std::vector<std::int64_t>{4, 8, 9}));
    // A fresh run starts the log anew.
    EvaluationLog fresh(path, -1);
    QCOMPARE(EvaluationLog::read(path).size(), std::size_t(0));
}

void TestEvaluation::logSkipsACutShortLastLine()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath("evaluation.csv");
    {
        EvaluationLog log(path.toStdString(), -1);
        EvalResult r;
        r.step = 4;
        log.append(r);
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write("8,1.5,0.25,0.01"); // a crash in the middle of a row
    file.close();
    const std::vector<EvalResult> rows = EvaluationLog::read(path.toStdString());
    QCOMPARE(rows.size(), std::size_t(1));
    QCOMPARE(rows[0].step, std::int64_t(4));
}

void TestEvaluation::logRefusesAForeignHeader()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath("evaluation.csv");
    QVERIFY(writeFile(path, "step,loss_d,loss_g\n1,0.5,0.7\n"));
    const QString problem =
        badInputProblem(studioErrorFrom([&] { EvaluationLog::read(path.toStdString()); }), {path, "other columns"});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // A resumed run does not write over it either.
    const QString resumed =
        badInputProblem(studioErrorFrom([&] { EvaluationLog log(path.toStdString(), 5); }), {path, "other columns"});
    QVERIFY2(resumed.isEmpty(), qPrintable(resumed));
    QCOMPARE(readFile(path), QByteArray("step,loss_d,loss_g\n1,0.5,0.7\n"));
}

void TestEvaluation::bestIsTheLowestFd()
{
    QVERIFY(!EvaluationLog::best({}));
    std::vector<EvalResult> rows;
    for (const auto& [step, fd] : std::vector<std::pair<int, double>>{{4, 9.0}, {8, 3.0}, {12, 5.0}, {16, 3.0}}) {
        rows.push_back(scores(0.5, 0.5, step));
        rows.back().fd = fd;
    }
    const std::optional<EvalResult> best = EvaluationLog::best(rows);
    QVERIFY(best);
    QCOMPARE(best->step, std::int64_t(8)); // the earliest of equals
}

void TestEvaluation::evaluatorIsDeterministic()
{
    const Evaluator evaluator(1, m_referenceFeatures, kSamples, Evaluator::latentSeed(kSeed));
    const torch::Tensor images = digits(indicesOf(200000, kSamples, kAllClasses));
    const EvalResult again = evaluator.evaluateImages(images, 3);
    QCOMPARE(again.step, std::int64_t(3));
    QCOMPARE(withoutTime(again), withoutTime(m_scores["other digits"]));
    // So is a second evaluator on the same references.
    const Evaluator other(1, m_referenceFeatures.clone(), kSamples, Evaluator::latentSeed(kSeed));
    QCOMPARE(withoutTime(other.evaluateImages(images, 3)), withoutTime(again));
}

void TestEvaluation::evaluatorTellsRealFromNoise()
{
    const EvalResult& self = m_scores["themselves"];
    const EvalResult& real = m_scores["other digits"];
    const EvalResult& noise = m_scores["noise"];
    QCOMPARE(self.samples, kSamples);
    QCOMPARE(self.references, kSamples);
    // The reference images against themselves: no distance, full overlap.
    QVERIFY2(std::abs(self.fd) < 1e-6 * noise.fd, qPrintable(QString::number(self.fd)));
    QCOMPARE(self.precision, 1.0);
    QCOMPARE(self.recall, 1.0);
    QCOMPARE(self.coverage, 1.0);
    QVERIFY(std::abs(self.kid) < 1e-3 * noise.kid);
    // Other digits of the same kinds: close, and look real.
    QVERIFY(real.precision > 0.6);
    QVERIFY(real.coverage > 0.6);
    QVERIFY(real.fd > self.fd);
    // Noise: far away, looks like nothing real.
    QVERIFY2(noise.fd > 10 * real.fd, qPrintable(QString("%1 vs %2").arg(noise.fd).arg(real.fd)));
    QVERIFY2(noise.kid > 10 * real.kid, qPrintable(QString("%1 vs %2").arg(noise.kid).arg(real.kid)));
    QVERIFY(noise.precision < 0.05);
    QVERIFY(noise.coverage < 0.05);
    QVERIFY(noise.recall < 0.05);
    QVERIFY(noise.fdError > 0);
}

void TestEvaluation::oneOrTwoClassesReadPreciseButNarrow_data()
{
    QTest::addColumn<QString>("set");
    QTest::newRow("only 3s") << "only 3s";
    QTest::newRow("3s and 7s") << "3s and 7s";
    QTest::newRow("only 1s") << "only 1s";
}

// The generator that draws one class (or two) well: its samples look real
// (precision) but cover less of the data's variety (coverage, recall) than
// samples of every class, and sit further away (FD).
void TestEvaluation::oneOrTwoClassesReadPreciseButNarrow()
{
    QFETCH(QString, set);
    const EvalResult& all = m_scores["other digits"];
    const EvalResult& narrow = m_scores[set];
    const QString what = QString("%1: precision %2 coverage %3 recall %4 FD %5; all classes %6 %7 %8 %9")
                             .arg(set)
                             .arg(narrow.precision)
                             .arg(narrow.coverage)
                             .arg(narrow.recall)
                             .arg(narrow.fd)
                             .arg(all.precision)
                             .arg(all.coverage)
                             .arg(all.recall)
                             .arg(all.fd);
    QVERIFY2(narrow.precision > 0.9, qPrintable(what));
    QVERIFY2(narrow.coverage < all.coverage - 0.1, qPrintable(what));
    QVERIFY2(narrow.recall < all.recall - 0.03, qPrintable(what));
    QVERIFY2(narrow.fd > 3 * all.fd, qPrintable(what));
}

void TestEvaluation::asSavedPixelsQuantises()
{
    const torch::Tensor ramp = torch::linspace(-1.2, 1.2, 5001, torch::kFloat32);
    const torch::Tensor saved = Evaluator::asSavedPixels(ramp);
    QCOMPARE(saved.min().item<float>(), -1.0f); // out of range values clamp
    QCOMPARE(saved.max().item<float>(), 1.0f);
    const torch::Tensor levels = (saved + 1) * 127.5;
    QVERIFY((levels - levels.round()).abs().max().item<float>() < 1e-3f);
    QCOMPARE(std::get<0>(at::_unique(levels.round())).numel(), std::int64_t(256));
    // Close to what went in: at most half a level away.
    const torch::Tensor inRange = ramp.clamp(-1, 1);
    QVERIFY((saved - inRange).abs().max().item<float>() <= 0.5f / 127.5f + 1e-6f);
    // Bytes 0..255 mean -1..1.
    const torch::Tensor bytes = torch::tensor({0, 128, 255}, torch::kUInt8);
    const torch::Tensor fromBytes = Evaluator::asSavedPixels(bytes);
    QCOMPARE(fromBytes[0].item<float>(), -1.0f);
    QCOMPARE(fromBytes[2].item<float>(), 1.0f);
    QVERIFY(std::abs(fromBytes[1].item<float>() - (128 / 127.5f - 1)) < 1e-6f);
}

void TestEvaluation::evaluateUsesTheSeededLatents()
{
    constexpr int kLatent = 6;
    constexpr int kMany = 300; // two batches of the generate function
    const Evaluator evaluator(1, m_referenceFeatures, kMany, Evaluator::latentSeed(kSeed));
    const torch::Tensor weights =
        torch::randn({kLatent, kSize * kSize}, at::make_generator<at::CPUGeneratorImpl>(3), torch::kFloat32);
    std::vector<torch::Tensor> seen;
    const auto generate = [&](const torch::Tensor& z) {
        seen.push_back(z.clone());
        return torch::tanh(z.mm(weights)).view({z.size(0), 1, kSize, kSize});
    };
    const EvalResult first = evaluator.evaluate(generate, kLatent, 12);
    const torch::Tensor z = torch::cat(seen);
    seen.clear();
    const EvalResult second = evaluator.evaluate(generate, kLatent, 12);
    QCOMPARE(first.step, std::int64_t(12));
    QCOMPARE(first.samples, kMany);
    QCOMPARE(withoutTime(second), withoutTime(first));
    QVERIFY(torch::equal(torch::cat(seen), z)); // the same z every call
    QVERIFY(torch::equal(z, seededLatents(kMany, kLatent, evaluator.seed())));
    // And it scores exactly those images.
    QCOMPARE(withoutTime(evaluator.evaluateImages(generate(z), 12)), withoutTime(first));
    // Another seed, other latents, other scores.
    const Evaluator reseeded(1, m_referenceFeatures, kMany, Evaluator::latentSeed(kSeed + 1));
    QVERIFY(withoutTime(reseeded.evaluate(generate, kLatent, 12)) != withoutTime(first));
}

void TestEvaluation::collapseMonitor_data()
{
    // One character per evaluation: '-' no warning, 'F' a fall, 'N' narrow
    // from the start.
    QTest::addColumn<QVector<double>>("coverage");
    QTest::addColumn<QVector<double>>("precision");
    QTest::addColumn<QString>("expected");
    QTest::newRow("fall while precision holds, warned once")
        << QVector<double>{0.5, 0.6, 0.3, 0.28} << QVector<double>{0.7, 0.7, 0.7, 0.72} << "--F-";
    QTest::newRow("recovers, then falls again")
        << QVector<double>{0.5, 0.6, 0.3, 0.55, 0.3} << QVector<double>{0.7, 0.7, 0.7, 0.7, 0.7} << "--F-F";
    QTest::newRow("below 60% but not 0.15 lower")
        << QVector<double>{0.3, 0.17} << QVector<double>{0.5, 0.5} << "--";
    QTest::newRow("0.15 lower but not below 60%")
        << QVector<double>{0.9, 0.7} << QVector<double>{0.8, 0.8} << "--";
    QTest::newRow("precision fell too: not collapse")
        << QVector<double>{0.6, 0.3} << QVector<double>{0.8, 0.4} << "--";
    QTest::newRow("narrow from the start, warned once")
        << QVector<double>{0.1, 0.12, 0.11} << QVector<double>{0.8, 0.85, 0.8} << "N--";
    QTest::newRow("healthy early training: both low, both rising")
        << QVector<double>{0.01, 0.03, 0.08, 0.15, 0.24, 0.35, 0.5}
        << QVector<double>{0.02, 0.06, 0.15, 0.3, 0.45, 0.55, 0.65} << "-------";
    QTest::newRow("healthy with a small dip")
        << QVector<double>{0.5, 0.45, 0.55, 0.5} << QVector<double>{0.6, 0.65, 0.6, 0.7} << "----";
}

void TestEvaluation::collapseMonitor()
{
    QFETCH(QVector<double>, coverage);
    QFETCH(QVector<double>, precision);
    QFETCH(QString, expected);
    CollapseMonitor monitor;
    QString seen;
    for (int i = 0; i < coverage.size(); ++i) {
        const std::int64_t step = 100 * (i + 1);
        const std::optional<std::string> warning = monitor.observe(scores(coverage[i], precision[i], step));
        if (!warning) {
            seen += '-';
            continue;
        }
        const QString text = QString::fromStdString(*warning);
        QVERIFY2(text.contains(QString("step %1").arg(step)), qPrintable(text));
        QVERIFY2(text.contains(QString("%1%").arg(std::lround(100 * coverage[i]))), qPrintable(text));
        seen += text.contains("down from") ? 'F' : text.contains("cover only") ? 'N' : '?';
    }
    QCOMPARE(seen, expected);
}

void TestEvaluation::collapseMonitorWarnsOnAOneClassGenerator_data()
{
    QTest::addColumn<QString>("set");
    QTest::newRow("only 1s") << "only 1s";
    QTest::newRow("only 3s") << "only 3s";
    QTest::newRow("3s and 7s") << "3s and 7s";
}

// The Evaluator's scores of a generator that draws one or two classes,
// through the monitor: from the first score on, and after a healthy score.
void TestEvaluation::collapseMonitorWarnsOnAOneClassGenerator()
{
    QFETCH(QString, set);
    // Known gap (to the feature's owner): in the random-feature space, images
    // of one class cover much of the data's variety (coverage 0.85 here, 0.63
    // for 2000 28x28 samples; precision ~0.98), so neither "narrow" (coverage
    // < 0.25) nor "fell" (below 60% of the best) is reached; only classes
    // unlike the others (1s: coverage 0.2) are told. Remove these lines when
    // the monitor warns on them.
    const char* gap = "one-class digits read coverage ~0.85 (threshold 0.25): the collapse goes unwarned";
    const bool known = set != "only 1s";
    CollapseMonitor fromTheStart;
    EvalResult collapsed = m_scores[set];
    collapsed.step = 1000;
    const std::optional<std::string> narrow = fromTheStart.observe(collapsed);
    if (known)
        QEXPECT_FAIL("", gap, Continue);
    QVERIFY2(narrow, qPrintable(QString("no warning at coverage %1, precision %2")
                                    .arg(collapsed.coverage)
                                    .arg(collapsed.precision)));
    if (narrow)
        QVERIFY2(QString::fromStdString(*narrow).contains("step 1000"), narrow->c_str());
    // A run that drew every class, then collapsed onto one.
    CollapseMonitor later;
    EvalResult healthy = m_scores["other digits"];
    healthy.step = 500;
    QVERIFY(!later.observe(healthy));
    const std::optional<std::string> fell = later.observe(collapsed);
    if (known)
        QEXPECT_FAIL("", gap, Continue);
    QVERIFY(fell);
    QVERIFY(!later.observe(collapsed)); // warned once, if at all
}

QTEST_GUILESS_MAIN(TestEvaluation)
#include "tst_evaluation.moc"
