// SPDX-License-Identifier: GPL-3.0-or-later
// The tile cache behind the flow overlay: what it renders again on a pan, an edit and a zoom.
#include "app/gui/layout/tilecache.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace taktflow;

namespace {

/** A 512 x 384 "viewport" painted at a scale and offset like the layout view's. */
struct Frame {
    QImage device{512, 384, QImage::Format_ARGB32_Premultiplied};
    int renders = 0;
    QList<QRectF> rendered;

    app::TileCache::Outcome paint(app::TileCache &cache, double scale, double dx = 0.0, double dy = 0.0)
    {
        device.fill(Qt::white);
        QPainter painter(&device);
        const QTransform world(scale, 0, 0, scale, dx, dy);
        painter.setWorldTransform(world);
        const QRectF visible = world.inverted().mapRect(QRectF(device.rect()));
        return cache.paint(&painter, visible, [this](QPainter &tile, const QRectF &rect) {
            ++renders;
            rendered << rect;
            tile.fillRect(rect, Qt::red);
            return true;
        });
    }
};

} // namespace

class TestTileCache : public QObject
{
    Q_OBJECT

private slots:
    void panRendersOnlyWhatScrollsIn()
    {
        app::TileCache cache;
        Frame frame;
        // Scale 2: a 128 px tile is 64 scene units; 512 x 384 px are 4 x 3 tiles.
        QCOMPARE(frame.paint(cache, 2.0), app::TileCache::Outcome::Complete);
        QCOMPARE(frame.renders, 12);
        QCOMPARE(frame.rendered.first(), QRectF(0, 0, 64, 64));
        QCOMPARE(frame.device.pixelColor(511, 383), QColor(Qt::red));
        QCOMPARE(frame.paint(cache, 2.0), app::TileCache::Outcome::Complete);
        QCOMPARE(frame.renders, 12);
        // Half a tile to the left: one new column of three tiles, the rest from the cache.
        QCOMPARE(frame.paint(cache, 2.0, -64.0, 0.0), app::TileCache::Outcome::Complete);
        QCOMPARE(frame.renders, 15);
        QCOMPARE(frame.rendered.last(), QRectF(256, 128, 64, 64));
        QCOMPARE(cache.tileCount(), 15);
    }

    void editRedrawsOnlyTheTilesItCrosses()
    {
        app::TileCache cache;
        Frame frame;
        frame.paint(cache, 2.0);
        // A short segment inside tile (1, 0) (scene x 64..128, y 0..64).
        cache.invalidate(QLineF(70, 10, 100, 20), 0.0);
        frame.paint(cache, 2.0);
        QCOMPARE(frame.renders, 13);
        QCOMPARE(frame.rendered.last(), QRectF(64, 0, 64, 64));
        // A diagonal across the view touches its tiles only, not its whole bounding box.
        cache.invalidate(QLineF(1, 1, 250, 180), 0.0);
        frame.paint(cache, 2.0);
        const int diagonal = frame.renders - 13;
        QVERIFY2(diagonal >= 4 && diagonal < 12, qPrintable(QString::number(diagonal)));
    }

    void zoomPreviewsUntilSettled()
    {
        app::TileCache cache;
        Frame frame;
        frame.paint(cache, 2.0);
        // Zooming: the old tiles stand in, scaled; nothing is rendered.
        QCOMPARE(frame.paint(cache, 2.2), app::TileCache::Outcome::Preview);
        QCOMPARE(frame.renders, 12);
        QCOMPARE(frame.device.pixelColor(100, 100), QColor(Qt::red));
        QCOMPARE(frame.paint(cache, 2.4), app::TileCache::Outcome::Preview);
        QCOMPARE(frame.renders, 12);
        // At rest: the new level is drawn sharp, whole, in one paint.
        cache.settle();
        QCOMPARE(frame.paint(cache, 2.4), app::TileCache::Outcome::Complete);
        QCOMPARE(frame.renders, 12 + 12);
        QCOMPARE(frame.rendered.last().width(), 128 / 2.4);
    }
};

QTEST_MAIN(TestTileCache)
#include "tst_tilecache.moc"
