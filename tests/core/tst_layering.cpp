// SPDX-License-Identifier: MIT
// The dependency rules of ARCHITECTURE.md, checked on the sources: ui/ and
// app/ never include LibTorch, directly or through a core header, and no
// header in core/ that ui/ or app/ may include pulls LibTorch in.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

const QString kSource = QStringLiteral(LATENT_SOURCE_DIR);

QStringList includesOf(const QString& path)
{
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"),
                                            QRegularExpression::MultilineOption);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList names;
    auto it = include.globalMatch(QString::fromUtf8(file.readAll()));
    while (it.hasNext())
        names << it.next().captured(1);
    return names;
}

bool isTorch(const QString& include)
{
    return include.startsWith("torch/") || include.startsWith("ATen/") || include.startsWith("c10/")
        || include == "torch_pch.h";
}

// True when the core header `name` (relative to core/) includes LibTorch,
// directly or through other core headers. `seen` stops include cycles.
bool pullsInTorch(const QString& name, QSet<QString>& seen, QString& chain)
{
    if (seen.contains(name))
        return false;
    seen.insert(name);
    const QString path = kSource + "/core/" + name;
    if (!QFile::exists(path))
        return false; // a Qt, OpenCV or standard header
    for (const QString& include : includesOf(path)) {
        if (isTorch(include)) {
            chain = name + " -> " + include;
            return true;
        }
        if (pullsInTorch(include, seen, chain)) {
            chain = name + " -> " + chain;
            return true;
        }
    }
    return false;
}

QStringList sourcesUnder(const QString& folder)
{
    QStringList files;
    QDirIterator it(kSource + "/" + folder, {"*.h", "*.cpp"}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

} // namespace

class TestLayering : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void uiAndAppStayFreeOfTorch_data();
    void uiAndAppStayFreeOfTorch();
};

void TestLayering::uiAndAppStayFreeOfTorch_data()
{
    QTest::addColumn<QString>("folder");
    QTest::newRow("ui") << "ui";
    QTest::newRow("app") << "app";
}

void TestLayering::uiAndAppStayFreeOfTorch()
{
    QFETCH(QString, folder);
    const QStringList files = sourcesUnder(folder);
    QVERIFY2(!files.isEmpty(), qPrintable("no sources found under " + kSource + "/" + folder));
    for (const QString& file : files) {
        for (const QString& include : includesOf(file)) {
            QVERIFY2(!isTorch(include), qPrintable(file + " includes " + include));
            QSet<QString> seen;
            QString chain;
            QVERIFY2(!pullsInTorch(include, seen, chain), qPrintable(file + " reaches LibTorch: " + chain));
        }
    }
}

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
