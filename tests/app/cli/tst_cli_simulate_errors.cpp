// SPDX-License-Identifier: GPL-3.0-or-later
// `taktflow-cli simulate` on bad input: every case of issue #16 exits 2 with the file and the
// JSON path (or the flag) in the message, prints no result and writes nothing.
#include "core/model/sampleproject.h"
#include "core/storage/projectfile.h"
#include "tests/app/cli/simulatetestutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace taktflow;
using test::ProcessOutput;

namespace {

// One station wrapped into a valid document, so that each row shows only what is wrong.
QByteArray line(const char *stations, const char *buffers = "[]", const char *source = R"({"saturated": true})")
{
    return QByteArrayLiteral(R"({"source": )") + source + R"(, "stations": )" + stations + R"(, "buffers": )" +
           buffers + "}";
}

const char kGood[] = R"([{"name": "A", "time": {"dist": "deterministic", "value_s": 10}, "servers": 1}])";
const char kTwo[] = R"([{"name": "A", "time": {"dist": "deterministic", "value_s": 1}, "servers": 1},)"
                    R"( {"name": "B", "time": {"dist": "deterministic", "value_s": 1}, "servers": 1}])";

} // namespace

class TestCliSimulateErrors : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;

private slots:
    void initTestCase() { QVERIFY(mDir.isValid()); }

    void badModelFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("where");
        const auto row = [](const char *name, const QByteArray &content, const char *where) {
            QTest::newRow(name) << content << QString::fromLatin1(where);
        };
        row("not JSON", "{\"source\": {\"saturated\": true},\n  \"stations\": [", ":2:");
        row("not JSON at all", "stations:\n- S1\n", ":1:");
        row("NaN literal", line(R"([{"name": "A", "time": {"dist": "deterministic", "value_s": NaN}, "servers": 1}])"),
            "stations[0].time.value_s");
        row("Infinity literal",
            line(R"([{"name": "A", "time": {"dist": "exponential", "mean_s": 1e999}, "servers": 1}])"),
            "stations[0].time.mean_s");
        // Line and column (in characters: the name has a two-byte letter) of the number's first digit.
        row("out-of-range number, where",
            "{\n  \"source\": {\"saturated\": true},\n  \"stations\": [\n    {\"name\": \"\xc3\x84\", \"time\": "
            "{\"dist\": \"exponential\", \"mean_s\": 1e999}, \"servers\": 1}\n  ],\n  \"buffers\": []\n}\n",
            ":4:61: not valid JSON (in stations[0].time.mean_s)");
        row("top level list", "[1, 2]", "top level");
        row("missing source", R"({"stations": [], "buffers": []})", "source");
        row("missing stations", R"({"source": {"saturated": true}, "buffers": []})", "stations");
        row("missing buffers", R"({"source": {"saturated": true}, "stations": )" + QByteArray(kGood) + "}", "buffers");
        row("no stations", line("[]"), "stations");
        row("station not an object", line("[3]"), "stations[0]");
        row("missing name", line(R"([{"time": {"dist": "deterministic", "value_s": 1}, "servers": 1}])"),
            "stations[0].name");
        row("missing time", line(R"([{"name": "A", "servers": 1}])"), "stations[0].time");
        row("missing servers", line(R"([{"name": "A", "time": {"dist": "deterministic", "value_s": 1}}])"),
            "stations[0].servers");
        row("missing dist", line(R"([{"name": "A", "time": {"value_s": 1}, "servers": 1}])"), "stations[0].time.dist");
        row("unknown dist", line(R"([{"name": "A", "time": {"dist": "gamma", "mean_s": 1}, "servers": 1}])"),
            "stations[0].time.dist");
        row("time as a string",
            line(R"([{"name": "A", "time": {"dist": "deterministic", "value_s": "5"}, "servers": 1}])"),
            "stations[0].time.value_s");
        row("NaN as a string",
            line(R"([{"name": "A", "time": {"dist": "exponential", "mean_s": "NaN"}, "servers": 1}])"),
            "stations[0].time.mean_s");
        row("negative time",
            line(QByteArray(R"([{"name": "A", "time": {"dist": "deterministic", "value_s": 1}, "servers": 1},)"
                            R"( {"name": "B", "time": {"dist": "deterministic", "value_s": -5}, "servers": 1}])")
                     .constData(),
                 "[1]"),
            "stations[1].time.value_s");
        row("huge time", line(R"([{"name": "A", "time": {"dist": "exponential", "mean_s": 1e300}, "servers": 1}])"),
            "stations[0].time.mean_s");
        row("sd without mean", line(R"([{"name": "A", "time": {"dist": "normal", "sd_s": 2}, "servers": 1}])"),
            "stations[0].time.mean_s");
        row("mean without sd", line(R"([{"name": "A", "time": {"dist": "lognormal", "mean_s": 2}, "servers": 1}])"),
            "stations[0].time.sd_s");
        row("negative sd",
            line(R"([{"name": "A", "time": {"dist": "normal", "mean_s": 2, "sd_s": -1}, "servers": 1}])"),
            "stations[0].time.sd_s");
        row("triangular out of order",
            line(
                R"([{"name": "A", "time": {"dist": "triangular", "min_s": 5, "mode_s": 3, "max_s": 9}, "servers": 1}])"),
            "stations[0].time");
        row("uniform min above max",
            line(R"([{"name": "A", "time": {"dist": "uniform", "min_s": 5, "max_s": 3}, "servers": 1}])"),
            "stations[0].time");
        row("empty samples", line(R"([{"name": "A", "time": {"dist": "empirical", "samples_s": []}, "servers": 1}])"),
            "stations[0].time.samples_s");
        row("negative sample",
            line(R"([{"name": "A", "time": {"dist": "empirical", "samples_s": [1, -2]}, "servers": 1}])"),
            "stations[0].time.samples_s[1]");
        row("0 servers", line(R"([{"name": "A", "time": {"dist": "deterministic", "value_s": 1}, "servers": 0}])"),
            "stations[0].servers");
        row("fractional servers",
            line(R"([{"name": "A", "time": {"dist": "deterministic", "value_s": 1}, "servers": 1.5}])"),
            "stations[0].servers");
        row("mttr without mtbf",
            line(R"([{"name": "A", "time": {"dist": "deterministic", "value_s": 1}, "servers": 1,)"
                 R"( "failures": {"mttr_s": 100}}])"),
            "stations[0].failures.mtbf_s");
        row("mtbf without mttr",
            line(R"([{"name": "A", "time": {"dist": "deterministic", "value_s": 1}, "servers": 1,)"
                 R"( "failures": {"mtbf_s": 100}}])"),
            "stations[0].failures.mttr_s");
        row("mtbf of 0",
            line(R"([{"name": "A", "time": {"dist": "deterministic", "value_s": 1}, "servers": 1,)"
                 R"( "failures": {"mtbf_s": 0, "mttr_s": 10}}])"),
            "stations[0].failures.mtbf_s");
        row("buffers too short", line(kTwo, "[]"), "buffers");
        row("buffers too long", line(kGood, "[1]"), "buffers");
        row("negative buffer", line(kTwo, "[-1]"), "buffers[0]");
        row("fractional buffer", line(kTwo, "[0.5]"), "buffers[0]");
        // The engine's own model check (modelProblem) speaks of the line and names the station.
        row("saturated line of 0 s",
            line(R"([{"name": "A", "time": {"dist": "exponential", "mean_s": 0}, "servers": 1}])"), "saturated line");
        row("unlimited buffer after 0 s",
            line(R"([{"name": "A", "time": {"dist": "uniform", "min_s": 0, "max_s": 0}, "servers": 1},)"
                 R"( {"name": "B", "time": {"dist": "deterministic", "value_s": 5}, "servers": 1}])",
                 "[null]"),
            "station A");
        row("source not saturated", line(kGood, "[]", R"({"saturated": false})"), "source.saturated");
        row("source empty", line(kGood, "[]", "{}"), "source");
        row("interarrival of 0", line(kGood, "[]", R"({"interarrival": {"dist": "deterministic", "value_s": 0}})"),
            "source.interarrival");
    }

    void badModelFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, where);
        const QString path = mDir.filePath(QStringLiteral("bad-model.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        const ProcessOutput r = test::simulate({path, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(path), qPrintable(r.err));
        QVERIFY2(r.err.contains(where), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        // Fast: the reader refuses before anything runs.
        QVERIFY2(r.seconds < 5.0, qPrintable(QString::number(r.seconds)));
    }

    // A saturated fast station feeding a slow one through an unlimited buffer piles parts up
    // for ever: the run stops at the WIP limit with a clear error instead of eating the memory.
    void overloadedLineStopsAtTheWipLimit()
    {
        const QString path = mDir.filePath(QStringLiteral("overloaded.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(R"({"source": {"saturated": true},
 "stations": [{"name": "Fast", "time": {"dist": "deterministic", "value_s": 1}, "servers": 1},
              {"name": "Slow", "time": {"dist": "deterministic", "value_s": 2}, "servers": 1}],
 "buffers": [null]})");
        file.close();
        // 3e8 s would pile up 1.5e8 parts; the limit of 1e6 is reached after about 2e6 s.
        const ProcessOutput r = test::simulate({path, QStringLiteral("--json"), QStringLiteral("--duration-s"),
                                                QStringLiteral("300000000"), QStringLiteral("--replications"),
                                                QStringLiteral("2")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(path), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("piles up more than 1000000 parts")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        // The same line for a short run is fine: 1,800 parts per hour from the slow station.
        const ProcessOutput ok = test::simulate({path, QStringLiteral("--json"), QStringLiteral("--duration-s"),
                                                 QStringLiteral("3600"), QStringLiteral("--replications"),
                                                 QStringLiteral("2")});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(ok.out.contains(QStringLiteral("\"throughput_per_hour\"")), qPrintable(ok.out));
    }

    void unreadableFiles()
    {
        const QString missing = mDir.filePath(QStringLiteral("missing.json"));
        const ProcessOutput none = test::simulate({missing});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains(missing));
        const QString large = mDir.filePath(QStringLiteral("large.json"));
        QFile file(large);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(17 * 1024 * 1024, ' '));
        file.close();
        const ProcessOutput big = test::simulate({large});
        QCOMPARE(big.exitCode, 2);
        QVERIFY(big.err.contains(large));
        QVERIFY2(big.err.contains(QStringLiteral("16 MB")), qPrintable(big.err));
    }

    void badFlag_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("named");
        const auto row = [](const char *name, const QStringList &flags, const char *named) {
            QTest::newRow(name) << flags << QString::fromLatin1(named);
        };
        const QString r = QStringLiteral("--replications"), d = QStringLiteral("--duration-s"),
                      w = QStringLiteral("--warmup-s");
        row("10^15 replications", {r, QStringLiteral("1e15")}, "--replications");
        row("0 replications", {r, QStringLiteral("0")}, "--replications");
        row("fractional replications", {r, QStringLiteral("2.5")}, "--replications");
        row("10^15 seconds", {d, QStringLiteral("1e15")}, "--duration-s");
        row("NaN seconds", {d, QStringLiteral("nan")}, "--duration-s");
        row("negative seconds", {d, QStringLiteral("-60")}, "--duration-s");
        row("zero seconds", {d, QStringLiteral("0")}, "--duration-s");
        row("infinite warm-up", {w, QStringLiteral("inf")}, "--warmup-s");
        row("negative warm-up", {w, QStringLiteral("-1")}, "--warmup-s");
        row("10^15 warm-up", {w, QStringLiteral("1e15")}, "--warmup-s");
        row("negative seed", {QStringLiteral("--seed"), QStringLiteral("-3")}, "--seed");
        row("text seed", {QStringLiteral("--seed"), QStringLiteral("abc")}, "--seed");
        row("negative threads", {QStringLiteral("--threads"), QStringLiteral("-1")}, "--threads");
        row("apply on a model file", {QStringLiteral("--apply")}, "--apply");
        row("variant on a model file", {QStringLiteral("--variant"), QStringLiteral("V1")}, "--variant");
        row("target without sizing", {QStringLiteral("--target-per-hour"), QStringLiteral("40")}, "--size-buffers");
        row("sizing without a goal", {QStringLiteral("--size-buffers")}, "--target-per-hour");
        row("negative target",
            {QStringLiteral("--size-buffers"), QStringLiteral("--target-per-hour"), QStringLiteral("-4")},
            "--target-per-hour");
        row("NaN target",
            {QStringLiteral("--size-buffers"), QStringLiteral("--target-per-hour"), QStringLiteral("nan")},
            "--target-per-hour");
    }

    void badFlag()
    {
        QFETCH(QStringList, flags);
        QFETCH(QString, named);
        const ProcessOutput r = test::simulate(QStringList{test::simulationData("deterministic.json")} + flags);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.seconds < 5.0, qPrintable(QString::number(r.seconds)));
    }

    void badProjectWritesNothing()
    {
        const QString path = mDir.filePath(QStringLiteral("sample.taktflow"));
        QVERIFY(core::saveProject(core::makeSampleProject(), path));
        const QByteArray before = test::fileBytes(path);
        const ProcessOutput r =
            test::simulate({path, QStringLiteral("--apply"), QStringLiteral("--replications"), QStringLiteral("1e15")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--replications")));
        QCOMPARE(test::fileBytes(path), before);
    }

    void lineThatCannotBeSimulated()
    {
        // Unassigned tasks: the sample's line without its stations.
        core::Project unassigned = core::makeSampleProject();
        unassigned.variants.front().lines.front().stations.clear();
        const QString path = mDir.filePath(QStringLiteral("unassigned.taktflow"));
        QVERIFY(core::saveProject(unassigned, path));
        const QByteArray before = test::fileBytes(path);
        const ProcessOutput r = test::simulate({path, QStringLiteral("--apply")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(path) && r.err.contains(QStringLiteral("Motor assembly")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(test::fileBytes(path), before);

        // No line at all.
        core::Project empty;
        empty.name = QStringLiteral("Empty");
        core::Variant variant;
        variant.id = QStringLiteral("V1");
        variant.name = QStringLiteral("Variant 1");
        empty.variants.push_back(variant);
        const QString emptyPath = mDir.filePath(QStringLiteral("empty.taktflow"));
        QVERIFY(core::saveProject(empty, emptyPath));
        const ProcessOutput e = test::simulate({emptyPath});
        QCOMPARE(e.exitCode, 2);
        QVERIFY2(e.err.contains(emptyPath), qPrintable(e.err));
    }
};

QTEST_GUILESS_MAIN(TestCliSimulateErrors)
#include "tst_cli_simulate_errors.moc"
