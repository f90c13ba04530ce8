// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace taktflow::core {

/** A product and its routing through layout items, with its volume per period. */
struct Product {
    QString id;
    QString name;
    double unitsPerPeriod = 0.0;
    /** Item ids in the order the product visits them. */
    QStringList routing;
    /** Transport means id used between routing steps; empty: the variant default. */
    QString transportId;
    friend bool operator==(const Product &, const Product &) = default;
};

/** A direct material flow from one item to another. */
struct MaterialFlow {
    QString fromItem;
    QString toItem;
    double unitsPerPeriod = 0.0;
    /** Optional product id, for grouping and labels. */
    QString product;
    /** Transport means id; empty: the variant default. */
    QString transportId;
    friend bool operator==(const MaterialFlow &, const MaterialFlow &) = default;
};

enum class TransportKind { Forklift, Tugger, Agv, Conveyor, Manual };
QString transportKindName(TransportKind kind);
std::optional<TransportKind> transportKindFromName(const QString &name);

/** A way to move material, with the figures the flow analysis costs it by. */
struct TransportMeans {
    QString id;
    QString name;
    TransportKind kind = TransportKind::Forklift;
    double speedMps = 2.0;
    double costPerM = 0.01;
    /** Units moved per trip. */
    double unitsPerTrip = 1.0;
    double energyKwhPerKm = 0.0;
    /** Counts as automated transport for the automation coverage. */
    bool automated = false;
    friend bool operator==(const TransportMeans &, const TransportMeans &) = default;
};

} // namespace taktflow::core
