// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include "app/cli/cmd_balance.h"
#include "app/cli/cmd_compare.h"
#include "app/cli/cmd_exchange.h"
#include "app/cli/cmd_kpi.h"
#include "app/cli/cmd_project.h"
#include "app/cli/cmd_qap.h"
#include "app/cli/cmd_report.h"
#include "app/cli/cmd_simulate.h"

#include <QCoreApplication>

#include <array>

namespace taktflow::app::cli {

namespace {

class CliMain
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

struct Command {
    const char *name;
    CommandFn run;
    const char *summary;
};

// The command names are a contract with users' scripts: add, never rename.
constexpr std::array kCommands{
    Command{"new", &runNewCommand, QT_TRANSLATE_NOOP("Cli", "Create an empty project or a copy of the sample")},
    Command{"info", &runInfoCommand, QT_TRANSLATE_NOOP("Cli", "List variants and counts of items, tasks, flows")},
    Command{"validate", &runValidateCommand, QT_TRANSLATE_NOOP("Cli", "Check a project file and its model")},
    Command{"import", &runImportCommand, QT_TRANSLATE_NOOP("Cli", "Replace tasks/items/flows of a variant from CSV")},
    Command{"export", &runExportCommand, QT_TRANSLATE_NOOP("Cli", "Write a variant's tasks/items/flows as CSV")},
    Command{"balance", &runBalanceCommand, QT_TRANSLATE_NOOP("Cli", "Balance a line: SALBP-1 or SALBP-2, exact")},
    Command{"kpi", &runKpiCommand, QT_TRANSLATE_NOOP("Cli", "Key figures of each variant: line, flow, automation, energy")},
    Command{"compare", &runCompareCommand, QT_TRANSLATE_NOOP("Cli", "Compare variants KPI by KPI, with ranking")},
    Command{"report", &runReportCommand, QT_TRANSLATE_NOOP("Cli", "Write a PDF layout report of one or more variants")},
    Command{"qap", &runQapCommand, QT_TRANSLATE_NOOP("Cli", "Solve a QAPLIB quadratic assignment instance")},
    Command{"simulate", &runSimulateCommand,
            QT_TRANSLATE_NOOP("Cli", "Simulate a line: throughput, WIP, lead time, bottleneck, buffer sizing")},
};

void printUsage(QTextStream &stream)
{
    stream << CliMain::tr("Usage: taktflow-cli COMMAND [OPTIONS] [ARGS]") << "\n\n"
           << CliMain::tr("Commands:") << '\n';
    for (const Command &command : kCommands)
        stream << "  " << QString::fromLatin1(command.name).leftJustified(10) << ' '
               << QCoreApplication::translate("Cli", command.summary) << '\n';
    stream << '\n'
           << CliMain::tr("Run 'taktflow-cli COMMAND --help' for a command's options.") << '\n'
           << CliMain::tr("Exit codes: 0 ok, 1 usage error, 2 bad input, 3 no feasible answer.") << '\n';
}

} // namespace

int runCli(const QStringList &args, CliIo &io)
{
    const QString name = args.value(1);
    if (name.isEmpty()) {
        printUsage(io.err);
        return ExitUsage;
    }
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        printUsage(io.out);
        return ExitOk;
    }
    if (name == QLatin1String("--version")) {
        io.out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    for (const Command &command : kCommands) {
        if (name == QLatin1String(command.name))
            return command.run(args.mid(1), io);
    }
    io.err << CliMain::tr("Unknown command '%1'.").arg(name) << '\n';
    printUsage(io.err);
    return ExitUsage;
}

} // namespace taktflow::app::cli
