// SPDX-License-Identifier: GPL-3.0-or-later
// Property test of the document layer: thousands of random edit commands (with random undo and
// redo in between) on the sample project. After every step the model must pass the core's
// validation; undoing everything must give back the start exactly, redoing everything the end;
// and saving then opening must give the same model at checkpoints along the way.
#include "app/document/commands/cmditemadd.h"
#include "app/document/commands/cmdkpiweight.h"
#include "app/document/commands/cmdline.h"
#include "app/document/commands/lineedits.h"
#include "app/document/commands/cmdvariant.h"
#include "app/document/commands/itemproperties.h"
#include "app/document/projectdocument.h"
#include "core/model/sampleproject.h"
#include "core/model/validation.h"
#include "core/storage/projectfile.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace taktflow;

namespace {

class RandomEditor
{
public:
    RandomEditor(app::ProjectDocument &document, std::uint32_t seed) : mDocument(document), mRandom(seed) {}

    /** Applies one random user intent (or undo/redo); returns what it did, for failure messages. */
    QString step()
    {
        QUndoStack *stack = mDocument.undoStack();
        const int roll = int(mRandom.bounded(100));
        if (roll < 8 && stack->canUndo()) {
            stack->undo();
            return QStringLiteral("undo");
        }
        if (roll < 12 && stack->canRedo()) {
            stack->redo();
            return QStringLiteral("redo");
        }
        if (roll < 15) {
            const auto &variants = mDocument.project().variants;
            mDocument.setCurrentVariant(variants[mRandom.bounded(int(variants.size()))].id);
            return QStringLiteral("switch variant");
        }
        const core::Variant *variant = mDocument.currentVariant();
        if (!variant)
            return QStringLiteral("no variant");
        const QString vid = variant->id;
        if (roll < 30 || variant->items.empty())
            return addItem(*variant);
        if (roll < 50)
            return moveItems(*variant);
        if (roll < 58) {
            const QStringList ids = pickItems(*variant, 1 + int(mRandom.bounded(2)));
            stack->push(new app::CmdItemRemove(&mDocument, vid, ids));
            return QStringLiteral("delete %1").arg(ids.join(QLatin1Char(',')));
        }
        if (roll < 66)
            return editProperty(*variant);
        if (roll < 75 && !variant->lines.empty())
            return editLine(*variant);
        if (roll < 82) {
            core::Variant copy = *variant;
            copy.id = app::uniqueVariantId(mDocument.project());
            copy.name = app::uniqueVariantName(mDocument.project(), variant->name + QStringLiteral(" (copy)"));
            stack->push(new app::CmdVariantAdd(&mDocument, copy, int(mRandom.bounded(int(mDocument.project().variants.size()) + 1)),
                                               QStringLiteral("copy")));
            return QStringLiteral("copy variant %1").arg(vid);
        }
        if (roll < 86 && mDocument.project().variants.size() > 1) {
            stack->push(new app::CmdVariantRemove(&mDocument, vid));
            return QStringLiteral("remove variant %1").arg(vid);
        }
        if (roll < 92) {
            const QString name = app::uniqueVariantName(mDocument.project(), QStringLiteral("Renamed %1").arg(mRandom.bounded(50)));
            stack->push(new app::CmdVariantRename(&mDocument, vid, name));
            return QStringLiteral("rename variant %1").arg(vid);
        }
        static const char *const kpis[] = {"flow.flow_distance", "line.line_efficiency", "layout.overlaps"};
        const QString kpi = QLatin1String(kpis[mRandom.bounded(3)]);
        stack->push(new app::CmdKpiWeight(&mDocument, kpi, double(mRandom.bounded(4))));
        return QStringLiteral("weight %1").arg(kpi);
    }

private:
    double uniform(double lo, double hi) { return lo + (hi - lo) * mRandom.generateDouble(); }

    QStringList pickItems(const core::Variant &variant, int count)
    {
        QStringList ids;
        for (int i = 0; i < count; ++i)
            ids << variant.items[mRandom.bounded(int(variant.items.size()))].id;
        return ids;
    }

    QString addItem(const core::Variant &variant)
    {
        core::LayoutItem item;
        item.id = app::uniqueItemId(variant, QStringLiteral("P"));
        item.name = QStringLiteral("Random %1").arg(item.id);
        item.type = core::ItemType(mRandom.bounded(10));
        item.xM = uniform(0, variant.floorWidthM);
        item.yM = uniform(0, variant.floorDepthM);
        item.widthM = uniform(0.5, 6);
        item.depthM = uniform(0.5, 6);
        item.rotationDeg = 15.0 * mRandom.bounded(24);
        mDocument.undoStack()->push(new app::CmdItemAdd(&mDocument, variant.id, {item}));
        return QStringLiteral("add %1").arg(item.id);
    }

    QString moveItems(const core::Variant &variant)
    {
        std::vector<app::CmdItemPlace::Change> changes;
        QStringList ids = pickItems(variant, 1 + int(mRandom.bounded(3)));
        ids.removeDuplicates();
        for (const QString &id : ids) {
            app::Placement p = app::Placement::of(*variant.findItem(id));
            p.xM += uniform(-5, 5);
            p.yM += uniform(-5, 5);
            if (mRandom.bounded(3) == 0)
                p.rotationDeg = std::fmod(p.rotationDeg + 15.0, 360.0);
            if (mRandom.bounded(4) == 0)
                p.widthM = uniform(0.3, 8);
            changes.emplace_back(id, p);
        }
        mDocument.undoStack()->push(new app::CmdItemPlace(&mDocument, variant.id, changes));
        return QStringLiteral("move %1").arg(ids.join(QLatin1Char(',')));
    }

    QString editProperty(const core::Variant &variant)
    {
        const QString id = pickItems(variant, 1).first();
        const QString vid = variant.id;
        QUndoStack *stack = mDocument.undoStack();
        switch (mRandom.bounded(7)) {
        case 0:
            stack->push(new app::CmdItemRename(&mDocument, vid, {{id, QStringLiteral("Name %1").arg(mRandom.bounded(1000))}}));
            return QStringLiteral("rename %1").arg(id);
        case 1:
            stack->push(new app::CmdItemRetype(&mDocument, vid, {{id, core::ItemType(mRandom.bounded(10))}}));
            return QStringLiteral("retype %1").arg(id);
        case 2:
            stack->push(new app::CmdItemHeightSet(&mDocument, vid, {{id, uniform(0, 8)}}));
            return QStringLiteral("height %1").arg(id);
        case 3:
            stack->push(new app::CmdItemAutomationSet(&mDocument, vid, {{id, mRandom.generateDouble()}}));
            return QStringLiteral("automation %1").arg(id);
        case 4:
            stack->push(new app::CmdItemPowerSet(&mDocument, vid, {{id, uniform(0, 200)}}));
            return QStringLiteral("power %1").arg(id);
        case 5:
            stack->push(new app::CmdItemClearanceSet(&mDocument, vid, {{id, uniform(0, 2)}}));
            return QStringLiteral("clearance %1").arg(id);
        default:
            stack->push(new app::CmdItemFixedSet(&mDocument, vid, {{id, mRandom.bounded(2) == 1}}));
            return QStringLiteral("fix %1").arg(id);
        }
    }

    /** Task add and delete, precedence added or removed, a task moved to another station. */
    QString editLine(const core::Variant &variant)
    {
        const core::ProductionLine &line = variant.lines[mRandom.bounded(int(variant.lines.size()))];
        const QString vid = variant.id;
        QUndoStack *stack = mDocument.undoStack();
        const int kind = int(mRandom.bounded(5));
        if (kind == 0 || line.tasks.size() < 3) {
            core::Task task;
            task.id = app::lineedits::uniqueTaskId(line);
            task.name = QStringLiteral("Random task %1").arg(task.id);
            task.timeS = uniform(1, 60);
            if (!line.tasks.empty())
                task.predecessors << line.tasks[mRandom.bounded(int(line.tasks.size()))].id;
            stack->push(new app::CmdTaskAdd(&mDocument, vid, line.id, {task}));
            return QStringLiteral("add task %1").arg(task.id);
        }
        const QString a = line.tasks[mRandom.bounded(int(line.tasks.size()))].id;
        const QString b = line.tasks[mRandom.bounded(int(line.tasks.size()))].id;
        if (kind == 1) {
            stack->push(new app::CmdTaskRemove(&mDocument, vid, line.id, {a}));
            return QStringLiteral("delete task %1").arg(a);
        }
        if (kind == 2 && a != b && !app::lineedits::reaches(line, b, a)) {
            // Only arcs that keep the precedence graph acyclic: the GUI validates the same way.
            stack->push(new app::CmdPrecedenceSet(&mDocument, vid, line.id, a, b, true));
            return QStringLiteral("precedence %1 -> %2").arg(a, b);
        }
        const core::Task &task = line.tasks[std::size_t(app::lineedits::taskIndex(line, b))];
        if (kind == 3 && !task.predecessors.isEmpty()) {
            const QString before = task.predecessors[mRandom.bounded(int(task.predecessors.size()))];
            stack->push(new app::CmdPrecedenceSet(&mDocument, vid, line.id, before, b, false));
            return QStringLiteral("remove precedence %1 -> %2").arg(before, b);
        }
        const int station = line.stations.empty() ? -1 : int(mRandom.bounded(int(line.stations.size()) + 1)) - 1;
        stack->push(new app::CmdTaskAssign(&mDocument, vid, line.id, b, station));
        return QStringLiteral("retask %1 to station %2").arg(b).arg(station);
    }

    app::ProjectDocument &mDocument;
    QRandomGenerator mRandom;
};

QString problemsOf(const core::Project &project)
{
    QStringList lines;
    for (const core::ModelProblem &problem : core::validateProject(project))
        lines << problem.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestRandomEdits : public QObject
{
    Q_OBJECT

private slots:
    void randomEditsKeepTheModelValid_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("steps");
        QTest::newRow("seed 20261122") << 20261122u << 2500;
        QTest::newRow("seed 7") << 7u << 2500;
    }

    void randomEditsKeepTheModelValid()
    {
        QFETCH(quint32, seed);
        QFETCH(int, steps);
        const core::Project start = core::makeSampleProject();
        QVERIFY2(problemsOf(start).isEmpty(), qPrintable(problemsOf(start)));
        app::ProjectDocument document;
        document.reset(start, {});
        RandomEditor editor(document, seed);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roundtrip.taktflow"));
        int roundTrips = 0;
        // The model at each undo-stack index, to name the first command whose redo differs.
        std::map<int, core::Project> atIndex;
        for (int i = 0; i < steps; ++i) {
            const QString what = editor.step();
            atIndex[document.undoStack()->index()] = document.project();
            const QString problems = problemsOf(document.project());
            if (!problems.isEmpty())
                QFAIL(qPrintable(QStringLiteral("step %1 (%2) left the model invalid:\n%3").arg(i).arg(what, problems)));
            if (i % 250 == 249) {
                const core::FileResult saved = core::saveProject(document.project(), path);
                QVERIFY2(saved, qPrintable(saved.message));
                const core::LoadedProject opened = core::openProject(path);
                QVERIFY2(opened.result, qPrintable(opened.result.message));
                if (!(*opened.project == document.project()))
                    QFAIL(qPrintable(QStringLiteral("step %1: save -> open changed the model").arg(i)));
                ++roundTrips;
            }
        }
        QCOMPARE(roundTrips, steps / 250);
        QUndoStack *stack = document.undoStack();
        // The run may end after undo steps: the end state is the top of the stack.
        while (stack->canRedo())
            stack->redo();
        const core::Project end = document.project();
        QVERIFY(stack->count() > steps / 2);
        while (stack->canUndo())
            stack->undo();
        QVERIFY2(document.project() == start, "undoing every command did not restore the start");
        while (stack->canRedo()) {
            stack->redo();
            const auto expected = atIndex.find(stack->index());
            if (expected != atIndex.end() && !(expected->second == document.project()))
                QFAIL(qPrintable(QStringLiteral("redo of \"%1\" (command %2) does not give the state it gave first")
                                     .arg(stack->text(stack->index() - 1))
                                     .arg(stack->index())));
        }
        QVERIFY2(document.project() == end, "redoing every command did not reach the end again");
        qInfo("%d steps, %d commands on the stack, %d save/open round trips", steps, int(stack->count()), roundTrips);
    }
};

QTEST_GUILESS_MAIN(TestRandomEdits)
#include "tst_randomedits.moc"
