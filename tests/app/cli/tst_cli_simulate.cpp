// SPDX-License-Identifier: GPL-3.0-or-later
// `taktflow-cli simulate`: the JSON contract of issue #16, figures derived by hand for a
// deterministic line, seeds and threads, project input, --apply and buffer sizing.
#include "core/model/sampleproject.h"
#include "core/storage/projectfile.h"
#include "tests/app/cli/simulatetestutil.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace taktflow;
using test::ProcessOutput;

namespace {

bool isNumber(const QJsonValue &v)
{
    return v.isDouble() && std::isfinite(v.toDouble());
}

double number(const QJsonObject &o, const QString &path)
{
    QJsonValue v = o;
    for (const QString &key : path.split(QLatin1Char('.')))
        v = v.toObject().value(key);
    return v.isDouble() ? v.toDouble() : std::nan("");
}

QJsonObject stationNamed(const QJsonObject &root, const QString &name)
{
    for (const QJsonValue &s : root.value(QStringLiteral("stations")).toArray()) {
        if (s.toObject().value(QStringLiteral("name")).toString() == name)
            return s.toObject();
    }
    return {};
}

/** A copy of a line model file with other buffers, for re-checking a sizing independently. */
QString withBuffers(const QString &source, const QJsonArray &buffers, const QString &target)
{
    QJsonObject model = test::jsonObject(QString::fromUtf8(test::fileBytes(source)));
    model.insert(QStringLiteral("buffers"), buffers);
    QFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(model).toJson());
    return target;
}

const QStringList kShort{QStringLiteral("--replications"), QStringLiteral("3"), QStringLiteral("--duration-s"),
                         QStringLiteral("3600"), QStringLiteral("--json")};

} // namespace

class TestCliSimulate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;
    QString mSample;

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        mSample = mDir.filePath(QStringLiteral("sample.taktflow"));
        QVERIFY(core::saveProject(core::makeSampleProject(), mSample));
    }

    void contractKeysAndTypes()
    {
        // A shift long enough for the saw (MTBF 1 h of operating time) to fail in every replication.
        const ProcessOutput r = test::simulate(
            {test::simulationData("every_distribution.json"), QStringLiteral("--replications"), QStringLiteral("3"),
             QStringLiteral("--duration-s"), QStringLiteral("28800"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = test::jsonObject(r.out);
        const QJsonObject th = o.value(QStringLiteral("throughput_per_hour")).toObject();
        QVERIFY(isNumber(th.value(QStringLiteral("mean"))));
        const QJsonArray ci = th.value(QStringLiteral("ci95")).toArray();
        QCOMPARE(ci.size(), 2);
        QVERIFY(isNumber(ci[0]) && isNumber(ci[1]));
        QVERIFY(ci[0].toDouble() <= th.value(QStringLiteral("mean")).toDouble());
        QVERIFY(th.value(QStringLiteral("mean")).toDouble() <= ci[1].toDouble());
        // Arrivals every 70 s on average cap the line at 3600 / 70 = 51.4 parts per hour.
        QVERIFY(th.value(QStringLiteral("mean")).toDouble() > 20.0);
        QVERIFY(th.value(QStringLiteral("mean")).toDouble() < 3600.0 / 70.0 * 1.3);
        QVERIFY(isNumber(o.value(QStringLiteral("output_units")).toObject().value(QStringLiteral("mean"))));
        QVERIFY(isNumber(o.value(QStringLiteral("wip_mean"))));
        const QJsonObject lead = o.value(QStringLiteral("lead_time_s")).toObject();
        QVERIFY(isNumber(lead.value(QStringLiteral("mean"))));
        QVERIFY(isNumber(lead.value(QStringLiteral("p95"))));

        const QJsonArray stations = o.value(QStringLiteral("stations")).toArray();
        QCOMPARE(stations.size(), 6);
        const QStringList names{QStringLiteral("Saw"),   QStringLiteral("Drill"), QStringLiteral("Weld"),
                                QStringLiteral("Paint"), QStringLiteral("Test"),  QStringLiteral("Pack")};
        for (qsizetype i = 0; i < stations.size(); ++i) {
            const QJsonObject s = stations[i].toObject();
            QCOMPARE(s.value(QStringLiteral("name")).toString(), names[i]);
            double sum = 0.0;
            for (const char *key : {"working", "starved", "blocked", "failed", "setup", "paused"}) {
                const QJsonValue v = s.value(QString::fromLatin1(key));
                QVERIFY2(isNumber(v), key);
                QVERIFY(v.toDouble() >= 0.0 && v.toDouble() <= 1.0);
                sum += v.toDouble();
            }
            QVERIFY2(std::abs(sum - 1.0) < 1e-6, qPrintable(names[i]));
        }
        // Only the saw has failures; nothing has setups or pauses in a line model file.
        QVERIFY(stations[0].toObject().value(QStringLiteral("failed")).toDouble() > 0.0);
        QCOMPARE(stations[1].toObject().value(QStringLiteral("failed")).toDouble(), 0.0);

        const QJsonArray buffers = o.value(QStringLiteral("buffers")).toArray();
        QCOMPARE(buffers.size(), 5);
        const QList<int> capacities{3, -1, 0, 2, 1};
        for (qsizetype i = 0; i < buffers.size(); ++i) {
            const QJsonObject b = buffers[i].toObject();
            QVERIFY(b.value(QStringLiteral("name")).isString());
            QVERIFY(isNumber(b.value(QStringLiteral("mean_content"))));
            QVERIFY(isNumber(b.value(QStringLiteral("max_content"))));
            if (capacities[i] < 0) {
                QVERIFY(b.value(QStringLiteral("capacity")).isNull());
            } else {
                QCOMPARE(b.value(QStringLiteral("capacity")).toInt(-1), capacities[i]);
                // The capacity counts waiting parts, so no buffer ever holds more.
                QVERIFY(b.value(QStringLiteral("max_content")).toInt() <= capacities[i]);
            }
        }
        QVERIFY(names.contains(o.value(QStringLiteral("bottleneck")).toString()));
        QCOMPARE(o.value(QStringLiteral("replications")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("simulated_s")).toDouble(), 28800.0);
        QVERIFY(o.value(QStringLiteral("events")).toDouble() > 1000.0);
        QVERIFY(isNumber(o.value(QStringLiteral("seconds"))));
    }

    void help()
    {
        const ProcessOutput r = test::simulate({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: taktflow-cli simulate [options] INPUT")), qPrintable(r.out));
        for (const char *flag : {"--duration-s", "--warmup-s", "--replications", "--seed", "--threads", "--json",
                                 "--apply", "--size-buffers", "--target-per-hour", "--max-total"})
            QVERIFY2(r.out.contains(QString::fromLatin1(flag)), flag);
    }

    void deterministicLineByHand()
    {
        // S1 50 s, S2 80 s, S3 60 s, buffers 2 and 1, saturated. After the first part (out at
        // 190 s) one part leaves every 80 s: departures at 190 + 80 k. In [3600, 32400) those are
        // k = 43 .. 402, 360 parts in 8 h = 45 per hour exactly. S1 works 50 of every 80 s and is
        // blocked the rest; S3 works 60 of 80 s and starves the rest; the buffer before S2 stays
        // full (S1 refills it at once). WIP = 1 (S1) + 2 + 1 (S2) + 0.75 (S3) = 4.75 and each
        // part spends 80 + 160 + 80 + 60 = 380 s in the line.
        const ProcessOutput r = test::simulate(
            {test::simulationData("deterministic.json"), QStringLiteral("--warmup-s"), QStringLiteral("3600"),
             QStringLiteral("--replications"), QStringLiteral("2"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = test::jsonObject(r.out);
        QCOMPARE(number(o, QStringLiteral("throughput_per_hour.mean")), 45.0);
        const QJsonArray ci =
            o.value(QStringLiteral("throughput_per_hour")).toObject().value(QStringLiteral("ci95")).toArray();
        QCOMPARE(ci[0].toDouble(), 45.0);
        QCOMPARE(ci[1].toDouble(), 45.0);
        QCOMPARE(number(o, QStringLiteral("output_units.mean")), 360.0);
        QCOMPARE(o.value(QStringLiteral("bottleneck")).toString(), QStringLiteral("S2"));
        QCOMPARE(o.value(QStringLiteral("simulated_s")).toDouble(), 28800.0);
        QVERIFY(std::abs(number(stationNamed(o, QStringLiteral("S1")), QStringLiteral("blocked")) - 0.375) < 1e-3);
        QVERIFY(std::abs(number(stationNamed(o, QStringLiteral("S2")), QStringLiteral("working")) - 1.0) < 1e-3);
        QVERIFY(std::abs(number(stationNamed(o, QStringLiteral("S3")), QStringLiteral("starved")) - 0.25) < 1e-3);
        const QJsonArray buffers = o.value(QStringLiteral("buffers")).toArray();
        QVERIFY(std::abs(buffers[0].toObject().value(QStringLiteral("mean_content")).toDouble() - 2.0) < 1e-3);
        QCOMPARE(buffers[0].toObject().value(QStringLiteral("max_content")).toInt(), 2);
        QCOMPARE(buffers[1].toObject().value(QStringLiteral("max_content")).toInt(), 0);
        QVERIFY(std::abs(number(o, QStringLiteral("wip_mean")) - 4.75) < 1e-2);
        QVERIFY(std::abs(number(o, QStringLiteral("lead_time_s.mean")) - 380.0) < 1e-6);
        QVERIFY(std::abs(number(o, QStringLiteral("lead_time_s.p95")) - 380.0) < 1e-6);
    }

    void defaultsOfALineModelFile()
    {
        // One 8-hour shift from t = 0, 10 replications: departures at 190 + 80 k < 28800 are
        // k = 0 .. 357, 358 parts, 44.75 per hour.
        const ProcessOutput r = test::simulate({test::simulationData("deterministic.json"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = test::jsonObject(r.out);
        QCOMPARE(o.value(QStringLiteral("replications")).toInt(), 10);
        QCOMPARE(o.value(QStringLiteral("simulated_s")).toDouble(), 28800.0);
        QCOMPARE(number(o, QStringLiteral("output_units.mean")), 358.0);
        QCOMPARE(number(o, QStringLiteral("throughput_per_hour.mean")), 44.75);
        // The readable table says the same.
        const ProcessOutput text = test::simulate({test::simulationData("deterministic.json")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("44.75")), qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("S2")));
    }

    void sameSeedSameJsonOnAnyThreadCount()
    {
        const auto run = [](const char *seed, const char *threads) {
            QJsonObject o = test::jsonObject(
                test::simulate({test::simulationData("every_distribution.json"), QStringLiteral("--seed"),
                                QString::fromLatin1(seed), QStringLiteral("--threads"), QString::fromLatin1(threads),
                                QStringLiteral("--replications"), QStringLiteral("4"), QStringLiteral("--duration-s"),
                                QStringLiteral("7200"), QStringLiteral("--json")})
                    .out);
            o.remove(QStringLiteral("seconds"));
            return o;
        };
        const QJsonObject one = run("7", "1");
        QVERIFY(!one.isEmpty());
        QCOMPARE(run("7", "2"), one);
        QVERIFY(number(run("8", "2"), QStringLiteral("throughput_per_hour.mean")) !=
                number(one, QStringLiteral("throughput_per_hour.mean")));
    }

    void extensions()
    {
        const ProcessOutput r = test::simulate(QStringList{test::simulationData("extensions.json")} + kShort);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = test::jsonObject(r.out);
        // Release every 60 s: at most 60 per hour, and every station fast enough for it.
        QVERIFY(number(o, QStringLiteral("throughput_per_hour.mean")) <= 60.0 + 1e-9);
        QVERIFY(number(o, QStringLiteral("throughput_per_hour.mean")) > 40.0);
        QCOMPARE(number(o, QStringLiteral("demand_per_hour")), 55.0);
        QVERIFY(o.value(QStringLiteral("makes_demand")).isBool());
        QVERIFY(number(stationNamed(o, QStringLiteral("Robot")), QStringLiteral("failed")) > 0.0);
    }

    void projectInput()
    {
        const ProcessOutput r = test::simulate(QStringList{mSample} + kShort);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = test::jsonObject(r.out);
        QCOMPARE(o.value(QStringLiteral("stations")).toArray().size(), 4); // the sample's 4 stations
        QCOMPARE(o.value(QStringLiteral("buffers")).toArray().size(), 3);
        QVERIFY(number(o, QStringLiteral("throughput_per_hour.mean")) > 0.0);
        const ProcessOutput other =
            test::simulate(QStringList{mSample, QStringLiteral("--variant"), QStringLiteral("Cell layout"),
                                       QStringLiteral("--line"), QStringLiteral("Motor assembly")} +
                           kShort);
        QCOMPARE(other.exitCode, 0);

        const ProcessOutput noVariant = test::simulate({mSample, QStringLiteral("--variant"), QStringLiteral("Nope")});
        QCOMPARE(noVariant.exitCode, 2);
        QVERIFY2(noVariant.err.contains(QStringLiteral("Current layout")), qPrintable(noVariant.err));
        const ProcessOutput noLine = test::simulate({mSample, QStringLiteral("--line"), QStringLiteral("Nope")});
        QCOMPARE(noLine.exitCode, 2);
        QVERIFY2(noLine.err.contains(QStringLiteral("Motor assembly")), qPrintable(noLine.err));
    }

    void applyStoresTheResult()
    {
        const QString path = mDir.filePath(QStringLiteral("apply.taktflow"));
        QVERIFY(core::saveProject(core::makeSampleProject(), path));
        QVERIFY(!core::openProject(path).project->variants.front().lines.front().lastSimulation);
        const ProcessOutput r =
            test::simulate({path, QStringLiteral("--apply"), QStringLiteral("--json"), QStringLiteral("--replications"),
                            QStringLiteral("3"), QStringLiteral("--duration-s"), QStringLiteral("3600"),
                            QStringLiteral("--seed"), QStringLiteral("5")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = test::jsonObject(r.out);
        QVERIFY(!o.isEmpty());
        const core::LoadedProject reopened = core::openProject(path);
        QVERIFY(reopened.result);
        const auto &summary = reopened.project->variants.front().lines.front().lastSimulation;
        QVERIFY(summary.has_value());
        QCOMPARE(summary->replications, 3);
        QCOMPARE(summary->simulatedS, 3600.0);
        QCOMPARE(summary->throughputPerHourMean, number(o, QStringLiteral("throughput_per_hour.mean")));
        QCOMPARE(summary->bottleneck, o.value(QStringLiteral("bottleneck")).toString());
        QCOMPARE(qsizetype(summary->stations.size()), o.value(QStringLiteral("stations")).toArray().size());
        QVERIFY(!summary->inputFingerprint.isEmpty());
        QCOMPARE(summary->parameters.run.seed, std::uint64_t(5));
    }

    void sizeBuffersReachesTheTarget()
    {
        const QStringList settings{QStringLiteral("--replications"), QStringLiteral("5"),
                                   QStringLiteral("--duration-s"),   QStringLiteral("28800"),
                                   QStringLiteral("--seed"),         QStringLiteral("3")};
        const QString model = test::simulationData("sizing.json");
        const ProcessOutput r = test::simulate(QStringList{model, QStringLiteral("--size-buffers"),
                                                           QStringLiteral("--target-per-hour"), QStringLiteral("50")} +
                                               settings);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = test::jsonObject(r.out);
        QVERIFY(o.value(QStringLiteral("found")).toBool());
        const QJsonArray capacities = o.value(QStringLiteral("capacities")).toArray();
        QCOMPARE(capacities.size(), 2);
        const int total = o.value(QStringLiteral("total")).toInt();
        QCOMPARE(capacities[0].toInt() + capacities[1].toInt(), total);
        QVERIFY(total > 0);
        QVERIFY(number(o, QStringLiteral("throughput_per_hour.mean")) >= 50.0);
        QVERIFY(!o.value(QStringLiteral("curve")).toArray().isEmpty());
        QVERIFY(o.value(QStringLiteral("evaluations")).toInt() >= 2);

        // Re-checked by a plain run with those buffers and the same seeds ...
        const QString sized = withBuffers(model, capacities, mDir.filePath(QStringLiteral("sized.json")));
        const ProcessOutput check = test::simulate(QStringList{sized, QStringLiteral("--json")} + settings);
        QCOMPARE(check.exitCode, 0);
        QVERIFY(number(test::jsonObject(check.out), QStringLiteral("throughput_per_hour.mean")) >= 50.0);
        // ... and the best allocation of one part less falls short, as does the line without buffers.
        const ProcessOutput smaller =
            test::simulate(QStringList{model, QStringLiteral("--size-buffers"), QStringLiteral("--total-capacity"),
                                       QString::number(total - 1)} +
                           settings);
        QCOMPARE(smaller.exitCode, 0);
        QVERIFY(number(test::jsonObject(smaller.out), QStringLiteral("throughput_per_hour.mean")) < 50.0);
        const ProcessOutput none = test::simulate(QStringList{model, QStringLiteral("--json")} + settings);
        QVERIFY(number(test::jsonObject(none.out), QStringLiteral("throughput_per_hour.mean")) < 50.0);

        // An unlimited gap stays out of the search and reads null.
        const QString open =
            withBuffers(model, QJsonArray{QJsonValue::Null, 0}, mDir.filePath(QStringLiteral("open.json")));
        const QJsonObject openSized =
            test::jsonObject(test::simulate(QStringList{open, QStringLiteral("--size-buffers"),
                                                        QStringLiteral("--total-capacity"), QStringLiteral("2")} +
                                            settings)
                                 .out);
        const QJsonArray openCapacities = openSized.value(QStringLiteral("capacities")).toArray();
        QCOMPARE(openCapacities.size(), 2);
        QVERIFY(openCapacities[0].isNull());
        QCOMPARE(openCapacities[1].toInt(), 2);
    }

    void sizeBuffersApplyStoresTheBuffers()
    {
        const QString path = mDir.filePath(QStringLiteral("sizing.taktflow"));
        QVERIFY(core::saveProject(core::makeSampleProject(), path));
        const ProcessOutput r =
            test::simulate({path, QStringLiteral("--size-buffers"), QStringLiteral("--total-capacity"),
                            QStringLiteral("4"), QStringLiteral("--apply"), QStringLiteral("--replications"),
                            QStringLiteral("2"), QStringLiteral("--duration-s"), QStringLiteral("3600")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray capacities = test::jsonObject(r.out).value(QStringLiteral("capacities")).toArray();
        const auto buffers = core::openProject(path).project->variants.front().lines.front().simulation.buffers;
        QCOMPARE(qsizetype(buffers.size()), capacities.size());
        int total = 0;
        for (std::size_t i = 0; i < buffers.size(); ++i) {
            QVERIFY(buffers[i].has_value());
            QCOMPARE(*buffers[i], capacities[qsizetype(i)].toInt());
            total += *buffers[i];
        }
        QCOMPARE(total, 4);
    }
};

QTEST_GUILESS_MAIN(TestCliSimulate)
#include "tst_cli_simulate.moc"
