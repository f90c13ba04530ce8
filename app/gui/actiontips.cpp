// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/actiontips.h"

#include <QAction>
#include <QCoreApplication>

namespace taktflow::app {

namespace {

struct Tip {
    const char *name;
    const char *tip;
};

// One sentence per action: what it does and what it acts on.
constexpr Tip kTips[] = {
    {"file.new", QT_TRANSLATE_NOOP("ActionTips", "Start a new, empty project")},
    {"file.open", QT_TRANSLATE_NOOP("ActionTips", "Open a .taktflow project file")},
    {"file.save", QT_TRANSLATE_NOOP("ActionTips", "Save the project to its file")},
    {"file.saveAs", QT_TRANSLATE_NOOP("ActionTips", "Save the project to a new file")},
    {"file.importBackground",
     QT_TRANSLATE_NOOP("ActionTips", "Show a DXF drawing or an image under the layout as a background plan")},
    {"file.importTasksCsv",
     QT_TRANSLATE_NOOP("ActionTips",
                       "Read tasks from a CSV file into the current variant's first line, mapping its columns")},
    {"file.importItemsCsv",
     QT_TRANSLATE_NOOP("ActionTips",
                       "Read layout items from a CSV file into the current variant, mapping its columns")},
    {"file.importFlowsCsv",
     QT_TRANSLATE_NOOP("ActionTips",
                       "Read material flows from a CSV file into the current variant, mapping its columns")},
    {"file.importDxfItems",
     QT_TRANSLATE_NOOP("ActionTips", "Add closed polylines of chosen DXF layers as layout items")},
    {"file.exportTasksCsv", QT_TRANSLATE_NOOP("ActionTips", "Write the current variant's tasks to a CSV file")},
    {"file.exportItemsCsv", QT_TRANSLATE_NOOP("ActionTips", "Write the current variant's layout items to a CSV file")},
    {"file.exportFlowsCsv",
     QT_TRANSLATE_NOOP("ActionTips", "Write the current variant's material flows to a CSV file")},
    {"file.exportJson", QT_TRANSLATE_NOOP("ActionTips", "Write the whole project as JSON for other tools")},
    {"file.exportView", QT_TRANSLATE_NOOP("ActionTips", "Save the visible part of the layout as PNG, SVG or PDF")},
    {"file.exportDrawing", QT_TRANSLATE_NOOP("ActionTips", "Save the whole floor of the current variant as a drawing")},
    {"file.print", QT_TRANSLATE_NOOP("ActionTips", "Print the layout view")},
    {"file.exportDxf", QT_TRANSLATE_NOOP("ActionTips", "Save the current variant's layout as a DXF drawing for CAD")},
    {"file.reportPreview", QT_TRANSLATE_NOOP("ActionTips", "Show and print the report of the current variant")},
    {"file.reportPreviewAll", QT_TRANSLATE_NOOP("ActionTips", "Show and print the report comparing all variants")},
    {"file.exportReport", QT_TRANSLATE_NOOP("ActionTips", "Write the report of the current variant as PDF")},
    {"file.exportReportAll", QT_TRANSLATE_NOOP("ActionTips", "Write the report of all variants as PDF")},
    {"file.autosaveInterval",
     QT_TRANSLATE_NOOP("ActionTips", "How often unsaved changes are written to a recovery file beside the project")},
    {"file.quit", QT_TRANSLATE_NOOP("ActionTips", "Close Taktflow")},
    {"edit.undo", QT_TRANSLATE_NOOP("ActionTips", "Take back the last change")},
    {"edit.redo", QT_TRANSLATE_NOOP("ActionTips", "Do the change taken back again")},
    {"edit.cut", QT_TRANSLATE_NOOP("ActionTips", "Copy the selected items to the clipboard and remove them")},
    {"edit.copy", QT_TRANSLATE_NOOP("ActionTips", "Copy the selected items to the clipboard")},
    {"edit.paste",
     QT_TRANSLATE_NOOP("ActionTips", "Paste items from the clipboard (spreadsheet rows into the Items table)")},
    {"edit.delete", QT_TRANSLATE_NOOP("ActionTips", "Remove the selected items")},
    {"edit.preferences", QT_TRANSLATE_NOOP("ActionTips", "Choose the language of Taktflow")},
    {"edit.selectAll", QT_TRANSLATE_NOOP("ActionTips", "Select every item of the current variant")},
    {"view.zoomIn", QT_TRANSLATE_NOOP("ActionTips", "Show the layout larger")},
    {"view.zoomOut", QT_TRANSLATE_NOOP("ActionTips", "Show more of the layout")},
    {"view.fit", QT_TRANSLATE_NOOP("ActionTips", "Zoom so the whole layout fits the view")},
    {"view.grid", QT_TRANSLATE_NOOP("ActionTips", "Show or hide the metre grid")},
    {"view.background",
     QT_TRANSLATE_NOOP("ActionTips", "Show the background plan behind the items, also in exported drawings and reports")},
    {"view.flows", QT_TRANSLATE_NOOP("ActionTips", "Show material flows as arrows as thick as their volume")},
    {"view.bottleneck",
     QT_TRANSLATE_NOOP("ActionTips", "Mark the bottleneck station of each line's last simulation run on the floor")},
    {"view.automationColours",
     QT_TRANSLATE_NOOP("ActionTips", "Colour items by their automation level instead of their type")},
    {"view.snapGrid", QT_TRANSLATE_NOOP("ActionTips", "Moved items snap to the grid")},
    {"view.snapEdges", QT_TRANSLATE_NOOP("ActionTips", "Moved items snap to other items' edges")},
    {"arrange.rotateLeft", QT_TRANSLATE_NOOP("ActionTips", "Turn the selected items 15° counter-clockwise")},
    {"arrange.rotateRight", QT_TRANSLATE_NOOP("ActionTips", "Turn the selected items 15° clockwise")},
    {"arrange.alignLeft", QT_TRANSLATE_NOOP("ActionTips", "Line the selected items up on their left edges")},
    {"arrange.alignHCentre", QT_TRANSLATE_NOOP("ActionTips", "Line the selected items up on their horizontal centres")},
    {"arrange.alignRight", QT_TRANSLATE_NOOP("ActionTips", "Line the selected items up on their right edges")},
    {"arrange.alignTop", QT_TRANSLATE_NOOP("ActionTips", "Line the selected items up on their top edges")},
    {"arrange.alignVCentre", QT_TRANSLATE_NOOP("ActionTips", "Line the selected items up on their vertical centres")},
    {"arrange.alignBottom", QT_TRANSLATE_NOOP("ActionTips", "Line the selected items up on their bottom edges")},
    {"arrange.distributeH",
     QT_TRANSLATE_NOOP("ActionTips", "Space three or more selected items evenly from left to right")},
    {"arrange.distributeV",
     QT_TRANSLATE_NOOP("ActionTips", "Space three or more selected items evenly from bottom to top")},
    {"layout.optimise",
     QT_TRANSLATE_NOOP("ActionTips", "Shorten the heaviest flows by moving items; the result is a new variant")},
    {"layout.suggestArrangement",
     QT_TRANSLATE_NOOP("ActionTips", "Search which movable item goes to which place for the lowest flow cost, in the background")},
    {"layout.calibrate",
     QT_TRANSLATE_NOOP("ActionTips", "Scale the background plan by picking two points a known distance apart")},
    {"layout.lockBackground",
     QT_TRANSLATE_NOOP("ActionTips", "Keep the background plan from moving when you drag on the floor")},
    {"layout.backgroundOpacity", QT_TRANSLATE_NOOP("ActionTips", "Make the background plan fainter or stronger")},
    {"layout.clearBackground", QT_TRANSLATE_NOOP("ActionTips", "Remove the background plan")},
    {"help.userGuide", QT_TRANSLATE_NOOP("ActionTips", "Read the user guide: every workspace step by step")},
    {"help.shortcuts", QT_TRANSLATE_NOOP("ActionTips", "List every keyboard shortcut")},
    {"help.about", QT_TRANSLATE_NOOP("ActionTips", "Version and purpose of Taktflow")},
    {"help.aboutQt", QT_TRANSLATE_NOOP("ActionTips", "Version and licence of the Qt toolkit")},
};

QString plainText(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    if (text.endsWith(QLatin1String("...")))
        text.chop(3);
    return text;
}

} // namespace

QString actionStatusTip(const QString &name)
{
    for (const Tip &tip : kTips) {
        if (name == QLatin1String(tip.name))
            return QCoreApplication::translate("ActionTips", tip.tip);
    }
    return {};
}

void applyActionTips(const QHash<QString, QAction *> &actions)
{
    for (auto it = actions.begin(); it != actions.end(); ++it) {
        QAction *action = it.value();
        if (action->statusTip().isEmpty())
            action->setStatusTip(actionStatusTip(it.key()));
        // Undo/redo rename themselves after each command, so their tool tip follows the stack.
        if (it.key() == QLatin1String("edit.undo") || it.key() == QLatin1String("edit.redo"))
            continue;
        const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
        action->setToolTip(shortcut.isEmpty() ? plainText(action->text())
                                              : QStringLiteral("%1 (%2)").arg(plainText(action->text()), shortcut));
    }
}

} // namespace taktflow::app
