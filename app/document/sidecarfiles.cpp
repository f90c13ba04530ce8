// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/document/sidecarfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace taktflow::app {

namespace {

QString hiddenBeside(const QString &projectPath, const QString &suffix)
{
    const QFileInfo info(projectPath);
    return info.absoluteDir().filePath(QLatin1Char('.') + info.fileName() + suffix);
}

} // namespace

QString lockPathFor(const QString &projectPath)
{
    return hiddenBeside(projectPath, QStringLiteral(".lock"));
}

QString recoveryPathFor(const QString &projectPath)
{
    return hiddenBeside(projectPath, QStringLiteral(".recovery"));
}

QString untitledRecoveryFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("recovery"));
}

} // namespace taktflow::app
