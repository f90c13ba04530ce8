// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/project.h"

#include <array>

namespace taktflow::core {

namespace {

struct TypeName {
    ItemType type;
    const char *name;
};

constexpr std::array kTypeNames{
    TypeName{ItemType::Machine, "machine"},   TypeName{ItemType::Workstation, "workstation"},
    TypeName{ItemType::Conveyor, "conveyor"}, TypeName{ItemType::Storage, "storage"},
    TypeName{ItemType::Rack, "rack"},         TypeName{ItemType::Aisle, "aisle"},
    TypeName{ItemType::Wall, "wall"},         TypeName{ItemType::Column, "column"},
    TypeName{ItemType::Zone, "zone"},         TypeName{ItemType::Dock, "dock"},
};

struct KindName {
    TransportKind kind;
    const char *name;
};

constexpr std::array kKindNames{
    KindName{TransportKind::Forklift, "forklift"}, KindName{TransportKind::Tugger, "tugger"},
    KindName{TransportKind::Agv, "agv"},           KindName{TransportKind::Conveyor, "conveyor"},
    KindName{TransportKind::Manual, "manual"},
};

} // namespace

QString itemTypeName(ItemType type)
{
    for (const auto &entry : kTypeNames) {
        if (entry.type == type)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<ItemType> itemTypeFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    for (const auto &entry : kTypeNames) {
        if (key == QLatin1String(entry.name))
            return entry.type;
    }
    return std::nullopt;
}

const std::vector<ItemType> &allItemTypes()
{
    static const std::vector<ItemType> types = [] {
        std::vector<ItemType> all;
        for (const auto &entry : kTypeNames)
            all.push_back(entry.type);
        return all;
    }();
    return types;
}

bool isSolid(ItemType type)
{
    switch (type) {
    case ItemType::Aisle:
    case ItemType::Zone:
        return false;
    default:
        return true;
    }
}

QString transportKindName(TransportKind kind)
{
    for (const auto &entry : kKindNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<TransportKind> transportKindFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    for (const auto &entry : kKindNames) {
        if (key == QLatin1String(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

QString distanceMetricName(DistanceMetric metric)
{
    switch (metric) {
    case DistanceMetric::Euclidean:
        return QStringLiteral("euclidean");
    case DistanceMetric::Rectilinear:
        return QStringLiteral("rectilinear");
    case DistanceMetric::Aisle:
        return QStringLiteral("aisle");
    }
    return {};
}

std::optional<DistanceMetric> distanceMetricFromName(const QString &name)
{
    for (auto metric : {DistanceMetric::Euclidean, DistanceMetric::Rectilinear, DistanceMetric::Aisle}) {
        if (name.trimmed().compare(distanceMetricName(metric), Qt::CaseInsensitive) == 0)
            return metric;
    }
    return std::nullopt;
}

const LayoutItem *Variant::findItem(const QString &itemId) const
{
    for (const auto &item : items) {
        if (item.id == itemId)
            return &item;
    }
    return nullptr;
}

LayoutItem *Variant::findItem(const QString &itemId)
{
    return const_cast<LayoutItem *>(std::as_const(*this).findItem(itemId));
}

const Variant *Project::findVariant(const QString &nameOrId) const
{
    for (const auto &variant : variants) {
        if (variant.name == nameOrId)
            return &variant;
    }
    for (const auto &variant : variants) {
        if (variant.id == nameOrId)
            return &variant;
    }
    return nullptr;
}

Variant *Project::findVariant(const QString &nameOrId)
{
    return const_cast<Variant *>(std::as_const(*this).findVariant(nameOrId));
}

const TransportMeans *Project::findTransport(const QString &transportId) const
{
    for (const auto &means : transports) {
        if (means.id == transportId)
            return &means;
    }
    return nullptr;
}

} // namespace taktflow::core
