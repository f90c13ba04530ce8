// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/recentfiles.h"

#include "app/gui/desktoprecent.h"

#include <QDateTime>
#include <QDebug>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace taktflow::app {

namespace {

const QString kKey = QStringLiteral("recentFiles");

} // namespace

RecentFiles::RecentFiles(QMenu *menu, QObject *parent) : QObject(parent), mMenu(menu)
{
    connect(mMenu, &QMenu::aboutToShow, this, &RecentFiles::rebuildMenu);
    rebuildMenu();
}

QStringList RecentFiles::files()
{
    return QSettings().value(kKey).toStringList();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxFiles)
        list.removeLast();
    QSettings().setValue(kKey, list);
    rebuildMenu();
    // Also the desktop's own recent list, which launchers, docks and file dialogs offer.
    const RecentDocument document{absolute, QStringLiteral("application/x-taktflow-project"),
                                  QStringLiteral("Taktflow"), QStringLiteral("'taktflow %u'"),
                                  QDateTime::currentDateTimeUtc()};
    if (const QString problem = noteRecentDocument(desktopRecentFilesPath(), document); !problem.isEmpty())
        qWarning().noquote() << problem;
}

QString RecentFiles::mostRecentExisting()
{
    const QStringList list = files();
    for (const QString &path : list)
        if (QFileInfo::exists(path))
            return path;
    return {};
}

void RecentFiles::rebuildMenu()
{
    mMenu->clear();
    const QStringList list = files();
    int number = 1;
    for (const QString &path : list) {
        QAction *action = mMenu->addAction(tr("&%1 %2").arg(number++).arg(QDir::toNativeSeparators(path)));
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    if (list.isEmpty())
        mMenu->addAction(tr("No recent files"))->setEnabled(false);
    mMenu->addSeparator();
    QAction *clear = mMenu->addAction(tr("&Clear list"));
    clear->setEnabled(!list.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        QSettings().remove(kKey);
        rebuildMenu();
    });
}

} // namespace taktflow::app
