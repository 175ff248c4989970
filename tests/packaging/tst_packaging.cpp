// SPDX-License-Identifier: MIT
// The desktop conventions: the menu entry and the AppStream metainfo pass
// their validators, and `cmake --install` puts everything where desktops
// look for it, the studio in libexec behind its launcher in bin (the .deb
// itself is built by ./studio.sh package and installed with dpkg -i: README,
// "Installing").

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kAppId = "io.github.latentstudio.LatentStudio";

struct Run {
    int exitCode = -1;
    QString output;
};

Run run(const QString& program, const QStringList& args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    Run result;
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = QString::fromUtf8(process.readAll());
    return result;
}

// A PNG's size from its IHDR chunk.
QSize pngSize(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.read(24);
    if (head.size() < 24 || !head.startsWith("\x89PNG\r\n\x1a\n"))
        return {};
    const auto be32 = [&](int at) {
        return (quint32(quint8(head[at])) << 24) | (quint32(quint8(head[at + 1])) << 16)
            | (quint32(quint8(head[at + 2])) << 8) | quint32(quint8(head[at + 3]));
    };
    return QSize(int(be32(16)), int(be32(20)));
}

} // namespace

class TestPackaging : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void desktopEntryValidates();
    void metainfoValidates();
    void installPutsEverythingInTheStandardPlaces();
};

void TestPackaging::desktopEntryValidates()
{
    const Run r = run("desktop-file-validate", {LATENT_SOURCE_DIR "/packaging/linux/" + kAppId + ".desktop"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    QVERIFY2(r.output.trimmed().isEmpty(), qPrintable(r.output)); // not even a hint
}

void TestPackaging::metainfoValidates()
{
    const Run r = run("appstreamcli", {"validate", "--no-net", LATENT_SOURCE_DIR "/packaging/linux/" + kAppId
                                                                   + ".metainfo.xml"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
}

void TestPackaging::installPutsEverythingInTheStandardPlaces()
{
    QTemporaryDir prefix;
    const Run r = run("cmake", {"--install", LATENT_BINARY_DIR, "--prefix", prefix.path()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    const QDir root(prefix.path());
    for (const QString& file : QStringList{"bin/latent-studio", "libexec/latent-studio", "bin/latent-cli",
                                "share/applications/" + kAppId + ".desktop",
                                "share/metainfo/" + kAppId + ".metainfo.xml",
                                "share/icons/hicolor/scalable/apps/" + kAppId + ".svg",
                                "share/latent-studio/translations/latent-studio_zh_CN.qm",
                                QString("share/doc/latent-studio/README.md")})
        QVERIFY2(QFile::exists(root.filePath(file)), qPrintable(file));
    for (int size : {16, 24, 32, 48, 64, 128, 256, 512}) {
        const QString png = root.filePath(QString("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(kAppId));
        QCOMPARE(pngSize(png), QSize(size, size));
    }
    const Run version = run(root.filePath("bin/latent-cli"), {"--version"});
    QVERIFY2(version.exitCode == 0 && version.output.startsWith("latent-cli "), qPrintable(version.output));

    // The launcher finds the installed studio, which loads OpenMP once, with
    // the spin count already set (libgomp reports each time it starts).
    QProcess studio;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("OMP_WAIT_POLICY");
    env.remove("GOMP_SPINCOUNT");
    env.insert("OMP_DISPLAY_ENV", "verbose");
    env.insert("QT_QPA_PLATFORM", "offscreen");
    studio.setProcessEnvironment(env);
    studio.setProcessChannelMode(QProcess::MergedChannels);
    studio.start(root.filePath("bin/latent-studio"), {"--version"});
    QVERIFY(studio.waitForFinished(120000));
    const QString output = QString::fromUtf8(studio.readAll());
    QVERIFY2(studio.exitCode() == 0 && output.contains("Latent Studio "), qPrintable(output));
    QCOMPARE(output.count("OPENMP DISPLAY ENVIRONMENT BEGIN"), 1);
    QVERIFY2(output.contains("GOMP_SPINCOUNT = '1000'"), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
