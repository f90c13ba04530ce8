// SPDX-License-Identifier: GPL-3.0-or-later
// Every command: redo -> undo -> redo against the saved states, and merging of drags.
#include "app/document/commands/cmditemadd.h"
#include "app/document/commands/cmdvariant.h"
#include "app/document/commands/itemproperties.h"
#include "app/document/projectdocument.h"
#include "app/gui/layout/editoperations.h"
#include "app/gui/layout/itemclipboard.h"
#include "app/render/layoutpainter.h"
#include "core/model/sampleproject.h"

#include "tests/app/gui/undotesthelpers.h"

#include <QTest>

using namespace taktflow;
using testhelpers::checkRoundTrip;
using app::CmdItemPlace;
using app::Placement;

class TestCommands : public QObject
{
    Q_OBJECT

private slots:
    void placementEditRoundTrip()
    {
        app::ProjectDocument document;
        document.reset(core::makeSampleProject(), {});
        const core::Variant &v = *document.currentVariant();
        const core::LayoutItem first = v.items[5];
        Placement p = Placement::of(first);
        p.xM += 2.5;
        p.rotationDeg = 45;
        checkRoundTrip(document, new CmdItemPlace(&document, v.id, {{first.id, p}}));
        QCOMPARE(document.currentVariant()->findItem(first.id)->rotationDeg, 45.0);
    }

    void scalarPropertiesRoundTrip()
    {
        app::ProjectDocument document;
        document.reset(core::makeSampleProject(), {});
        const QString vid = document.currentVariantId();
        const QString id = document.currentVariant()->items[5].id; // CNC1, a machine
        checkRoundTrip(document, new app::CmdItemRename(&document, vid, {{id, QStringLiteral("Renamed")}}));
        checkRoundTrip(document, new app::CmdItemRetype(&document, vid, {{id, core::ItemType::Rack}}));
        checkRoundTrip(document, new app::CmdItemHeightSet(&document, vid, {{id, 7.5}}));
        checkRoundTrip(document, new app::CmdItemAutomationSet(&document, vid, {{id, 0.75}}));
        checkRoundTrip(document, new app::CmdItemPowerSet(&document, vid, {{id, 12.0}}));
        checkRoundTrip(document, new app::CmdItemClearanceSet(&document, vid, {{id, 1.25}}));
        checkRoundTrip(document, new app::CmdItemFixedSet(&document, vid, {{id, true}}));
    }

    void unchangedEditIsDropped()
    {
        app::ProjectDocument document;
        document.reset(core::makeSampleProject(), {});
        const core::LayoutItem &item = document.currentVariant()->items[3];
        document.undoStack()->push(new CmdItemPlace(&document, document.currentVariantId(), {{item.id, Placement::of(item)}}));
        QCOMPARE(document.undoStack()->count(), 0);
        QVERIFY(!document.isModified());
    }

    void dragStepsMergeUntilClosed()
    {
        app::ProjectDocument document;
        document.reset(core::makeSampleProject(), {});
        const core::Project before = document.project();
        const QString vid = document.currentVariantId();
        const core::LayoutItem item = document.currentVariant()->items[6];
        Placement p = Placement::of(item);
        for (int step = 1; step <= 10; ++step) {
            p.xM = item.xM + 0.5 * step;
            document.undoStack()->push(new CmdItemPlace(&document, vid, {{item.id, p}}, true));
        }
        document.undoStack()->push(new CmdItemPlace(&document, vid, {{item.id, p}}, false));
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.currentVariant()->findItem(item.id)->xM, item.xM + 5.0);
        // The next drag starts a new command.
        p.xM += 1;
        document.undoStack()->push(new CmdItemPlace(&document, vid, {{item.id, p}}, true));
        document.undoStack()->push(new CmdItemPlace(&document, vid, {{item.id, p}}, false));
        QCOMPARE(document.undoStack()->count(), 2);
        document.undoStack()->undo();
        document.undoStack()->undo();
        QVERIFY(document.project() == before);

        // A drag that ends where it started leaves no command behind.
        Placement back = Placement::of(item);
        Placement away = back;
        away.yM += 3;
        const int count = document.undoStack()->index();
        document.undoStack()->push(new CmdItemPlace(&document, vid, {{item.id, away}}, true));
        document.undoStack()->push(new CmdItemPlace(&document, vid, {{item.id, back}}, true));
        document.undoStack()->push(new CmdItemPlace(&document, vid, {{item.id, back}}, false));
        QCOMPARE(document.undoStack()->index(), count);
        QVERIFY(document.project() == before);
    }

    void addAndRemoveRoundTrip()
    {
        app::ProjectDocument document;
        document.reset(core::makeSampleProject(), {});
        const core::Variant &v = *document.currentVariant();
        core::LayoutItem extra = v.items[2];
        extra.id = app::uniqueItemId(v, QStringLiteral("M"));
        extra.xM += 10;
        checkRoundTrip(document, new app::CmdItemAdd(&document, v.id, {extra}));
        QVERIFY(document.currentVariant()->findItem(extra.id));
        // Removal of items from the middle restores their exact order.
        const QStringList ids{v.items[1].id, v.items[7].id, v.items[3].id};
        checkRoundTrip(document, new app::CmdItemRemove(&document, v.id, ids));
        QVERIFY(!document.currentVariant()->findItem(ids[0]));
    }

    void variantCommandsRoundTrip()
    {
        app::ProjectDocument document;
        document.reset(core::makeSampleProject(), {});
        core::Variant copy = document.project().variants[1];
        copy.id = app::uniqueVariantId(document.project());
        copy.name = QStringLiteral("Copy");
        checkRoundTrip(document, new app::CmdVariantAdd(&document, copy, 2, QStringLiteral("Duplicate")));
        QCOMPARE(document.project().variants.size(), std::size_t(4));
        QCOMPARE(document.currentVariantId(), copy.id);
        checkRoundTrip(document, new app::CmdVariantRename(&document, copy.id, QStringLiteral("Renamed")));
        QCOMPARE(document.project().variants[2].name, QStringLiteral("Renamed"));
        checkRoundTrip(document, new app::CmdVariantRemove(&document, QStringLiteral("V1")));
        QCOMPARE(document.project().variants.size(), std::size_t(3));
    }

    void editOperationsRoundTrip()
    {
        app::ProjectDocument document;
        document.reset(core::makeSampleProject(), {});
        const core::Variant &v = *document.currentVariant();
        QSet<QString> selection;
        for (const auto &item : v.items) {
            if (item.type == core::ItemType::Workstation || item.type == core::ItemType::Machine)
                selection.insert(item.id);
        }
        QVERIFY(selection.size() >= 3);
        document.setSelection(selection);
        const core::Project before = document.project();
        QVERIFY(app::edit::alignSelection(document, app::Alignment::Left));
        const double left = app::render::footprintM(app::edit::selectedItems(document).front()).boundingRect().left();
        for (const auto &item : app::edit::selectedItems(document))
            QVERIFY(std::abs(app::render::footprintM(item).boundingRect().left() - left) < 1e-9);
        QVERIFY(app::edit::distributeSelection(document, Qt::Vertical));
        QVERIFY(app::edit::rotateSelection(document, 15));
        QVERIFY(app::edit::nudgeSelection(document, 0.1, 0));
        const int steps = document.undoStack()->count();
        QCOMPARE(steps, 4);
        for (int i = 0; i < steps; ++i)
            document.undoStack()->undo();
        QVERIFY(document.project() == before);
        QVERIFY(app::edit::deleteSelection(document));
        QVERIFY(document.selection().isEmpty());
        document.undoStack()->undo();
        QVERIFY(document.project() == before);
    }

    void clipboardJsonIsCheckedAndRoundTrips()
    {
        const core::Project sample = core::makeSampleProject();
        const auto &items = sample.variants.front().items;
        const auto back = app::itemsFromJson(app::itemsToJson(items));
        QCOMPARE(back.size(), items.size());
        for (std::size_t i = 0; i < items.size(); ++i)
            QVERIFY(back[i] == items[i]);
        QVERIFY(app::itemsFromJson("garbage").empty());
        QVERIFY(app::itemsFromJson(R"([{"id":"X","type":"machine","width":-1,"depth":1}])").empty());
        QVERIFY(app::itemsFromJson(R"([{"id":"X","type":"spaceship","width":1,"depth":1}])").empty());
        QCOMPARE(app::itemsFromJson(R"([{"id":"X","type":"machine","width":2,"depth":1}])").size(), std::size_t(1));
    }
};

QTEST_MAIN(TestCommands)
#include "tst_commands.moc"
