// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/simulation/simmodel.h"

#include <QByteArray>
#include <QString>

namespace taktflow::core::simulation {

/** The outcome of reading a line model .json: a model the engine can run, or a message. */
struct LineModelReadResult {
    SimModel model;
    /** Empty on success, else a translated "FILE: JSON.PATH: problem" message (a syntax
     *  error says "FILE:LINE:COLUMN: problem"). */
    QString error;
    bool ok() const { return error.isEmpty(); }
};

/** Limits for untrusted files: a real line is far below every one of them. */
inline constexpr qint64 kLineModelMaxFileBytes = 16LL * 1024 * 1024;
inline constexpr int kLineModelMaxStations = 10000;
inline constexpr int kLineModelMaxServers = 1000;
inline constexpr int kLineModelMaxBuffer = 1000000;
/** Largest time accepted anywhere in the file (about 31.7 years); sums of such times stay finite. */
inline constexpr double kLineModelMaxTimeS = 1e9;

/**
 * Reads a line model file (schema in docs/simulation.md): "source", "stations" (name, time as
 * a distribution, servers, optional failures) and "buffers" (one per gap; null = unlimited).
 * Unknown keys are ignored. The result has no modelProblem().
 */
LineModelReadResult readLineModelFile(const QString &path);

/** The same for data already in memory; fileName is used in messages only. */
LineModelReadResult parseLineModel(const QByteArray &data, const QString &fileName);

} // namespace taktflow::core::simulation
