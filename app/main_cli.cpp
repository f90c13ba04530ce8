// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"
#include "app/common/appinfo.h"

#include <QGuiApplication>

#include <cstring>
#include <memory>

namespace {

/** Commands that paint (reports, drawings) need fonts, hence a QGuiApplication. */
bool needsGui(int argc, char *argv[])
{
    return argc > 1 && std::strcmp(argv[1], "report") == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (needsGui(argc, argv)) {
        // Headless by design: never needs a display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    taktflow::app::setApplicationInfo();
    taktflow::app::installTranslations(*application);
    QTextStream out(stdout);
    QTextStream err(stderr);
    taktflow::app::cli::CliIo io{out, err};
    return taktflow::app::cli::runCli(QCoreApplication::arguments(), io);
}
