// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/report/reporttable.h"

#include <QFontMetricsF>
#include <QPainter>

#include <numeric>

namespace taktflow::app::render {

namespace {

std::vector<double> columnWidths(const ReportTable &table, double totalWidth)
{
    const int columns = int(table.header.size());
    std::vector<double> weights = table.columnWeights;
    weights.resize(std::size_t(columns), 1.0);
    const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
    std::vector<double> widths;
    for (double w : weights)
        widths.push_back(totalWidth * w / (sum > 0 ? sum : 1.0));
    return widths;
}

void paintRow(QPainter &painter, const QRectF &rect, const QStringList &cells, const std::vector<double> &widths,
              const ReportTable &table, int row, bool header, double padding)
{
    double x = rect.left();
    for (int c = 0; c < int(widths.size()); ++c) {
        const QRectF cell(x, rect.top(), widths[std::size_t(c)], rect.height());
        const bool marked = !header && table.marked.contains({row, c});
        if (header)
            painter.fillRect(cell, QColor(0x1f, 0x3a, 0x5f));
        else if (marked)
            painter.fillRect(cell, QColor(0xd5, 0xef, 0xd0));
        else if (row % 2 == 1)
            painter.fillRect(cell, QColor(0xf3, 0xf5, 0xf8));
        QFont font = painter.font();
        font.setBold(header || marked);
        painter.setFont(font);
        painter.setPen(header ? Qt::white : Qt::black);
        const Qt::Alignment align = (table.rightAligned.contains(c) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
        const QRectF textRect = cell.adjusted(padding, 0, -padding, 0);
        const QString text = painter.fontMetrics().elidedText(cells.value(c), Qt::ElideRight, int(textRect.width()));
        painter.drawText(textRect, int(align), text);
        x += widths[std::size_t(c)];
    }
    painter.setPen(QPen(QColor(0xc8, 0xcd, 0xd4), 0));
    painter.drawLine(rect.bottomLeft(), rect.bottomRight());
}

} // namespace

void addTable(PageComposer &composer, const ReportTable &table, const QFont &font)
{
    const QFontMetricsF metrics(font, &composer.device());
    const double rowHeight = metrics.height() * 1.6;
    const double padding = composer.mm(1.5);
    const double pageRows = std::max(2.0, std::floor(composer.contentRect().height() / rowHeight) - 1);
    const int perChunk = int(pageRows) - 1;
    int first = 0;
    // The first part fills what is left of the current page when at least a few rows fit.
    const int fitsHere = int(std::floor((composer.remainingHeight() - composer.mm(3)) / rowHeight)) - 1;
    int chunk = fitsHere >= std::min(3, int(table.rows.size())) ? std::min(fitsHere, perChunk) : perChunk;
    do {
        const int count = std::min(chunk, int(table.rows.size()) - first);
        chunk = perChunk;
        const double height = rowHeight * (count + 1) + composer.mm(3);
        composer.addBlock(height, [table, first, count, rowHeight, padding, font](QPainter &painter, const QRectF &area) {
            painter.setFont(font);
            const std::vector<double> widths = columnWidths(table, area.width());
            QRectF rowRect(area.left(), area.top(), area.width(), rowHeight);
            paintRow(painter, rowRect, table.header, widths, table, -1, true, padding);
            for (int r = first; r < first + count; ++r) {
                rowRect.translate(0, rowHeight);
                paintRow(painter, rowRect, table.rows[std::size_t(r)], widths, table, r, false, padding);
            }
        });
        first += count;
    } while (first < int(table.rows.size()));
}

void addHeading(PageComposer &composer, const QString &text, const QFont &baseFont, double scale)
{
    QFont font = baseFont;
    font.setPointSizeF(baseFont.pointSizeF() * scale);
    font.setBold(true);
    const QFontMetricsF metrics(font, &composer.device());
    // A heading never ends a page: keep room for it and a few lines of what follows.
    const QFontMetricsF body(baseFont, &composer.device());
    composer.ensureSpace(metrics.height() * 1.5 + body.height() * 1.6 * 4);
    composer.addBlock(metrics.height() * 1.5, [text, font](QPainter &painter, const QRectF &area) {
        painter.setFont(font);
        painter.setPen(QColor(0x1f, 0x3a, 0x5f));
        painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter, text);
    });
}

void addParagraph(PageComposer &composer, const QString &text, const QFont &font)
{
    const QFontMetricsF metrics(font, &composer.device());
    const QRectF bounds = metrics.boundingRect(QRectF(0, 0, composer.contentRect().width(), 1e6),
                                               Qt::TextWordWrap, text);
    composer.addBlock(bounds.height() + metrics.height() * 0.5, [text, font](QPainter &painter, const QRectF &area) {
        painter.setFont(font);
        painter.setPen(Qt::black);
        painter.drawText(area, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    });
}

} // namespace taktflow::app::render
