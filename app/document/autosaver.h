// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/project.h"
#include "core/storage/projectfile.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QString>

#include <memory>

class QLockFile;
class QTimer;

namespace taktflow::app {

class ProjectDocument;

/** An autosave left behind by a Taktflow that did not close normally. */
struct RecoveryCandidate {
    /** The recovery file. */
    QString recoveryPath;
    /** The project it belongs to; empty for an untitled project. */
    QString projectPath;
    QDateTime savedAt;
    bool isValid() const { return !recoveryPath.isEmpty(); }
};

/**
 * Autosaves unsaved work: every interval (setting "autosave/intervalMinutes", default 3, 0 =
 * off) a modified document is written to its recovery file (".NAME.recovery" beside the
 * project, or the application data folder for untitled work), atomically and on a worker
 * thread, never over the project itself. A clean save, closing without saving and opening
 * another project remove the recovery file; a crash leaves it for the next start.
 */
class Autosaver : public QObject
{
    Q_OBJECT

public:
    explicit Autosaver(ProjectDocument *document, QObject *parent = nullptr);
    ~Autosaver() override;

    /** Minutes between autosaves from the settings (environment TAKTFLOW_AUTOSAVE_INTERVAL_MS overrides, for tests). */
    static int configuredIntervalMs();
    static void setConfiguredIntervalMinutes(int minutes);
    /** Restarts the timer; 0 turns autosave off. */
    void setIntervalMs(int ms);
    int intervalMs() const;

    /** The recovery file the document's work goes to now. */
    QString recoveryPath() const;
    /** Writes the recovery file now when there are unsaved changes not yet autosaved; returns at once. */
    void autosaveNow();
    /** Blocks until a running autosave has finished (closing, tests). */
    void waitForFinished();
    /** Removes the recovery file: the work is saved or deliberately discarded. */
    void discardRecovery();

    /**
     * An autosave of projectPath newer than the project, or for an empty path the newest
     * untitled autosave whose Taktflow is no longer running. Invalid when there is none.
     */
    static RecoveryCandidate findRecovery(const QString &projectPath);
    /** Loads a candidate into the document (marked modified) and takes its recovery file over. */
    core::FileResult restore(const RecoveryCandidate &candidate);
    /** Deletes a candidate the user declined. */
    static void discard(const RecoveryCandidate &candidate);

signals:
    void autosaved(const QString &recoveryPath);
    void autosaveFailed(const QString &message);

private:
    void documentChanged();
    void pathChanged();
    void writeFinished();
    QString untitledPath();

    ProjectDocument *mDocument;
    QTimer *mTimer;
    /** Edits since the last autosave. */
    bool mDirty = false;
    QString mCurrentRecovery;
    /** Held while this session owns an untitled recovery file, so a later start knows it is alive. */
    std::unique_ptr<QLockFile> mUntitledLock;
    QString mUntitledPath;
    QFuture<core::FileResult> mWrite;
    QString mWritingTo;
    /** Set when the recovery file was discarded while a write to it was running. */
    bool mDiscardAfterWrite = false;
};

} // namespace taktflow::app
