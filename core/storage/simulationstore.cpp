// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/simulationstore.h"

#include "core/io/simulationjson.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>
#include <limits>
#include <utility>

namespace taktflow::core::storage {

namespace {

using sqlite::Result;
using sqlite::Statement;

class SimulationStoreMessages
{
    Q_DECLARE_TR_FUNCTIONS(Storage)

public:
    static QString line(const QString &variantId, const QString &lineId, const QString &problem)
    {
        return tr("variant '%1', line '%2': %3").arg(variantId, lineId, problem);
    }
    static QString parameters(const QString &variantId, const QString &lineId, const QString &problem)
    {
        return line(variantId, lineId, tr("simulation parameters: %1").arg(problem));
    }
    static QString result(const QString &variantId, const QString &lineId, const QString &problem)
    {
        return line(variantId, lineId, tr("last simulation result: %1").arg(problem));
    }
};

Result fail(const QString &message)
{
    return Result::failure(message);
}

/** A finished statement's SQL or type problem, as "table x: ..."; empty when fine. */
QString statementProblem(const Statement &query, const char *table)
{
    const QString problem = !query.isValid() || !query.error().isEmpty() ? query.error() : query.typeError();
    return problem.isEmpty() ? QString()
                             : SimulationStoreMessages::tr("table %1: %2").arg(QLatin1String(table), problem);
}

/** The summary's numbers with their column names ("stations[1].paused" for the shares). */
std::vector<std::pair<QString, double>> summaryNumbers(const SimulationSummary &s)
{
    std::vector<std::pair<QString, double>> numbers{
        {QStringLiteral("simulated_s"), s.simulatedS},
        {QStringLiteral("throughput_per_hour_mean"), s.throughputPerHourMean},
        {QStringLiteral("throughput_per_hour_low"), s.throughputPerHourLow},
        {QStringLiteral("throughput_per_hour_high"), s.throughputPerHourHigh},
        {QStringLiteral("output_units_mean"), s.outputUnitsMean},
        {QStringLiteral("wip_mean"), s.wipMean},
        {QStringLiteral("lead_time_mean_s"), s.leadTimeMeanS},
        {QStringLiteral("lead_time_p95_s"), s.leadTimeP95S},
    };
    const char *const shareNames[] = {"working", "starved", "blocked", "failed", "setup", "paused", "bottleneck_share"};
    for (std::size_t i = 0; i < s.stations.size(); ++i) {
        const SimulationSummary::StationShares &st = s.stations[i];
        const double shares[] = {st.working, st.starved, st.blocked,        st.failed,
                                 st.setup,   st.paused,  st.bottleneckShare};
        for (std::size_t k = 0; k < std::size(shares); ++k)
            numbers.emplace_back(QStringLiteral("stations[%1].%2").arg(i).arg(QLatin1String(shareNames[k])), shares[k]);
    }
    return numbers;
}

/** The first figure of the summary that is not a finite number, as "wip_mean is not ..."; or empty. */
QString nonFiniteFigure(const SimulationSummary &s)
{
    for (const auto &[name, value] : summaryNumbers(s)) {
        if (!std::isfinite(value))
            return SimulationStoreMessages::tr("%1 is not a finite number").arg(name);
    }
    return {};
}

sqlite::ValueResult<QString> parametersText(const SimulationParameters &parameters)
{
    const auto text = io::simulationParametersToText(parameters);
    if (!text)
        return sqlite::ValueResult<QString>::failure(text.message);
    if (text->size() > sqlite::kMaxTextBytes)
        return sqlite::ValueResult<QString>::failure(
            SimulationStoreMessages::tr("%1 KiB as text, more than the limit of %2 KiB (fewer empirical samples?)")
                .arg(text->size() / 1024)
                .arg(sqlite::kMaxTextBytes / 1024));
    return {QString::fromUtf8(*text), {}};
}

Result writeResult(Statement &result, Statement &station, const Variant &v, const ProductionLine &l)
{
    const SimulationSummary &s = *l.lastSimulation;
    if (const QString figure = nonFiniteFigure(s); !figure.isEmpty())
        return fail(SimulationStoreMessages::result(v.id, l.id, figure));
    const auto parameters = parametersText(s.parameters);
    if (!parameters)
        return fail(SimulationStoreMessages::result(v.id, l.id, parameters.message));
    int column = 0;
    for (const QString &text : {v.id, l.id, *parameters, s.inputFingerprint, s.ranAtUtc})
        result.bind(++column, text);
    result.bind(++column, s.replications);
    for (double value : {s.simulatedS, s.throughputPerHourMean, s.throughputPerHourLow, s.throughputPerHourHigh,
                         s.outputUnitsMean, s.wipMean, s.leadTimeMeanS, s.leadTimeP95S})
        result.bind(++column, value);
    result.bind(++column, s.bottleneck);
    if (!result.run())
        return fail(result.error());
    for (std::size_t pos = 0; pos < s.stations.size(); ++pos) {
        const SimulationSummary::StationShares &st = s.stations[pos];
        station.bind(1, v.id);
        station.bind(2, l.id);
        station.bind(3, std::int64_t(pos));
        station.bind(4, st.name);
        column = 4;
        for (double share : {st.working, st.starved, st.blocked, st.failed, st.setup, st.paused, st.bottleneckShare})
            station.bind(++column, share);
        if (!station.run())
            return fail(station.error());
    }
    return Result::success();
}

/** Finds lines by variant and line id. */
class LineIndex
{
public:
    explicit LineIndex(Project &project)
    {
        for (Variant &v : project.variants) {
            for (ProductionLine &l : v.lines)
                mLines.insert(key(v.id, l.id), &l);
        }
    }
    ProductionLine *find(const QString &variantId, const QString &lineId) const
    {
        return mLines.value(key(variantId, lineId), nullptr);
    }

private:
    static QString key(const QString &variantId, const QString &lineId) { return variantId + QChar(0) + lineId; }
    QHash<QString, ProductionLine *> mLines;
};

Result readParameters(sqlite::Database &db, const LineIndex &lines)
{
    Statement query(db, "SELECT variant_id, line_id, parameters FROM line_simulation ORDER BY variant_id, line_id");
    while (query.next()) {
        const QString variantId = query.text(0);
        const QString lineId = query.text(1);
        ProductionLine *line = lines.find(variantId, lineId);
        if (!line)
            return fail(SimulationStoreMessages::tr("simulation parameters of missing line '%1' in variant '%2'")
                            .arg(lineId, variantId));
        auto parameters = io::simulationParametersFromText(query.text(2).toUtf8());
        if (!parameters)
            return fail(SimulationStoreMessages::parameters(variantId, lineId, parameters.message));
        line->simulation = std::move(*parameters);
    }
    const QString problem = statementProblem(query, "line_simulation");
    return problem.isEmpty() ? Result::success() : fail(problem);
}

Result readResults(sqlite::Database &db, const LineIndex &lines)
{
    Statement query(db, "SELECT variant_id, line_id, parameters, input_fingerprint, ran_at_utc, replications, "
                        "simulated_s, throughput_per_hour_mean, throughput_per_hour_low, throughput_per_hour_high, "
                        "output_units_mean, wip_mean, lead_time_mean_s, lead_time_p95_s, bottleneck "
                        "FROM line_simulation_result ORDER BY variant_id, line_id");
    while (query.next()) {
        const QString variantId = query.text(0);
        const QString lineId = query.text(1);
        ProductionLine *line = lines.find(variantId, lineId);
        if (!line)
            return fail(SimulationStoreMessages::tr("simulation result of missing line '%1' in variant '%2'")
                            .arg(lineId, variantId));
        auto parameters = io::simulationParametersFromText(query.text(2).toUtf8());
        if (!parameters)
            return fail(SimulationStoreMessages::result(variantId, lineId, parameters.message));
        SimulationSummary s;
        s.parameters = std::move(*parameters);
        s.inputFingerprint = query.text(3);
        s.ranAtUtc = query.text(4);
        const std::int64_t replications = query.integer(5);
        if (replications < 0 || replications > std::numeric_limits<int>::max())
            return fail(SimulationStoreMessages::result(
                variantId, lineId, SimulationStoreMessages::tr("%1 replications is out of range").arg(replications)));
        s.replications = int(replications);
        int column = 6;
        for (double *value :
             {&s.simulatedS, &s.throughputPerHourMean, &s.throughputPerHourLow, &s.throughputPerHourHigh,
              &s.outputUnitsMean, &s.wipMean, &s.leadTimeMeanS, &s.leadTimeP95S})
            *value = query.real(column++);
        s.bottleneck = query.text(column);
        line->lastSimulation = std::move(s);
    }
    if (const QString problem = statementProblem(query, "line_simulation_result"); !problem.isEmpty())
        return fail(problem);

    Statement stations(db, "SELECT variant_id, line_id, pos, name, working, starved, blocked, failed, setup, paused, "
                           "bottleneck_share FROM line_simulation_station ORDER BY variant_id, line_id, pos");
    while (stations.next()) {
        const QString variantId = stations.text(0);
        const QString lineId = stations.text(1);
        ProductionLine *line = lines.find(variantId, lineId);
        if (!line || !line->lastSimulation)
            return fail(SimulationStoreMessages::tr("simulation result station of missing line '%1' in variant '%2'")
                            .arg(lineId, variantId));
        auto &list = line->lastSimulation->stations;
        // Positions are 0..n-1 as written; a gap would shift every later station to the wrong name.
        if (stations.integer(2) != std::int64_t(list.size()))
            return fail(SimulationStoreMessages::result(
                variantId, lineId, SimulationStoreMessages::tr("station %1 is missing").arg(list.size())));
        SimulationSummary::StationShares st;
        st.name = stations.text(3);
        int column = 4;
        for (double *share :
             {&st.working, &st.starved, &st.blocked, &st.failed, &st.setup, &st.paused, &st.bottleneckShare})
            *share = stations.real(column++);
        list.push_back(std::move(st));
    }
    const QString problem = statementProblem(stations, "line_simulation_station");
    return problem.isEmpty() ? Result::success() : fail(problem);
}

} // namespace

Result writeSimulations(sqlite::Database &db, const Project &project)
{
    Statement parameters(db, "INSERT INTO line_simulation VALUES (?,?,?)");
    Statement result(db, "INSERT INTO line_simulation_result VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    Statement station(db, "INSERT INTO line_simulation_station VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    for (const Statement *s : {&parameters, &result, &station}) {
        if (!s->isValid())
            return fail(s->error());
    }
    const SimulationParameters defaults;
    for (const Variant &v : project.variants) {
        for (const ProductionLine &l : v.lines) {
            // Lines that were never set up for simulation leave no row: they read back as defaults.
            if (l.simulation != defaults) {
                const auto text = parametersText(l.simulation);
                if (!text)
                    return fail(SimulationStoreMessages::parameters(v.id, l.id, text.message));
                parameters.bind(1, v.id);
                parameters.bind(2, l.id);
                parameters.bind(3, *text);
                if (!parameters.run())
                    return fail(parameters.error());
            }
            if (l.lastSimulation) {
                if (Result written = writeResult(result, station, v, l); !written)
                    return written;
            }
        }
    }
    return Result::success();
}

Result readSimulations(sqlite::Database &db, Project &project)
{
    const LineIndex lines(project);
    if (Result read = readParameters(db, lines); !read)
        return read;
    if (Result read = readResults(db, lines); !read)
        return read;
    // A crafted file may hold 1e999 (infinity) in a REAL column; such a result could not be saved.
    for (const Variant &v : project.variants) {
        for (const ProductionLine &l : v.lines) {
            if (!l.lastSimulation)
                continue;
            if (const QString figure = nonFiniteFigure(*l.lastSimulation); !figure.isEmpty())
                return fail(SimulationStoreMessages::result(v.id, l.id, figure));
        }
    }
    return Result::success();
}

} // namespace taktflow::core::storage
