// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/simulation/taskdensityview.h"

#include "app/render/densitypreview.h"

#include <QPainter>

namespace taktflow::app {

TaskDensityView::TaskDensityView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("taskDensity"));
    setToolTip(tr("The density of the selected task's time; the dashed line is its mean"));
}

void TaskDensityView::setDistribution(const std::optional<core::TimeDistribution> &distribution, const QString &title)
{
    mDistribution = distribution;
    mTitle = title;
    update();
}

void TaskDensityView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const int titleHeight = fontMetrics().height() + 4;
    painter.setPen(palette().color(QPalette::Text));
    if (!mDistribution) {
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("Select a task to see its time distribution."));
        return;
    }
    painter.drawText(QRect(4, 2, width() - 8, titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     fontMetrics().elidedText(mTitle, Qt::ElideRight, width() - 8));
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlpha(70);
    render::paintDensityPreview(painter, QRectF(0, titleHeight, width(), height() - titleHeight), *mDistribution,
                                palette().color(QPalette::Text), fill);
}

} // namespace taktflow::app
