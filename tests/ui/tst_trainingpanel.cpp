// SPDX-License-Identifier: MIT
// The Training tab's live settings: learning rates and D steps reach a
// running optimiser only once an edit is done, and never as 0. The GAN
// training aids (weight average, augmentation) round-trip and apply to GANs.

#include "trainingpanel.h"

#include "project/projectconfig.h"

#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QTest>

using namespace latent;

class TestTrainingPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void typedRatesApplyWhenTheEditIsDone();
    void aRateOfZeroCannotBeEntered();
    void ganTrainingAidsRoundTrip();
};

namespace {
QDoubleSpinBox* learningRateG(TrainingPanel& panel)
{
    // The first rate box on the tab is the generator's.
    for (QDoubleSpinBox* box : panel.findChildren<QDoubleSpinBox*>())
        if (box->decimals() == 6)
            return box;
    return nullptr;
}
} // namespace

void TestTrainingPanel::typedRatesApplyWhenTheEditIsDone()
{
    TrainingPanel panel;
    panel.load(ProjectConfig::defaults().training);
    panel.setTraining(true);
    panel.show();
    QSignalSpy live(&panel, &TrainingPanel::liveSettingsChanged);
    QDoubleSpinBox* rate = learningRateG(panel);
    QVERIFY(rate);
    rate->setFocus();
    rate->selectAll();
    QTest::keyClicks(rate, "0.0005"); // "0", "0.", "0.0"...: none of them sent
    QCOMPARE(live.count(), 0);
    QTest::keyClick(rate, Qt::Key_Return);
    QCOMPARE(live.count(), 1);
    QCOMPARE(live.first().at(0).toDouble(), 0.0005);
}

void TestTrainingPanel::aRateOfZeroCannotBeEntered()
{
    TrainingPanel panel;
    panel.load(ProjectConfig::defaults().training);
    panel.setTraining(true);
    panel.show();
    QSignalSpy live(&panel, &TrainingPanel::liveSettingsChanged);
    QDoubleSpinBox* rate = learningRateG(panel);
    rate->setFocus();
    rate->selectAll();
    QTest::keyClicks(rate, "0");
    QTest::keyClick(rate, Qt::Key_Return);
    TrainingConfig stored;
    panel.store(stored);
    QVERIFY2(stored.lrG > 0.0, "a learning rate of 0 reached the settings");
    for (const QList<QVariant>& call : live)
        QVERIFY(call.at(0).toDouble() > 0.0);
    ProjectConfig config = ProjectConfig::defaults();
    config.training = stored;
    config.validate(); // what Train checks: no exception
}

void TestTrainingPanel::ganTrainingAidsRoundTrip()
{
    TrainingPanel panel;
    TrainingConfig config = ProjectConfig::defaults().training;
    config.emaKimg = 2.5;
    config.emaRamp = 0.1;
    config.augment = "cutout"; // a list written by hand shows as itself
    panel.load(config);
    TrainingConfig stored;
    panel.store(stored);
    QCOMPARE(stored.emaKimg, 2.5);
    QCOMPARE(stored.emaRamp, 0.1);
    QCOMPARE(stored.augment, std::string("cutout"));

    // Without an average the ramp is off; a VAE has neither.
    config.emaKimg = 0;
    panel.load(config);
    auto boxWithSpecialText = [&panel](const QString& text) -> QDoubleSpinBox* {
        for (QDoubleSpinBox* box : panel.findChildren<QDoubleSpinBox*>())
            if (box->specialValueText() == text)
                return box;
        return nullptr;
    };
    QDoubleSpinBox* average = boxWithSpecialText("off");
    QDoubleSpinBox* ramp = boxWithSpecialText("no ramp");
    QVERIFY(average && ramp);
    QVERIFY(average->isEnabled());
    QVERIFY(!ramp->isEnabled());
    average->setValue(10);
    QVERIFY(ramp->isEnabled());
    ModelSpec vae;
    vae.family = ModelSpec::Family::Vae;
    panel.setModel(vae);
    QVERIFY(!average->isEnabled());
    QVERIFY(!ramp->isEnabled());
}

QTEST_MAIN(TestTrainingPanel)
#include "tst_trainingpanel.moc"
