// SPDX-License-Identifier: MIT
// The compute set-up: the BLAS that really loaded, devices, threads, the
// allocator's policy.

#include "base/allocatorpolicy.h"
#include "base/compute.h"
#include "base/studioerror.h"

#include <QTest>

#include <cstdlib>
#include <malloc.h>

using namespace latent;

class TestCompute : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void loadsTheChosenBlas();
    void resolvesDevices();
    void setsThreads();
    void allocatorLeftAloneWhenAsked();
    void allocatorKeepsLargeBlocks();
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

namespace {
// Blocks malloc serves from fresh mappings, now: each is handed back to the
// system when freed, and faulted in again when next asked for.
int mappedBlocks() { return mallinfo2().hblks; }
constexpr std::size_t kBlock = 48u << 20; // a 64x64 DCGAN's activation is up to 32 MiB
} // namespace

// Runs before the policy is applied (Qt Test keeps the declared order).
void TestCompute::allocatorLeftAloneWhenAsked()
{
    qputenv("LATENT_ALLOCATOR", "system");
    applyAllocatorPolicy();
    qunsetenv("LATENT_ALLOCATOR");
    const int before = mappedBlocks();
    void* block = std::malloc(kBlock);
    QVERIFY(block);
    QCOMPARE(mappedBlocks(), before + 1); // glibc's own rule: a block this large is mapped
    std::free(block);
}

void TestCompute::allocatorKeepsLargeBlocks()
{
    applyAllocatorPolicy();
    const int before = mappedBlocks();
    void* block = std::malloc(kBlock);
    QVERIFY(block);
    QCOMPARE(mappedBlocks(), before); // from malloc's heap, kept for reuse when freed
    std::free(block);
    releaseKeptMemory();
}

QTEST_GUILESS_MAIN(TestCompute)
#include "tst_compute.moc"
