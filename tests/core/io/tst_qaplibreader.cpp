// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/qaplibreader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace taktflow::core;

class TestQapLibReader : public QObject
{
    Q_OBJECT

private slots:
    void readsInstanceFile()
    {
        const QapLibReadResult read = readQapLibFile(QStringLiteral(TAKTFLOW_TEST_DATA "/qaplib/chr12a.dat"));
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.problem.n, 12);
        QCOMPARE(read.problem.flow.size(), std::size_t(144));
        QCOMPARE(read.problem.flowAt(0, 1), std::int64_t(90));
        QCOMPARE(read.problem.flowAt(1, 0), std::int64_t(90));
        // chr12a.sln: permutation 7 5 12 2 1 3 9 11 10 6 8 4 has cost 9552.
        const std::vector<int> known = {6, 4, 11, 1, 0, 2, 8, 10, 9, 5, 7, 3};
        QCOMPARE(qapCost(read.problem, known), std::int64_t(9552));
    }

    void acceptsFreeLayoutAndSigns()
    {
        const QapLibReadResult read =
            parseQapLib(QByteArrayLiteral("\r\n 2\r\n\r\n1 -2\t3\n+4   5 6\n\n 7\n8"), QStringLiteral("x.dat"));
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.problem.flow, (std::vector<std::int64_t>{1, -2, 3, 4}));
        QCOMPARE(read.problem.distance, (std::vector<std::int64_t>{5, 6, 7, 8}));
        // Non-zero diagonals count: A[0][0]*B[0][0] + A[0][1]*B[0][1] + A[1][0]*B[1][0] + A[1][1]*B[1][1].
        QCOMPARE(qapCost(read.problem, {0, 1}), std::int64_t(1 * 5 - 2 * 6 + 3 * 7 + 4 * 8));
        QCOMPARE(qapCost(read.problem, {1, 0}), std::int64_t(1 * 8 - 2 * 7 + 3 * 6 + 4 * 5));
    }

    void rejectsBadFiles_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expectedStart");
        QTest::newRow("empty") << QByteArray("  \n\n") << QStringLiteral("bad.dat:3:");
        QTest::newRow("size not a number") << QByteArray("abc\n1 2") << QStringLiteral("bad.dat:1:");
        QTest::newRow("size zero") << QByteArray("0\n") << QStringLiteral("bad.dat:1:");
        QTest::newRow("size too large") << QByteArray("\n1001\n") << QStringLiteral("bad.dat:2:");
        QTest::newRow("decimal value") << QByteArray("2\n1 2\n3 4.5\n5 6 7 8") << QStringLiteral("bad.dat:3:");
        QTest::newRow("garbage value") << QByteArray("2\n1 2\n3 4\n5 x 7 8") << QStringLiteral("bad.dat:4:");
        QTest::newRow("truncated") << QByteArray("2\n1 2\n3 4\n5 6\n") << QStringLiteral("bad.dat:5:");
        QTest::newRow("trailing data") << QByteArray("2\n1 2 3 4\n5 6 7 8\n\n9\n") << QStringLiteral("bad.dat:5:");
        QTest::newRow("number overflow") << QByteArray("1\n99999999999999999999\n1") << QStringLiteral("bad.dat:2:");
        QTest::newRow("cost overflow") << QByteArray("2\n4000000000 0 0 0\n4000000000 0 0 0")
                                       << QStringLiteral("bad.dat:1:");
        QTest::newRow("binary") << QByteArray("\x7f"
                                              "ELF\x02\x01\x01\0\0\0",
                                              10)
                                << QStringLiteral("bad.dat:1:");
    }

    void rejectsBadFiles()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expectedStart);
        const QapLibReadResult read = parseQapLib(data, QStringLiteral("bad.dat"));
        QVERIFY(!read.ok());
        QVERIFY2(read.error.startsWith(expectedStart), qPrintable(read.error));
        QVERIFY(read.error.size() > expectedStart.size() + 5);
    }

    void reportsMissingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.dat"));
        const QapLibReadResult read = readQapLibFile(path);
        QVERIFY(!read.ok());
        QVERIFY2(read.error.startsWith(path + QStringLiteral(":1:")), qPrintable(read.error));
    }
};

QTEST_GUILESS_MAIN(TestQapLibReader)
#include "tst_qaplibreader.moc"
