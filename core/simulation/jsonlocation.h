// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace taktflow::core::simulation {

/** Where a byte offset of a JSON text lies: 1-based line and column (in characters), and the
 *  JSON path of the value being read there ("stations[1].time.mean_s"; empty at the top). */
struct JsonLocation {
    int line = 1;
    int column = 1;
    QString path;
};

/**
 * Locates offset in text. QJsonParseError gives only a byte offset; a line and column, and the
 * path of the value that failed (a NaN or 1e999 written by another tool is a syntax error to
 * Qt), let the user find the spot. The scan is lenient: it only has to follow valid JSON up to
 * the offset.
 */
JsonLocation locateJsonOffset(const QByteArray &text, qsizetype offset);

/** "stations" + 1 -> "stations[1]"; "" + "source" -> "source"; "source" + "dist" -> "source.dist". */
QString jsonPathIndex(const QString &path, qsizetype index);
QString jsonPathKey(const QString &path, const QString &key);

} // namespace taktflow::core::simulation
