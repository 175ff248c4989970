// SPDX-License-Identifier: MIT
// The Interpolate tab and the sample export from the window: keyframe paths
// that hit their keys exactly, exports other programs read back, grids with
// the rows, columns and padding asked for, and nothing replaced unasked.

#include "explorepanel.h"
#include "exploresession.h"
#include "explorerworker.h"
#include "io/animationfile.h"
#include "io/pngfile.h"
#include "latent/inferenceengine.h"
#include "mainwindow.h"
#include "qimageconversion.h"
#include "sampleexportdialog.h"
#include "sessioncontroller.h"
#include "testsupport.h"
#include "timelinepanel.h"
#include "train/checkpointstore.h"
#include "train/trainingsession.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QComboBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace latent;

class TestTimelinePanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void framesHitTheKeys();
    void keysMayDifferInClass();
    void playWalksThePath();
    void exportsPlayElsewhere_data();
    void exportsPlayElsewhere();
    void gridVideoOfSeveralPaths();
    void sampleExportWritesGridSamplesAndLatents();
    void generatorsFromOutsideAskFirst();

private:
    // The Explore and Interpolate tabs on one session over the trained snapshot.
    struct Tabs {
        ExploreSession session;
        ExplorePanel explore{&session};
        TimelinePanel timeline{&session};
    };
    void open(Tabs& tabs);

    QTemporaryDir m_tmp;
    QString m_project;
    std::unique_ptr<InferenceEngine> m_engine;
};

void TestTimelinePanel::initTestCase()
{
    m_project = m_tmp.filePath("trained");
    const std::string checkpoint = testsupport::trainTinyProject(m_project);
    QVERIFY(!checkpoint.empty());
    m_engine = InferenceEngine::load(checkpoint);
}

void TestTimelinePanel::open(Tabs& tabs)
{
    tabs.session.setProject(m_project);
    QTRY_VERIFY_WITH_TIMEOUT(tabs.session.worker()->isReady() && !tabs.explore.preview().isNull(), 20000);
}

// Frame k * framesBetween is key k exactly, and the preview of that frame is
// the image the model draws for the key.
void TestTimelinePanel::framesHitTheKeys()
{
    Tabs tabs;
    open(tabs);
    TimelinePanel& timeline = tabs.timeline;
    QCOMPARE(timeline.frameCount(), 0); // fewer than two keys: no path
    timeline.addSeedKey(1);
    tabs.explore.setSeed(2);
    tabs.explore.setDimension(0, 1.5); // an edited vector as a key
    timeline.addCurrentKey();
    timeline.addSeedKey(3);
    QCOMPARE(int(timeline.keys().size()), 3);
    // The tiny model is conditional on the digits: each key names its class.
    QCOMPARE(timeline.keys()[1].label, QStringLiteral("seed 2, edited, 0"));
    QCOMPARE(timeline.keys()[1].z, tabs.explore.currentLatent());

    LatentPath::Settings settings;
    settings.framesBetween = 5;
    settings.interpolation = LatentPath::Interpolation::Spherical;
    timeline.setSettings(settings);
    QCOMPARE(timeline.frameCount(), 11);
    settings.loop = true;
    timeline.setSettings(settings);
    QCOMPARE(timeline.frameCount(), 15);

    QSignalSpy shown(&timeline, &TimelinePanel::frameShown);
    timeline.scrubTo(5); // key 2
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && timeline.shownFrameIndex() == 5, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(timeline.shownFrame(), toQImage(m_engine->decode({timeline.keys()[1].z}).front()), 20000);

    timeline.moveKey(2, -1); // seed 3 before the edited key
    QCOMPARE(timeline.keys()[1].label, QStringLiteral("seed 3, 0"));
    timeline.removeKey(0);
    QCOMPARE(int(timeline.keys().size()), 2);
    QCOMPARE(timeline.path()->frame(0), m_engine->sampleLatents(1, 3).front());
}

// Keys of different classes: the class weights blend linearly between them
// while z stays, and each key's frame is the model's picture of its class.
void TestTimelinePanel::keysMayDifferInClass()
{
    Tabs tabs;
    open(tabs);
    TimelinePanel& timeline = tabs.timeline;
    tabs.explore.classPicker()->setCurrentIndex(3);
    timeline.addSeedKey(5);
    tabs.explore.classPicker()->setCurrentIndex(8);
    timeline.addSeedKey(5);
    QCOMPARE(timeline.keys()[0].label, QStringLiteral("seed 5, 3"));
    QCOMPARE(timeline.keys()[1].label, QStringLiteral("seed 5, 8"));
    LatentPath::Settings settings;
    settings.framesBetween = 4;
    settings.interpolation = LatentPath::Interpolation::Linear;
    timeline.setSettings(settings);
    const std::vector<float> middle = timeline.path()->frameClasses(2);
    QCOMPARE(middle[3], 0.5f);
    QCOMPARE(middle[8], 0.5f);
    QCOMPARE(timeline.path()->frame(2), timeline.keys()[0].z); // the same z all along
    QSignalSpy shown(&timeline, &TimelinePanel::frameShown);
    timeline.scrubTo(4);
    QTRY_COMPARE_WITH_TIMEOUT(
        timeline.shownFrame(),
        toQImage(m_engine->decode({timeline.keys()[1].z}, {m_engine->classWeights(8)}).front()), 20000);
}

// Play steps through the frames at the frame rate (as fast as frames decode).
void TestTimelinePanel::playWalksThePath()
{
    Tabs tabs;
    open(tabs);
    tabs.timeline.addSeedKey(1);
    tabs.timeline.addSeedKey(2);
    QPushButton* play = nullptr;
    for (QPushButton* button : tabs.timeline.findChildren<QPushButton*>())
        if (button->text() == "Play")
            play = button;
    QVERIFY(play);
    QSignalSpy shown(&tabs.timeline, &TimelinePanel::frameShown);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
    play->click();
    QTRY_VERIFY_WITH_TIMEOUT(tabs.timeline.shownFrameIndex() >= 10, 5000);
    play->click();
    const int stopped = tabs.timeline.shownFrameIndex();
    QTest::qWait(300);
    QCOMPARE(tabs.timeline.shownFrameIndex(), stopped);
}

void TestTimelinePanel::exportsPlayElsewhere_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("mp4") << "path.mp4";
    QTest::newRow("gif") << "path.gif";
    QTest::newRow("png frames") << "frames";
}

// Exports run in the background and read back with every frame: MP4 through
// OpenCV, GIF through giflib, PNG frames one by one.
void TestTimelinePanel::exportsPlayElsewhere()
{
    QFETCH(QString, name);
    Tabs tabs;
    open(tabs);
    tabs.timeline.addSeedKey(4);
    tabs.timeline.addSeedKey(5);
    tabs.timeline.addSeedKey(6);
    LatentPath::Settings settings;
    settings.framesBetween = 6;
    settings.easing = LatentPath::Easing::EaseInOut;
    tabs.timeline.setSettings(settings);
    QTemporaryDir tmp;
    const QString out = tmp.filePath(name);
    QSignalSpy finished(&tabs.timeline, &TimelinePanel::exportFinished);
    tabs.timeline.exportTo(out, 12, 4, 0);
    QVERIFY(tabs.timeline.isExporting() || !finished.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    const AnimationFile::Info info = AnimationFile::inspect(out.toStdString());
    QCOMPARE(info.frames, 13);
    QCOMPARE(info.width, 16 * 4);
    QCOMPARE(info.height, 16 * 4);
}

// A grid video: this path and three more through other seeds, in step.
void TestTimelinePanel::gridVideoOfSeveralPaths()
{
    Tabs tabs;
    open(tabs);
    tabs.timeline.addSeedKey(1);
    tabs.timeline.addSeedKey(2);
    LatentPath::Settings settings;
    settings.framesBetween = 4;
    tabs.timeline.setSettings(settings);
    QTemporaryDir tmp;
    const QString out = tmp.filePath("grid.gif");
    QSignalSpy finished(&tabs.timeline, &TimelinePanel::exportFinished);
    tabs.timeline.exportTo(out, 10, 2, 3);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    const AnimationFile::Info info = AnimationFile::inspect(out.toStdString());
    QCOMPARE(info.frames, 5);
    QCOMPARE(info.width, 2 * (32 + 2) + 2); // 2x2 cells of 32 pixels, 2 of padding
    QCOMPARE(info.height, 2 * (32 + 2) + 2);
}

// Rows x columns with the padding asked for, one PNG per sample that says
// its seed and z, and the latents as JSON; existing files are kept unless
// the user agreed to replace them.
void TestTimelinePanel::sampleExportWritesGridSamplesAndLatents()
{
    QTemporaryDir tmp;
    Tabs tabs;
    open(tabs);
    SampleExportDialog dialog(tabs.session.worker()->source(), tmp.path(), 7, 1.0);
    auto spins = dialog.findChildren<QSpinBox*>();
    QCOMPARE(spins.size(), 4); // rows, columns, padding, seed
    spins[0]->setValue(2);
    spins[1]->setValue(3);
    spins[2]->setValue(5);
    QSignalSpy finished(&dialog, &SampleExportDialog::finished);
    const QString grid = tmp.filePath("grid.png"), folder = tmp.filePath("each"), latents = tmp.filePath("z.json");
    dialog.exportTo(grid, folder, latents);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

    const QImage image(grid);
    QCOMPARE(image.width(), 3 * (16 + 5) + 5);
    QCOMPARE(image.height(), 2 * (16 + 5) + 5);
    QCOMPARE(QDir(folder).entryList({"sample-*.png"}, QDir::Files).size(), 6);
    std::map<std::string, std::string> text;
    for (const auto& [key, value] : readPngText((folder + "/sample-00000.png").toStdString()))
        text[key] = value;
    QCOMPARE(text["latent-studio.seed"], std::string("7"));
    std::map<std::string, std::string> gridText;
    for (const auto& [key, value] : readPngText(grid.toStdString()))
        gridText[key] = value;
    const QJsonArray cells = QJsonDocument::fromJson(QByteArray::fromStdString(gridText["latent-studio.z"])).array();
    QCOMPARE(cells.size(), 6); // every cell's z
    QCOMPARE(float(cells[5].toArray()[1].toDouble()), tabs.session.worker()->latentForSeed(12)[1]);
    QCOMPARE(QString::fromStdString(gridText["latent-studio.model_sha256"]), tabs.session.worker()->modelHash());
    const QJsonArray rows = QJsonDocument::fromJson(testsupport::readFile(latents)).object().value("latents").toArray();
    QCOMPARE(rows.size(), 6);
    // Sample i is the Explore tab's vector for seed 7 + i.
    for (int i : {0, 5})
        QCOMPARE(float(rows[i].toArray()[1].toDouble()), tabs.session.worker()->latentForSeed(quint64(7 + i))[1]);

    // Asked, the user says no: nothing is touched.
    const QByteArray before = testsupport::readFile(grid);
    spins[3]->setValue(8);
    QTimer::singleShot(0, [] {
        QTRY_VERIFY(qobject_cast<QMessageBox*>(QApplication::activeModalWidget()));
        qobject_cast<QMessageBox*>(QApplication::activeModalWidget())->button(QMessageBox::No)->click();
    });
    dialog.exportTo(grid, QString(), QString());
    QTest::qWait(300);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(testsupport::readFile(grid), before);
}

// TorchScript from outside the project is a program: the window asks, and
// a refusal loads nothing.
void TestTimelinePanel::generatorsFromOutsideAskFirst()
{
    QTemporaryDir tmp;
    const QString file = tmp.filePath("g.pt");
    m_engine->exportTorchScript(file.toStdString());
    MainWindow window;
    bool asked = false;
    QTimer::singleShot(0, [&asked] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        asked = box && box->objectName() == "generatorConsentDialog" && box->text().contains("programs");
        if (box)
            box->button(QMessageBox::Cancel)->click();
    });
    QVERIFY(!window.openGenerator(file));
    QVERIFY(asked);
    QTest::qWait(200);
    QVERIFY(!window.exploreSession()->worker()->isReady());
}

QTEST_MAIN(TestTimelinePanel)
#include "tst_timelinepanel.moc"
