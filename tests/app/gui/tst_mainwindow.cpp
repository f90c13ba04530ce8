// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/document/projectdocument.h"
#include "app/gui/mainwindow.h"
#include "core/model/sampleproject.h"
#include "core/storage/projectfile.h"
#include "tests/app/gui/mainwindowaccess.h"
#include "tests/common/processrunner.h"

#include <QApplication>
#include <QImage>
#include <QListWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace taktflow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void showsVariantsAndItems()
    {
        app::ProjectDocument document;
        app::MainWindow window(&document);
        document.reset(core::makeSampleProject(), {});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QListWidget *variants = parts(window).variantList();
        QCOMPARE(variants->count(), 3);
        QCOMPARE(variants->item(0)->text(), QStringLiteral("Current layout"));
        QCOMPARE(variants->item(2)->text(), QStringLiteral("Automated line"));
        QCOMPARE(parts(window).itemTable()->model()->rowCount(), 17);
        QCOMPARE(parts(window).itemTable()->model()->index(2, 0).data().toString(), QStringLiteral("IN"));

        // Clicking the third variant shows its 18 items (it adds a conveyor).
        const QRect third = variants->visualItemRect(variants->item(2));
        QTest::mouseClick(variants->viewport(), Qt::LeftButton, {}, third.center());
        QCOMPARE(window.currentVariantId(), QStringLiteral("V3"));
        QCOMPARE(parts(window).itemTable()->model()->rowCount(), 18);
        // Flows counted as the from-to matrix shows them: the three routings' 10 legs plus the
        // direct IN -> PACK flow are 11 item pairs (not "1 flow").
        const QString status = window.statusBar()->currentMessage();
        // (Tests run without translations, so plurals read "flow(s)".)
        QVERIFY2(status.contains(QLatin1String("11 flow")), qPrintable(status));
        QVERIFY2(status.contains(QLatin1String("3 product routing")), qPrintable(status));
        QVERIFY2(status.contains(QLatin1String("1 direct flow")), qPrintable(status));
        QVERIFY(window.windowTitle().startsWith(QLatin1String("Untitled")));
    }

    void opensFileAndShowsName()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plant.taktflow"));
        QVERIFY(core::saveProject(core::makeSampleProject(), path));
        app::ProjectDocument document;
        app::MainWindow window(&document);
        QVERIFY(window.openFile(path));
        QCOMPARE(parts(window).variantList()->count(), 3);
        QVERIFY(window.windowTitle().startsWith(QLatin1String("plant.taktflow")));
        QVERIFY(!document.isModified());
    }

    void screenshotFromCommandLine()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        const test::ProcessOutput out = test::runProcess(
            QStringLiteral(TAKTFLOW_GUI), {QStringLiteral("--sample"), QStringLiteral("--screenshot"), png,
                                           QStringLiteral("--view"), QStringLiteral("layout"), QStringLiteral("--variant"),
                                           QStringLiteral("Cell layout")});
        QVERIFY2(out.exitCode == 0 && !out.crashed, qPrintable(out.err));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800);
        // Not blank: the drawing has many different colours (items by type, flows, text).
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));

        const test::ProcessOutput missing = test::runProcess(
            QStringLiteral(TAKTFLOW_GUI), {dir.filePath(QStringLiteral("none.taktflow")), QStringLiteral("--screenshot"), png});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QLatin1String("does not exist")));
        const test::ProcessOutput badView = test::runProcess(
            QStringLiteral(TAKTFLOW_GUI), {QStringLiteral("--sample"), QStringLiteral("--view"), QStringLiteral("moon")});
        QCOMPARE(badView.exitCode, 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
