// SPDX-License-Identifier: MIT
#include "torchscriptconsent.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace latent {

bool askToRunTorchScript(QWidget* parent, const QString& path)
{
    const QString title = QCoreApplication::translate("latent::TorchScriptConsent", "Run this file?");
    const QString text = QCoreApplication::translate(
        "latent::TorchScriptConsent",
        "TorchScript files are programs: loading %1 runs the code inside it with your permissions, and it can read "
        "or change your files.\n\nOpen it only if it comes from someone you trust.");
    QMessageBox ask(QMessageBox::Warning, title, text.arg(QFileInfo(path).fileName()), QMessageBox::Cancel, parent);
    ask.setObjectName("generatorConsentDialog");
    QPushButton* load = ask.addButton(QCoreApplication::translate("latent::TorchScriptConsent", "Load and Run"),
                                      QMessageBox::AcceptRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    return ask.clickedButton() == load;
}

} // namespace latent
