// SPDX-License-Identifier: GPL-3.0-or-later
// Layout > Suggest Arrangement on the sample project: the QAP search in the background, its
// result never worse than the start, fixed items unmoved, and both ways of applying it undone exactly.
#include "app/document/commands/itemproperties.h"
#include "app/document/projectdocument.h"
#include "app/gui/jobrunner.h"
#include "app/gui/layout/arrangementdialogs.h"
#include "app/gui/layout/arrangementtask.h"
#include "app/gui/mainwindow.h"
#include "core/model/sampleproject.h"
#include "tests/app/gui/mainwindowaccess.h"

#include <QAction>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

using namespace taktflow;

namespace {

const QString kFixedId = QStringLiteral("CNC1");

/** The sample with CNC1 pinned, so the search must work around one fixed machine. */
core::Project sampleWithFixedItem()
{
    core::Project project = core::makeSampleProject();
    for (core::LayoutItem &item : project.variants.front().items) {
        if (item.id == kFixedId)
            item.fixed = true;
    }
    return project;
}

/** units x m over every flow leg of a variant, rectilinear between centres, summed by hand here. */
double handFlowDistance(const core::Project &project, const core::Variant &variant)
{
    Q_UNUSED(project);
    auto centre = [&variant](const QString &id) {
        const core::LayoutItem *item = variant.findItem(id);
        return item ? QPointF(item->xM, item->yM) : QPointF();
    };
    double sum = 0.0;
    auto addLeg = [&](const QString &from, const QString &to, double units) {
        const QPointF a = centre(from);
        const QPointF b = centre(to);
        sum += units * (std::abs(a.x() - b.x()) + std::abs(a.y() - b.y()));
    };
    for (const core::Product &product : variant.products) {
        for (qsizetype i = 0; i + 1 < product.routing.size(); ++i)
            addLeg(product.routing[i], product.routing[i + 1], product.unitsPerPeriod);
    }
    for (const core::MaterialFlow &flow : variant.flows)
        addLeg(flow.fromItem, flow.toItem, flow.unitsPerPeriod);
    return sum;
}

struct Fixture {
    Fixture()
    {
        document.reset(sampleWithFixedItem(), {});
        original = document.project();
    }
    app::ArrangementTask *task() { return parts(window).arrangementTask(); }
    /** Runs a search with the default items and waits for it. */
    std::shared_ptr<const app::ArrangementOutcome> search(double seconds)
    {
        QSignalSpy finished(task(), &app::ArrangementTask::finished);
        app::ArrangementRequest request;
        request.movableIds = task()->defaultMovableIds();
        request.timeLimitS = seconds;
        if (!task()->start(request))
            return nullptr;
        if (!finished.wait(60000))
            return nullptr;
        return task()->outcome();
    }

    app::ProjectDocument document;
    app::MainWindow window{&document};
    core::Project original;
};

} // namespace

class TestArrangementTask : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void defaultItemsAreTheMovableEquipment()
    {
        Fixture f;
        const QStringList ids = f.task()->defaultMovableIds();
        // Machines, workstations and racks of the functional layout, CNC1 excluded as fixed.
        const QStringList expected = {QStringLiteral("R1"),   QStringLiteral("R2"),   QStringLiteral("CNC2"),
                                      QStringLiteral("WASH"), QStringLiteral("WS1"),  QStringLiteral("WS2"),
                                      QStringLiteral("WS3"),  QStringLiteral("TEST"), QStringLiteral("PACK")};
        QCOMPARE(ids, expected);
        // Two selected items narrow the choice; a fixed one among them is left out.
        f.document.setSelection({QStringLiteral("WS1"), QStringLiteral("WS3"), kFixedId});
        QCOMPARE(f.task()->defaultMovableIds(), QStringList({QStringLiteral("WS1"), QStringLiteral("WS3")}));
    }

    void applyingToTheCurrentVariantUndoesExactly()
    {
        Fixture f;
        const auto outcome = f.search(1.0);
        QVERIFY(outcome);
        QVERIFY2(outcome->suggestion.error.isEmpty(), qPrintable(outcome->suggestion.error));
        // The functional layout sends housings and shafts back and forth: a better order exists.
        QVERIFY(outcome->changesLayout());
        QVERIFY(outcome->suggestion.cost <= outcome->suggestion.startCost);
        const core::Variant &before = f.original.variants.front();
        const double handBefore = handFlowDistance(f.original, before);
        QVERIFY(std::abs(outcome->flowBefore.flowDistance - handBefore) < 1e-6 * handBefore);

        QVERIFY(f.task()->applyToCurrent());
        QCOMPARE(f.document.undoStack()->count(), 1);
        const core::Variant &after = *f.document.currentVariant();
        QCOMPARE(after.id, before.id);
        QVERIFY(handFlowDistance(f.document.project(), after) < handBefore);
        QVERIFY(std::abs(handFlowDistance(f.document.project(), after) - outcome->flowAfter.flowDistance) <
                1e-6 * handBefore);
        // The fixed machine and every item outside the choice stay; the chosen ones only trade places.
        const QStringList moved = f.task()->defaultMovableIds();
        QVector<QPointF> placesBefore;
        QVector<QPointF> placesAfter;
        for (const core::LayoutItem &item : before.items) {
            const core::LayoutItem *now = after.findItem(item.id);
            QVERIFY(now);
            if (!moved.contains(item.id)) {
                QVERIFY2(app::Placement::of(*now) == app::Placement::of(item), qPrintable(item.id));
                continue;
            }
            placesBefore << QPointF(item.xM, item.yM);
            placesAfter << QPointF(now->xM, now->yM);
        }
        auto byXy = [](const QPointF &a, const QPointF &b) {
            return std::pair(a.x(), a.y()) < std::pair(b.x(), b.y());
        };
        std::sort(placesBefore.begin(), placesBefore.end(), byXy);
        std::sort(placesAfter.begin(), placesAfter.end(), byXy);
        QCOMPARE(placesAfter, placesBefore);

        f.document.undoStack()->undo();
        QVERIFY(f.document.project() == f.original);
        f.document.undoStack()->redo();
        QVERIFY(f.document.currentVariant()->items == outcome->suggestion.variant.items);
        f.document.undoStack()->undo();
        QVERIFY(f.document.project() == f.original);
        f.document.undoStack()->setClean();
    }

    void addingAsANewVariantKeepsTheOriginal()
    {
        Fixture f;
        const auto outcome = f.search(0.5);
        QVERIFY(outcome && outcome->changesLayout());
        QVERIFY(f.task()->applyAsNewVariant());
        const core::Project &project = f.document.project();
        QCOMPARE(project.variants.size(), f.original.variants.size() + 1);
        QVERIFY(project.variants.front() == f.original.variants.front());
        QCOMPARE(f.document.currentVariantId(), project.variants.back().id);
        QVERIFY(project.variants.back().items == outcome->suggestion.variant.items);
        f.document.undoStack()->undo();
        QVERIFY(f.document.project() == f.original);
        f.document.undoStack()->setClean();
    }

    void staleSuggestionsAreRefused()
    {
        Fixture f;
        const auto outcome = f.search(0.5);
        QVERIFY(outcome && outcome->changesLayout());
        const core::LayoutItem *ws1 = f.document.currentVariant()->findItem(QStringLiteral("WS1"));
        app::Placement moved = app::Placement::of(*ws1);
        moved.xM += 1.0;
        f.document.undoStack()->push(
            new app::CmdItemPlace(&f.document, f.document.currentVariantId(), {{QStringLiteral("WS1"), moved}}));
        QSignalSpy messages(f.task(), &app::ArrangementTask::message);
        QVERIFY(!f.task()->applyToCurrent());
        QCOMPARE(f.document.undoStack()->count(), 1);
        QCOMPARE(messages.count(), 1);
        f.document.undoStack()->setClean();
    }

    void cancelKeepsTheBestSoFar()
    {
        Fixture f;
        QSignalSpy finished(f.task(), &app::ArrangementTask::finished);
        app::ArrangementRequest request;
        request.movableIds = f.task()->defaultMovableIds();
        request.timeLimitS = 120.0;
        QElapsedTimer clock;
        clock.start();
        QVERIFY(f.task()->start(request));
        QVERIFY(parts(f.window).jobRunner()->isRunning());
        QTest::qWait(300);
        parts(f.window).jobRunner()->cancel();
        QVERIFY(finished.wait(20000));
        QVERIFY(clock.elapsed() < 20000);
        const auto outcome = f.task()->outcome();
        QVERIFY(outcome);
        QVERIFY(outcome->cancelled);
        QVERIFY(outcome->suggestion.cost <= outcome->suggestion.startCost);
        QCOMPARE(f.document.undoStack()->count(), 0);
    }

    void fixedItemsCannotBeChosen()
    {
        Fixture f;
        QSignalSpy messages(f.task(), &app::ArrangementTask::message);
        QSignalSpy finished(f.task(), &app::ArrangementTask::finished);
        QVERIFY(f.task()->start({{QStringLiteral("WS1"), kFixedId}, 0.5, 1, std::nullopt}));
        QVERIFY(finished.wait(20000));
        QVERIFY(!f.task()->outcome()->suggestion.error.isEmpty());
        QVERIFY(messages.count() >= 1);
        QVERIFY(messages.last().first().toString().contains(kFixedId));
        QVERIFY(!f.task()->applyAsNewVariant());
        QVERIFY(f.document.project() == f.original);
    }

    void gridSlotsTakeTheItems()
    {
        Fixture f;
        QSignalSpy finished(f.task(), &app::ArrangementTask::finished);
        const QStringList chosen = {QStringLiteral("WS1"), QStringLiteral("WS2"), QStringLiteral("WS3"),
                                    QStringLiteral("TEST")};
        app::ArrangementRequest request{chosen, 0.5, 1, app::ArrangementGrid{10.0, 4.0, 5.0, 6.0, 3, 2}};
        QVERIFY(f.task()->start(request));
        QVERIFY(finished.wait(30000));
        const auto outcome = f.task()->outcome();
        QVERIFY(outcome && outcome->changesLayout());
        QVERIFY(f.task()->applyAsNewVariant());
        const core::Variant &placed = f.document.project().variants.back();
        // Six slots: x 10, 15, 20 and y 4, 10; each chosen item on its own one, nothing else moved.
        QSet<QPair<double, double>> used;
        for (const core::LayoutItem &item : f.original.variants.front().items) {
            const core::LayoutItem *now = placed.findItem(item.id);
            QVERIFY(now);
            if (!chosen.contains(item.id)) {
                QVERIFY2(app::Placement::of(*now) == app::Placement::of(item), qPrintable(item.id));
                continue;
            }
            QVERIFY2((now->xM == 10.0 || now->xM == 15.0 || now->xM == 20.0) && (now->yM == 4.0 || now->yM == 10.0),
                     qPrintable(item.id));
            used.insert({now->xM, now->yM});
        }
        QCOMPARE(used.size(), 4);
        f.document.undoStack()->undo();
        QVERIFY(f.document.project() == f.original);

        // Fewer slots than items: refused with a message, nothing changes.
        QSignalSpy messages(f.task(), &app::ArrangementTask::message);
        request.grid = app::ArrangementGrid{10.0, 4.0, 5.0, 6.0, 3, 1};
        QVERIFY(f.task()->start(request));
        QVERIFY(finished.wait(30000));
        QVERIFY(!f.task()->outcome()->suggestion.error.isEmpty());
        QCOMPARE(messages.count(), 1);
        QVERIFY(!f.task()->applyToCurrent());
        QVERIFY(f.document.project() == f.original);
        f.document.undoStack()->setClean();
    }

    void menuEntryRunsTheDialogs()
    {
        Fixture f;
        f.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        QAction *action = f.window.findChild<QAction *>(QStringLiteral("layout.suggestArrangement"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        bool setupSeen = false;
        QTimer::singleShot(0, &f.window, [&setupSeen] {
            auto *dialog = qobject_cast<app::ArrangementSetupDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            setupSeen = true;
            dialog->findChild<QDoubleSpinBox *>(QStringLiteral("arrangementTimeLimit"))->setValue(0.5);
            dialog->accept();
        });
        QSignalSpy finished(f.task(), &app::ArrangementTask::finished);
        action->trigger();
        QVERIFY(setupSeen);
        // One job at a time.
        QVERIFY(parts(f.window).jobRunner()->isRunning());
        QVERIFY(!f.task()->start({f.task()->defaultMovableIds(), 1.0, 1, std::nullopt}));
        QVERIFY(finished.wait(30000));
        auto *result = f.window.findChild<app::ArrangementResultDialog *>();
        QVERIFY(result);
        QVERIFY(result->isVisible());
        const QString flowText = result->findChild<QLabel *>(QStringLiteral("flowDistance"))->text();
        QVERIFY2(flowText.contains(QStringLiteral("→")), qPrintable(flowText));
        auto *add = result->findChild<QPushButton *>(QStringLiteral("addAsVariant"));
        QVERIFY(add && add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(f.document.project().variants.size(), f.original.variants.size() + 1);
        QCOMPARE(f.document.undoStack()->count(), 1);
        f.document.undoStack()->undo();
        QVERIFY(f.document.project() == f.original);
        f.document.undoStack()->setClean();
    }
};

QTEST_MAIN(TestArrangementTask)
#include "tst_arrangementtask.moc"
