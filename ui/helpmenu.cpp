// SPDX-License-Identifier: MIT
#include "helpmenu.h"

#include "base/compute.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QWhatsThis>

namespace latent {

void addHelpMenu(QMainWindow* window)
{
    QMenu* help = window->menuBar()->addMenu(QCoreApplication::translate("latent::HelpMenu", "&Help"));
    QAction* whatsThis = QWhatsThis::createAction(window);
    whatsThis->setText(QCoreApplication::translate("latent::HelpMenu", "What's &This?"));
    whatsThis->setShortcut(QKeySequence::WhatsThis);
    whatsThis->setToolTip(QCoreApplication::translate("latent::HelpMenu", "Then click a setting to read what it does"));
    help->addAction(whatsThis);
    help->addSeparator();
    QAction* about = help->addAction(QCoreApplication::translate("latent::HelpMenu", "&About Latent Studio"), window,
                                     [window] { showAboutBox(window); });
    about->setObjectName("actionAbout");
    about->setMenuRole(QAction::AboutRole);
    help->addAction(QCoreApplication::translate("latent::HelpMenu", "About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
}

void showAboutBox(QWidget* parent)
{
    QMessageBox box(parent);
    box.setObjectName("aboutBox");
    box.setWindowTitle(QCoreApplication::translate("latent::HelpMenu", "About Latent Studio"));
    box.setIconPixmap(parent->windowIcon().pixmap(96, 96));
    box.setText(
        QCoreApplication::translate("latent::HelpMenu",
                                    "<h3>Latent Studio %1</h3>"
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
