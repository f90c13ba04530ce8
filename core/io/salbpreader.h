// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace taktflow::core {

/**
 * A simple assembly line balancing instance as stored in a benchmark file.
 *
 * Times are integers on the file's own grid: both formats store whole time units, and a file
 * with decimals is accepted up to three places, scaled by ticksPerUnit (10, 100 or 1000) so
 * that the solver still works on exact integers.
 */
struct SalbpInstance {
    QString path;
    /** Task times in ticks; task i of the file (1-based) is index i - 1. */
    std::vector<std::int64_t> taskTimes;
    /** Direct precedence relations (before, after), 0-based. */
    std::vector<std::pair<int, int>> precedences;
    /** Cycle time in ticks when the file gives one (.alb); .IN2 files have none. */
    std::optional<std::int64_t> cycleTime;
    /** Ticks per time unit of the file: 1 unless the file used decimals. */
    std::int64_t ticksPerUnit = 1;
};

/** Outcome of reading a file: an instance, or a translated message "FILE:LINE: problem". */
struct SalbpReadResult {
    std::optional<SalbpInstance> instance;
    QString errorMessage;

    explicit operator bool() const { return instance.has_value(); }
};

/**
 * Reads a Scholl .IN2 file: task count, one time per line, "i,j" precedence pairs and the end
 * mark "-1,-1". Anything after the end mark (source notes, a 0x1A EOF byte, Latin-1 text) is
 * ignored; CRLF and LF both work. Checks that the graph has no cycle and names only known tasks.
 */
SalbpReadResult readIn2File(const QString &path);

/** Reads an Otto et al. (2013) .alb file with tagged sections; same checks as readIn2File. */
SalbpReadResult readAlbFile(const QString &path);

/** Chooses the reader from the extension (.in2 or .alb, any case). */
SalbpReadResult readSalbpFile(const QString &path);

/** Parses the text of an .IN2 file; path is used only in messages. */
SalbpReadResult parseIn2(const QByteArray &data, const QString &path);

/** Parses the text of an .alb file; path is used only in messages. */
SalbpReadResult parseAlb(const QByteArray &data, const QString &path);

} // namespace taktflow::core
