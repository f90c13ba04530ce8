// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/document/projectdocument.h"
#include "app/gui/compare/compareworkspace.h"
#include "core/compare/kpicatalog.h"
#include "core/compare/simulationcomparison.h"
#include "core/model/sampleproject.h"
#include "core/simulation/linemodelbuilder.h"

#include <QLabel>

#include <QDoubleSpinBox>
#include <QListWidget>
#include <QTableWidget>
#include <QTest>

using namespace taktflow;

namespace {

int rowOf(const QTableWidget *table, const QString &label)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0) && table->item(r, 0)->text().startsWith(label))
            return r;
    }
    return -1;
}

} // namespace

class TestCompareWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void comparesChosenVariantsAndStoresWeights()
    {
        app::ProjectDocument document;
        document.reset(core::makeSampleProject(), {});
        app::CompareWorkspace workspace(&document);
        workspace.resize(1200, 800);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));

        QTableWidget *table = workspace.table();
        QCOMPARE(table->columnCount(), 2 + 3);
        // Every catalogue KPI, the three simulated figures and the sample's one cost figure.
        QCOMPARE(table->rowCount(), int(core::comparableKpis().size()) + 3 + 1);
        QCOMPARE(workspace.rankingTitle()->text(), QStringLiteral("Ranking by weighted score"));
        QCOMPARE(workspace.ranking()->count(), 3);

        // Investment: 0 / 85000 / 420000 -> the current layout is best, marked bold.
        const int investment = rowOf(table, QStringLiteral("Investment"));
        QVERIFY(investment >= 0);
        QVERIFY(table->item(investment, 2)->font().bold());
        QVERIFY(!table->item(investment, 3)->font().bold());
        QVERIFY(table->item(investment, 4)->text().startsWith(QLatin1String("420")));

        // Untick the automated line: two columns remain.
        QListWidget *chooser = workspace.variantChooser();
        chooser->item(2)->setCheckState(Qt::Unchecked);
        workspace.refreshNow();
        QCOMPARE(table->columnCount(), 2 + 2);
        QCOMPARE(workspace.comparison().variantNames.size(), 2);

        // A weight typed in the table lands in the project through the undo stack.
        const int efficiency = rowOf(table, QStringLiteral("Line efficiency"));
        auto *spin = qobject_cast<QDoubleSpinBox *>(table->cellWidget(efficiency, 1));
        QVERIFY(spin);
        QCOMPARE(spin->value(), 2.0); // the sample weights efficiency 2
        spin->setValue(5.0);
        QCOMPARE(document.project().kpiWeights.at(QStringLiteral("line.line_efficiency")), 5.0);
        QVERIFY(document.isModified());
        document.undoStack()->undo();
        QCOMPARE(document.project().kpiWeights.at(QStringLiteral("line.line_efficiency")), 2.0);
        workspace.refreshNow();
        QCOMPARE(workspace.comparison().weights.at(QStringLiteral("line.line_efficiency")), 2.0);

        // While hidden it does not recompute; showing it again brings it up to date.
        workspace.hide();
        document.undoStack()->redo();
        QCOMPARE(workspace.comparison().weights.at(QStringLiteral("line.line_efficiency")), 2.0);
        workspace.show();
        QCOMPARE(workspace.comparison().weights.at(QStringLiteral("line.line_efficiency")), 5.0);
    }

    void simulatedFiguresShowTheirSourceAndStaleness()
    {
        core::Project project = core::makeSampleProject();
        project.kpiWeights.clear();
        auto summary = [](double throughput) {
            core::SimulationSummary s;
            s.replications = 12;
            s.simulatedS = 4 * 3600.0;
            s.parameters.run.seed = 42;
            s.ranAtUtc = QStringLiteral("2026-12-07T01:00:00Z");
            s.throughputPerHourMean = throughput;
            s.throughputPerHourLow = throughput - 1.5;
            s.throughputPerHourHigh = throughput + 1.5;
            s.leadTimeMeanS = 600;
            s.wipMean = 5;
            return s;
        };
        core::Variant &fresh = project.variants[0];
        fresh.lines[0].lastSimulation = summary(40);
        fresh.lines[0].lastSimulation->inputFingerprint =
            core::simulation::simulationFingerprint(project, fresh, fresh.lines[0]);
        core::Variant &stale = project.variants[1];
        stale.lines[0].lastSimulation = summary(44);
        stale.lines[0].lastSimulation->inputFingerprint = QStringLiteral("a run before the last edit");
        app::ProjectDocument document;
        document.reset(project, {});
        app::CompareWorkspace workspace(&document);
        workspace.resize(1400, 800);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));

        QTableWidget *table = workspace.table();
        const int throughput = rowOf(table, QStringLiteral("Simulated throughput"));
        QVERIFY(throughput >= 0);
        QCOMPARE(table->item(throughput, 0)->text(), QStringLiteral("Simulated throughput (units/h)"));
        // Fresh: mean and interval, with the run's parameters in the tooltip.
        QVERIFY2(table->item(throughput, 2)->text().startsWith(QLatin1String("40.00 [38.50 - 41.50]")),
                 qPrintable(table->item(throughput, 2)->text()));
        QVERIFY(!table->item(throughput, 2)->text().contains(QLatin1String("stale")));
        const QString tip = table->item(throughput, 2)->toolTip();
        QVERIFY2(tip.contains(QLatin1String("seed 42")) && tip.contains(QLatin1String("4 h")), qPrintable(tip));
        // Stale: marked in the cell and explained in the tooltip; still the best throughput.
        QVERIFY2(table->item(throughput, 3)->text().endsWith(QLatin1String("(stale)")),
                 qPrintable(table->item(throughput, 3)->text()));
        QVERIFY(table->item(throughput, 3)->toolTip().startsWith(QLatin1String("Stale")));
        QVERIFY(table->item(throughput, 3)->font().bold());
        // No result: says so.
        QCOMPARE(table->item(throughput, 4)->text(), QStringLiteral("not simulated"));
        const int wip = rowOf(table, QStringLiteral("Simulated WIP"));
        QCOMPARE(table->item(wip, 4)->text(), QStringLiteral("not simulated"));

        // No weights in this project: the ranking says it uses equal ones.
        QVERIFY2(workspace.rankingTitle()->text().startsWith(QLatin1String("No KPI weights are set")),
                 qPrintable(workspace.rankingTitle()->text()));
        QVERIFY(workspace.comparison().defaultWeights);
        QCOMPARE(workspace.ranking()->count(), 3);

        // Running the stale variant again (its fingerprint today) makes it current.
        core::SimulationSummary rerun = summary(45);
        rerun.inputFingerprint = core::simulation::simulationFingerprint(document.project(), document.project().variants[1],
                                                                         document.project().variants[1].lines[0]);
        core::Project updated = document.project();
        updated.variants[1].lines[0].lastSimulation = rerun;
        document.reset(updated, {});
        workspace.refreshNow();
        QVERIFY(!table->item(throughput, 3)->text().contains(QLatin1String("stale")));
        QCOMPARE(workspace.comparison().simulations[1].status, core::VariantSimulation::Status::Current);
    }
};

QTEST_MAIN(TestCompareWorkspace)
#include "tst_compareworkspace.moc"
