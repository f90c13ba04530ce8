// SPDX-License-Identifier: GPL-3.0-or-later
// The background floor plan in exported drawings and reports: a raster plan's pixels land where
// its scale and origin put them, a DXF line shows along its length, both go away when the plan
// is switched off, and the PDF report made by the real CLI shows the plan (vector for a DXF).
#include "app/render/drawingexport.h"
#include "app/render/layoutpainter.h"
#include "core/storage/projectfile.h"
#include "tests/common/processrunner.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>

using namespace taktflow;

namespace {

// The floor colour and the plan's default opacity, as a user sees them (layoutpainter, model).
const QColor kFloor(250, 250, 247);
constexpr double kOpacity = 0.6;

/** What a plan colour looks like faded over the floor, computed here by hand. */
QColor faded(const QColor &plan)
{
    auto mix = [](int top, int under) { return int(std::lround(kOpacity * top + (1 - kOpacity) * under)); };
    return QColor(mix(plan.red(), kFloor.red()), mix(plan.green(), kFloor.green()), mix(plan.blue(), kFloor.blue()));
}

bool near(const QColor &a, const QColor &b, int tolerance = 4)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

QString describe(const QColor &c)
{
    return QStringLiteral("(%1, %2, %3)").arg(c.red()).arg(c.green()).arg(c.blue());
}

/** An empty 20 m x 10 m floor: nothing but the plan can colour it. */
core::Variant emptyHall()
{
    core::Variant variant;
    variant.id = QStringLiteral("v1");
    variant.name = QStringLiteral("Hall");
    variant.floorWidthM = 20;
    variant.floorDepthM = 10;
    return variant;
}

/**
 * A 4 x 2 pixel image, top row red and bottom row blue, 2.5 m per pixel with its top-left corner
 * at (5 m, 8 m): red covers y 5.5..8 m, blue y 3..5.5 m, both x 5..15 m.
 */
core::BackgroundPlan rasterPlan(const QColor &top, const QColor &bottom)
{
    QImage image(4, 2, QImage::Format_RGB32);
    for (int x = 0; x < 4; ++x) {
        image.setPixelColor(x, 0, top);
        image.setPixelColor(x, 1, bottom);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    core::BackgroundPlan plan;
    plan.kind = core::BackgroundKind::Image;
    plan.fileName = QStringLiteral("hall.png");
    plan.data = png;
    plan.metresPerUnit = 2.5;
    plan.originXM = 5;
    plan.originYM = 8;
    plan.opacity = kOpacity;
    return plan;
}

/** One DXF LINE from (20, 50) to (180, 50) drawing units; at 0.1 m per unit and origin (0, 1.2 m): y = 6.2 m. */
core::BackgroundPlan dxfPlan()
{
    core::BackgroundPlan plan;
    plan.kind = core::BackgroundKind::Drawing;
    plan.fileName = QStringLiteral("hall.dxf");
    plan.data = "0\nSECTION\n2\nENTITIES\n0\nLINE\n8\nWALLS\n10\n20\n20\n50\n30\n0\n11\n180\n21\n50\n31\n0\n0\nENDSEC\n"
                "0\nEOF\n";
    plan.metresPerUnit = 0.1;
    plan.originXM = 0;
    plan.originYM = 1.2;
    plan.opacity = kOpacity;
    return plan;
}

/**
 * Exports the variant as a 200 x 100 px PNG at 96 dpi with the floor filling it: 10 px per metre,
 * device x = 10 * x, device y = 100 - 10 * y (the floor's y points up).
 */
QImage exportPng(const core::Variant &variant, bool showBackground, const QString &path)
{
    app::render::LayoutPaintOptions options;
    options.showBackground = showBackground;
    options.showLabels = false;
    const auto result = app::render::exportDrawing(
        path, QSizeF(200, 100), variant.name,
        [&](QPainter &painter, const QRectF &target) {
            painter.setTransform(app::render::floorToDevice(QRectF(0, 0, 20, 10), target));
            app::render::paintLayout(painter, variant, options);
        },
        96);
    return result.ok ? QImage(path) : QImage();
}

QPoint devicePixel(double xM, double yM)
{
    return QPoint(int(10 * xM), int(100 - 10 * yM));
}

/** Every page of a PDF rendered by poppler at dpi; empty when it cannot be rendered. */
QList<QImage> renderPdf(const QString &pdf, int dpi, const QString &workDir)
{
    const QString prefix = QDir(workDir).filePath(QFileInfo(pdf).completeBaseName() + QString::number(dpi));
    const test::ProcessOutput rendered = test::runProcess(
        QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi), pdf, prefix});
    QList<QImage> pages;
    if (rendered.exitCode != 0)
        return pages;
    for (const QString &page : QDir(workDir).entryList({QFileInfo(prefix).fileName() + QStringLiteral("-*.png")}))
        pages << QImage(QDir(workDir).filePath(page));
    return pages;
}

/** Pixels near the given colour over all pages. */
int countPixels(const QList<QImage> &pages, const QColor &colour)
{
    int count = 0;
    for (const QImage &image : pages) {
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                count += near(image.pixelColor(x, y), colour, 6) ? 1 : 0;
        }
    }
    return count;
}

/** Pixels that differ between two renderings of the same pages. */
int differingPixels(const QList<QImage> &a, const QList<QImage> &b)
{
    if (a.size() != b.size())
        return -1;
    int count = 0;
    for (qsizetype page = 0; page < a.size(); ++page) {
        if (a[page].size() != b[page].size())
            return -1;
        for (int y = 0; y < a[page].height(); ++y) {
            for (int x = 0; x < a[page].width(); ++x)
                count += near(a[page].pixelColor(x, y), b[page].pixelColor(x, y), 8) ? 0 : 1;
        }
    }
    return count;
}

QString pdfText(const QString &pdf)
{
    return test::runProcess(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out;
}

int imageObjects(const QString &pdf)
{
    QFile file(pdf);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromLatin1(file.readAll());
    return int(text.count(QRegularExpression(QStringLiteral("/Subtype\\s*/Image"))));
}

/** Saves a project of one variant as dir/name; empty when it cannot be saved. */
QString saveOneVariant(const core::Variant &variant, const QTemporaryDir &dir, const QString &name)
{
    core::Project project;
    project.name = QStringLiteral("Background plan");
    project.variants.push_back(variant);
    const QString file = dir.filePath(name);
    return core::saveProject(project, file).ok ? file : QString();
}

test::ProcessOutput report(const QString &project, const QString &pdf, const QStringList &extra = {})
{
    return test::runProcess(QStringLiteral(TAKTFLOW_CLI),
                            QStringList{QStringLiteral("report"), project, QStringLiteral("-o"), pdf} + extra, 120000);
}

} // namespace

class TestBackgroundExport : public QObject
{
    Q_OBJECT

private slots:
    void rasterPlanLandsAtItsPlace()
    {
        core::Variant variant = emptyHall();
        variant.background = rasterPlan(Qt::red, Qt::blue);
        QTemporaryDir dir;
        const QImage with = exportPng(variant, true, dir.filePath(QStringLiteral("with.png")));
        const QImage without = exportPng(variant, false, dir.filePath(QStringLiteral("without.png")));
        QCOMPARE(with.size(), QSize(200, 100));
        QCOMPARE(without.size(), QSize(200, 100));

        // Inside the red row, inside the blue row, and beside the plan (points off the 5 m grid).
        const QPoint red = devicePixel(11.3, 7.2);
        const QPoint blue = devicePixel(11.3, 3.8);
        const QPoint beside = devicePixel(2.6, 6.7);
        QVERIFY2(near(with.pixelColor(red), faded(Qt::red)), qPrintable(describe(with.pixelColor(red))));
        QVERIFY2(near(with.pixelColor(blue), faded(Qt::blue)), qPrintable(describe(with.pixelColor(blue))));
        QVERIFY2(near(with.pixelColor(beside), kFloor), qPrintable(describe(with.pixelColor(beside))));
        for (const QPoint &p : {red, blue, beside})
            QVERIFY2(near(without.pixelColor(p), kFloor), qPrintable(describe(without.pixelColor(p))));
    }

    void zeroOpacityHidesThePlan()
    {
        core::Variant variant = emptyHall();
        variant.background = rasterPlan(Qt::red, Qt::blue);
        variant.background->opacity = 0;
        QTemporaryDir dir;
        const QImage image = exportPng(variant, true, dir.filePath(QStringLiteral("hidden.png")));
        QVERIFY(near(image.pixelColor(devicePixel(11.3, 7.2)), kFloor));
    }

    void dxfLineCrossesTheFloor()
    {
        core::Variant variant = emptyHall();
        variant.background = dxfPlan();
        QTemporaryDir dir;
        const QImage with = exportPng(variant, true, dir.filePath(QStringLiteral("with.png")));
        const QImage without = exportPng(variant, false, dir.filePath(QStringLiteral("without.png")));
        QVERIFY(!with.isNull() && !without.isNull());
        // The line runs at y = 6.2 m (device row 38) from x = 2 m to 18 m; columns off the grid lines.
        int columns = 0;
        for (int x = 25; x <= 175; x += 7) {
            if (x % 50 <= 1 || x % 50 >= 49)
                continue;
            ++columns;
            auto darkest = [x](const QImage &image) {
                int red = 255;
                for (int y = 35; y <= 41; ++y)
                    red = std::min(red, image.pixelColor(x, y).red());
                return red;
            };
            QVERIFY2(darkest(with) < 235, qPrintable(QStringLiteral("column %1: %2").arg(x).arg(darkest(with))));
            QVERIFY2(darkest(without) >= 245, qPrintable(QStringLiteral("column %1").arg(x)));
            // Away from the line the floor stays clean.
            QVERIFY(near(with.pixelColor(x, 20), kFloor));
        }
        QVERIFY(columns > 15);
        // Beyond the line's ends nothing is drawn.
        QVERIFY(near(with.pixelColor(10, 38), kFloor) || near(with.pixelColor(10, 37), kFloor));
        QVERIFY(near(with.pixelColor(192, 38), kFloor) || near(with.pixelColor(192, 37), kFloor));
    }

    void planFarOutsideIsClippedNotFitted()
    {
        // A building plan much larger than the floor must not shrink the layout drawing.
        core::Variant variant = emptyHall();
        variant.background = rasterPlan(Qt::red, Qt::blue);
        variant.background->metresPerUnit = 100; // 400 m x 200 m
        variant.background->originXM = -150;
        variant.background->originYM = 150;
        const QRectF bounds = app::render::drawingBoundsM(variant, {});
        // The floor plus the 0.5 m margin (2 % of 20 m would be less).
        QCOMPARE(bounds, QRectF(-0.5, -0.5, 21, 11));
        app::render::LayoutPaintOptions hidden;
        hidden.showBackground = false;
        QCOMPARE(app::render::drawingBoundsM(variant, hidden), QRectF(0, 0, 20, 10));
    }

    void reportShowsThePlan()
    {
        QTemporaryDir dir;
        core::Variant raster = emptyHall();
        // 17.9 m at 1:100 is 179 mm: just fits the 180 mm of an A4 portrait page inside its 15 mm
        // margins; with the 0.5 m plan margin on both sides it would not.
        raster.floorWidthM = 17.9;
        // Magenta appears nowhere else in a report. 4 x 2 pixels of 10 m from (-10 m, 15 m): beyond
        // the floor on every side.
        raster.background = rasterPlan(Qt::magenta, Qt::magenta);
        raster.background->metresPerUnit = 10;
        raster.background->originXM = -10;
        raster.background->originYM = 15;
        const QString file = saveOneVariant(raster, dir, QStringLiteral("raster.taktflow"));
        QVERIFY(!file.isEmpty());

        const QString withPdf = dir.filePath(QStringLiteral("with.pdf"));
        const QString withoutPdf = dir.filePath(QStringLiteral("without.pdf"));
        const auto with = report(file, withPdf);
        QVERIFY2(with.exitCode == 0, qPrintable(with.err));
        const auto without = report(file, withoutPdf, {QStringLiteral("--no-background")});
        QVERIFY2(without.exitCode == 0, qPrintable(without.err));
        const QList<QImage> withPages = renderPdf(withPdf, 40, dir.path());
        const QList<QImage> withoutPages = renderPdf(withoutPdf, 40, dir.path());
        QVERIFY(!withPages.isEmpty());
        QCOMPARE(withPages.size(), withoutPages.size());
        const QColor planColour = faded(Qt::magenta);
        QVERIFY2(countPixels(withPages, planColour) > 100,
                 qPrintable(QString::number(countPixels(withPages, planColour))));
        QCOMPARE(countPixels(withoutPages, planColour), 0);
        // The raster plan is one picture in the PDF (this also shows imageObjects counts pictures).
        QCOMPARE(imageObjects(withPdf), imageObjects(withoutPdf) + 1);
        // The plan reaches past the floor's margin, yet the layout keeps the scale it has without it.
        const QRegularExpression scale(QStringLiteral("layout at 1:(\\d+)"));
        const QString withScale = scale.match(pdfText(withPdf)).captured(1);
        QCOMPARE(withScale, QStringLiteral("100"));
        QCOMPARE(scale.match(pdfText(withoutPdf)).captured(1), QStringLiteral("100"));
    }

    void unreadablePlanIsNamedNotFatal()
    {
        QTemporaryDir dir;
        core::Variant variant = emptyHall();
        variant.background = dxfPlan();
        variant.background->data = "this is no drawing";
        const QString file = saveOneVariant(variant, dir, QStringLiteral("damaged.taktflow"));
        QVERIFY(!file.isEmpty());
        const QString pdf = dir.filePath(QStringLiteral("damaged.pdf"));
        const auto result = report(file, pdf);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(QFileInfo(pdf).size() > 1000);
        QVERIFY2(result.err.contains(QLatin1String("hall.dxf")) && result.err.contains(QLatin1String("Hall")),
                 qPrintable(result.err));
        // Left out on purpose: nothing to say.
        const auto quiet = report(file, pdf, {QStringLiteral("--no-background")});
        QCOMPARE(quiet.exitCode, 0);
        QVERIFY2(!quiet.err.contains(QLatin1String("hall.dxf")), qPrintable(quiet.err));
    }

    void reportKeepsDxfPlansVector()
    {
        QTemporaryDir dir;
        core::Variant drawing = emptyHall();
        drawing.background = dxfPlan();
        const QString file = saveOneVariant(drawing, dir, QStringLiteral("dxf.taktflow"));
        QVERIFY(!file.isEmpty());

        const QString withPdf = dir.filePath(QStringLiteral("with.pdf"));
        const QString withoutPdf = dir.filePath(QStringLiteral("without.pdf"));
        QCOMPARE(report(file, withPdf).exitCode, 0);
        QCOMPARE(report(file, withoutPdf, {QStringLiteral("--no-background")}).exitCode, 0);
        // No picture was added for the plan: its lines are PDF paths.
        QVERIFY(imageObjects(withPdf) >= 0);
        QCOMPARE(imageObjects(withPdf), imageObjects(withoutPdf));
        // ...and they are visible: the pages differ where the line runs (16 m at 1:N, some pixels).
        const QList<QImage> withPages = renderPdf(withPdf, 100, dir.path());
        const QList<QImage> withoutPages = renderPdf(withoutPdf, 100, dir.path());
        QVERIFY(!withPages.isEmpty());
        const int differing = differingPixels(withPages, withoutPages);
        QVERIFY2(differing > 30, qPrintable(QString::number(differing)));
    }
};

QTEST_MAIN(TestBackgroundExport)
#include "tst_backgroundexport.moc"
