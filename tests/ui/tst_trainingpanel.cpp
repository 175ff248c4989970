// SPDX-License-Identifier: MIT
// The Training tab's live settings: learning rates and D steps reach a
// running optimiser only once an edit is done, and never as 0.

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

QTEST_MAIN(TestTrainingPanel)
#include "tst_trainingpanel.moc"
