// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/common/processrunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace taktflow::test {

/** Runs `taktflow-cli simulate ARGS...`. */
inline ProcessOutput simulate(const QStringList &arguments)
{
    return runProcess(QStringLiteral(TAKTFLOW_CLI), QStringList{QStringLiteral("simulate")} + arguments);
}

inline QString simulationData(const char *name)
{
    return QStringLiteral(TAKTFLOW_TEST_DATA "/simulation/") + QString::fromLatin1(name);
}

inline QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace taktflow::test
