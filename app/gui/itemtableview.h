// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace taktflow::app {

class ProjectDocument;

/**
 * The Items dock's table. Ctrl+V pastes tab-separated rows from a spreadsheet: rows with a
 * known id update that item, others add items, all as one undo step; a bad cell refuses the
 * whole paste and the reason is shown. Layout items copied in the editor paste as before.
 */
class ItemTableView : public QTableView
{
    Q_OBJECT

public:
    ItemTableView(ProjectDocument *document, QWidget *parent = nullptr);

    /** Pastes spreadsheet text into the current variant; returns the problems (empty: pasted). */
    QStringList pasteText(const QString &text);
    /** Pastes what the clipboard holds; false when it holds no text rows. */
    bool pasteClipboard();

signals:
    void message(const QString &text);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    ProjectDocument *mDocument;
};

} // namespace taktflow::app
