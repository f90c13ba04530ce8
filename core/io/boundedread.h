// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace taktflow::core {

/** A whole file read within a size limit; callers turn a failure into their own message. */
struct BoundedRead {
    enum class Problem { None, CannotOpen, TooLarge };
    Problem problem = Problem::None;
    /** The system's reason when the file could not be opened. */
    QString openError;
    QByteArray bytes;

    bool ok() const { return problem == Problem::None; }
};

/**
 * Reads at most maxBytes + 1 bytes: a device or pipe (/dev/zero) reports no size and would
 * otherwise be read without end, and one byte past the limit is enough to refuse the file.
 */
BoundedRead readFileBounded(const QString &path, qint64 maxBytes);

} // namespace taktflow::core
