// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/report/reportdata.h"

#include <QString>

class QPagedPaintDevice;

namespace taktflow::app::render {

/**
 * Lays out and paints the report onto a paged device (QPdfWriter, or the QPrinter of a print
 * preview): title block and contents, the comparison for several variants, then per variant
 * the key figures, line balance (yamazumi and station table), flows (top flows and from-to
 * matrix), findings and the layout to scale. Returns false with a message when painting fails.
 */
bool paintReport(QPagedPaintDevice &device, const ReportData &data, QString *error);

/** Writes the report as a PDF file (text stays text, so it is searchable). */
bool writeReportPdf(const ReportData &data, const QString &path, QString *error);

} // namespace taktflow::app::render
