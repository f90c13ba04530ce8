// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace taktflow::app {

/** The recently opened projects, kept in QSettings and offered in a menu. */
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    explicit RecentFiles(QMenu *menu, QObject *parent = nullptr);

    void add(const QString &path);
    static QStringList files();
    /** The newest entry whose file still exists; empty when there is none. */
    static QString mostRecentExisting();
    static constexpr int kMaxFiles = 8;

signals:
    void openRequested(const QString &path);

private:
    void rebuildMenu();

    QMenu *mMenu;
};

} // namespace taktflow::app
