// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/backgroundstore.h"

#include <QCoreApplication>

#include <cmath>

namespace taktflow::core::storage {

// Unqualified, so that lupdate keeps seeing these functions in this namespace (and BackgroundStoreMessages' context).
using sqlite::Result;

namespace {

class BackgroundStoreMessages
{
    Q_DECLARE_TR_FUNCTIONS(Storage)

public:
    static QString tooLarge(const QString &variantId, qint64 bytes)
    {
        return tr("variant '%1': the background plan holds %2 MiB, more than the limit of %3 MiB")
            .arg(variantId)
            .arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1)
            .arg(kMaxBackgroundBytes / (1024 * 1024));
    }
};

Variant *variantWithId(Project &project, const QString &id)
{
    for (Variant &variant : project.variants) {
        if (variant.id == id)
            return &variant;
    }
    return nullptr;
}

} // namespace

Result writeBackgrounds(sqlite::Database &db, const Project &project)
{
    sqlite::Statement insert(db, "INSERT INTO background VALUES (?,?,?,?,?,?,?,?,?)");
    if (!insert.isValid())
        return Result::failure(insert.error());
    for (const Variant &variant : project.variants) {
        if (!variant.background)
            continue;
        const BackgroundPlan &plan = *variant.background;
        if (plan.data.size() > kMaxBackgroundBytes)
            return Result::failure(BackgroundStoreMessages::tooLarge(variant.id, plan.data.size()));
        insert.bind(1, variant.id);
        insert.bind(2, backgroundKindName(plan.kind));
        insert.bind(3, plan.fileName);
        insert.bindBlob(4, plan.data);
        insert.bind(5, plan.metresPerUnit);
        insert.bind(6, plan.originXM);
        insert.bind(7, plan.originYM);
        insert.bind(8, plan.opacity);
        insert.bind(9, plan.locked);
        if (!insert.run())
            return Result::failure(insert.error());
    }
    return Result::success();
}

Result readBackgrounds(sqlite::Database &db, Project &project)
{
    const auto fail = [](const QString &message) { return Result::failure(message); };
    // The size is asked first, so an oversized source is refused before it is read.
    sqlite::Statement query(db, "SELECT variant_id, kind, file_name, length(data), metres_per_unit, origin_x_m, "
                                "origin_y_m, opacity, locked FROM background ORDER BY variant_id");
    while (query.next()) {
        const QString variantId = query.text(0);
        Variant *variant = variantWithId(project, variantId);
        if (!variant)
            return fail(BackgroundStoreMessages::tr("background plan of missing variant '%1'").arg(variantId));
        BackgroundPlan plan;
        const QString kind = query.text(1);
        const auto parsed = backgroundKindFromName(kind);
        if (!parsed)
            return fail(BackgroundStoreMessages::tr("variant '%1': unknown background kind '%2'").arg(variantId, kind));
        plan.kind = *parsed;
        plan.fileName = query.text(2);
        const qint64 bytes = query.integer(3);
        if (bytes > kMaxBackgroundBytes)
            return fail(BackgroundStoreMessages::tooLarge(variantId, bytes));
        plan.metresPerUnit = query.real(4);
        plan.originXM = query.real(5);
        plan.originYM = query.real(6);
        plan.opacity = query.real(7);
        plan.locked = query.integer(8) != 0;
        if (!(std::isfinite(plan.metresPerUnit) && plan.metresPerUnit > 0))
            return fail(
                BackgroundStoreMessages::tr("variant '%1': background scale %2 m per unit is not a positive number")
                    .arg(variantId)
                    .arg(plan.metresPerUnit));
        if (!std::isfinite(plan.originXM) || !std::isfinite(plan.originYM))
            return fail(BackgroundStoreMessages::tr("variant '%1': the background plan's position is not finite")
                            .arg(variantId));
        if (!(plan.opacity >= 0.0 && plan.opacity <= 1.0))
            return fail(BackgroundStoreMessages::tr("variant '%1': background opacity %2 is outside 0 to 1")
                            .arg(variantId)
                            .arg(plan.opacity));
        variant->background = std::move(plan);
    }
    if (!query.isValid() || !query.error().isEmpty())
        return fail(BackgroundStoreMessages::tr("table background: %1").arg(query.error()));
    if (!query.typeError().isEmpty())
        return fail(BackgroundStoreMessages::tr("table background: %1").arg(query.typeError()));

    // Second pass for the bytes, now that every size is known to be within the limit.
    sqlite::Statement data(db, "SELECT variant_id, data FROM background");
    while (data.next()) {
        if (Variant *variant = variantWithId(project, data.text(0)); variant && variant->background)
            variant->background->data = data.blob(1);
    }
    if (!data.isValid() || !data.error().isEmpty())
        return fail(BackgroundStoreMessages::tr("table background: %1").arg(data.error()));
    if (!data.typeError().isEmpty())
        return fail(BackgroundStoreMessages::tr("table background: %1").arg(data.typeError()));
    return Result::success();
}

} // namespace taktflow::core::storage
