// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/salbpreader.h"

#include <QtTest>

using namespace taktflow::core;

class TestSalbpReader : public QObject
{
    Q_OBJECT

private slots:
    void readsIn2WithCrlfAndTrailingText()
    {
        const QByteArray data =
            "4\r\n3\r\n5\r\n2\r\n7\r\n1,2\r\n1,3\r\n3,4\r\n-1,-1\r\nsource: a book\r\n\xe4\xf6\r\n\x1a";
        const SalbpReadResult r = parseIn2(data, QStringLiteral("x.IN2"));
        QVERIFY2(r, qPrintable(r.errorMessage));
        QCOMPARE(r.instance->taskTimes, (std::vector<std::int64_t>{3, 5, 2, 7}));
        QCOMPARE(r.instance->precedences.size(), std::size_t(3));
        QCOMPARE(r.instance->precedences[0], std::make_pair(0, 1));
        QVERIFY(!r.instance->cycleTime);
    }

    void readsDataFiles()
    {
        const QString dir = QStringLiteral(TAKTFLOW_TEST_DATA "/salbp/");
        const SalbpReadResult lutz = readSalbpFile(dir + QStringLiteral("LUTZ2.IN2")); // ends with 0x1A
        QVERIFY2(lutz, qPrintable(lutz.errorMessage));
        QCOMPARE(lutz.instance->taskTimes.size(), std::size_t(89));
        const SalbpReadResult otto = readSalbpFile(dir + QStringLiteral("otto_n20_1.alb"));
        QVERIFY2(otto, qPrintable(otto.errorMessage));
        QCOMPARE(otto.instance->taskTimes.size(), std::size_t(20));
        QCOMPARE(*otto.instance->cycleTime, std::int64_t(1000));
    }

    void readsAlb()
    {
        const QByteArray data = "<number of tasks>\r\n3\r\n<cycle time>\r\n10\r\n<order strength>\r\n0,333\r\n"
                                "<task times>\r\n1 4\r\n2 5\r\n3 6\r\n<precedence relations>\r\n1,3\r\n<end>\r\n";
        const SalbpReadResult r = parseAlb(data, QStringLiteral("a.alb"));
        QVERIFY2(r, qPrintable(r.errorMessage));
        QCOMPARE(r.instance->taskTimes, (std::vector<std::int64_t>{4, 5, 6}));
        QCOMPARE(*r.instance->cycleTime, std::int64_t(10));
    }

    void scalesDecimals()
    {
        const SalbpReadResult r = parseIn2("2\n1.5\n2.25\n1,2\n-1,-1\n", QStringLiteral("d.IN2"));
        QVERIFY2(r, qPrintable(r.errorMessage));
        QCOMPARE(r.instance->ticksPerUnit, std::int64_t(100));
        QCOMPARE(r.instance->taskTimes, (std::vector<std::int64_t>{150, 225}));
    }

    void reportsErrorsWithFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<bool>("alb");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad number") << QByteArray("2\n3\nx7\n-1,-1\n") << false << QStringLiteral("f:3: ");
        QTest::newRow("missing task") << QByteArray("2\n3\n4\n1,5\n-1,-1\n") << false << QStringLiteral("f:4: ");
        QTest::newRow("cycle") << QByteArray("3\n1\n1\n1\n1,2\n2,3\n3,1\n-1,-1\n") << false << QStringLiteral("f:");
        QTest::newRow("self loop") << QByteArray("2\n1\n1\n2,2\n-1,-1\n") << false << QStringLiteral("f:4: ");
        QTest::newRow("no end mark") << QByteArray("2\n1\n1\n1,2\n") << false << QStringLiteral("f:5: ");
        QTest::newRow("truncated times") << QByteArray("3\n1\n1\n") << false << QStringLiteral("f:4: ");
        QTest::newRow("bad pair") << QByteArray("2\n1\n1\n1;2\n-1,-1\n") << false << QStringLiteral("f:4: ");
        QTest::newRow("alb missing time")
            << QByteArray("<number of tasks>\n2\n<task times>\n1 4\n<end>\n") << true << QStringLiteral("f:2: ");
        QTest::newRow("alb unknown task")
            << QByteArray("<number of tasks>\n2\n<task times>\n1 4\n2 3\n<precedence relations>\n1,3\n<end>\n") << true
            << QStringLiteral("f:7: ");
        QTest::newRow("alb bad time") << QByteArray("<number of tasks>\n1\n<task times>\n1 -4\n<end>\n") << true
                                      << QStringLiteral("f:4: ");
        QTest::newRow("alb no end") << QByteArray("<number of tasks>\n1\n<task times>\n1 4\n") << true
                                    << QStringLiteral("f:5: ");
    }

    void reportsErrorsWithFileAndLine()
    {
        QFETCH(QByteArray, data);
        QFETCH(bool, alb);
        QFETCH(QString, expected);
        const SalbpReadResult r = alb ? parseAlb(data, QStringLiteral("f")) : parseIn2(data, QStringLiteral("f"));
        QVERIFY(!r);
        QVERIFY2(r.errorMessage.startsWith(expected), qPrintable(r.errorMessage));
    }

    void cycleNamesTheLineOfAnEdgeOnTheCycle()
    {
        // 1 -> 2 is not on the cycle 2 -> 3 -> 2; the message must point at lines 5 or 6.
        const SalbpReadResult r = parseIn2("3\n1\n1\n1\n1,2\n2,3\n3,2\n-1,-1\n", QStringLiteral("f"));
        QVERIFY(!r);
        QVERIFY2(r.errorMessage.startsWith(QStringLiteral("f:6: ")) ||
                     r.errorMessage.startsWith(QStringLiteral("f:7: ")),
                 qPrintable(r.errorMessage));
        QVERIFY(r.errorMessage.contains(QStringLiteral("cycle")));
    }

    /** Found by fuzz_salbp: a count section with more lines made the reader allocate gigabytes. */
    void hugeOrRepeatedTaskCountIsRefused()
    {
        const QString path = QStringLiteral(TAKTFLOW_TEST_DATA "/salbp/fuzz-oom-second-count.alb");
        const SalbpReadResult repeated = readSalbpFile(path);
        QVERIFY(!repeated);
        QVERIFY2(repeated.errorMessage.startsWith(path + QStringLiteral(":3: a second number of tasks")),
                 qPrintable(repeated.errorMessage));
        const SalbpReadResult huge = parseAlb("<number of tasks>\n222222881\n<end>\n", QStringLiteral("big.alb"));
        QVERIFY(!huge);
        QVERIFY2(huge.errorMessage.contains(QStringLiteral("big.alb:2:")) && huge.errorMessage.contains(QStringLiteral("limit")),
                 qPrintable(huge.errorMessage));
        const SalbpReadResult hugeIn2 = parseIn2("222222881\n", QStringLiteral("big.IN2"));
        QVERIFY(!hugeIn2);
        QVERIFY(hugeIn2.errorMessage.contains(QStringLiteral("limit")));
    }

    void missingFile()
    {
        const SalbpReadResult r = readSalbpFile(QStringLiteral("/nonexistent/x.IN2"));
        QVERIFY(!r);
        QVERIFY(r.errorMessage.startsWith(QStringLiteral("/nonexistent/x.IN2:")));
    }

    /** A device that never ends (or a huge file) is refused after 64 MiB, not read until memory runs out. */
    void endlessFileIsRefused()
    {
        const SalbpReadResult r = readIn2File(QStringLiteral("/dev/zero"));
        QVERIFY(!r);
        QVERIFY2(r.errorMessage.contains(QStringLiteral("larger than 64 MiB")), qPrintable(r.errorMessage));
    }
};

QTEST_GUILESS_MAIN(TestSalbpReader)
#include "tst_salbpreader.moc"
