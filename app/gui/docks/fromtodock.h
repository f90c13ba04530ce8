// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QTableWidget;
class QTimer;

namespace taktflow::app {

class LiveAnalysis;
class ProjectDocument;

/**
 * The from-to matrix beside the flow diagram: units per period between the busiest items
 * (rows from, columns to), the distance in the tooltip. Large layouts show their busiest
 * items only; the table refreshes shortly after a drag step, not on every one.
 */
class FromToDock : public QDockWidget
{
    Q_OBJECT

public:
    FromToDock(ProjectDocument *document, LiveAnalysis *analysis, QWidget *parent = nullptr);
    QTableWidget *table() const { return mTable; }
    /** Rows and columns shown at most. */
    static constexpr int kMaxItems = 16;

private:
    void refresh();

    ProjectDocument *mDocument;
    LiveAnalysis *mAnalysis;
    QTableWidget *mTable;
    QTimer *mDelay;
};

} // namespace taktflow::app
