// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/csvreader.h"

#include "core/io/boundedread.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

namespace taktflow::core::io {

namespace {

class Csv
{
    Q_DECLARE_TR_FUNCTIONS(Csv)
};

} // namespace

CsvTable parseCsv(const QString &text, QChar separator, const CsvLimits &limits)
{
    CsvTable table;
    int line = 1;
    int recordLine = 1;
    QStringList fields;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool recordHasContent = false;

    auto fail = [&](int at, const QString &message) {
        table.error = message;
        table.errorLine = at;
        return table;
    };
    auto endRecord = [&]() {
        fields << field;
        field.clear();
        const bool blank = !recordHasContent && fields.size() == 1 && fields.front().isEmpty();
        if (!blank) {
            if (table.header.isEmpty() && table.records.empty())
                table.header = fields;
            else
                table.records.push_back({recordLine, fields});
        }
        fields.clear();
        recordHasContent = false;
        fieldWasQuoted = false;
    };

    const qsizetype size = text.size();
    qsizetype i = (size > 0 && text.at(0) == QChar(0xFEFF)) ? 1 : 0;
    for (; i < size; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            if (!field.trimmed().isEmpty() || fieldWasQuoted)
                return fail(line, Csv::tr("a quote inside an unquoted field"));
            field.clear();
            inQuotes = true;
            fieldWasQuoted = true;
            recordHasContent = true;
        } else if (c == separator) {
            fields << field;
            field.clear();
            fieldWasQuoted = false;
            recordHasContent = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            recordLine = line;
            if (qsizetype(table.records.size()) > limits.maxRecords)
                return fail(line, Csv::tr("more than %1 rows").arg(limits.maxRecords));
        } else {
            if (fieldWasQuoted && !c.isSpace())
                return fail(line, Csv::tr("text after a closing quote"));
            field += c;
            recordHasContent = recordHasContent || !c.isSpace();
        }
        if (field.size() > limits.maxFieldChars)
            return fail(line, Csv::tr("a field longer than %1 characters").arg(limits.maxFieldChars));
    }
    if (inQuotes)
        return fail(recordLine, Csv::tr("a quoted field is not closed"));
    if (recordHasContent || !field.isEmpty() || !fields.isEmpty())
        endRecord();
    return table;
}

CsvTable readCsvFile(const QString &path, const CsvLimits &limits)
{
    return readCsvFile(path, QLatin1Char(','), limits);
}

CsvTable readCsvFile(const QString &path, QChar separator, const CsvLimits &limits)
{
    CsvTable table;
    const BoundedRead read = readFileBounded(path, limits.maxBytes);
    if (read.problem == BoundedRead::Problem::CannotOpen) {
        table.error = read.openError;
        return table;
    }
    if (read.problem == BoundedRead::Problem::TooLarge) {
        table.error = Csv::tr("the file is larger than %1 MiB").arg(limits.maxBytes >> 20);
        return table;
    }
    const QByteArray &bytes = read.bytes;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        // Name the line of the first invalid byte so the user can find it.
        int line = 1;
        const QByteArrayList lines = bytes.split('\n');
        for (int l = 0; l < lines.size(); ++l) {
            QStringDecoder lineDecoder(QStringDecoder::Utf8);
            const QString decoded = lineDecoder.decode(lines[l]);
            if (lineDecoder.hasError()) {
                line = l + 1;
                break;
            }
        }
        table.error = Csv::tr("not valid UTF-8 text");
        table.errorLine = line;
        return table;
    }
    return parseCsv(text, separator, limits);
}

QChar guessCsvSeparator(const QString &text)
{
    int counts[3] = {0, 0, 0};
    const QChar candidates[3] = {QLatin1Char('\t'), QLatin1Char(';'), QLatin1Char(',')};
    bool inQuotes = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            inQuotes = !inQuotes;
        else if (!inQuotes && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        for (int k = 0; k < 3 && !inQuotes; ++k) {
            if (c == candidates[k])
                ++counts[k];
        }
    }
    int best = 2;
    for (int k = 0; k < 3; ++k) {
        if (counts[k] > counts[best])
            best = k;
    }
    return candidates[best];
}

QString csvField(const QString &value, QChar separator)
{
    if (!value.contains(separator) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace taktflow::core::io
