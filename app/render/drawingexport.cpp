// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/drawingexport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace taktflow::app::render {

namespace {

ExportResult failure(const QString &path)
{
    return {false, QCoreApplication::translate("DrawingExport", "Cannot write %1").arg(QFileInfo(path).absoluteFilePath())};
}

} // namespace

std::optional<ExportFormat> exportFormatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ExportFormat::Png;
    if (suffix == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    return std::nullopt;
}

ExportResult exportDrawing(const QString &path, const QSizeF &sizePx, const QString &title, const DrawFunction &draw,
                           int pngDpi)
{
    const auto format = exportFormatFor(path);
    if (!format)
        return {false, QCoreApplication::translate("DrawingExport", "Unknown export format of %1; use .png, .svg or .pdf")
                           .arg(QFileInfo(path).fileName())};
    const QSizeF size(std::max(sizePx.width(), 16.0), std::max(sizePx.height(), 16.0));
    switch (*format) {
    case ExportFormat::Png: {
        const double factor = std::clamp(pngDpi, 24, 1200) / 96.0;
        QImage image((factor * size).toSize(), QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            return failure(path);
        image.setDotsPerMeterX(int(std::lround(pngDpi / 0.0254)));
        image.setDotsPerMeterY(int(std::lround(pngDpi / 0.0254)));
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            draw(painter, QRectF(QPointF(0, 0), factor * size));
        }
        return image.save(path, "PNG") ? ExportResult{} : failure(path);
    }
    case ExportFormat::Svg: {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), size));
        svg.setTitle(title);
        svg.setDescription(QCoreApplication::translate("DrawingExport", "Plant layout drawn by Taktflow"));
        QPainter painter;
        if (!painter.begin(&svg))
            return failure(path);
        draw(painter, QRectF(QPointF(0, 0), size));
        painter.end();
        return QFileInfo::exists(path) ? ExportResult{} : failure(path);
    }
    case ExportFormat::Pdf: {
        QPdfWriter pdf(path);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Taktflow"));
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A3), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10)));
        pdf.setResolution(300);
        QPainter painter;
        if (!painter.begin(&pdf))
            return failure(path);
        const QRectF page = pdf.pageLayout().paintRectPixels(pdf.resolution());
        // Keep the on-screen aspect ratio, centred on the page.
        const double s = std::min(page.width() / size.width(), page.height() / size.height());
        const QSizeF fitted = s * size;
        const QRectF target(QPointF((page.width() - fitted.width()) / 2, (page.height() - fitted.height()) / 2), fitted);
        draw(painter, target);
        painter.end();
        return ExportResult{};
    }
    }
    return failure(path);
}

} // namespace taktflow::app::render
