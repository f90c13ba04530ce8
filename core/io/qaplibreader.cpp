// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/qaplibreader.h"

#include "core/io/boundedread.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>

namespace taktflow::core {

namespace {

// A class, not a free tr() helper, so that lupdate sees the same context as the runtime.
class QapLibTr
{
    Q_DECLARE_TR_FUNCTIONS(QapLibReader)
};

QString located(const QString &fileName, int line, const QString &problem)
{
    return QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(problem);
}

// Walks whitespace-separated tokens and counts lines, so errors can say where they are.
class Tokenizer
{
public:
    explicit Tokenizer(const QByteArray &data)
        : mData(data)
    {
    }

    /** The next token, or an empty view at the end; line() is then the token's line. */
    QByteArrayView next()
    {
        const qsizetype size = mData.size();
        while (mPos < size && isSpace(mData[mPos])) {
            if (mData[mPos] == '\n')
                ++mLine;
            ++mPos;
        }
        const qsizetype begin = mPos;
        while (mPos < size && !isSpace(mData[mPos]))
            ++mPos;
        return QByteArrayView(mData.constData() + begin, mPos - begin);
    }

    int line() const { return mLine; }

private:
    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

    const QByteArray &mData;
    qsizetype mPos = 0;
    int mLine = 1;
};

std::optional<std::int64_t> parseInteger(QByteArrayView token, bool &overflow)
{
    overflow = false;
    qsizetype i = 0;
    bool negative = false;
    if (i < token.size() && (token[i] == '-' || token[i] == '+')) {
        negative = token[i] == '-';
        ++i;
    }
    if (i == token.size())
        return std::nullopt;
    // Accumulate as a negative number so that the most negative 64-bit value still parses.
    std::int64_t value = 0;
    constexpr std::int64_t lowest = std::numeric_limits<std::int64_t>::min();
    for (; i < token.size(); ++i) {
        const char c = token[i];
        if (c < '0' || c > '9')
            return std::nullopt;
        const int digit = c - '0';
        if (value < (lowest + digit) / 10) {
            overflow = true;
            return std::nullopt;
        }
        value = value * 10 - digit;
    }
    if (!negative) {
        if (value == lowest) {
            overflow = true;
            return std::nullopt;
        }
        value = -value;
    }
    return value;
}

QString shortToken(QByteArrayView token)
{
    QString text = QString::fromUtf8(token.first(std::min<qsizetype>(token.size(), 24)));
    if (token.size() > 24)
        text += QStringLiteral("...");
    return text;
}

} // namespace

QapLibReadResult parseQapLib(const QByteArray &data, const QString &fileName)
{
    QapLibReadResult result;
    Tokenizer tokens(data);
    bool overflow = false;

    QByteArrayView token = tokens.next();
    if (token.isEmpty()) {
        result.error = located(fileName, tokens.line(), QapLibTr::tr("the file is empty; expected the size n"));
        return result;
    }
    const std::optional<std::int64_t> n = parseInteger(token, overflow);
    if (!n) {
        result.error = located(fileName, tokens.line(),
                               QapLibTr::tr("expected the size n as an integer, found \"%1\"").arg(shortToken(token)));
        return result;
    }
    if (*n < 1 || *n > qapLibMaxSize) {
        result.error = located(fileName, tokens.line(),
                               QapLibTr::tr("the size n = %1 is outside 1..%2").arg(*n).arg(qapLibMaxSize));
        return result;
    }
    const std::size_t size = std::size_t(*n);
    result.problem.n = int(*n);
    result.problem.flow.reserve(size * size);
    result.problem.distance.reserve(size * size);

    for (int matrix = 0; matrix < 2; ++matrix) {
        std::vector<std::int64_t> &values = matrix == 0 ? result.problem.flow : result.problem.distance;
        const QString name = matrix == 0 ? QapLibTr::tr("flow matrix A") : QapLibTr::tr("distance matrix B");
        for (std::size_t k = 0; k < size * size; ++k) {
            token = tokens.next();
            if (token.isEmpty()) {
                result.error = located(fileName, tokens.line(),
                                       QapLibTr::tr("the file ends after %1 of the %2 values of the %3")
                                           .arg(k)
                                           .arg(size * size)
                                           .arg(name));
                return result;
            }
            const std::optional<std::int64_t> value = parseInteger(token, overflow);
            if (!value) {
                result.error = located(
                    fileName, tokens.line(),
                    overflow
                        ? QapLibTr::tr("the number %1 does not fit a 64-bit integer").arg(shortToken(token))
                        : QapLibTr::tr("expected an integer in the %1, found \"%2\"").arg(name, shortToken(token)));
                return result;
            }
            values.push_back(*value);
        }
    }
    token = tokens.next();
    if (!token.isEmpty()) {
        result.error = located(fileName, tokens.line(),
                               QapLibTr::tr("unexpected data \"%1\" after the two matrices").arg(shortToken(token)));
        return result;
    }
    const QString problem = validateQap(result.problem);
    if (!problem.isEmpty()) {
        result.error = located(fileName, 1, problem);
        return result;
    }
    return result;
}

QapLibReadResult readQapLibFile(const QString &path)
{
    QapLibReadResult result;
    const QString &name = path;
    const BoundedRead read = readFileBounded(path, qapLibMaxFileBytes);
    if (read.problem == BoundedRead::Problem::CannotOpen) {
        result.error = located(name, 1, QapLibTr::tr("cannot open the file: %1").arg(read.openError));
        return result;
    }
    if (read.problem == BoundedRead::Problem::TooLarge) {
        result.error =
            located(name, 1, QapLibTr::tr("the file is larger than %1 MB").arg(qapLibMaxFileBytes / (1024 * 1024)));
        return result;
    }
    return parseQapLib(read.bytes, name);
}

} // namespace taktflow::core
