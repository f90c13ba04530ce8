// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/simulation/buffersizingdialog.h"

#include "app/document/commands/cmdsimulation.h"
#include "app/document/commands/cmdvariant.h"
#include "app/document/projectdocument.h"
#include "app/render/buffercurvechart.h"
#include "core/simulation/linemodelbuilder.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace taktflow::app {

namespace {

/** Paints the dialog's curve (the dialog owns the data). */
class CurveArea : public QWidget
{
public:
    explicit CurveArea(QWidget *parent) : QWidget(parent) { setMinimumSize(460, 240); }
    std::function<void(QPainter &, const QRectF &)> paint;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), Qt::white);
        if (paint)
            paint(painter, QRectF(rect()).adjusted(6, 6, -6, -6));
    }
};

const core::ProductionLine *findLine(const core::Variant *variant, const QString &lineId)
{
    if (!variant)
        return nullptr;
    for (const auto &line : variant->lines) {
        if (line.id == lineId)
            return &line;
    }
    return nullptr;
}

} // namespace

BufferSizingDialog::BufferSizingDialog(ProjectDocument *document, const QString &variantId, const QString &lineId,
                                       QWidget *parent)
    : QDialog(parent), mDocument(document), mVariantId(variantId), mLineId(lineId)
{
    setObjectName(QStringLiteral("bufferSizingDialog"));
    setWindowTitle(tr("Size buffers"));
    mTargetMode = new QRadioButton(tr("Smallest total buffer that reaches"), this);
    mTargetMode->setObjectName(QStringLiteral("sizeForTarget"));
    mTargetMode->setChecked(true);
    mTotalMode = new QRadioButton(tr("Best throughput with a total buffer of"), this);
    mTotalMode->setObjectName(QStringLiteral("sizeForTotal"));
    mTarget = new QDoubleSpinBox(this);
    mTarget->setObjectName(QStringLiteral("sizeTarget"));
    mTarget->setRange(0.01, 1e6);
    mTarget->setDecimals(1);
    mTarget->setSuffix(tr(" parts/h"));
    mTotal = new QSpinBox(this);
    mTotal->setObjectName(QStringLiteral("sizeTotal"));
    mTotal->setRange(0, 10000);
    mTotal->setValue(10);
    mTotal->setSuffix(tr(" parts"));
    mMaxTotal = new QSpinBox(this);
    mMaxTotal->setObjectName(QStringLiteral("sizeMaxTotal"));
    mMaxTotal->setRange(1, 10000);
    mMaxTotal->setValue(100);
    mMaxTotal->setSuffix(tr(" parts"));
    mMaxTotal->setToolTip(tr("The largest total buffer the search may try"));

    const core::Variant *variant = document->project().findVariant(variantId);
    if (const core::ProductionLine *line = findLine(variant, lineId)) {
        const core::simulation::BuiltModel built = core::simulation::buildLineModel(document->project(), *variant, *line);
        if (built.ok() && built.model.demandPerHour > 0.0)
            mTarget->setValue(built.model.demandPerHour);
        mModelBuffers = built.model.buffers;
    }

    auto *form = new QFormLayout;
    form->addRow(mTargetMode, mTarget);
    form->addRow(mTotalMode, mTotal);
    form->addRow(tr("Search up to"), mMaxTotal);
    mStart = new QPushButton(tr("&Search"), this);
    mStart->setObjectName(QStringLiteral("sizeStart"));
    mCancel = new QPushButton(tr("Cancel search"), this);
    mCancel->setObjectName(QStringLiteral("sizeCancel"));
    mCancel->setEnabled(false);
    mCancel->setToolTip(tr("Stop the search; nothing is changed"));
    mStart->setToolTip(tr("Simulate buffer allocations in the background until the goal is met"));
    mProgress = new QProgressBar(this);
    mProgress->setRange(0, 0);
    mProgress->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(mStart);
    buttons->addWidget(mCancel);
    buttons->addWidget(mProgress, 1);
    mMessage = new QLabel(this);
    mMessage->setObjectName(QStringLiteral("sizeMessage"));
    mMessage->setWordWrap(true);
    auto *curve = new CurveArea(this);
    curve->paint = [this](QPainter &painter, const QRectF &rect) {
        render::paintBufferCurve(painter, rect, mResult.curve,
                                 mTargetMode->isChecked() ? std::optional<double>(mTarget->value()) : std::nullopt,
                                 mResult.found ? mResult.best.total : -1);
    };
    mCurveArea = curve;
    auto *box = new QDialogButtonBox(this);
    mApply = box->addButton(tr("Apply to Current Variant"), QDialogButtonBox::AcceptRole);
    mApply->setObjectName(QStringLiteral("sizeApply"));
    mAddVariant = box->addButton(tr("Add as New Variant"), QDialogButtonBox::AcceptRole);
    mAddVariant->setObjectName(QStringLiteral("sizeAddVariant"));
    box->addButton(QDialogButtonBox::Close);
    mApply->setEnabled(false);
    mAddVariant->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(mMessage);
    layout->addWidget(mCurveArea, 1);
    layout->addWidget(box);

    connect(mStart, &QPushButton::clicked, this, &BufferSizingDialog::start);
    connect(mCancel, &QPushButton::clicked, this, &BufferSizingDialog::cancel);
    connect(mApply, &QPushButton::clicked, this, [this] {
        if (applyToCurrentVariant())
            accept();
    });
    connect(mAddVariant, &QPushButton::clicked, this, [this] {
        if (addAsNewVariant())
            accept();
    });
    connect(box, &QDialogButtonBox::rejected, this, &BufferSizingDialog::reject);
    connect(&mWatcher, &QFutureWatcher<core::simulation::BufferSizingResult>::finished, this, &BufferSizingDialog::onFinished);
    auto *poll = new QTimer(this);
    poll->setInterval(100);
    connect(poll, &QTimer::timeout, this, [this] {
        if (mShared && mShared->total > 0) {
            mProgress->setRange(0, mShared->total);
            mProgress->setValue(mShared->done);
        }
    });
    poll->start();
}

BufferSizingDialog::~BufferSizingDialog()
{
    cancel();
    mWatcher.waitForFinished();
}

QString BufferSizingDialog::message() const
{
    return mMessage->text();
}

bool BufferSizingDialog::start()
{
    if (isRunning())
        return false;
    const core::Variant *variant = mDocument->project().findVariant(mVariantId);
    const core::ProductionLine *line = findLine(variant, mLineId);
    if (!line) {
        mMessage->setText(tr("The line is gone; close the dialog."));
        return false;
    }
    core::simulation::BuiltModel built = core::simulation::buildLineModel(mDocument->project(), *variant, *line);
    QString problem = built.ok() ? core::simulation::modelProblem(built.model) : built.error;
    if (problem.isEmpty())
        problem = core::simulation::settingsProblem(built.settings);
    if (!problem.isEmpty()) {
        mMessage->setText(tr("Cannot size the buffers: %1").arg(problem));
        return false;
    }
    mModelBuffers = built.model.buffers;
    core::simulation::BufferSizingGoal goal;
    if (mTargetMode->isChecked())
        goal.targetPerHour = mTarget->value();
    else
        goal.totalCapacity = mTotal->value();
    goal.maxTotal = mMaxTotal->value();
    mShared = std::make_shared<Shared>();
    std::shared_ptr<Shared> shared = mShared;
    mWatcher.setFuture(QtConcurrent::run([shared, model = std::move(built.model), settings = built.settings, goal] {
        return core::simulation::sizeBuffers(model, settings, goal, &shared->cancel, [shared](int done, int total) {
            shared->done = done;
            shared->total = total;
        });
    }));
    mRunning = true;
    mStart->setEnabled(false);
    mCancel->setEnabled(true);
    mApply->setEnabled(false);
    mAddVariant->setEnabled(false);
    mProgress->setRange(0, 0);
    mProgress->show();
    mMessage->setText(tr("Searching: every candidate is simulated with the same random numbers..."));
    return true;
}

void BufferSizingDialog::cancel()
{
    if (mShared && mWatcher.isRunning())
        mShared->cancel = true;
}

void BufferSizingDialog::reject()
{
    cancel();
    mWatcher.waitForFinished();
    QDialog::reject();
}

void BufferSizingDialog::onFinished()
{
    mResult = mWatcher.future().result();
    mRunning = false;
    mProgress->hide();
    mStart->setEnabled(true);
    mCancel->setEnabled(false);
    const QLocale locale;
    if (mResult.cancelled) {
        mMessage->setText(tr("Cancelled after %n evaluation(s).", nullptr, mResult.evaluations));
    } else if (!mResult.found) {
        mMessage->setText(mResult.message.isEmpty() ? tr("No allocation within the search limit reaches the goal.")
                                                    : mResult.message);
    } else {
        QStringList gaps;
        for (int c : mResult.best.capacities)
            gaps << QString::number(c);
        mMessage->setText(tr("Total %1 parts (%2 per gap) gives %3 parts/h (95 %: %4 – %5); %n allocation(s) simulated.",
                             nullptr, mResult.evaluations)
                              .arg(mResult.best.total)
                              .arg(gaps.join(QStringLiteral(", ")), locale.toString(mResult.best.throughputPerHour.mean, 'f', 1),
                                   locale.toString(mResult.best.throughputPerHour.low, 'f', 1),
                                   locale.toString(mResult.best.throughputPerHour.high, 'f', 1)));
    }
    mApply->setEnabled(mResult.found && !mResult.cancelled);
    mAddVariant->setEnabled(mResult.found && !mResult.cancelled);
    mCurveArea->update();
}

std::vector<std::optional<int>> BufferSizingDialog::sizedBuffers() const
{
    std::vector<std::optional<int>> buffers;
    for (std::size_t gap = 0; gap < mResult.best.capacities.size(); ++gap) {
        const bool unlimited = gap < mModelBuffers.size() && !mModelBuffers[gap];
        buffers.push_back(unlimited ? std::nullopt : std::optional<int>(mResult.best.capacities[gap]));
    }
    return buffers;
}

bool BufferSizingDialog::applyToCurrentVariant()
{
    if (!mResult.found || !findLine(mDocument->project().findVariant(mVariantId), mLineId))
        return false;
    mDocument->undoStack()->push(new CmdSimBuffersApply(mDocument, mVariantId, mLineId, sizedBuffers()));
    return true;
}

bool BufferSizingDialog::addAsNewVariant()
{
    const core::Project &project = mDocument->project();
    const core::Variant *variant = project.findVariant(mVariantId);
    if (!mResult.found || !findLine(variant, mLineId))
        return false;
    core::Variant copy = *variant;
    copy.id = uniqueVariantId(project);
    copy.name = uniqueVariantName(project, tr("%1 (sized buffers)").arg(variant->name));
    for (auto &line : copy.lines) {
        if (line.id == mLineId) {
            line.simulation.buffers = sizedBuffers();
            line.lastSimulation.reset();
        }
    }
    int index = 0;
    while (project.variants[std::size_t(index)].id != variant->id)
        ++index;
    mDocument->undoStack()->push(
        new CmdVariantAdd(mDocument, copy, index + 1, tr("Add variant %1 with sized buffers").arg(copy.name)));
    return true;
}

} // namespace taktflow::app
