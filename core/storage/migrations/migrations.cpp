// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/migrations/migrations.h"

#include "core/storage/schema.h"

#include <QCoreApplication>

#include <array>

namespace taktflow::core::storage::migrations {

namespace {

struct Step {
    int fromVersion;
    bool (*migrate)(sqlite::Database &, QString *);
    bool (*createFrozen)(sqlite::Database &, QString *);
};

// One entry per released schema version, in order. A new version appends a step here.
constexpr std::array kSteps{
    Step{0, &migrateV0ToV1, &createSchemaV0},
    Step{1, &migrateV1ToV2, &createSchemaV1},
};

} // namespace

bool migrateToCurrent(sqlite::Database &db, int fromVersion, QString *error)
{
    for (const Step &step : kSteps) {
        if (step.fromVersion < fromVersion)
            continue;
        sqlite::Transaction transaction(db);
        QString stepError;
        // Each step stamps its version, so a chain stopped half-way still says what it holds.
        const QByteArray stamp = QByteArrayLiteral("PRAGMA user_version=") + QByteArray::number(step.fromVersion + 1);
        if (!step.migrate(db, &stepError) || !db.exec(stamp.constData(), &stepError)
            || !transaction.commit(&stepError)) {
            if (error) {
                *error = QCoreApplication::translate("Storage", "upgrade from schema version %1 failed: %2")
                             .arg(step.fromVersion)
                             .arg(stepError);
            }
            return false;
        }
    }
    return true;
}

bool createFrozenSchema(sqlite::Database &db, int version, QString *error)
{
    for (const Step &step : kSteps) {
        if (step.fromVersion == version)
            return step.createFrozen(db, error);
    }
    if (error)
        *error = QCoreApplication::translate("Storage", "unknown schema version %1").arg(version);
    return false;
}

} // namespace taktflow::core::storage::migrations
