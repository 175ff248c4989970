// SPDX-License-Identifier: MIT
// The Explore tab over a real checkpoint: previews arrive from the worker,
// sliders and seeds change them, and a flood of requests decodes only the
// newest.

#include "explorepanel.h"
#include "explorerworker.h"
#include "io/pngfile.h"
#include "latent/inferenceengine.h"
#include "testsupport.h"
#include "train/checkpointstore.h"
#include "train/trainingsession.h"

#include <QCheckBox>
#include <QLabel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace latent;
using latent::testsupport::writeFile;

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

private:
    QTemporaryDir m_tmp;
    QString m_project;
};

void TestExplorePanel::initTestCase()
{
    m_project = m_tmp.filePath("trained");
    ProjectConfig config = testsupport::tinyConfig();
    config.training.steps = 6;
    const Project project = Project::create(m_project.toStdString(), config);
    TrainingSession session(project, nullptr);
    session.start({});
    QVERIFY(session.wait(60000));
    QCOMPARE(int(session.state()), int(SessionState::Finished));
}

void TestExplorePanel::previewFollowsSeedSlidersAndTruncation()
{
    ExplorePanel panel;
    QSignalSpy changed(&panel, &ExplorePanel::previewChanged);
    panel.setProject(m_project);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.preview().isNull(), 20000);
    QCOMPARE(panel.preview().width(), 16);
    QCOMPARE(int(panel.currentLatent().size()), 8);
    // Seed 0's vector is the one latent-cli sample --seed 0 draws first.
    QCOMPARE(panel.currentLatent(), panel.worker()->latentForSeed(0));

    const QImage seed0 = panel.preview();
    panel.setSeed(1);
    QTRY_VERIFY_WITH_TIMEOUT(panel.preview() != seed0, 20000);
    const QImage seed1 = panel.preview();

    panel.setDimension(3, 2.5);
    QTRY_VERIFY_WITH_TIMEOUT(panel.preview() != seed1, 20000);
    QVERIFY(std::abs(panel.currentLatent()[3] - 2.5f) < 1e-6);

    panel.setTruncation(0.0); // all the way to the mean: z = 0
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(panel.currentLatent().begin(), panel.currentLatent().end(),
                                         [](float v) { return v == 0.0f; }), 5000);
    const quint64 serial = panel.worker()->requestDecode(panel.currentLatent());
    QTRY_VERIFY_WITH_TIMEOUT(panel.shownSerial() >= serial, 20000);
    const QImage mean = panel.preview();
    panel.setSeed(7); // the mean does not depend on the seed
    QTest::qWait(300);
    QCOMPARE(panel.preview(), mean);
}

void TestExplorePanel::onlyTheNewestRequestIsDecoded()
{
    ExplorePanel panel;
    panel.setProject(m_project);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.preview().isNull(), 20000);
    const int before = panel.decodedCount();
    quint64 last = 0;
    for (int i = 0; i < 200; ++i) // a slider dragged across 200 values at once
        last = panel.worker()->requestDecode(std::vector<float>(8, float(i) / 100.0f));
    QTRY_COMPARE_WITH_TIMEOUT(panel.shownSerial(), last, 20000);
    QTest::qWait(200);
    const int decodes = panel.decodedCount() - before;
    qInfo("200 requests in a burst: %d decoded", decodes);
    QVERIFY2(decodes < 20, qPrintable(QString::number(decodes)));
}

void TestExplorePanel::pinnedDimensionsSurviveASeedChange()
{
    ExplorePanel panel;
    panel.setProject(m_project);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.preview().isNull(), 20000);
    panel.setDimension(0, 1.75);
    auto* pin = panel.findChildren<QCheckBox*>().value(0);
    QVERIFY(pin);
    pin->setChecked(true);
    panel.setSeed(42);
    QVERIFY(std::abs(panel.currentLatent()[0] - 1.75f) < 1e-6);
    QCOMPARE(panel.currentLatent()[1], panel.worker()->latentForSeed(42)[1]);
}

void TestExplorePanel::projectWithoutCheckpointSaysSo()
{
    QTemporaryDir tmp;
    const QString fresh = tmp.filePath("fresh");
    Project::create(fresh.toStdString(), testsupport::tinyConfig());
    ExplorePanel panel;
    panel.setProject(fresh);
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

    ExplorePanel panel;
    panel.setProject(m_project);
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
    ProjectConfig config = testsupport::tinyConfig(ModelSpec::Family::Vae);
    config.training.steps = 6;
    {
        const Project project = Project::create(dir.toStdString(), config);
        TrainingSession session(project, nullptr);
        session.start({});
        QVERIFY(session.wait(60000));
    }
    QImage digit(40, 40, QImage::Format_Grayscale8); // a bright bar on black, not square-sized
    digit.fill(0);
    for (int y = 8; y < 32; ++y)
        for (int x = 17; x < 23; ++x)
            digit.setPixel(x, y, qRgb(255, 255, 255));
    const QString file = tmp.filePath("bar.png");
    QVERIFY(digit.save(file));

    ExplorePanel panel;
    panel.setProject(dir);
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

    ExplorePanel gan;
    gan.setProject(m_project);
    QTRY_VERIFY_WITH_TIMEOUT(!gan.preview().isNull(), 20000);
    gan.encodeImage(file);
    QTest::qWait(300);
    QVERIFY(gan.encodedOriginal().isNull());
}

void TestExplorePanel::savedImagesSayWhereTheyCameFrom()
{
    QTemporaryDir tmp;
    ExplorePanel panel;
    panel.setProject(m_project);
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
    QCOMPARE(QString::fromStdString(text["latent-studio.model_sha256"]), panel.worker()->modelHash());
    QVERIFY(text["latent-studio.model_sha256"].size() == 64);
    const QJsonArray z = QJsonDocument::fromJson(QByteArray::fromStdString(text["latent-studio.z"])).array();
    QCOMPARE(int(z.size()), 8);
    QCOMPARE(float(z[0].toDouble()), panel.currentLatent()[0]);
    QVERIFY(!panel.savePreview(tmp.filePath("missing/folder/x.png")));
}

QTEST_MAIN(TestExplorePanel)
#include "tst_explorepanel.moc"
