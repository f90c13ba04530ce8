// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/compare/comparison.h"
#include "core/flow/flowanalysis.h"
#include "core/flow/variantkpis.h"
#include "core/layout/layoutfinding.h"
#include "core/model/project.h"

#include <QImage>
#include <QJsonObject>
#include <QMap>
#include <QPageLayout>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <optional>
#include <stop_token>
#include <vector>

namespace taktflow::app::render {

/** What a report covers and how it is laid out. */
struct ReportOptions {
    /** Variant ids in report order; several give a comparison section. */
    QStringList variantIds;
    QPageSize pageSize = QPageSize(QPageSize::A4);
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    /** Layout drawing scale 1:N; 0 picks the largest standard scale that fits one page. */
    int scaleDenominator = 0;
    std::optional<core::DistanceMetric> metric;
    /** Title block; empty author/date/revision come from the project and today. */
    QString author;
    QString date;
    QString revision;
    /** Draws each variant's background plan (if any) faded behind its layout drawings. */
    bool showBackground = true;
    /** Optional 3D view snapshots by variant id (the GUI supplies them; the CLI has none). */
    QMap<QString, QImage> snapshots3d;
    /** Cancels building (balancing lines at takt is the long part); the data is then incomplete. */
    std::stop_token stopToken;
};

/** One production line's balance as the report shows it. */
struct ReportLine {
    const core::ProductionLine *line = nullptr;
    /** The current assignment, or the fresh balance at takt when the line had none (from kpis). */
    std::vector<core::Station> stations;
    core::LineKpis kpis;
    /** The line has a simulation result whose input differs from the line and layout today. */
    bool simulationStale = false;
};

/** Everything computed for one variant. */
struct ReportVariant {
    const core::Variant *variant = nullptr;
    core::VariantKpis kpis;
    /** The same figures as `taktflow-cli kpi --json` prints them. */
    QJsonObject kpiJson;
    std::vector<ReportLine> lines;
    std::vector<core::FromToCell> fromTo;
    std::vector<core::LayoutFinding> findings;
    QImage snapshot3d;
    /** The result the comparison's simulation rows show (the first line that has one). */
    core::VariantSimulation simulation;
};

/** The computed content of a report; painting only formats it. */
struct ReportData {
    const core::Project *project = nullptr;
    ReportOptions options;
    std::vector<ReportVariant> variants;
    std::optional<core::Comparison> comparison;
};

/**
 * Computes every figure of the report with the same code and options as `kpi --json`
 * (SALBP-1 balance at takt for lines without an assignment). Unknown variant ids are skipped.
 */
ReportData buildReportData(const core::Project &project, const ReportOptions &options);

/** A number as the report prints it: at most 4 decimals, trailing zeros dropped. */
QString reportNumber(double value);

} // namespace taktflow::app::render
