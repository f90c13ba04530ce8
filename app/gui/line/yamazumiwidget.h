// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/yamazumichart.h"

#include <QWidget>

class QComboBox;

namespace taktflow::app {

class LineContext;

/**
 * The yamazumi chart of the shown line (drawn by render/yamazumichart, like the PDF report):
 * stacked task times per station, manual and automated in different colours, against the
 * takt line and the cycle time. For a mixed-model line a picker shows the demand-weighted
 * times or one model's. Redrawn on every change of the line, undo and redo included.
 */
class YamazumiWidget : public QWidget
{
    Q_OBJECT

public:
    explicit YamazumiWidget(LineContext *context, QWidget *parent = nullptr);

    /** What the chart shows now (tests compare it with hand-computed station times). */
    const render::YamazumiData &chartData() const { return mData; }
    /** "" for demand-weighted times, else a model id. */
    void setModel(const QString &modelId);
    QComboBox *modelPicker() const { return mModels; }

    QSize sizeHint() const override { return {320, 300}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void refresh();

    LineContext *mContext;
    QComboBox *mModels;
    render::YamazumiData mData;
};

} // namespace taktflow::app
