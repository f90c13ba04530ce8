// SPDX-License-Identifier: GPL-3.0-or-later
#include "feasibilitychecker.h"

#include "core/balance/salbp2.h"
#include "core/io/salbpreader.h"

#include <QtTest>

using namespace taktflow::core;

class TestSalbp2 : public QObject
{
    Q_OBJECT

private slots:
    // Known optima from Scholl (1993) / salbp2_scholl_302.csv; see tests/data/salbp/SOURCES.md.
    void knownOptima_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("stations");
        QTest::addColumn<qint64>("optimum");
        const struct {
            const char *file;
            int stations;
            qint64 optimum;
        } rows[] = {
            {"BUXEY.IN2", 7, 47},     {"BUXEY.IN2", 14, 25},     {"SAWYER30.IN2", 11, 31}, {"GUNTHER.IN2", 9, 54},
            {"KILBRID.IN2", 3, 184},  {"KILBRID.IN2", 11, 55},   {"LUTZ1.IN2", 9, 1638},   {"TONGE70.IN2", 10, 352},
            {"TONGE70.IN2", 25, 156}, {"WARNECKE.IN2", 12, 130}, {"HAHN.IN2", 7, 2336},    {"HAHN.IN2", 10, 1775},
        };
        for (const auto &row : rows)
            QTest::addRow("%s m=%d", row.file, row.stations)
                << QString::fromLatin1(row.file) << row.stations << row.optimum;
    }

    void knownOptima()
    {
        QFETCH(QString, file);
        QFETCH(int, stations);
        QFETCH(qint64, optimum);
        const SalbpReadResult read = readSalbpFile(QStringLiteral(TAKTFLOW_TEST_DATA "/salbp/") + file);
        QVERIFY2(read, qPrintable(read.errorMessage));
        BalanceProblem p;
        p.taskTimes = read.instance->taskTimes;
        p.precedences = read.instance->precedences;
        BalanceOptions options;
        options.timeLimitS = 5.0;
        const BalanceResult r = solveSalbp2(p, stations, options);
        QVERIFY2(r.optimal(), qPrintable(r.message));
        QCOMPARE(r.cycleTime, optimum);
        QCOMPARE(r.lowerBound, optimum);
        QCOMPARE(r.stationCount, stations);
        const QString problem = taktflow::tests::checkFeasible(p, r, r.cycleTime);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void moreStationsThanTasks()
    {
        BalanceProblem p;
        p.taskTimes = {4, 6};
        p.precedences = {{0, 1}};
        const BalanceResult r = solveSalbp2(p, 5);
        QVERIFY(r.optimal());
        QCOMPARE(r.cycleTime, Ticks(6));
        const QString problem = taktflow::tests::checkFeasible(p, r, r.cycleTime);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestSalbp2)
#include "tst_salbp2.moc"
