// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QLabel;
class QListWidget;

namespace taktflow::app {

class LiveAnalysis;
class ProjectDocument;

/** The layout findings of the current variant (overlaps, clearances, aisles ...); a click selects their items. */
class FindingsDock : public QDockWidget
{
    Q_OBJECT

public:
    FindingsDock(ProjectDocument *document, LiveAnalysis *analysis, QWidget *parent = nullptr);
    QListWidget *list() const { return mList; }

signals:
    /** A finding was activated; the view may centre on its items. */
    void findingActivated(const QStringList &itemIds);

private:
    void refresh();

    ProjectDocument *mDocument;
    LiveAnalysis *mAnalysis;
    QLabel *mSummary;
    QListWidget *mList;
};

} // namespace taktflow::app
