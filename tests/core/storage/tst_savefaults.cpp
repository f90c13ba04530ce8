// SPDX-License-Identifier: GPL-3.0-or-later
// Saving when the system fails underneath: every failure must leave the old file byte for byte,
// no temporary files behind, and a message naming the file and the cause.
#include "core/storage/projectfile.h"
#include "tests/common/faultvfs.h"
#include "tests/common/generatedproject.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <unistd.h>

using namespace taktflow;

namespace {

core::Project smallProject()
{
    test::GeneratedSizes sizes;
    sizes.items = 20;
    sizes.tasks = 10;
    sizes.flows = 20;
    sizes.aisles = 2;
    return test::generateProject(sizes);
}

core::Project largeProject()
{
    test::GeneratedSizes sizes;
    sizes.items = 4000;
    sizes.tasks = 800;
    sizes.flows = 4000;
    sizes.seed = 7;
    return test::generateProject(sizes);
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** Files in a folder, hidden ones (where temporary saves live) included. */
QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

bool run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    return process.waitForFinished(20000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

/** Mounts a small tmpfs (root only; false where the system does not allow it). */
bool mountTmpfs(const QString &where, const QString &size)
{
    return ::geteuid() == 0 && run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                                              QStringLiteral("-o"), QStringLiteral("size=") + size,
                                                              QStringLiteral("tmpfs"), where});
}

/** Unmounts at scope end, so a failed check never leaves a mount behind. */
struct MountGuard {
    QString where;
    bool mounted;
    ~MountGuard()
    {
        if (mounted)
            run(QStringLiteral("umount"), {where});
    }
};

} // namespace

class TestSaveFaults : public QObject
{
    Q_OBJECT

private:
    /** The common promise after a failed save over `path` that held `before`. */
    void checkUntouched(const QString &path, const QByteArray &before, const core::FileResult &result)
    {
        QVERIFY(!result);
        QVERIFY2(result.message.contains(QDir::toNativeSeparators(path)), qPrintable(result.message));
        QVERIFY2(result.message.contains(QLatin1String("the file was not changed"))
                     || result.message.contains(QLatin1String("cannot write in folder")),
                 qPrintable(result.message));
        QCOMPARE(bytesOf(path), before);
        QCOMPARE(filesIn(QFileInfo(path).absolutePath()), QStringList{QFileInfo(path).fileName()});
        const core::LoadedProject reopened = core::openProject(path);
        QVERIFY2(reopened.result, qPrintable(reopened.result.message));
    }

private slots:
    void initTestCase() { test::installFaultVfs(); }
    void cleanup() { test::failWriteAfter(-1); }

    /** The Nth write of the new database fails (SQLITE_FULL) at many points of the save. */
    void failingWriteAnywhereLeavesTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plant.taktflow"));
        QVERIFY(core::saveProject(smallProject(), path));
        const QByteArray before = bytesOf(path);
        const core::Project large = largeProject();

        test::failWriteAfter(-1);
        QVERIFY(core::saveProject(large, dir.filePath(QStringLiteral("probe.taktflow"))));
        const int writes = test::writesSeen();
        QVERIFY2(writes > 10, "the seam saw no writes: is the fault VFS the default?");
        QFile::remove(dir.filePath(QStringLiteral("probe.taktflow")));

        int failures = 0;
        for (const int okWrites : {0, 1, 2, writes / 4, writes / 2, writes - 1}) {
            test::failWriteAfter(okWrites);
            const core::FileResult result = core::saveProject(large, path);
            checkUntouched(path, before, result);
            QVERIFY2(result.message.contains(QLatin1String("full")), qPrintable(result.message));
            ++failures;
        }
        QCOMPARE(failures, 6);
        test::failWriteAfter(-1);
        QVERIFY(core::saveProject(large, path));
        QVERIFY(*core::openProject(path).project == large);
    }

    /** A real full disk: a 512 KiB tmpfs that holds the small project but not the large one. */
    void fullDiskLeavesTheOldFile()
    {
        QTemporaryDir dir;
        const QString mountPoint = dir.filePath(QStringLiteral("small"));
        QDir().mkpath(mountPoint);
        MountGuard guard{mountPoint, mountTmpfs(mountPoint, QStringLiteral("512k"))};
        if (!guard.mounted)
            QSKIP("mounting a tmpfs needs root; the file size limit test covers the unprivileged case");
        const QString path = mountPoint + QStringLiteral("/plant.taktflow");
        QVERIFY(core::saveProject(smallProject(), path));
        const QByteArray before = bytesOf(path);
        const core::FileResult result = core::saveProject(largeProject(), path);
        checkUntouched(path, before, result);
        QVERIFY2(result.message.contains(QLatin1String("full")), qPrintable(result.message));
    }

    /** Writes past RLIMIT_FSIZE fail with EFBIG in a child process, like a disk that is full. */
    void fileSizeLimitLeavesTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plant.taktflow"));
        QVERIFY(core::saveProject(smallProject(), path));
        const QByteArray before = bytesOf(path);
        QProcess helper;
        helper.start(QStringLiteral(SAVEFAULT_HELPER), {path, QString::number(256 * 1024)});
        QVERIFY(helper.waitForFinished(60000));
        QCOMPARE(helper.exitStatus(), QProcess::NormalExit);
        QCOMPARE(helper.exitCode(), 1);
        const core::FileResult result = core::FileResult::failure(QString::fromUtf8(helper.readAllStandardOutput()).trimmed());
        checkUntouched(path, before, result);
    }

    /** A read-only folder: chmod for ordinary users; as root (which chmod does not stop) a read-only remount. */
    void readOnlyFolderIsReported()
    {
        QTemporaryDir dir;
        QString folder = dir.filePath(QStringLiteral("plans"));
        QDir().mkpath(folder);
        MountGuard guard{folder, false};
        if (::geteuid() == 0) {
            guard.mounted = mountTmpfs(folder, QStringLiteral("4m"));
            if (!guard.mounted)
                QSKIP("running as root without permission to mount: no way to make a folder read-only");
        }
        const QString path = folder + QStringLiteral("/plant.taktflow");
        QVERIFY(core::saveProject(smallProject(), path));
        const QByteArray before = bytesOf(path);
        if (guard.mounted)
            QVERIFY(run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), folder}));
        else
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        const core::FileResult result = core::saveProject(largeProject(), path);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!result);
        QVERIFY2(result.message.contains(QLatin1String("cannot write in folder")), qPrintable(result.message));
        QVERIFY2(result.message.contains(QDir::toNativeSeparators(folder)), qPrintable(result.message));
        QCOMPARE(bytesOf(path), before);
    }

    /** The project's folder vanished (a removed USB stick, a deleted share): a clear message. */
    void deletedFolderIsReported()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("stick"));
        QDir().mkpath(folder);
        const QString path = folder + QStringLiteral("/plant.taktflow");
        QVERIFY(core::saveProject(smallProject(), path));
        QVERIFY(QDir(folder).removeRecursively());
        const core::FileResult result = core::saveProject(smallProject(), path);
        QVERIFY(!result);
        QVERIFY2(result.message.contains(QDir::toNativeSeparators(path)), qPrintable(result.message));
        QVERIFY2(result.message.contains(QLatin1String("cannot write in folder")), qPrintable(result.message));
    }

    /** The file was deleted while the project was open: saving writes it anew, complete. */
    void deletedFileIsWrittenAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plant.taktflow"));
        const core::Project project = smallProject();
        QVERIFY(core::saveProject(project, path));
        QVERIFY(QFile::remove(path));
        QVERIFY(core::saveProject(project, path));
        QVERIFY(*core::openProject(path).project == project);
    }

    /** Something else now stands at the path (a folder): the rename fails and nothing is lost. */
    void pathTakenByAFolderIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plant.taktflow"));
        QDir().mkpath(path + QStringLiteral("/inside"));
        const core::FileResult result = core::saveProject(smallProject(), path);
        QVERIFY(!result);
        QVERIFY2(result.message.contains(QDir::toNativeSeparators(path)), qPrintable(result.message));
        QVERIFY(QFileInfo(path + QStringLiteral("/inside")).isDir());
        QCOMPARE(filesIn(dir.path()), QStringList());
    }

    /** Another process reads the file (holding SQLite's shared lock) while we save over it. */
    void saveWhileAnotherProcessReads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plant.taktflow"));
        const core::Project first = smallProject();
        QVERIFY(core::saveProject(first, path));
        sqlite3 *reader = nullptr;
        QCOMPARE(sqlite3_open_v2(path.toUtf8().constData(), &reader, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_exec(reader, "BEGIN; SELECT count(*) FROM sqlite_schema;", nullptr, nullptr, nullptr), SQLITE_OK);
        const core::Project second = largeProject();
        const core::FileResult result = core::saveProject(second, path);
        // The reader keeps its consistent old snapshot; the path holds the complete new file.
        sqlite3_stmt *statement = nullptr;
        QCOMPARE(sqlite3_prepare_v2(reader, "SELECT count(*) FROM item", -1, &statement, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_step(statement), SQLITE_ROW);
        const int readerItems = sqlite3_column_int(statement, 0);
        sqlite3_finalize(statement);
        sqlite3_exec(reader, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_close(reader);
        QVERIFY2(result, qPrintable(result.message));
        QCOMPARE(readerItems, int(first.variants.front().items.size()));
        QVERIFY(*core::openProject(path).project == second);
    }
};

QTEST_GUILESS_MAIN(TestSaveFaults)
#include "tst_savefaults.moc"
