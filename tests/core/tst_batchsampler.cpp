// SPDX-License-Identifier: MIT
// BatchSampler: reproducible shuffles, epochs that visit each index at most
// once and drop the remainder, exact resumption from (epoch, position), and
// flips only on request.

#include "data/batchsampler.h"

#include <QtTest>

#include <numeric>
#include <set>
#include <vector>

using latent::BatchSampler;

namespace {

struct Drawn {
    std::int64_t epoch = 0; // the sampler's epoch after the batch was drawn
    BatchSampler::Batch batch;
};

std::vector<Drawn> draw(BatchSampler& sampler, int batches, bool withFlips)
{
    std::vector<Drawn> out;
    for (int i = 0; i < batches; ++i) {
        Drawn d;
        d.batch = sampler.next(withFlips);
        d.epoch = sampler.epoch();
        out.push_back(std::move(d));
    }
    return out;
}

bool sameBatches(const std::vector<Drawn>& a, const std::vector<Drawn>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].batch.indices != b[i].batch.indices || a[i].batch.flip != b[i].batch.flip || a[i].epoch != b[i].epoch)
            return false;
    return true;
}

} // namespace

class TestBatchSampler : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameSequence_data();
    void sameSeedSameSequence();
    void differentSeedsOrEpochsShuffleDifferently();
    void epochsVisitEachIndexOnceAndDropTheRemainder_data();
    void epochsVisitEachIndexOnceAndDropTheRemainder();
    void restoreContinuesTheSameSequence_data();
    void restoreContinuesTheSameSequence();
    void flipsOnlyWhenAsked();
    void flipsAreFairAndReproducible();
    void shardsSplitTheGlobalBatch();
    void shardedPositionsResumeOnAnyWorldSize();
    void balancedClassesComeEvenly();
};

void TestBatchSampler::sameSeedSameSequence_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("batchSize");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("mnist-like") << 1000 << 64 << quint64(1);
    QTest::newRow("small") << 10 << 3 << quint64(7);
    QTest::newRow("huge seed") << 257 << 16 << quint64(0xFFFFFFFFFFFFFFFFull);
}

void TestBatchSampler::sameSeedSameSequence()
{
    QFETCH(int, count);
    QFETCH(int, batchSize);
    QFETCH(quint64, seed);
    BatchSampler a(std::size_t(count), batchSize, seed);
    BatchSampler b(std::size_t(count), batchSize, seed);
    const int batches = 3 * (count / batchSize) + 1; // into a fourth epoch
    const auto first = draw(a, batches, true);
    const auto second = draw(b, batches, true);
    QVERIFY(sameBatches(first, second));
    QCOMPARE(a.epoch(), std::int64_t(3));
    QCOMPARE(a.position(), std::int64_t(batchSize));
}

void TestBatchSampler::differentSeedsOrEpochsShuffleDifferently()
{
    BatchSampler a(500, 500, 1);
    BatchSampler b(500, 500, 2);
    const auto epochA0 = a.next(false).indices;
    const auto epochA1 = a.next(false).indices;
    const auto epochB0 = b.next(false).indices;
    QCOMPARE(epochA0.size(), std::size_t(500));
    QVERIFY2(epochA0 != epochB0, "seeds 1 and 2 gave the same order");
    QVERIFY2(epochA0 != epochA1, "epochs 0 and 1 gave the same order");
    // And the order is a shuffle, not the identity.
    std::vector<std::int64_t> identity(500);
    std::iota(identity.begin(), identity.end(), 0);
    QVERIFY(epochA0 != identity);
    QVERIFY(epochA1 != identity);
}

void TestBatchSampler::epochsVisitEachIndexOnceAndDropTheRemainder_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("batchSize");
    QTest::addColumn<int>("expectedBatchSize"); // clamped to the count
    QTest::newRow("exact fit") << 64 << 8 << 8;
    QTest::newRow("remainder 1") << 10 << 3 << 3;
    QTest::newRow("large remainder") << 100 << 64 << 64;
    QTest::newRow("one batch per epoch") << 7 << 7 << 7;
    QTest::newRow("batch of one") << 5 << 1 << 1;
    QTest::newRow("batch larger than the data") << 5 << 10 << 5;
    QTest::newRow("single item") << 1 << 4 << 1;
}

void TestBatchSampler::epochsVisitEachIndexOnceAndDropTheRemainder()
{
    QFETCH(int, count);
    QFETCH(int, batchSize);
    QFETCH(int, expectedBatchSize);
    BatchSampler sampler(std::size_t(count), batchSize, 3);
    QCOMPARE(sampler.batchSize(), expectedBatchSize);
    const int perEpoch = count / expectedBatchSize;

    for (int epoch = 0; epoch < 4; ++epoch) {
        std::set<std::int64_t> seen;
        for (int b = 0; b < perEpoch; ++b) {
            const auto batch = sampler.next(false);
            QCOMPARE(sampler.epoch(), std::int64_t(epoch));
            QCOMPARE(sampler.position(), std::int64_t(b + 1) * expectedBatchSize);
            QCOMPARE(int(batch.indices.size()), expectedBatchSize);
            for (std::int64_t index : batch.indices) {
                QVERIFY2(index >= 0 && index < count, qPrintable(QString("index %1 out of range").arg(index)));
                QVERIFY2(seen.insert(index).second, qPrintable(QString("index %1 twice in epoch %2").arg(index).arg(epoch)));
            }
        }
        // The remainder (count % batchSize items) is never served.
        QCOMPARE(int(seen.size()), perEpoch * expectedBatchSize);
    }
    QCOMPARE(sampler.epoch(), std::int64_t(3));
    // The next batch starts epoch 4 rather than finishing epoch 3 short.
    const auto next = sampler.next(false);
    QCOMPARE(sampler.epoch(), std::int64_t(4));
    QCOMPARE(sampler.position(), std::int64_t(expectedBatchSize));
    QCOMPARE(int(next.indices.size()), expectedBatchSize);
}

void TestBatchSampler::restoreContinuesTheSameSequence_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("batchSize");
    QTest::addColumn<int>("drawnBefore"); // batches drawn before the "checkpoint"
    QTest::addColumn<bool>("withFlips");
    QTest::newRow("start") << 50 << 8 << 0 << true;
    QTest::newRow("mid first epoch") << 50 << 8 << 3 << true;
    QTest::newRow("end of an epoch") << 50 << 8 << 6 << true; // 6 = batches per epoch
    QTest::newRow("mid later epoch") << 50 << 8 << 17 << false;
    QTest::newRow("remainder 0") << 48 << 8 << 12 << true;
}

void TestBatchSampler::restoreContinuesTheSameSequence()
{
    QFETCH(int, count);
    QFETCH(int, batchSize);
    QFETCH(int, drawnBefore);
    QFETCH(bool, withFlips);
    BatchSampler original(std::size_t(count), batchSize, 99);
    draw(original, drawnBefore, withFlips);
    const std::int64_t epoch = original.epoch();
    const std::int64_t position = original.position();
    const auto expected = draw(original, 20, withFlips);

    // A fresh sampler (as after loading a checkpoint), restored.
    BatchSampler resumed(std::size_t(count), batchSize, 99);
    resumed.next(withFlips); // state that the restore must discard
    resumed.restore(epoch, position);
    QCOMPARE(resumed.epoch(), epoch);
    QCOMPARE(resumed.position(), position);
    const auto actual = draw(resumed, 20, withFlips);
    QVERIFY2(sameBatches(expected, actual),
             qPrintable(QString("restore(%1, %2) did not continue the sequence").arg(epoch).arg(position)));

    // Another seed restored at the same point does not.
    BatchSampler other(std::size_t(count), batchSize, 100);
    other.restore(epoch, position);
    QVERIFY(!sameBatches(expected, draw(other, 20, withFlips)));
}

void TestBatchSampler::flipsOnlyWhenAsked()
{
    BatchSampler sampler(100, 10, 5);
    for (int i = 0; i < 25; ++i) {
        const bool withFlips = i % 2 == 1;
        const auto batch = sampler.next(withFlips);
        QCOMPARE(batch.indices.size(), std::size_t(10));
        if (withFlips) {
            QCOMPARE(batch.flip.size(), std::size_t(10));
            for (std::uint8_t f : batch.flip)
                QVERIFY(f == 0 || f == 1);
        } else {
            QVERIFY2(batch.flip.empty(), "flips were given without being asked for");
        }
    }
    // Asking for flips does not change the order of the indices.
    BatchSampler with(100, 10, 5), without(100, 10, 5);
    for (int i = 0; i < 25; ++i)
        QCOMPARE(with.next(true).indices, without.next(false).indices);
}

void TestBatchSampler::flipsAreFairAndReproducible()
{
    BatchSampler a(1000, 100, 8);
    BatchSampler b(1000, 100, 8);
    int ones = 0, total = 0;
    for (int i = 0; i < 40; ++i) { // four epochs
        const auto flipsA = a.next(true).flip;
        QCOMPARE(flipsA, b.next(true).flip);
        for (std::uint8_t f : flipsA)
            ones += f;
        total += int(flipsA.size());
    }
    QCOMPARE(total, 4000);
    // A fair coin: 4000 tosses land within 45-55% heads all but never.
    QVERIFY2(ones > 1800 && ones < 2200, qPrintable(QString("%1 flips of %2").arg(ones).arg(total)));
}

void TestBatchSampler::shardsSplitTheGlobalBatch()
{
    // Three ranks of 4 take, in rank order, exactly what one sampler of 12
    // takes, flips included, across epoch ends (100 items: 8 steps an epoch).
    BatchSampler alone(100, 12, 7);
    std::vector<BatchSampler> ranks(3, BatchSampler(100, 4, 7));
    for (int r = 0; r < 3; ++r)
        ranks[std::size_t(r)].shard(r, 3);
    for (int step = 0; step < 20; ++step) {
        const BatchSampler::Batch whole = alone.next(true);
        std::vector<std::int64_t> indices;
        std::vector<std::uint8_t> flips;
        for (BatchSampler& rank : ranks) {
            const BatchSampler::Batch part = rank.next(true);
            QCOMPARE(int(part.indices.size()), 4);
            indices.insert(indices.end(), part.indices.begin(), part.indices.end());
            flips.insert(flips.end(), part.flip.begin(), part.flip.end());
        }
        QCOMPARE(indices, whole.indices);
        QCOMPARE(flips, whole.flip);
        for (const BatchSampler& rank : ranks) {
            QCOMPARE(rank.position(), alone.position());
            QCOMPARE(rank.epoch(), alone.epoch());
        }
    }
}

// 90 items of class 0, 10 of class 1: balanced, both come about equally often,
// every item drawn is of a real class, and a restore continues the sequence.
void TestBatchSampler::balancedClassesComeEvenly()
{
    std::vector<int> labels(100, 0);
    for (int i = 90; i < 100; ++i)
        labels[std::size_t(i)] = 1;
    BatchSampler sampler(labels.size(), 10, 3);
    sampler.balanceClasses(labels, 2);
    int rare = 0, total = 0;
    for (int b = 0; b < 200; ++b)
        for (std::int64_t i : sampler.next(false).indices) {
            QVERIFY(i >= 0 && i < 100);
            rare += labels[std::size_t(i)] == 1;
            ++total;
        }
    const double share = double(rare) / total;
    QVERIFY2(share > 0.45 && share < 0.55, qPrintable(QString("the rare class came %1 of the time").arg(share)));

    BatchSampler straight(labels.size(), 10, 3), resumed(labels.size(), 10, 3);
    straight.balanceClasses(labels, 2);
    resumed.balanceClasses(labels, 2);
    for (int b = 0; b < 13; ++b)
        straight.next(false);
    resumed.restore(straight.epoch(), straight.position());
    for (int b = 0; b < 5; ++b)
        QCOMPARE(resumed.next(false).indices, straight.next(false).indices);
}

void TestBatchSampler::shardedPositionsResumeOnAnyWorldSize()
{
    // A position saved by two ranks of 8 continues on one process of 16.
    BatchSampler rank0(200, 8, 3), rank1(200, 8, 3);
    rank0.shard(0, 2);
    rank1.shard(1, 2);
    for (int step = 0; step < 5; ++step)
        rank0.next(false), rank1.next(false);
    BatchSampler resumed(200, 16, 3), reference(200, 16, 3);
    resumed.restore(rank0.epoch(), rank0.position());
    for (int step = 0; step < 5; ++step)
        reference.next(false);
    QCOMPARE(resumed.next(false).indices, reference.next(false).indices);
}

QTEST_GUILESS_MAIN(TestBatchSampler)
#include "tst_batchsampler.moc"
