// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/help/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace taktflow::app {

namespace {

QString plain(QString text)
{
    // "&Save" -> "Save"; "&&" is a literal ampersand.
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

/** Where the action is reached: "File", "Edit" ... or the widget it belongs to. */
QString placeOf(const QAction *action)
{
    for (QObject *user : action->associatedObjects()) {
        if (auto *menu = qobject_cast<QMenu *>(user))
            return plain(menu->title());
    }
    if (auto *widget = qobject_cast<QWidget *>(action->parent()); widget && !widget->accessibleName().isEmpty())
        return widget->accessibleName();
    return ShortcutsDialog::tr("Layout canvas");
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    struct Row {
        QString place;
        QString action;
        QString keys;
    };
    std::vector<Row> rows;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &sequence : action->shortcuts())
            keys << sequence.toString(QKeySequence::NativeText);
        rows.push_back({placeOf(action), plain(action->text()), keys.join(QStringLiteral(", "))});
    }
    std::sort(rows.begin(), rows.end(),
              [](const Row &a, const Row &b) { return std::tie(a.place, a.action) < std::tie(b.place, b.action); });
    mTable = new QTableWidget(int(rows.size()), 3, this);
    mTable->setObjectName(QStringLiteral("shortcutTable"));
    mTable->setHorizontalHeaderLabels({tr("Where"), tr("Action"), tr("Shortcut")});
    mTable->verticalHeader()->hide();
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setAccessibleName(tr("Keyboard shortcuts"));
    mTable->setToolTip(tr("Every keyboard shortcut of the main window"));
    for (int r = 0; r < int(rows.size()); ++r) {
        mTable->setItem(r, 0, new QTableWidgetItem(rows[std::size_t(r)].place));
        mTable->setItem(r, 1, new QTableWidgetItem(rows[std::size_t(r)].action));
        mTable->setItem(r, 2, new QTableWidgetItem(rows[std::size_t(r)].keys));
    }
    mTable->resizeColumnsToContents();
    mTable->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setToolTip(tr("Close this list"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mTable);
    layout->addWidget(buttons);
    resize(560, 600);
}

} // namespace taktflow::app
