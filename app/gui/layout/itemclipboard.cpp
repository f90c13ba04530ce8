// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/layout/itemclipboard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

#include <cmath>

namespace taktflow::app {

namespace {

constexpr int kMaxItems = 100000;

QJsonArray pointArray(const std::vector<core::PointM> &points)
{
    QJsonArray array;
    for (const auto &p : points)
        array.append(QJsonArray{p.xM, p.yM});
    return array;
}

std::optional<core::PointM> pointFrom(const QJsonValue &value)
{
    const QJsonArray a = value.toArray();
    if (a.size() != 2 || !a[0].isDouble() || !a[1].isDouble())
        return std::nullopt;
    const core::PointM p{a[0].toDouble(), a[1].toDouble()};
    if (!std::isfinite(p.xM) || !std::isfinite(p.yM))
        return std::nullopt;
    return p;
}

} // namespace

QString itemsMimeType()
{
    return QStringLiteral("application/x-taktflow-items+json");
}

QByteArray itemsToJson(const std::vector<core::LayoutItem> &items)
{
    QJsonArray array;
    for (const auto &item : items) {
        QJsonObject o;
        o[QLatin1String("id")] = item.id;
        o[QLatin1String("name")] = item.name;
        o[QLatin1String("type")] = core::itemTypeName(item.type);
        o[QLatin1String("x")] = item.xM;
        o[QLatin1String("y")] = item.yM;
        o[QLatin1String("width")] = item.widthM;
        o[QLatin1String("depth")] = item.depthM;
        o[QLatin1String("rotation")] = item.rotationDeg;
        o[QLatin1String("height")] = item.heightM;
        o[QLatin1String("automation")] = item.automationLevel;
        o[QLatin1String("power")] = item.powerKw;
        o[QLatin1String("clearance")] = item.clearanceM;
        o[QLatin1String("fixed")] = item.fixed;
        o[QLatin1String("model")] = item.modelFile;
        if (!item.outlineM.empty())
            o[QLatin1String("outline")] = pointArray(item.outlineM);
        if (item.pickupM)
            o[QLatin1String("pickup")] = pointArray({*item.pickupM});
        if (item.dropoffM)
            o[QLatin1String("dropoff")] = pointArray({*item.dropoffM});
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

std::vector<core::LayoutItem> itemsFromJson(const QByteArray &json)
{
    std::vector<core::LayoutItem> items;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &value : array) {
        if (int(items.size()) >= kMaxItems)
            break;
        const QJsonObject o = value.toObject();
        core::LayoutItem item;
        item.id = o.value(QLatin1String("id")).toString();
        const auto type = core::itemTypeFromName(o.value(QLatin1String("type")).toString());
        if (item.id.isEmpty() || !type)
            continue;
        item.type = *type;
        item.name = o.value(QLatin1String("name")).toString();
        item.xM = o.value(QLatin1String("x")).toDouble();
        item.yM = o.value(QLatin1String("y")).toDouble();
        item.widthM = o.value(QLatin1String("width")).toDouble(1.0);
        item.depthM = o.value(QLatin1String("depth")).toDouble(1.0);
        item.rotationDeg = o.value(QLatin1String("rotation")).toDouble();
        item.heightM = o.value(QLatin1String("height")).toDouble(1.0);
        item.automationLevel = std::clamp(o.value(QLatin1String("automation")).toDouble(), 0.0, 1.0);
        item.powerKw = o.value(QLatin1String("power")).toDouble();
        item.clearanceM = o.value(QLatin1String("clearance")).toDouble();
        item.fixed = o.value(QLatin1String("fixed")).toBool();
        item.modelFile = o.value(QLatin1String("model")).toString();
        for (const QJsonValue &p : o.value(QLatin1String("outline")).toArray()) {
            if (const auto point = pointFrom(p))
                item.outlineM.push_back(*point);
        }
        if (const QJsonArray pickup = o.value(QLatin1String("pickup")).toArray(); !pickup.isEmpty())
            item.pickupM = pointFrom(pickup.first());
        if (const QJsonArray dropoff = o.value(QLatin1String("dropoff")).toArray(); !dropoff.isEmpty())
            item.dropoffM = pointFrom(dropoff.first());
        const bool finite = std::isfinite(item.xM) && std::isfinite(item.yM) && std::isfinite(item.rotationDeg) &&
                            std::isfinite(item.heightM) && std::isfinite(item.powerKw) && std::isfinite(item.clearanceM);
        if (!finite || !(item.widthM > 0) || !(item.depthM > 0) || !std::isfinite(item.widthM) ||
            !std::isfinite(item.depthM))
            continue;
        items.push_back(std::move(item));
    }
    return items;
}

QMimeData *itemsMimeData(const std::vector<core::LayoutItem> &items)
{
    auto *data = new QMimeData;
    data->setData(itemsMimeType(), itemsToJson(items));
    QStringList names;
    for (const auto &item : items)
        names << (item.name.isEmpty() ? item.id : item.name);
    data->setText(names.join(QLatin1Char('\n')));
    return data;
}

} // namespace taktflow::app
