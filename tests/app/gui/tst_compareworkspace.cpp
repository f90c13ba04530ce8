// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/document/projectdocument.h"
#include "app/gui/compare/compareworkspace.h"
#include "core/compare/kpicatalog.h"
#include "core/model/sampleproject.h"

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
        // Every catalogue KPI plus the sample's one cost figure ("Investment (EUR)").
        QCOMPARE(table->rowCount(), int(core::comparableKpis().size()) + 1);
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
};

QTEST_MAIN(TestCompareWorkspace)
#include "tst_compareworkspace.moc"
