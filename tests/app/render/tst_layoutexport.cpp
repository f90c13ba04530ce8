// SPDX-License-Identifier: GPL-3.0-or-later
// The DXF export read back with dxflib's own parser: every item's outline must come back.
#include "app/io/dxfexport.h"
#include "app/render/drawingexport.h"
#include "app/render/layoutpainter.h"
#include "core/model/sampleproject.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include <dxflib/dl_creationadapter.h>
#include <dxflib/dl_dxf.h>

#include <cmath>
#include <map>
#include <vector>

using namespace taktflow;

namespace {

struct Polyline {
    std::string layer;
    std::vector<std::pair<double, double>> points;
    bool closed = false;
};

/** Collects closed polylines and texts as a CAD program would see them. */
class Collector : public DL_CreationAdapter
{
public:
    std::vector<Polyline> polylines;
    std::vector<std::string> texts;

    void addPolyline(const DL_PolylineData &data) override
    {
        polylines.push_back({getAttributes().getLayer(), {}, (data.flags & 1) != 0});
    }
    void addVertex(const DL_VertexData &data) override
    {
        if (!polylines.empty())
            polylines.back().points.emplace_back(data.x, data.y);
    }
    void addText(const DL_TextData &data) override { texts.push_back(data.text); }
};

/** The four corners of an item's rotated rectangle, computed here by hand. */
std::vector<std::pair<double, double>> corners(const core::LayoutItem &item)
{
    const double a = item.rotationDeg * M_PI / 180.0;
    const double w = item.widthM / 2;
    const double d = item.depthM / 2;
    std::vector<std::pair<double, double>> out;
    for (const auto &[lx, ly] : {std::pair{-w, -d}, std::pair{w, -d}, std::pair{w, d}, std::pair{-w, d}})
        out.emplace_back(item.xM + lx * std::cos(a) - ly * std::sin(a), item.yM + lx * std::sin(a) + ly * std::cos(a));
    return out;
}

} // namespace

class TestLayoutExport : public QObject
{
    Q_OBJECT

private slots:
    void reimportedOutlinesMatch()
    {
        core::Variant variant = core::makeSampleProject().variants[1];
        variant.items[4].rotationDeg = 30; // one turned item, so rotation is checked too
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cell.dxf"));
        QCOMPARE(app::exportLayoutDxf(variant, path), QString());

        Collector collector;
        DL_Dxf dxf;
        QVERIFY(dxf.in(QFile::encodeName(path).toStdString(), &collector));
        // The floor plus one outline per item.
        QCOMPARE(collector.polylines.size(), variant.items.size() + 1);
        QCOMPARE(collector.polylines.front().layer, std::string("FLOOR"));
        QCOMPARE(collector.texts.size(), variant.items.size());
        for (std::size_t i = 0; i < variant.items.size(); ++i) {
            const core::LayoutItem &item = variant.items[i];
            const Polyline &outline = collector.polylines[i + 1];
            QVERIFY(outline.closed);
            QCOMPARE(QString::fromStdString(outline.layer), core::itemTypeName(item.type).toUpper());
            const auto expected = corners(item);
            QCOMPARE(outline.points.size(), expected.size());
            for (std::size_t k = 0; k < expected.size(); ++k) {
                QVERIFY2(std::abs(outline.points[k].first - expected[k].first) < 1e-6
                             && std::abs(outline.points[k].second - expected[k].second) < 1e-6,
                         qPrintable(QStringLiteral("%1 corner %2").arg(item.id).arg(k)));
            }
            QCOMPARE(QString::fromStdString(collector.texts[i]), item.name);
        }
    }

    void pngAtAChosenResolution()
    {
        const core::Variant variant = core::makeSampleProject().variants[0];
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("layout.png"));
        const auto result = app::render::exportDrawing(
            path, QSizeF(960, 640), variant.name,
            [&](QPainter &painter, const QRectF &target) {
                painter.setTransform(app::render::floorToDevice(app::render::layoutBoundsM(variant), target));
                app::render::paintLayout(painter, variant, {});
            },
            300);
        QVERIFY2(result.ok, qPrintable(result.message));
        const QImage image(path);
        // 960 x 640 screen pixels (96 dpi) at 300 dpi: 3000 x 2000 pixels, 11811 dots per metre.
        QCOMPARE(image.size(), QSize(3000, 2000));
        QCOMPARE(image.dotsPerMeterX(), 11811);
        QVERIFY(image.pixelColor(1500, 1000) != QColor(Qt::white) || image.pixelColor(100, 100) != QColor(Qt::white));
    }

    void unwritablePathIsReported()
    {
        const QString error = app::exportLayoutDxf(core::makeSampleProject().variants[0],
                                                   QStringLiteral("/nonexistent-dir/x.dxf"));
        QVERIFY(error.contains(QLatin1String("/nonexistent-dir/x.dxf")));
    }
};

QTEST_MAIN(TestLayoutExport)
#include "tst_layoutexport.moc"
