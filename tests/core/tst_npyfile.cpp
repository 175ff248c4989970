// SPDX-License-Identifier: MIT
// writeNpy and readNpy: values come back exactly, the header is byte for
// byte what the .npy format specification (numpy.lib.format, version 1.0)
// describes, and truncated, garbled or foreign files are refused with a
// message naming the file.

#include "io/npyfile.h"

#include "testsupport.h"

#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace latent;
using namespace latent::testsupport;

namespace {

// A .npy v1.0 file made by hand: the header text padded as the format asks,
// followed by `data`.
QByteArray npyBytes(const QByteArray& dict, const QByteArray& data, char major = 1)
{
    QByteArray header = dict;
    while ((10 + header.size() + 1) % 64 != 0)
        header.append(' ');
    header.append('\n');
    QByteArray bytes("\x93NUMPY", 6);
    bytes.append(major).append(char(0));
    bytes.append(char(header.size() & 0xff)).append(char(header.size() >> 8));
    return bytes + header + data;
}

QByteArray littleEndianDoubles(const std::vector<double>& values)
{
    QByteArray bytes;
    for (double v : values) {
        quint64 bits = 0;
        std::memcpy(&bits, &v, sizeof bits);
        char out[8];
        qToLittleEndian(bits, out);
        bytes.append(out, 8);
    }
    return bytes;
}

} // namespace

class TestNpyFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void headerFollowsTheSpecification_data();
    void headerFollowsTheSpecification();
    void headerIsNumPys();
    void readsWhatNumPyMayWrite_data();
    void readsWhatNumPyMayWrite();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void refusesAMissingFile();

private:
    QTemporaryDir m_dir;
};

void TestNpyFile::roundTrip_data()
{
    QTest::addColumn<qlonglong>("rows");
    QTest::addColumn<qlonglong>("cols");
    QTest::addColumn<bool>("asFloat");
    QTest::newRow("3 x 4 float64") << 3LL << 4LL << false;
    QTest::newRow("3 x 4 float32") << 3LL << 4LL << true;
    QTest::newRow("one row") << 1LL << 17LL << false;
    QTest::newRow("one column") << 9LL << 1LL << true;
    QTest::newRow("empty") << 0LL << 5LL << false;
    QTest::newRow("2000 x 512") << 2000LL << 512LL << true;
}

void TestNpyFile::roundTrip()
{
    QFETCH(qlonglong, rows);
    QFETCH(qlonglong, cols);
    QFETCH(bool, asFloat);
    std::vector<double> values(std::size_t(rows * cols));
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = std::sin(double(i) * 0.37) * std::pow(10.0, double(i % 13) - 6.0);
    if (!values.empty()) {
        values[0] = -0.0;
        values.back() = asFloat ? std::numeric_limits<float>::denorm_min() : std::numeric_limits<double>::max();
    }
    const std::string path = m_dir.filePath(QString("m%1x%2%3.npy").arg(rows).arg(cols).arg(asFloat)).toStdString();
    if (asFloat) {
        const std::vector<float> narrow(values.begin(), values.end());
        writeNpy(path, narrow.data(), rows, cols);
        for (std::size_t i = 0; i < values.size(); ++i)
            values[i] = double(narrow[i]);
    } else {
        writeNpy(path, values.data(), rows, cols);
    }
    const NpyMatrix read = readNpy(path);
    QCOMPARE(read.rows, std::int64_t(rows));
    QCOMPARE(read.cols, std::int64_t(cols));
    QCOMPARE(read.values.size(), values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        QVERIFY2(std::memcmp(&read.values[i], &values[i], sizeof(double)) == 0, qPrintable(QString::number(i)));
}

void TestNpyFile::headerFollowsTheSpecification_data()
{
    QTest::addColumn<bool>("asFloat");
    QTest::addColumn<qlonglong>("rows");
    QTest::addColumn<qlonglong>("cols");
    QTest::addColumn<QByteArray>("dict");
    QTest::newRow("<f8") << false << 3LL << 4LL
                         << QByteArray("{'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }");
    QTest::newRow("<f4") << true << 2LL << 5LL
                         << QByteArray("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 5), }");
    // Wider numbers: more of the header, less padding.
    QTest::newRow("large") << false << 123456789012LL << 0LL
                           << QByteArray("{'descr': '<f8', 'fortran_order': False, 'shape': (123456789012, 0), }");
}

void TestNpyFile::headerFollowsTheSpecification()
{
    QFETCH(bool, asFloat);
    QFETCH(qlonglong, rows);
    QFETCH(qlonglong, cols);
    QFETCH(QByteArray, dict);
    const std::vector<double> values(std::size_t(rows * cols), 1.5);
    const std::vector<float> narrow(values.begin(), values.end());
    const std::string path = m_dir.filePath("header.npy").toStdString();
    if (asFloat)
        writeNpy(path, narrow.data(), rows, cols);
    else
        writeNpy(path, values.data(), rows, cols);
    const QByteArray bytes = readFile(QString::fromStdString(path));

    // "The first 6 bytes are a magic string: exactly \x93NUMPY."
    QCOMPARE(bytes.left(6), QByteArray("\x93NUMPY", 6));
    // "The next 1 byte is an unsigned byte: the major version number" (1), then the minor (0).
    QCOMPARE(int(bytes[6]), 1);
    QCOMPARE(int(bytes[7]), 0);
    // "The next 2 bytes form a little-endian unsigned short int: the length of the header data HEADER_LEN."
    const int headerLength = qFromLittleEndian<quint16>(bytes.constData() + 8);
    // "... terminated by a newline (\n) and padded with spaces (\x20) to make the total of
    // len(magic string) + 2 + len(length) + HEADER_LEN be evenly divisible by 64."
    QCOMPARE((6 + 2 + 2 + headerLength) % 64, 0);
    const QByteArray header = bytes.mid(10, headerLength);
    QCOMPARE(header.back(), '\n');
    QCOMPARE(header.left(dict.size()), dict);
    QCOMPARE(header.mid(dict.size(), headerLength - dict.size() - 1),
             QByteArray(headerLength - dict.size() - 1, ' '));
    QVERIFY(headerLength - dict.size() - 1 < 64); // no more padding than alignment needs
    // Then the data, nothing else.
    const qsizetype itemSize = asFloat ? 4 : 8;
    QCOMPARE(bytes.size(), 10 + headerLength + qsizetype(rows * cols) * itemSize);
    if (rows * cols > 0 && !asFloat)
        QCOMPARE(bytes.mid(10 + headerLength, 8), littleEndianDoubles({1.5}));
}

void TestNpyFile::headerIsNumPys()
{
    // What numpy.save (NumPy 1.24) writes for np.zeros((3, 4)): 118 header bytes, 128 in all.
    const QByteArray numpy = QByteArray("\x93NUMPY\x01\x00\x76\x00", 10)
        + "{'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }" + QByteArray(58, ' ') + "\n";
    QCOMPARE(numpy.size(), 128);
    const std::vector<double> zeros(12, 0.0);
    const std::string path = m_dir.filePath("zeros.npy").toStdString();
    writeNpy(path, zeros.data(), 3, 4);
    QCOMPARE(readFile(QString::fromStdString(path)), numpy + QByteArray(96, '\0'));
}

void TestNpyFile::readsWhatNumPyMayWrite_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<qlonglong>("rows");
    QTest::addColumn<qlonglong>("cols");
    QTest::addColumn<QVector<double>>("values");
    const QByteArray six = littleEndianDoubles({1, 2, 3, 4, 5, 6});
    QTest::newRow("C order") << npyBytes("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }", six) << 2LL
                             << 3LL << QVector<double>{1, 2, 3, 4, 5, 6};
    QTest::newRow("Fortran order") << npyBytes("{'descr': '<f8', 'fortran_order': True, 'shape': (2, 3), }", six)
                                   << 2LL << 3LL << QVector<double>{1, 3, 5, 2, 4, 6};
    QTest::newRow("1-D, no trailing comma") << npyBytes("{'descr':'<f8','fortran_order':False,'shape':(6,)}", six)
                                            << 6LL << 1LL << QVector<double>{1, 2, 3, 4, 5, 6};
    QByteArray bigEndian;
    for (int i = 0; i < 8; ++i)
        bigEndian.append(littleEndianDoubles({2.5}).at(7 - i));
    QTest::newRow("big-endian") << npyBytes("{'descr': '>f8', 'fortran_order': False, 'shape': (1, 1), }", bigEndian)
                                << 1LL << 1LL << QVector<double>{2.5};
    // Version 2.0: a 32-bit header length.
    QByteArray v2 =
        npyBytes("{'descr': '<f8', 'fortran_order': False, 'shape': (1, 2), }", littleEndianDoubles({7, 8}), 2);
    v2.insert(10, QByteArray(2, '\0'));
    QTest::newRow("version 2.0") << v2 << 1LL << 2LL << QVector<double>{7, 8};
}

void TestNpyFile::readsWhatNumPyMayWrite()
{
    QFETCH(QByteArray, file);
    QFETCH(qlonglong, rows);
    QFETCH(qlonglong, cols);
    QFETCH(QVector<double>, values);
    const QString path = m_dir.filePath("numpy.npy");
    QVERIFY(writeFile(path, file));
    const NpyMatrix read = readNpy(path.toStdString());
    QCOMPARE(read.rows, std::int64_t(rows));
    QCOMPARE(read.cols, std::int64_t(cols));
    QCOMPARE(QVector<double>(read.values.begin(), read.values.end()), values);
}

void TestNpyFile::refusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("fragment");
    const QByteArray dict("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }");
    const QByteArray whole = npyBytes(dict, littleEndianDoubles({1, 2, 3, 4, 5, 6}));
    QTest::newRow("empty") << QByteArray() << "not a NumPy .npy file";
    QTest::newRow("garbage") << QByteArray("PK\x03\x04 this is a zip, not an array") << "not a NumPy .npy file";
    QTest::newRow("cut in the length") << whole.left(9) << "cut short inside its header";
    QTest::newRow("cut in the header") << whole.left(40) << "cut short inside its header";
    QTest::newRow("cut in the data") << whole.left(whole.size() - 1)
                                     << "47 bytes of data where its header promises 2 x 3";
    QTest::newRow("no data") << npyBytes(dict, {}) << "0 bytes of data";
    QTest::newRow("extra data") << whole + QByteArray(8, '\0') << "56 bytes of data";
    QTest::newRow("version 4") << npyBytes(dict, {}, 4) << "version 4.0";
    QTest::newRow("integers") << npyBytes("{'descr': '<i4', 'fortran_order': False, 'shape': (2, 3), }",
                                          QByteArray(24, '\0'))
                              << "type <i4";
    QTest::newRow("three dimensions")
        << npyBytes("{'descr': '<f8', 'fortran_order': False, 'shape': (1, 2, 3), }",
                    littleEndianDoubles({1, 2, 3, 4, 5, 6}))
        << "3 dimensions";
    QTest::newRow("a scalar") << npyBytes("{'descr': '<f8', 'fortran_order': False, 'shape': (), }",
                                          littleEndianDoubles({1}))
                              << "0 dimensions";
    QTest::newRow("not a dict") << npyBytes("[1, 2, 3]", {}) << "header this reader cannot understand";
    QTest::newRow("no shape") << npyBytes("{'descr': '<f8', 'fortran_order': False, }", {})
                              << "header this reader cannot understand";
    QTest::newRow("negative shape") << npyBytes("{'descr': '<f8', 'fortran_order': False, 'shape': (-2, 3), }", {})
                                    << "header this reader cannot understand";
    QTest::newRow("huge shape")
        << npyBytes("{'descr': '<f8', 'fortran_order': False, 'shape': (999999999999999, 999999999999999), }", {})
        << "0 bytes of data where its header promises 999999999999999 x 999999999999999";
    QTest::newRow("unknown key") << npyBytes("{'descr': '<f8', 'fortran_order': False, 'shape': (1,), 'x': 1, }", {})
                                 << "header this reader cannot understand";
}

void TestNpyFile::refusesBadFiles()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, fragment);
    const QString path = m_dir.filePath("bad features.npy");
    QVERIFY(writeFile(path, file));
    const auto error = studioErrorFrom([&] { readNpy(path.toStdString()); });
    const QString problem = badInputProblem(error, {path, fragment});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestNpyFile::refusesAMissingFile()
{
    const QString path = m_dir.filePath("absent.npy");
    const auto error = studioErrorFrom([&] { readNpy(path.toStdString()); });
    const QString problem = badInputProblem(error, {path});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestNpyFile)
#include "tst_npyfile.moc"
