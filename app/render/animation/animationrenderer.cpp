// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/animation/animationrenderer.h"

#include "app/render/layoutpainter.h"
#include "app/render/simulationpalette.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace taktflow::app::render {

using core::simulation::LineSnapshot;
using core::simulation::StationState;
using core::simulation::TraceEvent;
using core::simulation::TracePlayer;

namespace {

constexpr double kMarginPx = 12.0;
constexpr double kBarWidthPx = 26.0;
constexpr double kBarHeightPx = 7.0;
// Room above the floor for the clock, below it for the legend.
constexpr double kClockBandPx = 30.0;
// Two rows, so that the legend wraps on a narrow page instead of being cut.
constexpr double kLegendBandPx = 44.0;

class TextAnimationRenderer
{
    Q_DECLARE_TR_FUNCTIONS(AnimationRenderer)
};

QColor partColor()
{
    return QColor(0x20, 0x20, 0x28);
}

QColor vehicleColor()
{
    return QColor(0xe0, 0x7a, 0x10);
}

QRect floorArea(const QSize &size)
{
    return QRectF(kMarginPx, kMarginPx + kClockBandPx, size.width() - 2 * kMarginPx,
                  size.height() - 2 * kMarginPx - kClockBandPx - kLegendBandPx)
        .toAlignedRect();
}

void paintLegend(QPainter &painter, const QSize &size)
{
    QFont font = painter.font();
    font.setPixelSize(11);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    double x = kMarginPx;
    double y = size.height() - kMarginPx - kLegendBandPx + 8;
    auto entry = [&](const QColor &fill, const QColor &outline, const QString &name) {
        if (x > kMarginPx && x + 16 + metrics.horizontalAdvance(name) > size.width() - kMarginPx) {
            x = kMarginPx;
            y += 18;
        }
        painter.setPen(QPen(outline, 1));
        painter.setBrush(fill);
        painter.drawRect(QRectF(x, y, 12, 12));
        painter.setPen(Qt::black);
        painter.drawText(QPointF(x + 16, y + 10), name);
        x += 16 + metrics.horizontalAdvance(name) + 14;
    };
    for (int s = 0; s < core::simulation::kStationStateCount; ++s) {
        const auto state = StationState(s);
        entry(stationStateColor(state), stationStateColor(state).darker(150), stationStateName(state));
    }
    entry(Qt::white, bottleneckColor(), TextAnimationRenderer::tr("Bottleneck"));
    entry(AnimationRenderer::bufferFillColor(), Qt::black, TextAnimationRenderer::tr("Buffer content"));
    entry(partColor(), partColor(), TextAnimationRenderer::tr("Part"));
    entry(vehicleColor(), vehicleColor().darker(150), TextAnimationRenderer::tr("Transporter"));
}

} // namespace

QString formatSimClock(double timeS)
{
    const auto total = qint64(std::floor(std::max(timeS, 0.0)));
    return QStringLiteral("%1:%2:%3")
        .arg(total / 3600)
        .arg((total / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(total % 60, 2, 10, QLatin1Char('0'));
}

QColor AnimationRenderer::bufferFillColor()
{
    return QColor(0x2a, 0x4d, 0x9a);
}

void AnimationRenderer::setScene(const core::Variant &variant, AnimationGeometry geometry)
{
    mVariant = variant;
    mGeometry = std::move(geometry);
    mCacheSize = {};
}

QTransform AnimationRenderer::floorTransform(const QSize &target) const
{
    return floorToDevice(mGeometry.boundsM, floorArea(target));
}

QRectF AnimationRenderer::bufferBarRect(int gap) const
{
    return gap >= 0 && std::size_t(gap) < mBarsPx.size() ? mBarsPx[std::size_t(gap)] : QRectF();
}

void AnimationRenderer::rebuildCache(const QSize &size, qreal devicePixelRatio)
{
    mCacheSize = size;
    mCacheRatio = devicePixelRatio;
    double scale = 1.0;
    const QTransform toPx = floorToDevice(mGeometry.boundsM, floorArea(size), &scale);
    mDotPx = std::clamp(scale * 0.35, 2.5, 6.0);

    mStationsPx.clear();
    mPartSpotsPx.clear();
    for (const auto &station : mGeometry.stations) {
        const QPolygonF shape = toPx.map(station.shapeM);
        mStationsPx.push_back(shape);
        // Parts sit off the centre so that the centre always shows the state colour.
        const QRectF box = shape.boundingRect();
        mPartSpotsPx.push_back(box.center() + QPointF(box.width() / 4, -box.height() / 4));
    }
    mGapsPx.clear();
    mBarsPx.clear();
    for (const auto &gap : mGeometry.gaps) {
        AnimationGap px = gap;
        px.pathM = toPx.map(gap.pathM);
        px.cumulativeM.clear();
        double run = 0.0;
        for (qsizetype i = 0; i < px.pathM.size(); ++i) {
            if (i > 0)
                run += std::hypot(px.pathM[i].x() - px.pathM[i - 1].x(), px.pathM[i].y() - px.pathM[i - 1].y());
            px.cumulativeM.push_back(run);
        }
        // Short gaps (stations side by side) get a shorter bar, so it stays between the two.
        const QPointF mid = px.pointAt(0.5);
        const double width = std::clamp(px.lengthM() * 0.5, 8.0, kBarWidthPx);
        mBarsPx.push_back(QRectF(mid.x() - width / 2, mid.y() - kBarHeightPx - 4, width, kBarHeightPx));
        mGapsPx.push_back(std::move(px));
    }

    const QSize pixels = (QSizeF(size) * devicePixelRatio).toSize();
    // Opaque, so that each frame copies it instead of blending it.
    mFloor = QImage(pixels, QImage::Format_RGB32);
    mFloor.setDevicePixelRatio(devicePixelRatio);
    mFloor.fill(Qt::white);
    {
        QPainter p(&mFloor);
        p.setRenderHint(QPainter::Antialiasing);
        p.save();
        p.setTransform(toPx);
        LayoutPaintOptions options;
        options.showGrid = false;
        options.showFlows = false;
        paintLayout(p, mVariant, options);
        p.restore();
        if (mGeometry.hasSchematicRow) {
            QFont font = p.font();
            font.setPixelSize(11);
            p.setFont(font);
            p.setPen(QColor(0x60, 0x60, 0x60));
            QRectF row;
            for (std::size_t i = 0; i < mGeometry.stations.size(); ++i) {
                if (!mGeometry.stations[i].onFloor)
                    row = row.united(mStationsPx[i].boundingRect());
            }
            p.drawText(row.adjusted(0, -18, 0, 0).topLeft() + QPointF(0, 12), TextAnimationRenderer::tr("Stations without a layout item"));
        }
        p.setPen(QPen(QColor(0x70, 0x70, 0x90), 1.5, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        for (const auto &gap : mGapsPx)
            p.drawPolyline(gap.pathM);
    }

    mLabels = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
    mLabels.setDevicePixelRatio(devicePixelRatio);
    mLabels.fill(Qt::transparent);
    mLabelRects.clear();
    {
        QPainter p(&mLabels);
        p.setRenderHint(QPainter::Antialiasing);
        QFont font = p.font();
        font.setPixelSize(10);
        p.setFont(font);
        const QFontMetricsF metrics(font);
        for (std::size_t i = 0; i < mGeometry.stations.size(); ++i) {
            // Names below the shape, on a light plate, so that the shape shows its state colour.
            // Names as wide as the room to the nearest other station, elided beyond.
            const QRectF box = mStationsPx[i].boundingRect();
            double roomPx = std::max(box.width() + 40, 60.0);
            for (std::size_t j = 0; j < mStationsPx.size(); ++j) {
                const QPointF d = mStationsPx[j].boundingRect().center() - box.center();
                if (j != i && std::abs(d.y()) < metrics.height() * 2)
                    roomPx = std::min(roomPx, std::max(std::abs(d.x()) - 2, box.width()));
            }
            const QString name = metrics.elidedText(mGeometry.stations[i].name, Qt::ElideRight, roomPx - 6);
            const double width = metrics.horizontalAdvance(name) + 6;
            const QRectF plate(box.center().x() - width / 2, box.bottom() + 2, width, metrics.height() + 2);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(255, 255, 255, 210));
            p.drawRoundedRect(plate, 2, 2);
            mLabelRects.push_back(plate.toAlignedRect());
            p.setPen(Qt::black);
            p.drawText(plate, Qt::AlignCenter, name);
        }
        paintLegend(p, size);
        mLabelRects.push_back(QRect(0, size.height() - int(kMarginPx + kLegendBandPx), size.width(),
                                    int(kMarginPx + kLegendBandPx)));
    }
    mCountTexts.clear();
}

const QStaticText &AnimationRenderer::countText(int count)
{
    auto it = mCountTexts.find(count);
    if (it == mCountTexts.end()) {
        QStaticText text(QString::number(count));
        text.setPerformanceHint(QStaticText::AggressiveCaching);
        it = mCountTexts.insert(count, text);
    }
    return *it;
}

void AnimationRenderer::paint(QPainter &painter, const QRect &target, const TracePlayer &player,
                              const AnimationFrameOptions &options)
{
    const qreal ratio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    if (target.size() != mCacheSize || ratio != mCacheRatio)
        rebuildCache(target.size(), ratio);
    painter.save();
    painter.translate(target.topLeft());
    painter.drawImage(QPointF(0, 0), mFloor);
    painter.setRenderHint(QPainter::Antialiasing);
    const LineSnapshot &state = player.state();
    paintStations(painter, state);
    paintBuffers(painter, state);
    paintParts(painter, player, options);
    // Only where there are names and the legend: blending the whole transparent layer would
    // cost more than the rest of the frame.
    for (const QRect &r : mLabelRects)
        painter.drawImage(r, mLabels, QRectF(QPointF(r.topLeft()) * mCacheRatio, QSizeF(r.size()) * mCacheRatio));
    paintClock(painter, player.timeS(), options);
    painter.restore();
}

void AnimationRenderer::paintStations(QPainter &painter, const LineSnapshot &state) const
{
    const std::size_t n = std::min(mStationsPx.size(), state.stationStates.size());
    for (std::size_t i = 0; i < n; ++i) {
        const QColor fill = stationStateColor(state.stationStates[i]);
        painter.setPen(QPen(fill.darker(160), 1.5));
        painter.setBrush(fill);
        painter.drawPolygon(mStationsPx[i]);
    }
    if (mGeometry.bottleneck >= 0 && std::size_t(mGeometry.bottleneck) < mStationsPx.size()) {
        const QRectF box = mStationsPx[std::size_t(mGeometry.bottleneck)].boundingRect().adjusted(-4, -4, 4, 4);
        painter.setPen(QPen(bottleneckColor(), 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(box, 3, 3);
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(partColor());
    for (std::size_t i = 0; i < std::min(mPartSpotsPx.size(), state.partsInStation.size()); ++i) {
        if (state.partsInStation[i] > 0)
            painter.drawEllipse(mPartSpotsPx[i], mDotPx, mDotPx);
    }
}

void AnimationRenderer::paintBuffers(QPainter &painter, const LineSnapshot &state)
{
    const std::size_t n = std::min(mBarsPx.size(), state.bufferContents.size());
    for (std::size_t g = 0; g < n; ++g) {
        const QRectF bar = mBarsPx[g];
        const int content = state.bufferContents[g];
        const int capacity = mGeometry.gaps[g].capacity;
        // Unlimited buffers fill their bar on a scale of ten parts and say the count.
        const double scale = capacity > 0 ? capacity : 10.0;
        if (capacity != 0) {
            painter.setPen(QPen(Qt::black, 1));
            painter.setBrush(Qt::white);
            painter.drawRect(bar);
            if (content > 0) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(bufferFillColor());
                painter.drawRect(QRectF(bar.left(), bar.top(), bar.width() * std::min(1.0, content / scale), bar.height()));
            }
        }
        if (content > 0 || capacity != 0) {
            painter.setPen(Qt::black);
            painter.drawStaticText(QPointF(bar.right() + 3, bar.top() - 4), countText(content));
        }
    }
}

void AnimationRenderer::paintParts(QPainter &painter, const TracePlayer &player, const AnimationFrameOptions &options) const
{
    const double t = player.timeS();
    const LineSnapshot &state = player.state();
    for (const auto &trip : state.transports) {
        if (trip.gap < 0 || std::size_t(trip.gap) >= mGapsPx.size())
            continue;
        const double span = trip.endS - trip.startS;
        const double share = span > 0.0 ? (t - trip.startS) / span : 1.0;
        const QPointF at = mGapsPx[std::size_t(trip.gap)].pointAt(share);
        painter.setPen(QPen(vehicleColor().darker(150), 1));
        painter.setBrush(vehicleColor());
        painter.drawRoundedRect(QRectF(at.x() - 7, at.y() - 5, 14, 10), 2, 2);
        painter.setPen(Qt::NoPen);
        painter.setBrush(partColor());
        painter.drawEllipse(at, mDotPx * 0.7, mDotPx * 0.7);
    }
    if (options.glideS <= 0.0)
        return;
    // Hand-offs without a vehicle: parts that enter a station within the next glideS glide in
    // along the gap, arriving when the station takes them.
    const auto &events = player.trace().events;
    const auto &transported = player.gapsWithTransport();
    const std::size_t begin = player.eventsUpTo(t);
    const std::size_t end = std::min(player.eventsUpTo(t + options.glideS), begin + std::size_t(options.maxGlides) * 4);
    painter.setPen(Qt::NoPen);
    painter.setBrush(partColor());
    int drawn = 0;
    for (std::size_t i = begin; i < end && drawn < options.maxGlides; ++i) {
        const TraceEvent &e = events[i];
        if (e.kind != TraceEvent::Kind::PartEnter || e.index <= 0 || std::size_t(e.index) > mGapsPx.size())
            continue;
        const auto gap = std::size_t(e.index - 1);
        if (gap < transported.size() && transported[gap])
            continue;
        const double share = 1.0 - (e.timeS - t) / options.glideS;
        painter.drawEllipse(mGapsPx[gap].pointAt(share), mDotPx * 0.8, mDotPx * 0.8);
        ++drawn;
    }
}

void AnimationRenderer::paintClock(QPainter &painter, double timeS, const AnimationFrameOptions &options) const
{
    QFont font = painter.font();
    font.setPixelSize(15);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::black);
    QString text = TextAnimationRenderer::tr("Simulated time %1 (h:mm:ss)").arg(formatSimClock(timeS));
    if (timeS < options.warmupS)
        text += QLatin1String("  ") + TextAnimationRenderer::tr("warm-up");
    painter.drawText(QPointF(kMarginPx, kMarginPx + 16), text);
}

} // namespace taktflow::app::render
