// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/exchange/dataexchange.h"

#include "app/document/commands/cmditemadd.h"
#include "app/document/commands/cmdvariantimport.h"
#include "app/document/projectdocument.h"
#include "app/gui/exchange/dxfitemsdialog.h"
#include "app/io/dxfoutlines.h"
#include "core/io/mergebyid.h"
#include "core/io/projectjson.h"
#include "core/model/validation.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>

namespace taktflow::app {

namespace {

const QString kLastFolderKey = QStringLiteral("exchange/lastFolder");

QString lastFolder()
{
    return QSettings().value(kLastFolderKey).toString();
}

void rememberFolder(const QString &path)
{
    QSettings().setValue(kLastFolderKey, QFileInfo(path).absolutePath());
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return DataExchange::tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

core::ProductionLine &firstLine(core::Variant &variant)
{
    if (variant.lines.empty()) {
        core::ProductionLine line;
        line.id = QStringLiteral("L1");
        line.name = DataExchange::tr("Line 1");
        variant.lines.push_back(line);
    }
    return variant.lines.front();
}

QStringList itemIds(const core::Variant &variant)
{
    QStringList ids;
    for (const auto &item : variant.items)
        ids << item.id;
    return ids;
}

} // namespace

DataExchange::DataExchange(ProjectDocument *document, QWidget *dialogParent)
    : QObject(dialogParent)
    , mDocument(document)
    , mParent(dialogParent)
{
}

CsvImportDialog *DataExchange::createCsvImportDialog(CsvKind kind)
{
    auto *dialog = new CsvImportDialog(
        kind, [this](const CsvImportDialog &d) { return applyCsvImport(d); }, mParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

void DataExchange::importCsvDialog(CsvKind kind)
{
    const QString path = QFileDialog::getOpenFileName(mParent, tr("Import CSV"), lastFolder(),
                                                      tr("CSV and text files (*.csv *.txt *.tsv);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    CsvImportDialog *dialog = createCsvImportDialog(kind);
    dialog->loadFile(path);
    dialog->open();
}

QStringList DataExchange::applyCsvImport(const CsvImportDialog &dialog)
{
    const core::Variant *current = mDocument->currentVariant();
    if (!current)
        return {tr("There is no variant to import into.")};
    core::Variant variant = *current;
    const QString source = QFileInfo(dialog.filePath()).fileName();
    const core::io::ImportOptions options = dialog.options();
    const bool replace = dialog.replaceExisting();
    core::io::ImportReport report;
    QString undoText;
    switch (dialog.kind()) {
    case CsvKind::Tasks: {
        std::vector<core::Task> tasks;
        report = core::io::importTasks(dialog.table(), source, tasks, options);
        if (!report.ok())
            break;
        core::ProductionLine &line = firstLine(variant);
        if (replace)
            line.tasks = std::move(tasks);
        else
            core::io::mergeById(line.tasks, tasks);
        // The assignment names tasks by id; new or changed tasks make it stale.
        line.stations.clear();
        undoText = tr("Import tasks from %1").arg(source);
        break;
    }
    case CsvKind::Items: {
        std::vector<core::LayoutItem> items;
        report = core::io::importItems(dialog.table(), source, items, options);
        if (!report.ok())
            break;
        if (replace)
            variant.items = std::move(items);
        else
            core::io::mergeById(variant.items, items);
        undoText = tr("Import items from %1").arg(source);
        break;
    }
    case CsvKind::Flows: {
        std::vector<core::MaterialFlow> flows;
        report = core::io::importFlows(dialog.table(), source, itemIds(variant), flows, options);
        if (!report.ok())
            break;
        if (replace)
            variant.flows = std::move(flows);
        else
            variant.flows.insert(variant.flows.end(), flows.begin(), flows.end());
        undoText = tr("Import flows from %1").arg(source);
        break;
    }
    }
    if (!report.ok())
        return report.errors;
    const QStringList problems = commit(std::move(variant), undoText);
    if (problems.isEmpty() && !report.warnings.isEmpty())
        emit message(report.warnings.join(QStringLiteral("; ")));
    return problems;
}

QStringList DataExchange::commit(core::Variant variant, const QString &undoText)
{
    core::Project check = mDocument->project();
    if (core::Variant *slot = check.findVariant(variant.id))
        *slot = variant;
    QStringList problems;
    for (const auto &problem : core::validateVariant(variant, check))
        problems << problem.toString();
    if (!problems.isEmpty())
        return problems;
    mDocument->undoStack()->push(new CmdVariantImport(mDocument, std::move(variant), undoText));
    emit message(undoText);
    return {};
}

void DataExchange::exportCsvDialog(CsvKind kind)
{
    const QString suggested = kind == CsvKind::Tasks   ? QStringLiteral("tasks.csv")
                              : kind == CsvKind::Items ? QStringLiteral("items.csv")
                                                       : QStringLiteral("flows.csv");
    QString path = QFileDialog::getSaveFileName(mParent, tr("Export CSV"),
                                                QFileInfo(lastFolder(), suggested).filePath(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QLatin1String(".csv");
    rememberFolder(path);
    const QString error = exportCsvTo(kind, path);
    if (!error.isEmpty())
        QMessageBox::warning(mParent, tr("Cannot export"), error);
    else
        emit message(tr("Wrote %1").arg(path));
}

QString DataExchange::exportCsvTo(CsvKind kind, const QString &path)
{
    const core::Variant *variant = mDocument->currentVariant();
    if (!variant)
        return tr("There is no variant to export.");
    QString text;
    switch (kind) {
    case CsvKind::Tasks:
        text = core::io::exportTasks(variant->lines.empty() ? std::vector<core::Task>{} : variant->lines.front().tasks);
        break;
    case CsvKind::Items: text = core::io::exportItems(variant->items); break;
    case CsvKind::Flows: text = core::io::exportFlows(variant->flows); break;
    }
    return writeFile(path, text.toUtf8());
}

void DataExchange::exportJsonDialog()
{
    const QString base = QFileInfo(mDocument->filePath()).completeBaseName();
    QString path = QFileDialog::getSaveFileName(
        mParent, tr("Export project as JSON"),
        QFileInfo(lastFolder(), (base.isEmpty() ? QStringLiteral("project") : base) + QStringLiteral(".json"))
            .filePath(),
        tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        path += QLatin1String(".json");
    rememberFolder(path);
    const QString error = exportJsonTo(path);
    if (!error.isEmpty())
        QMessageBox::warning(mParent, tr("Cannot export"), error);
    else
        emit message(tr("Wrote %1").arg(path));
}

QString DataExchange::exportJsonTo(const QString &path)
{
    return writeFile(path, core::io::projectToJsonText(mDocument->project()));
}

void DataExchange::importDxfItemsDialog()
{
    const QString path = QFileDialog::getOpenFileName(mParent, tr("Import layout items from DXF"), lastFolder(),
                                                      tr("DXF drawings (*.dxf);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    const io::DxfOutlines drawing = io::readDxfOutlines(path);
    if (!drawing.ok()) {
        QMessageBox::warning(mParent, tr("Cannot import"), drawing.error);
        return;
    }
    DxfItemsDialog dialog(drawing, QFileInfo(path).fileName(), mParent);
    while (dialog.exec() == QDialog::Accepted) {
        const QStringList problems = importDxfItems(path, dialog.options());
        if (problems.isEmpty())
            return;
        QMessageBox::warning(mParent, tr("Cannot import"), problems.mid(0, 20).join(QLatin1Char('\n')));
    }
}

QStringList DataExchange::importDxfItems(const QString &path, const core::io::OutlineImportOptions &options)
{
    const core::Variant *variant = mDocument->currentVariant();
    if (!variant)
        return {tr("There is no variant to import into.")};
    if (options.layerTypes.isEmpty())
        return {tr("Tick at least one layer to import.")};
    const io::DxfOutlines drawing = io::readDxfOutlines(path);
    if (!drawing.ok())
        return {drawing.error};
    std::vector<core::LayoutItem> items;
    const core::io::ImportReport report =
        core::io::itemsFromOutlines(drawing.outlines, options, itemIds(*variant), QFileInfo(path).fileName(), items);
    if (!report.ok())
        return report.errors;
    const QString text = tr("Import %n item(s) from %1", nullptr, int(items.size())).arg(QFileInfo(path).fileName());
    QStringList ids;
    for (const auto &item : items)
        ids << item.id;
    mDocument->undoStack()->push(new CmdItemAdd(mDocument, variant->id, std::move(items), text));
    mDocument->setSelection(QSet<QString>(ids.begin(), ids.end()));
    emit message(text);
    return {};
}

} // namespace taktflow::app
