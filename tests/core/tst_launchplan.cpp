// SPDX-License-Identifier: MIT
// The launch commands "Copy launch command" hands over: their text, and that
// pasted into a shell they really train the project.

#include "project/project.h"
#include "train/launchplan.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace latent;

class TestLaunchPlan : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void quotesOnlyWhatNeedsIt();
    void oneBlockPerMachine();
    void thePastedScriptTrainsTheProject();
};

void TestLaunchPlan::quotesOnlyWhatNeedsIt()
{
    QCOMPARE(shellQuote("/home/ada/run-1"), std::string("/home/ada/run-1"));
    QCOMPARE(shellQuote("/home/ada/my runs"), std::string("'/home/ada/my runs'"));
    QCOMPARE(shellQuote("it's"), std::string("'it'\\''s'"));
    QCOMPARE(shellQuote(""), std::string("''"));
    QCOMPARE(shellQuote("$HOME;rm"), std::string("'$HOME;rm'"));
}

void TestLaunchPlan::oneBlockPerMachine()
{
    LaunchPlan plan;
    plan.cli = "/opt/latent/bin/latent-cli";
    plan.projectDir = "/data/my run";
    plan.resume = true;
    plan.steps = 500;
    plan.processes = 5;
    plan.processesPerMachine = 2;
    plan.masterAddress = "10.0.0.1";
    plan.masterPort = 29400;
    QCOMPARE(plan.machines(), 3);
    const QString expected =
        "# machine 1 (10.0.0.1): ranks 0-1\n"
        "RANK=0 LOCAL_RANK=0 WORLD_SIZE=5 LOCAL_WORLD_SIZE=2 MASTER_ADDR=10.0.0.1 MASTER_PORT=29400 "
        "/opt/latent/bin/latent-cli resume --distributed --project '/data/my run' --steps 500 &\n"
        "RANK=1 LOCAL_RANK=1 WORLD_SIZE=5 LOCAL_WORLD_SIZE=2 MASTER_ADDR=10.0.0.1 MASTER_PORT=29400 "
        "/opt/latent/bin/latent-cli resume --distributed --project '/data/my run' --steps 500 &\n"
        "wait\n\n"
        "# machine 2: ranks 2-3\n"
        "RANK=2 LOCAL_RANK=0 WORLD_SIZE=5 LOCAL_WORLD_SIZE=2 MASTER_ADDR=10.0.0.1 MASTER_PORT=29400 "
        "/opt/latent/bin/latent-cli resume --distributed --project '/data/my run' --steps 500 &\n"
        "RANK=3 LOCAL_RANK=1 WORLD_SIZE=5 LOCAL_WORLD_SIZE=2 MASTER_ADDR=10.0.0.1 MASTER_PORT=29400 "
        "/opt/latent/bin/latent-cli resume --distributed --project '/data/my run' --steps 500 &\n"
        "wait\n\n"
        "# machine 3: rank 4\n"
        "RANK=4 LOCAL_RANK=0 WORLD_SIZE=5 LOCAL_WORLD_SIZE=1 MASTER_ADDR=10.0.0.1 MASTER_PORT=29400 "
        "/opt/latent/bin/latent-cli resume --distributed --project '/data/my run' --steps 500 &\n"
        "wait\n";
    QCOMPARE(QString::fromStdString(plan.script()), expected);
}

void TestLaunchPlan::thePastedScriptTrainsTheProject()
{
    // A project as the studio leaves it before its first run, in a folder
    // whose name needs quoting; the script is run as a user would paste it.
    QTemporaryDir dir;
    const std::string folder = (dir.path() + "/a project's run").toStdString();
    ProjectConfig config = ProjectConfig::defaults();
    config.model.imageSize = 16;
    config.model.width = 8;
    config.dataset.syntheticCount = 256;
    config.training.batchSize = 8;
    config.training.threads = 1;
    Project::create(folder, config);

    LaunchPlan plan;
    plan.cli = LATENT_CLI_PATH;
    plan.projectDir = folder;
    plan.steps = 12;
    plan.masterPort = 20000 + int(QCoreApplication::applicationPid() % 20000);
    QProcess shell;
    shell.start("bash", {"-c", QString::fromStdString(plan.script())});
    QVERIFY(shell.waitForFinished(300000));
    const QString err = QString::fromUtf8(shell.readAllStandardError());
    QVERIFY2(shell.exitCode() == 0, qPrintable(err));
    QCOMPARE(err.count("Finished at step 12."), 2);
    QVERIFY(QFile::exists(QString::fromStdString(folder) + "/checkpoints/step-00000012.ckpt"));
    QCOMPARE(Project::open(folder).config().training.steps, std::int64_t(12));

    // Resuming it the same way continues from there.
    plan.resume = true;
    plan.steps = 3;
    plan.masterPort += 1;
    shell.start("bash", {"-c", QString::fromStdString(plan.script())});
    QVERIFY(shell.waitForFinished(300000));
    QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());
    QVERIFY(QFile::exists(QString::fromStdString(folder) + "/checkpoints/step-00000015.ckpt"));
}

QTEST_GUILESS_MAIN(TestLaunchPlan)
#include "tst_launchplan.moc"
