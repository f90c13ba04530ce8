// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/line/yamazumiwidget.h"

#include "app/gui/line/linecontext.h"
#include "app/gui/line/linetimes.h"

#include <QComboBox>
#include <QLocale>
#include <QPainter>

namespace taktflow::app {

YamazumiWidget::YamazumiWidget(LineContext *context, QWidget *parent)
    : QWidget(parent)
    , mContext(context)
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
    // Legend row: the bar colours (as render/yamazumichart paints them) and the two levels.
    const QFontMetrics metrics = painter.fontMetrics();
    const int rowHeight = std::max(metrics.height() + 6, mModels->isVisible() ? mModels->height() + 4 : 0);
    int x = mModels->isVisible() ? mModels->geometry().right() + 12 : 8;
    const QLocale locale;
    const std::pair<QColor, QString> keys[] = {
        {QColor(0xf2, 0x8e, 0x2b), tr("manual")},
        {QColor(0x2c, 0x6f, 0xbb), tr("automated")},
    };
    for (const auto &[colour, text] : keys) {
        const QRect swatch(x, 4 + (rowHeight - 10) / 2, 10, 10);
        painter.fillRect(swatch, colour);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRect(swatch.right() + 4, 4, metrics.horizontalAdvance(text) + 2, rowHeight), Qt::AlignVCenter,
                         text);
        x = swatch.right() + 4 + metrics.horizontalAdvance(text) + 14;
    }
    const QString levels = mData.taktTimeS > 0 ? tr("takt %1 s, cycle %2 s")
                                                     .arg(locale.toString(mData.taktTimeS, 'f', 1),
                                                          locale.toString(mData.cycleTimeS, 'f', 1))
                                               : tr("cycle %1 s").arg(locale.toString(mData.cycleTimeS, 'f', 1));
    painter.drawText(QRect(x, 4, width() - x - 8, rowHeight), Qt::AlignVCenter | Qt::AlignRight, levels);
    render::paintYamazumi(painter, QRectF(rect()).adjusted(4, 4 + rowHeight, -4, -4), mData);
}

} // namespace taktflow::app
