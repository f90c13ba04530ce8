// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/line/yamazumiwidget.h"

#include "app/gui/line/linecontext.h"
#include "app/gui/line/linetimes.h"

#include <QComboBox>
#include <QPainter>

namespace taktflow::app {

YamazumiWidget::YamazumiWidget(LineContext *context, QWidget *parent) : QWidget(parent), mContext(context)
{
    setObjectName(QStringLiteral("yamazumi"));
    setAccessibleName(tr("Yamazumi chart"));
    setMinimumSize(260, 200);
    mModels = new QComboBox(this);
    mModels->setObjectName(QStringLiteral("yamazumiModel"));
    mModels->move(6, 4);
    connect(mModels, &QComboBox::currentIndexChanged, this, &YamazumiWidget::refresh);
    connect(context, &LineContext::lineChanged, this, &YamazumiWidget::refresh);
    refresh();
}

void YamazumiWidget::setModel(const QString &modelId)
{
    const int index = mModels->findData(modelId);
    if (index >= 0)
        mModels->setCurrentIndex(index);
}

void YamazumiWidget::refresh()
{
    const core::ProductionLine *line = mContext->line();
    // Rebuild the model picker only when the models changed, keeping the choice.
    QStringList wanted{QString()};
    if (line) {
        for (const auto &model : line->models)
            wanted << model.id;
    }
    QStringList present;
    for (int i = 0; i < mModels->count(); ++i)
        present << mModels->itemData(i).toString();
    if (wanted != present) {
        const QString chosen = mModels->currentData().toString();
        QSignalBlocker block(mModels);
        mModels->clear();
        mModels->addItem(tr("All models, demand-weighted"), QString());
        if (line) {
            for (const auto &model : line->models)
                mModels->addItem(tr("Model %1").arg(model.name), model.id);
        }
        mModels->setCurrentIndex(std::max(0, mModels->findData(chosen)));
        mModels->adjustSize();
    }
    mModels->setVisible(line && !line->models.empty());
    mData = line ? render::yamazumiData(lineWithModelTimes(*line, mModels->currentData().toString()), line->stations,
                                        mContext->taktTimeS())
                 : render::YamazumiData();
    update();
}

void YamazumiWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    if (mData.bars.empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("Balance the line or assign tasks to stations to see the chart."));
        return;
    }
    const int top = mModels->isVisible() ? mModels->geometry().bottom() + 4 : 4;
    render::paintYamazumi(painter, QRectF(rect()).adjusted(4, top, -4, -4), mData);
}

} // namespace taktflow::app
