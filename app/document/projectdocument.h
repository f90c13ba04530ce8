// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/project.h"
#include "core/storage/projectfile.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

namespace taktflow::app {

/**
 * The open project: the model, its file and its undo stack. Views read the model through
 * project() and listen to the signals; they change it only by pushing commands onto
 * undoStack(), and commands call the edit functions below.
 */
class ProjectDocument : public QObject
{
    Q_OBJECT

public:
    explicit ProjectDocument(QObject *parent = nullptr);

    const core::Project &project() const { return mProject; }
    QString filePath() const { return mFilePath; }
    /** The name shown in the title bar: file name, or "Untitled". */
    QString displayName() const;
    bool isModified() const { return !mUndoStack.isClean(); }
    QUndoStack *undoStack() { return &mUndoStack; }

    /** Replaces the model with a new one (New, Open, sample); clears undo history. */
    void reset(core::Project project, const QString &filePath);
    core::FileResult open(const QString &path);
    core::FileResult saveAs(const QString &path);

    /** For commands only: direct access to the model, followed by a matching notify call. */
    core::Project &mutableProject() { return mProject; }
    void notifyVariantsChanged() { emit variantsChanged(); }
    void notifyItemsChanged(const QString &variantId) { emit itemsChanged(variantId); }

signals:
    /** The whole model was replaced. */
    void projectReset();
    void variantsChanged();
    void itemsChanged(const QString &variantId);
    void filePathChanged(const QString &path);
    void modifiedChanged(bool modified);

private:
    core::Project mProject;
    QString mFilePath;
    QUndoStack mUndoStack;
};

} // namespace taktflow::app
