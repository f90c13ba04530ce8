// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>
#include <QSizeF>
#include <QString>

#include <functional>
#include <optional>

class QPainter;

namespace taktflow::app::render {

/** Draws the picture into target (device units of whatever the painter paints on). */
using DrawFunction = std::function<void(QPainter &painter, const QRectF &target)>;

/** Result of an export: ok, or a translated message naming the file. */
struct ExportResult {
    bool ok = true;
    QString message;
    explicit operator bool() const { return ok; }
};

/** File formats a drawing exports to, chosen by the file suffix. */
enum class ExportFormat { Png, Svg, Pdf };
/** The format for a path's suffix (.png, .svg, .pdf); nullopt for others. */
std::optional<ExportFormat> exportFormatFor(const QString &path);

/**
 * Writes a drawing of sizePx (the on-screen size at 96 dpi; PDF fits it on an A3 landscape page)
 * to path as PNG, SVG or PDF. A PNG is rendered at pngDpi (192 by default: twice the screen) and
 * carries that resolution in its metadata. Used by the GUI (the current view and the whole
 * floor) and the CLI and reports (layoutpainter drawings) alike.
 */
ExportResult exportDrawing(const QString &path, const QSizeF &sizePx, const QString &title, const DrawFunction &draw,
                           int pngDpi = 192);

} // namespace taktflow::app::render
