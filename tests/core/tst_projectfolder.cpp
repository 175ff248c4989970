// SPDX-License-Identifier: MIT
// The project folder: Project::create makes its folders and never writes into
// a folder that holds anything; Project::open refuses what is not a project
// or a damaged project.json, naming it; saveConfig rewrites the file whole.

#include "base/studioerror.h"
#include "project/project.h"
#include "project/projectconfig.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <map>

using latent::ModelSpec;
using latent::Project;
using latent::ProjectConfig;
using namespace latent::testsupport;

namespace {

ProjectConfig hingeConfig()
{
    ProjectConfig c = ProjectConfig::defaults();
    c.model.loss = ModelSpec::GanLoss::Hinge;
    return c;
}

ProjectConfig vaeConfig()
{
    ProjectConfig c = ProjectConfig::defaults();
    c.model.family = ModelSpec::Family::Vae;
    c.applyModelDefaults();
    return c;
}

// Every entry below `dir` with its contents (folders as "<dir>").
std::map<QString, QByteArray> snapshot(const QString& dir)
{
    std::map<QString, QByteArray> entries;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        entries[path] = it.fileInfo().isDir() ? QByteArray("<dir>") : (file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("?"));
    }
    return entries;
}

} // namespace

class TestProjectFolder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }
    void createMakesTheFolders();
    void createAcceptsAnEmptyFolder();
    void createRefusesNonEmptyFolders_data();
    void createRefusesNonEmptyFolders();
    void createRefusesAFileOrBadSettings();
    void openRefusesBadFiles_data();
    void openRefusesBadFiles();
    void openRefusesMissingProjects();
    void saveConfigRewrites();

private:
    QTemporaryDir m_tmp;
};

void TestProjectFolder::createMakesTheFolders()
{
    const QString dir = m_tmp.filePath("created/in/a/new/folder");
    QVERIFY(!Project::exists(dir.toStdString()));
    const Project project = Project::create(dir.toStdString(), ProjectConfig::defaults());
    QVERIFY(Project::exists(dir.toStdString()));
    QCOMPARE(QString::fromStdString(project.dir()), QFileInfo(dir).absoluteFilePath());
    QCOMPARE(QString::fromStdString(project.configPath()), QFileInfo(dir).absoluteFilePath() + "/project.json");
    for (const std::string& sub : {project.checkpointsDir(), project.samplesDir(), project.exportsDir()})
        QVERIFY2(QFileInfo(QString::fromStdString(sub)).isDir(), sub.c_str());
    QFile file(QString::fromStdString(project.configPath()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    QVERIFY(doc.isObject());
    QCOMPARE(doc.object().value("format").toString(), QString("latent-studio-project"));
    // Nothing else: no temporary files left behind.
    QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name),
             (QStringList{"checkpoints", "exports", "project.json", "samples"}));
}

void TestProjectFolder::createAcceptsAnEmptyFolder()
{
    const QString dir = m_tmp.filePath("empty-existing");
    QVERIFY(QDir().mkpath(dir));
    Project::create(dir.toStdString(), hingeConfig());
    QVERIFY(Project::exists(dir.toStdString()));
    QCOMPARE(Project::open(dir.toStdString()).config().model.loss, ModelSpec::GanLoss::Hinge);
}

void TestProjectFolder::createRefusesNonEmptyFolders_data()
{
    QTest::addColumn<QString>("content");
    QTest::newRow("a user file") << "file";
    QTest::newRow("a hidden file") << "hidden";
    QTest::newRow("an empty subfolder") << "subfolder";
    QTest::newRow("an existing project") << "project";
}

void TestProjectFolder::createRefusesNonEmptyFolders()
{
    QFETCH(QString, content);
    const QString dir = m_tmp.filePath("nonempty-" + content);
    QVERIFY(QDir().mkpath(dir));
    if (content == "file")
        QVERIFY(writeFile(dir + "/thesis.txt", "years of work"));
    else if (content == "hidden")
        QVERIFY(writeFile(dir + "/.keep", ""));
    else if (content == "subfolder")
        QVERIFY(QDir(dir).mkdir("photos"));
    else
        Project::create(dir.toStdString(), vaeConfig());
    const auto before = snapshot(dir);
    QVERIFY(!before.empty());

    const auto error = studioErrorFrom([&] { Project::create(dir.toStdString(), ProjectConfig::defaults()); });
    const QString problem = badInputProblem(error, {dir});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(snapshot(dir) == before, "the folder's contents changed");
    if (content == "project")
        QCOMPARE(Project::open(dir.toStdString()).config().model.family, ModelSpec::Family::Vae);
}

void TestProjectFolder::createRefusesAFileOrBadSettings()
{
    const QString file = m_tmp.filePath("a-file");
    QVERIFY(writeFile(file, "keep me"));
    auto error = studioErrorFrom([&] { Project::create(file.toStdString(), ProjectConfig::defaults()); });
    QString problem = badInputProblem(error, {file});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me"));

    // Invalid settings: refused before anything is created.
    ProjectConfig bad = ProjectConfig::defaults();
    bad.training.batchSize = 0;
    const QString dir = m_tmp.filePath("never-created");
    error = studioErrorFrom([&] { Project::create(dir.toStdString(), bad); });
    problem = badInputProblem(error, {"batch size"});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(!QFileInfo::exists(dir));
}

void TestProjectFolder::openRefusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("fragment");
    auto text = [](const QJsonObject& json) { return QJsonDocument(json).toJson(); };
    const QJsonObject good = ProjectConfig::defaults().toJson();
    QJsonObject noTraining = good;
    noTraining.remove("training");

    QTest::newRow("malformed json") << QByteArray("{ \"format\": \"latent-studio-project\", ") << "JSON";
    QTest::newRow("trailing garbage") << (text(good) + "}}") << "JSON";
    QTest::newRow("empty file") << QByteArray() << "";
    QTest::newRow("binary junk") << QByteArray("\x00\x01\x02\xFF\xFE", 5) << "";
    QTest::newRow("an array") << QByteArray("[1, 2, 3]") << "object";
    QTest::newRow("newer format_version") << text(jsonWith(good, {}, "format_version", 2)) << "newer";
    QTest::newRow("foreign format") << text(jsonWith(good, {}, "format", "other")) << "not a Latent Studio project";
    QTest::newRow("missing section") << text(noTraining) << "training";
    QTest::newRow("wrong field type") << text(jsonWith(good, "training", "steps", "many")) << "training.steps";
}

void TestProjectFolder::openRefusesBadFiles()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, fragment);
    const QString dir = m_tmp.filePath("open-" + QString(QTest::currentDataTag()).replace(' ', '-'));
    QVERIFY(QDir().mkpath(dir));
    const QString file = dir + "/project.json";
    QVERIFY(writeFile(file, text));
    QVERIFY(Project::exists(dir.toStdString()));
    const auto error = studioErrorFrom([&] { Project::open(dir.toStdString()); });
    const QString problem = badInputProblem(error, {file, fragment});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(QString::fromStdString(error->path()), file);
}

void TestProjectFolder::openRefusesMissingProjects()
{
    const QString missing = m_tmp.filePath("no-such-project");
    auto error = studioErrorFrom([&] { Project::open(missing.toStdString()); });
    QString problem = badInputProblem(error, {missing});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(!QFileInfo::exists(missing)); // and nothing was made

    const QString empty = m_tmp.filePath("not-a-project");
    QVERIFY(QDir().mkpath(empty));
    QVERIFY(writeFile(empty + "/notes.txt", "hello"));
    QVERIFY(!Project::exists(empty.toStdString()));
    error = studioErrorFrom([&] { Project::open(empty.toStdString()); });
    problem = badInputProblem(error, {empty + "/project.json"});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // project.json that is a folder is no project file either.
    const QString odd = m_tmp.filePath("odd-project");
    QVERIFY(QDir().mkpath(odd + "/project.json"));
    QVERIFY(!Project::exists(odd.toStdString()));
    error = studioErrorFrom([&] { Project::open(odd.toStdString()); });
    problem = badInputProblem(error, {"project.json"});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestProjectFolder::saveConfigRewrites()
{
    const QString dir = m_tmp.filePath("save");
    Project project = Project::create(dir.toStdString(), ProjectConfig::defaults());
    ProjectConfig changed = project.config();
    changed.training.steps = 4321;
    changed.dataset.horizontalFlip = true;
    project.saveConfig(changed);
    QCOMPARE(project.config().training.steps, std::int64_t(4321));
    const Project reopened = Project::open(dir.toStdString());
    QCOMPARE(reopened.config().training.steps, std::int64_t(4321));
    QVERIFY(reopened.config().dataset.horizontalFlip);
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList{"project.json"});
}
QTEST_GUILESS_MAIN(TestProjectFolder)
#include "tst_projectfolder.moc"
