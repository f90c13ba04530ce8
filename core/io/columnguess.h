// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/tablecsv.h"

#include <QString>
#include <QStringList>

namespace taktflow::core::io {

/**
 * Reduces a column header to the letters and digits that identify it: lower case, umlauts
 * folded ("Vorgänger" -> "vorgaenger"), units in brackets dropped ("Zeit [s]" -> "zeit"),
 * spaces, underscores and punctuation removed.
 */
QString normaliseHeader(const QString &header);

/**
 * Guesses which header of the user's file holds each of our columns: the column's own name
 * first, then common English and German names ("Zeit", "Vorgänger", "Breite", "von", "nach").
 * Matching ignores case, spaces and units in brackets; every header is used at most once.
 * Columns without a match are left out of the mapping.
 */
ColumnMapping guessColumnMapping(const QStringList &header, const QStringList &columns);

} // namespace taktflow::core::io
