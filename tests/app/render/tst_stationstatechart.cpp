// SPDX-License-Identifier: GPL-3.0-or-later
// The station-state chart drawn to an image: the colours at positions worked out from the shares
// by hand, the bottleneck frame, and names that are not cut.
#include "app/render/simulationpalette.h"
#include "app/render/stationstatechart.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

#include <cmath>

using namespace taktflow;
using app::render::StationStateChartOptions;
using core::SimulationSummary;
using core::simulation::StationState;

namespace {

SimulationSummary::StationShares shares(const QString &name, double working, double starved, double blocked,
                                        double failed = 0.0)
{
    SimulationSummary::StationShares station;
    station.name = name;
    station.working = working;
    station.starved = starved;
    station.blocked = blocked;
    station.failed = failed;
    return station;
}

QImage blank()
{
    QImage image(800, 360, QImage::Format_RGB32);
    image.fill(Qt::white);
    return image;
}

QFont chartFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(12);
    return font;
}

bool near(QColor actual, QColor expected)
{
    return std::abs(actual.red() - expected.red()) <= 2 && std::abs(actual.green() - expected.green()) <= 2 &&
           std::abs(actual.blue() - expected.blue()) <= 2;
}

QString describe(QColor colour)
{
    return colour.name();
}

struct Drawn {
    QImage image;
    app::render::StationStateChartGeometry geometry;
};

/** Paints the chart into the whole of an 800 x 360 image with a fixed font. */
Drawn draw(const std::vector<SimulationSummary::StationShares> &stations, const QString &bottleneck,
           bool percentages)
{
    StationStateChartOptions options;
    options.font = chartFont();
    options.percentages = percentages;
    Drawn drawn{blank(), {}};
    const QRectF rect(0, 0, drawn.image.width(), drawn.image.height());
    {
        QPainter painter(&drawn.image);
        app::render::paintStationStateChart(painter, rect, stations, bottleneck, options);
    }
    drawn.geometry = app::render::stationStateChartGeometry(rect, stations, bottleneck, chartFont(), options,
                                                            &drawn.image);
    return drawn;
}

} // namespace

class TestStationStateChart : public QObject
{
    Q_OBJECT

private slots:
    void segmentColoursSitWhereTheSharesPutThem()
    {
        // Second station: working 0-50 %, starved 50-70 %, blocked 70-100 % (shares chosen by hand).
        const std::vector stations{shares(QStringLiteral("S1"), 1.0, 0.0, 0.0),
                                   shares(QStringLiteral("S2"), 0.5, 0.2, 0.3),
                                   shares(QStringLiteral("S3"), 0.4, 0.0, 0.0, 0.6)};
        const auto [image, geometry] = draw(stations, QString(), false);
        const QRectF rect(0, 0, image.width(), image.height());
        QCOMPARE(geometry.bars.size(), std::size_t(3));
        const QRectF bar = geometry.bars[1];
        auto pixelAt = [&](double fraction, const QRectF &b) {
            return image.pixelColor(QPoint(int(b.left() + b.width() * fraction), int(b.center().y())));
        };
        const QColor working = app::render::stationStateColor(StationState::Working);
        const QColor starved = app::render::stationStateColor(StationState::Starved);
        const QColor blocked = app::render::stationStateColor(StationState::Blocked);
        const QColor failed = app::render::stationStateColor(StationState::Failed);
        QVERIFY2(near(pixelAt(0.25, bar), working), qPrintable(describe(pixelAt(0.25, bar))));
        QVERIFY2(near(pixelAt(0.60, bar), starved), qPrintable(describe(pixelAt(0.60, bar))));
        QVERIFY2(near(pixelAt(0.85, bar), blocked), qPrintable(describe(pixelAt(0.85, bar))));
        // Third station: failed from 40 % on.
        QVERIFY2(near(pixelAt(0.70, geometry.bars[2]), failed), qPrintable(describe(pixelAt(0.70, geometry.bars[2]))));
        QVERIFY(near(pixelAt(0.30, geometry.bars[2]), working));
        // Bars do not overlap and stay inside the rectangle.
        QVERIFY(geometry.bars[0].bottom() <= geometry.bars[1].top());
        QVERIFY(rect.contains(geometry.bars[2]));
    }

    void fullyWorkingStationIsAllGreen()
    {
        const std::vector stations{shares(QStringLiteral("Press"), 1.0, 0.0, 0.0),
                                   shares(QStringLiteral("Weld"), 0.3, 0.7, 0.0)};
        const auto [image, geometry] = draw(stations, QString(), true);
        const QRect inside = geometry.bars[0].toAlignedRect().adjusted(2, 2, -2, -2);
        const QColor working = app::render::stationStateColor(StationState::Working);
        // The percentage is written in the middle; the band above the text is pure colour.
        const int textTop = int(geometry.bars[0].center().y() - QFontMetricsF(chartFont(), &image).height() / 2);
        int checked = 0;
        for (int y = inside.top(); y < textTop - 1; ++y) {
            for (int x = inside.left(); x <= inside.right(); x += 3) {
                QVERIFY2(near(image.pixelColor(x, y), working),
                         qPrintable(QStringLiteral("%1,%2 is %3").arg(x).arg(y).arg(describe(image.pixelColor(x, y)))));
                ++checked;
            }
        }
        QVERIFY(checked > 100);
        // The second station's bar is not all green: starved from 30 % on.
        const QRectF second = geometry.bars[1];
        QVERIFY(!near(image.pixelColor(int(second.left() + second.width() * 0.8), int(second.top()) + 2), working));
    }

    void bottleneckIsFramedAndLabelled()
    {
        const std::vector stations{shares(QStringLiteral("Assembly"), 0.6, 0.4, 0.0),
                                   shares(QStringLiteral("Test"), 0.95, 0.05, 0.0)};
        const auto [image, geometry] = draw(stations, QStringLiteral("Test"), true);
        const QRectF rect(0, 0, image.width(), image.height());
        QCOMPARE(geometry.bottleneckIndex, 1);
        const QColor mark = app::render::bottleneckColor();
        const QRectF framed = geometry.bars[1];
        const QRectF plain = geometry.bars[0];
        const int x = int(framed.left() + framed.width() * 0.3);
        QVERIFY2(near(image.pixelColor(x, int(framed.top()) - 1), mark),
                 qPrintable(describe(image.pixelColor(x, int(framed.top()) - 1))));
        QVERIFY(!near(image.pixelColor(x, int(plain.top()) - 1), mark));
        // The label right of the bar has ink in the bottleneck colour family (anti-aliased text).
        int marked = 0;
        for (int px = int(framed.right()) + 4; px < int(rect.right()); ++px) {
            for (int py = int(framed.top()); py < int(framed.bottom()); ++py) {
                const QColor c = image.pixelColor(px, py);
                if (c.red() > c.green() + 60 && c.blue() > c.green() + 30)
                    ++marked;
            }
        }
        QVERIFY2(marked > 20, qPrintable(QString::number(marked)));
    }

    void longStationNamesAreNotCut()
    {
        const QString longName = QStringLiteral("Receiving and incoming inspection");
        const std::vector stations{shares(longName, 0.8, 0.2, 0.0), shares(QStringLiteral("CNC"), 0.5, 0.5, 0.0)};
        StationStateChartOptions options;
        const auto geometry = app::render::stationStateChartGeometry(QRectF(0, 0, 800, 360), stations, QString(),
                                                                     chartFont(), options, nullptr);
        QFont bold = chartFont();
        bold.setBold(true);
        QVERIFY(geometry.plot.left() >= QFontMetricsF(bold).horizontalAdvance(longName));
        QVERIFY(geometry.plot.width() > 300);
        // Two stations do not become slabs: the bars are capped at a few text lines.
        QVERIFY(geometry.bars[0].height() <= QFontMetricsF(chartFont()).height() * options.maxBarLines + 0.01);
    }
};

QTEST_MAIN(TestStationStateChart)
#include "tst_stationstatechart.moc"
