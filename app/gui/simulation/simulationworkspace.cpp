// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/simulation/simulationworkspace.h"

#include "app/document/commands/cmdsimulation.h"
#include "app/document/projectdocument.h"
#include "app/gui/line/linecontext.h"
#include "app/gui/simulation/buffersizingdialog.h"
#include "app/gui/simulation/simbuffercells.h"
#include "app/gui/simulation/simresultspanel.h"
#include "app/gui/simulation/simsettingspanel.h"
#include "app/gui/simulation/simstationcells.h"
#include "app/gui/simulation/simtablewidget.h"
#include "app/gui/simulation/simtaskcells.h"
#include "app/gui/simulation/simtimecharts.h"
#include "app/gui/simulation/simulationrunner.h"
#include "app/gui/simulation/simtable.h"
#include "app/gui/simulation/simtablemodel.h"
#include "app/gui/simulation/taskdensityview.h"
#include "core/simulation/linemodelbuilder.h"
#include "core/simulation/summary.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace taktflow::app {

namespace {

/** Points enough for a smooth curve over the whole run without bloating the result. */
constexpr double kSeriesPoints = 240.0;

} // namespace

SimulationWorkspace::SimulationWorkspace(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), mDocument(document), mContext(new LineContext(document, this)),
      mRunner(new SimulationRunner(this))
{
    setObjectName(QStringLiteral("simulationWorkspace"));
    mLines = new QComboBox(this);
    mLines->setObjectName(QStringLiteral("simLineChoice"));
    mLines->setMinimumWidth(200);
    mTakt = new QLabel(this);
    mRun = new QPushButton(tr("&Run"), this);
    mRun->setObjectName(QStringLiteral("simRun"));
    mRun->setToolTip(tr("Simulate the line with these parameters in the background"));
    mCancel = new QPushButton(tr("Cancel"), this);
    mCancel->setObjectName(QStringLiteral("simCancel"));
    mCancel->setEnabled(false);
    mCancel->setToolTip(tr("Stop the running simulation; the line keeps its previous result"));
    mProgress = new QProgressBar(this);
    mProgress->setObjectName(QStringLiteral("simProgress"));
    mProgress->setMaximumWidth(200);
    mProgress->setFormat(tr("%v of %m replications"));
    mProgress->hide();
    mSize = new QPushButton(tr("Size &buffers..."), this);
    mSize->setObjectName(QStringLiteral("simSizeBuffers"));
    mSize->setToolTip(tr("Find the smallest buffers for a target throughput, or the best throughput for a total"));
    mStatus = new QLabel(this);
    mStatus->setObjectName(QStringLiteral("simStatus"));
    mStatus->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Production line"), this));
    top->addWidget(mLines);
    top->addWidget(mTakt);
    top->addStretch();
    top->addWidget(mRun);
    top->addWidget(mCancel);
    top->addWidget(mProgress);
    top->addWidget(mSize);

    mTasks = new SimTableWidget(mContext, std::make_unique<SimTaskCells>(), QStringLiteral("simTaskTable"), this);
    mTasks->view()->setColumnWidth(SimTaskCells::Task, 170);
    for (int column = SimTaskCells::BaseTime; column < SimTaskCells::ColumnCount; ++column)
        mTasks->view()->setColumnWidth(column, column == SimTaskCells::Distribution ? 105 : 72);
    mDensity = new TaskDensityView(this);
    auto *taskPage = new QSplitter(Qt::Horizontal, this);
    taskPage->addWidget(mTasks);
    taskPage->addWidget(mDensity);
    taskPage->setStretchFactor(0, 3);
    taskPage->setStretchFactor(1, 1);
    mStations = new SimTableWidget(mContext, std::make_unique<SimStationCells>(), QStringLiteral("simStationTable"), this);
    mBuffers = new SimTableWidget(mContext, std::make_unique<SimBufferCells>(), QStringLiteral("simBufferTable"), this);
    mBuffers->view()->setColumnWidth(SimBufferCells::Gap, 200);
    mSettings = new SimSettingsPanel(mContext, this);
    auto *settingsScroll = new QScrollArea(this);
    settingsScroll->setWidget(mSettings);
    settingsScroll->setWidgetResizable(true);
    settingsScroll->setFrameShape(QFrame::NoFrame);
    mParameterTabs = new QTabWidget(this);
    mParameterTabs->setObjectName(QStringLiteral("simParameterTabs"));
    mParameterTabs->addTab(taskPage, tr("Task times"));
    mParameterTabs->addTab(mStations, tr("Stations"));
    mParameterTabs->addTab(mBuffers, tr("Buffers"));
    mParameterTabs->addTab(settingsScroll, tr("Source and run"));

    mResults = new SimResultsPanel(this);
    mTimeCharts = new SimTimeCharts(this);
    mResultTabs = new QTabWidget(this);
    mResultTabs->setObjectName(QStringLiteral("simResultTabs"));
    mResultTabs->addTab(mResults, tr("Results"));
    mResultTabs->addTab(mTimeCharts, tr("Over time"));

    // Parameters above the results: both tables and charts want the width more than the height.
    auto *main = new QSplitter(Qt::Vertical, this);
    main->addWidget(mParameterTabs);
    main->addWidget(mResultTabs);
    main->setStretchFactor(0, 1);
    main->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(mStatus);
    layout->addWidget(main, 1);

    connect(mLines, &QComboBox::activated, this, [this] { mContext->setLineId(mLines->currentData().toString()); });
    connect(mContext, &LineContext::lineChanged, this, &SimulationWorkspace::refreshLineChoices);
    connect(mContext, &LineContext::lineChanged, this, &SimulationWorkspace::refreshResults);
    // The preview follows the selected task and its edits (undo included).
    const auto showDensity = [this] {
        const core::ProductionLine *line = mContext->line();
        const int row = mTasks->view()->currentIndex().row();
        if (!line || row < 0 || row >= int(line->tasks.size())) {
            mDensity->setDistribution(std::nullopt, {});
            return;
        }
        const core::Task &task = line->tasks[std::size_t(row)];
        mDensity->setDistribution(simcells::taskDistribution(*line, task),
                                  tr("%1 %2").arg(task.id, task.name).trimmed());
    };
    connect(mTasks, &SimTableWidget::currentRowChanged, this, showDensity);
    connect(mTasks->model(), &QAbstractItemModel::modelReset, this, [this] {
        if (mTasks->model()->rowCount() > 0 && !mTasks->view()->currentIndex().isValid())
            mTasks->view()->setCurrentIndex(mTasks->model()->index(0, SimTaskCells::Task));
    });
    connect(mTasks->model(), &QAbstractItemModel::dataChanged, this, showDensity);
    connect(mRun, &QPushButton::clicked, this, &SimulationWorkspace::run);
    connect(mCancel, &QPushButton::clicked, this, &SimulationWorkspace::cancel);
    connect(mSize, &QPushButton::clicked, this, &SimulationWorkspace::sizeBuffers);
    connect(mRunner, &SimulationRunner::progress, this, [this](int done, int total) {
        mProgress->setRange(0, std::max(1, total));
        mProgress->setValue(done);
    });
    connect(mRunner, &SimulationRunner::finished, this, &SimulationWorkspace::onFinished);
    refreshLineChoices();
    refreshResults();
    if (mTasks->model()->rowCount() > 0)
        mTasks->view()->setCurrentIndex(mTasks->model()->index(0, SimTaskCells::Task));
}

SimulationWorkspace::~SimulationWorkspace()
{
    mRunner->cancel();
    mRunner->waitForFinished();
}

void SimulationWorkspace::addResultPage(QWidget *page, const QString &title)
{
    mResultTabs->addTab(page, title);
}

QString SimulationWorkspace::statusText() const
{
    return mStatus->text();
}

void SimulationWorkspace::setStatus(const QString &text, bool error)
{
    mStatus->setText(text);
    mStatus->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    mStatus->setVisible(!text.isEmpty());
}

void SimulationWorkspace::refreshLineChoices()
{
    mContext->fillLineChoice(mLines);
    const double taktS = mContext->taktTimeS();
    mTakt->setText(taktS > 0.0 ? tr("Takt time: %1 s").arg(QLocale().toString(taktS, 'f', 1)) : QString());
    const bool hasLine = mContext->line() != nullptr;
    mRun->setEnabled(hasLine && !mRunner->isRunning());
    mSize->setEnabled(hasLine && !mRunner->isRunning());
}

double SimulationWorkspace::demandPerHour() const
{
    const double taktS = mContext->taktTimeS();
    return taktS > 0.0 ? 3600.0 / taktS : 0.0;
}

void SimulationWorkspace::refreshResults()
{
    const core::ProductionLine *line = mContext->line();
    const core::Variant *variant = mDocument->currentVariant();
    if (!line || !variant) {
        mResults->showMessage(tr("The variant has no production line to simulate."));
        mTimeCharts->setRun(nullptr, 0.0);
        return;
    }
    const bool liveRun = mLastRun && mLastRun->variantId == variant->id && mLastRun->lineId == line->id;
    mTimeCharts->setRun(liveRun ? mLastRun.get() : nullptr, demandPerHour());
    if (!line->lastSimulation) {
        mResults->showMessage(tr("Not simulated yet: set the parameters and press Run."));
        return;
    }
    const bool stale =
        line->lastSimulation->inputFingerprint != core::simulation::simulationFingerprint(mDocument->project(), *variant, *line);
    QString note = stale ? tr("the line or its parameters changed since: run again for current figures") : QString();
    if (liveRun && !stale)
        note = tr("%1 events in %2 s")
                   .arg(QLocale().toString(qulonglong(mLastRun->result.events)),
                        QLocale().toString(mLastRun->result.wallSeconds, 'g', 2));
    mResults->showSummary(*line->lastSimulation, demandPerHour(), mContext->taktTimeS(), note);
}

bool SimulationWorkspace::run()
{
    const core::ProductionLine *line = mContext->line();
    const core::Variant *variant = mDocument->currentVariant();
    if (mRunner->isRunning()) {
        setStatus(tr("A simulation is running already: cancel it first."), true);
        return false;
    }
    if (!line || !variant) {
        setStatus(tr("The variant has no production line to simulate."), true);
        return false;
    }
    core::simulation::BuiltModel built = core::simulation::buildLineModel(mDocument->project(), *variant, *line);
    QString problem = built.error;
    if (problem.isEmpty())
        problem = core::simulation::modelProblem(built.model);
    built.settings.threads = 0;
    built.settings.seriesIntervalS = std::max(1.0, (built.settings.durationS + built.settings.warmupS) / kSeriesPoints);
    if (problem.isEmpty())
        problem = core::simulation::settingsProblem(built.settings);
    if (!problem.isEmpty()) {
        setStatus(tr("Cannot simulate %1: %2").arg(line->name, problem), true);
        return false;
    }
    SimulationRun request{std::move(built.model),
                          built.settings,
                          {},
                          variant->id,
                          line->id,
                          line->simulation,
                          core::simulation::simulationFingerprint(mDocument->project(), *variant, *line)};
    mRunner->start(std::move(request));
    mProgress->setRange(0, built.settings.replications);
    mProgress->setValue(0);
    mProgress->show();
    mCancel->setEnabled(true);
    mRun->setEnabled(false);
    mSize->setEnabled(false);
    setStatus(tr("Simulating %1...").arg(line->name));
    return true;
}

void SimulationWorkspace::cancel()
{
    if (!mRunner->isRunning())
        return;
    mRunner->cancel();
    mCancel->setEnabled(false);
    setStatus(tr("Cancelling..."));
}

void SimulationWorkspace::onFinished(const std::shared_ptr<const SimulationRun> &run)
{
    mProgress->hide();
    mCancel->setEnabled(false);
    refreshLineChoices();
    if (run->result.cancelled) {
        setStatus(tr("Cancelled; the line keeps its previous result."));
        return;
    }
    const core::Variant *variant = mDocument->project().findVariant(run->variantId);
    const core::ProductionLine *line = nullptr;
    if (variant) {
        for (const auto &candidate : variant->lines)
            line = candidate.id == run->lineId ? &candidate : line;
    }
    if (!line) {
        setStatus(tr("The simulated line was removed while it ran; the result is dropped."), true);
        return;
    }
    mLastRun = run;
    const core::SimulationSummary summary = core::simulation::summarize(run->result, run->parameters, run->fingerprint,
                                                                                QDateTime::currentDateTimeUtc());
    // One undo step that keeps the figures in the project, where Compare, the report and the
    // station board find them.
    mDocument->undoStack()->push(new CmdSimResultStore(mDocument, variant->id, line->id, summary));
    setStatus(run->result.timedOut ? tr("The time limit ended the run early; the figures cover the finished replications.")
                                   : QString());
    refreshResults();
    emit runFinished(run);
}

void SimulationWorkspace::sizeBuffers()
{
    const core::ProductionLine *line = mContext->line();
    if (!line || mRunner->isRunning())
        return;
    BufferSizingDialog dialog(mDocument, mContext->variantId(), line->id, this);
    dialog.exec();
}

} // namespace taktflow::app
