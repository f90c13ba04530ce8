// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlitedb.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <utility>

namespace taktflow::core::sqlite {

namespace {

// Bounds for untrusted files: generous for real projects, small enough not to exhaust memory.
// One value may be a background plan of up to 64 MiB (kMaxBackgroundBytes) in a row of a few
// more bytes; everything else is far smaller.
constexpr int kMaxValueBytes = 65 * 1024 * 1024;
constexpr int kMaxSqlBytes = 1024 * 1024;

QString messageOf(sqlite3 *db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
}

} // namespace

Database::Database(Database &&other) noexcept : mDb(std::exchange(other.mDb, nullptr)) {}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        if (mDb)
            sqlite3_close_v2(mDb);
        mDb = std::exchange(other.mDb, nullptr);
    }
    return *this;
}

Database::~Database()
{
    if (mDb)
        sqlite3_close_v2(mDb);
}

ValueResult<Database> Database::open(const QString &path, int flags)
{
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags | SQLITE_OPEN_NOFOLLOW, nullptr);
    Database result(db);
    if (rc != SQLITE_OK)
        return ValueResult<Database>::failure(messageOf(db));
    result.applyDefensiveSettings();
    return {std::move(result), {}};
}

void Database::applyDefensiveSettings()
{
    // Untrusted files: no schema-level code (triggers, views, functions) runs, no extensions
    // load, no writes to the schema through PRAGMA writable_schema, and sizes are capped.
    sqlite3_db_config(mDb, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(mDb, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(mDb, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(mDb, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(mDb, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_limit(mDb, SQLITE_LIMIT_LENGTH, kMaxValueBytes);
    sqlite3_limit(mDb, SQLITE_LIMIT_SQL_LENGTH, kMaxSqlBytes);
    sqlite3_limit(mDb, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_exec(mDb, "PRAGMA cell_size_check=ON; PRAGMA foreign_keys=ON;", nullptr, nullptr, nullptr);
}

ValueResult<Database> Database::openReadOnly(const QString &path)
{
    return open(path, SQLITE_OPEN_READONLY);
}

ValueResult<Database> Database::openForWriting(const QString &path)
{
    return open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
}

ValueResult<Database> Database::openMemory()
{
    return open(QStringLiteral(":memory:"), SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY);
}

Result Database::copyFrom(Database &source)
{
    sqlite3_backup *backup = sqlite3_backup_init(mDb, "main", source.mDb, "main");
    if (!backup)
        return Result::failure(messageOf(mDb));
    const int stepRc = sqlite3_backup_step(backup, -1);
    const int finishRc = sqlite3_backup_finish(backup);
    if (stepRc != SQLITE_DONE || finishRc != SQLITE_OK)
        return Result::failure(QString::fromUtf8(sqlite3_errstr(stepRc != SQLITE_DONE ? stepRc : finishRc)));
    return Result::success();
}

Result Database::exec(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(mDb, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        Result failed = Result::failure(message ? QString::fromUtf8(message) : messageOf(mDb));
        sqlite3_free(message);
        return failed;
    }
    return Result::success();
}

ValueResult<std::int64_t> Database::queryInt(const char *sql)
{
    Statement statement(*this, sql);
    if (statement.next()) {
        const std::int64_t value = statement.integer(0);
        if (statement.typeError().isEmpty())
            return {value, {}};
        return ValueResult<std::int64_t>::failure(statement.typeError());
    }
    return ValueResult<std::int64_t>::failure(statement.error());
}

ValueResult<QString> Database::queryText(const char *sql)
{
    Statement statement(*this, sql);
    if (statement.next())
        return {statement.text(0), {}};
    return ValueResult<QString>::failure(statement.error());
}

QString Database::lastError() const
{
    return messageOf(mDb);
}

Statement::Statement(Database &db, const char *sql) : mDb(db.handle())
{
    if (sqlite3_prepare_v3(mDb, sql, -1, SQLITE_PREPARE_PERSISTENT, &mStmt, nullptr) != SQLITE_OK) {
        mError = messageOf(mDb);
        mStmt = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(mStmt);
}

void Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(mStmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void Statement::bind(int index, double value)
{
    sqlite3_bind_double(mStmt, index, value);
}

void Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(mStmt, index, value);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(mStmt, index);
}

void Statement::bindBlob(int index, const QByteArray &value)
{
    // An empty QByteArray has a null pointer, which SQLite would store as NULL, not as a blob.
    sqlite3_bind_blob64(mStmt, index, value.isEmpty() ? "" : value.constData(), sqlite3_uint64(value.size()),
                        SQLITE_TRANSIENT);
}

void Statement::bind(int index, std::optional<double> value)
{
    if (value)
        bind(index, *value);
    else
        bindNull(index);
}

bool Statement::next()
{
    if (!mStmt)
        return false;
    const int rc = sqlite3_step(mStmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        mError = messageOf(mDb);
    return false;
}

bool Statement::run()
{
    if (!mStmt)
        return false;
    const int rc = sqlite3_step(mStmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        mError = messageOf(mDb);
        sqlite3_reset(mStmt);
        return false;
    }
    reset();
    return true;
}

void Statement::reset()
{
    sqlite3_reset(mStmt);
    sqlite3_clear_bindings(mStmt);
}

void Statement::noteTypeError(int column, const char *expected)
{
    if (!mTypeError.isEmpty())
        return;
    static const char *const kTypeNames[] = {"?", "INTEGER", "REAL", "TEXT", "BLOB", "NULL"};
    const int type = sqlite3_column_type(mStmt, column);
    mTypeError = QCoreApplication::translate("Storage", "column '%1' holds %2, expected %3")
                     .arg(QString::fromUtf8(sqlite3_column_name(mStmt, column)),
                          QString::fromLatin1(kTypeNames[type >= 1 && type <= 5 ? type : 0]),
                          QString::fromLatin1(expected));
}

QByteArray Statement::blob(int column)
{
    if (sqlite3_column_type(mStmt, column) != SQLITE_BLOB) {
        noteTypeError(column, "BLOB");
        return {};
    }
    const void *data = sqlite3_column_blob(mStmt, column);
    return QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(mStmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(mStmt, column) == SQLITE_NULL;
}

QString Statement::text(int column)
{
    if (sqlite3_column_type(mStmt, column) != SQLITE_TEXT) {
        noteTypeError(column, "TEXT");
        return {};
    }
    const int bytes = sqlite3_column_bytes(mStmt, column);
    if (bytes > kMaxTextBytes) {
        if (mTypeError.isEmpty())
            mTypeError = QCoreApplication::translate("Storage", "column '%1' holds a text of %2 bytes, more than %3")
                             .arg(QString::fromUtf8(sqlite3_column_name(mStmt, column)))
                             .arg(bytes)
                             .arg(kMaxTextBytes);
        return {};
    }
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(mStmt, column));
    return QString::fromUtf8(data, bytes);
}

double Statement::real(int column)
{
    const int type = sqlite3_column_type(mStmt, column);
    if (type != SQLITE_FLOAT && type != SQLITE_INTEGER) {
        noteTypeError(column, "REAL");
        return 0.0;
    }
    return sqlite3_column_double(mStmt, column);
}

std::int64_t Statement::integer(int column)
{
    if (sqlite3_column_type(mStmt, column) != SQLITE_INTEGER) {
        noteTypeError(column, "INTEGER");
        return 0;
    }
    return sqlite3_column_int64(mStmt, column);
}

std::optional<double> Statement::optionalReal(int column)
{
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

Transaction::Transaction(Database &db) : mDb(db)
{
    mActive = mDb.exec("BEGIN").ok;
}

Transaction::~Transaction()
{
    if (mActive)
        mDb.exec("ROLLBACK");
}

Result Transaction::commit()
{
    // BEGIN failed in the constructor: there is nothing to commit.
    if (!mActive)
        return Result::failure(QString());
    mActive = false;
    return mDb.exec("COMMIT");
}

} // namespace taktflow::core::sqlite
