// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/projectfile.h"

#include "core/storage/migrations/migrations.h"
#include "core/storage/projectreader.h"
#include "core/storage/projectwriter.h"
#include "core/storage/schema.h"
#include "core/storage/sqlitedb.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace taktflow::core {

namespace {

class ProjectFileMessages
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)

public:
    static QString in(const QString &path, const QString &problem)
    {
        return tr("%1: %2").arg(QDir::toNativeSeparators(path), problem);
    }
};

// Projects of real plants are a few MiB; this refuses absurd files before SQLite reads them.
constexpr qint64 kMaxFileBytes = qint64(1) << 30;

FileResult failure(const QString &path, const QString &problem)
{
    return FileResult::failure(ProjectFileMessages::in(path, problem));
}

sqlite::Result looksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return sqlite::Result::failure(file.errorString());
    if (file.size() > kMaxFileBytes)
        return sqlite::Result::failure(
            ProjectFileMessages::tr("the file is larger than %1 MiB").arg(kMaxFileBytes >> 20));
    const QByteArray header = file.read(16);
    if (header != QByteArray("SQLite format 3", 16))
        return sqlite::Result::failure(ProjectFileMessages::tr("not a Taktflow project (not an SQLite database)"));
    return sqlite::Result::success();
}

/** fsync a file or directory so that a rename after it cannot be reordered before the data. */
bool syncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

FileResult writeDatabase(const Project &project, const QString &path)
{
    auto db = sqlite::Database::openForWriting(path);
    if (!db)
        return FileResult::failure(db.message);
    // A fresh file that is renamed into place only when complete needs no rollback journal.
    sqlite::Result written = db->exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA page_size=4096;");
    if (written)
        written = db->exec("BEGIN");
    if (written)
        written = storage::createSchema(*db);
    if (written)
        written = storage::writeProject(*db, project);
    if (written)
        written = db->exec("COMMIT");
    if (!written)
        return FileResult::failure(written.message);
    const auto check = db->queryText("PRAGMA quick_check");
    if (!check || *check != QLatin1String("ok"))
        return FileResult::failure(check ? *check : check.message);
    return FileResult::success();
}

} // namespace

int currentSchemaVersion()
{
    return storage::kSchemaVersion;
}

LoadedProject openProject(const QString &path)
{
    LoadedProject loaded;
    if (!QFileInfo::exists(path)) {
        loaded.result = failure(path, ProjectFileMessages::tr("the file does not exist"));
        return loaded;
    }
    if (const sqlite::Result sqliteFile = looksLikeSqlite(path); !sqliteFile) {
        loaded.result = failure(path, sqliteFile.message);
        return loaded;
    }
    auto file = sqlite::Database::openReadOnly(path);
    auto db = sqlite::Database::openMemory();
    // Everything below works on an in-memory copy: checks and migrations never touch the file.
    const sqlite::Result copied = !db     ? sqlite::Result::failure(db.message)
                                  : !file ? sqlite::Result::failure(file.message)
                                          : db->copyFrom(*file);
    if (!copied) {
        loaded.result = failure(path, ProjectFileMessages::tr("cannot read the database: %1").arg(copied.message));
        return loaded;
    }
    file.value.reset();

    const auto check = db->queryText("PRAGMA quick_check");
    if (!check || *check != QLatin1String("ok")) {
        loaded.result =
            failure(path, ProjectFileMessages::tr("the database is damaged: %1").arg(check ? *check : check.message));
        return loaded;
    }
    const auto appId = db->queryInt("PRAGMA application_id");
    const auto version = db->queryInt("PRAGMA user_version");
    if (!appId || *appId != kApplicationId || !version) {
        loaded.result =
            failure(path, ProjectFileMessages::tr("not a Taktflow project (another program's SQLite database)"));
        return loaded;
    }
    if (*version > storage::kSchemaVersion) {
        loaded.result =
            failure(path, ProjectFileMessages::tr("made by a newer Taktflow (file format %1); this version reads "
                                                  "formats up to %2. Please update Taktflow.")
                              .arg(*version)
                              .arg(storage::kSchemaVersion));
        return loaded;
    }
    if (*version < storage::migrations::kOldestSupportedVersion) {
        loaded.result = failure(path, ProjectFileMessages::tr("unknown file format %1").arg(*version));
        return loaded;
    }
    loaded.fileSchemaVersion = int(*version);
    const auto expected = storage::expectedFingerprint(int(*version));
    const auto actual = storage::schemaFingerprint(*db);
    if (!expected || expected->isEmpty() || !actual || *actual != *expected) {
        loaded.result =
            failure(path, ProjectFileMessages::tr("the file's tables differ from the Taktflow format %1 (extra or "
                                                  "altered tables, triggers or views); refused for safety")
                              .arg(*version));
        return loaded;
    }
    if (*version < storage::kSchemaVersion) {
        if (const sqlite::Result migrated = storage::migrations::migrateToCurrent(*db, int(*version)); !migrated) {
            loaded.result = failure(path, migrated.message);
            return loaded;
        }
        loaded.migrated = true;
    }
    sqlite::Statement fkCheck(*db, "PRAGMA foreign_key_check");
    if (fkCheck.next()) {
        loaded.result = failure(path, ProjectFileMessages::tr("broken reference in table %1").arg(fkCheck.text(0)));
        return loaded;
    }
    auto project = storage::readProject(*db);
    if (!project) {
        loaded.result = failure(path, project.message);
        return loaded;
    }
    loaded.project = std::move(project.value);
    return loaded;
}

FileResult saveProject(const Project &project, const QString &path)
{
    const QFileInfo target(path);
    const QString dir = target.absolutePath();
    // The new file is written beside the target so the final rename stays on one file system.
    QTemporaryFile temp(dir + QLatin1String("/.") + target.fileName() + QLatin1String(".saving-XXXXXX"));
    if (!temp.open())
        return failure(path, ProjectFileMessages::tr("cannot write in folder %1: %2").arg(dir, temp.errorString()));
    const QString tempPath = temp.fileName();
    temp.close();

    FileResult written = writeDatabase(project, tempPath);
    if (!written)
        return failure(path,
                       ProjectFileMessages::tr("saving failed, the file was not changed: %1").arg(written.message));
    if (!syncPath(tempPath))
        return failure(path, ProjectFileMessages::tr("saving failed, the file was not changed: %1")
                                 .arg(QString::fromLocal8Bit(std::strerror(errno))));
    // QTemporaryFile creates 0600; a saved project gets the old file's mode, or the usual
    // 0666 less the umask for a new file.
    if (target.exists()) {
        QFile::setPermissions(tempPath, QFile::permissions(path));
    } else {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        ::chmod(QFile::encodeName(tempPath).constData(), 0666 & ~mask);
    }
    if (std::rename(QFile::encodeName(tempPath).constData(), QFile::encodeName(target.absoluteFilePath()).constData())
        != 0) {
        return failure(path, ProjectFileMessages::tr("saving failed, the file was not changed: %1")
                                 .arg(QString::fromLocal8Bit(std::strerror(errno))));
    }
    temp.setAutoRemove(false);
    syncPath(dir);
    return FileResult::success();
}

} // namespace taktflow::core
