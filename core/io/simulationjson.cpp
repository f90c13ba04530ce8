// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/simulationjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <cmath>
#include <limits>

namespace taktflow::core::io {

namespace {

using Kind = TimeDistribution::Kind;

/** One number field of a distribution and the kinds that need it. */
struct NumberField {
    const char *key;
    double TimeDistribution::*member;
    std::initializer_list<Kind> requiredBy;
};

// The mean of a deterministic time is its value: spelt "value_s" there, "mean_s" elsewhere.
const std::array<NumberField, 5> &numberFields()
{
    static const std::array<NumberField, 5> fields{{
        {"mean_s", &TimeDistribution::meanS, {Kind::Exponential, Kind::Normal, Kind::Lognormal}},
        {"sd_s", &TimeDistribution::sdS, {Kind::Normal, Kind::Lognormal}},
        {"min_s", &TimeDistribution::minS, {Kind::Triangular, Kind::Uniform}},
        {"mode_s", &TimeDistribution::modeS, {Kind::Triangular}},
        {"max_s", &TimeDistribution::maxS, {Kind::Triangular, Kind::Uniform}},
    }};
    return fields;
}

bool isRequired(const NumberField &field, Kind kind)
{
    for (Kind k : field.requiredBy) {
        if (k == kind)
            return true;
    }
    return false;
}

constexpr std::array<std::pair<FailureSpec::Mode, const char *>, 3> kFailureModes{{
    {FailureSpec::Mode::None, "none"},
    {FailureSpec::Mode::OperatingTime, "operating_time"},
    {FailureSpec::Mode::Operations, "operations"},
}};

constexpr std::array<std::pair<SourceSpec::Kind, const char *>, 3> kSourceKinds{{
    {SourceSpec::Kind::Saturated, "saturated"},
    {SourceSpec::Kind::AtTakt, "at_takt"},
    {SourceSpec::Kind::Interarrival, "interarrival"},
}};

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &[e, name] : names) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

QString joinKey(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString indexKey(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QJsonValue optionalDistribution(const std::optional<TimeDistribution> &d)
{
    return d ? QJsonValue(distributionToJson(*d)) : QJsonValue(QJsonValue::Null);
}

QJsonObject failureToJson(const FailureSpec &f)
{
    return QJsonObject{
        {QStringLiteral("mode"), nameOf(kFailureModes, f.mode)},
        {QStringLiteral("time_between_failures"), distributionToJson(f.timeBetweenFailures)},
        {QStringLiteral("operations_between_failures"), f.operationsBetweenFailures},
        {QStringLiteral("repair"), distributionToJson(f.repair)},
    };
}

/** Reads typed values out of untrusted JSON, keeping the first problem with its path. */
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(SimulationJson)

public:
    QString error;

    bool fail(const QString &path, const QString &problem)
    {
        if (error.isEmpty())
            error = tr("%1: %2").arg(path, problem);
        return false;
    }

    bool object(const QJsonValue &value, const QString &path, QJsonObject *out)
    {
        if (!value.isObject())
            return fail(path, tr("expected a JSON object"));
        *out = value.toObject();
        return true;
    }

    bool array(const QJsonValue &value, const QString &path, QJsonArray *out)
    {
        if (!value.isArray())
            return fail(path, tr("expected a JSON array"));
        *out = value.toArray();
        return true;
    }

    bool member(const QJsonObject &o, const QString &path, const char *key, QJsonValue *out)
    {
        const auto it = o.constFind(QLatin1String(key));
        if (it == o.constEnd())
            return fail(joinKey(path, QLatin1String(key)), tr("missing"));
        *out = *it;
        return true;
    }

    bool number(const QJsonValue &value, const QString &path, double *out)
    {
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            return fail(path, tr("expected a number"));
        *out = value.toDouble();
        return true;
    }

    bool integer(const QJsonValue &value, const QString &path, int *out)
    {
        const double d = value.toDouble();
        if (!value.isDouble() || !std::isfinite(d) || d != std::floor(d) || d < std::numeric_limits<int>::min() ||
            d > std::numeric_limits<int>::max())
            return fail(path, tr("expected a whole number"));
        *out = int(d);
        return true;
    }

    bool boolean(const QJsonValue &value, const QString &path, bool *out)
    {
        if (!value.isBool())
            return fail(path, tr("expected true or false"));
        *out = value.toBool();
        return true;
    }

    bool string(const QJsonValue &value, const QString &path, QString *out)
    {
        if (!value.isString())
            return fail(path, tr("expected a text"));
        *out = value.toString();
        return true;
    }

    template<typename Enum, std::size_t N>
    bool named(const QJsonValue &value, const QString &path, const std::array<std::pair<Enum, const char *>, N> &names,
               Enum *out)
    {
        QString text;
        if (!string(value, path, &text))
            return false;
        for (const auto &[e, name] : names) {
            if (text == QLatin1String(name)) {
                *out = e;
                return true;
            }
        }
        return fail(path, tr("unknown value '%1'").arg(text));
    }

    std::optional<TimeDistribution> distribution(const QJsonValue &value, const QString &path);
    bool optionalDistribution(const QJsonValue &value, const QString &path, std::optional<TimeDistribution> *out);
    bool failure(const QJsonValue &value, const QString &path, FailureSpec *out);
    bool station(const QJsonValue &value, const QString &path, StationSimSettings *out);
    bool source(const QJsonValue &value, const QString &path, SourceSpec *out);
    bool run(const QJsonValue &value, const QString &path, SimulationRunSettings *out);
    std::optional<SimulationParameters> parameters(const QJsonValue &value);
};

std::optional<TimeDistribution> Reader::distribution(const QJsonValue &value, const QString &path)
{
    QJsonObject o;
    QJsonValue v;
    QString kindName;
    if (!object(value, path, &o) || !member(o, path, "dist", &v) ||
        !string(v, joinKey(path, QStringLiteral("dist")), &kindName))
        return std::nullopt;
    const auto kind = distributionKindFromName(kindName);
    if (!kind) {
        fail(joinKey(path, QStringLiteral("dist")), tr("unknown distribution '%1'").arg(kindName));
        return std::nullopt;
    }
    TimeDistribution d;
    d.kind = *kind;
    auto readField = [&](const char *key, bool required, double *target) {
        const auto it = o.constFind(QLatin1String(key));
        if (it == o.constEnd())
            return !required || fail(joinKey(path, QLatin1String(key)), tr("missing"));
        return number(*it, joinKey(path, QLatin1String(key)), target);
    };
    if (d.kind == Kind::Deterministic && !readField("value_s", true, &d.meanS))
        return std::nullopt;
    for (const NumberField &field : numberFields()) {
        if (field.member == &TimeDistribution::meanS && d.kind == Kind::Deterministic)
            continue;
        if (!readField(field.key, isRequired(field, d.kind), &(d.*field.member)))
            return std::nullopt;
    }
    const QString samplesPath = joinKey(path, QStringLiteral("samples_s"));
    const auto samples = o.constFind(QLatin1String("samples_s"));
    if (samples == o.constEnd()) {
        if (d.kind == Kind::Empirical && !fail(samplesPath, tr("missing")))
            return std::nullopt;
    } else {
        QJsonArray list;
        if (!array(*samples, samplesPath, &list))
            return std::nullopt;
        d.samplesS.reserve(std::size_t(list.size()));
        for (qsizetype i = 0; i < list.size(); ++i) {
            double s = 0.0;
            if (!number(list[i], indexKey(samplesPath, i), &s))
                return std::nullopt;
            d.samplesS.push_back(s);
        }
    }
    return d;
}

bool Reader::optionalDistribution(const QJsonValue &value, const QString &path, std::optional<TimeDistribution> *out)
{
    if (value.isNull()) {
        out->reset();
        return true;
    }
    *out = distribution(value, path);
    return out->has_value();
}

bool Reader::failure(const QJsonValue &value, const QString &path, FailureSpec *out)
{
    QJsonObject o;
    QJsonValue mode, between, operations, repair;
    if (!object(value, path, &o) || !member(o, path, "mode", &mode) ||
        !named(mode, joinKey(path, QStringLiteral("mode")), kFailureModes, &out->mode) ||
        !member(o, path, "time_between_failures", &between) ||
        !member(o, path, "operations_between_failures", &operations) || !member(o, path, "repair", &repair) ||
        !integer(operations, joinKey(path, QStringLiteral("operations_between_failures")),
                 &out->operationsBetweenFailures))
        return false;
    const auto tbf = distribution(between, joinKey(path, QStringLiteral("time_between_failures")));
    const auto ttr = tbf ? distribution(repair, joinKey(path, QStringLiteral("repair"))) : std::nullopt;
    if (!ttr)
        return false;
    out->timeBetweenFailures = *tbf;
    out->repair = *ttr;
    return true;
}

bool Reader::station(const QJsonValue &value, const QString &path, StationSimSettings *out)
{
    QJsonObject o;
    QJsonValue servers, processTime, failureValue, setup;
    return object(value, path, &o) && member(o, path, "servers", &servers) &&
           integer(servers, joinKey(path, QStringLiteral("servers")), &out->servers) &&
           member(o, path, "process_time", &processTime) &&
           optionalDistribution(processTime, joinKey(path, QStringLiteral("process_time")), &out->processTime) &&
           member(o, path, "failure", &failureValue) &&
           failure(failureValue, joinKey(path, QStringLiteral("failure")), &out->failure) &&
           member(o, path, "setup", &setup) &&
           optionalDistribution(setup, joinKey(path, QStringLiteral("setup")), &out->setup);
}

bool Reader::source(const QJsonValue &value, const QString &path, SourceSpec *out)
{
    QJsonObject o;
    QJsonValue kind, interarrival, randomMix, sequence;
    QJsonArray list;
    if (!object(value, path, &o) || !member(o, path, "kind", &kind) ||
        !named(kind, joinKey(path, QStringLiteral("kind")), kSourceKinds, &out->kind) ||
        !member(o, path, "interarrival", &interarrival) || !member(o, path, "random_mix", &randomMix) ||
        !boolean(randomMix, joinKey(path, QStringLiteral("random_mix")), &out->randomMix) ||
        !member(o, path, "model_sequence", &sequence) ||
        !array(sequence, joinKey(path, QStringLiteral("model_sequence")), &list))
        return false;
    const auto d = distribution(interarrival, joinKey(path, QStringLiteral("interarrival")));
    if (!d)
        return false;
    out->interarrival = *d;
    out->modelSequence.clear();
    for (qsizetype i = 0; i < list.size(); ++i) {
        QString id;
        if (!string(list[i], indexKey(joinKey(path, QStringLiteral("model_sequence")), i), &id))
            return false;
        out->modelSequence << id;
    }
    return true;
}

bool Reader::run(const QJsonValue &value, const QString &path, SimulationRunSettings *out)
{
    QJsonObject o;
    QJsonValue duration, warmup, replications, seed, follow;
    QString seedText;
    if (!object(value, path, &o) || !member(o, path, "duration_s", &duration) ||
        !number(duration, joinKey(path, QStringLiteral("duration_s")), &out->durationS) ||
        !member(o, path, "warmup_s", &warmup) ||
        !number(warmup, joinKey(path, QStringLiteral("warmup_s")), &out->warmupS) ||
        !member(o, path, "replications", &replications) ||
        !integer(replications, joinKey(path, QStringLiteral("replications")), &out->replications) ||
        !member(o, path, "seed", &seed) || !string(seed, joinKey(path, QStringLiteral("seed")), &seedText) ||
        !member(o, path, "follow_calendar", &follow) ||
        !boolean(follow, joinKey(path, QStringLiteral("follow_calendar")), &out->followCalendar))
        return false;
    bool ok = false;
    out->seed = seedText.toULongLong(&ok);
    return ok || fail(joinKey(path, QStringLiteral("seed")),
                      tr("'%1' is not a whole number from 0 to 2^64 - 1").arg(seedText));
}

std::optional<SimulationParameters> Reader::parameters(const QJsonValue &value)
{
    SimulationParameters p;
    QJsonObject o;
    QJsonValue taskTimes, stations, buffers, sourceValue, runValue, counts, transport;
    QJsonObject taskObject, countObject;
    QJsonArray stationList, bufferList;
    if (!object(value, QString(), &o) || !member(o, {}, "task_times", &taskTimes) ||
        !object(taskTimes, QStringLiteral("task_times"), &taskObject) || !member(o, {}, "stations", &stations) ||
        !array(stations, QStringLiteral("stations"), &stationList) || !member(o, {}, "buffers", &buffers) ||
        !array(buffers, QStringLiteral("buffers"), &bufferList) || !member(o, {}, "source", &sourceValue) ||
        !source(sourceValue, QStringLiteral("source"), &p.source) || !member(o, {}, "run", &runValue) ||
        !run(runValue, QStringLiteral("run"), &p.run) || !member(o, {}, "transporter_counts", &counts) ||
        !object(counts, QStringLiteral("transporter_counts"), &countObject) ||
        !member(o, {}, "simulate_transport", &transport) ||
        !boolean(transport, QStringLiteral("simulate_transport"), &p.simulateTransport))
        return std::nullopt;
    for (auto it = taskObject.constBegin(); it != taskObject.constEnd(); ++it) {
        const auto d = distribution(*it, joinKey(QStringLiteral("task_times"), it.key()));
        if (!d)
            return std::nullopt;
        p.taskTimes.emplace(it.key(), *d);
    }
    for (qsizetype i = 0; i < stationList.size(); ++i) {
        StationSimSettings s;
        if (!station(stationList[i], indexKey(QStringLiteral("stations"), i), &s))
            return std::nullopt;
        p.stations.push_back(std::move(s));
    }
    for (qsizetype i = 0; i < bufferList.size(); ++i) {
        int capacity = 0;
        if (bufferList[i].isNull())
            p.buffers.emplace_back(std::nullopt);
        else if (integer(bufferList[i], indexKey(QStringLiteral("buffers"), i), &capacity))
            p.buffers.emplace_back(capacity);
        else
            return std::nullopt;
    }
    for (auto it = countObject.constBegin(); it != countObject.constEnd(); ++it) {
        int count = 0;
        if (!integer(*it, joinKey(QStringLiteral("transporter_counts"), it.key()), &count))
            return std::nullopt;
        p.transporterCounts.emplace(it.key(), count);
    }
    return p;
}

/** The path of the first number JSON cannot hold, or an empty string. */
QString nonFinitePath(const QJsonValue &value, const QString &path)
{
    if (value.isDouble())
        return std::isfinite(value.toDouble()) ? QString() : path;
    if (value.isArray()) {
        const QJsonArray list = value.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (QString found = nonFinitePath(list[i], indexKey(path, i)); !found.isEmpty())
                return found;
        }
    }
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (QString found = nonFinitePath(*it, joinKey(path, it.key())); !found.isEmpty())
                return found;
        }
    }
    return {};
}

} // namespace

QJsonObject distributionToJson(const TimeDistribution &d)
{
    QJsonObject o{{QStringLiteral("dist"), distributionKindName(d.kind)}};
    if (d.kind == Kind::Deterministic)
        o.insert(QStringLiteral("value_s"), d.meanS);
    for (const NumberField &field : numberFields()) {
        if (field.member == &TimeDistribution::meanS && d.kind == Kind::Deterministic)
            continue;
        const double value = d.*field.member;
        if (isRequired(field, d.kind) || value != 0.0)
            o.insert(QLatin1String(field.key), value);
    }
    if (d.kind == Kind::Empirical || !d.samplesS.empty()) {
        QJsonArray samples;
        for (double s : d.samplesS)
            samples.append(s);
        o.insert(QStringLiteral("samples_s"), samples);
    }
    return o;
}

ValueResult<TimeDistribution> distributionFromJson(const QJsonValue &value, const QString &path)
{
    Reader reader;
    return {reader.distribution(value, path), reader.error};
}

QJsonObject simulationParametersToJson(const SimulationParameters &p)
{
    QJsonObject taskTimes;
    for (const auto &[taskId, d] : p.taskTimes)
        taskTimes.insert(taskId, distributionToJson(d));
    QJsonArray stations;
    for (const StationSimSettings &s : p.stations) {
        stations.append(QJsonObject{
            {QStringLiteral("servers"), s.servers},
            {QStringLiteral("process_time"), optionalDistribution(s.processTime)},
            {QStringLiteral("failure"), failureToJson(s.failure)},
            {QStringLiteral("setup"), optionalDistribution(s.setup)},
        });
    }
    QJsonArray buffers;
    for (const std::optional<int> &capacity : p.buffers)
        buffers.append(capacity ? QJsonValue(*capacity) : QJsonValue(QJsonValue::Null));
    QJsonObject counts;
    for (const auto &[transportId, count] : p.transporterCounts)
        counts.insert(transportId, count);
    const QJsonObject source{
        {QStringLiteral("kind"), nameOf(kSourceKinds, p.source.kind)},
        {QStringLiteral("interarrival"), distributionToJson(p.source.interarrival)},
        {QStringLiteral("random_mix"), p.source.randomMix},
        {QStringLiteral("model_sequence"), QJsonArray::fromStringList(p.source.modelSequence)},
    };
    const QJsonObject run{
        {QStringLiteral("duration_s"), p.run.durationS},
        {QStringLiteral("warmup_s"), p.run.warmupS},
        {QStringLiteral("replications"), p.run.replications},
        {QStringLiteral("seed"), QString::number(p.run.seed)},
        {QStringLiteral("follow_calendar"), p.run.followCalendar},
    };
    return QJsonObject{
        {QStringLiteral("task_times"), taskTimes},
        {QStringLiteral("stations"), stations},
        {QStringLiteral("buffers"), buffers},
        {QStringLiteral("source"), source},
        {QStringLiteral("run"), run},
        {QStringLiteral("transporter_counts"), counts},
        {QStringLiteral("simulate_transport"), p.simulateTransport},
    };
}

QJsonObject simulationSummaryToJson(const SimulationSummary &s)
{
    QJsonArray stations;
    for (const SimulationSummary::StationShares &st : s.stations) {
        stations.append(QJsonObject{
            {QStringLiteral("name"), st.name},
            {QStringLiteral("working"), st.working},
            {QStringLiteral("starved"), st.starved},
            {QStringLiteral("blocked"), st.blocked},
            {QStringLiteral("failed"), st.failed},
            {QStringLiteral("setup"), st.setup},
            {QStringLiteral("paused"), st.paused},
            {QStringLiteral("bottleneck_share"), st.bottleneckShare},
        });
    }
    return QJsonObject{
        {QStringLiteral("input_fingerprint"), s.inputFingerprint},
        {QStringLiteral("ran_at_utc"), s.ranAtUtc},
        {QStringLiteral("replications"), s.replications},
        {QStringLiteral("simulated_s"), s.simulatedS},
        {QStringLiteral("throughput_per_hour"),
         QJsonObject{{QStringLiteral("mean"), s.throughputPerHourMean},
                     {QStringLiteral("ci95"), QJsonArray{s.throughputPerHourLow, s.throughputPerHourHigh}}}},
        {QStringLiteral("output_units_mean"), s.outputUnitsMean},
        {QStringLiteral("wip_mean"), s.wipMean},
        {QStringLiteral("lead_time_mean_s"), s.leadTimeMeanS},
        {QStringLiteral("lead_time_p95_s"), s.leadTimeP95S},
        {QStringLiteral("bottleneck"), s.bottleneck},
        {QStringLiteral("stations"), stations},
        {QStringLiteral("parameters"), simulationParametersToJson(s.parameters)},
    };
}

ValueResult<SimulationParameters> simulationParametersFromJson(const QJsonValue &value)
{
    Reader reader;
    return {reader.parameters(value), reader.error};
}

ValueResult<QByteArray> simulationParametersToText(const SimulationParameters &parameters)
{
    const QJsonObject json = simulationParametersToJson(parameters);
    if (const QString path = nonFinitePath(json, QString()); !path.isEmpty())
        return ValueResult<QByteArray>::failure(
            QCoreApplication::translate("SimulationJson", "%1: not a finite number").arg(path));
    return {QJsonDocument(json).toJson(QJsonDocument::Compact), {}};
}

ValueResult<SimulationParameters> simulationParametersFromText(const QByteArray &text)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ValueResult<SimulationParameters>::failure(
            QCoreApplication::translate("SimulationJson", "not valid JSON at character %1: %2")
                .arg(parseError.offset)
                .arg(parseError.errorString()));
    return simulationParametersFromJson(document.isObject() ? QJsonValue(document.object()) : QJsonValue());
}

} // namespace taktflow::core::io
