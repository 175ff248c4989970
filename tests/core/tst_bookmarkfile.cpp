// SPDX-License-Identifier: MIT
// bookmarks.json: what the studio writes the CLI reads back exactly, and a
// damaged or foreign file is refused with a message naming it.

#include "latent/bookmarkfile.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace latent;
using namespace latent::testsupport;

class TestBookmarkFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripsEveryField();
    void absentFileMeansNoBookmarks();
    void badFilesAreRefused_data();
    void badFilesAreRefused();
    void findNamesWhatThereIs();
};

void TestBookmarkFile::roundTripsEveryField()
{
    QTemporaryDir tmp;
    const std::string path = tmp.filePath("bookmarks.json").toStdString();
    LatentBookmark drawn{"smile", {0.25f, -1.5f, 3.0e-7f}, 42, 0.7, "ab12", 1500, "2026-11-22T10:00:00Z", "Sneaker"};
    LatentBookmark computed{"smile - frown", {1.0f, 2.0f, -3.0f}, -1, 1.0, "", -1, "", ""};
    BookmarkFile::write(path, {drawn, computed});
    const auto back = BookmarkFile::read(path);
    QCOMPARE(back.size(), std::size_t(2));
    QCOMPARE(back[0].name, drawn.name);
    QCOMPARE(back[0].z, drawn.z); // floats survive the JSON doubles exactly
    QCOMPARE(back[0].seed, std::int64_t(42));
    QCOMPARE(back[0].truncation, 0.7);
    QCOMPARE(back[0].modelSha256, drawn.modelSha256);
    QCOMPARE(back[0].step, std::int64_t(1500));
    QCOMPARE(back[0].created, drawn.created);
    QCOMPARE(back[0].className, std::string("Sneaker")); // a conditional model's class, by name
    QCOMPARE(back[1].className, std::string());          // an unconditional one's: none
    QCOMPARE(back[1].seed, std::int64_t(-1)); // no seed: stays none
    QCOMPARE(back[1].z, computed.z);
}

void TestBookmarkFile::absentFileMeansNoBookmarks()
{
    QTemporaryDir tmp;
    QVERIFY(BookmarkFile::read(tmp.filePath("none.json").toStdString()).empty());
}

void TestBookmarkFile::badFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("not json") << QByteArray("{\"format\": ") << "not valid JSON";
    QTest::newRow("a project file") << QByteArray(R"({"format": "latent-studio-project", "format_version": 1})")
                                    << "not a Latent Studio bookmarks file";
    QTest::newRow("newer format") << QByteArray(R"({"format": "latent-studio-bookmarks", "format_version": 9})")
                                  << "format 9";
    QTest::newRow("list is not a list")
        << QByteArray(R"({"format": "latent-studio-bookmarks", "format_version": 1, "bookmarks": 3})") << "should be a list";
    QTest::newRow("no name")
        << QByteArray(R"({"format": "latent-studio-bookmarks", "format_version": 1, "bookmarks": [{"z": [1]}]})")
        << "no name";
    QTest::newRow("no z")
        << QByteArray(R"({"format": "latent-studio-bookmarks", "format_version": 1, "bookmarks": [{"name": "a"}]})")
        << "no latent vector";
    QTest::newRow("z with text")
        << QByteArray(R"({"format": "latent-studio-bookmarks", "format_version": 1, "bookmarks": [{"name": "a", "z": [1, "x"]}]})")
        << "not all finite";
    QTest::newRow("seed of wrong type")
        << QByteArray(R"({"format": "latent-studio-bookmarks", "format_version": 1, "bookmarks": [{"name": "a", "z": [1], "seed": "7"}]})")
        << "seed";
}

void TestBookmarkFile::badFilesAreRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, fragment);
    QTemporaryDir tmp;
    const QString path = tmp.filePath("bookmarks.json");
    QVERIFY(writeFile(path, content));
    const auto error = studioErrorFrom([&] { BookmarkFile::read(path.toStdString()); });
    const QString problem = badInputProblem(error, {path, fragment});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestBookmarkFile::findNamesWhatThereIs()
{
    const std::vector<LatentBookmark> bookmarks = {{"a", {1.0f}}, {"b", {2.0f}}};
    QCOMPARE(BookmarkFile::find(bookmarks, "b", "f.json").z, std::vector<float>{2.0f});
    const auto error = studioErrorFrom([&] { BookmarkFile::find(bookmarks, "c", "f.json"); });
    const QString problem = badInputProblem(error, {"f.json", "'c'", "a, b"});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestBookmarkFile)
#include "tst_bookmarkfile.moc"
