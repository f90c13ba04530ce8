// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/simulation/linemodelreader.h"

#include "core/io/boundedread.h"
#include "core/simulation/distribution.h"
#include "core/simulation/jsonlocation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <optional>

namespace taktflow::core::simulation {

namespace {

// A class, not a free tr() helper, so that lupdate sees the same context as the runtime.
class LineModelTr
{
    Q_DECLARE_TR_FUNCTIONS(LineModelReader)
};

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return LineModelTr::tr("null");
    case QJsonValue::Bool: return LineModelTr::tr("a boolean");
    case QJsonValue::Double: return LineModelTr::tr("a number");
    case QJsonValue::String: return LineModelTr::tr("a string");
    case QJsonValue::Array: return LineModelTr::tr("a list");
    case QJsonValue::Object: return LineModelTr::tr("an object");
    case QJsonValue::Undefined: break;
    }
    return LineModelTr::tr("nothing");
}

QString kindNames()
{
    QStringList names;
    for (int k = 0; k <= int(TimeDistribution::Kind::Empirical); ++k)
        names << distributionKindName(TimeDistribution::Kind(k));
    return names.join(QStringLiteral(", "));
}

/** Walks the document; the first problem found is kept with its JSON path, later ones are ignored. */
class Reader
{
public:
    explicit Reader(QString fileName)
        : mFileName(std::move(fileName))
    {
    }

    const QString &error() const { return mError; }

    /** Records a problem; returns nullopt so that callers can `return fail(...)`. */
    std::nullopt_t fail(const QString &path, const QString &problem)
    {
        if (mError.isEmpty())
            // No path: a problem of the model as a whole (the engine's check), named by station.
            mError = path.isEmpty() ? QStringLiteral("%1: %2").arg(mFileName, problem)
                                    : QStringLiteral("%1: %2: %3").arg(mFileName, path, problem);
        return std::nullopt;
    }

    std::optional<QJsonValue> required(const QJsonObject &object, const QString &path, const QString &key)
    {
        const auto it = object.constFind(key);
        if (it == object.constEnd())
            return fail(jsonPathKey(path, key), LineModelTr::tr("the key is missing"));
        return it.value();
    }

    std::optional<QJsonObject> object(const QJsonValue &value, const QString &path)
    {
        if (!value.isObject())
            return fail(path, LineModelTr::tr("expected an object, found %1").arg(typeName(value)));
        return value.toObject();
    }

    std::optional<QJsonArray> array(const QJsonValue &value, const QString &path)
    {
        if (!value.isArray())
            return fail(path, LineModelTr::tr("expected a list, found %1").arg(typeName(value)));
        return value.toArray();
    }

    std::optional<double> number(const QJsonValue &value, const QString &path)
    {
        if (!value.isDouble())
            return fail(path, LineModelTr::tr("expected a number, found %1").arg(typeName(value)));
        const double v = value.toDouble();
        if (!std::isfinite(v))
            return fail(path, LineModelTr::tr("the number is not finite"));
        return v;
    }

    /** A time in seconds: finite, at least 0 and within kLineModelMaxTimeS. */
    std::optional<double> seconds(const QJsonValue &value, const QString &path)
    {
        const std::optional<double> v = number(value, path);
        if (!v)
            return std::nullopt;
        if (*v < 0.0)
            return fail(path, LineModelTr::tr("a time cannot be negative (%1 s)").arg(*v));
        if (*v > kLineModelMaxTimeS)
            return fail(
                path,
                LineModelTr::tr("%1 s is longer than the largest accepted time, %2 s").arg(*v).arg(kLineModelMaxTimeS));
        return v;
    }

    std::optional<double> secondsKey(const QJsonObject &object, const QString &path, const QString &key)
    {
        const std::optional<QJsonValue> value = required(object, path, key);
        return value ? seconds(*value, jsonPathKey(path, key)) : std::nullopt;
    }

    std::optional<int> wholeNumber(const QJsonValue &value, const QString &path, int minimum, int maximum)
    {
        const std::optional<double> v = number(value, path);
        if (!v)
            return std::nullopt;
        if (std::floor(*v) != *v)
            return fail(path, LineModelTr::tr("expected a whole number, found %1").arg(*v));
        if (*v < minimum || *v > maximum)
            return fail(path,
                        LineModelTr::tr("%1 is outside the accepted range %2 to %3").arg(*v).arg(minimum).arg(maximum));
        return int(*v);
    }

    std::optional<TimeDistribution> distribution(const QJsonValue &value, const QString &path);
    /** A DIST object, or a plain mean in seconds that reads as an exponential time. */
    std::optional<TimeDistribution> timeOrDistribution(const QJsonValue &value, const QString &path,
                                                       bool isDistribution)
    {
        if (isDistribution)
            return distribution(value, path);
        const std::optional<double> meanS = seconds(value, path);
        return meanS ? std::optional(TimeDistribution::exponential(*meanS)) : std::nullopt;
    }
    std::optional<SimSource> source(const QJsonValue &value, const QString &path);
    std::optional<FailureSpec> failures(const QJsonValue &value, const QString &path);
    std::optional<SimStation> station(const QJsonValue &value, const QString &path);
    std::optional<std::vector<std::optional<int>>> buffers(const QJsonValue &value, const QString &path,
                                                           std::size_t gaps);
    std::optional<SimModel> model(const QJsonObject &root);

private:
    QString mFileName;
    QString mError;
};

std::optional<TimeDistribution> Reader::distribution(const QJsonValue &value, const QString &path)
{
    const std::optional<QJsonObject> o = object(value, path);
    if (!o)
        return std::nullopt;
    const std::optional<QJsonValue> name = required(*o, path, QStringLiteral("dist"));
    if (!name)
        return std::nullopt;
    const QString distPath = jsonPathKey(path, QStringLiteral("dist"));
    if (!name->isString())
        return fail(distPath, LineModelTr::tr("expected the name of a distribution, found %1").arg(typeName(*name)));
    const std::optional<TimeDistribution::Kind> kind = distributionKindFromName(name->toString());
    if (!kind) {
        return fail(
            distPath,
            LineModelTr::tr("unknown distribution \"%1\" (known: %2)").arg(name->toString().left(40), kindNames()));
    }
    using Kind = TimeDistribution::Kind;
    TimeDistribution d;
    d.kind = *kind;
    // Each kind reads exactly its own keys; a missing one is reported by name (sd_s without mean_s ...).
    const auto read = [&](const char *key, double &target) {
        const std::optional<double> v = secondsKey(*o, path, QString::fromLatin1(key));
        if (v)
            target = *v;
        return v.has_value();
    };
    bool ok = false;
    switch (d.kind) {
    case Kind::Deterministic: ok = read("value_s", d.meanS); break;
    case Kind::Exponential: ok = read("mean_s", d.meanS); break;
    case Kind::Normal:
    case Kind::Lognormal: ok = read("mean_s", d.meanS) && read("sd_s", d.sdS); break;
    case Kind::Triangular: ok = read("min_s", d.minS) && read("mode_s", d.modeS) && read("max_s", d.maxS); break;
    case Kind::Uniform: ok = read("min_s", d.minS) && read("max_s", d.maxS); break;
    case Kind::Empirical: {
        const QString samplesPath = jsonPathKey(path, QStringLiteral("samples_s"));
        const std::optional<QJsonValue> samplesValue = required(*o, path, QStringLiteral("samples_s"));
        const std::optional<QJsonArray> samples = samplesValue ? array(*samplesValue, samplesPath) : std::nullopt;
        if (!samples)
            return std::nullopt;
        if (samples->isEmpty())
            return fail(samplesPath, LineModelTr::tr("an empirical time needs at least one sample"));
        d.samplesS.reserve(std::size_t(samples->size()));
        for (qsizetype i = 0; i < samples->size(); ++i) {
            const std::optional<double> s = seconds(samples->at(i), jsonPathIndex(samplesPath, i));
            if (!s)
                return std::nullopt;
            d.samplesS.push_back(*s);
        }
        ok = true;
        break;
    }
    }
    if (!ok)
        return std::nullopt;
    // Rules between the keys (min <= mode <= max ...) live in one place for every entry point.
    if (const QString problem = distributionProblem(d); !problem.isEmpty())
        return fail(path, problem);
    return d;
}

std::optional<SimSource> Reader::source(const QJsonValue &value, const QString &path)
{
    const std::optional<QJsonObject> o = object(value, path);
    if (!o)
        return std::nullopt;
    const bool saturated = o->contains(QStringLiteral("saturated"));
    const bool interarrival = o->contains(QStringLiteral("interarrival"));
    const bool takt = o->contains(QStringLiteral("takt_s"));
    if (int(saturated) + int(interarrival) + int(takt) != 1)
        return fail(path, LineModelTr::tr("give exactly one of \"saturated\": true, \"interarrival\" or \"takt_s\""));
    SimSource s;
    if (saturated) {
        const QJsonValue flag = o->value(QStringLiteral("saturated"));
        const QString flagPath = jsonPathKey(path, QStringLiteral("saturated"));
        if (!flag.isBool())
            return fail(flagPath, LineModelTr::tr("expected true, found %1").arg(typeName(flag)));
        if (!flag.toBool())
            return fail(flagPath,
                        LineModelTr::tr("a source that is not saturated needs \"interarrival\" or \"takt_s\""));
        s.kind = SourceSpec::Kind::Saturated;
    } else if (interarrival) {
        const std::optional<TimeDistribution> d =
            distribution(o->value(QStringLiteral("interarrival")), jsonPathKey(path, QStringLiteral("interarrival")));
        if (!d)
            return std::nullopt;
        if (distributionMeanS(*d) <= 0.0)
            return fail(jsonPathKey(path, QStringLiteral("interarrival")),
                        LineModelTr::tr("the mean inter-arrival time must be above 0 s"));
        s.kind = SourceSpec::Kind::Interarrival;
        s.interarrival = *d;
    } else {
        const QString taktPath = jsonPathKey(path, QStringLiteral("takt_s"));
        const std::optional<double> t = seconds(o->value(QStringLiteral("takt_s")), taktPath);
        if (!t)
            return std::nullopt;
        if (*t <= 0.0)
            return fail(taktPath, LineModelTr::tr("the takt time must be above 0 s"));
        s.kind = SourceSpec::Kind::AtTakt;
        s.taktS = *t;
    }
    return s;
}

std::optional<FailureSpec> Reader::failures(const QJsonValue &value, const QString &path)
{
    FailureSpec f;
    if (value.isNull())
        return f; // "failures": null reads as no failures, like a missing key
    const std::optional<QJsonObject> o = object(value, path);
    if (!o)
        return std::nullopt;
    // Time between failures: mtbf_s (exponential), or "mtbf": DIST, or "operations": n.
    const QStringList between{QStringLiteral("mtbf_s"), QStringLiteral("mtbf"), QStringLiteral("operations")};
    const QStringList repair{QStringLiteral("mttr_s"), QStringLiteral("mttr")};
    QStringList givenBetween, givenRepair;
    for (const QString &key : between)
        if (o->contains(key))
            givenBetween << key;
    for (const QString &key : repair)
        if (o->contains(key))
            givenRepair << key;
    if (givenBetween.size() > 1)
        return fail(path, LineModelTr::tr("give only one of mtbf_s, mtbf and operations (found %1)")
                              .arg(givenBetween.join(QStringLiteral(", "))));
    if (givenRepair.size() > 1)
        return fail(path, LineModelTr::tr("give only one of mttr_s and mttr"));
    if (givenBetween.isEmpty())
        return fail(jsonPathKey(path, QStringLiteral("mtbf_s")),
                    givenRepair.isEmpty()
                        ? LineModelTr::tr("the key is missing (failures need mtbf_s and mttr_s)")
                        : LineModelTr::tr("the key is missing: %1 without a mean time between failures")
                              .arg(givenRepair.front()));
    if (givenRepair.isEmpty())
        return fail(jsonPathKey(path, QStringLiteral("mttr_s")),
                    LineModelTr::tr("the key is missing: %1 without a mean time to repair").arg(givenBetween.front()));

    const QString betweenKey = givenBetween.front();
    const QString betweenPath = jsonPathKey(path, betweenKey);
    if (betweenKey == QLatin1String("operations")) {
        const std::optional<int> n = wholeNumber(o->value(betweenKey), betweenPath, 1, 1000000000);
        if (!n)
            return std::nullopt;
        f.mode = FailureSpec::Mode::Operations;
        f.operationsBetweenFailures = *n;
    } else {
        const std::optional<TimeDistribution> d =
            timeOrDistribution(o->value(betweenKey), betweenPath, betweenKey == QLatin1String("mtbf"));
        if (!d)
            return std::nullopt;
        if (distributionMeanS(*d) <= 0.0)
            return fail(betweenPath, LineModelTr::tr("the mean time between failures must be above 0 s"));
        f.mode = FailureSpec::Mode::OperatingTime;
        f.timeBetweenFailures = *d;
    }
    const QString repairKey = givenRepair.front();
    const QString repairPath = jsonPathKey(path, repairKey);
    const std::optional<TimeDistribution> r =
        timeOrDistribution(o->value(repairKey), repairPath, repairKey == QLatin1String("mttr"));
    if (!r)
        return std::nullopt;
    f.repair = *r;
    return f;
}

std::optional<SimStation> Reader::station(const QJsonValue &value, const QString &path)
{
    const std::optional<QJsonObject> o = object(value, path);
    if (!o)
        return std::nullopt;
    SimStation s;
    const std::optional<QJsonValue> name = required(*o, path, QStringLiteral("name"));
    if (!name)
        return std::nullopt;
    if (!name->isString() || name->toString().trimmed().isEmpty())
        return fail(jsonPathKey(path, QStringLiteral("name")),
                    LineModelTr::tr("expected a station name, found %1").arg(typeName(*name)));
    s.name = name->toString();
    const std::optional<QJsonValue> time = required(*o, path, QStringLiteral("time"));
    const std::optional<TimeDistribution> d =
        time ? distribution(*time, jsonPathKey(path, QStringLiteral("time"))) : std::nullopt;
    if (!d)
        return std::nullopt;
    s.taskTimesByModel = {{*d}};
    const std::optional<QJsonValue> servers = required(*o, path, QStringLiteral("servers"));
    const std::optional<int> count =
        servers ? wholeNumber(*servers, jsonPathKey(path, QStringLiteral("servers")), 1, kLineModelMaxServers)
                : std::nullopt;
    if (!count)
        return std::nullopt;
    s.servers = *count;
    if (o->contains(QStringLiteral("failures"))) {
        const std::optional<FailureSpec> f =
            failures(o->value(QStringLiteral("failures")), jsonPathKey(path, QStringLiteral("failures")));
        if (!f)
            return std::nullopt;
        s.failure = *f;
    }
    return s;
}

std::optional<std::vector<std::optional<int>>> Reader::buffers(const QJsonValue &value, const QString &path,
                                                               std::size_t gaps)
{
    const std::optional<QJsonArray> list = array(value, path);
    if (!list)
        return std::nullopt;
    if (std::size_t(list->size()) != gaps) {
        return fail(path, LineModelTr::tr("expected one buffer per gap between stations (%1), found %2")
                              .arg(qsizetype(gaps))
                              .arg(list->size()));
    }
    std::vector<std::optional<int>> capacities;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QJsonValue entry = list->at(i);
        if (entry.isNull()) {
            capacities.emplace_back(std::nullopt);
            continue;
        }
        const std::optional<int> c = wholeNumber(entry, jsonPathIndex(path, i), 0, kLineModelMaxBuffer);
        if (!c)
            return std::nullopt;
        capacities.emplace_back(*c);
    }
    return capacities;
}

std::optional<SimModel> Reader::model(const QJsonObject &root)
{
    SimModel m;
    const std::optional<QJsonValue> sourceValue = required(root, {}, QStringLiteral("source"));
    const std::optional<SimSource> src = sourceValue ? source(*sourceValue, QStringLiteral("source")) : std::nullopt;
    if (!src)
        return std::nullopt;
    m.source = *src;
    const QString stationsPath = QStringLiteral("stations");
    const std::optional<QJsonValue> stationsValue = required(root, {}, stationsPath);
    const std::optional<QJsonArray> stations = stationsValue ? array(*stationsValue, stationsPath) : std::nullopt;
    if (!stations)
        return std::nullopt;
    if (stations->isEmpty())
        return fail(stationsPath, LineModelTr::tr("the line needs at least one station"));
    if (stations->size() > kLineModelMaxStations)
        return fail(stationsPath, LineModelTr::tr("more than %1 stations").arg(kLineModelMaxStations));
    for (qsizetype i = 0; i < stations->size(); ++i) {
        std::optional<SimStation> s = station(stations->at(i), jsonPathIndex(stationsPath, i));
        if (!s)
            return std::nullopt;
        m.stations.push_back(std::move(*s));
    }
    const std::optional<QJsonValue> buffersValue = required(root, {}, QStringLiteral("buffers"));
    const auto capacities =
        buffersValue ? buffers(*buffersValue, QStringLiteral("buffers"), m.stations.size() - 1) : std::nullopt;
    if (!capacities)
        return std::nullopt;
    m.buffers = *capacities;
    if (root.contains(QStringLiteral("demand_per_hour"))) {
        const QString demandPath = QStringLiteral("demand_per_hour");
        const std::optional<double> demand = number(root.value(demandPath), demandPath);
        if (!demand)
            return std::nullopt;
        if (*demand < 0.0 || *demand > 1e9)
            return fail(demandPath, LineModelTr::tr("the demand must be between 0 and 10^9 units per hour"));
        m.demandPerHour = *demand;
    }
    // Whatever the reader let through must also pass the engine's own check.
    if (const QString problem = modelProblem(m); !problem.isEmpty())
        return fail({}, problem);
    return m;
}

} // namespace

LineModelReadResult parseLineModel(const QByteArray &data, const QString &fileName)
{
    LineModelReadResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reports an out-of-range number (1e999) just past it: point at its first digit.
        qsizetype offset = parseError.offset;
        if (parseError.error == QJsonParseError::IllegalNumber) {
            while (offset > 0 && offset <= data.size() && QByteArrayView("0123456789+-.eE").contains(data[offset - 1]))
                --offset;
        }
        const JsonLocation at = locateJsonOffset(data, offset);
        const QString where = at.path.isEmpty() ? QString() : LineModelTr::tr(" (in %1)").arg(at.path);
        result.error = LineModelTr::tr("%1:%2:%3: not valid JSON%4: %5")
                           .arg(fileName)
                           .arg(at.line)
                           .arg(at.column)
                           .arg(where, parseError.errorString());
        return result;
    }
    if (!document.isObject()) {
        result.error =
            LineModelTr::tr("%1: the top level must be a JSON object with \"source\", \"stations\" and \"buffers\"")
                .arg(fileName);
        return result;
    }
    Reader reader(fileName);
    std::optional<SimModel> model = reader.model(document.object());
    if (!model) {
        result.error = reader.error();
        return result;
    }
    result.model = std::move(*model);
    return result;
}

LineModelReadResult readLineModelFile(const QString &path)
{
    const BoundedRead read = readFileBounded(path, kLineModelMaxFileBytes);
    if (read.problem == BoundedRead::Problem::CannotOpen) {
        LineModelReadResult result;
        result.error = LineModelTr::tr("%1: cannot open the file: %2").arg(path, read.openError);
        return result;
    }
    if (read.problem == BoundedRead::Problem::TooLarge) {
        LineModelReadResult result;
        result.error =
            LineModelTr::tr("%1: the file is larger than %2 MB").arg(path).arg(kLineModelMaxFileBytes / (1024 * 1024));
        return result;
    }
    return parseLineModel(read.bytes, path);
}

} // namespace taktflow::core::simulation
