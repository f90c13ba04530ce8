// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSlider>

namespace taktflow::app {

/** The animation's time slider in simulated seconds, with the warm-up shaded on its groove. */
class TimelineSlider : public QSlider
{
    Q_OBJECT

public:
    explicit TimelineSlider(QWidget *parent = nullptr);
    void setWarmup(int warmupS);
    int warmup() const { return mWarmupS; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int mWarmupS = 0;
};

} // namespace taktflow::app
