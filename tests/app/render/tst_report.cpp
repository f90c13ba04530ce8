// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF report as users get it: made by the real CLI, read back with poppler's pdftotext.
#include "tests/common/processrunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace taktflow;

namespace {

test::ProcessOutput cli(const QStringList &arguments)
{
    return test::runProcess(QStringLiteral(TAKTFLOW_CLI), arguments, 120000);
}

QString pdfText(const QString &pdf)
{
    return test::runProcess(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}).out;
}

QString pdfInfo(const QString &pdf)
{
    return test::runProcess(QStringLiteral("pdfinfo"), {pdf}).out;
}

int pageCount(const QString &info)
{
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

/** A JSON number the way a person writes it with at most 4 decimals (written here, not taken from the app). */
QString written(double value)
{
    const double rounded = std::round(value * 10000.0) / 10000.0;
    QString text = QString::number(rounded, 'f', 4);
    while (text.contains(QLatin1Char('.')) && (text.endsWith(QLatin1Char('0')) || text.endsWith(QLatin1Char('.'))))
        text.chop(1);
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

void collectNumbers(const QJsonObject &object, const QString &prefix, QMap<QString, double> &out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject())
            collectNumbers(it.value().toObject(), key, out);
        else if (it.value().isDouble())
            out.insert(key, it.value().toDouble());
    }
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        mProject = mDir.filePath(QStringLiteral("sample.taktflow"));
        QCOMPARE(cli({QStringLiteral("new"), mProject, QStringLiteral("--sample")}).exitCode, 0);
    }

    void threeVariantReportHasEveryKpiValue()
    {
        const QString pdf = mDir.filePath(QStringLiteral("three.pdf"));
        const test::ProcessOutput made = cli({QStringLiteral("report"), mProject, QStringLiteral("--variants"),
                                              QStringLiteral("Current layout,Cell layout,Automated line"),
                                              QStringLiteral("-o"), pdf});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const int pages = pageCount(pdfInfo(pdf));
        // Title, comparison, and per variant: figures, balance, flows, findings, one layout sheet at least.
        QVERIFY2(pages >= 1 + 1 + 3 * 5, qPrintable(QString::number(pages)));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
        QVERIFY(text.contains(QLatin1String("Contents")));
        QVERIFY(text.contains(QLatin1String("Comparison of variants")));
        QVERIFY(text.contains(QLatin1String("From-to matrix")));
        QVERIFY(text.contains(QLatin1String("layout at 1:")));
        // The sample has no simulation result: no simulation section, "not simulated" in the comparison.
        QVERIFY(!text.contains(QLatin1String(": simulation")));
        QVERIFY(text.contains(QLatin1String("not simulated")));

        // Every number `kpi --json` prints for a variant stands in that variant's key-figure table.
        const test::ProcessOutput kpi = cli({QStringLiteral("kpi"), mProject, QStringLiteral("--json")});
        QCOMPARE(kpi.exitCode, 0);
        const QJsonArray variants = QJsonDocument::fromJson(kpi.out.toUtf8()).array();
        QCOMPARE(variants.size(), 3);
        for (const QJsonValue &value : variants) {
            const QJsonObject object = value.toObject();
            const QString name = object.value(QStringLiteral("variant")).toString();
            QVERIFY(text.contains(name));
            QMap<QString, double> numbers;
            collectNumbers(object, QString(), numbers);
            numbers.remove(QStringLiteral("lines")); // per-line detail is in the balance section
            const int start = text.indexOf(name + QStringLiteral(": key figures"), text.indexOf(QLatin1String("Page 1 of")));
            QVERIFY2(start >= 0, qPrintable(name));
            const int end = text.indexOf(name + QStringLiteral(": line balance"), start);
            QVERIFY(end > start);
            const QString section = text.mid(start, end - start);
            for (auto it = numbers.cbegin(); it != numbers.cend(); ++it) {
                const QRegularExpression row(QRegularExpression::escape(it.key()) + QStringLiteral("\\s+")
                                             + QRegularExpression::escape(written(it.value())) + QStringLiteral("\\b"));
                QVERIFY2(row.match(section).hasMatch(),
                         qPrintable(QStringLiteral("%1: %2 = %3 not in the report").arg(name, it.key(), written(it.value()))));
            }
        }
    }

    void pageSizesAndOrientation()
    {
        const QString pdf = mDir.filePath(QStringLiteral("letter.pdf"));
        QCOMPARE(cli({QStringLiteral("report"), mProject, QStringLiteral("--variant"), QStringLiteral("Cell layout"),
                      QStringLiteral("--page"), QStringLiteral("Letter"), QStringLiteral("--landscape"),
                      QStringLiteral("--scale"), QStringLiteral("200"), QStringLiteral("-o"), pdf})
                     .exitCode,
                 0);
        const QString info = pdfInfo(pdf);
        QVERIFY2(info.contains(QLatin1String("792 x 612 pts")), qPrintable(info));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QLatin1String("layout at 1:200")));
        // 60 m at 1:200 is 300 mm: wider than a Letter page, so the layout spans sheets.
        QVERIFY(text.contains(QLatin1String("sheet 2 of")));
        QVERIFY(!text.contains(QLatin1String("Comparison of variants")));

        const QString a4 = mDir.filePath(QStringLiteral("a4.pdf"));
        QCOMPARE(cli({QStringLiteral("report"), mProject, QStringLiteral("-o"), a4}).exitCode, 0);
        QVERIFY(pdfInfo(a4).contains(QLatin1String("595.2 x 841.92 pts")) || pdfInfo(a4).contains(QLatin1String("595 x 842")));
    }

    void badArguments()
    {
        QCOMPARE(cli({QStringLiteral("report"), mProject}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("report"), mProject, QStringLiteral("--page"), QStringLiteral("A0"),
                      QStringLiteral("-o"), mDir.filePath(QStringLiteral("x.pdf"))})
                     .exitCode,
                 1);
        const test::ProcessOutput missing = cli({QStringLiteral("report"), mProject, QStringLiteral("--variant"),
                                                 QStringLiteral("Nope"), QStringLiteral("-o"),
                                                 mDir.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(missing.exitCode, 2);
        const test::ProcessOutput unwritable = cli({QStringLiteral("report"), mProject, QStringLiteral("-o"),
                                                    mDir.filePath(QStringLiteral("no/such/dir/x.pdf"))});
        QCOMPARE(unwritable.exitCode, 2);
    }

private:
    QTemporaryDir mDir;
    QString mProject;
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
