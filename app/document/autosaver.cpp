// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/document/autosaver.h"

#include "app/document/projectdocument.h"
#include "app/document/sidecarfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSettings>
#include <QTimer>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace taktflow::app {

namespace {

const QString kIntervalKey = QStringLiteral("autosave/intervalMinutes");
constexpr int kDefaultMinutes = 3;
const QString kUntitledSuffix = QStringLiteral(".taktflow.recovery");

/** True when no running Taktflow holds the lock of an untitled recovery file. */
bool isOrphan(const QString &recoveryPath)
{
    QLockFile lock(recoveryPath + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return false;
    lock.unlock();
    return true;
}

} // namespace

Autosaver::Autosaver(ProjectDocument *document, QObject *parent)
    : QObject(parent), mDocument(document), mTimer(new QTimer(this))
{
    connect(mTimer, &QTimer::timeout, this, &Autosaver::autosaveNow);
    connect(document->undoStack(), &QUndoStack::indexChanged, this, &Autosaver::documentChanged);
    connect(document->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) {
        // Saved, or undone back to the saved state: nothing left to recover.
        if (clean)
            discardRecovery();
    });
    connect(document, &ProjectDocument::projectReset, this, &Autosaver::pathChanged);
    connect(document, &ProjectDocument::filePathChanged, this, &Autosaver::pathChanged);
    connect(document, &ProjectDocument::readOnlyChanged, this, &Autosaver::pathChanged);
    mCurrentRecovery = (document->filePath().isEmpty() || document->isReadOnly()) ? QString()
                                                                                 : recoveryPathFor(document->filePath());
    setIntervalMs(configuredIntervalMs());
}

Autosaver::~Autosaver()
{
    waitForFinished();
}

int Autosaver::configuredIntervalMs()
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("TAKTFLOW_AUTOSAVE_INTERVAL_MS", &ok);
    if (ok)
        return std::max(0, fromEnvironment);
    const int minutes = QSettings().value(kIntervalKey, kDefaultMinutes).toInt();
    return std::clamp(minutes, 0, 24 * 60) * 60 * 1000;
}

void Autosaver::setConfiguredIntervalMinutes(int minutes)
{
    QSettings().setValue(kIntervalKey, std::max(0, minutes));
}

void Autosaver::setIntervalMs(int ms)
{
    mTimer->stop();
    if (ms > 0)
        mTimer->start(ms);
}

int Autosaver::intervalMs() const
{
    return mTimer->isActive() ? mTimer->interval() : 0;
}

QString Autosaver::recoveryPath() const
{
    // A read-only document's file belongs to another Taktflow, and so does its recovery file.
    if (mDocument->filePath().isEmpty() || mDocument->isReadOnly())
        return mUntitledPath;
    return recoveryPathFor(mDocument->filePath());
}

QString Autosaver::untitledPath()
{
    if (mUntitledPath.isEmpty()) {
        const QString folder = untitledRecoveryFolder();
        QDir().mkpath(folder);
        const QString path = QDir(folder).filePath(QStringLiteral("untitled-")
                                                   + QUuid::createUuid().toString(QUuid::WithoutBraces) + kUntitledSuffix);
        auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0))
            return {};
        mUntitledLock = std::move(lock);
        mUntitledPath = path;
    }
    return mUntitledPath;
}

void Autosaver::documentChanged()
{
    mDirty = mDocument->isModified();
}

void Autosaver::pathChanged()
{
    const QString now = (mDocument->filePath().isEmpty() || mDocument->isReadOnly()) ? QString()
                                                                                      : recoveryPathFor(mDocument->filePath());
    if (now == mCurrentRecovery)
        return;
    // The previous project was saved or deliberately left: its autosave is no longer needed.
    discardRecovery();
    mCurrentRecovery = now;
}

void Autosaver::autosaveNow()
{
    if (!mDirty || !mDocument->isModified() || mWrite.isRunning())
        return;
    const QString path = recoveryPath().isEmpty() ? untitledPath() : recoveryPath();
    if (path.isEmpty())
        return;
    Q_ASSERT(QFileInfo(path).absoluteFilePath() != QFileInfo(mDocument->filePath()).absoluteFilePath());
    // The copy is taken here, on the GUI thread, between two edits; writing it may take longer.
    auto project = std::make_shared<core::Project>(mDocument->project());
    mDirty = false;
    mWritingTo = path;
    mDiscardAfterWrite = false;
    mWrite = QtConcurrent::run([project, path] { return core::saveProject(*project, path); });
    mWrite.then(this, [this](const core::FileResult &) { writeFinished(); });
}

void Autosaver::writeFinished()
{
    if (mDiscardAfterWrite) {
        QFile::remove(mWritingTo);
        mDiscardAfterWrite = false;
        return;
    }
    const core::FileResult result = mWrite.result();
    if (!result) {
        mDirty = true;
        emit autosaveFailed(result.message);
        return;
    }
    emit autosaved(mWritingTo);
}

void Autosaver::waitForFinished()
{
    if (mWrite.isValid())
        mWrite.waitForFinished();
    if (mDiscardAfterWrite) {
        QFile::remove(mWritingTo);
        mDiscardAfterWrite = false;
    }
}

void Autosaver::discardRecovery()
{
    if (mWrite.isRunning())
        mDiscardAfterWrite = true;
    mDirty = mDocument->isModified();
    if (!mCurrentRecovery.isEmpty())
        QFile::remove(mCurrentRecovery);
    if (!mUntitledPath.isEmpty())
        QFile::remove(mUntitledPath);
}

RecoveryCandidate Autosaver::findRecovery(const QString &projectPath)
{
    RecoveryCandidate candidate;
    if (!projectPath.isEmpty()) {
        const QFileInfo recovery(recoveryPathFor(projectPath));
        const QFileInfo project(projectPath);
        if (recovery.isFile() && (!project.exists() || recovery.lastModified() > project.lastModified()))
            candidate = {recovery.absoluteFilePath(), project.absoluteFilePath(), recovery.lastModified()};
        return candidate;
    }
    const QDir folder(untitledRecoveryFolder());
    const QFileInfoList files =
        folder.entryInfoList({QStringLiteral("*") + kUntitledSuffix}, QDir::Files, QDir::Time);
    for (const QFileInfo &file : files) {
        if (isOrphan(file.absoluteFilePath()))
            return {file.absoluteFilePath(), QString(), file.lastModified()};
    }
    return candidate;
}

core::FileResult Autosaver::restore(const RecoveryCandidate &candidate)
{
    core::LoadedProject loaded = core::openProject(candidate.recoveryPath);
    if (!loaded.result)
        return loaded.result;
    waitForFinished();
    // The recovered state is already on disk: keep that file until the next autosave replaces it.
    mCurrentRecovery.clear();
    mDocument->restoreRecovered(std::move(*loaded.project), candidate.projectPath);
    mCurrentRecovery = candidate.projectPath.isEmpty() ? QString() : recoveryPathFor(candidate.projectPath);
    if (candidate.projectPath.isEmpty() || mDocument->isReadOnly()) {
        // An untitled session's autosave lives under this session's own name: write it, then
        // drop the orphan it came from.
        mDirty = true;
        autosaveNow();
        waitForFinished();
        if (QFileInfo::exists(mUntitledPath))
            QFile::remove(candidate.recoveryPath);
    } else {
        mDirty = false;
    }
    return core::FileResult::success();
}

void Autosaver::discard(const RecoveryCandidate &candidate)
{
    if (candidate.isValid())
        QFile::remove(candidate.recoveryPath);
}

} // namespace taktflow::app
