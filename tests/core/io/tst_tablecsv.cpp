// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/csvreader.h"
#include "core/io/tablecsv.h"
#include "core/model/sampleproject.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace taktflow::core;
using namespace taktflow::core::io;

class TestTableCsv : public QObject
{
    Q_OBJECT

private slots:
    void parsesQuotedFieldsAndLineEnds()
    {
        const QString text = QStringLiteral("\xFEFF" "id,name,note\r\n"
                                            "1,\"Press, hydraulic\",\"says \"\"hi\"\"\"\r\n"
                                            "\r\n"
                                            "2,\"two\nlines\",x\n"
                                            "3,plain,\n");
        const CsvTable table = parseCsv(text);
        QVERIFY2(table.ok(), qPrintable(table.error));
        QCOMPARE(table.header, (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("note")}));
        QCOMPARE(table.records.size(), std::size_t(3));
        QCOMPARE(table.records[0].fields[1], QStringLiteral("Press, hydraulic"));
        QCOMPARE(table.records[0].fields[2], QStringLiteral("says \"hi\""));
        QCOMPARE(table.records[0].line, 2);
        QCOMPARE(table.records[1].fields[1], QStringLiteral("two\nlines"));
        QCOMPARE(table.records[1].line, 4);
        QCOMPARE(table.records[2].line, 6);
        QCOMPARE(table.records[2].fields[2], QString());
    }

    void parseErrorsNameTheLine()
    {
        CsvTable open = parseCsv(QStringLiteral("a,b\n1,2\n3,\"never closed\n4,5\n"));
        QVERIFY(!open.ok());
        QCOMPARE(open.errorLine, 3);
        CsvTable stray = parseCsv(QStringLiteral("a,b\n1,x\"y\n"));
        QVERIFY(!stray.ok());
        QCOMPARE(stray.errorLine, 2);
    }

    void tabSeparatedPaste()
    {
        const CsvTable table = parseCsv(QStringLiteral("id\ttime_s\nA\t1.5\n"), QLatin1Char('\t'));
        QVERIFY(table.ok());
        QCOMPARE(table.records.at(0).fields, (QStringList{QStringLiteral("A"), QStringLiteral("1.5")}));
    }

    void importsTasksInAnyColumnOrder()
    {
        const CsvTable table = parseCsv(QStringLiteral("predecessors,time_s,id,name,automated,colour\n"
                                                       ",10.5,A,First,true,red\n"
                                                       "A,4,B,Second,0,blue\n"
                                                       "A;B,7.25,C,\"Third, last\",1,green\n"));
        std::vector<Task> tasks;
        const ImportReport report = importTasks(table, QStringLiteral("tasks.csv"), tasks);
        QVERIFY2(report.ok(), qPrintable(report.errors.join(QLatin1Char('\n'))));
        QCOMPARE(report.warnings, QStringList{QStringLiteral("tasks.csv:1: unknown column 'colour' ignored")});
        QCOMPARE(tasks.size(), std::size_t(3));
        QCOMPARE(tasks[0].timeS, 10.5);
        QVERIFY(tasks[0].automated);
        QVERIFY(!tasks[1].automated);
        QCOMPARE(tasks[2].name, QStringLiteral("Third, last"));
        QCOMPARE(tasks[2].predecessors, (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        QCOMPARE(tasks[2].timeS, 7.25);
    }

    void taskErrorsNameFileAndLine()
    {
        const CsvTable table = parseCsv(QStringLiteral("id,name,time_s,predecessors\n"
                                                       "A,ok,1,\n"
                                                       "B,bad number,x1,A\n"
                                                       "C,negative,-3,A\n"
                                                       "A,duplicate,2,\n"
                                                       "D,missing pred,2,Z\n"
                                                       "E,short row,2\n"));
        std::vector<Task> tasks{Task{}};
        const ImportReport report = importTasks(table, QStringLiteral("t.csv"), tasks);
        QVERIFY(!report.ok());
        const QString all = report.errors.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("t.csv:3: time_s 'x1' is not a number")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("t.csv:4: time_s must not be negative")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("t.csv:5: duplicate task id 'A' (first on line 2)")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("t.csv:6: predecessor 'Z' of task 'D' does not exist")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("t.csv:7: 3 fields, the header has 4")), qPrintable(all));
        QCOMPARE(tasks.size(), std::size_t(1)); // untouched on error
    }

    void taskCycleIsAnError()
    {
        const CsvTable table = parseCsv(QStringLiteral("id,name,time_s,predecessors\nA,a,1,C\nB,b,1,A\nC,c,1,B\n"));
        std::vector<Task> tasks;
        const ImportReport report = importTasks(table, QStringLiteral("cycle.csv"), tasks);
        QCOMPARE(report.errors.size(), 1);
        QVERIFY2(report.errors.front().startsWith(QLatin1String("cycle.csv:")), qPrintable(report.errors.front()));
        QVERIFY(report.errors.front().contains(QLatin1String("precedence cycle")));
    }

    void missingColumnIsLineOne()
    {
        std::vector<LayoutItem> items;
        const ImportReport report = importItems(parseCsv(QStringLiteral("id,name,type,x_m,y_m,width_m\nA,a,machine,1,1,1\n")),
                                                QStringLiteral("items.csv"), items);
        QCOMPARE(report.errors, QStringList{QStringLiteral("items.csv:1: missing column 'depth_m'")});
    }

    void itemErrors()
    {
        const CsvTable table = parseCsv(QStringLiteral("id,name,type,x_m,y_m,width_m,depth_m,automated\n"
                                                       "A,a,spaceship,1,1,1,1,0\n"
                                                       "B,b,machine,1,1,0,1,0\n"
                                                       "C,c,rack,1,1,1,1,maybe\n"));
        std::vector<LayoutItem> items;
        const ImportReport report = importItems(table, QStringLiteral("i.csv"), items);
        QCOMPARE(report.errors.size(), 3);
        QVERIFY(report.errors[0].startsWith(QLatin1String("i.csv:2: unknown type 'spaceship'")));
        QVERIFY(report.errors[1].startsWith(QLatin1String("i.csv:3: width and depth")));
        QVERIFY(report.errors[2].startsWith(QLatin1String("i.csv:4: automated 'maybe'")));
    }

    void flowsNeedKnownItems()
    {
        const CsvTable table = parseCsv(QStringLiteral("from,to,units_per_period\nA,B,10\nA,Q,5\n"));
        std::vector<MaterialFlow> flows;
        const ImportReport report =
            importFlows(table, QStringLiteral("f.csv"), {QStringLiteral("A"), QStringLiteral("B")}, flows);
        QCOMPARE(report.errors, QStringList{QStringLiteral("f.csv:3: item 'Q' does not exist")});
        QVERIFY(flows.empty());
    }

    void exportImportRoundTrip()
    {
        const Variant variant = makeSampleProject().variants[2];
        std::vector<Task> tasks;
        QVERIFY(importTasks(parseCsv(exportTasks(variant.lines[0].tasks)), QStringLiteral("t"), tasks).ok());
        QVERIFY(tasks == variant.lines[0].tasks);

        std::vector<LayoutItem> items;
        QVERIFY(importItems(parseCsv(exportItems(variant.items)), QStringLiteral("i"), items).ok());
        QCOMPARE(items.size(), variant.items.size());
        for (std::size_t i = 0; i < items.size(); ++i) {
            QCOMPARE(items[i].id, variant.items[i].id);
            QCOMPARE(items[i].xM, variant.items[i].xM);
            QCOMPARE(items[i].depthM, variant.items[i].depthM);
            QCOMPARE(items[i].automationLevel, variant.items[i].automationLevel);
            QCOMPARE(items[i].clearanceM, variant.items[i].clearanceM);
        }

        QStringList ids;
        for (const auto &item : variant.items)
            ids << item.id;
        std::vector<MaterialFlow> flows;
        QVERIFY(importFlows(parseCsv(exportFlows(variant.flows)), QStringLiteral("f"), ids, flows).ok());
        QVERIFY(flows == variant.flows);
    }

    void invalidUtf8NamesTheLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("latin1.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id,name,time_s,predecessors\nA,ok,1,\nB,Schwei\xdf" "en,2,A\n");
        file.close();
        const CsvTable table = readCsvFile(path);
        QVERIFY(!table.ok());
        QCOMPARE(table.errorLine, 3);
        QVERIFY(table.error.contains(QLatin1String("UTF-8")));
    }

    void sizeLimits()
    {
        CsvLimits limits;
        limits.maxFieldChars = 10;
        QVERIFY(!parseCsv(QStringLiteral("a\n0123456789ABC\n"), QLatin1Char(','), limits).ok());
        limits = {};
        limits.maxRecords = 2;
        QVERIFY(!parseCsv(QStringLiteral("a\n1\n2\n3\n4\n"), QLatin1Char(','), limits).ok());
    }

    /** A device that never ends is refused at the size limit instead of being read until memory runs out. */
    void endlessFileIsRefused()
    {
        taktflow::core::io::CsvLimits limits;
        limits.maxBytes = 1 << 20;
        const taktflow::core::io::CsvTable table = taktflow::core::io::readCsvFile(QStringLiteral("/dev/zero"), limits);
        QVERIFY(!table.ok());
        QVERIFY2(table.error.contains(QStringLiteral("larger than 1 MiB")), qPrintable(table.error));
    }
};

QTEST_GUILESS_MAIN(TestTableCsv)
#include "tst_tablecsv.moc"
