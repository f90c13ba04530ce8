// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/valueresult.h"
#include "core/storage/projectfile.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace taktflow::core::sqlite {

/** Longest text a Statement reads (names, ids, file references, JSON of simulation settings):
 *  no real project comes near it; a hostile file may. The simulation store refuses to write
 *  a longer JSON text, so that every saved file can be read back. */
inline constexpr int kMaxTextBytes = 1024 * 1024;

/**
 * The outcome of a database step: ok, or what failed. The storage layer has one result type;
 * inside it the message may be SQLite's own text, which openProject() and saveProject() then
 * put in context (file name, what was being done).
 */
using Result = FileResult;

/** A value from a database step, or the message saying why there is none. */
template<typename T>
using ValueResult = core::ValueResult<T>;

/** An open SQLite connection. Move-only; closes on destruction. */
class Database
{
public:
    Database() = default;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    /** Opens a file read-only with the defensive settings for untrusted input. */
    static ValueResult<Database> openReadOnly(const QString &path);
    /** Creates or opens a file for writing (used for freshly created save files only). */
    static ValueResult<Database> openForWriting(const QString &path);
    /** A private in-memory database with the same defensive settings. */
    static ValueResult<Database> openMemory();

    /** Copies the whole of source into this database (sqlite3_backup). */
    Result copyFrom(Database &source);

    /** Runs SQL without results (may hold several statements). */
    Result exec(const char *sql);
    /** Runs a query returning one integer (PRAGMA user_version ...). */
    ValueResult<std::int64_t> queryInt(const char *sql);
    /** Runs a query returning one text (PRAGMA quick_check ...). */
    ValueResult<QString> queryText(const char *sql);

    QString lastError() const;
    sqlite3 *handle() const { return mDb; }

private:
    explicit Database(sqlite3 *db) : mDb(db) {}
    static ValueResult<Database> open(const QString &path, int flags);
    void applyDefensiveSettings();

    sqlite3 *mDb = nullptr;
};

/** A prepared statement. Columns are read with type checks: untrusted files lie about types. */
class Statement
{
public:
    Statement(Database &db, const char *sql);
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    bool isValid() const { return mStmt != nullptr; }
    QString error() const { return mError; }

    void bind(int index, const QString &value);
    void bind(int index, double value);
    void bind(int index, std::int64_t value);
    void bind(int index, int value) { bind(index, std::int64_t(value)); }
    void bind(int index, bool value) { bind(index, std::int64_t(value ? 1 : 0)); }
    void bindNull(int index);
    void bindBlob(int index, const QByteArray &value);
    void bind(int index, std::optional<double> value);

    /** Steps once: true when a row is available. False at the end or on error (see error()). */
    bool next();
    /** Executes a statement without result rows and resets it for the next bindings. */
    bool run();
    void reset();

    /** Typed column access; a wrong type sets typeError() and returns a neutral value. */
    QString text(int column);
    double real(int column);
    std::int64_t integer(int column);
    std::optional<double> optionalReal(int column);
    QByteArray blob(int column);
    bool isNull(int column) const;
    /** The first type mismatch seen, e.g. "column 'x_m' holds TEXT, expected REAL"; empty when none. */
    const QString &typeError() const { return mTypeError; }

private:
    void noteTypeError(int column, const char *expected);

    sqlite3_stmt *mStmt = nullptr;
    sqlite3 *mDb = nullptr;
    QString mError;
    QString mTypeError;
};

/** RAII transaction: rolls back unless commit() succeeded. */
class Transaction
{
public:
    explicit Transaction(Database &db);
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();
    Result commit();

private:
    Database &mDb;
    bool mActive = false;
};

} // namespace taktflow::core::sqlite
