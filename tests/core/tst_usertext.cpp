// SPDX-License-Identifier: MIT
// Core messages go through Qt's translators: placeholders are filled once,
// in order, and an installed translator changes what an error says.

#include "base/studioerror.h"
#include "base/usertext.h"
#include "latent/bookmarkfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace latent;

namespace {
// Answers every lookup in one context with a marked copy of the source, so a
// test can see which texts were looked up and in which context.
class MarkingTranslator : public QTranslator {
public:
    explicit MarkingTranslator(const char* context) : m_context(context) {}
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        if (m_context != context)
            return {};
        return QStringLiteral("«") + QString::fromUtf8(source) + QStringLiteral("»");
    }

private:
    QByteArray m_context;
};
} // namespace

class TestUserText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fillsPlaceholdersInOrder()
    {
        QCOMPARE(translate("Test", "%2 of %1").arg(7).arg("eight").str(), std::string("eight of 7"));
        QCOMPARE(translate("Test", "%1%").arg(50).str(), std::string("50%"));
        QCOMPARE(translate("Test", "%1 and %3").arg("a").str(), std::string("a and %3"));
        QCOMPARE(translate("Test", "%1").arg(std::size_t(18446744073709551615ull)).str(),
                 std::string("18446744073709551615"));
        QCOMPARE(translate("Test", "%1").arg(-3).str(), std::string("-3"));
        QCOMPARE(translate("Test", "%1").arg(0.000123456).str(), std::string("0.0001235"));
        QCOMPARE(translate("Test", "%1").arg(2.5, 2).str(), std::string("2.5"));
    }

    void twoDigitPlaceholders()
    {
        UserText text = translate("Test", "%1|%10|%11");
        for (int i = 1; i <= 10; ++i)
            text = text.arg(i);
        // %10 is the tenth value; %11 names none of the ten and is left as written.
        QCOMPARE(text.str(), std::string("1|10|%11"));
    }

    void valuesAreNotFilledAgain()
    {
        // A file name holding "%2" stays as it is.
        QCOMPARE(translate("Test", "%1: %2").arg("/tmp/100%2done").arg("unreadable").str(),
                 std::string("/tmp/100%2done: unreadable"));
    }

    void unicodeSurvives()
    {
        QCOMPARE(translate("Test", "%1").arg(std::string("图片/数字.png")).str(), std::string("图片/数字.png"));
    }

    void installedTranslatorChangesCoreErrors()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("bookmarks.json").toStdString();
        QFile file(QString::fromStdString(path));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"something else\"}");
        file.close();

        auto message = [&] {
            try {
                BookmarkFile::read(path);
            } catch (const StudioError& e) {
                return std::string(e.what());
            }
            return std::string("no error");
        };
        const std::string english = message();
        QVERIFY2(english.find("is not a Latent Studio bookmarks file") != std::string::npos, english.c_str());
        QVERIFY(english.rfind(path, 0) == 0);

        MarkingTranslator marking("BookmarkFile");
        QVERIFY(QCoreApplication::installTranslator(&marking));
        const std::string marked = message();
        QCoreApplication::removeTranslator(&marking);
        QVERIFY2(marked.find("«is not a Latent Studio bookmarks file") != std::string::npos, marked.c_str());
        QVERIFY2(marked.rfind(path, 0) == 0, marked.c_str());
        QCOMPARE(message(), english);
    }
};

QTEST_GUILESS_MAIN(TestUserText)
#include "tst_usertext.moc"
