// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/common/appinfo.h"
#include "app/document/projectdocument.h"
#include "app/gui/guioptions.h"
#include "app/gui/mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    taktflow::app::setApplicationInfo();
    taktflow::app::installTranslations(application);

    taktflow::app::GuiOptions options;
    if (const auto exitCode = taktflow::app::parseGuiOptions(QApplication::arguments(), &options))
        return *exitCode;

    taktflow::app::ProjectDocument document;
    taktflow::app::MainWindow window(&document);
    if (const auto exitCode = taktflow::app::applyGuiOptions(options, window, document))
        return *exitCode;
    window.show();
    if (!options.screenshotPath.isEmpty())
        taktflow::app::scheduleScreenshot(window, options.screenshotPath);
    else
        window.offerRecovery();
    return QApplication::exec();
}
