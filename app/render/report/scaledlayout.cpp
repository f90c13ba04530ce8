// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/report/scaledlayout.h"

#include "app/render/itemstyle.h"
#include "app/render/layoutpainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <set>

namespace taktflow::app::render {

namespace {

// Called as ScaledLayoutTr::tr() by name: lupdate does not follow type aliases to the context.
class ScaledLayoutTr
{
    Q_DECLARE_TR_FUNCTIONS(ReportLayout)
};

constexpr double kLegendMm = 24.0;

double niceLength(double maxMetres)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(maxMetres, 1e-6))));
    double best = magnitude;
    for (double factor : {1.0, 2.0, 5.0}) {
        if (factor * magnitude <= maxMetres)
            best = factor * magnitude;
    }
    return best;
}

void paintLegend(QPainter &painter, const QRectF &box, const core::Variant &variant, const QFont &font)
{
    std::set<core::ItemType> types;
    for (const auto &item : variant.items)
        types.insert(item.type);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const double swatch = metrics.height() * 0.8;
    double x = box.left();
    double y = box.top();
    for (core::ItemType type : types) {
        const QString name = typeDisplayName(type);
        const double width = swatch * 1.5 + metrics.horizontalAdvance(name) + swatch;
        if (x + width > box.right()) {
            x = box.left();
            y += metrics.height() * 1.3;
        }
        painter.setPen(QPen(fillColor(type).darker(150), 0));
        painter.setBrush(fillColor(type));
        painter.drawRect(QRectF(x, y + (metrics.height() - swatch) / 2, swatch, swatch));
        painter.setPen(Qt::black);
        painter.drawText(QPointF(x + swatch * 1.4, y + metrics.ascent()), name);
        x += width;
    }
    const QString flows = ScaledLayoutTr::tr("Material flow (thickness by volume)");
    if (x + swatch * 3 + metrics.horizontalAdvance(flows) > box.right()) {
        x = box.left();
        y += metrics.height() * 1.3;
    }
    painter.setPen(QPen(QColor(200, 30, 30, 170), swatch * 0.4, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(x, y + metrics.height() / 2), QPointF(x + swatch * 2, y + metrics.height() / 2));
    painter.setPen(Qt::black);
    painter.drawText(QPointF(x + swatch * 2.5, y + metrics.ascent()), flows);
}

} // namespace

const std::vector<int> &standardScales()
{
    static const std::vector<int> scales{20, 25, 50, 100, 200, 250, 300, 400, 500, 1000, 2000, 2500, 5000, 10000};
    return scales;
}

int fittingScale(const QSizeF &sizeM, const QSizeF &areaMm)
{
    for (int scale : standardScales()) {
        if (sizeM.width() * 1000.0 / scale <= areaMm.width() && sizeM.height() * 1000.0 / scale <= areaMm.height())
            return scale;
    }
    return standardScales().back();
}

void paintScaleBar(QPainter &painter, const QPointF &bottomLeft, double unitsPerMetre, double maxLengthUnits,
                   const QFont &font)
{
    const double metres = niceLength(maxLengthUnits / unitsPerMetre);
    const double length = metres * unitsPerMetre;
    const QFontMetricsF metrics(font, painter.device());
    const double height = metrics.height() * 0.5;
    painter.setFont(font);
    for (int i = 0; i < 4; ++i) {
        const QRectF segment(bottomLeft.x() + length / 4 * i, bottomLeft.y() - height, length / 4, height);
        painter.setPen(QPen(Qt::black, 0));
        painter.setBrush(i % 2 == 0 ? Qt::black : Qt::white);
        painter.drawRect(segment);
    }
    painter.setPen(Qt::black);
    painter.drawText(QPointF(bottomLeft.x(), bottomLeft.y() - height - metrics.descent() - 2), QStringLiteral("0"));
    const QString end = QLocale().toString(metres, 'g', 4) + QStringLiteral(" m");
    painter.drawText(QPointF(bottomLeft.x() + length - metrics.horizontalAdvance(end) / 2,
                             bottomLeft.y() - height - metrics.descent() - 2),
                     end);
}

void paintNorthArrow(QPainter &painter, const QRectF &box, const QFont &font)
{
    const QFontMetricsF metrics(font, painter.device());
    const double w = std::min(box.width(), box.height() - metrics.height()) * 0.5;
    const QPointF tip(box.center().x(), box.top() + metrics.height());
    QPainterPath arrow;
    arrow.moveTo(tip);
    arrow.lineTo(tip + QPointF(w / 2, w * 1.6));
    arrow.lineTo(tip + QPointF(0, w * 1.2));
    arrow.lineTo(tip + QPointF(-w / 2, w * 1.6));
    arrow.closeSubpath();
    painter.setPen(QPen(Qt::black, 0));
    painter.setBrush(Qt::black);
    painter.drawPath(arrow);
    painter.setFont(font);
    painter.drawText(QRectF(box.left(), box.top(), box.width(), metrics.height()), Qt::AlignCenter,
                     ScaledLayoutTr::tr("N"));
}

void addScaledLayout(PageComposer &composer, const core::Variant &variant, int scale, const QFont &font,
                     bool showBackground)
{
    LayoutPaintOptions options;
    options.showFlows = true;
    options.gridM = 5.0;
    options.labelPixelSize = int(composer.mm(2.4));
    options.outlinePx = composer.mm(0.2);
    options.showBackground = showBackground;
    // The scale and sheets follow the floor and items; the plan shows as far as each frame reaches.
    const QRectF boundsM = layoutBoundsM(variant);
    const QRectF content = composer.contentRect();
    const QFontMetricsF metrics(font, &composer.device());
    const double titleHeight = metrics.height() * 1.8;
    const QSizeF drawingUnits(content.width(), content.height() - titleHeight - composer.mm(kLegendMm));
    const double unitsPerMetre = composer.mm(1000.0 / scale);
    const double tileWidthM = drawingUnits.width() / unitsPerMetre;
    const double tileHeightM = drawingUnits.height() / unitsPerMetre;
    const int columns = std::max(1, int(std::ceil(boundsM.width() / tileWidthM - 1e-9)));
    const int rows = std::max(1, int(std::ceil(boundsM.height() / tileHeightM - 1e-9)));
    const double legendMm = composer.mm(kLegendMm);

    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            const int sheet = row * columns + column + 1;
            const QString title = ScaledLayoutTr::tr("%1 - layout at 1:%2 - sheet %3 of %4")
                                      .arg(variant.name)
                                      .arg(scale)
                                      .arg(sheet)
                                      .arg(rows * columns);
            // Sheets run west to east, then north to south, like reading a drawing.
            // A layout that fits on one sheet is centred on it.
            const double x0 = columns == 1 ? boundsM.center().x() - tileWidthM / 2 : boundsM.left() + column * tileWidthM;
            const double yTop = rows == 1 ? boundsM.center().y() + tileHeightM / 2 : boundsM.bottom() - row * tileHeightM;
            LayoutPaintOptions sheetOptions = options;
            sheetOptions.backgroundClipM = QRectF(x0, yTop - tileHeightM, tileWidthM, tileHeightM);
            composer.addPage([=, &variant](QPainter &painter, const QRectF &area) {
                QFont bold = font;
                bold.setBold(true);
                painter.setFont(bold);
                painter.setPen(QColor(0x1f, 0x3a, 0x5f));
                painter.drawText(QRectF(area.left(), area.top(), area.width(), titleHeight),
                                 Qt::AlignLeft | Qt::AlignVCenter, title);
                const QRectF drawing(area.left(), area.top() + titleHeight, drawingUnits.width(), drawingUnits.height());
                painter.setPen(QPen(Qt::black, 0));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(drawing);
                painter.save();
                painter.setClipRect(drawing);
                painter.setWorldTransform(QTransform(unitsPerMetre, 0, 0, -unitsPerMetre,
                                                     drawing.left() - unitsPerMetre * x0,
                                                     drawing.top() + unitsPerMetre * yTop));
                paintLayout(painter, variant, sheetOptions);
                painter.restore();

                const QRectF footer(area.left(), drawing.bottom() + composer.mm(2), area.width(), legendMm - composer.mm(2));
                paintLegend(painter, QRectF(footer.left(), footer.top(), footer.width() * 0.62, footer.height()),
                            variant, font);
                paintScaleBar(painter, QPointF(footer.left() + footer.width() * 0.65, footer.bottom() - composer.mm(4)),
                              unitsPerMetre, footer.width() * 0.22, font);
                paintNorthArrow(painter,
                                QRectF(footer.right() - composer.mm(14), footer.top(), composer.mm(14), footer.height()),
                                font);
            });
        }
    }
}

} // namespace taktflow::app::render
