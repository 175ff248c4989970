// SPDX-License-Identifier: MIT
// latent-cli's exports as a user reads them elsewhere: TorchScript that loads
// back identically and runs in Python, a Python-traced generator imported,
// interpolation videos and GIFs that OpenCV and giflib read, grid videos, and
// bookmarks that draw their exact latents.

#include "base/image.h"
#include "io/animationfile.h"
#include "io/pngfile.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace latent;
using namespace latent::testsupport;

class TestCliExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exportLoadsBackIdentically_data();
    void exportLoadsBackIdentically();
    void pythonRunsTheExport();
    void importsAPythonTracedGenerator();
    void interpolateWritesVideosOthersCanRead_data();
    void interpolateWritesVideosOthersCanRead();
    void gridVideoWalksSeveralPaths();
    void bookmarksDrawTheirExactLatents();
};

namespace {

// Trains a tiny project for a few steps and returns its folder.
QString trainTiny(const QTemporaryDir& tmp, const QString& model)
{
    const QString project = tmp.filePath(model);
    const CliResult r = runCli(QStringList{"train", "--project", project, "--model", model, "--steps", "6",
                                           "--latent-dim", "12"} + kTinyCliOptions);
    return r.exitCode == 0 ? project : QString();
}

} // namespace

void TestCliExport::exportLoadsBackIdentically_data()
{
    QTest::addColumn<QString>("model");
    QTest::newRow("dcgan") << "dcgan";
    QTest::newRow("vae") << "vae";
}

// The exported TorchScript, loaded back by the studio, draws byte for byte
// what the checkpoint draws; files are never replaced without --force.
void TestCliExport::exportLoadsBackIdentically()
{
    QFETCH(QString, model);
    QTemporaryDir tmp;
    const QString project = trainTiny(tmp, model);
    QVERIFY(!project.isEmpty());
    const QString script = tmp.filePath("g.pt"), weights = tmp.filePath("g-weights.pt");
    CliResult r = runCli({"export", "--project", project, "--torchscript", script, "--state-dict", weights});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFileInfo(script).size() > 0 && QFileInfo(weights).size() > 0);
    r = runCli({"export", "--project", project, "--torchscript", script});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--force"));

    const QString fromCheckpoint = tmp.filePath("a.png"), fromScript = tmp.filePath("b.png");
    QCOMPARE(runCli({"sample", "--project", project, "--count", "9", "--grid", fromCheckpoint, "--seed", "4"}).exitCode, 0);
    r = runCli({"sample", "--generator", script, "--count", "9", "--grid", fromScript, "--seed", "4"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // The same pixels (the PNGs' text differs: each names its own model hash).
    const Image a = readImage(fromScript.toStdString(), 3), b = readImage(fromCheckpoint.toStdString(), 3);
    QCOMPARE(a.width, b.width);
    QVERIFY(a.pixels == b.pixels);
}

// Python's torch.jit.load runs the export and gets the studio's images.
void TestCliExport::pythonRunsTheExport()
{
    const QString python = pythonWithTorch();
    if (python.isEmpty())
        QSKIP("python3 with torch (Debian's python3-torch) is not installed; the Python check is skipped");
    QTemporaryDir tmp;
    const QString project = trainTiny(tmp, "dcgan");
    QVERIFY(!project.isEmpty());
    const QString script = tmp.filePath("g.pt"), weights = tmp.filePath("w.pt");
    QCOMPARE(runCli({"export", "--project", project, "--torchscript", script, "--state-dict", weights}).exitCode, 0);
    const QString samples = tmp.filePath("samples"), latents = tmp.filePath("z.json");
    QCOMPARE(runCli({"sample", "--project", project, "--count", "4", "--out", samples, "--latents", latents}).exitCode, 0);

    const QString check = QStringLiteral(R"(
import json, sys, torch
G = torch.jit.load(sys.argv[1])
z = torch.tensor(json.load(open(sys.argv[2]))["latents"])
x = G(z)
assert tuple(x.shape) == (4, 1, 16, 16), x.shape
assert G.latent_dim == 12
weights = torch.load(sys.argv[3])
assert "net.0.weight" in weights, list(weights)
pixels = ((x.clamp(-1, 1) + 1) * 127.5).round().to(torch.uint8).permute(0, 2, 3, 1).contiguous()
open(sys.argv[4], "wb").write(bytes(pixels.flatten().tolist()))
)");
    const QString raw = tmp.filePath("python.raw");
    const CliResult r = runPython(python, check, {script, latents, weights, raw});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QByteArray fromPython = readFile(raw);
    QCOMPARE(fromPython.size(), 4 * 16 * 16);
    for (int i = 0; i < 4; ++i) {
        const Image studio = readImage(QString("%1/sample-%2.png").arg(samples).arg(i, 5, 10, QChar('0')).toStdString(), 1);
        for (int p = 0; p < 16 * 16; ++p)
            QVERIFY2(std::abs(int(std::uint8_t(fromPython[i * 256 + p])) - int(studio.pixels[std::size_t(p)])) <= 1,
                     qPrintable(QString("image %1 pixel %2").arg(i).arg(p)));
    }
}

// A generator traced in Python opens in the studio: the latent size is found
// by probing, and files that are not generators are refused by name.
void TestCliExport::importsAPythonTracedGenerator()
{
    const QString python = pythonWithTorch();
    if (python.isEmpty())
        QSKIP("python3 with torch (Debian's python3-torch) is not installed; the import check is skipped");
    QTemporaryDir tmp;
    const QString trace = QStringLiteral(R"(
import sys, torch
class G(torch.nn.Module):
    def __init__(self, scale):
        super().__init__()
        self.fc = torch.nn.Linear(12, 3 * 16 * 16)
        self.scale = scale
    def forward(self, z):
        return (torch.tanh(self.fc(z)) * self.scale).view(z.size(0), 3, 16, 16)
torch.manual_seed(0)
torch.jit.trace(G(1.0), torch.randn(2, 12)).save(sys.argv[1])
torch.jit.trace(G(5.0), torch.randn(2, 12)).save(sys.argv[2])
)");
    const QString good = tmp.filePath("traced.pt"), loud = tmp.filePath("loud.pt");
    CliResult r = runPython(python, trace, {good, loud});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    const QString grid = tmp.filePath("traced.png");
    r = runCli({"sample", "--generator", good, "--count", "4", "--grid", grid});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const Image image = readImage(grid.toStdString(), 3);
    QCOMPARE(image.width, 2 * (16 + 2) + 2);

    r = runCli({"sample", "--generator", loud, "--count", "4", "--grid", tmp.filePath("loud.png")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("loud.pt") && r.err.contains("[-1, 1]"), qPrintable(r.err));
    QVERIFY(writeFile(tmp.filePath("fake.pt"), "not a program"));
    r = runCli({"sample", "--generator", tmp.filePath("fake.pt"), "--count", "1", "--grid", tmp.filePath("f.png")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("fake.pt"), qPrintable(r.err));
    r = runCli({"sample", "--generator", good, "--latent-dim", "7", "--count", "1", "--grid", tmp.filePath("d.png")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("size 7"), qPrintable(r.err));
}

void TestCliExport::interpolateWritesVideosOthersCanRead_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("frames");
    QTest::newRow("mp4, slerp") << "walk.mp4" << QStringList{"--slerp"} << 21;
    QTest::newRow("gif, loop, eased") << "walk.gif" << QStringList{"--loop", "--ease"} << 30;
    QTest::newRow("png frames") << "frames" << QStringList{} << 21;
}

// Three seeds, 10 frames between: the export reads back (OpenCV for MP4,
// giflib for GIF) with every frame, enlarged to about 256 pixels.
void TestCliExport::interpolateWritesVideosOthersCanRead()
{
    QFETCH(QString, name);
    QFETCH(QStringList, options);
    QFETCH(int, frames);
    QTemporaryDir tmp;
    const QString project = trainTiny(tmp, "dcgan");
    QVERIFY(!project.isEmpty());
    const QString out = tmp.filePath(name);
    const QStringList args = QStringList{"interpolate", "--project", project, "--seeds", "1,2,3", "--frames", "10",
                                         "--out", out} + options;
    CliResult r = runCli(args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const AnimationFile::Info info = AnimationFile::inspect(out.toStdString());
    QCOMPARE(info.frames, frames);
    QCOMPARE(info.width, 16 * 16); // 16-pixel samples, enlarged 16 times
    QCOMPARE(info.height, 16 * 16);
    r = runCli(args);
    QCOMPARE(r.exitCode, 2); // never replaced without --force
    QVERIFY(r.err.contains("--force"));
    QCOMPARE(runCli(args + QStringList{"--force"}).exitCode, 0);
    QCOMPARE(runCli({"interpolate", "--project", project, "--seeds", "1", "--out", tmp.filePath("one.gif")}).exitCode, 2);
}

// Three paths of two seeds, side by side: every frame is one grid.
void TestCliExport::gridVideoWalksSeveralPaths()
{
    QTemporaryDir tmp;
    const QString project = trainTiny(tmp, "dcgan");
    QVERIFY(!project.isEmpty());
    const QString out = tmp.filePath("grid.gif");
    const CliResult r = runCli({"interpolate", "--project", project, "--seeds", "1,2;3,4;5,6", "--frames", "3",
                                "--columns", "3", "--scale", "2", "--out", out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const AnimationFile::Info info = AnimationFile::inspect(out.toStdString());
    QCOMPARE(info.frames, 4);
    QCOMPARE(info.width, 3 * (32 + 2) + 2); // three 32-pixel cells, 2 pixels of padding
    QCOMPARE(info.height, 32 + 2 + 2);
    // Paths of different lengths cannot walk in step.
    QCOMPARE(runCli({"interpolate", "--project", project, "--seeds", "1,2;3,4,5", "--out", tmp.filePath("x.gif")})
                 .exitCode, 2);
}

// A bookmark holding seed 0's first latent draws exactly seed 0's sample; a
// missing name or a z of the wrong size is refused with the file named.
void TestCliExport::bookmarksDrawTheirExactLatents()
{
    QTemporaryDir tmp;
    const QString project = trainTiny(tmp, "dcgan");
    QVERIFY(!project.isEmpty());
    CliResult r = runCli({"sample", "--project", project, "--count", "2", "--seed", "0", "--out", tmp.filePath("seeded"),
                          "--latents", tmp.filePath("z.json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray latents = QJsonDocument::fromJson(readFile(tmp.filePath("z.json"))).object().value("latents").toArray();
    QCOMPARE(latents.size(), 2);
    // The tiny model is conditional on the digits: sample i was of class i mod 10,
    // and a bookmark keeps its class.
    const QJsonObject first{{"name", "first"}, {"z", latents[0]}, {"class", "0"}};
    const QJsonObject second{{"name", "second"}, {"z", latents[1]}, {"class", "1"}};
    const QJsonObject wrong{{"name", "short"}, {"z", QJsonArray{1.0, 2.0}}};
    const QJsonObject file{{"format", "latent-studio-bookmarks"}, {"format_version", 1},
                           {"bookmarks", QJsonArray{first, second, wrong}}};
    QVERIFY(writeFile(project + "/bookmarks.json", QJsonDocument(file).toJson()));

    r = runCli({"sample", "--project", project, "--bookmarks", "second,first", "--out", tmp.filePath("marked")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(readImage(tmp.filePath("marked/sample-00000.png").toStdString(), 3).pixels,
             readImage(tmp.filePath("seeded/sample-00001.png").toStdString(), 3).pixels);
    QCOMPARE(readImage(tmp.filePath("marked/sample-00001.png").toStdString(), 3).pixels,
             readImage(tmp.filePath("seeded/sample-00000.png").toStdString(), 3).pixels);

    r = runCli({"interpolate", "--project", project, "--bookmarks", "first,second", "--frames", "4", "--out",
                tmp.filePath("walk.gif")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(AnimationFile::inspect(tmp.filePath("walk.gif").toStdString()).frames, 5);

    r = runCli({"sample", "--project", project, "--bookmarks", "third", "--grid", tmp.filePath("a.png")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("bookmarks.json") && r.err.contains("first, second, short"), qPrintable(r.err));
    r = runCli({"sample", "--project", project, "--bookmarks", "short", "--grid", tmp.filePath("b.png")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("takes 12"), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
