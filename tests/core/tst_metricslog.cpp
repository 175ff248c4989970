// SPDX-License-Identifier: MIT
// metrics.csv: the header, rows flushed as they are appended, resuming that
// drops the rows logged after the checkpoint, and a log of another model's
// columns refused rather than mixed.

#include "base/studioerror.h"
#include "train/metricslog.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

using latent::ErrorKind;
using latent::MetricsLog;
using latent::StepMetrics;
using latent::StudioError;
using namespace latent::testsupport;

namespace {

const std::vector<std::string> kGan{"loss_d", "loss_g", "d_real", "d_fake"};
const std::vector<std::string> kVae{"loss", "recon", "kl"};

StepMetrics row(std::int64_t step, const std::vector<std::string>& names)
{
    StepMetrics m;
    m.step = step;
    m.totalSteps = 1000;
    m.elapsedSeconds = double(step) / 8.0;
    m.samplesPerSecond = 512.0 + double(step);
    m.names = names;
    for (std::size_t i = 0; i < names.size(); ++i)
        m.values.push_back(double(step) / 100.0 + double(i));
    return m;
}

QStringList linesOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {"<cannot read " + path + ">"};
    QString text = QString::fromUtf8(file.readAll());
    if (!text.endsWith('\n'))
        return {"<no final newline>", text};
    text.chop(1);
    return text.split('\n');
}

QList<qint64> stepsOf(const QString& path)
{
    QList<qint64> steps;
    const QStringList lines = linesOf(path);
    for (qsizetype i = 1; i < lines.size(); ++i)
        steps << lines[i].section(',', 0, 0).toLongLong();
    return steps;
}

} // namespace

class TestMetricsLog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void headerNamesTheColumns_data();
    void headerNamesTheColumns();
    void appendsFlushedRows();
    void resumingKeepsRowsUpToTheCheckpoint_data();
    void resumingKeepsRowsUpToTheCheckpoint();
    void resumingWithoutAFileStartsOne();
    void minusOneStartsANewLog();
    void refusesAnotherModelsLog_data();
    void refusesAnotherModelsLog();
    void unwritablePathThrows();

private:
    QString path(const QString& name) const { return m_tmp.filePath(QString(name).replace(' ', '-') + ".csv"); }
    // A log of steps 10, 20, ..., 50 written through MetricsLog itself.
    void writeFiveRows(const QString& file, const std::vector<std::string>& names)
    {
        MetricsLog log(file.toStdString(), names, -1);
        for (std::int64_t step = 10; step <= 50; step += 10)
            log.append(row(step, names));
    }

    QTemporaryDir m_tmp;
};

void TestMetricsLog::initTestCase()
{
    QVERIFY(m_tmp.isValid());
}

void TestMetricsLog::headerNamesTheColumns_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("header");
    QTest::newRow("gan") << QStringList{"loss_d", "loss_g", "d_real", "d_fake"}
                         << "step,elapsed_s,samples_per_s,loss_d,loss_g,d_real,d_fake";
    QTest::newRow("vae") << QStringList{"loss", "recon", "kl"} << "step,elapsed_s,samples_per_s,loss,recon,kl";
    QTest::newRow("no metrics") << QStringList{} << "step,elapsed_s,samples_per_s";
}

void TestMetricsLog::headerNamesTheColumns()
{
    QFETCH(QStringList, names);
    QFETCH(QString, header);
    std::vector<std::string> list;
    for (const QString& n : names)
        list.push_back(n.toStdString());
    QCOMPARE(QString::fromStdString(MetricsLog::headerFor(list)), header);

    const QString file = path(QString("header-") + QTest::currentDataTag());
    MetricsLog log(file.toStdString(), list, -1);
    QCOMPARE(linesOf(file), QStringList{header});
}

void TestMetricsLog::appendsFlushedRows()
{
    const QString file = path("append");
    MetricsLog log(file.toStdString(), kGan, -1);
    log.append(row(10, kGan));
    // Flushed as written: visible before the log is closed.
    QCOMPARE(linesOf(file).size(), 2);
    log.append(row(20, kGan));
    StepMetrics exact;
    exact.step = 30;
    exact.elapsedSeconds = 1.5;
    exact.samplesPerSecond = 64.0;
    exact.names = kGan;
    exact.values = {0.5, 1.25, 0.875, -0.0625};
    log.append(exact);

    const QStringList lines = linesOf(file);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0], QString("step,elapsed_s,samples_per_s,loss_d,loss_g,d_real,d_fake"));
    for (const QString& line : lines.mid(1))
        QCOMPARE(line.count(','), 6); // 7 columns, like the header
    QCOMPARE(stepsOf(file), (QList<qint64>{10, 20, 30}));
    const QStringList cells = lines[3].split(',');
    QCOMPARE(cells[0], QString("30"));
    QCOMPARE(cells[1].toDouble(), 1.5);
    QCOMPARE(cells[2].toDouble(), 64.0);
    QCOMPARE(cells[3].toDouble(), 0.5);
    QCOMPARE(cells[4].toDouble(), 1.25);
    QCOMPARE(cells[5].toDouble(), 0.875);
    QCOMPARE(cells[6].toDouble(), -0.0625);
}

void TestMetricsLog::resumingKeepsRowsUpToTheCheckpoint_data()
{
    QTest::addColumn<qint64>("keepUpToStep");
    QTest::addColumn<QList<qint64>>("kept");
    QTest::newRow("keep 0: none") << qint64(0) << QList<qint64>{};
    QTest::newRow("keep 5: none") << qint64(5) << QList<qint64>{};
    QTest::newRow("keep 10") << qint64(10) << QList<qint64>{10};
    QTest::newRow("keep 30") << qint64(30) << QList<qint64>{10, 20, 30};
    QTest::newRow("keep 35") << qint64(35) << QList<qint64>{10, 20, 30};
    QTest::newRow("keep 50: all") << qint64(50) << QList<qint64>{10, 20, 30, 40, 50};
    QTest::newRow("keep 1000: all") << qint64(1000) << QList<qint64>{10, 20, 30, 40, 50};
}

void TestMetricsLog::resumingKeepsRowsUpToTheCheckpoint()
{
    QFETCH(qint64, keepUpToStep);
    QFETCH(QList<qint64>, kept);
    const QString file = path(QString("resume-") + QTest::currentDataTag());
    writeFiveRows(file, kGan);
    const QStringList before = linesOf(file);
    QCOMPARE(before.size(), 6);

    {
        MetricsLog log(file.toStdString(), kGan, keepUpToStep);
        QCOMPARE(stepsOf(file), kept);
        // The kept rows are byte for byte the old ones.
        QCOMPARE(linesOf(file), before.mid(0, 1 + kept.size()));
        log.append(row(keepUpToStep + 10, kGan));
    }
    QList<qint64> expected = kept;
    expected << keepUpToStep + 10;
    QCOMPARE(stepsOf(file), expected);
    QCOMPARE(linesOf(file).first(), QString::fromStdString(MetricsLog::headerFor(kGan)));
}

void TestMetricsLog::resumingWithoutAFileStartsOne()
{
    const QString file = path("resume-no-file");
    QVERIFY(!QFileInfo::exists(file));
    MetricsLog log(file.toStdString(), kVae, 500);
    log.append(row(510, kVae));
    const QStringList lines = linesOf(file);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0], QString("step,elapsed_s,samples_per_s,loss,recon,kl"));
    QCOMPARE(stepsOf(file), QList<qint64>{510});
}

void TestMetricsLog::minusOneStartsANewLog()
{
    const QString file = path("restart");
    writeFiveRows(file, kGan);
    {
        MetricsLog log(file.toStdString(), kGan, -1);
        QCOMPARE(linesOf(file), QStringList{QString::fromStdString(MetricsLog::headerFor(kGan))});
    }
    // Also over another model's log: a new run, a new file.
    MetricsLog log(file.toStdString(), kVae, -1);
    log.append(row(10, kVae));
    QCOMPARE(linesOf(file).first(), QString::fromStdString(MetricsLog::headerFor(kVae)));
    QCOMPARE(stepsOf(file), QList<qint64>{10});
}

void TestMetricsLog::refusesAnotherModelsLog_data()
{
    QTest::addColumn<QByteArray>("existing");
    QTest::newRow("another model's columns") << QByteArray("step,elapsed_s,samples_per_s,loss,recon,kl\n10,1.000,5.00,1,2,3\n");
    QTest::newRow("one column fewer") << QByteArray("step,elapsed_s,samples_per_s,loss_d,loss_g,d_real\n10,1,1,1,1,1\n");
    QTest::newRow("reordered columns")
        << QByteArray("step,elapsed_s,samples_per_s,loss_g,loss_d,d_real,d_fake\n10,1,1,1,1,1,1\n");
    QTest::newRow("not a metrics file") << QByteArray("name,score\nalice,3\n");
}

void TestMetricsLog::refusesAnotherModelsLog()
{
    QFETCH(QByteArray, existing);
    const QString file = path(QString("mismatch-") + QTest::currentDataTag());
    QVERIFY(writeFile(file, existing));
    const auto error = studioErrorFrom([&] { MetricsLog log(file.toStdString(), kGan, 100); });
    QVERIFY2(error, "no StudioError was thrown");
    QVERIFY2(error->kind() == ErrorKind::BadInput, error->what());
    QVERIFY2(QString(error->what()).contains(file), error->what());
    QCOMPARE(QString::fromStdString(error->path()), file);
    // Refused means untouched.
    QCOMPARE(readFile(file), existing);
}

void TestMetricsLog::unwritablePathThrows()
{
    const QString file = m_tmp.filePath("no-such-folder/metrics.csv");
    const auto error = studioErrorFrom([&] { MetricsLog log(file.toStdString(), kGan, -1); });
    QVERIFY2(error, "no StudioError was thrown");
    QVERIFY2(QString(error->what()).contains(file), error->what());
    QVERIFY(!QFileInfo::exists(file));
}

QTEST_GUILESS_MAIN(TestMetricsLog)
#include "tst_metricslog.moc"
