// SPDX-License-Identifier: MIT
#include "aboutbox.h"

#include "base/compute.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMessageBox>

namespace latent {

void showAboutBox(QWidget* parent)
{
    QMessageBox box(parent);
    box.setObjectName("aboutBox");
    box.setWindowTitle(QCoreApplication::translate("latent::AboutBox", "About Latent Studio"));
    box.setIconPixmap(parent->windowIcon().pixmap(96, 96));
    box.setText(QCoreApplication::translate("latent::AboutBox", "<h3>Latent Studio %1</h3>"
                                "<p>Train generative image models (GANs and VAEs) on your own images, watch them "
                                "learn, explore what they learned and export the results.</p>")
                    .arg(QApplication::applicationVersion().toHtmlEscaped()));
    const std::string runtime = compute::describeRuntime(compute::resolveDevice("auto"), compute::defaultThreadCount());
    box.setInformativeText(QCoreApplication::translate(
                               "latent::AboutBox", "<p>Built with Qt %1, LibTorch, OpenCV and QCustomPlot.<br>%2</p>"
                                                   "<p>Free software under the MIT licence.</p>")
                               .arg(QString::fromLatin1(qVersion()), QString::fromStdString(runtime).toHtmlEscaped()));
    box.setStandardButtons(QMessageBox::Close);
    box.exec();
}

} // namespace latent
