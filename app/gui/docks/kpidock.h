// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

#include <vector>

class QLabel;

namespace taktflow::app {

class LiveAnalysis;

/** The live KPI panel of the current variant: flow, transport, layout, line and automation figures. */
class KpiDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit KpiDock(LiveAnalysis *analysis, QWidget *parent = nullptr);
    /** The shown value of a row by its key ("flowDistance" ...), for tests. */
    QString valueText(const QString &key) const;

private:
    void refresh();

    LiveAnalysis *mAnalysis;
    std::vector<std::pair<QString, QLabel *>> mValues;
};

} // namespace taktflow::app
