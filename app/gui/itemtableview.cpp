// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/itemtableview.h"

#include "app/document/commands/cmdvariantimport.h"
#include "app/document/projectdocument.h"
#include "app/gui/exchange/itempaste.h"
#include "app/gui/layout/itemclipboard.h"
#include "core/model/validation.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>

namespace taktflow::app {

namespace {

bool clipboardHasRows()
{
    const QMimeData *data = QApplication::clipboard()->mimeData();
    // Layout items copied in the editor also carry plain text (their names); those go the
    // editor's way, through Edit > Paste.
    return data && data->hasText() && !data->hasFormat(itemsMimeType());
}

} // namespace

ItemTableView::ItemTableView(ProjectDocument *document, QWidget *parent)
    : QTableView(parent)
    , mDocument(document)
{
}

QStringList ItemTableView::pasteText(const QString &text)
{
    const core::Variant *variant = mDocument->currentVariant();
    if (!variant)
        return {tr("There is no variant to paste into.")};
    const bool decimalComma = QLocale().decimalPoint() == QLatin1String(",");
    ItemPaste paste = pasteItemRows(text, *variant, decimalComma);
    if (!paste.ok())
        return paste.errors;
    core::Variant changed = *variant;
    changed.items = std::move(paste.items);
    core::Project check = mDocument->project();
    *check.findVariant(changed.id) = changed;
    QStringList problems;
    for (const auto &problem : core::validateVariant(changed, check))
        problems << problem.toString();
    if (!problems.isEmpty())
        return problems;
    const QString summary = tr("Paste %1 new and %2 updated items").arg(paste.added).arg(paste.updated);
    mDocument->undoStack()->push(new CmdVariantImport(mDocument, std::move(changed), summary));
    emit message(summary);
    return {};
}

bool ItemTableView::pasteClipboard()
{
    if (!clipboardHasRows())
        return false;
    const QStringList problems = pasteText(QApplication::clipboard()->text());
    if (!problems.isEmpty()) {
        const QString shown = problems.mid(0, 15).join(QLatin1Char('\n')) +
                              (problems.size() > 15 ? tr("\n... and %1 more").arg(problems.size() - 15) : QString());
        QMessageBox::warning(this, tr("Cannot paste"), tr("Nothing was pasted:\n%1").arg(shown));
    }
    return true;
}

bool ItemTableView::event(QEvent *event)
{
    // Claim Ctrl+V from the window's Edit > Paste while the table has focus and the clipboard
    // holds spreadsheet rows, as text fields do.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Paste) && clipboardHasRows()) {
            event->accept();
            return true;
        }
    }
    return QTableView::event(event);
}

void ItemTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Paste) && pasteClipboard()) {
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace taktflow::app
