// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"
#include "app/common/appinfo.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    taktflow::app::setApplicationInfo();
    taktflow::app::installTranslations(application);
    QTextStream out(stdout);
    QTextStream err(stderr);
    taktflow::app::cli::CliIo io{out, err};
    return taktflow::app::cli::runCli(QCoreApplication::arguments(), io);
}
