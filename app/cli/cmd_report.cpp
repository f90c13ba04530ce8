// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cmd_report.h"

#include "app/cli/cliutil.h"
#include "app/render/backgroundpainter.h"
#include "app/render/report/reportwriter.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace taktflow::app::cli {

namespace {

// Called as ReportCmdTr::tr() by name: lupdate does not follow type aliases to the context.
class ReportCmdTr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int runReportCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ReportCmdTr::tr("Write a PDF report of one variant, or a comparison report of several."));
    parser.addPositionalArgument(QStringLiteral("FILE"), ReportCmdTr::tr("The .taktflow project file."));
    const QCommandLineOption variantOption(QStringLiteral("variant"), ReportCmdTr::tr("The variant to report."),
                                           ReportCmdTr::tr("NAME"));
    const QCommandLineOption variantsOption(QStringLiteral("variants"),
                                            ReportCmdTr::tr("Comma-separated variants for a comparison report."),
                                            ReportCmdTr::tr("A,B"));
    const QCommandLineOption pageOption(QStringLiteral("page"), ReportCmdTr::tr("Paper size: A4 (default) or Letter."),
                                        ReportCmdTr::tr("SIZE"), QStringLiteral("A4"));
    const QCommandLineOption landscapeOption(QStringLiteral("landscape"), ReportCmdTr::tr("Landscape pages."));
    const QCommandLineOption scaleOption(
        QStringLiteral("scale"), ReportCmdTr::tr("Layout scale 1:N (e.g. 100, 200); default: the largest that fits."),
        ReportCmdTr::tr("N"));
    const QCommandLineOption metricOption(QStringLiteral("metric"),
                                          ReportCmdTr::tr("Distance metric: euclidean, rectilinear "
                                                          "or aisle (default: each variant's)."),
                                          ReportCmdTr::tr("METRIC"));
    const QCommandLineOption authorOption(QStringLiteral("author"), ReportCmdTr::tr("Author in the title block."),
                                          ReportCmdTr::tr("NAME"));
    const QCommandLineOption revisionOption(QStringLiteral("revision"), ReportCmdTr::tr("Revision in the title block."),
                                            ReportCmdTr::tr("REV"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          ReportCmdTr::tr("The PDF to write."), ReportCmdTr::tr("OUT.pdf"));
    const QCommandLineOption noBackgroundOption(
        QStringLiteral("no-background"),
        ReportCmdTr::tr("Leave the background floor plan out of the layout drawings."));
    parser.addOptions({variantOption, variantsOption, pageOption, landscapeOption, scaleOption, metricOption,
                       authorOption, revisionOption, outputOption, noBackgroundOption});
    if (auto stop = parseCommand(parser, args, io, 1, 1))
        return *stop;
    if (!parser.isSet(outputOption)) {
        io.err << ReportCmdTr::tr("report needs -o OUT.pdf") << '\n';
        return ExitUsage;
    }
    if (parser.isSet(variantOption) && parser.isSet(variantsOption)) {
        io.err << ReportCmdTr::tr("use either --variant or --variants") << '\n';
        return ExitUsage;
    }
    render::ReportOptions options;
    const QString page = parser.value(pageOption).toLower();
    if (page == QLatin1String("a4"))
        options.pageSize = QPageSize(QPageSize::A4);
    else if (page == QLatin1String("letter"))
        options.pageSize = QPageSize(QPageSize::Letter);
    else {
        io.err << ReportCmdTr::tr("--page: '%1' is not A4 or Letter").arg(parser.value(pageOption)) << '\n';
        return ExitUsage;
    }
    options.orientation = parser.isSet(landscapeOption) ? QPageLayout::Landscape : QPageLayout::Portrait;
    if (parser.isSet(scaleOption)) {
        bool ok = false;
        options.scaleDenominator = parser.value(scaleOption).toInt(&ok);
        if (!ok || options.scaleDenominator < 1 || options.scaleDenominator > 100000) {
            io.err
                << ReportCmdTr::tr("--scale: '%1' is not a scale denominator like 100").arg(parser.value(scaleOption))
                << '\n';
            return ExitUsage;
        }
    }
    if (parser.isSet(metricOption)) {
        options.metric = core::distanceMetricFromName(parser.value(metricOption));
        if (!options.metric) {
            io.err << ReportCmdTr::tr("Unknown metric '%1'; use euclidean, rectilinear or aisle.")
                          .arg(parser.value(metricOption))
                   << '\n';
            return ExitUsage;
        }
    }
    options.author = parser.value(authorOption);
    options.revision = parser.value(revisionOption);
    options.showBackground = !parser.isSet(noBackgroundOption);

    const QString path = parser.positionalArguments().front();
    auto project = loadProject(path, io);
    if (!project)
        return ExitBadInput;
    QStringList names;
    if (parser.isSet(variantOption))
        names << parser.value(variantOption);
    else if (parser.isSet(variantsOption))
        names = parser.value(variantsOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    else if (!project->variants.empty())
        names << project->variants.front().name;
    for (const QString &name : names) {
        const core::Variant *variant = findVariantOrReport(*project, name.trimmed(), path, io);
        if (!variant)
            return ExitBadInput;
        options.variantIds << variant->id;
        // A plan that cannot be drawn leaves the report usable; say so rather than drop it silently.
        if (options.showBackground && variant->background) {
            const QString problem = render::backgroundPicture(*variant->background).error;
            if (!problem.isEmpty())
                io.err << ReportCmdTr::tr("%1: variant '%2': background plan not drawn: %3")
                              .arg(path, variant->name, problem)
                       << '\n';
        }
    }
    if (options.variantIds.isEmpty()) {
        io.err << ReportCmdTr::tr("%1: the project has no variants").arg(path) << '\n';
        return ExitBadInput;
    }
    const render::ReportData data = render::buildReportData(*project, options);
    QString error;
    const QString output = parser.value(outputOption);
    if (!render::writeReportPdf(data, output, &error)) {
        io.err << ReportCmdTr::tr("%1: %2").arg(output, error) << '\n';
        return ExitBadInput;
    }
    io.out << ReportCmdTr::tr("Wrote %1").arg(output) << '\n';
    return ExitOk;
}

} // namespace taktflow::app::cli
