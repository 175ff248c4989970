// SPDX-License-Identifier: MIT
// The checkpoint container: header and payload survive the round trip; the
// documented byte layout holds; truncated, foreign, corrupt or newer files are
// refused by name before LibTorch sees them; a checkpoint of another model is
// refused with both models described. And the checkpoints/ folder's store.

#include "base/studioerror.h"
#include "train/checkpointfile.h"
#include "train/checkpointstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <zlib.h>

#include <optional>

using latent::CheckpointFile;
using latent::CheckpointStore;
using latent::ErrorKind;
using latent::ModelSpec;
using latent::StudioError;
using namespace latent::testsupport;

namespace {

ModelSpec dcgan()
{
    ModelSpec spec;
    spec.family = ModelSpec::Family::Dcgan;
    spec.loss = ModelSpec::GanLoss::Hinge;
    spec.imageSize = 32;
    spec.channels = 3;
    spec.latentDim = 64;
    spec.width = 48;
    return spec;
}

ModelSpec vae()
{
    ModelSpec spec;
    spec.family = ModelSpec::Family::Vae;
    spec.recon = ModelSpec::ReconLoss::Mse;
    spec.beta = 0.5;
    spec.imageSize = 28;
    spec.channels = 1;
    spec.latentDim = 16;
    spec.width = 32;
    return spec;
}

QJsonObject header(std::int64_t step, double elapsed, const ModelSpec& spec)
{
    return QJsonObject{{"step", double(step)}, {"elapsed_s", elapsed}, {"model", spec.toJson()}, {"sampler_epoch", 3}};
}

// Pseudo-random bytes, zeros and 0xFF included.
QByteArray payloadOf(int size, quint32 seed = 1)
{
    QByteArray bytes(size, '\0');
    quint32 x = seed;
    for (int i = 0; i < size; ++i) {
        x = x * 1664525u + 1013904223u;
        bytes[i] = char(x >> 24);
    }
    return bytes;
}

void putLittleEndian32(QByteArray& bytes, int at, quint32 value)
{
    qToLittleEndian(value, bytes.data() + at);
}

} // namespace

class TestCheckpointFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrips_data();
    void roundTrips();
    void followsTheDocumentedLayout();
    void refusesDamagedFiles_data();
    void refusesDamagedFiles();
    void headerOnlySkipsThePayload();
    void refusesBadHeaders_data();
    void refusesBadHeaders();
    void missingFileAndUnwritablePath();
    void overwritesAtomically();
    void requireSameModel_data();
    void requireSameModel();

    void storeListsCheckpointsInStepOrder();
    void storeWithoutCheckpoints();
    void storePrunesAllButTheNewest_data();
    void storePrunesAllButTheNewest();

private:
    QString path(const QString& name) const { return m_tmp.filePath(QString(name).replace(' ', '-')); }

    QTemporaryDir m_tmp;
    QByteArray m_good; // a valid checkpoint file's bytes
    quint32 m_headerLength = 0;
};

void TestCheckpointFile::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    const QString good = path("good.ckpt");
    CheckpointFile::write(good.toStdString(), header(1200, 61.5, dcgan()), payloadOf(5000));
    m_good = readFile(good);
    QVERIFY(m_good.size() > 5000);
    m_headerLength = qFromLittleEndian<quint32>(m_good.constData() + 12);
    QVERIFY(m_headerLength > 0 && m_headerLength < 4096);
}

void TestCheckpointFile::roundTrips_data()
{
    QTest::addColumn<int>("payloadSize");
    QTest::addColumn<bool>("isVae");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<double>("elapsed");
    QTest::newRow("empty payload") << 0 << false << qint64(0) << 0.0;
    QTest::newRow("one byte") << 1 << true << qint64(1) << 0.25;
    QTest::newRow("dcgan 64 KiB") << 65536 << false << qint64(1500) << 123.456;
    QTest::newRow("vae 1 MiB, late step") << (1 << 20) << true << qint64(5000000000LL) << 86400.5;
}

void TestCheckpointFile::roundTrips()
{
    QFETCH(int, payloadSize);
    QFETCH(bool, isVae);
    QFETCH(qint64, step);
    QFETCH(double, elapsed);
    const ModelSpec spec = isVae ? vae() : dcgan();
    const QByteArray payload = payloadOf(payloadSize, quint32(payloadSize) + 7);
    const QString file = path(QString("roundtrip-") + QTest::currentDataTag() + ".ckpt");
    CheckpointFile::write(file.toStdString(), header(step, elapsed, spec), payload);

    const CheckpointFile::Contents contents = CheckpointFile::read(file.toStdString());
    QCOMPARE(contents.step, std::int64_t(step));
    QCOMPARE(contents.elapsedSeconds, elapsed);
    QVERIFY(contents.spec == spec);
    QCOMPARE(contents.spec.describe(), spec.describe());
    QCOMPARE(contents.header.value("sampler_epoch").toInt(), 3);
    QCOMPARE(contents.header.value("model").toObject(), spec.toJson());
    QCOMPARE(contents.payload.size(), payload.size());
    QVERIFY(contents.payload == payload);

    const CheckpointFile::Contents headerOnly = CheckpointFile::read(file.toStdString(), true);
    QCOMPARE(headerOnly.step, std::int64_t(step));
    QVERIFY(headerOnly.spec == spec);
    QVERIFY(headerOnly.payload.isEmpty());
}

void TestCheckpointFile::followsTheDocumentedLayout()
{
    //   "LSCKPT\r\n"  u32 format  u32 headerLength  header JSON
    //   u64 payloadLength  u32 payloadCrc32  payload       (little-endian)
    const QByteArray payload = payloadOf(777, 3);
    const QString file = path("layout.ckpt");
    CheckpointFile::write(file.toStdString(), header(42, 1.0, vae()), payload);
    const QByteArray bytes = readFile(file);
    QCOMPARE(bytes.left(8), QByteArray("LSCKPT\r\n"));
    QCOMPARE(qFromLittleEndian<quint32>(bytes.constData() + 8), quint32(CheckpointFile::kFormatVersion));
    const quint32 headerLength = qFromLittleEndian<quint32>(bytes.constData() + 12);
    QVERIFY(16 + qint64(headerLength) + 12 <= bytes.size());
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.mid(16, int(headerLength)));
    QVERIFY(doc.isObject());
    QCOMPARE(doc.object().value("step").toInt(), 42);
    const int at = 16 + int(headerLength);
    QCOMPARE(qFromLittleEndian<quint64>(bytes.constData() + at), quint64(payload.size()));
    const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef*>(payload.constData()), uInt(payload.size())));
    QCOMPARE(qFromLittleEndian<quint32>(bytes.constData() + at + 8), crc);
    QCOMPARE(bytes.mid(at + 12), payload);
}

void TestCheckpointFile::refusesDamagedFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fragment");
    const QByteArray good = m_good;
    const int payloadAt = 16 + int(m_headerLength) + 12;

    QByteArray flippedPayload = good;
    flippedPayload[payloadAt + 1234] = char(flippedPayload[payloadAt + 1234] ^ 0x01);
    QByteArray flippedLastByte = good;
    flippedLastByte[good.size() - 1] = char(flippedLastByte[good.size() - 1] ^ 0x80);
    QByteArray flippedCrc = good;
    flippedCrc[payloadAt - 2] = char(flippedCrc[payloadAt - 2] ^ 0x10);
    QByteArray newer = good;
    putLittleEndian32(newer, 8, CheckpointFile::kFormatVersion + 1);
    QByteArray muchNewer = good;
    putLittleEndian32(muchNewer, 8, 0x7FFFFFFF);
    QByteArray hugeHeader = good;
    putLittleEndian32(hugeHeader, 12, 0xFFFFFFFFu);
    QByteArray zeroHeader = good;
    putLittleEndian32(zeroHeader, 12, 0);
    QByteArray garbledHeader = good;
    garbledHeader[16] = '!'; // the JSON's opening brace
    QByteArray longerPayload = good;
    qToLittleEndian(quint64(5001), longerPayload.data() + payloadAt - 12);

    QTest::newRow("empty file") << QByteArray() << "magic";
    QTest::newRow("random bytes") << payloadOf(4096, 99) << "magic";
    QTest::newRow("a bare LibTorch archive") << (QByteArray("PK\x03\x04", 4) + payloadOf(600, 5)) << "magic";
    QTest::newRow("text") << QByteArray("LSCKPT but not really\n") << "magic";
    QTest::newRow("cut in the magic") << good.left(5) << "magic";
    QTest::newRow("cut in the format fields") << good.left(10) << "truncated";
    QTest::newRow("cut in the header") << good.left(16 + int(m_headerLength) / 2) << "truncated";
    QTest::newRow("cut after the header") << good.left(16 + int(m_headerLength)) << "truncated";
    QTest::newRow("cut in the payload length") << good.left(16 + int(m_headerLength) + 5) << "truncated";
    QTest::newRow("cut in the payload") << good.left(payloadAt + 2500) << "truncated";
    QTest::newRow("last byte missing") << good.chopped(1) << "truncated";
    QTest::newRow("padded") << (good + QByteArray(16, '\0')) << "padded";
    QTest::newRow("payload length too large") << longerPayload << "truncated";
    QTest::newRow("flipped payload byte") << flippedPayload << "checksum";
    QTest::newRow("flipped last byte") << flippedLastByte << "checksum";
    QTest::newRow("flipped checksum") << flippedCrc << "checksum";
    QTest::newRow("newer format") << newer << "newer";
    QTest::newRow("much newer format") << muchNewer << "newer";
    QTest::newRow("huge header length") << hugeHeader << "corrupt";
    QTest::newRow("zero header length") << zeroHeader << "corrupt";
    QTest::newRow("garbled header") << garbledHeader << "corrupt";
}

void TestCheckpointFile::refusesDamagedFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fragment);
    const QString file = path(QString("damaged-") + QTest::currentDataTag() + ".ckpt");
    QVERIFY(writeFile(file, bytes));
    const auto error = studioErrorFrom([&] { CheckpointFile::read(file.toStdString()); });
    const QString problem = badInputProblem(error, {file, fragment});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(QString::fromStdString(error->path()), file);
}

void TestCheckpointFile::headerOnlySkipsThePayload()
{
    // A damaged payload does not stop reading the header (for listings) ...
    QByteArray bytes = m_good;
    bytes[bytes.size() - 10] = char(bytes[bytes.size() - 10] ^ 0xFF);
    const QString file = path("header-only.ckpt");
    QVERIFY(writeFile(file, bytes));
    const auto contents = CheckpointFile::read(file.toStdString(), true);
    QCOMPARE(contents.step, std::int64_t(1200));
    QCOMPARE(contents.elapsedSeconds, 61.5);
    QVERIFY(contents.spec == dcgan());
    // ... but a full read refuses it.
    const auto error = studioErrorFrom([&] { CheckpointFile::read(file.toStdString()); });
    const QString problem = badInputProblem(error, {file, "checksum"});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCheckpointFile::refusesBadHeaders_data()
{
    QTest::addColumn<QJsonObject>("header");
    QTest::addColumn<QString>("fragment");
    const QJsonObject good = header(10, 1.0, dcgan());
    auto without = [&](const char* key) {
        QJsonObject h = good;
        h.remove(key);
        return h;
    };
    auto with = [&](const char* key, const QJsonValue& value) {
        QJsonObject h = good;
        h[key] = value;
        return h;
    };
    QJsonObject badModel = dcgan().toJson();
    badModel["image_size"] = 7;
    QJsonObject unknownFamily = dcgan().toJson();
    unknownFamily["family"] = "diffusion";

    QTest::newRow("no step") << without("step") << "step";
    QTest::newRow("negative step") << with("step", -5) << "step";
    QTest::newRow("step as text") << with("step", "10") << "step";
    QTest::newRow("elapsed as text") << with("elapsed_s", "long") << "elapsed_s";
    QTest::newRow("no model") << without("model") << "model";
    QTest::newRow("model as text") << with("model", "dcgan") << "model";
    QTest::newRow("impossible model") << with("model", badModel) << "image size";
    QTest::newRow("unknown family") << with("model", unknownFamily) << "diffusion";
}

void TestCheckpointFile::refusesBadHeaders()
{
    QFETCH(QJsonObject, header);
    QFETCH(QString, fragment);
    const QString file = path(QString("badheader-") + QTest::currentDataTag() + ".ckpt");
    CheckpointFile::write(file.toStdString(), header, payloadOf(100));
    for (bool headerOnly : {false, true}) {
        const auto error = studioErrorFrom([&] { CheckpointFile::read(file.toStdString(), headerOnly); });
        const QString problem = badInputProblem(error, {file, fragment});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

void TestCheckpointFile::missingFileAndUnwritablePath()
{
    const QString missing = path("missing.ckpt");
    auto error = studioErrorFrom([&] { CheckpointFile::read(missing.toStdString()); });
    QString problem = badInputProblem(error, {missing, "does not exist"});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // Writing into a folder that does not exist: a Failure naming the file.
    const QString nowhere = path("no-such-folder/step-00000010.ckpt");
    error = studioErrorFrom([&] { CheckpointFile::write(nowhere.toStdString(), header(10, 1, dcgan()), payloadOf(10)); });
    problem = errorProblem(error, ErrorKind::Failure, {nowhere});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(!QFileInfo::exists(nowhere));
}

void TestCheckpointFile::overwritesAtomically()
{
    const QString dir = path("atomic");
    QVERIFY(QDir().mkpath(dir));
    const QString file = dir + "/step-00000010.ckpt";
    CheckpointFile::write(file.toStdString(), header(10, 1, dcgan()), payloadOf(300, 1));
    CheckpointFile::write(file.toStdString(), header(20, 2, dcgan()), payloadOf(200, 2));
    const auto contents = CheckpointFile::read(file.toStdString());
    QCOMPARE(contents.step, std::int64_t(20));
    QVERIFY(contents.payload == payloadOf(200, 2));
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList{"step-00000010.ckpt"});
}

void TestCheckpointFile::requireSameModel_data()
{
    QTest::addColumn<bool>("expectedIsVae");
    QTest::addColumn<QString>("change"); // what differs in the found spec
    QTest::addColumn<bool>("same");
    QTest::newRow("identical dcgan") << false << "" << true;
    QTest::newRow("identical vae") << true << "" << true;
    QTest::newRow("dcgan ignores vae fields") << false << "vae-fields" << true;
    QTest::newRow("width") << false << "width" << false;
    QTest::newRow("image size") << false << "imageSize" << false;
    QTest::newRow("channels") << false << "channels" << false;
    QTest::newRow("latent size") << false << "latentDim" << false;
    QTest::newRow("gan loss") << false << "loss" << false;
    QTest::newRow("family") << false << "family" << false;
    QTest::newRow("vae beta") << true << "beta" << false;
    QTest::newRow("vae reconstruction") << true << "recon" << false;
}

void TestCheckpointFile::requireSameModel()
{
    QFETCH(bool, expectedIsVae);
    QFETCH(QString, change);
    QFETCH(bool, same);
    const ModelSpec expected = expectedIsVae ? vae() : dcgan();
    ModelSpec found = expected;
    if (change == "vae-fields") {
        found.beta = 7;
        found.recon = ModelSpec::ReconLoss::Bce;
    } else if (change == "width") {
        found.width = 24;
    } else if (change == "imageSize") {
        found.imageSize = 64;
    } else if (change == "channels") {
        found.channels = 1;
    } else if (change == "latentDim") {
        found.latentDim = 100;
    } else if (change == "loss") {
        found.loss = ModelSpec::GanLoss::Bce;
    } else if (change == "family") {
        found = vae();
    } else if (change == "beta") {
        found.beta = 4;
    } else if (change == "recon") {
        found.recon = ModelSpec::ReconLoss::Bce;
    }
    const std::string file = "/projects/demo/checkpoints/step-00000500.ckpt";
    const auto error = studioErrorFrom([&] { CheckpointFile::requireSameModel(file, expected, found); });
    if (same) {
        QVERIFY2(!error, error ? error->what() : "");
        return;
    }
    const QString problem = badInputProblem(
        error, {QString::fromStdString(file), QString::fromStdString(expected.describe()), QString::fromStdString(found.describe())});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCheckpointFile::storeListsCheckpointsInStepOrder()
{
    const QString dir = path("store-list");
    QVERIFY(QDir().mkpath(dir));
    const CheckpointStore store(dir.toStdString());
    for (std::int64_t step : {2000, 100, 123456789, 300})
        CheckpointFile::write(store.pathFor(step), header(step, 1, dcgan()), payloadOf(10));
    // Strays: an interrupted write's temporary file, notes, a short number, a folder.
    QVERIFY(writeFile(dir + "/step-00000100.ckpt.AbCd12", "partial"));
    QVERIFY(writeFile(dir + "/step-00000900.ckpt.tmp", "partial"));
    QVERIFY(writeFile(dir + "/notes.txt", "hello"));
    QVERIFY(writeFile(dir + "/step-12.ckpt", "short number"));
    QVERIFY(writeFile(dir + "/step-0000000x.ckpt", "not a number"));
    QVERIFY(writeFile(dir + "/old-step-00000700.ckpt", "prefixed"));
    QVERIFY(QDir(dir).mkdir("step-00099999.ckpt"));

    QCOMPARE(QString::fromStdString(store.pathFor(1200)), dir + "/step-00001200.ckpt");
    QCOMPARE(QString::fromStdString(store.pathFor(0)), dir + "/step-00000000.ckpt");

    const auto entries = store.list();
    QList<qint64> steps;
    QStringList paths;
    for (const auto& entry : entries) {
        steps << entry.step;
        paths << QString::fromStdString(entry.path);
    }
    QCOMPARE(steps, (QList<qint64>{100, 300, 2000, 123456789}));
    QCOMPARE(paths, (QStringList{dir + "/step-00000100.ckpt", dir + "/step-00000300.ckpt", dir + "/step-00002000.ckpt",
                                 dir + "/step-123456789.ckpt"}));
    for (const auto& entry : entries)
        QCOMPARE(CheckpointFile::read(entry.path, true).step, entry.step);

    const auto latest = store.latest();
    QCOMPARE(latest.step, std::int64_t(123456789));
    QCOMPARE(QString::fromStdString(latest.path), dir + "/step-123456789.ckpt");
}

void TestCheckpointFile::storeWithoutCheckpoints()
{
    for (const QString& dir : {path("store-empty"), path("store-missing")}) {
        if (dir.endsWith("empty")) {
            QVERIFY(QDir().mkpath(dir));
            QVERIFY(writeFile(dir + "/step-00000100.ckpt.AbCd12", "partial"));
        }
        const CheckpointStore store(dir.toStdString());
        QVERIFY(store.list().empty());
        QCOMPARE(store.latest().step, std::int64_t(-1));
        QVERIFY(store.latest().path.empty());
        QCOMPARE(store.prune(1), 0);
    }
}

void TestCheckpointFile::storePrunesAllButTheNewest_data()
{
    QTest::addColumn<int>("keep");
    QTest::addColumn<QList<qint64>>("left");
    QTest::newRow("keep 2") << 2 << QList<qint64>{400, 500};
    QTest::newRow("keep 1") << 1 << QList<qint64>{500};
    QTest::newRow("keep 0 keeps all") << 0 << QList<qint64>{100, 200, 300, 400, 500};
    QTest::newRow("keep more than there are") << 9 << QList<qint64>{100, 200, 300, 400, 500};
    QTest::newRow("keep exactly all") << 5 << QList<qint64>{100, 200, 300, 400, 500};
}

void TestCheckpointFile::storePrunesAllButTheNewest()
{
    QFETCH(int, keep);
    QFETCH(QList<qint64>, left);
    const QString dir = path(QString("store-prune-") + QTest::currentDataTag());
    QVERIFY(QDir().mkpath(dir));
    const CheckpointStore store(dir.toStdString());
    for (std::int64_t step : {300, 100, 500, 200, 400})
        CheckpointFile::write(store.pathFor(step), header(step, 1, dcgan()), payloadOf(10));
    QVERIFY(writeFile(dir + "/step-00000050.ckpt.AbCd12", "partial"));
    QVERIFY(writeFile(dir + "/notes.txt", "keep me"));

    QCOMPARE(store.prune(keep), 5 - int(left.size()));
    QList<qint64> steps;
    for (const auto& entry : store.list())
        steps << entry.step;
    QCOMPARE(steps, left);
    // Files that are not checkpoints are never pruned.
    QVERIFY(QFileInfo::exists(dir + "/step-00000050.ckpt.AbCd12"));
    QVERIFY(QFileInfo::exists(dir + "/notes.txt"));
    // Pruning again removes nothing more.
    QCOMPARE(store.prune(keep), 0);
}

QTEST_GUILESS_MAIN(TestCheckpointFile)
#include "tst_checkpointfile.moc"
