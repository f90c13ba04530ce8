// SPDX-License-Identifier: GPL-3.0-or-later
// The `taktflow-cli qap` contract that external scripts rely on: JSON keys, 1-based
// permutation, cost recomputed exactly, and the exit codes 0, 1 and 2.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(TAKTFLOW_CLI), QStringList{QStringLiteral("qap")} + args);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString dataFile(const char *name)
{
    return QStringLiteral(TAKTFLOW_TEST_DATA "/qaplib/") + QString::fromLatin1(name);
}

} // namespace

class TestQapCli : public QObject
{
    Q_OBJECT

private slots:
    void printsJsonWithRecomputableCost()
    {
        const Run run = runCli({dataFile("had12.dat"), QStringLiteral("--time-limit"), QStringLiteral("0"),
                                QStringLiteral("--iterations"), QStringLiteral("100000"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.keys(),
                 (QStringList{QStringLiteral("cost"), QStringLiteral("n"), QStringLiteral("permutation")}));
        QCOMPARE(json.value(QStringLiteral("n")).toInt(), 12);
        QCOMPARE(json.value(QStringLiteral("cost")).toInteger(), 1652);
        const QJsonArray perm = json.value(QStringLiteral("permutation")).toArray();
        QCOMPARE(perm.size(), 12);
        QList<int> sorted;
        for (const QJsonValue &v : perm)
            sorted << v.toInt();
        std::sort(sorted.begin(), sorted.end());
        for (int i = 0; i < 12; ++i)
            QCOMPARE(sorted[i], i + 1);
    }

    void exitCodes()
    {
        QCOMPARE(runCli({}).exitCode, 1);
        QCOMPARE(runCli({QStringLiteral("--no-such-option"), dataFile("nug12.dat")}).exitCode, 1);
        QCOMPARE(runCli({dataFile("nug12.dat"), QStringLiteral("--time-limit"), QStringLiteral("soon")}).exitCode, 1);
        QCOMPARE(runCli({QStringLiteral("--help")}).exitCode, 0);

        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.dat"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("2\n1 2\n3 4\n5 6.5 7 8\n");
        file.close();
        const Run run = runCli({bad, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).startsWith(bad + QStringLiteral(":4: ")), run.err.constData());
        QCOMPARE(runCli({dir.filePath(QStringLiteral("missing.dat"))}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestQapCli)
#include "tst_qapcli.moc"
