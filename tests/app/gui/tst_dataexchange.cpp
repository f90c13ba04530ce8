// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 10 from the GUI: CSV import through the column-mapping dialog and export, spreadsheet
// paste into the Items table, DXF outlines as items, JSON export, and the Help menu.
#include "app/document/projectdocument.h"
#include "app/gui/exchange/csvimportdialog.h"
#include "app/gui/exchange/dataexchange.h"
#include "app/gui/exchange/dxfitemsdialog.h"
#include "app/gui/help/shortcutsdialog.h"
#include "app/gui/help/userguidedialog.h"
#include "app/gui/itemtableview.h"
#include "app/gui/mainactions.h"
#include "app/gui/mainwindow.h"
#include "app/io/dxfoutlines.h"
#include "core/io/csvreader.h"
#include "core/io/tablecsv.h"
#include "core/model/sampleproject.h"
#include "tests/app/gui/mainwindowaccess.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

using namespace taktflow;
using app::CsvKind;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(TAKTFLOW_TEST_DATA "/") + name;
}

QPushButton *importButton(app::CsvImportDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

const core::LayoutItem *findItem(const app::ProjectDocument &document, const QString &id)
{
    return document.currentVariant()->findItem(id);
}

} // namespace

class TestDataExchange : public QObject
{
    Q_OBJECT

private slots:
    void init() { mDocument.reset(core::makeSampleProject(), {}); }

    void csvTasksThroughTheMappingDialog()
    {
        QWidget parent;
        app::DataExchange exchange(&mDocument, &parent);
        const core::Variant before = *mDocument.currentVariant();
        app::CsvImportDialog *dialog = exchange.createCsvImportDialog(CsvKind::Tasks);
        QVERIFY(dialog->loadFile(data(QStringLiteral("csv/tasks-de.csv"))));

        // The separator and the German headers are recognised on their own.
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("separator"))->currentText(),
                 QStringLiteral("Semicolon ( ; )"));
        QCOMPARE(dialog->columnBox(QStringLiteral("id"))->currentText(), QStringLiteral("Nr."));
        QCOMPARE(dialog->columnBox(QStringLiteral("time_s"))->currentText(), QStringLiteral("Zeit [s]"));
        QCOMPARE(dialog->columnBox(QStringLiteral("predecessors"))->currentText(), QStringLiteral("Vorgänger"));
        auto *preview = dialog->findChild<QTableWidget *>(QStringLiteral("preview"));
        QCOMPARE(preview->columnCount(), 5);
        QCOMPARE(preview->rowCount(), 3);
        QCOMPARE(preview->item(2, 1)->text(), QStringLiteral("Prüfen; dokumentieren"));

        // A required field left out disables Import.
        QComboBox *timeBox = dialog->columnBox(QStringLiteral("time_s"));
        timeBox->setCurrentIndex(0);
        QVERIFY(!importButton(dialog)->isEnabled());
        timeBox->setCurrentIndex(timeBox->findText(QStringLiteral("Zeit [s]")));
        QVERIFY(importButton(dialog)->isEnabled());

        // Without the decimal comma the import is refused with file:line and nothing changes.
        dialog->setReplaceExisting(true);
        QTest::mouseClick(importButton(dialog), Qt::LeftButton);
        QVERIFY(dialog->result() != QDialog::Accepted);
        QVERIFY2(dialog->shownErrors().value(0).startsWith(QStringLiteral("tasks-de.csv:2: time_s '12,5'")),
                 qPrintable(dialog->shownErrors().join(QLatin1Char('\n'))));
        QVERIFY(*mDocument.currentVariant() == before);

        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // The box stretches across the form; its indicator and text are at the left.
        auto *decimalComma = dialog->findChild<QCheckBox *>(QStringLiteral("decimalComma"));
        QTest::mouseClick(decimalComma, Qt::LeftButton, {}, QPoint(8, decimalComma->height() / 2));
        QVERIFY(dialog->options().decimalComma);
        const int commands = mDocument.undoStack()->count();
        QTest::mouseClick(importButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(mDocument.undoStack()->count(), commands + 1);

        const std::vector<core::Task> &tasks = mDocument.currentVariant()->lines.front().tasks;
        QCOMPARE(tasks.size(), std::size_t(3));
        QCOMPARE(tasks[0].id, QStringLiteral("A"));
        QCOMPARE(tasks[0].name, QStringLiteral("Rahmen einlegen"));
        QCOMPARE(tasks[0].timeS, 12.5);
        QCOMPARE(tasks[1].timeS, 1020.25);
        QCOMPARE(tasks[1].predecessors, QStringList{QStringLiteral("A")});
        QCOMPARE(tasks[2].name, QStringLiteral("Prüfen; dokumentieren"));
        QVERIFY(mDocument.currentVariant()->lines.front().stations.empty());
        const core::Variant imported = *mDocument.currentVariant();

        // One undo step restores the variant exactly; redo brings the import back.
        mDocument.undoStack()->undo();
        QVERIFY(*mDocument.currentVariant() == before);
        mDocument.undoStack()->redo();
        QVERIFY(*mDocument.currentVariant() == imported);

        // Export, then import the export through the dialog again (Taktflow's own headers):
        // the tasks come back unchanged.
        QTemporaryDir dir;
        const QString exported = dir.filePath(QStringLiteral("tasks.csv"));
        QCOMPARE(exchange.exportCsvTo(CsvKind::Tasks, exported), QString());
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0),
                 QStringLiteral("id,name,time_s,predecessors,automated,automated_time_s,resource,fixed_station"));
        QCOMPARE(lines.value(2), QStringLiteral("B,Schrauben setzen,1020.25,A,0,,,"));
        QCOMPARE(lines.value(3), QStringLiteral("C,Prüfen; dokumentieren,7,A,0,,,"));

        mDocument.undoStack()->undo();
        app::CsvImportDialog *again = exchange.createCsvImportDialog(CsvKind::Tasks);
        QVERIFY(again->loadFile(exported));
        QCOMPARE(again->findChild<QComboBox *>(QStringLiteral("separator"))->currentText(),
                 QStringLiteral("Comma ( , )"));
        for (const QString &field : app::CsvImportDialog::fields(CsvKind::Tasks))
            QCOMPARE(again->columnBox(field)->currentText(), field);
        again->setReplaceExisting(true);
        QTest::mouseClick(importButton(again), Qt::LeftButton);
        QCOMPARE(again->result(), int(QDialog::Accepted));
        QVERIFY(mDocument.currentVariant()->lines.front().tasks == imported.lines.front().tasks);
    }

    void badRowsAreListedAndNothingIsImported()
    {
        QWidget parent;
        app::DataExchange exchange(&mDocument, &parent);
        const core::Project before = mDocument.project();
        app::CsvImportDialog *dialog = exchange.createCsvImportDialog(CsvKind::Tasks);
        QVERIFY(dialog->loadFile(data(QStringLiteral("csv/tasks-bad.csv"))));
        dialog->setDecimalComma(true);
        QTest::mouseClick(importButton(dialog), Qt::LeftButton);
        const QStringList errors = dialog->shownErrors();
        QVERIFY2(
            errors.contains(QStringLiteral("tasks-bad.csv:3: time_s 'zwölf' is not a number with a decimal comma")),
            qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY2(errors.contains(QStringLiteral("tasks-bad.csv:4: predecessor 'X' of task 'C' does not exist")),
                 qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY(dialog->findChild<QListWidget *>(QStringLiteral("errors"))->isVisibleTo(dialog));
        QVERIFY(mDocument.project() == before);
        QCOMPARE(mDocument.undoStack()->count(), 0);
        delete dialog;
    }

    void csvItemsWithOtherHeadersUpdateById()
    {
        QWidget parent;
        app::DataExchange exchange(&mDocument, &parent);
        const std::size_t count = mDocument.currentVariant()->items.size();
        app::CsvImportDialog *dialog = exchange.createCsvImportDialog(CsvKind::Items);
        QVERIFY(dialog->loadFile(data(QStringLiteral("csv/items-en.csv"))));
        QCOMPARE(dialog->columnBox(QStringLiteral("x_m"))->currentText(), QStringLiteral("Pos X (m)"));
        QCOMPARE(dialog->columnBox(QStringLiteral("depth_m"))->currentText(), QStringLiteral("Length (m)"));
        QCOMPARE(dialog->columnBox(QStringLiteral("rotation_deg"))->currentText(), QStringLiteral("Angle"));
        // "Item" is no name we know: the user picks it, and only then may the import run.
        QCOMPARE(dialog->columnBox(QStringLiteral("id"))->currentIndex(), 0);
        QVERIFY(!importButton(dialog)->isEnabled());
        dialog->setColumn(QStringLiteral("id"), QStringLiteral("Item"));
        QVERIFY(importButton(dialog)->isEnabled());
        QVERIFY(!dialog->replaceExisting()); // update by id is the default for items
        QTest::mouseClick(importButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));

        QCOMPARE(mDocument.currentVariant()->items.size(), count + 2);
        const core::LayoutItem *press = findItem(mDocument, QStringLiteral("P1"));
        QVERIFY(press);
        QCOMPARE(press->type, core::ItemType::Machine);
        QCOMPARE(press->xM, 10.0);
        QCOMPARE(press->yM, 5.0);
        QCOMPARE(press->widthM, 4.0);
        QCOMPARE(press->depthM, 2.0);
        QCOMPARE(press->rotationDeg, 90.0);
        QCOMPARE(press->powerKw, 15.5);
        QCOMPARE(findItem(mDocument, QStringLiteral("W9"))->widthM, 1.6);
    }

    void pasteRowsIntoTheItemsTable()
    {
        app::ItemTableView table(&mDocument);
        const core::LayoutItem original = mDocument.currentVariant()->items.front();
        const std::size_t count = mDocument.currentVariant()->items.size();

        // Rows in the table's own column order (no header): one update, one new item.
        const QString rows = original.id + QStringLiteral("\tRenamed\tmachine\t3.5\t4.25\t2\t1\t0\t50\t7.5\n") +
                             QStringLiteral("NEW1\tNew bench\tWorkstation\t30\t12\t1.2\t0.8\t90\t0\t0\n");
        QCOMPARE(table.pasteText(rows), QStringList());
        QCOMPARE(mDocument.undoStack()->count(), 1);
        QCOMPARE(mDocument.currentVariant()->items.size(), count + 1);
        const core::LayoutItem *updated = findItem(mDocument, original.id);
        QCOMPARE(updated->name, QStringLiteral("Renamed"));
        QCOMPARE(updated->xM, 3.5);
        QCOMPARE(updated->yM, 4.25);
        QCOMPARE(updated->automationLevel, 0.5); // the table shows per cent
        QCOMPARE(updated->powerKw, 7.5);
        QCOMPARE(updated->heightM, original.heightM); // not pasted: kept
        const core::LayoutItem *added = findItem(mDocument, QStringLiteral("NEW1"));
        QCOMPARE(added->type, core::ItemType::Workstation);
        QCOMPARE(added->rotationDeg, 90.0);
        mDocument.undoStack()->undo();
        QVERIFY(*findItem(mDocument, original.id) == original);
        QVERIFY(!findItem(mDocument, QStringLiteral("NEW1")));

        // A header row names the columns; an update may carry only some of them.
        QCOMPARE(table.pasteText(QStringLiteral("Id\tX (m)\n") + original.id + QStringLiteral("\t9\n")), QStringList());
        QCOMPARE(findItem(mDocument, original.id)->xM, 9.0);
        QCOMPARE(findItem(mDocument, original.id)->yM, original.yM);

        // A bad cell refuses the whole paste with its row and reason.
        const core::Variant before = *mDocument.currentVariant();
        const QStringList problems =
            table.pasteText(QStringLiteral("NEW2\tA\tmachine\t1\t1\t1\t1\nNEW3\tB\tmachine\tabc\t1\t1\t1\n"));
        QCOMPARE(problems, QStringList{QStringLiteral("clipboard row 2: x_m 'abc' is not a number")});
        const QStringList missing = table.pasteText(QStringLiteral("NEW4\tOnly a name\n"));
        QVERIFY2(missing.value(0).startsWith(QStringLiteral("clipboard row 1: new item 'NEW4' needs a value for type")),
                 qPrintable(missing.join(QLatin1Char('\n'))));
        QVERIFY(*mDocument.currentVariant() == before);
    }

    void ctrlVInTheItemsTablePastesSpreadsheetRows()
    {
        app::MainWindow window(&mDocument);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        const std::size_t count = mDocument.currentVariant()->items.size();
        QApplication::clipboard()->setText(QStringLiteral("id\tname\ttype\tx_m\ty_m\twidth_m\tdepth_m\n"
                                                          "CB1\tClipboard press\tmachine\t5\t6\t2\t2\n"));
        parts(window).itemTable()->setFocus();
        QTRY_VERIFY(parts(window).itemTable()->hasFocus());
        QTest::keyClick(parts(window).itemTable(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(mDocument.currentVariant()->items.size(), count + 1);
        QVERIFY(findItem(mDocument, QStringLiteral("CB1")));
        QCOMPARE(parts(window).itemTable()->model()->rowCount(), int(count + 1));
    }

    void dxfOutlinesBecomeItems()
    {
        const app::io::DxfOutlines drawing = app::io::readDxfOutlines(data(QStringLiteral("dxf/items-mm.dxf")));
        QVERIFY2(drawing.ok(), qPrintable(drawing.error));
        QCOMPARE(drawing.layers, (QStringList{QStringLiteral("BENCHES"), QStringLiteral("MACHINES")}));
        QCOMPARE(drawing.outlines.size(), std::size_t(3));
        QCOMPARE(drawing.openPolylines, 1);
        QCOMPARE(drawing.declaredMetresPerUnit, std::optional<double>(0.001));

        app::DxfItemsDialog dialog(drawing, QStringLiteral("items-mm.dxf"));
        // MACHINES suggests its type, BENCHES does not; the user ticks it as workstations.
        core::io::OutlineImportOptions options = dialog.options();
        QCOMPARE(options.layerTypes.keys(), QStringList{QStringLiteral("MACHINES")});
        QCOMPARE(options.metresPerUnit, 0.001);
        dialog.setLayer(QStringLiteral("BENCHES"), true, core::ItemType::Workstation);
        options = dialog.options();
        QCOMPARE(options.layerTypes.value(QStringLiteral("BENCHES")), core::ItemType::Workstation);

        QWidget parent;
        app::DataExchange exchange(&mDocument, &parent);
        const core::Variant before = *mDocument.currentVariant();
        QCOMPARE(exchange.importDxfItems(data(QStringLiteral("dxf/items-mm.dxf")), options), QStringList());
        QCOMPARE(mDocument.currentVariant()->items.size(), before.items.size() + 3);
        const core::LayoutItem *press = findItem(mDocument, QStringLiteral("DXF1"));
        QVERIFY(press);
        QCOMPARE(press->type, core::ItemType::Machine);
        QCOMPARE(press->xM, 12.0);
        QCOMPARE(press->yM, 6.0);
        QCOMPARE(press->widthM, 4.0);
        QCOMPARE(press->depthM, 2.0);
        const core::LayoutItem *turned = findItem(mDocument, QStringLiteral("DXF2"));
        QCOMPARE(turned->xM, 19.5);
        QCOMPARE(turned->yM, 1.5);
        QCOMPARE(turned->rotationDeg, 90.0);
        QCOMPARE(turned->widthM, 3.0);
        const core::LayoutItem *bench = findItem(mDocument, QStringLiteral("DXF3"));
        QCOMPARE(bench->type, core::ItemType::Workstation);
        QCOMPARE(bench->outlineM.size(), std::size_t(6));
        QCOMPARE(bench->xM, 1.5);
        QCOMPARE(bench->depthM, 2.0);
        QCOMPARE(mDocument.selection().size(), qsizetype(3));
        mDocument.undoStack()->undo();
        QVERIFY(*mDocument.currentVariant() == before);

        const QStringList broken = exchange.importDxfItems(data(QStringLiteral("dxf/broken.dxf")), options);
        QCOMPARE(broken, QStringList{QStringLiteral(
                             "broken.dxf is damaged: a polyline has a coordinate that is not a finite number")});
        const QStringList notDxf = exchange.importDxfItems(data(QStringLiteral("csv/tasks-de.csv")), options);
        QCOMPARE(notDxf, QStringList{QStringLiteral(
                             "tasks-de.csv is not an ASCII DXF drawing (binary DXF and DWG are not read)")});
        QVERIFY(*mDocument.currentVariant() == before);
    }

    void projectJsonFromTheGui()
    {
        QWidget parent;
        app::DataExchange exchange(&mDocument, &parent);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plant.json"));
        QCOMPARE(exchange.exportJsonTo(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("taktflow-project"));
        const QJsonArray variants = root.value(QStringLiteral("variants")).toArray();
        QCOMPARE(variants.size(), qsizetype(mDocument.project().variants.size()));
        QCOMPARE(variants.at(0)[QStringLiteral("items")].toArray().size(),
                 qsizetype(mDocument.project().variants.front().items.size()));
        QCOMPARE(exchange.exportJsonTo(dir.filePath(QStringLiteral("missing/folder/x.json"))).isEmpty(), false);
    }

    void helpMenuShowsGuideAndShortcuts()
    {
        app::MainWindow window(&mDocument);
        QVERIFY(!app::UserGuideDialog::guidePath().isEmpty());
        app::UserGuideDialog guide(&window);
        const QString text = guide.browser()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Taktflow user guide")), qPrintable(text.left(200)));
        QVERIFY(text.contains(QStringLiteral("Import")));
        // The screenshots of the workspaces are in, shown at a readable width, and found on disk.
        int images = 0;
        for (QTextBlock block = guide.browser()->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (!format.isImageFormat())
                    continue;
                ++images;
                QCOMPARE(format.toImageFormat().width(), 720.0);
                const QString name = format.toImageFormat().name();
                QVERIFY2(name.startsWith(QStringLiteral("screenshots/")), qPrintable(name));
            }
        }
        QCOMPARE(images, 7); // layout, line, simulation, over time, animation, 3d, compare
        QVERIFY(QFile::exists(
            QFileInfo(app::UserGuideDialog::guidePath()).dir().filePath(QStringLiteral("screenshots/layout.png"))));

        app::ShortcutsDialog shortcuts(&window);
        QTableWidget *table = shortcuts.table();
        bool save = false;
        bool nudge = false;
        for (int r = 0; r < table->rowCount(); ++r) {
            save = save ||
                   (table->item(r, 1)->text() == QStringLiteral("Save") &&
                    table->item(r, 2)->text() == QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText));
            nudge = nudge || table->item(r, 2)->text() == QStringLiteral("Shift+Left");
        }
        QVERIFY(save);
        QVERIFY(nudge);
        for (const char *name : {"help.userGuide", "help.shortcuts", "help.about", "help.aboutQt", "file.exportJson",
                                 "file.importTasksCsv", "file.importDxfItems"})
            QVERIFY2(parts(window).actions()->action(QString::fromLatin1(name)), name);
    }

private:
    app::ProjectDocument mDocument;
};

QTEST_MAIN(TestDataExchange)
#include "tst_dataexchange.moc"
