// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

#include <vector>

class QLabel;

namespace taktflow::app {

class LineContext;

/**
 * Key figures of the shown line's station assignment, recomputed on every change: stations,
 * cycle time and takt, line efficiency, balance delay, smoothness index, idle time per cycle,
 * bottleneck station, operators and output per period. Definitions as in the README (core's
 * assignmentMetrics on demand-weighted times for mixed-model lines).
 */
class LineMetricsPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit LineMetricsPanel(LineContext *context, QWidget *parent = nullptr);

    /** The shown text of a figure by key ("efficiency", "bottleneck" ...), for tests. */
    QString valueText(const QString &key) const;

private:
    void refresh();
    void set(const QString &key, const QString &text);

    LineContext *mContext;
    std::vector<std::pair<QString, QLabel *>> mValues;
};

} // namespace taktflow::app
