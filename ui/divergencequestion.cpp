// SPDX-License-Identifier: MIT
#include "divergencequestion.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace latent {

void askAboutDivergence(QWidget* parent, const QString& message, std::function<void(bool goBack)> answered)
{
    auto* box = new QMessageBox(
        QMessageBox::Warning, QCoreApplication::translate("latent::MainWindow", "Training diverged"),
        message
            + QCoreApplication::translate("latent::MainWindow", "\n\nGo back to the last good checkpoint? You can "
                                                                "lower the learning rates on the Training tab before "
                                                                "resuming."),
        QMessageBox::NoButton, parent);
    QPushButton* back = box->addButton(QCoreApplication::translate("latent::MainWindow", "Go back"),
                                       QMessageBox::AcceptRole);
    box->addButton(QCoreApplication::translate("latent::MainWindow", "Stop training"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName("divergedDialog");
    QObject::connect(box, &QMessageBox::finished, box,
                     [box, back, answered] { answered(box->clickedButton() == back); });
    box->open();
}

} // namespace latent
