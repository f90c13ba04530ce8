// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/report/reportwriter.h"

#include "app/render/layoutpainter.h"
#include "app/render/report/pagecomposer.h"
#include "app/render/report/reportsections.h"
#include "app/render/report/reporttable.h"
#include "app/render/report/scaledlayout.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

namespace taktflow::app::render {

namespace {

// Called as WriterTr::tr() by name: lupdate does not follow type aliases to the context.
class WriterTr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QString variantList(const ReportData &data)
{
    QStringList names;
    for (const auto &v : data.variants)
        names << v.variant->name;
    return names.join(QStringLiteral(", "));
}

void addTitlePage(PageComposer &composer, const ReportData &data, const QFont &font)
{
    const core::Project &project = *data.project;
    QFont title = font;
    title.setPointSizeF(font.pointSizeF() * 2.2);
    title.setBold(true);
    const QFontMetricsF titleMetrics(title, &composer.device());
    const QString heading =
        data.variants.size() > 1 ? WriterTr::tr("Layout alternatives report") : WriterTr::tr("Layout report");
    composer.addBlock(titleMetrics.height() * 2, [heading, title](QPainter &painter, const QRectF &area) {
        painter.setFont(title);
        painter.setPen(QColor(0x1f, 0x3a, 0x5f));
        painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter, heading);
    });
    ReportTable block;
    block.header = QStringList{WriterTr::tr("Title block"), QString()};
    block.columnWeights = {1, 3};
    const ReportOptions &o = data.options;
    block.rows = {
        {WriterTr::tr("Project"), project.name},
        {data.variants.size() > 1 ? WriterTr::tr("Variants") : WriterTr::tr("Variant"), variantList(data)},
        {WriterTr::tr("Author"), o.author.isEmpty() ? project.author : o.author},
        {WriterTr::tr("Date"),
         o.date.isEmpty() ? QLocale().toString(QDate::currentDate(), QLocale::ShortFormat) : o.date},
        {WriterTr::tr("Revision"), o.revision.isEmpty() ? QString::number(project.revision) : o.revision},
        {WriterTr::tr("Made with"), QStringLiteral("Taktflow %1").arg(QCoreApplication::applicationVersion())},
    };
    addTable(composer, block, font);
    composer.addSpace(composer.mm(6));
    addHeading(composer, WriterTr::tr("Contents"), font);
}

void addContents(PageComposer &composer, const QFont &font, int entries)
{
    const QFontMetricsF metrics(font, &composer.device());
    const double line = metrics.height() * 1.4;
    composer.addBlock(line * entries, [&composer, font, line](QPainter &painter, const QRectF &area) {
        painter.setFont(font);
        painter.setPen(Qt::black);
        double y = area.top();
        for (const auto &entry : composer.tableOfContents()) {
            const QRectF row(area.left(), y, area.width(), line);
            painter.drawText(row, Qt::AlignLeft | Qt::AlignVCenter, entry.title);
            painter.drawText(row, Qt::AlignRight | Qt::AlignVCenter, QString::number(entry.page));
            const double gap = painter.fontMetrics().height() * 0.5;
            painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 0, Qt::DotLine));
            const double left = area.left() + painter.fontMetrics().horizontalAdvance(entry.title) + gap;
            painter.drawLine(QPointF(left, row.center().y()), QPointF(area.right() - gap * 3, row.center().y()));
            painter.setPen(Qt::black);
            y += line;
        }
    });
}

} // namespace

bool paintReport(QPagedPaintDevice &device, const ReportData &data, QString *error)
{
    if (!data.project || data.variants.empty()) {
        if (error)
            *error = WriterTr::tr("the report has no variants");
        return false;
    }
    PageComposer composer(device);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    // Letter spacing switches off ligatures, so "flow" stays four letters in extracted text.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.1);

    addTitlePage(composer, data, font);
    addContents(composer, font, sectionCount(data));
    addReportSections(composer, data, font);

    const QString footerText = QStringLiteral("%1 - %2").arg(data.project->name, variantList(data));
    const bool painted = composer.paint([&](QPainter &painter, const QRectF &rect, int page, int pages) {
        QFont small = font;
        small.setPointSizeF(7.5);
        painter.setFont(small);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawLine(rect.topLeft(), rect.topRight());
        painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, footerText);
        painter.drawText(rect, Qt::AlignRight | Qt::AlignVCenter, WriterTr::tr("Page %1 of %2").arg(page).arg(pages));
    });
    if (!painted && error)
        *error = WriterTr::tr("cannot paint on the output device");
    return painted;
}

bool writeReportPdf(const ReportData &data, const QString &path, QString *error)
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageSize(data.options.pageSize);
    writer.setPageOrientation(data.options.orientation);
    writer.setTitle(WriterTr::tr("Taktflow report: %1").arg(data.project ? data.project->name : QString()));
    writer.setCreator(QStringLiteral("Taktflow"));
    if (!paintReport(writer, data, error))
        return false;
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0) {
        if (error)
            *error = WriterTr::tr("%1: the PDF could not be written").arg(path);
        return false;
    }
    return true;
}

} // namespace taktflow::app::render
