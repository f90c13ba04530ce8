// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTableWidget;
class QWidget;

namespace taktflow::app {

/**
 * Help > Keyboard Shortcuts: every action of the window that has a shortcut, read from the
 * actions themselves (so the list is never out of date), with the menu it lives in.
 */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);
    QTableWidget *table() const { return mTable; }

private:
    QTableWidget *mTable;
};

} // namespace taktflow::app
