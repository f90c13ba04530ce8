// SPDX-License-Identifier: GPL-3.0-or-later
// Export, background plans, background jobs and workspaces of the main window.
#include "app/document/projectdocument.h"
#include "app/gui/jobrunner.h"
#include "app/gui/layout/backgroundplangraphic.h"
#include "app/gui/layout/layoutscene.h"
#include "app/gui/layout/layouttasks.h"
#include "app/gui/layout/layoutview.h"
#include "app/gui/layout/layoutworkspace.h"
#include "app/gui/mainwindow.h"
#include "app/gui/reporttasks.h"
#include "app/io/backgroundimport.h"
#include "core/model/sampleproject.h"
#include "tests/app/gui/mainwindowaccess.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <random>

using namespace taktflow;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

/** A tiny ASCII DXF: a 20 x 10 rectangle as a closed polyline, one line and one circle (millimetres). */
QByteArray smallDxf()
{
    return "0\nSECTION\n2\nENTITIES\n"
           "0\nLWPOLYLINE\n8\n0\n90\n4\n70\n1\n10\n0\n20\n0\n10\n20000\n20\n0\n10\n20000\n20\n10000\n10\n0\n20\n10000\n"
           "0\nLINE\n8\n0\n10\n0\n20\n5000\n30\n0\n11\n20000\n21\n5000\n31\n0\n"
           "0\nCIRCLE\n8\n0\n10\n10000\n20\n5000\n30\n0\n40\n1000\n"
           "0\nENDSEC\n0\nEOF\n";
}

} // namespace

class TestLayoutTasks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void exportsViewAsPngSvgPdf()
    {
        app::ProjectDocument document;
        app::MainWindow window(&document);
        document.reset(core::makeSampleProject(), {});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTemporaryDir dir;
        for (const char *name : {"view.png", "view.svg", "view.pdf"}) {
            const QString path = dir.filePath(QString::fromLatin1(name));
            QCOMPARE(parts(window).layoutTasks()->exportViewTo(path), QString());
            QVERIFY2(QFileInfo(path).size() > 1000, name);
        }
        const QImage png(dir.filePath(QStringLiteral("view.png")));
        QVERIFY(png.width() >= 400);
        QFile svg(dir.filePath(QStringLiteral("view.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
        QVERIFY(!parts(window).layoutTasks()->exportViewTo(dir.filePath(QStringLiteral("view.doc"))).isEmpty());
    }

    void drawingExportRunsAsJob()
    {
        app::ProjectDocument document;
        app::MainWindow window(&document);
        document.reset(core::makeSampleProject(), {});
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("drawing.pdf"));
        QSignalSpy finished(parts(window).jobRunner(), &app::JobRunner::finished);
        QVERIFY(parts(window).layoutTasks()->startDrawingExport(path));
        QVERIFY(parts(window).jobRunner()->isRunning());
        // One job at a time.
        QVERIFY(!parts(window).layoutTasks()->startDrawingExport(path));
        QVERIFY(finished.wait(30000));
        QVERIFY(QFileInfo(path).size() > 1000);
    }

    void drawingExportFollowsTheBackgroundToggle()
    {
        // A pure green plan over the whole 60 m x 40 m floor, faded over the floor colour.
        QTemporaryDir dir;
        QImage image(60, 40, QImage::Format_RGB32);
        image.fill(QColor(0, 255, 0));
        const QString planPath = dir.filePath(QStringLiteral("plan.png"));
        QVERIFY(image.save(planPath));
        app::ProjectDocument document;
        app::MainWindow window(&document);
        document.reset(core::makeSampleProject(), {});
        QCOMPARE(parts(window).layoutTasks()->importBackgroundFrom(planPath), QString());
        const QColor planColour(100, 253, 99); // 60 % of (0, 255, 0) over the floor (250, 250, 247)
        auto planPixels = [&](const QString &name) {
            const QString path = dir.filePath(name);
            QSignalSpy finished(parts(window).jobRunner(), &app::JobRunner::finished);
            if (!parts(window).layoutTasks()->startDrawingExport(path, 48) || !finished.wait(30000))
                return -1;
            const QImage png(path);
            int count = 0;
            for (int y = 0; y < png.height(); ++y) {
                for (int x = 0; x < png.width(); ++x) {
                    const QColor c = png.pixelColor(x, y);
                    count += std::abs(c.red() - planColour.red()) <= 4 && std::abs(c.green() - planColour.green()) <= 4
                                     && std::abs(c.blue() - planColour.blue()) <= 4
                                 ? 1
                                 : 0;
                }
            }
            return count;
        };
        // 1600 px wide at 48 dpi: 800 px for 60 m; the free floor between items is a large share.
        const int shown = planPixels(QStringLiteral("with.png"));
        QVERIFY2(shown > 20000, qPrintable(QString::number(shown)));

        auto *toggle = window.findChild<QAction *>(QStringLiteral("view.background"));
        QVERIFY(toggle);
        QVERIFY(toggle->isChecked());
        auto *calibrate = window.findChild<QAction *>(QStringLiteral("layout.calibrate"));
        QVERIFY(calibrate);
        QVERIFY(calibrate->isEnabled());
        toggle->setChecked(false);
        QVERIFY(!parts(window).layoutWorkspace()->scene()->backgroundPlan()->isVisible());
        QVERIFY(!calibrate->isEnabled()); // two points cannot be picked on a plan that is not shown
        QCOMPARE(planPixels(QStringLiteral("without.png")), 0);
        // The report from the GUI follows the same toggle: no picture for the plan in its PDF.
        QString error;
        const QString hiddenPdf = dir.filePath(QStringLiteral("hidden.pdf"));
        QVERIFY2(parts(window).reportTasks()->writePdf(hiddenPdf, false, &error), qPrintable(error));
        toggle->setChecked(true);
        QVERIFY(calibrate->isEnabled());
        const QString shownPdf = dir.filePath(QStringLiteral("shown.pdf"));
        QVERIFY2(parts(window).reportTasks()->writePdf(shownPdf, false, &error), qPrintable(error));
        auto pictures = [](const QString &pdf) {
            QFile file(pdf);
            return file.open(QIODevice::ReadOnly) ? int(file.readAll().count("/Subtype /Image")) : -1;
        };
        QCOMPARE(pictures(shownPdf), pictures(hiddenPdf) + 1);
    }

    void optimisationAddsAVariantAndUndoes()
    {
        app::ProjectDocument document;
        app::MainWindow window(&document);
        document.reset(core::makeSampleProject(), {});
        const core::Project original = document.project();
        QSignalSpy finished(parts(window).jobRunner(), &app::JobRunner::finished);
        QVERIFY(parts(window).layoutTasks()->startOptimisation());
        QVERIFY(finished.wait(60000));
        if (document.project().variants.size() == original.variants.size())
            QSKIP("The optimisation found no better layout for the sample");
        QCOMPARE(document.project().variants.size(), original.variants.size() + 1);
        QCOMPARE(document.currentVariantId(), document.project().variants.back().id);
        document.undoStack()->undo();
        QVERIFY(document.project() == original);
        document.undoStack()->setClean();
    }

    void cancelStopsAJob()
    {
        app::ProjectDocument document;
        app::MainWindow window(&document);
        document.reset(core::makeSampleProject(), {});
        QSignalSpy finished(parts(window).jobRunner(), &app::JobRunner::finished);
        bool sawCancel = false;
        QVERIFY(parts(window).jobRunner()->start(
            QStringLiteral("Spin"),
            [](app::JobControl &control) -> QVariant {
                for (int i = 0; i < 3000 && !control.isCancelled(); ++i) {
                    control.setProgress(i / 3000.0);
                    QThread::msleep(2);
                }
                return control.isCancelled();
            },
            [&sawCancel](const QVariant &result, bool cancelled) { sawCancel = cancelled && result.toBool(); }));
        QTest::qWait(50);
        parts(window).jobRunner()->cancel();
        QVERIFY(finished.wait(10000));
        QVERIFY(sawCancel);
    }

    void dxfBackgroundIsReadAndScaled()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.dxf"));
        writeFile(path, smallDxf());
        const app::io::BackgroundImport imported = app::io::importDxf(path);
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        QCOMPARE(imported.entities, 3);
        QCOMPARE(imported.drawing.boundingRect(), QRectF(0, 0, 20000, 10000));

        app::ProjectDocument document;
        app::MainWindow window(&document);
        document.reset(core::makeSampleProject(), {});
        QCOMPARE(parts(window).layoutTasks()->importBackgroundFrom(path), QString());
        app::BackgroundPlanGraphic *plan = parts(window).layoutWorkspace()->scene()->backgroundPlan();
        QVERIFY(!plan->isEmpty());
        // Millimetres: a 20 m wide plan.
        QCOMPARE(plan->metresPerUnit(), 0.001);
        QVERIFY(std::abs(plan->sceneBoundingRect().width() - 20) < 2.5);
        // Two points 10 m apart on screen said to be 5 m apart halve the scale.
        parts(window).layoutTasks()->applyCalibration(QPointF(0, 0), QPointF(10, 0), 5.0);
        QCOMPARE(plan->metresPerUnit(), 0.0005);
        // The plan stays behind every item and ignores the mouse.
        QVERIFY(plan->zValue() < -20);
        QCOMPARE(plan->acceptedMouseButtons(), Qt::NoButton);
    }

    void garbageBackgroundsAreRefused()
    {
        QTemporaryDir dir;
        std::mt19937 random(7);
        QByteArray noise(200000, '\0');
        for (char &c : noise)
            c = char(random() & 0xff);
        const QString binary = dir.filePath(QStringLiteral("noise.dxf"));
        writeFile(binary, noise);
        QVERIFY(!app::io::importDxf(binary).ok());
        // Text that starts like a DXF but has broken numbers must not crash.
        const QString broken = dir.filePath(QStringLiteral("broken.dxf"));
        writeFile(broken, "0\nSECTION\n2\nENTITIES\n0\nLINE\n10\nnot-a-number\n20\n1e999\n11\n\n21\n--\n0\nCIRCLE\n40\nnan\n0\nENDSEC\n0\nEOF\n");
        const app::io::BackgroundImport result = app::io::importDxf(broken);
        QVERIFY(!result.ok() || result.entities <= 2);
        const QString empty = dir.filePath(QStringLiteral("empty.dxf"));
        writeFile(empty, "");
        QVERIFY(!app::io::importDxf(empty).ok());
        const QString fakeImage = dir.filePath(QStringLiteral("plan.png"));
        writeFile(fakeImage, noise.left(5000));
        QVERIFY(!app::io::importImage(fakeImage).ok());
        app::io::ImportLimits tight;
        tight.maxFileBytes = 100;
        const QString small = dir.filePath(QStringLiteral("small.dxf"));
        writeFile(small, smallDxf());
        QVERIFY(app::io::importDxf(small, tight).error.contains(QLatin1String("too large")));
    }

    void imageBackgroundFitsTheFloor()
    {
        QTemporaryDir dir;
        QImage image(600, 400, QImage::Format_RGB32);
        image.fill(Qt::lightGray);
        const QString path = dir.filePath(QStringLiteral("plan.png"));
        QVERIFY(image.save(path));
        app::ProjectDocument document;
        app::MainWindow window(&document);
        document.reset(core::makeSampleProject(), {});
        QCOMPARE(parts(window).layoutTasks()->importBackgroundFrom(path), QString());
        app::BackgroundPlanGraphic *plan = parts(window).layoutWorkspace()->scene()->backgroundPlan();
        QCOMPARE(plan->metresPerUnit(), 60.0 / 600);
        parts(window).layoutTasks()->clearBackground();
        QVERIFY(plan->isEmpty());
    }

    void workspacesRegisterAndSelect()
    {
        app::ProjectDocument document;
        app::MainWindow window(&document);
        QCOMPARE(window.workspaceKeys(),
                 (QStringList{QStringLiteral("layout"), QStringLiteral("line"), QStringLiteral("simulation"),
                              QStringLiteral("3d"), QStringLiteral("compare")}));
        window.addWorkspace(QStringLiteral("extra"), QStringLiteral("Extra"), new QLabel(QStringLiteral("x")));
        QVERIFY(window.selectWorkspace(QStringLiteral("extra")));
        QCOMPARE(window.currentWorkspace(), QStringLiteral("extra"));
        QVERIFY(window.selectWorkspace(QStringLiteral("compare")));
        QCOMPARE(window.currentWorkspace(), QStringLiteral("compare"));
        QVERIFY(!window.selectWorkspace(QStringLiteral("moon")));
        QVERIFY(window.selectWorkspace(QStringLiteral("layout")));
    }
};

QTEST_MAIN(TestLayoutTasks)
#include "tst_layouttasks.moc"
