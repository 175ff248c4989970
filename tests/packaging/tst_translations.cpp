// SPDX-License-Identifier: MIT
// The translations are complete and current: every tr() and translate() of
// the core, the studio and the CLI is in translations/*.ts (lupdate finds
// nothing new), every message there is translated with the same placeholders,
// and with the Chinese translation installed the core's errors, durations and
// the CLI's output come in Chinese.

#include "base/studioerror.h"
#include "base/translations.h"
#include "io/atomicfile.h"
#include "latent/bookmarkfile.h"
#include "project/presets.h"
#include "train/progressestimate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <cerrno>
#include <cstring>
#include <map>

namespace {

const QString kZhCn = QStringLiteral(LATENT_SOURCE_DIR "/translations/latent-studio_zh_CN.ts");

struct Message {
    QString comment;
    QStringList translations; // one, or the plural forms
    QString type;             // "" when finished; unfinished, vanished, obsolete
};
using Catalogue = std::map<std::pair<QString, QString>, Message>; // (context, source) -> message

// Reads a Qt Linguist .ts file; an empty catalogue when it cannot.
Catalogue readTs(const QString& path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return catalogue;
    QXmlStreamReader xml(&file);
    QString context, source;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"context") {
                context.clear();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                source.clear();
                message = {};
            } else if (name == u"source") {
                source = xml.readElementText();
            } else if (name == u"extracomment") {
                message.comment = xml.readElementText();
            } else if (name == u"translation") {
                message.type = xml.attributes().value("type").toString();
                // Plural forms are <numerusform> children; a plain one is text.
                QString text;
                while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == u"numerusform")
                        message.translations << xml.readElementText();
                }
                if (message.translations.isEmpty())
                    message.translations << text;
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            catalogue[{context, source}] = message;
        }
    }
    return xml.hasError() ? Catalogue{} : catalogue;
}

// The placeholders of a text, sorted: %1..%99 and the plural %n.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:L?\\d{1,2}|n)"));
    QStringList found;
    for (const auto& match : pattern.globalMatch(text))
        found << match.captured();
    found.sort();
    return found;
}

bool hasChinese(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sourcesAreAllCollected();
    void everyMessageIsTranslated();
    void presetDescriptionsAreCollected();
    void cliSpeaksChinese();
    void coreMessagesComeInChinese(); // last: it installs the translators for good
};

void TestTranslations::sourcesAreAllCollected()
{
    // lupdate over the sources into a copy of the .ts: the same messages, so
    // no string is missing from (or left over in) what translators see.
    QTemporaryDir dir;
    const QString copy = dir.filePath("latent-studio_zh_CN.ts");
    QVERIFY(QFile::copy(kZhCn, copy));
    QProcess lupdate;
    lupdate.setWorkingDirectory(LATENT_SOURCE_DIR);
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(LATENT_LUPDATE, {"-locations", "none", "-no-obsolete", "core", "ui", "app", "-ts", copy});
    QVERIFY(lupdate.waitForFinished(120000));
    const QString output = QString::fromUtf8(lupdate.readAll());
    QVERIFY2(lupdate.exitCode() == 0, qPrintable(output));
    QVERIFY2(!output.contains("Discarding unconsumed meta data"),
             qPrintable("a translator comment (//:) is not attached to its text:\n" + output));

    const Catalogue committed = readTs(kZhCn), current = readTs(copy);
    QVERIFY(committed.size() > 700);
    QStringList missing, stale;
    for (const auto& [key, message] : current)
        if (!committed.count(key))
            missing << key.first + ": " + key.second;
    for (const auto& [key, message] : committed)
        if (!current.count(key))
            stale << key.first + ": " + key.second;
    QVERIFY2(missing.isEmpty(), qPrintable("not in the .ts; run ./studio.sh translations and translate them:\n"
                                           + missing.join('\n')));
    QVERIFY2(stale.isEmpty(), qPrintable("no longer in the sources; run ./studio.sh translations:\n"
                                         + stale.join('\n')));
}

void TestTranslations::everyMessageIsTranslated()
{
    const Catalogue catalogue = readTs(kZhCn);
    QVERIFY(!catalogue.empty());
    QStringList problems;
    for (const auto& [key, message] : catalogue) {
        const QString where = key.first + ": " + key.second;
        if (!message.type.isEmpty()) {
            problems << message.type + ": " + where;
            continue;
        }
        for (const QString& text : message.translations) {
            if (text.trimmed().isEmpty())
                problems << "empty: " + where;
            else if (placeholders(text) != placeholders(key.second))
                problems << "placeholders differ: " + where + " -> " + text;
            else if (text.count('\n') != key.second.count('\n'))
                problems << "line breaks differ: " + where;
            else if (!hasChinese(text) && key.second.contains(QRegularExpression("[a-z]{4,} [a-z]{4,}")))
                problems << "not Chinese: " + where + " -> " + text;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
}

void TestTranslations::presetDescriptionsAreCollected()
{
    // Presets are described in their JSON files and looked up by that text:
    // each must be among the texts lupdate collected (core/project/presets.cpp).
    const Catalogue catalogue = readTs(kZhCn);
    const auto presets = latent::Presets::list();
    QVERIFY(presets.size() >= 5);
    for (const auto& preset : presets)
        QVERIFY2(catalogue.count({"Presets", QString::fromStdString(preset.description)}),
                 qPrintable(QString::fromStdString(preset.name + ": " + preset.description)));
}

void TestTranslations::cliSpeaksChinese()
{
    QTemporaryDir dir;
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("LC_ALL", "zh_CN.UTF-8");
    env.insert("LANG", "zh_CN.UTF-8");
    env.remove("LANGUAGE");
    cli.setProcessEnvironment(env);
    cli.start(LATENT_CLI_PATH, {"train", "--project", dir.filePath("p"), "--steps", "0"});
    QVERIFY(cli.waitForFinished(60000));
    const QString error = QString::fromUtf8(cli.readAllStandardError());
    QCOMPARE(cli.exitCode(), 2);
    QVERIFY2(hasChinese(error), qPrintable(error));
    QVERIFY2(error.contains("--steps"), qPrintable(error));

    cli.start(LATENT_CLI_PATH, {"presets"});
    QVERIFY(cli.waitForFinished(60000));
    const QString list = QString::fromUtf8(cli.readAllStandardOutput());
    QVERIFY2(list.contains("digits-dcgan") && hasChinese(list), qPrintable(list));
}

void TestTranslations::coreMessagesComeInChinese()
{
    const auto badBookmarks = [] {
        QTemporaryDir dir;
        const std::string path = dir.filePath("bookmarks.json").toStdString();
        QFile file(QString::fromStdString(path));
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write("{\"format\": \"something else\"}");
        file.close();
        try {
            latent::BookmarkFile::read(path);
        } catch (const latent::StudioError& e) {
            return QString::fromUtf8(e.what());
        }
        return QString();
    };
    QVERIFY(!hasChinese(badBookmarks()));
    QCOMPARE(QString::fromStdString(latent::ProgressEstimate::formatDuration(157)), QString("2m37s"));

    QVERIFY(latent::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)));
    const QString message = badBookmarks();
    QVERIFY2(hasChinese(message) && message.contains("bookmarks.json"), qPrintable(message));
    const QString duration = QString::fromStdString(latent::ProgressEstimate::formatDuration(157));
    QVERIFY2(hasChinese(duration) && duration.contains("2") && duration.contains("37"), qPrintable(duration));

    // A failed write that Qt reports as "Unknown error", in Chinese here:
    // the system's reason is given instead.
    struct FailedFile : QFile {
        explicit FailedFile(const QString& path) : QFile(path)
        {
            open(QIODevice::ReadOnly); // fails: error() is set
            setErrorString(QString()); // and the text is Qt's "Unknown error"
        }
    } failed("/nonexistent/latent-studio-test");
    QVERIFY(failed.error() != QFileDevice::NoError);
    QVERIFY2(hasChinese(failed.errorString()), qPrintable(failed.errorString()));
    errno = ENOSPC;
    const QString written = QString::fromStdString(latent::writeErrorText(failed));
    QVERIFY2(written.contains(QString::fromUtf8(std::strerror(ENOSPC))) && hasChinese(written), qPrintable(written));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
