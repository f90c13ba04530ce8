// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/document/projectdocument.h"

#include <QFileInfo>

namespace taktflow::app {

ProjectDocument::ProjectDocument(QObject *parent) : QObject(parent)
{
    connect(&mUndoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

QString ProjectDocument::displayName() const
{
    return mFilePath.isEmpty() ? tr("Untitled") : QFileInfo(mFilePath).fileName();
}

void ProjectDocument::reset(core::Project project, const QString &filePath)
{
    mUndoStack.clear();
    mProject = std::move(project);
    mFilePath = filePath;
    emit projectReset();
    emit filePathChanged(mFilePath);
    emit modifiedChanged(false);
}

core::FileResult ProjectDocument::open(const QString &path)
{
    core::LoadedProject loaded = core::openProject(path);
    if (!loaded.result)
        return loaded.result;
    // A migrated file keeps its path; it is written in the new format only on an explicit Save.
    reset(std::move(*loaded.project), path);
    return core::FileResult::success();
}

core::FileResult ProjectDocument::saveAs(const QString &path)
{
    const core::FileResult result = core::saveProject(mProject, path);
    if (!result)
        return result;
    mUndoStack.setClean();
    if (path != mFilePath) {
        mFilePath = path;
        emit filePathChanged(mFilePath);
    }
    return result;
}

} // namespace taktflow::app
