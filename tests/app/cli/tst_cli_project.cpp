// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/sampleproject.h"
#include "core/storage/projectfile.h"
#include "tests/common/processrunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace taktflow;
using test::ProcessOutput;

namespace {

ProcessOutput cli(const QStringList &arguments)
{
    return test::runProcess(QStringLiteral(TAKTFLOW_CLI), arguments);
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

class TestCliProject : public QObject
{
    Q_OBJECT

private slots:
    void usageErrorsExitOne()
    {
        QCOMPARE(cli({}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("info")}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("info"), QStringLiteral("--bogus"), QStringLiteral("x")}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("x.taktflow")}).exitCode, 1);
    }

    void everyCommandHasHelp_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("new") << "new" << "--sample";
        QTest::newRow("info") << "info" << "--json";
        QTest::newRow("validate") << "validate" << "FILE";
        QTest::newRow("import") << "import" << "--available-time-s";
        QTest::newRow("export") << "export" << "--dir";
    }

    void everyCommandHasHelp()
    {
        QFETCH(QString, command);
        QFETCH(QString, mentions);
        const ProcessOutput out = cli({command, QStringLiteral("--help")});
        QCOMPARE(out.exitCode, 0);
        QVERIFY2(out.out.contains(mentions), qPrintable(out.out));
        const ProcessOutput top = cli({QStringLiteral("--help")});
        QCOMPARE(top.exitCode, 0);
        QVERIFY(top.out.contains(command));
    }

    void newInfoValidate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plant.taktflow"));
        QCOMPARE(cli({QStringLiteral("new"), path, QStringLiteral("--sample")}).exitCode, 0);
        const ProcessOutput again = cli({QStringLiteral("new"), path});
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.contains(path));

        const ProcessOutput info = cli({QStringLiteral("info"), path, QStringLiteral("--json")});
        QCOMPARE(info.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(info.out.toUtf8()).object();
        const QJsonArray variants = root.value(QStringLiteral("variants")).toArray();
        QCOMPARE(variants.size(), 3);
        const QJsonObject first = variants.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("Current layout"));
        QCOMPARE(first.value(QStringLiteral("items")).toInt(), 17);
        QCOMPARE(first.value(QStringLiteral("tasks")).toInt(), 12);
        QCOMPARE(first.value(QStringLiteral("flows")).toInt(), 1);
        QCOMPARE(variants.at(2).toObject().value(QStringLiteral("items")).toInt(), 18);

        const ProcessOutput valid = cli({QStringLiteral("validate"), path});
        QCOMPARE(valid.exitCode, 0);

        const QString empty = dir.filePath(QStringLiteral("empty.taktflow"));
        QCOMPARE(cli({QStringLiteral("new"), empty}).exitCode, 0);
        const ProcessOutput emptyInfo = cli({QStringLiteral("info"), empty, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(emptyInfo.out.toUtf8()).object().value(QStringLiteral("variants")).toArray().size(), 1);
    }

    void validateReportsEveryProblem()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.taktflow"));
        core::Project project = core::makeSampleProject();
        project.variants[0].lines[0].tasks[0].predecessors << QStringLiteral("T12");
        project.variants[1].flows[0].fromItem = QStringLiteral("GHOST");
        QVERIFY(core::saveProject(project, path));
        const ProcessOutput out = cli({QStringLiteral("validate"), path});
        QCOMPARE(out.exitCode, 2);
        const QStringList lines = out.err.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].contains(QLatin1String("precedence cycle")), qPrintable(out.err));
        QVERIFY2(lines[1].contains(QLatin1String("GHOST")), qPrintable(out.err));

        const QString notProject = dir.filePath(QStringLiteral("notes.txt"));
        writeFile(notProject, "hello");
        const ProcessOutput bad = cli({QStringLiteral("validate"), notProject});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(notProject) && bad.err.contains(QLatin1String("not a Taktflow project")),
                 qPrintable(bad.err));
    }

    void importBadRowWritesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plant.taktflow"));
        QCOMPARE(cli({QStringLiteral("new"), path, QStringLiteral("--sample")}).exitCode, 0);
        const QByteArray before = bytesOf(path);
        const QString tasks = dir.filePath(QStringLiteral("tasks.csv"));
        writeFile(tasks, "id,name,time_s,predecessors\nA,a,1,\nB,b,abc,A\n");
        const ProcessOutput out = cli({QStringLiteral("import"), path, QStringLiteral("--variant"),
                                       QStringLiteral("Cell layout"), QStringLiteral("--tasks"), tasks});
        QCOMPARE(out.exitCode, 2);
        QVERIFY2(out.err.contains(tasks + QStringLiteral(":3: time_s 'abc' is not a number")), qPrintable(out.err));
        QCOMPARE(bytesOf(path), before);
    }

    void importExportRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.taktflow"));
        const QString tasks = dir.filePath(QStringLiteral("tasks.csv"));
        const QString items = dir.filePath(QStringLiteral("items.csv"));
        const QString flows = dir.filePath(QStringLiteral("flows.csv"));
        writeFile(tasks, "id,name,time_s,predecessors,automated\n1,Cut,12.5,,0\n2,Bend,8,1,1\n3,\"Weld, spot\",20,1;2,0\n");
        writeFile(items, "name,id,type,x_m,y_m,width_m,depth_m,rotation_deg,height_m,automated,power_kw\n"
                         "Saw,S1,machine,5,5,3,2,0,2,1,7.5\nBench,B1,workstation,12,5,2,1,90,1,0,0\n");
        writeFile(flows, "from,to,units_per_period,product\nS1,B1,120,Frame\n");
        const ProcessOutput imported = cli({QStringLiteral("import"), path, QStringLiteral("--variant"),
                                            QStringLiteral("Line A"), QStringLiteral("--tasks"), tasks,
                                            QStringLiteral("--items"), items, QStringLiteral("--flows"), flows,
                                            QStringLiteral("--demand"), QStringLiteral("240"),
                                            QStringLiteral("--available-time-s"), QStringLiteral("27000")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

        const core::LoadedProject loaded = core::openProject(path);
        QVERIFY(loaded.result);
        const core::Variant *variant = loaded.project->findVariant(QStringLiteral("Line A"));
        QVERIFY(variant);
        QCOMPARE(variant->lines.at(0).demandPerPeriod, 240.0);
        QCOMPARE(variant->lines.at(0).availableTimePerPeriodS, 27000.0);
        QCOMPARE(variant->lines.at(0).tasks.at(2).name, QStringLiteral("Weld, spot"));
        QCOMPARE(variant->items.at(0).powerKw, 7.5);
        QCOMPARE(variant->flows.at(0).unitsPerPeriod, 120.0);

        const QString out = dir.filePath(QStringLiteral("out"));
        QCOMPARE(cli({QStringLiteral("export"), path, QStringLiteral("--variant"), QStringLiteral("Line A"),
                      QStringLiteral("--dir"), out})
                     .exitCode,
                 0);
        // Importing the export into a second file gives the same variant content.
        const QString copy = dir.filePath(QStringLiteral("copy.taktflow"));
        QCOMPARE(cli({QStringLiteral("import"), copy, QStringLiteral("--variant"), QStringLiteral("Line A"),
                      QStringLiteral("--tasks"), out + QStringLiteral("/tasks.csv"), QStringLiteral("--items"),
                      out + QStringLiteral("/items.csv"), QStringLiteral("--flows"), out + QStringLiteral("/flows.csv")})
                     .exitCode,
                 0);
        const core::LoadedProject reloaded = core::openProject(copy);
        const core::Variant *again = reloaded.project->findVariant(QStringLiteral("Line A"));
        QVERIFY(again);
        QVERIFY(again->items == variant->items);
        QVERIFY(again->flows == variant->flows);
        QVERIFY(again->lines.at(0).tasks == variant->lines.at(0).tasks);
        const ProcessOutput missing = cli({QStringLiteral("export"), path, QStringLiteral("--variant"),
                                           QStringLiteral("Nope"), QStringLiteral("--dir"), out});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QLatin1String("Line A")));
    }

    void balanceProjectLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plant.taktflow"));
        QCOMPARE(cli({QStringLiteral("new"), path, QStringLiteral("--sample")}).exitCode, 0);
        const ProcessOutput out = cli({QStringLiteral("balance"), path, QStringLiteral("--variant"),
                                       QStringLiteral("Cell layout"), QStringLiteral("--json")});
        QVERIFY2(out.exitCode == 0, qPrintable(out.err));
        const QJsonObject result = QJsonDocument::fromJson(out.out.toUtf8()).object();
        QCOMPARE(result.value(QStringLiteral("problem")).toString(), QStringLiteral("SALBP-1"));
        QCOMPARE(result.value(QStringLiteral("n_tasks")).toInt(), 12);
        // Takt 45360 s / 480 = 94.5 s; work content 308 s needs at least ceil(308 / 94.5) = 4 stations.
        QCOMPARE(result.value(QStringLiteral("cycle_time")).toDouble(), 94.5);
        QCOMPARE(result.value(QStringLiteral("stations")).toInt(), 4);
        QVERIFY(result.value(QStringLiteral("optimal")).toBool());

        // Checked here against the sample's task times and precedences, not by the solver.
        const core::Project sample = core::makeSampleProject();
        const core::ProductionLine &line = sample.variants[1].lines[0];
        const QJsonArray ids = result.value(QStringLiteral("task_ids")).toArray();
        QCOMPARE(ids.size(), 12);
        QMap<QString, int> stationOf;
        const QJsonArray assignment = result.value(QStringLiteral("assignment")).toArray();
        for (int s = 0; s < assignment.size(); ++s) {
            double load = 0;
            for (const QJsonValue &number : assignment.at(s).toArray()) {
                const QString id = ids.at(number.toInt() - 1).toString();
                QVERIFY2(!stationOf.contains(id), qPrintable(id));
                stationOf.insert(id, s);
                for (const auto &task : line.tasks) {
                    if (task.id == id)
                        load += task.timeS;
                }
            }
            QVERIFY(load <= 94.5);
        }
        QCOMPARE(stationOf.size(), 12);
        for (const auto &task : line.tasks) {
            for (const QString &predecessor : task.predecessors)
                QVERIFY(stationOf.value(predecessor) <= stationOf.value(task.id));
        }

        // --apply stores the assignment in the file.
        QCOMPARE(cli({QStringLiteral("balance"), path, QStringLiteral("--variant"), QStringLiteral("Current layout"),
                      QStringLiteral("--cycle-time"), QStringLiteral("80"), QStringLiteral("--apply")})
                     .exitCode,
                 0);
        const core::LoadedProject loaded = core::openProject(path);
        QVERIFY(loaded.result);
        QCOMPARE(loaded.project->variants[0].lines[0].stations.size(), std::size_t(5)); // ceil(308 / 80) = 4 does not fit
        QCOMPARE(cli({QStringLiteral("balance"), path, QStringLiteral("--variant"), QStringLiteral("Nope")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("balance"), dir.filePath(QStringLiteral("x.IN2")), QStringLiteral("--apply")}).exitCode,
                 1);
    }
};

QTEST_GUILESS_MAIN(TestCliProject)
#include "tst_cli_project.moc"
