// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cmd_exchange.h"

#include "app/cli/cliutil.h"
#include "app/io/dxfoutlines.h"
#include "core/io/projectjson.h"
#include "core/io/tablecsv.h"
#include "core/model/validation.h"
#include "core/storage/projectfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

namespace taktflow::app::cli {

namespace {

// Called as ExchangeCmdTr::tr() by name: lupdate does not follow type aliases to the context.
class ExchangeCmdTr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/** The variant to import into: the named one, created when missing; else the first one. */
core::Variant &targetVariant(core::Project &project, const QString &name)
{
    if (!name.isEmpty()) {
        if (core::Variant *existing = project.findVariant(name))
            return *existing;
    } else if (!project.variants.empty()) {
        return project.variants.front();
    }
    core::Variant created;
    int number = int(project.variants.size()) + 1;
    while (project.findVariant(QStringLiteral("V%1").arg(number)))
        ++number;
    created.id = QStringLiteral("V%1").arg(number);
    // Spelled-out context: lupdate loses the class scope after a core::-qualified return type.
    created.name = name.isEmpty() ? QCoreApplication::translate("Cli", "Variant %1").arg(number) : name;
    project.variants.push_back(created);
    return project.variants.back();
}

core::ProductionLine &firstLine(core::Variant &variant)
{
    if (variant.lines.empty()) {
        core::ProductionLine line;
        line.id = QStringLiteral("L1");
        line.name = QCoreApplication::translate("Cli", "Line 1");
        variant.lines.push_back(line);
    }
    return variant.lines.front();
}

bool parsePositive(const QCommandLineParser &parser, const QCommandLineOption &option, double *value, CliIo &io)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    *value = QLocale::c().toDouble(parser.value(option), &ok);
    if (!ok || !(*value >= 0)) {
        io.err << ExchangeCmdTr::tr("--%1: '%2' is not a non-negative number")
                      .arg(option.names().front(), parser.value(option))
               << '\n';
        return false;
    }
    return true;
}

bool writeText(const QString &path, const QString &text, CliIo &io)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        io.err << ExchangeCmdTr::tr("%1: %2").arg(path, file.errorString()) << '\n';
        return false;
    }
    return true;
}

/** "LAYER=type,LAYER=type"; an empty map text picks the layers whose names suggest a type. */
std::optional<QMap<QString, core::ItemType>> layerTypes(const QString &text, const QStringList &layers, CliIo &io)
{
    QMap<QString, core::ItemType> map;
    if (text.isEmpty()) {
        for (const QString &layer : layers) {
            if (const auto type = core::io::itemTypeForLayer(layer))
                map.insert(layer, *type);
        }
        if (map.isEmpty())
            io.err << ExchangeCmdTr::tr("--dxf-layers: no layer name suggests an item type; the drawing has: %1")
                          .arg(layers.join(QStringLiteral(", ")))
                   << '\n';
        return map.isEmpty() ? std::nullopt : std::optional(map);
    }
    for (const QString &entry : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = entry.lastIndexOf(QLatin1Char('='));
        const QString layer = entry.left(eq).trimmed();
        const auto type = eq > 0 ? core::itemTypeFromName(entry.mid(eq + 1)) : std::nullopt;
        if (!type) {
            io.err << ExchangeCmdTr::tr("--dxf-layers: '%1' is not LAYER=TYPE with a type of: %2")
                          .arg(entry,
                               ExchangeCmdTr::tr(
                                   "machine, workstation, conveyor, storage, rack, aisle, wall, column, zone, dock"))
                   << '\n';
            return std::nullopt;
        }
        if (!layers.contains(layer)) {
            io.err << ExchangeCmdTr::tr("--dxf-layers: the drawing has no closed polylines on layer '%1'; it has: %2")
                          .arg(layer, layers.join(QStringLiteral(", ")))
                   << '\n';
            return std::nullopt;
        }
        map.insert(layer, *type);
    }
    return map;
}

int importDxfItems(const QString &path, const QString &layerMap, const QString &units, const core::Variant &variant,
                   std::vector<core::LayoutItem> &items, CliIo &io)
{
    const io::DxfOutlines drawing = io::readDxfOutlines(path);
    if (!drawing.ok()) {
        io.err << drawing.error << '\n';
        return ExitBadInput;
    }
    core::io::OutlineImportOptions options;
    if (!units.isEmpty()) {
        const auto scale = io::metresPerUnitFromName(units);
        if (!scale) {
            io.err << ExchangeCmdTr::tr("--dxf-units: '%1' is neither mm nor m").arg(units) << '\n';
            return ExitUsage;
        }
        options.metresPerUnit = *scale;
    } else if (drawing.declaredMetresPerUnit) {
        options.metresPerUnit = *drawing.declaredMetresPerUnit;
    } else {
        io.err << ExchangeCmdTr::tr("%1: the drawing does not say its units; give --dxf-units mm or m").arg(path)
               << '\n';
        return ExitUsage;
    }
    const auto map = layerTypes(layerMap, drawing.layers, io);
    if (!map)
        return layerMap.isEmpty() ? ExitBadInput : ExitUsage;
    options.layerTypes = *map;
    QStringList taken;
    for (const auto &item : variant.items)
        taken << item.id;
    const core::io::ImportReport report = core::io::itemsFromOutlines(drawing.outlines, options, taken, path, items);
    for (const auto &error : report.errors)
        io.err << error << '\n';
    if (!report.ok())
        return ExitBadInput;
    if (drawing.arcSegments > 0)
        io.err << ExchangeCmdTr::tr("warning: %1: %2 outlines have arc segments, imported as straight edges")
                      .arg(path)
                      .arg(drawing.arcSegments)
               << '\n';
    return ExitOk;
}

int exportJson(const QString &path, const QString &outPath, CliIo &io)
{
    auto project = loadProject(path, io);
    if (!project)
        return ExitBadInput;
    const QByteArray json = core::io::projectToJsonText(*project);
    if (outPath.isEmpty()) {
        io.out << QString::fromUtf8(json);
        return ExitOk;
    }
    if (!writeText(outPath, QString::fromUtf8(json), io))
        return ExitBadInput;
    io.out << ExchangeCmdTr::tr("Wrote %1").arg(outPath) << '\n';
    return ExitOk;
}

} // namespace

int runImportCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ExchangeCmdTr::tr(
        "Replace the tasks, items and/or flows of a variant from CSV files (UTF-8, header row, any column order). "
        "The variant is created when missing; a bad row is reported as FILE:LINE and nothing is written."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 ExchangeCmdTr::tr("The .taktflow project file (created if missing)."));
    const QCommandLineOption variantOption(QStringLiteral("variant"), ExchangeCmdTr::tr("Variant name."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption tasksOption(QStringLiteral("tasks"),
                                         ExchangeCmdTr::tr("tasks.csv: id,name,time_s,predecessors[,automated]."),
                                         QStringLiteral("CSV"));
    const QCommandLineOption itemsOption(
        QStringLiteral("items"),
        ExchangeCmdTr::tr(
            "items.csv: id,name,type,x_m,y_m,width_m,depth_m[,rotation_deg,height_m,automated,power_kw]."),
        QStringLiteral("CSV"));
    const QCommandLineOption flowsOption(QStringLiteral("flows"),
                                         ExchangeCmdTr::tr("flows.csv: from,to,units_per_period[,product]."),
                                         QStringLiteral("CSV"));
    const QCommandLineOption demandOption(QStringLiteral("demand"), ExchangeCmdTr::tr("Demand in units per period."),
                                          QStringLiteral("N"));
    const QCommandLineOption availableOption(QStringLiteral("available-time-s"),
                                             ExchangeCmdTr::tr("Available production time per period in seconds."),
                                             QStringLiteral("T"));
    const QCommandLineOption dxfOption(QStringLiteral("dxf"),
                                       ExchangeCmdTr::tr("Add the closed polylines of a DXF drawing as layout items."),
                                       QStringLiteral("DXF"));
    const QCommandLineOption dxfLayersOption(
        QStringLiteral("dxf-layers"),
        ExchangeCmdTr::tr("Layers to import and their item types, e.g. MACHINES=machine,BENCHES=workstation "
                          "(default: the layers whose names suggest a type)."),
        QStringLiteral("MAP"));
    const QCommandLineOption dxfUnitsOption(
        QStringLiteral("dxf-units"), ExchangeCmdTr::tr("Drawing units, mm or m (default: the file's $INSUNITS)."),
        QStringLiteral("UNITS"));
    parser.addOptions({variantOption, tasksOption, itemsOption, flowsOption, demandOption, availableOption, dxfOption,
                       dxfLayersOption, dxfUnitsOption});
    if (auto stop = parseCommand(parser, args, io, 1, 1))
        return *stop;
    const QString path = parser.positionalArguments().front();

    double demand = 0;
    double available = 0;
    if (!parsePositive(parser, demandOption, &demand, io) || !parsePositive(parser, availableOption, &available, io))
        return ExitUsage;

    core::Project project;
    if (QFileInfo::exists(path)) {
        auto loaded = loadProject(path, io);
        if (!loaded)
            return ExitBadInput;
        project = std::move(*loaded);
    } else {
        project.name = QFileInfo(path).completeBaseName();
    }
    core::Variant &variant = targetVariant(project, parser.value(variantOption));

    core::io::ImportReport report;
    auto merge = [&report](const core::io::ImportReport &more) {
        report.errors << more.errors;
        report.warnings << more.warnings;
    };
    if (parser.isSet(itemsOption)) {
        const QString csv = parser.value(itemsOption);
        std::vector<core::LayoutItem> items;
        merge(core::io::importItems(core::io::readCsvFile(csv), csv, items));
        if (report.ok())
            variant.items = std::move(items);
    }
    if (parser.isSet(dxfOption) && report.ok()) {
        std::vector<core::LayoutItem> dxfItems;
        const int status = importDxfItems(parser.value(dxfOption), parser.value(dxfLayersOption),
                                          parser.value(dxfUnitsOption), variant, dxfItems, io);
        if (status != ExitOk) {
            io.err << ExchangeCmdTr::tr("%1: nothing was written").arg(path) << '\n';
            return status;
        }
        variant.items.insert(variant.items.end(), dxfItems.begin(), dxfItems.end());
    }
    if (parser.isSet(tasksOption)) {
        const QString csv = parser.value(tasksOption);
        std::vector<core::Task> tasks;
        merge(core::io::importTasks(core::io::readCsvFile(csv), csv, tasks));
        if (report.ok()) {
            core::ProductionLine &line = firstLine(variant);
            line.tasks = std::move(tasks);
            line.stations.clear(); // the old assignment names tasks that may be gone
        }
    }
    if (parser.isSet(flowsOption)) {
        const QString csv = parser.value(flowsOption);
        QStringList itemIds;
        for (const auto &item : variant.items)
            itemIds << item.id;
        std::vector<core::MaterialFlow> flows;
        merge(core::io::importFlows(core::io::readCsvFile(csv), csv, itemIds, flows));
        if (report.ok())
            variant.flows = std::move(flows);
    }
    for (const auto &warning : report.warnings)
        io.err << ExchangeCmdTr::tr("warning: %1").arg(warning) << '\n';
    for (const auto &error : report.errors)
        io.err << error << '\n';
    if (!report.ok()) {
        io.err << ExchangeCmdTr::tr("%1: nothing was written").arg(path) << '\n';
        return ExitBadInput;
    }
    if (parser.isSet(demandOption))
        firstLine(variant).demandPerPeriod = demand;
    if (parser.isSet(availableOption)) {
        firstLine(variant).availableTimePerPeriodS = available;
        firstLine(variant).useCalendar = false;
    }

    const auto problems = core::validateProject(project);
    if (!problems.empty()) {
        for (const auto &problem : problems)
            io.err << path << ": " << problem.toString() << '\n';
        io.err << ExchangeCmdTr::tr("%1: nothing was written").arg(path) << '\n';
        return ExitBadInput;
    }
    const core::FileResult saved = core::saveProject(project, path);
    if (!saved) {
        io.err << saved.message << '\n';
        return ExitBadInput;
    }
    const int tasks = variant.lines.empty() ? 0 : int(variant.lines.front().tasks.size());
    io.out << ExchangeCmdTr::tr("%1: variant '%2' now has %3, %4, %5", "file, variant, items, tasks, flows")
                  .arg(path, variant.name, ExchangeCmdTr::tr("%n item(s)", nullptr, int(variant.items.size())),
                       ExchangeCmdTr::tr("%n task(s)", nullptr, tasks),
                       ExchangeCmdTr::tr("%n flow(s)", nullptr, int(variant.flows.size())))
           << '\n';
    return ExitOk;
}

int runExportCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ExchangeCmdTr::tr(
        "Write tasks.csv, items.csv and flows.csv of a variant (--format csv, the default), or the whole project "
        "as JSON for other tools (--format json; structure in docs/json-export.md)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), ExchangeCmdTr::tr("The .taktflow project file."));
    const QCommandLineOption variantOption(QStringLiteral("variant"), ExchangeCmdTr::tr("Variant name (CSV)."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), ExchangeCmdTr::tr("Output folder (CSV; created if missing)."), QStringLiteral("DIR"));
    const QCommandLineOption formatOption(QStringLiteral("format"), ExchangeCmdTr::tr("csv (default) or json."),
                                          QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("output")},
                                       ExchangeCmdTr::tr("JSON output file (default: standard output)."),
                                       QStringLiteral("OUT"));
    parser.addOptions({variantOption, dirOption, formatOption, outOption});
    if (auto stop = parseCommand(parser, args, io, 1, 1))
        return *stop;
    const QString format = parser.value(formatOption);
    if (format == QLatin1String("json"))
        return exportJson(parser.positionalArguments().front(), parser.value(outOption), io);
    if (format != QLatin1String("csv")) {
        io.err << ExchangeCmdTr::tr("--format: '%1' is neither csv nor json").arg(format) << '\n';
        return ExitUsage;
    }
    if (!parser.isSet(variantOption) || !parser.isSet(dirOption)) {
        io.err << ExchangeCmdTr::tr("export needs --variant and --dir") << '\n';
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().front();
    auto project = loadProject(path, io);
    if (!project)
        return ExitBadInput;
    const core::Variant *variant = findVariantOrReport(*project, parser.value(variantOption), path, io);
    if (!variant)
        return ExitBadInput;
    const QDir dir(parser.value(dirOption));
    if (!QDir().mkpath(dir.path())) {
        io.err << ExchangeCmdTr::tr("%1: cannot create the folder").arg(dir.path()) << '\n';
        return ExitBadInput;
    }
    static const std::vector<core::Task> kNoTasks;
    const auto &tasks = variant->lines.empty() ? kNoTasks : variant->lines.front().tasks;
    const bool ok = writeText(dir.filePath(QStringLiteral("tasks.csv")), core::io::exportTasks(tasks), io)
                    && writeText(dir.filePath(QStringLiteral("items.csv")), core::io::exportItems(variant->items), io)
                    && writeText(dir.filePath(QStringLiteral("flows.csv")), core::io::exportFlows(variant->flows), io);
    if (!ok)
        return ExitBadInput;
    io.out << ExchangeCmdTr::tr("Wrote tasks.csv, items.csv and flows.csv to %1").arg(dir.path()) << '\n';
    return ExitOk;
}

} // namespace taktflow::app::cli
