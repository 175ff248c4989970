// SPDX-License-Identifier: MIT
// A conditional model through latent-cli, as a user runs it: trained on the
// built-in digits' labels, asked for classes by name or number (refused, with
// the list, for one it lacks), a grid row per class in training and in
// sample, interpolation across classes, and the export Python calls with
// class indices to get the studio's pixels.

#include "base/image.h"
#include "io/animationfile.h"
#include "io/pngfile.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace latent;
using namespace latent::testsupport;

class TestCliConditional : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void trainingGridHasARowPerClass();
    void samplesTheClassesAsked();
    void refusesClassesItLacks();
    void interpolatesAcrossClasses();
    void pythonAsksTheExportForClasses();
    void unconditionalStaysUnconditional();

private:
    QTemporaryDir m_tmp;
    QString m_project;
};

void TestCliConditional::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_project = m_tmp.filePath("digits");
    const CliResult r = runCli({"train", "--project", m_project, "--image-size", "16", "--width", "8", "--batch-size",
                                "16", "--synthetic-count", "200", "--threads", "1", "--steps", "6",
                                "--sample-every", "6", "--evaluate-every", "0"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains("Conditional on 10 classes: 0, 1, 2"), qPrintable(r.err));
    const CliResult info = runCli({"info", "--project", m_project});
    QVERIFY2(info.out.contains("conditional auto") && info.out.contains("classes      10: 0, 1, 2, 3"),
             qPrintable(info.out));
}

void TestCliConditional::trainingGridHasARowPerClass()
{
    // 10 rows of 8 cells of 16 pixels, with 2 pixels of padding around each.
    const Image grid = readImage((m_project + "/samples/step-00000006.png").toStdString(), 1);
    QCOMPARE(grid.width, 8 * (16 + 2) + 2);
    QCOMPARE(grid.height, 10 * (16 + 2) + 2);
}

void TestCliConditional::samplesTheClassesAsked()
{
    const QString grid = m_tmp.filePath("all.png");
    CliResult r = runCli({"sample", "--project", m_project, "--class", "all", "--count", "5", "--grid", grid});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const Image image = readImage(grid.toStdString(), 1);
    QCOMPARE(image.width, 5 * (16 + 2) + 2); // --count per class, one row each
    QCOMPARE(image.height, 10 * (16 + 2) + 2);

    // By name and number; every PNG says its class; the rows share z.
    const QString out = m_tmp.filePath("sevens");
    const QString latents = m_tmp.filePath("sevens.json");
    r = runCli({"sample", "--project", m_project, "--class", "7,3", "--count", "2", "--out", out, "--latents",
                latents});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("4 samples"), qPrintable(r.out));
    QStringList classes;
    for (int i = 0; i < 4; ++i)
        for (const auto& [key, value] : readPngText(QString("%1/sample-%2.png").arg(out).arg(i, 5, 10, QChar('0')).toStdString()))
            if (key == "latent-studio.class")
                classes << QString::fromStdString(value);
    QCOMPARE(classes, (QStringList{"7", "7", "3", "3"}));
    const QJsonObject json = QJsonDocument::fromJson(readFile(latents)).object();
    QCOMPARE(json.value("classes").toVariant().toStringList(), (QStringList{"7", "7", "3", "3"}));
    const QJsonArray z = json.value("latents").toArray();
    QCOMPARE(z.size(), 4);
    QCOMPARE(z[0], z[2]);
    QCOMPARE(z[1], z[3]);
    QVERIFY(z[0] != z[1]);
}

void TestCliConditional::refusesClassesItLacks()
{
    for (const QString& asked : {QStringLiteral("10"), QStringLiteral("seven"), QStringLiteral("-1")}) {
        const CliResult r =
            runCli({"sample", "--project", m_project, "--class", asked, "--grid", m_tmp.filePath("no.png")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("there is no class '" + asked + "'") && r.err.contains("0, 1, 2, 3, 4, 5, 6, 7, 8, 9"),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(m_tmp.filePath("no.png")));
    }
}

void TestCliConditional::interpolatesAcrossClasses()
{
    const QString frames = m_tmp.filePath("frames");
    CliResult r = runCli({"interpolate", "--project", m_project, "--seeds", "1,1", "--classes", "3,8", "--frames",
                          "4", "--scale", "1", "--out", frames});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QDir(frames).entryList({"*.png"}).size(), 5);
    // The same z at both ends: only the class differs, so the ends differ.
    const Image first = readImage((frames + "/frame-00000.png").toStdString(), 1);
    const Image last = readImage((frames + "/frame-00004.png").toStdString(), 1);
    QVERIFY(first.pixels != last.pixels);
    // One class per keyframe, or one for all.
    r = runCli({"interpolate", "--project", m_project, "--seeds", "1,2,3", "--classes", "3,8", "--out",
                m_tmp.filePath("bad")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("2 classes for 3 keyframes"), qPrintable(r.err));
}

void TestCliConditional::pythonAsksTheExportForClasses()
{
    const QString script = m_tmp.filePath("g.pt");
    CliResult r = runCli({"export", "--project", m_project, "--torchscript", script});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // The studio opens its own export with the classes: the same pixels by class name.
    const QString fromScript = m_tmp.filePath("script-nines.png"), fromCheckpoint = m_tmp.filePath("ckpt-nines.png");
    r = runCli({"sample", "--generator", script, "--class", "9", "--count", "3", "--grid", fromScript});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(runCli({"sample", "--project", m_project, "--class", "9", "--count", "3", "--grid", fromCheckpoint}).exitCode,
             0);
    QVERIFY(readImage(fromScript.toStdString(), 1).pixels == readImage(fromCheckpoint.toStdString(), 1).pixels);

    const QString python = pythonWithTorch();
    if (python.isEmpty())
        QSKIP("python3 with torch (Debian's python3-torch) is not installed; the Python check is skipped");
    const QString samples = m_tmp.filePath("fives"), latents = m_tmp.filePath("fives.json");
    QCOMPARE(runCli({"sample", "--project", m_project, "--class", "5", "--count", "3", "--out", samples, "--latents",
                     latents}).exitCode,
             0);
    const QString check = QStringLiteral(R"(
import json, sys, torch
G = torch.jit.load(sys.argv[1])
assert G.num_classes == 10, G.num_classes
assert list(G.class_names) == [str(d) for d in range(10)], G.class_names
z = torch.tensor(json.load(open(sys.argv[2]))["latents"])
x = G(z, torch.tensor([5, 5, 5]))
pixels = ((x.clamp(-1, 1) + 1) * 127.5).round().to(torch.uint8).contiguous()
open(sys.argv[3], "wb").write(bytes(pixels.flatten().tolist()))
)");
    const QString raw = m_tmp.filePath("python.raw");
    r = runPython(python, check, {script, latents, raw});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QByteArray fromPython = readFile(raw);
    QCOMPARE(fromPython.size(), 3 * 16 * 16);
    for (int i = 0; i < 3; ++i) {
        const Image studio =
            readImage(QString("%1/sample-%2.png").arg(samples).arg(i, 5, 10, QChar('0')).toStdString(), 1);
        for (int p = 0; p < 16 * 16; ++p)
            QVERIFY2(std::abs(int(std::uint8_t(fromPython[i * 256 + p])) - int(studio.pixels[std::size_t(p)])) <= 1,
                     qPrintable(QString("image %1 pixel %2").arg(i).arg(p)));
    }
}

void TestCliConditional::unconditionalStaysUnconditional()
{
    const QString project = m_tmp.filePath("plain");
    CliResult r = runCli({"train", "--project", project, "--image-size", "16", "--width", "8", "--batch-size", "16",
                          "--synthetic-count", "200", "--threads", "1", "--steps", "2", "--evaluate-every", "0",
                          "--conditional", "off"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!r.err.contains("Conditional on"));
    r = runCli({"sample", "--project", project, "--class", "3", "--grid", m_tmp.filePath("x.png")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("trained without classes"), qPrintable(r.err));
    // A setting the project cannot meet is refused naming it.
    r = runCli({"train", "--project", m_tmp.filePath("nolabels"), "--dataset", m_tmp.filePath("frames"),
                "--conditional", "on", "--steps", "1", "--image-size", "16", "--threads", "1"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("no labels"), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliConditional)
#include "tst_cliconditional.moc"
