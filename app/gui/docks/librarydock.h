// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/layoutitem.h"

#include <QDockWidget>

class QListWidget;

namespace taktflow::app {

/** The equipment library: every item type, dragged onto the floor (or double-clicked) to place one. */
class LibraryDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit LibraryDock(QWidget *parent = nullptr);
    QListWidget *list() const { return mList; }

signals:
    /** Double-click: place one at the centre of the view. */
    void placeRequested(core::ItemType type);

private:
    QListWidget *mList;
};

} // namespace taktflow::app
