// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace taktflow::app {

/** One document to announce to the desktop's list of recently used files. */
struct RecentDocument {
    QString path;        ///< the project file, absolute
    QString mimeType;    ///< e.g. application/x-taktflow-project
    QString appName;     ///< the application as the desktop names it ("Taktflow")
    QString appExec;     ///< its command line with %u for the file ("'taktflow %u'")
    QDateTime when;      ///< the time of use (UTC)
};

/**
 * The desktop's shared list of recently used files ($XDG_DATA_HOME/recently-used.xbel, the
 * freedesktop.org Desktop Bookmark format that GTK, KDE Frameworks and their launchers, docks and
 * file dialogs read), so a project just worked on shows up under "Recent" outside Taktflow.
 */
QString desktopRecentFilesPath();

/**
 * Adds the document to the XBEL file at xbelPath, or refreshes its entry (times, use count),
 * keeping every other application's entries as they are. A file that cannot be read as XBEL is
 * left untouched: this list belongs to the whole desktop. Written atomically. Returns an empty
 * string on success, otherwise the reason (for a log line; the user's work is never affected).
 */
QString noteRecentDocument(const QString &xbelPath, const RecentDocument &document);

} // namespace taktflow::app
