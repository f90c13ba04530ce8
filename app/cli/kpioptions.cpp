// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/kpioptions.h"

#include "core/automation/salbpbalance.h"

#include <QCoreApplication>

namespace taktflow::app::cli {

namespace {

class KpiOptionText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

QCommandLineOption metricOption()
{
    return QCommandLineOption(QStringLiteral("metric"),
                              KpiOptionText::tr("Distance metric: euclidean, rectilinear or aisle "
                                                "(default: each variant's setting)."),
                              KpiOptionText::tr("METRIC"));
}

std::optional<core::KpiOptions> kpiOptions(const QCommandLineParser &parser, const QCommandLineOption &metric,
                                           CliIo &io)
{
    core::KpiOptions options;
    if (parser.isSet(metric)) {
        options.metric = core::distanceMetricFromName(parser.value(metric));
        if (!options.metric) {
            io.err << KpiOptionText::tr("Unknown metric '%1'; use euclidean, rectilinear or aisle.")
                          .arg(parser.value(metric))
                   << '\n';
            return std::nullopt;
        }
    }
    options.balance = core::exactBalance();
    return options;
}

} // namespace taktflow::app::cli
