// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/report/pagecomposer.h"
#include "app/render/report/reportdata.h"

#include <QFont>

namespace taktflow::app::render {

/** How many sections addReportSections() adds (entries of the table of contents). */
int sectionCount(const ReportData &data);

/** Adds the comparison (several variants) and every variant's sections to the composer. */
void addReportSections(PageComposer &composer, const ReportData &data, const QFont &font);

} // namespace taktflow::app::render
