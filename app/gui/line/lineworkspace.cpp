// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/line/lineworkspace.h"

#include "app/document/commands/cmdline.h"
#include "app/document/commands/lineedits.h"
#include "app/document/projectdocument.h"
#include "app/gui/line/balancepanel.h"
#include "app/gui/line/linecontext.h"
#include "app/gui/line/linemetricspanel.h"
#include "app/gui/line/linesettingspanel.h"
#include "app/gui/line/precedencegraphview.h"
#include "app/gui/line/stationboard.h"
#include "app/gui/line/stationtable.h"
#include "app/gui/line/taktderivation.h"
#include "app/gui/line/tasktablewidget.h"
#include "app/gui/line/yamazumiwidget.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace taktflow::app {

LineWorkspace::LineWorkspace(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , mDocument(document)
    , mContext(new LineContext(document, this))
{
    setObjectName(QStringLiteral("lineWorkspace"));
    mLines = new QComboBox(this);
    mLines->setObjectName(QStringLiteral("lineChoice"));
    mLines->setMinimumWidth(220);
    auto *newLine = new QPushButton(tr("New line"), this);
    newLine->setObjectName(QStringLiteral("newLine"));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Production line"), this));
    top->addWidget(mLines);
    top->addWidget(newLine);
    top->addStretch();

    mTakt = new QLabel(this);
    mTakt->setObjectName(QStringLiteral("taktSummary"));
    mTakt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->insertWidget(3, mTakt, 1);

    mBalance = new BalancePanel(mContext, this);
    mMetrics = new LineMetricsPanel(mContext, this);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 4, 0);
    sideLayout->addWidget(mBalance);
    sideLayout->addWidget(mMetrics);
    sideLayout->addStretch();
    auto *sideScroll = new QScrollArea(this);
    sideScroll->setWidget(side);
    sideScroll->setWidgetResizable(true);
    sideScroll->setFrameShape(QFrame::NoFrame);
    // Forms: wider only makes their fields emptier, while the board and chart need the room.
    sideScroll->setMinimumWidth(side->minimumSizeHint().width() + 20);
    sideScroll->setMaximumWidth(std::max(320, side->minimumSizeHint().width() + 20));

    mSettings = new LineSettingsPanel(mContext, this);
    auto *settingsScroll = new QScrollArea(this);
    settingsScroll->setWidget(mSettings);
    settingsScroll->setWidgetResizable(true);
    settingsScroll->setFrameShape(QFrame::NoFrame);
    mTasks = new TaskTableWidget(mContext, this);
    mGraph = new PrecedenceGraphView(mContext, this);
    mStationTable = new StationTable(mContext, this);
    mTabs = new QTabWidget(this);
    mTabs->setObjectName(QStringLiteral("lineTabs"));
    mTabs->addTab(mTasks, tr("Tasks"));
    mTabs->addTab(mGraph, tr("Precedence graph"));
    mTabs->addTab(settingsScroll, tr("Demand and shifts"));
    mTabs->addTab(mStationTable, tr("Stations on the floor"));

    mBoard = new StationBoard(mContext, this);
    auto *boardScroll = new QScrollArea(this);
    boardScroll->setWidget(mBoard);
    boardScroll->setWidgetResizable(true);
    mBoardMessage = new QLabel(tr("Drag tasks between stations; refused moves are explained here."), this);
    mBoardMessage->setObjectName(QStringLiteral("boardMessage"));
    mBoardMessage->setWordWrap(true);
    connect(mBoard, &StationBoard::messageChanged, this, [this](const QString &text, bool error) {
        mBoardMessage->setText(text);
        mBoardMessage->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    });
    auto *boardBox = new QWidget(this);
    auto *boardLayout = new QVBoxLayout(boardBox);
    boardLayout->setContentsMargins(0, 0, 0, 0);
    boardLayout->addWidget(boardScroll, 1);
    boardLayout->addWidget(mBoardMessage);
    mYamazumi = new YamazumiWidget(mContext, this);

    auto *centre = new QSplitter(Qt::Vertical, this);
    centre->addWidget(mTabs);
    centre->addWidget(boardBox);
    centre->addWidget(mYamazumi);
    centre->setSizes({200, 270, 220});
    auto *main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(sideScroll);
    main->addWidget(centre);
    main->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(main, 1);

    connect(newLine, &QPushButton::clicked, this, &LineWorkspace::addLine);
    connect(mLines, &QComboBox::activated, this, [this] { mContext->setLineId(mLines->currentData().toString()); });
    connect(mContext, &LineContext::lineChanged, this, &LineWorkspace::refreshLineChoices);
    refreshLineChoices();
}

void LineWorkspace::refreshTakt()
{
    const core::ProductionLine *line = mContext->line();
    if (!line) {
        mTakt->clear();
        return;
    }
    const TaktDerivation takt = deriveTakt(*line);
    mTakt->setText(takt.ok ? tr("Takt time: %1").arg(takt.text) : takt.text);
}

void LineWorkspace::refreshLineChoices()
{
    mContext->fillLineChoice(mLines);
    refreshTakt();
}

void LineWorkspace::addLine()
{
    const core::Variant *variant = mDocument->currentVariant();
    if (!variant)
        return;
    core::ProductionLine line;
    line.id = lineedits::uniqueLineId(variant->lines);
    line.name = tr("Line %1").arg(line.id);
    line.demandPerPeriod = 480;
    line.useCalendar = true;
    line.calendar.shiftsPerPeriod = 2;
    line.calendar.breaksS = 30 * 60;
    line.calendar.efficiency = 0.85;
    mDocument->undoStack()->push(new CmdLineAdd(mDocument, variant->id, line));
    mContext->setLineId(line.id);
}

} // namespace taktflow::app
