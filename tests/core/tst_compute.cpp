// SPDX-License-Identifier: MIT
// The compute set-up: the BLAS that really loaded, devices, threads.

#include "base/compute.h"
#include "base/studioerror.h"

#include <QTest>

using namespace latent;

class TestCompute : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void loadsTheChosenBlas();
    void resolvesDevices();
    void setsThreads();
};

// The build points the executables at one BLAS (LATENT_BLAS_DIR); a process
// that silently fell back to another one would train many times slower.
void TestCompute::loadsTheChosenBlas()
{
    const QString chosen = QStringLiteral(LATENT_BLAS_DIR);
    if (chosen.isEmpty())
        QSKIP("built with the system's BLAS choice (LATENT_BLAS_DIR empty)");
    const QString loaded = QString::fromStdString(compute::loadedBlasLibrary());
    QVERIFY2(loaded.startsWith(chosen), qPrintable("loaded " + loaded + ", expected one from " + chosen));
}

void TestCompute::resolvesDevices()
{
    QCOMPARE(QString::fromStdString(compute::resolveDevice("cpu")), QStringLiteral("cpu"));
    const std::string automatic = compute::resolveDevice("auto");
    QVERIFY(automatic == "cpu" || automatic == "cuda");
    QVERIFY_THROWS_EXCEPTION(StudioError, compute::resolveDevice("tpu"));
    if (automatic == "cpu")
        QVERIFY_THROWS_EXCEPTION(StudioError, compute::resolveDevice("cuda"));
}

void TestCompute::setsThreads()
{
    QCOMPARE(compute::useThreads(1), 1);
    QCOMPARE(compute::useThreads(0), compute::defaultThreadCount());
}

QTEST_GUILESS_MAIN(TestCompute)
#include "tst_compute.moc"
