// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace taktflow::core::io {

/** One CSV record with the 1-based line where it starts (quoted fields may span lines). */
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

/** A parsed CSV table: the header and the records, or an error naming the line. */
struct CsvTable {
    QStringList header;
    std::vector<CsvRecord> records;
    QString error;
    int errorLine = 0;
    bool ok() const { return error.isEmpty(); }
};

/** Size limits for untrusted CSV input. */
struct CsvLimits {
    qsizetype maxBytes = 64 * 1024 * 1024;
    qsizetype maxRecords = 1'000'000;
    qsizetype maxFieldChars = 64 * 1024;
};

/**
 * Parses RFC 4180 CSV text: comma separator (or the given one, e.g. tab for spreadsheet paste),
 * double-quoted fields with "" escapes, CRLF or LF line ends, UTF-8 with optional BOM. Blank
 * lines are skipped. The first record is the header.
 */
CsvTable parseCsv(const QString &text, QChar separator = QLatin1Char(','), const CsvLimits &limits = {});

/** Reads and parses a file; I/O and encoding problems come back as the error. */
CsvTable readCsvFile(const QString &path, const CsvLimits &limits = {});
/** The same with another separator (';' from German spreadsheets, tab). */
CsvTable readCsvFile(const QString &path, QChar separator, const CsvLimits &limits = {});

/**
 * The separator a spreadsheet most likely used: of tab, ';' and ',', the one that occurs most
 * often outside quotes in the first line of text; ',' when none does.
 */
QChar guessCsvSeparator(const QString &text);

/** Quotes a field when it holds a separator, quote or line break. */
QString csvField(const QString &value, QChar separator = QLatin1Char(','));

} // namespace taktflow::core::io
