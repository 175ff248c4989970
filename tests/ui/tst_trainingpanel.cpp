// SPDX-License-Identifier: MIT
// The Training tab's live settings: learning rates and D steps reach a
// running optimiser only once an edit is done, and never as 0. The GAN
// training aids (weight average, augmentation) round-trip and apply to GANs.
// The grid's classes are picked from the data's, at most ten, live. Rates
// left at their default follow the image size on the Model tab.

#include "trainingpanel.h"

#include "classchoicebutton.h"
#include "settingstabs.h"

#include "project/projectconfig.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

using namespace latent;

class TestTrainingPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void typedRatesApplyWhenTheEditIsDone();
    void aRateOfZeroCannotBeEntered();
    void ganTrainingAidsRoundTrip();
    void gridClassesArePickedLive();
    void defaultRatesFollowTheImageSize();
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
    config.classGuide = 0.5;
    panel.load(config);
    TrainingConfig stored;
    panel.store(stored);
    QCOMPARE(stored.emaKimg, 2.5);
    QCOMPARE(stored.emaRamp, 0.1);
    QCOMPARE(stored.augment, std::string("cutout"));
    QCOMPARE(stored.classGuide, 0.5);
    config.classGuide = TrainingConfig::kClassGuideAuto;
    panel.load(config);
    panel.store(stored);
    QCOMPARE(stored.classGuide, TrainingConfig::kClassGuideAuto);

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

void TestTrainingPanel::gridClassesArePickedLive()
{
    TrainingPanel panel;
    TrainingConfig config = ProjectConfig::defaults().training;
    config.gridClasses = {"Bag", "Dragon"}; // Dragon: not in the data as read now
    panel.load(config);
    QStringList classes;
    for (int i = 0; i < 12; ++i)
        classes << QString("class %1").arg(i);
    classes << "Bag";
    panel.setDataClasses(classes);
    auto* button = panel.findChild<ClassChoiceButton*>();
    QVERIFY(button);
    QCOMPARE(button->text(), QString("Bag, Dragon"));
    QMenu* menu = button->menu();
    const auto action = [menu](const QString& text) -> QAction* {
        for (QAction* a : menu->actions())
            if (a->text() == text)
                return a;
        return nullptr;
    };
    QVERIFY(action("Dragon") && action("Dragon")->isChecked()); // kept, to be unticked

    panel.setTraining(true);
    QSignalSpy live(&panel, &TrainingPanel::gridClassesChanged);
    action("Dragon")->trigger();
    QCOMPARE(live.count(), 1);
    QCOMPARE(live.last().at(0).toStringList(), QStringList{"Bag"});
    for (int i = 0; i < 12; ++i) // past ten, the rest are greyed
        if (action(classes[i])->isEnabled())
            action(classes[i])->trigger();
    QCOMPARE(live.last().at(0).toStringList().size(), TrainingConfig::kMaxGridClasses);
    QVERIFY(!action("class 11")->isEnabled());
    QVERIFY(action("class 0")->isEnabled()); // ticked ones can be unticked
    TrainingConfig stored;
    panel.store(stored);
    QCOMPARE(stored.gridClasses.front(), std::string("Bag"));
    QCOMPARE(int(stored.gridClasses.size()), TrainingConfig::kMaxGridClasses);

    action("Spread over all the classes")->trigger();
    QCOMPARE(live.last().at(0).toStringList(), QStringList{});
    QCOMPARE(button->text(), QString("Spread over all the classes"));
    panel.store(stored);
    QVERIFY(stored.gridClasses.empty());

    // An unconditional model has no grid classes to pick.
    ModelSpec unconditional;
    panel.setModel(unconditional);
    QVERIFY(!button->isEnabled());
}

void TestTrainingPanel::defaultRatesFollowTheImageSize()
{
    SettingsTabs tabs;
    tabs.showSettings(ProjectConfig::defaults());
    QComboBox* size = nullptr;
    for (QComboBox* box : tabs.findChildren<QComboBox*>())
        if (box->findData(64) >= 0 && box->findData(28) >= 0)
            size = box;
    QVERIFY(size);
    const auto rate = [&tabs] { return tabs.settings(ProjectConfig::defaults()).training.lrG; };
    QCOMPARE(rate(), 8e-4);
    size->setCurrentIndex(size->findData(64));
    QCOMPARE(rate(), 4e-4);
    QCOMPARE(tabs.settings(ProjectConfig::defaults()).training.lrD, 4e-4);
    size->setCurrentIndex(size->findData(32));
    QCOMPARE(rate(), 8e-4);

    ProjectConfig chosen = ProjectConfig::defaults();
    chosen.training.lrG = chosen.training.lrD = 3e-4; // the user's: stays
    tabs.showSettings(chosen);
    size->setCurrentIndex(size->findData(64));
    QCOMPARE(rate(), 3e-4);
}

QTEST_MAIN(TestTrainingPanel)
#include "tst_trainingpanel.moc"
