// SPDX-License-Identifier: MIT
// OneDnnConvTranspose2d computes what torch::nn::ConvTranspose2d computes:
// the same output and the same gradients (to float rounding), for every
// transposed convolution shape the studio's networks use, and it keeps the
// plain module's parameters and archive keys.

#include "models/onednnconvtranspose.h"

#include <QtTest>

using namespace latent;

class TestOneDnnConvTranspose : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesLibTorch_data();
    void matchesLibTorch();
    void noGradInferenceIsLibTorchsOwn();
};

void TestOneDnnConvTranspose::matchesLibTorch_data()
{
    QTest::addColumn<int>("in");
    QTest::addColumn<int>("out");
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("kernel");
    QTest::addColumn<int>("stride");
    QTest::addColumn<int>("padding");
    QTest::newRow("z to the base (1x1 -> 4x4)") << 100 << 256 << 1 << 4 << 1 << 0;
    QTest::newRow("doubling (7 -> 14)") << 128 << 64 << 7 << 4 << 2 << 1;
    QTest::newRow("double less one (4 -> 7)") << 256 << 128 << 4 << 3 << 2 << 1;
    QTest::newRow("to the image: LibTorch's path") << 64 << 3 << 16 << 4 << 2 << 1;
}

void TestOneDnnConvTranspose::matchesLibTorch()
{
    QFETCH(int, in);
    QFETCH(int, out);
    QFETCH(int, size);
    QFETCH(int, kernel);
    QFETCH(int, stride);
    QFETCH(int, padding);
    torch::manual_seed(3);
    const auto options = torch::nn::ConvTranspose2dOptions(in, out, kernel).stride(stride).padding(padding).bias(false);
    torch::nn::ConvTranspose2d plain(options);
    OneDnnConvTranspose2d fast(options);
    {
        torch::NoGradGuard noGrad;
        fast->weight.copy_(plain->weight);
    }
    const torch::Tensor x = torch::randn({8, in, size, size});
    const torch::Tensor xPlain = x.clone().requires_grad_(true), xFast = x.clone().requires_grad_(true);
    const torch::Tensor yPlain = plain->forward(xPlain), yFast = fast->forward(xFast);
    QCOMPARE(yFast.sizes().vec(), yPlain.sizes().vec());
    QVERIFY(torch::allclose(yFast, yPlain, 1e-4, 1e-4));
    const torch::Tensor upstream = torch::randn_like(yPlain);
    (yPlain * upstream).sum().backward();
    (yFast * upstream).sum().backward();
    QVERIFY(torch::allclose(xFast.grad(), xPlain.grad(), 1e-4, 1e-4));
    const double scale = plain->weight.grad().abs().max().item<double>();
    QVERIFY((fast->weight.grad() - plain->weight.grad()).abs().max().item<double>() < 1e-4 * scale);
    // Same parameter names: checkpoints of either load into the other.
    QCOMPARE(fast->named_parameters().keys(), plain->named_parameters().keys());
}

// Without gradients (the explorer, exports) the module is LibTorch's own:
// bit for bit what an exported TorchScript generator computes.
void TestOneDnnConvTranspose::noGradInferenceIsLibTorchsOwn()
{
    torch::manual_seed(4);
    const auto options = torch::nn::ConvTranspose2dOptions(128, 64, 4).stride(2).padding(1).bias(false);
    torch::nn::ConvTranspose2d plain(options);
    OneDnnConvTranspose2d fast(options);
    torch::NoGradGuard noGrad;
    fast->weight.copy_(plain->weight);
    const torch::Tensor x = torch::randn({4, 128, 7, 7});
    QVERIFY(torch::equal(fast->forward(x), plain->forward(x)));
}

QTEST_GUILESS_MAIN(TestOneDnnConvTranspose)
#include "tst_onednnconvtranspose.moc"
