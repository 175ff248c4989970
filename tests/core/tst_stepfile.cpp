// SPDX-License-Identifier: MIT
// The step-NNNNNNNN file names of samples/ and checkpoints/: made in one
// place, and read back only when they are exactly what is made.

#include "project/stepfile.h"

#include <QTest>

using namespace latent;

class TestStepFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void makesNames_data();
    void makesNames();
    void readsBackWhatItMakes_data();
    void readsBackWhatItMakes();
    void refusesOtherNames_data();
    void refusesOtherNames();
    void filtersCandidates();
};

void TestStepFile::makesNames_data()
{
    QTest::addColumn<qlonglong>("step");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<QString>("name");
    QTest::newRow("zero") << 0LL << "png" << "step-00000000.png";
    QTest::newRow("grid") << 1500LL << "png" << "step-00001500.png";
    QTest::newRow("checkpoint") << 1200LL << "ckpt" << "step-00001200.ckpt";
    QTest::newRow("eight digits") << 99999999LL << "ckpt" << "step-99999999.ckpt";
    QTest::newRow("nine digits") << 123456789LL << "ckpt" << "step-123456789.ckpt";
}

void TestStepFile::makesNames()
{
    QFETCH(qlonglong, step);
    QFETCH(QString, extension);
    QFETCH(QString, name);
    QCOMPARE(QString::fromStdString(stepFileName(step, extension.toUtf8().constData())), name);
}

void TestStepFile::readsBackWhatItMakes_data()
{
    QTest::addColumn<qlonglong>("step");
    QTest::addColumn<QString>("extension");
    for (const qlonglong step : {0LL, 1LL, 1500LL, 99999999LL, 100000000LL, 9223372036854775807LL})
        for (const char* extension : {"png", "ckpt"})
            QTest::addRow("%lld.%s", step, extension) << step << QString(extension);
}

void TestStepFile::readsBackWhatItMakes()
{
    QFETCH(qlonglong, step);
    QFETCH(QString, extension);
    const QByteArray ext = extension.toUtf8();
    const std::optional<std::int64_t> read = stepOfFileName(stepFileName(step, ext.constData()), ext.constData());
    QVERIFY(read.has_value());
    QCOMPARE(qlonglong(*read), step);
}

void TestStepFile::refusesOtherNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("other extension") << "step-00001500.ckpt";
    QTest::newRow("no extension") << "step-00001500";
    QTest::newRow("no dot") << "step-00001500png";
    QTest::newRow("temporary file") << "step-00001500.png.AbCd12";
    QTest::newRow("prefixed") << "old-step-00001500.png";
    QTest::newRow("capitals") << "STEP-00001500.png";
    QTest::newRow("short number") << "step-12.png";
    QTest::newRow("seven digits") << "step-0001500.png";
    QTest::newRow("padding zero too many") << "step-000001500.png";
    QTest::newRow("not a number") << "step-0000150x.png";
    QTest::newRow("sign") << "step-+0001500.png";
    QTest::newRow("negative") << "step--0001500.png";
    QTest::newRow("space") << "step- 0001500.png";
    QTest::newRow("past int64") << "step-9223372036854775808.png";
    QTest::newRow("empty") << "";
    QTest::newRow("just the prefix") << "step-.png";
}

void TestStepFile::refusesOtherNames()
{
    QFETCH(QString, name);
    QVERIFY(!stepOfFileName(name.toStdString(), "png").has_value());
}

void TestStepFile::filtersCandidates()
{
    QCOMPARE(QString::fromStdString(stepFileFilter("png")), QString("step-*.png"));
    QCOMPARE(QString::fromStdString(stepFileFilter("ckpt")), QString("step-*.ckpt"));
}

QTEST_GUILESS_MAIN(TestStepFile)
#include "tst_stepfile.moc"
