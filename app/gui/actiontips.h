// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

class QAction;

namespace taktflow::app {

/**
 * Gives the main window's actions their status tips (the sentence in the status bar and in
 * "What's this") and tool tips that name the shortcut ("Save (Ctrl+S)"). Actions that already
 * have a status tip keep it.
 */
void applyActionTips(const QHash<QString, QAction *> &actions);

/** The status tip of a named action ("file.save"); empty for an unknown name. */
QString actionStatusTip(const QString &name);

} // namespace taktflow::app
