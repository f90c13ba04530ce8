// SPDX-License-Identifier: GPL-3.0-or-later
// simulationFingerprint() of linemodelbuilder.h: a hash over a fixed binary serialisation of
// every field buildLineModel() reads, so that any change to the line, its layout, its flows, the
// transport means or the simulation parameters makes a stored result stale. Names that only
// appear in messages are left out; the serialisation starts with its own format number, raised
// whenever a field is added, which marks every older result stale once.
#include "core/simulation/linemodelbuilder.h"

#include "core/io/simulationjson.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>
#include <QJsonDocument>

namespace taktflow::core::simulation {

namespace {

constexpr quint32 kFingerprintFormat = 1;

/** Texts by their UTF-8 bytes: QDataStream would tell a null QString from an empty one, and a
 *  file gives back empty strings where the model held null ones. */
struct Text {
    const QString &value;
};

QDataStream &operator<<(QDataStream &out, Text text)
{
    const QByteArray utf8 = text.value.toUtf8();
    out << quint32(utf8.size());
    out.writeRawData(utf8.constData(), int(utf8.size()));
    return out;
}

struct Texts {
    const QStringList &values;
};

QDataStream &operator<<(QDataStream &out, Texts texts)
{
    out << quint32(texts.values.size());
    for (const QString &value : texts.values)
        out << Text{value};
    return out;
}

void writeLine(QDataStream &out, const ProductionLine &line)
{
    const ShiftCalendar &c = line.calendar;
    out << line.demandPerPeriod << line.availableTimePerPeriodS << line.useCalendar << qint32(c.shiftsPerPeriod)
        << c.shiftLengthS << c.breaksS << c.plannedDowntimeS << c.efficiency;
    out << quint64(line.tasks.size());
    for (const Task &task : line.tasks) {
        out << Text{task.id} << task.timeS << task.automated << task.automatedTimeS << quint64(task.modelTimesS.size());
        for (const auto &[modelId, timeS] : task.modelTimesS)
            out << Text{modelId} << timeS;
    }
    out << quint64(line.models.size());
    for (const LineModel &model : line.models)
        out << Text{model.id} << Text{model.name} << model.demandShare;
    out << quint64(line.stations.size());
    for (const Station &station : line.stations)
        out << Text{station.resource} << Text{station.itemId} << qint32(station.replicas) << Texts{station.taskIds};
    // QJsonObject keeps its keys sorted, so the compact text is canonical.
    const QByteArray parameters =
        QJsonDocument(io::simulationParametersToJson(line.simulation)).toJson(QJsonDocument::Compact);
    out << quint32(parameters.size());
    out.writeRawData(parameters.constData(), int(parameters.size()));
}

void writePoint(QDataStream &out, const std::optional<PointM> &point)
{
    out << point.has_value();
    if (point)
        out << point->xM << point->yM;
}

void writeLayout(QDataStream &out, const Project &project, const Variant &variant)
{
    out << qint32(variant.distanceMetric) << Text{variant.defaultTransportId} << quint64(variant.items.size());
    for (const LayoutItem &item : variant.items) {
        out << Text{item.id} << qint32(item.type) << item.xM << item.yM << item.widthM << item.depthM
            << item.rotationDeg;
        writePoint(out, item.pickupM);
        writePoint(out, item.dropoffM);
        out << quint64(item.outlineM.size());
        for (const PointM &p : item.outlineM)
            out << p.xM << p.yM;
    }
    out << quint64(variant.products.size());
    for (const Product &product : variant.products)
        out << Text{product.id} << product.unitsPerPeriod << Texts{product.routing} << Text{product.transportId};
    out << quint64(variant.flows.size());
    for (const MaterialFlow &flow : variant.flows)
        out << Text{flow.fromItem} << Text{flow.toItem} << flow.unitsPerPeriod << Text{flow.transportId};
    out << quint64(project.transports.size());
    for (const TransportMeans &means : project.transports)
        out << Text{means.id} << Text{means.name} << qint32(means.kind) << means.speedMps << means.unitsPerTrip;
}

} // namespace

QString simulationFingerprint(const Project &project, const Variant &variant, const ProductionLine &line)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out.setFloatingPointPrecision(QDataStream::DoublePrecision);
    out << kFingerprintFormat;
    writeLine(out, line);
    writeLayout(out, project, variant);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace taktflow::core::simulation
