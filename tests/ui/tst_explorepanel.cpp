// SPDX-License-Identifier: MIT
// The Explore tab over a real checkpoint: previews arrive from the worker,
// sliders and seeds change them, and a flood of requests decodes only the
// newest.

#include "bookmarklist.h"
#include "bookmarkpanel.h"
#include "explorepanel.h"
#include "exploresession.h"
#include "explorerworker.h"
#include "io/pngfile.h"
#include "latent/bookmarkfile.h"
#include "latent/inferenceengine.h"
#include "qimageconversion.h"
#include "sessioncontroller.h"
#include "testsupport.h"
#include "train/checkpointstore.h"
#include "train/trainingsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QProcess>
#include <QLabel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace latent;
using latent::testsupport::writeFile;

namespace {
// The worker's load failures, collected on this thread as the panel sees them
// (a QSignalSpy on the worker would be filled from the explorer thread while
// the test reads it: a data race ThreadSanitizer reported).
const QStringList& loadFailures(ExploreSession& session)
{
    auto* list = new QStringList;
    QObject::connect(&session, &QObject::destroyed, [list] { delete list; });
    QObject::connect(session.worker(), &ExplorerWorker::loadFailed, &session,
                     [list](const QString& message) { *list << message; }, Qt::QueuedConnection);
    return *list;
}
} // namespace

class TestExplorePanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void previewFollowsSeedSlidersAndTruncation();
    void onlyTheNewestRequestIsDecoded();
    void pinnedDimensionsSurviveASeedChange();
    void projectWithoutCheckpointSaysSo();
    void directionsAreFoundAndMoveTheImage();
    void vaeEncodesARealImage();
    void savedImagesSayWhereTheyCameFrom();
    void pickingAClassKeepsZ();
    void editsUndoAndRedo();
    void bookmarksAndArithmetic();
    void importedGeneratorsAreExplored();
    void importsAPythonTracedGenerator();
    void aFailedGeneratorIsReportedNotHidden();

private:
    QTemporaryDir m_tmp;
    QString m_project;
};

void TestExplorePanel::initTestCase()
{
    m_project = m_tmp.filePath("trained");
    QVERIFY(!testsupport::trainTinyProject(m_project).empty());
}

void TestExplorePanel::previewFollowsSeedSlidersAndTruncation()
{
    ExploreSession session;
    ExplorePanel panel(&session);
    QSignalSpy changed(&panel, &ExplorePanel::previewChanged);
    session.setProject(m_project);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.preview().isNull(), 20000);
    QCOMPARE(panel.preview().width(), 16);
    QCOMPARE(int(panel.currentLatent().size()), 8);
    // Seed 0's vector is the one latent-cli sample --seed 0 draws first.
    QCOMPARE(panel.currentLatent(), session.worker()->latentForSeed(0));

    const QImage seed0 = panel.preview();
    panel.setSeed(1);
    QTRY_VERIFY_WITH_TIMEOUT(panel.preview() != seed0, 20000);
    const QImage seed1 = panel.preview();

    panel.setDimension(3, 2.5);
    QTRY_VERIFY_WITH_TIMEOUT(panel.preview() != seed1, 20000);
    QVERIFY(std::abs(panel.currentLatent()[3] - 2.5f) < 1e-6);

    panel.setTruncation(0.0); // all the way to the mean: z = 0
    const std::vector<float> atMean = panel.currentLatent();
    QVERIFY(std::all_of(atMean.begin(), atMean.end(), [](float v) { return v == 0.0f; }));
    const quint64 serial = session.worker()->requestDecode(panel.currentLatent());
    QTRY_VERIFY_WITH_TIMEOUT(panel.shownSerial() >= serial, 20000);
    const QImage mean = panel.preview();
    panel.setSeed(7); // the mean does not depend on the seed
    QTest::qWait(300);
    QCOMPARE(panel.preview(), mean);
}

void TestExplorePanel::onlyTheNewestRequestIsDecoded()
{
    ExploreSession session;
    ExplorePanel panel(&session);
    session.setProject(m_project);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.preview().isNull(), 20000);
    const int before = panel.decodedCount();
    quint64 last = 0;
    for (int i = 0; i < 200; ++i) // a slider dragged across 200 values at once
        last = session.worker()->requestDecode(std::vector<float>(8, float(i) / 100.0f));
    QTRY_COMPARE_WITH_TIMEOUT(panel.shownSerial(), last, 20000);
    QTest::qWait(200);
    const int decodes = panel.decodedCount() - before;
    qInfo("200 requests in a burst: %d decoded", decodes);
    QVERIFY2(decodes < 20, qPrintable(QString::number(decodes)));
}

void TestExplorePanel::pinnedDimensionsSurviveASeedChange()
{
    ExploreSession session;
    ExplorePanel panel(&session);
    session.setProject(m_project);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.preview().isNull(), 20000);
    panel.setDimension(0, 1.75);
    auto* pin = panel.findChildren<QCheckBox*>().value(0);
    QVERIFY(pin);
    pin->setChecked(true);
    panel.setSeed(42);
    QVERIFY(std::abs(panel.currentLatent()[0] - 1.75f) < 1e-6);
    QCOMPARE(panel.currentLatent()[1], session.worker()->latentForSeed(42)[1]);
}

void TestExplorePanel::projectWithoutCheckpointSaysSo()
{
    QTemporaryDir tmp;
    const QString fresh = tmp.filePath("fresh");
    Project::create(fresh.toStdString(), testsupport::tinyConfig());
    ExploreSession session;
    ExplorePanel panel(&session);
    session.setProject(fresh);
    QTest::qWait(200);
    QVERIFY(panel.preview().isNull());
    bool said = false;
    for (QLabel* label : panel.findChildren<QLabel*>())
        said = said || label->text().contains("No checkpoint yet");
    QVERIFY(said);
}

// GANSpace directions: unit vectors in z, strongest first, and sliders that
// move the preview, with a strip from -3 to +3 sigma.
void TestExplorePanel::directionsAreFoundAndMoveTheImage()
{
    const auto checkpoint = CheckpointStore((m_project + "/checkpoints").toStdString()).latest().path;
    const auto engine = InferenceEngine::load(checkpoint);
    const auto directions = engine->principalDirections(4, 500, 1);
    QCOMPARE(int(directions.size()), 4);
    double total = 0.0;
    for (std::size_t i = 0; i < directions.size(); ++i) {
        double norm = 0.0;
        for (float v : directions[i].vector)
            norm += double(v) * v;
        QVERIFY(std::abs(std::sqrt(norm) - 1.0) < 1e-4);
        if (i > 0)
            QVERIFY(directions[i].varianceShare <= directions[i - 1].varianceShare);
        total += directions[i].varianceShare;
    }
    QVERIFY(total > 0.0 && total <= 1.0 + 1e-9);

    ExploreSession session;
    ExplorePanel panel(&session);
    session.setProject(m_project);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.preview().isNull(), 20000);
    panel.findDirections();
    QTRY_COMPARE_WITH_TIMEOUT(panel.directionCount(), 8, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.strip().isNull(), 20000);
    QCOMPARE(panel.strip().width(), 7 * (16 + 1) + 1); // seven images, 1-pixel gaps
    const QImage before = panel.preview();
    panel.setDirection(0, 3.0);
    QTRY_VERIFY_WITH_TIMEOUT(panel.preview() != before, 20000);
}

// A VAE snapshot encodes an image file: its latent becomes the one shown,
// the original beside the reconstruction. A GAN offers no encoding.
void TestExplorePanel::vaeEncodesARealImage()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath("vae");
    QVERIFY(!testsupport::trainTinyProject(dir, ModelSpec::Family::Vae).empty());
    QImage digit(40, 40, QImage::Format_Grayscale8); // a bright bar on black, not square-sized
    digit.fill(0);
    for (int y = 8; y < 32; ++y)
        for (int x = 17; x < 23; ++x)
            digit.setPixel(x, y, qRgb(255, 255, 255));
    const QString file = tmp.filePath("bar.png");
    QVERIFY(digit.save(file));

    ExploreSession session;
    ExplorePanel panel(&session);
    session.setProject(dir);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.preview().isNull(), 20000);
    const QImage prior = panel.preview();
    panel.encodeImage(file);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.encodedOriginal().isNull(), 20000);
    QCOMPARE(panel.encodedOriginal().width(), 16); // as the model sees it
    const auto engine = InferenceEngine::load(CheckpointStore((dir + "/checkpoints").toStdString()).latest().path);
    QCOMPARE(panel.currentLatent(), engine->encodeImageFile(file.toStdString()).latent);
    QTRY_VERIFY_WITH_TIMEOUT(panel.preview() != prior, 20000);

    QVERIFY(writeFile(tmp.filePath("notes.png"), "not an image"));
    QVERIFY_THROWS_EXCEPTION(StudioError, engine->encodeImageFile(tmp.filePath("notes.png").toStdString()));

    // A VAE's directions: principal axes of its encoder means over the dataset.
    panel.findDirections();
    QTRY_COMPARE_WITH_TIMEOUT(panel.directionCount(), 8, 60000);
    const QImage encoded = panel.preview();
    panel.setDirection(0, 2.0);
    QTRY_VERIFY_WITH_TIMEOUT(panel.preview() != encoded, 20000);

    ExploreSession ganSession;
    ExplorePanel gan(&ganSession);
    ganSession.setProject(m_project);
    QTRY_VERIFY_WITH_TIMEOUT(!gan.preview().isNull(), 20000);
    gan.encodeImage(file);
    QTest::qWait(300);
    QVERIFY(gan.encodedOriginal().isNull());
}

// The tiny model is conditional on the digits: the picker lists their names;
// another class redraws the same z; undo brings the class back; the saved
// PNG and a bookmark name the class.
void TestExplorePanel::pickingAClassKeepsZ()
{
    QTemporaryDir tmp;
    ExploreSession session;
    ExplorePanel panel(&session);
    session.setProject(m_project);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.preview().isNull(), 20000);
    QComboBox* picker = panel.classPicker();
    QCOMPARE(picker->count(), 10);
    QCOMPARE(picker->itemText(7), QStringLiteral("7"));
    QCOMPARE(picker->currentIndex(), 0);
    const std::vector<float> z = panel.currentLatent();
    const QImage asZero = panel.preview();

    picker->setCurrentIndex(7);
    QTRY_VERIFY_WITH_TIMEOUT(panel.shownSerial() >= panel.requestedSerial() && panel.preview() != asZero, 20000);
    QCOMPARE(panel.currentLatent(), z); // the style stays
    QCOMPARE(panel.captureState().classIndex, 7);
    QCOMPARE(session.shownClassWeights(), session.worker()->classWeights(7));
    // The worker asked for class 7 directly draws the same picture.
    const QImage asSeven = panel.preview();

    const QString path = tmp.filePath("seven.png");
    QVERIFY(panel.savePreview(path));
    bool named = false;
    for (const auto& [key, value] : readPngText(path.toStdString()))
        named = named || (key == "latent-studio.class" && value == "7");
    QVERIFY(named);

    panel.history()->undo();
    QCOMPARE(picker->currentIndex(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(panel.preview(), asZero, 20000);
    panel.history()->redo();
    QCOMPARE(picker->currentIndex(), 7);
    QTRY_COMPARE_WITH_TIMEOUT(panel.preview(), asSeven, 20000);
}

void TestExplorePanel::savedImagesSayWhereTheyCameFrom()
{
    QTemporaryDir tmp;
    ExploreSession session;
    ExplorePanel panel(&session);
    session.setProject(m_project);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.preview().isNull(), 20000);
    panel.setSeed(12);
    QTRY_VERIFY_WITH_TIMEOUT(panel.shownSerial() >= 2, 20000);
    const QString file = tmp.filePath("shown.png");
    QVERIFY(panel.savePreview(file));
    QCOMPARE(QImage(file).width(), 16);
    std::map<std::string, std::string> text;
    for (const auto& [key, value] : readPngText(file.toStdString()))
        text[key] = value;
    QCOMPARE(QString::fromStdString(text["latent-studio.seed"]), QStringLiteral("12"));
    QCOMPARE(QString::fromStdString(text["latent-studio.model_sha256"]), session.worker()->modelHash());
    QVERIFY(text["latent-studio.model_sha256"].size() == 64);
    const QJsonArray z = QJsonDocument::fromJson(QByteArray::fromStdString(text["latent-studio.z"])).array();
    QCOMPARE(int(z.size()), 8);
    QCOMPARE(float(z[0].toDouble()), panel.currentLatent()[0]);
    QVERIFY(!panel.savePreview(tmp.filePath("missing/folder/x.png")));
}

// Each edit is one step back: a seed change, a slider drag (however many
// values it passed through), truncation; redo goes forward again.
void TestExplorePanel::editsUndoAndRedo()
{
    ExploreSession session;
    ExplorePanel panel(&session);
    session.setProject(m_project);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.preview().isNull(), 20000);
    QUndoStack* history = panel.history();
    QCOMPARE(history->count(), 0);
    const std::vector<float> seed0 = panel.currentLatent();
    panel.setSeed(5);
    const std::vector<float> seed5 = panel.currentLatent();
    for (int v = 1; v <= 20; ++v) // one drag through twenty values
        panel.setDimension(2, v / 10.0);
    const std::vector<float> dragged = panel.currentLatent();
    panel.setTruncation(0.5);
    QCOMPARE(history->count(), 3);
    QCOMPARE(panel.currentLabel(), QStringLiteral("seed 5, edited"));

    history->undo();
    QCOMPARE(panel.currentLatent(), dragged);
    history->undo();
    QCOMPARE(panel.currentLatent(), seed5);
    QCOMPARE(panel.currentLabel(), QStringLiteral("seed 5"));
    history->undo();
    QCOMPARE(panel.currentLatent(), seed0);
    QVERIFY(!history->canUndo());
    history->redo();
    history->redo();
    QCOMPARE(panel.currentLatent(), dragged);
    // The preview follows undo: it shows the vector now current.
    const quint64 serial = session.worker()->requestDecode(panel.currentLatent());
    QTRY_VERIFY_WITH_TIMEOUT(panel.shownSerial() >= serial, 20000);
    const QImage shown = panel.preview();
    const auto engine = InferenceEngine::load(CheckpointStore((m_project + "/checkpoints").toStdString()).latest().path);
    QCOMPARE(shown.width(), engine->decode({dragged}).front().width);

    // An edit after undo drops the redo branch.
    history->undo();
    panel.setSeed(9);
    QVERIFY(!history->canRedo());
}

// Bookmarks are saved in the project as JSON the CLI reads; going to one
// shows its exact z; A - B + C between three is exact and undoable.
void TestExplorePanel::bookmarksAndArithmetic()
{
    QTemporaryDir tmp;
    const QString project = tmp.filePath("copy");
    QVERIFY(QDir().mkpath(project + "/checkpoints"));
    QVERIFY(QFile::copy(m_project + "/project.json", project + "/project.json"));
    const auto latest = CheckpointStore((m_project + "/checkpoints").toStdString()).latest();
    QVERIFY(QFile::copy(QString::fromStdString(latest.path), project + "/checkpoints/" + QFileInfo(QString::fromStdString(latest.path)).fileName()));

    ExploreSession session;
    ExplorePanel panel(&session);
    session.setProject(project);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.preview().isNull(), 20000);
    std::vector<std::vector<float>> z;
    for (int seed : {1, 2, 3}) {
        panel.setSeed(quint64(seed));
        z.push_back(panel.currentLatent());
        panel.bookmarkPanel()->addCurrent(QStringLiteral("s%1").arg(seed));
    }
    panel.setDimension(0, 1.0);
    panel.bookmarkPanel()->addCurrent(QStringLiteral("s1")); // taken: made unique

    const auto saved = BookmarkFile::read((project + "/bookmarks.json").toStdString());
    QCOMPARE(saved.size(), std::size_t(4));
    QCOMPARE(saved[0].name, std::string("s1"));
    QCOMPARE(saved[0].z, z[0]);
    QCOMPARE(saved[0].seed, std::int64_t(1));
    QCOMPARE(saved[3].name, std::string("s1 2"));
    QCOMPARE(saved[3].seed, std::int64_t(-1)); // edited: no longer just a seed
    QCOMPARE(QString::fromStdString(saved[1].modelSha256), session.worker()->modelHash());

    panel.goToBookmark(1);
    QCOMPARE(panel.currentLatent(), z[1]);
    QCOMPARE(panel.currentLabel(), QStringLiteral("s2"));

    panel.bookmarkPanel()->applyArithmetic(0, 1, 2);
    const std::vector<float> result = panel.currentLatent();
    for (std::size_t i = 0; i < result.size(); ++i)
        QCOMPARE(result[i], z[0][i] - z[1][i] + z[2][i]);
    QCOMPARE(panel.currentLabel(), QStringLiteral("s1 − s2 + s3"));
    panel.history()->undo();
    QCOMPARE(panel.currentLatent(), z[1]);

    // A second window on the same project sees them; deleting saves at once.
    ExploreSession againSession;
    ExplorePanel again(&againSession);
    againSession.setProject(project);
    QCOMPARE(againSession.bookmarks()->size(), 4);
    QVERIFY(againSession.bookmarks()->remove(3));
    QCOMPARE(BookmarkFile::read((project + "/bookmarks.json").toStdString()).size(), std::size_t(3));

    // A damaged file is reported and never overwritten.
    QVERIFY(writeFile(project + "/bookmarks.json", "{ damaged"));
    ExploreSession damagedSession;
    ExplorePanel damaged(&damagedSession);
    QSignalSpy failed(damagedSession.bookmarks(), &BookmarkList::failed);
    damagedSession.setProject(project);
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains("bookmarks.json"));
    QTRY_VERIFY_WITH_TIMEOUT(!damaged.preview().isNull(), 20000);
    damaged.bookmarkPanel()->addCurrent("new");
    QCOMPARE(testsupport::readFile(project + "/bookmarks.json"), QByteArray("{ damaged"));
}

namespace {

// Waits for a panel to show its first image of `width` pixels.
bool showsImageOfWidth(ExplorePanel& panel, int width)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        if (!panel.preview().isNull() && panel.preview().width() == width)
            return true;
        QTest::qWait(20);
    }
    return false;
}

} // namespace

// A generator exported as TorchScript opens like a project's snapshot:
// seeds, sliders, directions (from its output images) and bookmarks.
void TestExplorePanel::importedGeneratorsAreExplored()
{
    QTemporaryDir tmp;
    const QString file = tmp.filePath("g.pt");
    const auto engine = InferenceEngine::load(CheckpointStore((m_project + "/checkpoints").toStdString()).latest().path);
    engine->exportTorchScript(file.toStdString());

    ExploreSession session;
    ExplorePanel panel(&session);
    session.openGenerator(file);
    QVERIFY(showsImageOfWidth(panel, 16));
    QVERIFY(session.worker()->isImported());
    QCOMPARE(int(panel.currentLatent().size()), 8);
    panel.setSeed(3);
    QCOMPARE(panel.currentLatent(), engine->sampleLatents(1, 3).front());
    const quint64 serial = session.worker()->requestDecode(panel.currentLatent());
    QTRY_VERIFY_WITH_TIMEOUT(panel.shownSerial() >= serial, 20000);
    QCOMPARE(panel.preview(), toQImage(engine->decode({panel.currentLatent()}).front()));
    panel.findDirections();
    // Read on this thread (a QSignalSpy on the worker would be filled from the
    // explorer thread while the test reads it, and before the panel updates).
    QTRY_COMPARE_WITH_TIMEOUT(panel.directionCount(), 8, 60000);
    panel.bookmarkPanel()->addCurrent("kept in memory");
    QCOMPARE(session.bookmarks()->size(), 1);
    QVERIFY(!QFileInfo::exists(tmp.filePath("bookmarks.json")));

    // Not a generator: a clear message naming the file, nothing shown.
    QVERIFY(writeFile(tmp.filePath("fake.pt"), "not a program"));
    ExploreSession fakeSession;
    ExplorePanel fake(&fakeSession);
    const QStringList& failed = loadFailures(fakeSession);
    fakeSession.openGenerator(tmp.filePath("fake.pt"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    QVERIFY(failed.first().contains("fake.pt"));
    QVERIFY(fake.preview().isNull());
}

// The studio opens a generator that Python traced (skipped, saying so,
// without Debian's python3-torch).
void TestExplorePanel::importsAPythonTracedGenerator()
{
    const QString python = testsupport::pythonWithTorch();
    if (python.isEmpty())
        QSKIP("python3 with torch (Debian's python3-torch) is not installed; the Python import check is skipped");
    QTemporaryDir tmp;
    const QString file = tmp.filePath("traced.pt");
    QProcess trace;
    trace.start(python, {"-c", QStringLiteral(R"(
import sys, torch
class G(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = torch.nn.Linear(20, 3 * 24 * 24)
    def forward(self, z):
        return torch.tanh(self.fc(z)).view(z.size(0), 3, 24, 24)
torch.manual_seed(0)
torch.jit.trace(G(), torch.randn(2, 20)).save(sys.argv[1])
)"), file});
    QVERIFY(trace.waitForFinished(120000));
    QVERIFY2(trace.exitCode() == 0, trace.readAllStandardError().constData());

    ExploreSession session;
    ExplorePanel panel(&session);
    session.openGenerator(file);
    QVERIFY(showsImageOfWidth(panel, 24));
    QCOMPARE(int(panel.currentLatent().size()), 20); // found by probing
    const QImage before = panel.preview();
    panel.setDimension(4, 3.0);
    QTRY_VERIFY_WITH_TIMEOUT(panel.preview() != before, 20000);
}

// Opening a generator right after a project (the window's first visit to the
// tab): whether the project's load ran first or was skipped as superseded,
// the generator's error is what stays on screen, and the project's snapshot
// can be loaded again.
void TestExplorePanel::aFailedGeneratorIsReportedNotHidden()
{
    QTemporaryDir tmp;
    QVERIFY(writeFile(tmp.filePath("fake.pt"), "not a program"));
    ExploreSession session;
    ExplorePanel panel(&session);
    const QStringList& failed = loadFailures(session);
    session.setProject(m_project);
    session.openGenerator(tmp.filePath("fake.pt"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    QTest::qWait(300);
    QVERIFY(!session.worker()->isImported());
    bool shown = false;
    for (QLabel* label : panel.findChildren<QLabel*>())
        shown = shown || label->text().contains("fake.pt");
    QVERIFY(shown);
    session.refresh(); // back to the project
    QTRY_VERIFY_WITH_TIMEOUT(!panel.preview().isNull(), 20000);
    QVERIFY(!session.worker()->isImported());
}

QTEST_MAIN(TestExplorePanel)
#include "tst_explorepanel.moc"
