// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/dxfexport.h"

#include "app/render/layoutpainter.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <dxflib/dl_dxf.h>

#include <memory>
#include <set>

namespace taktflow::app {

namespace {

class DxfText
{
    Q_DECLARE_TR_FUNCTIONS(DxfExport)
};

std::string layerOf(core::ItemType type)
{
    return core::itemTypeName(type).toUpper().toStdString();
}

// AutoCAD colour indices per layer, close to the colours Taktflow draws the types in.
int colourOf(core::ItemType type)
{
    using core::ItemType;
    switch (type) {
    case ItemType::Machine: return 5;
    case ItemType::Workstation: return 30;
    case ItemType::Conveyor: return 4;
    case ItemType::Storage: return 34;
    case ItemType::Rack: return 6;
    case ItemType::Aisle: return 2;
    case ItemType::Wall: return 7;
    case ItemType::Column: return 8;
    case ItemType::Zone: return 3;
    case ItemType::Dock: return 9;
    }
    return 7;
}

void writeClosedPolyline(DL_Dxf &dxf, DL_WriterA &dw, const QPolygonF &polygon, const DL_Attributes &attributes)
{
    dxf.writePolyline(dw, DL_PolylineData(int(polygon.size()), 0, 0, 1), attributes);
    for (const QPointF &p : polygon)
        dxf.writeVertex(dw, DL_VertexData(p.x(), p.y(), 0.0, 0.0));
    dxf.writePolylineEnd(dw);
}

} // namespace

QString exportLayoutDxf(const core::Variant &variant, const QString &path)
{
    DL_Dxf dxf;
    std::unique_ptr<DL_WriterA> dw(dxf.out(QFile::encodeName(path).constData(), DL_Codes::AC1015));
    if (!dw)
        return DxfText::tr("%1: cannot be written").arg(path);

    std::set<core::ItemType> types;
    for (const auto &item : variant.items)
        types.insert(item.type);

    dxf.writeHeader(*dw);
    // $INSUNITS 6 = metres, so CAD programs scale the drawing right on insert.
    dw->dxfString(9, "$INSUNITS");
    dw->dxfInt(70, 6);
    dw->sectionEnd();

    dw->sectionTables();
    dxf.writeVPort(*dw);
    dw->tableLinetypes(3);
    dxf.writeLinetype(*dw, DL_LinetypeData("BYBLOCK", "", 0, 0, 0.0));
    dxf.writeLinetype(*dw, DL_LinetypeData("BYLAYER", "", 0, 0, 0.0));
    dxf.writeLinetype(*dw, DL_LinetypeData("CONTINUOUS", "Solid line", 0, 0, 0.0));
    dw->tableEnd();
    dw->tableLayers(int(types.size()) + 3);
    dxf.writeLayer(*dw, DL_LayerData("0", 0), DL_Attributes("", 7, 25, "CONTINUOUS", 1.0));
    dxf.writeLayer(*dw, DL_LayerData("FLOOR", 0), DL_Attributes("", 8, 50, "CONTINUOUS", 1.0));
    dxf.writeLayer(*dw, DL_LayerData("LABELS", 0), DL_Attributes("", 7, 18, "CONTINUOUS", 1.0));
    for (core::ItemType type : types)
        dxf.writeLayer(*dw, DL_LayerData(layerOf(type), 0), DL_Attributes("", colourOf(type), 25, "CONTINUOUS", 1.0));
    dw->tableEnd();
    dw->tableStyle(1);
    dxf.writeStyle(*dw, DL_StyleData("Standard", 0, 0.0, 1.0, 0.0, 0, 2.5, "txt", ""));
    dw->tableEnd();
    dxf.writeView(*dw);
    dxf.writeUcs(*dw);
    dw->tableAppid(1);
    dxf.writeAppid(*dw, "ACAD");
    dw->tableEnd();
    dxf.writeDimStyle(*dw, 2.5, 0.625, 0.625, 0.625, 2.5);
    dxf.writeBlockRecord(*dw);
    dw->tableEnd();
    dw->sectionEnd();

    dw->sectionBlocks();
    dxf.writeBlock(*dw, DL_BlockData("*Model_Space", 0, 0.0, 0.0, 0.0));
    dxf.writeEndBlock(*dw, "*Model_Space");
    dxf.writeBlock(*dw, DL_BlockData("*Paper_Space", 0, 0.0, 0.0, 0.0));
    dxf.writeEndBlock(*dw, "*Paper_Space");
    dxf.writeBlock(*dw, DL_BlockData("*Paper_Space0", 0, 0.0, 0.0, 0.0));
    dxf.writeEndBlock(*dw, "*Paper_Space0");
    dw->sectionEnd();

    dw->sectionEntities();
    QPolygonF floor;
    floor << QPointF(0, 0) << QPointF(variant.floorWidthM, 0) << QPointF(variant.floorWidthM, variant.floorDepthM)
          << QPointF(0, variant.floorDepthM);
    writeClosedPolyline(dxf, *dw, floor, DL_Attributes("FLOOR", 256, -1, "BYLAYER", 1.0));
    for (const auto &item : variant.items) {
        writeClosedPolyline(dxf, *dw, render::footprintM(item), DL_Attributes(layerOf(item.type), 256, -1, "BYLAYER", 1.0));
        const std::string label = (item.name.isEmpty() ? item.id : item.name).toStdString();
        const double height = std::clamp(std::min(item.widthM, item.depthM) * 0.15, 0.1, 0.5);
        // Centred text: insertion and alignment point both at the item centre (justification 1/2).
        dxf.writeText(*dw,
                      DL_TextData(item.xM, item.yM, 0.0, item.xM, item.yM, 0.0, height, 1.0, 0, 1, 2, label,
                                  "Standard", 0.0),
                      DL_Attributes("LABELS", 256, -1, "BYLAYER", 1.0));
    }
    dw->sectionEnd();
    dxf.writeObjects(*dw);
    dxf.writeObjectsEnd(*dw);
    dw->dxfEOF();
    dw->close();
    if (!QFile::exists(path) || QFile(path).size() == 0)
        return DxfText::tr("%1: cannot be written").arg(path);
    return {};
}

} // namespace taktflow::app
