// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/report/pagecomposer.h"

#include <QFont>
#include <QSet>
#include <QStringList>

#include <utility>
#include <vector>

namespace taktflow::app::render {

/** A simple table for reports: header, text cells, relative column widths, marked cells. */
struct ReportTable {
    QStringList header;
    std::vector<QStringList> rows;
    /** Relative widths; empty means equal columns. */
    std::vector<double> columnWeights;
    /** Columns aligned right (numbers). */
    QSet<int> rightAligned;
    /** (row, column) cells printed bold on a green background, e.g. the best value of a row. */
    QSet<std::pair<int, int>> marked;
};

/** Adds a table to the composer, split across pages as needed with the header repeated. */
void addTable(PageComposer &composer, const ReportTable &table, const QFont &font);

/** Adds a heading line (bold, larger). */
void addHeading(PageComposer &composer, const QString &text, const QFont &baseFont, double scale = 1.3);

/** Adds a paragraph of wrapped text. */
void addParagraph(PageComposer &composer, const QString &text, const QFont &font);

} // namespace taktflow::app::render
