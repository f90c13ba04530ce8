// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/simulation/timelineslider.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOptionSlider>

namespace taktflow::app {

TimelineSlider::TimelineSlider(QWidget *parent)
    : QSlider(Qt::Horizontal, parent)
{
}

void TimelineSlider::setWarmup(int warmupS)
{
    mWarmupS = std::max(warmupS, 0);
    setToolTip(mWarmupS > 0 ? tr("Simulated time; the shaded start is the warm-up, not counted in the results")
                            : tr("Simulated time"));
    update();
}

void TimelineSlider::paintEvent(QPaintEvent *event)
{
    QSlider::paintEvent(event);
    if (mWarmupS <= 0 || maximum() <= minimum())
        return;
    QStyleOptionSlider option;
    initStyleOption(&option);
    const QRect groove = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
    const QRect handle = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
    // The handle's centre travels over the groove minus one handle width.
    const int span = groove.width() - handle.width();
    const int x = groove.left() + handle.width() / 2
                  + QStyle::sliderPositionFromValue(minimum(), maximum(), std::min(mWarmupS, maximum()), span);
    QPainter painter(this);
    painter.fillRect(QRect(groove.left(), groove.top(), x - groove.left(), groove.height()), QColor(120, 120, 120, 90));
    painter.setPen(QPen(QColor(80, 80, 80), 1, Qt::DashLine));
    painter.drawLine(x, rect().top() + 1, x, rect().bottom() - 1);
}

} // namespace taktflow::app
