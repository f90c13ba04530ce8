// SPDX-License-Identifier: GPL-3.0-or-later
// The balance command's names, keys and exit codes are a contract with external scripts.
#include "tests/common/processrunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using taktflow::test::runProcess;

namespace {

QString data(const char *file)
{
    return QStringLiteral(TAKTFLOW_TEST_DATA "/salbp/") + QString::fromLatin1(file);
}

QStringList balance(QStringList args)
{
    args.prepend(QStringLiteral("balance"));
    return args;
}

} // namespace

class TestBalanceCli : public QObject
{
    Q_OBJECT

private slots:
    void help()
    {
        const auto r = runProcess(QStringLiteral(TAKTFLOW_CLI), balance({QStringLiteral("--help")}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--cycle-time")));
        QVERIFY(r.out.contains(QStringLiteral("--stations")));
    }

    void salbp1Json()
    {
        const auto r =
            runProcess(QStringLiteral(TAKTFLOW_CLI), balance({data("JACKSON.IN2"), QStringLiteral("--cycle-time"),
                                                              QStringLiteral("10"), QStringLiteral("--json")}));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("problem")).toString(), QStringLiteral("SALBP-1"));
        QCOMPARE(o.value(QStringLiteral("n_tasks")).toInt(), 11);
        QCOMPARE(o.value(QStringLiteral("cycle_time")).toDouble(), 10.0);
        QCOMPARE(o.value(QStringLiteral("stations")).toInt(), 5);
        QCOMPARE(o.value(QStringLiteral("lower_bound")).toInt(), 5);
        QCOMPARE(o.value(QStringLiteral("optimal")).toBool(), true);
        QVERIFY(o.value(QStringLiteral("seconds")).isDouble());
        const QJsonArray stations = o.value(QStringLiteral("assignment")).toArray();
        QCOMPARE(stations.size(), 5);
        QList<int> seen;
        for (const QJsonValue &s : stations)
            for (const QJsonValue &t : s.toArray())
                seen << t.toInt();
        std::sort(seen.begin(), seen.end());
        QCOMPARE(seen, (QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}));
    }

    void salbp2Json()
    {
        const auto r = runProcess(
            QStringLiteral(TAKTFLOW_CLI),
            balance({data("BUXEY.IN2"), QStringLiteral("--stations"), QStringLiteral("7"), QStringLiteral("--json")}));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("problem")).toString(), QStringLiteral("SALBP-2"));
        QCOMPARE(o.value(QStringLiteral("cycle_time")).toInt(), 47);
        QCOMPARE(o.value(QStringLiteral("lower_bound")).toInt(), 47);
        QCOMPARE(o.value(QStringLiteral("stations")).toInt(), 7);
        QCOMPARE(o.value(QStringLiteral("optimal")).toBool(), true);
    }

    void albUsesItsOwnCycleTime()
    {
        const auto r =
            runProcess(QStringLiteral(TAKTFLOW_CLI), balance({data("otto_n20_1.alb"), QStringLiteral("--json")}));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("cycle_time")).toInt(), 1000);
        QCOMPARE(o.value(QStringLiteral("stations")).toInt(), 3);
    }

    void usageErrors()
    {
        const QString cli = QStringLiteral(TAKTFLOW_CLI);
        QCOMPARE(runProcess(cli, balance({data("JACKSON.IN2")})).exitCode, 1); // .IN2 needs C or M
        QCOMPARE(runProcess(cli, balance({data("JACKSON.IN2"), QStringLiteral("--cycle-time"), QStringLiteral("10"),
                                          QStringLiteral("--stations"), QStringLiteral("3")}))
                     .exitCode,
                 1);
        QCOMPARE(runProcess(cli, balance({data("JACKSON.IN2"), QStringLiteral("--cycle-time"), QStringLiteral("abc")}))
                     .exitCode,
                 1);
        QCOMPARE(runProcess(cli, balance({})).exitCode, 1);
        for (const char *threads : {"0", "-2", "two"}) {
            const auto r = runProcess(cli, balance({data("JACKSON.IN2"), QStringLiteral("--cycle-time"),
                                                    QStringLiteral("10"), QStringLiteral("--threads"),
                                                    QString::fromLatin1(threads)}));
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QStringLiteral("--threads")), qPrintable(r.err));
        }
    }

    // --threads T: one thread is the sequential search; two search from both ends when the
    // root bounds leave a gap (Otto n=1000 #27: best known bounds [516, 536]), and say so.
    void threadsFlag()
    {
        const QString cli = QStringLiteral(TAKTFLOW_CLI);
        for (const int threads : {1, 2}) {
            const auto r = runProcess(cli, balance({data("otto_n1000_27.alb"), QStringLiteral("--time-limit"),
                                                    QStringLiteral("1"), QStringLiteral("--threads"),
                                                    QString::number(threads), QStringLiteral("--json")}));
            QCOMPARE(r.exitCode, 0);
            const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
            QCOMPARE(o.value(QStringLiteral("threads")).toInt(), threads);
            QVERIFY(o.value(QStringLiteral("stations")).toInt() >= 516); // the best known lower bound
            QCOMPARE(o.value(QStringLiteral("assignment")).toArray().size(), o.value(QStringLiteral("stations")).toInt());
        }
        // A line proven at the root needs no second thread, whatever was allowed.
        const auto r = runProcess(cli, balance({data("JACKSON.IN2"), QStringLiteral("--cycle-time"), QStringLiteral("10"),
                                                QStringLiteral("--threads"), QStringLiteral("2"), QStringLiteral("--json")}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("threads")).toInt(), 1);
    }

    void badInputNamesFileAndLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.IN2"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("3\r\n1\r\n2\r\n3\r\n1,2\r\n2,3\r\n3,1\r\n-1,-1\r\n");
        file.close();
        const auto r = runProcess(QStringLiteral(TAKTFLOW_CLI),
                                  balance({path, QStringLiteral("--cycle-time"), QStringLiteral("10")}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(path + QStringLiteral(":")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("cycle")));
    }

    void taskLongerThanCycleExits3()
    {
        const auto r = runProcess(QStringLiteral(TAKTFLOW_CLI),
                                  balance({data("JACKSON.IN2"), QStringLiteral("--cycle-time"), QStringLiteral("5")}));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("task 1")), qPrintable(r.err)); // task 1 takes 6
    }
};

QTEST_GUILESS_MAIN(TestBalanceCli)
#include "tst_balancecli.moc"
