// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/dxfoutlines.h"

#include "app/io/dxfcheck.h"
#include "core/io/boundedread.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <dl_creationadapter.h>
#include <dl_dxf.h>

#include <cmath>
#include <sstream>

namespace taktflow::app::io {

namespace {

class DxfOutlineText
{
    Q_DECLARE_TR_FUNCTIONS(DxfItemImport)
};

constexpr int kMaxOutlines = 200000;
constexpr int kMaxVertices = 4000000;

/** Gathers closed polylines of model space with their layer from dxflib's callbacks. */
class OutlineCollector : public DL_CreationAdapter
{
public:
    void addBlock(const DL_BlockData &) override { mInBlock = true; }
    void endBlock() override { mInBlock = false; }

    void setVariableInt(const std::string &key, int value, int) override
    {
        if (key == "$INSUNITS")
            insUnits = value;
    }

    void addPolyline(const DL_PolylineData &d) override
    {
        finish();
        ++mPolylines;
        if (mInBlock)
            return;
        mOpen = true;
        mClosedFlag = (d.flags & 1) != 0;
        mCurrent = {};
        mCurrent.layer = QString::fromStdString(getAttributes().getLayer());
        mCurrent.entity = mPolylines;
    }
    void addVertex(const DL_VertexData &d) override
    {
        if (!mOpen)
            return;
        if (!std::isfinite(d.x) || !std::isfinite(d.y) || std::abs(d.x) > 1e9 || std::abs(d.y) > 1e9) {
            mBadNumber = true;
            return;
        }
        if (++mVertices > kMaxVertices)
            return;
        if (d.bulge != 0.0)
            mHasBulge = true;
        mCurrent.points.push_back({d.x, d.y});
    }
    void endEntity() override { finish(); }
    void endSequence() override { finish(); }

    void finish()
    {
        if (!mOpen)
            return;
        mOpen = false;
        const auto &p = mCurrent.points;
        const bool meets = p.size() > 3 && std::hypot(p.front().xM - p.back().xM, p.front().yM - p.back().yM) < 1e-9;
        if (!(mClosedFlag || meets)) {
            ++openPolylines;
            return;
        }
        if (mHasBulge)
            ++arcSegments;
        mHasBulge = false;
        if (int(outlines.size()) < kMaxOutlines)
            outlines.push_back(std::move(mCurrent));
    }

    std::vector<core::io::DrawingOutline> outlines;
    int openPolylines = 0;
    int arcSegments = 0;
    int insUnits = 0;
    bool tooMany() const { return mVertices > kMaxVertices || mPolylines > kMaxOutlines * 4; }
    bool badNumber() const { return mBadNumber; }

private:
    core::io::DrawingOutline mCurrent;
    bool mInBlock = false;
    bool mOpen = false;
    bool mClosedFlag = false;
    bool mHasBulge = false;
    bool mBadNumber = false;
    int mPolylines = 0;
    long long mVertices = 0;
};

std::optional<double> metresPerInsUnit(int code)
{
    switch (code) {
    case 1: return 0.0254; // inches
    case 2: return 0.3048; // feet
    case 4: return 0.001;  // millimetres
    case 5: return 0.01;   // centimetres
    case 6: return 1.0;    // metres
    default: return std::nullopt;
    }
}

} // namespace

DxfOutlines readDxfOutlines(const QString &path)
{
    DxfOutlines result;
    const QString name = QFileInfo(path).fileName();
    constexpr qint64 kMaxBytes = 256ll * 1024 * 1024;
    const core::BoundedRead read = core::readFileBounded(path, kMaxBytes);
    if (read.problem == core::BoundedRead::Problem::CannotOpen) {
        result.error = DxfOutlineText::tr("Cannot open %1: %2").arg(name, read.openError);
        return result;
    }
    if (read.problem == core::BoundedRead::Problem::TooLarge) {
        result.error = DxfOutlineText::tr("%1 is larger than %2 MB").arg(name).arg(kMaxBytes >> 20);
        return result;
    }
    const QByteArray &bytes = read.bytes;
    if (!looksLikeAsciiDxf(bytes)) {
        result.error = DxfOutlineText::tr("%1 is not an ASCII DXF drawing (binary DXF and DWG are not read)").arg(name);
        return result;
    }
    std::istringstream stream(bytes.toStdString());
    OutlineCollector collector;
    DL_Dxf dxf;
    try {
        dxf.in(stream, &collector);
    } catch (const std::exception &) {
        // dxflib converts numbers with std::sto*, which throws on garbage.
        result.error = DxfOutlineText::tr("%1 is damaged: a value could not be read as a number").arg(name);
        return result;
    }
    collector.finish();
    if (collector.badNumber()) {
        result.error =
            DxfOutlineText::tr("%1 is damaged: a polyline has a coordinate that is not a finite number").arg(name);
        return result;
    }
    if (collector.tooMany()) {
        result.error = DxfOutlineText::tr("%1 has too many polylines or vertices to import as items").arg(name);
        return result;
    }
    QSet<QString> layers;
    for (const auto &outline : collector.outlines)
        layers.insert(outline.layer);
    result.layers = QStringList(layers.begin(), layers.end());
    result.layers.sort(Qt::CaseInsensitive);
    result.outlines = std::move(collector.outlines);
    result.openPolylines = collector.openPolylines;
    result.arcSegments = collector.arcSegments;
    result.declaredMetresPerUnit = metresPerInsUnit(collector.insUnits);
    if (result.outlines.empty())
        result.error = DxfOutlineText::tr("%1 has no closed polylines to import as items").arg(name);
    return result;
}

std::optional<double> metresPerUnitFromName(const QString &name)
{
    if (name == QLatin1String("mm"))
        return 0.001;
    if (name == QLatin1String("m"))
        return 1.0;
    return std::nullopt;
}

} // namespace taktflow::app::io
