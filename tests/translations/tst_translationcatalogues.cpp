// SPDX-License-Identifier: GPL-3.0-or-later
// Every shipped catalogue (translations/*.ts) must translate every message the sources use, with
// the same placeholders and accelerators. What "used" means is decided by running lupdate on
// app/ and core/ exactly as update_translations does, so a new tr() string fails this test until
// the catalogues are refreshed and translated (see translations/README.md).
#include "tests/translations/tscatalogue.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace taktflow::test;

namespace {

QString sourceDir()
{
    return QStringLiteral(TAKTFLOW_SOURCE_DIR);
}

TsMessage used(const QString &source, bool numerus = false)
{
    TsMessage message;
    message.context = QStringLiteral("Sample");
    message.source = source;
    message.numerus = numerus;
    return message;
}

} // namespace

class TestTranslationCatalogues : public QObject
{
    Q_OBJECT

private:
    TsCatalogue mUsed;

private slots:
    void initTestCase()
    {
        // lupdate writes what the sources use into a scratch catalogue; nothing in the tree changes.
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QString usedTs = scratch.filePath(QStringLiteral("used.ts"));
        QProcess lupdate;
        lupdate.start(QStringLiteral(TAKTFLOW_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-I"), sourceDir(), sourceDir() + QStringLiteral("/app"),
                       sourceDir() + QStringLiteral("/core"), QStringLiteral("-ts"), usedTs});
        QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        mUsed = readTsCatalogue(usedTs);
        QVERIFY2(mUsed.error.isEmpty(), qPrintable(mUsed.error));
        // A broken extraction would make every catalogue look complete.
        QVERIFY2(mUsed.messages.size() > 500, qPrintable(QString::number(mUsed.messages.size())));
    }

    void placeholdersAndAccelerators()
    {
        QCOMPARE(placeholders(QStringLiteral("%2 of %L1, %n and %2 at 100 %")),
                 (QStringList{QStringLiteral("%2"), QStringLiteral("%L1"), QStringLiteral("%n")}));
        QCOMPARE(placeholders(QStringLiteral("no placeholder, 50% off")), QStringList());
        QCOMPARE(acceleratorCount(QStringLiteral("&File")), 1);
        QCOMPARE(acceleratorCount(QStringLiteral("文件(&F)")), 1);
        QCOMPARE(acceleratorCount(QStringLiteral("Tom && Jerry")), 0);
        QCOMPARE(acceleratorCount(QStringLiteral("A & B")), 0);
    }

    void reportsEveryDefectOfABrokenCatalogue()
    {
        const TsCatalogue broken = readTsCatalogue(QStringLiteral(TAKTFLOW_TEST_DATA "/translations/broken_xx.ts"));
        QVERIFY2(broken.error.isEmpty(), qPrintable(broken.error));
        QCOMPARE(broken.messages.size(), 7);
        const TsCatalogue wanted{{used(QStringLiteral("Fine %1")), used(QStringLiteral("Open %1")),
                                  used(QStringLiteral("Unfinished thing")), used(QStringLiteral("&File")),
                                  used(QStringLiteral("Gone but used")), used(QStringLiteral("%n item(s)"), true),
                                  used(QStringLiteral("Blank")), used(QStringLiteral("Never extracted"))},
                                 {}};
        const QStringList problems = catalogueProblems(QStringLiteral("broken_xx.ts"), broken, wanted);
        const QStringList expected{
            QStringLiteral("broken_xx.ts:11: Sample: \"Open %1\": placeholders [] in \"Öffnen\", the source has [%1]"),
            QStringLiteral("broken_xx.ts:15: Sample: \"Unfinished thing\": unfinished"),
            QStringLiteral("broken_xx.ts:19: Sample: \"&File\": 0 accelerator(s) in \"Datei\", the source has 1"),
            QStringLiteral("broken_xx.ts:23: Sample: \"Gone but used\": marked obsolete but still used (run lupdate)"),
            QStringLiteral("broken_xx.ts:27: Sample: \"%n item(s)\": empty translation"),
            QStringLiteral("broken_xx.ts:34: Sample: \"Blank\": empty translation"),
            QStringLiteral(
                "broken_xx.ts:0: Sample: \"Never extracted\": used in the sources but missing (run lupdate)"),
        };
        QCOMPARE(problems, expected);
    }

    void shippedCatalogueIsComplete_data()
    {
        QTest::addColumn<QString>("path");
        const QDir translations(sourceDir() + QStringLiteral("/translations"));
        const QStringList files = translations.entryList({QStringLiteral("taktflow_*.ts")}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << translations.filePath(file);
    }

    void shippedCatalogueIsComplete()
    {
        QFETCH(QString, path);
        const TsCatalogue shipped = readTsCatalogue(path);
        QVERIFY2(shipped.error.isEmpty(), qPrintable(shipped.error));
        // English is the source language: its catalogue carries only the plural forms.
        const bool pluralOnly = path.endsWith(QLatin1String("_en.ts"));
        TsCatalogue wanted = mUsed;
        if (pluralOnly)
            wanted.messages.removeIf([](const TsMessage &message) { return !message.numerus; });
        QVERIFY(!wanted.messages.isEmpty());
        const QStringList problems = catalogueProblems(QFileInfo(path).fileName(), shipped, wanted);
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s):\n").arg(problems.size()) +
                                                problems.mid(0, 40).join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslationCatalogues)
#include "tst_translationcatalogues.moc"
