// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/migrations/migrations.h"

#include "core/storage/schema.h"

#include <QCoreApplication>

#include <array>

namespace taktflow::core::storage::migrations {

namespace {

struct Step {
    int fromVersion;
    sqlite::Result (*migrate)(sqlite::Database &);
    sqlite::Result (*createFrozen)(sqlite::Database &);
};

// One entry per released schema version, in order. A new version appends a step here.
constexpr std::array kSteps{
    Step{0, &migrateV0ToV1, &createSchemaV0},
    Step{1, &migrateV1ToV2, &createSchemaV1},
    Step{2, &migrateV2ToV3, &createSchemaV2},
};

} // namespace

sqlite::Result migrateToCurrent(sqlite::Database &db, int fromVersion)
{
    for (const Step &step : kSteps) {
        if (step.fromVersion < fromVersion)
            continue;
        sqlite::Transaction transaction(db);
        // Each step stamps its version, so a chain stopped half-way still says what it holds.
        const QByteArray stamp = QByteArrayLiteral("PRAGMA user_version=") + QByteArray::number(step.fromVersion + 1);
        sqlite::Result done = step.migrate(db);
        if (done)
            done = db.exec(stamp.constData());
        if (done)
            done = transaction.commit();
        if (!done) {
            return sqlite::Result::failure(
                QCoreApplication::translate("Storage", "upgrade from schema version %1 failed: %2")
                    .arg(step.fromVersion)
                    .arg(done.message));
        }
    }
    return sqlite::Result::success();
}

sqlite::Result createFrozenSchema(sqlite::Database &db, int version)
{
    for (const Step &step : kSteps) {
        if (step.fromVersion == version)
            return step.createFrozen(db);
    }
    return sqlite::Result::failure(QCoreApplication::translate("Storage", "unknown schema version %1").arg(version));
}

} // namespace taktflow::core::storage::migrations
