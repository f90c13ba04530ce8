// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cliutil.h"

#include "core/storage/projectfile.h"

#include <QCoreApplication>

namespace taktflow::app::cli {

namespace {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &args, CliIo &io,
                                qsizetype minPositional, qsizetype maxPositional)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(args)) {
        io.err << parser.errorText() << '\n' << Cli::tr("Try '%1 --help'.").arg(args.value(0)) << '\n';
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        // QCommandLineParser::helpText() starts with "Usage: <program as invoked>": the command stands for it.
        QString text = parser.helpText();
        const QString usage = QStringLiteral("Usage: ") + QCoreApplication::arguments().value(0);
        if (text.startsWith(usage))
            text.replace(0, usage.size(), QStringLiteral("Usage: taktflow-cli ") + args.value(0));
        io.out << text;
        return ExitOk;
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < minPositional || count > maxPositional) {
        io.err << Cli::tr("%1: wrong number of arguments").arg(args.value(0)) << '\n'
               << Cli::tr("Try 'taktflow-cli %1 --help'.").arg(args.value(0)) << '\n';
        return ExitUsage;
    }
    return std::nullopt;
}

std::optional<core::Project> loadProject(const QString &path, CliIo &io)
{
    core::LoadedProject loaded = core::openProject(path);
    if (!loaded.result) {
        io.err << loaded.result.message << '\n';
        return std::nullopt;
    }
    return std::move(loaded.project);
}

core::Variant *findVariantOrReport(core::Project &project, const QString &name, const QString &path, CliIo &io)
{
    if (core::Variant *variant = project.findVariant(name))
        return variant;
    QStringList names;
    for (const auto &variant : project.variants)
        names << variant.name;
    io.err << Cli::tr("%1: no variant named '%2' (variants: %3)").arg(path, name, names.join(QStringLiteral(", ")))
           << '\n';
    return nullptr;
}

} // namespace taktflow::app::cli
