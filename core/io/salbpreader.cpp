// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/salbpreader.h"

#include "core/io/boundedread.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace taktflow::core {

namespace {

// A class, not a free tr() helper, so that lupdate sees the same context as the runtime.
class SalbpTr
{
    Q_DECLARE_TR_FUNCTIONS(SalbpReader)
};

struct Line {
    int number = 0;
    QByteArray text;
};

// Splits into trimmed lines; stops at a DOS EOF byte because some old files end with one.
std::vector<Line> splitLines(const QByteArray &data)
{
    std::vector<Line> lines;
    int number = 1;
    qsizetype start = 0;
    const qsizetype end = data.indexOf('\x1a') >= 0 ? data.indexOf('\x1a') : data.size();
    for (qsizetype i = 0; i <= end; ++i) {
        if (i == end || data[i] == '\n') {
            lines.push_back({number, data.mid(start, i - start).trimmed()});
            ++number;
            start = i + 1;
        }
    }
    return lines;
}

// A time with up to three decimals, kept as an integer number of thousandths.
std::optional<std::int64_t> parseMilli(const QByteArray &token, int &decimals)
{
    static constexpr int kMaxDecimals = 3;
    const qsizetype dot = token.indexOf('.');
    const QByteArray whole = dot < 0 ? token : token.left(dot);
    const QByteArray frac = dot < 0 ? QByteArray() : token.mid(dot + 1);
    if (whole.isEmpty() || frac.size() > kMaxDecimals || (dot >= 0 && frac.isEmpty()))
        return std::nullopt;
    const auto digitsOnly = [](const QByteArray &s) {
        return std::all_of(s.begin(), s.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
    };
    if (!digitsOnly(whole) || !digitsOnly(frac) || whole.size() > 12)
        return std::nullopt;
    std::int64_t value = whole.toLongLong();
    for (int i = 0; i < kMaxDecimals; ++i)
        value = value * 10 + (i < frac.size() ? frac[i] - '0' : 0);
    decimals = std::max(decimals, int(frac.size()));
    return value;
}

// Far above real lines (the largest benchmark sets have 1,000 tasks); a crafted count must
// not make the reader allocate gigabytes.
constexpr int kMaxTasks = 100000;

std::optional<int> parseIndex(const QByteArray &token)
{
    bool ok = false;
    const int value = token.trimmed().toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

class Builder
{
public:
    explicit Builder(QString path)
        : mPath(std::move(path))
    {
    }

    SalbpReadResult fail(int line, const QString &problem) const
    {
        SalbpReadResult result;
        result.errorMessage = QStringLiteral("%1:%2: %3").arg(mPath).arg(line).arg(problem);
        return result;
    }

    QString mPath;
    std::vector<std::int64_t> milliTimes;
    std::vector<int> timeLines;
    std::vector<std::pair<int, int>> edges;
    std::vector<int> edgeLines;
    std::optional<std::int64_t> milliCycle;
    int decimals = 0;

    // Validates the graph and converts thousandths to the coarsest exact grid.
    SalbpReadResult finish(int lastLine) const
    {
        const int n = int(milliTimes.size());
        for (std::size_t e = 0; e < edges.size(); ++e) {
            const auto [a, b] = edges[e];
            if (a < 0 || a >= n || b < 0 || b >= n)
                return fail(edgeLines[e], SalbpTr::tr("precedence names task %1, but the tasks are numbered 1 to %2")
                                              .arg(a < 0 || a >= n ? a + 1 : b + 1)
                                              .arg(n));
            if (a == b)
                return fail(edgeLines[e], SalbpTr::tr("task %1 cannot precede itself").arg(a + 1));
        }
        if (const int cycleEdge = findCycleEdge(); cycleEdge >= 0)
            return fail(edgeLines[std::size_t(cycleEdge)],
                        SalbpTr::tr("the precedence relations form a cycle through task %1")
                            .arg(edges[std::size_t(cycleEdge)].second + 1));
        if (n == 0)
            return fail(lastLine, SalbpTr::tr("the file defines no tasks"));
        std::int64_t divisor = 1;
        for (int i = decimals; i < 3; ++i)
            divisor *= 10;
        SalbpInstance instance;
        instance.path = mPath;
        instance.ticksPerUnit = 1000 / divisor;
        for (const std::int64_t t : milliTimes)
            instance.taskTimes.push_back(t / divisor);
        if (milliCycle)
            instance.cycleTime = *milliCycle / divisor;
        instance.precedences = edges;
        std::sort(instance.precedences.begin(), instance.precedences.end());
        instance.precedences.erase(std::unique(instance.precedences.begin(), instance.precedences.end()),
                                   instance.precedences.end());
        SalbpReadResult result;
        result.instance = std::move(instance);
        return result;
    }

private:
    // Returns the index of an edge that lies on a cycle, or -1.
    int findCycleEdge() const
    {
        const int n = int(milliTimes.size());
        std::vector<int> indegree(static_cast<std::size_t>(n), 0);
        std::vector<std::vector<int>> out(static_cast<std::size_t>(n));
        for (std::size_t e = 0; e < edges.size(); ++e) {
            out[std::size_t(edges[e].first)].push_back(int(e));
            ++indegree[std::size_t(edges[e].second)];
        }
        std::vector<int> ready;
        for (int i = 0; i < n; ++i)
            if (indegree[std::size_t(i)] == 0)
                ready.push_back(i);
        int done = 0;
        while (!ready.empty()) {
            const int v = ready.back();
            ready.pop_back();
            ++done;
            for (const int e : out[std::size_t(v)])
                if (--indegree[std::size_t(edges[std::size_t(e)].second)] == 0)
                    ready.push_back(edges[std::size_t(e)].second);
        }
        if (done == n)
            return -1;
        // Every task left has a predecessor left; walking back n steps lands on a cycle.
        std::vector<int> inEdge(static_cast<std::size_t>(n), -1);
        for (std::size_t e = 0; e < edges.size(); ++e)
            if (indegree[std::size_t(edges[e].first)] > 0 && indegree[std::size_t(edges[e].second)] > 0)
                inEdge[std::size_t(edges[e].second)] = int(e);
        int v = 0;
        while (indegree[std::size_t(v)] == 0)
            ++v;
        for (int step = 0; step < n; ++step)
            v = edges[std::size_t(inEdge[std::size_t(v)])].first;
        return inEdge[std::size_t(v)];
    }
};

bool parsePair(const QByteArray &text, int &a, int &b)
{
    const QList<QByteArray> parts = text.split(',');
    if (parts.size() != 2)
        return false;
    const auto first = parseIndex(parts[0]);
    const auto second = parseIndex(parts[1]);
    if (!first || !second)
        return false;
    a = *first;
    b = *second;
    return true;
}

} // namespace

SalbpReadResult parseIn2(const QByteArray &data, const QString &path)
{
    Builder builder(path);
    const std::vector<Line> lines = splitLines(data);
    std::size_t at = 0;
    const auto nextNonEmpty = [&]() -> const Line * {
        while (at < lines.size() && lines[at].text.isEmpty())
            ++at;
        return at < lines.size() ? &lines[at++] : nullptr;
    };
    const int lastLine = lines.empty() ? 1 : lines.back().number;
    const Line *header = nextNonEmpty();
    if (!header)
        return builder.fail(1, SalbpTr::tr("the file is empty; expected the number of tasks"));
    const auto count = parseIndex(header->text);
    if (!count || *count <= 0)
        return builder.fail(
            header->number,
            SalbpTr::tr("expected the number of tasks, found \"%1\"").arg(QString::fromLatin1(header->text)));
    if (*count > kMaxTasks)
        return builder.fail(header->number,
                            SalbpTr::tr("%1 tasks is more than the limit of %2").arg(*count).arg(kMaxTasks));
    for (int i = 0; i < *count; ++i) {
        const Line *line = nextNonEmpty();
        if (!line)
            return builder.fail(lastLine, SalbpTr::tr("the file ends after %1 of %2 task times").arg(i).arg(*count));
        const auto value = parseMilli(line->text, builder.decimals);
        if (!value)
            return builder.fail(line->number, SalbpTr::tr("task %1: \"%2\" is not a valid task time")
                                                  .arg(i + 1)
                                                  .arg(QString::fromLatin1(line->text)));
        builder.milliTimes.push_back(*value);
        builder.timeLines.push_back(line->number);
    }
    while (true) {
        const Line *line = nextNonEmpty();
        if (!line)
            return builder.fail(lastLine, SalbpTr::tr("the end mark \"-1,-1\" is missing"));
        int a = 0;
        int b = 0;
        if (!parsePair(line->text, a, b))
            return builder.fail(
                line->number,
                SalbpTr::tr("expected a precedence pair \"i,j\", found \"%1\"").arg(QString::fromLatin1(line->text)));
        if (a == -1 && b == -1)
            break;
        builder.edges.emplace_back(a - 1, b - 1);
        builder.edgeLines.push_back(line->number);
    }
    return builder.finish(lastLine);
}

SalbpReadResult parseAlb(const QByteArray &data, const QString &path)
{
    Builder builder(path);
    const std::vector<Line> lines = splitLines(data);
    enum class Section { None, Count, Cycle, Skip, Times, Precedence };
    Section section = Section::None;
    std::optional<int> count;
    int countLine = 1;
    bool ended = false;
    std::vector<bool> seen;
    for (const Line &line : lines) {
        if (line.text.isEmpty())
            continue;
        if (line.text.startsWith('<')) {
            const QByteArray tag = line.text.toLower();
            if (tag == "<end>") {
                ended = true;
                break;
            }
            if (tag == "<number of tasks>")
                section = Section::Count;
            else if (tag == "<cycle time>")
                section = Section::Cycle;
            else if (tag == "<task times>")
                section = Section::Times;
            else if (tag == "<precedence relations>")
                section = Section::Precedence;
            else
                section = Section::Skip;
            if ((section == Section::Times || section == Section::Precedence) && !count)
                return builder.fail(line.number, SalbpTr::tr("the number of tasks must come before this section"));
            continue;
        }
        switch (section) {
        case Section::None:
            return builder.fail(line.number, SalbpTr::tr("expected a section tag such as <number of tasks>"));
        case Section::Skip: break;
        case Section::Count:
            if (count)
                return builder.fail(line.number,
                                    SalbpTr::tr("a second number of tasks; the first is on line %1").arg(countLine));
            count = parseIndex(line.text);
            if (!count || *count <= 0)
                return builder.fail(
                    line.number,
                    SalbpTr::tr("expected the number of tasks, found \"%1\"").arg(QString::fromLatin1(line.text)));
            if (*count > kMaxTasks)
                return builder.fail(line.number,
                                    SalbpTr::tr("%1 tasks is more than the limit of %2").arg(*count).arg(kMaxTasks));
            countLine = line.number;
            builder.milliTimes.assign(std::size_t(*count), 0);
            builder.timeLines.assign(std::size_t(*count), 0);
            seen.assign(std::size_t(*count), false);
            break;
        case Section::Cycle: {
            const auto value = parseMilli(line.text, builder.decimals);
            if (!value || *value <= 0)
                return builder.fail(
                    line.number, SalbpTr::tr("\"%1\" is not a valid cycle time").arg(QString::fromLatin1(line.text)));
            builder.milliCycle = value;
            break;
        }
        case Section::Times: {
            const QList<QByteArray> parts = line.text.simplified().split(' ');
            const auto id = parts.size() == 2 ? parseIndex(parts[0]) : std::nullopt;
            if (!id)
                return builder.fail(
                    line.number,
                    SalbpTr::tr("expected \"task time\", found \"%1\"").arg(QString::fromLatin1(line.text)));
            if (*id < 1 || *id > *count)
                return builder.fail(
                    line.number,
                    SalbpTr::tr("task %1 does not exist; the tasks are numbered 1 to %2").arg(*id).arg(*count));
            if (seen[std::size_t(*id - 1)])
                return builder.fail(line.number, SalbpTr::tr("task %1 has a second time").arg(*id));
            const auto value = parseMilli(parts[1], builder.decimals);
            if (!value)
                return builder.fail(line.number, SalbpTr::tr("task %1: \"%2\" is not a valid task time")
                                                     .arg(*id)
                                                     .arg(QString::fromLatin1(parts[1])));
            seen[std::size_t(*id - 1)] = true;
            builder.milliTimes[std::size_t(*id - 1)] = *value;
            builder.timeLines[std::size_t(*id - 1)] = line.number;
            break;
        }
        case Section::Precedence: {
            int a = 0;
            int b = 0;
            if (!parsePair(line.text, a, b))
                return builder.fail(line.number, SalbpTr::tr("expected a precedence pair \"i,j\", found \"%1\"")
                                                     .arg(QString::fromLatin1(line.text)));
            builder.edges.emplace_back(a - 1, b - 1);
            builder.edgeLines.push_back(line.number);
            break;
        }
        }
    }
    const int lastLine = lines.empty() ? 1 : lines.back().number;
    if (!count)
        return builder.fail(lastLine, SalbpTr::tr("the section <number of tasks> is missing"));
    for (std::size_t i = 0; i < seen.size(); ++i)
        if (!seen[i])
            return builder.fail(countLine, SalbpTr::tr("task %1 has no time in <task times>").arg(i + 1));
    if (!ended)
        return builder.fail(lastLine, SalbpTr::tr("the end tag <end> is missing"));
    return builder.finish(lastLine);
}

namespace {

/** Reads a benchmark file of at most 64 MiB. */
SalbpReadResult readBounded(const QString &path, SalbpReadResult (*parse)(const QByteArray &, const QString &))
{
    constexpr qint64 kMaxFileBytes = 64LL * 1024 * 1024;
    SalbpReadResult result;
    const BoundedRead read = readFileBounded(path, kMaxFileBytes);
    if (read.problem == BoundedRead::Problem::CannotOpen) {
        result.errorMessage =
            QStringLiteral("%1:0: %2").arg(path, SalbpTr::tr("cannot open the file: %1").arg(read.openError));
        return result;
    }
    if (read.problem == BoundedRead::Problem::TooLarge) {
        result.errorMessage = QStringLiteral("%1:0: %2")
                                  .arg(path, SalbpTr::tr("the file is larger than %1 MiB").arg(kMaxFileBytes >> 20));
        return result;
    }
    return parse(read.bytes, path);
}

} // namespace

SalbpReadResult readIn2File(const QString &path)
{
    return readBounded(path, &parseIn2);
}

SalbpReadResult readAlbFile(const QString &path)
{
    return readBounded(path, &parseAlb);
}

SalbpReadResult readSalbpFile(const QString &path)
{
    if (QFileInfo(path).suffix().compare(QStringLiteral("alb"), Qt::CaseInsensitive) == 0)
        return readAlbFile(path);
    return readIn2File(path);
}

} // namespace taktflow::core
