// SPDX-License-Identifier: GPL-3.0-or-later
// The instance tables of ../shared/datasets/salbp/ (Scholl and Otto CSV files) for the SALBP
// benchmarks.
#pragma once

#include <QFile>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace taktflow::bench {

struct Instance {
    QString name;
    QString file;
    int taskCount = 0;
    qint64 parameter = 0; // cycle time (SALBP-1) or stations (SALBP-2)
    qint64 lower = 0;     // best known bounds on the objective
    qint64 upper = 0;
};

/**
 * Reads the leading columns of a dataset table (the quoted source column comes last): rows of
 * `set` when the table has a set column; parameter = stations (salbp2) or cycle time.
 */
inline std::vector<Instance> readTable(const QString &path, const QString &folder, const QString &set, bool salbp2)
{
    std::vector<Instance> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    const QStringList header = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(','));
    const auto col = [&](const char *name) { return header.indexOf(QString::fromLatin1(name)); };
    const int cInstance = col("instance");
    const int cFile = col("file");
    const int cTasks = col("n_tasks");
    const int cParam = col(salbp2 ? "stations" : "cycle_time");
    const int cLower = col("lb");
    const int cUpper = col("ub");
    const int cSet = col("set");
    while (!file.atEnd()) {
        const QStringList f = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(','));
        if (f.size() <= std::max({cInstance, cFile, cTasks, cParam, cLower, cUpper}))
            continue;
        if (cSet >= 0 && f[cSet] != set)
            continue;
        Instance in;
        in.name = f[cInstance];
        in.file = folder + QLatin1Char('/') + f[cFile];
        in.taskCount = f[cTasks].toInt();
        in.parameter = f[cParam].toLongLong();
        in.lower = f[cLower].toLongLong();
        in.upper = f[cUpper].toLongLong();
        rows.push_back(in);
    }
    return rows;
}

} // namespace taktflow::bench
