// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/arrangement/qapsolver.h"

#include <QByteArray>
#include <QString>

namespace taktflow::core {

/** The outcome of reading a QAPLIB instance: a problem, or a message naming file and line. */
struct QapLibReadResult {
    QapProblem problem;
    /** Empty on success, else a translated "FILE:LINE: problem" message. */
    QString error;
    bool ok() const { return error.isEmpty(); }
};

/** Largest accepted instance size and file size; files are untrusted input. */
inline constexpr int qapLibMaxSize = 1000;
inline constexpr qint64 qapLibMaxFileBytes = 64LL * 1024 * 1024;

/**
 * Reads a QAPLIB `.dat` file: n, then the flow matrix A and the distance matrix B, n x n each,
 * as whitespace-separated integers (line breaks anywhere). Rejects non-integers, values that
 * do not fit 64 bits or could overflow a cost, missing values and trailing data.
 */
QapLibReadResult readQapLibFile(const QString &path);

/** The same for data already in memory; `fileName` is used in messages only. */
QapLibReadResult parseQapLib(const QByteArray &data, const QString &fileName);

} // namespace taktflow::core
