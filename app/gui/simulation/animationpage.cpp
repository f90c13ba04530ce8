// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/simulation/animationpage.h"

#include "app/gui/simulation/timelineslider.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace taktflow::app {

namespace {

// About 60 frames per second.
constexpr int kTickMs = 16;
// A hand-off without transport glides over this much real time, whatever the speed.
constexpr double kGlideRealS = 0.4;

} // namespace

AnimationCanvas::AnimationCanvas(QWidget *parent)
    : QWidget(parent)
{
    // The frame covers the whole widget; Qt need not clear it first.
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 240);
}

void AnimationCanvas::show(render::AnimationRenderer *renderer, const core::simulation::TracePlayer *player,
                           const render::AnimationFrameOptions &options)
{
    mRenderer = renderer;
    mPlayer = player;
    mOptions = options;
    update();
}

void AnimationCanvas::setMessage(const QString &message)
{
    mRenderer = nullptr;
    mPlayer = nullptr;
    mMessage = message;
    update();
}

void AnimationCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (mRenderer && mPlayer) {
        mRenderer->paint(painter, rect(), *mPlayer, mOptions);
        return;
    }
    painter.fillRect(rect(), palette().window());
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, mMessage);
}

const QList<int> &AnimationPage::speeds()
{
    static const QList<int> list{1, 2, 5, 10, 50, 100, 500, 1000};
    return list;
}

AnimationPage::AnimationPage(QWidget *parent)
    : QWidget(parent), mCanvas(new AnimationCanvas(this)), mPlayButton(new QToolButton(this)),
      mRecord(new QPushButton(tr("&Record Animation"), this)),
      mSpeedBox(new QComboBox(this)), mSlider(new TimelineSlider(this)), mClock(new QLabel(this)),
      mNote(new QLabel(this))
{
    mPlayButton->setToolTip(tr("Play or pause the animation"));
    mPlayButton->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    for (int s : speeds())
        mSpeedBox->addItem(tr("%1x").arg(s), s);
    mSpeedBox->setToolTip(tr("Simulated seconds per real second"));
    mRecord->setToolTip(tr("Record the first replication of the shown line with its saved parameters and seed"));
    mSpeedBox->setCurrentIndex(int(speeds().indexOf(mSpeed)));
    mClock->setMinimumWidth(mClock->fontMetrics().horizontalAdvance(QStringLiteral("000:00:00 / 000:00:00 h:mm:ss")));
    mNote->setWordWrap(true);
    mNote->hide();

    auto *controls = new QHBoxLayout;
    controls->addWidget(mPlayButton);
    controls->addWidget(new QLabel(tr("Speed:"), this));
    controls->addWidget(mSpeedBox);
    controls->addWidget(mSlider, 1);
    controls->addWidget(mClock);
    controls->addWidget(mRecord);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mNote);
    layout->addWidget(mCanvas, 1);
    layout->addLayout(controls);

    mTimer.setInterval(kTickMs);
    mTimer.setTimerType(Qt::PreciseTimer);
    connect(&mTimer, &QTimer::timeout, this, &AnimationPage::tick);
    connect(mRecord, &QPushButton::clicked, this, &AnimationPage::recordRequested);
    connect(mPlayButton, &QToolButton::clicked, this, [this] { isPlaying() ? pause() : play(); });
    connect(mSpeedBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { setSpeed(mSpeedBox->itemData(index).toInt()); });
    connect(mSlider, &QSlider::valueChanged, this, [this](int value) {
        // Only the user's moves seek; the page sets the slider while playing with signals blocked.
        seek(value);
    });
    showMessage(tr("Run the simulation, or press Record Animation, to see the line played on the floor."));
}

AnimationPage::~AnimationPage() = default;

void AnimationPage::setRun(const core::Variant &variant, const core::ProductionLine &line, core::simulation::Trace trace,
                           double warmupS)
{
    pause();
    const auto stations = int(line.stations.size());
    const bool truncated = trace.truncated;
    const double endS = trace.endS;
    const auto events = trace.events.size();
    mPlayer = std::make_unique<core::simulation::TracePlayer>(std::move(trace), stations, std::max(stations - 1, 0));
    mRenderer.setScene(variant, render::buildAnimationGeometry(variant, line));
    mWarmupS = warmupS;
    {
        const QSignalBlocker block(mSlider);
        mSlider->setRange(0, int(std::ceil(endS)));
        mSlider->setSingleStep(1);
        mSlider->setPageStep(std::max(1, int(endS / 20)));
        mSlider->setValue(0);
        mSlider->setWarmup(int(std::round(warmupS)));
    }
    mSlider->setEnabled(true);
    mPlayButton->setEnabled(true);
    if (truncated) {
        mNote->setText(tr("The recording stopped after %Ln events: the animation shows the first %1 (h:mm:ss) "
                          "of the run; the results cover all of it.",
                          nullptr, int(std::min<std::size_t>(events, std::size_t(INT_MAX))))
                           .arg(render::formatSimClock(endS)));
        mNote->show();
    } else {
        mNote->clear();
        mNote->hide();
    }
    seek(0.0);
}

void AnimationPage::showMessage(const QString &message)
{
    pause();
    mPlayer.reset();
    mCanvas->setMessage(message);
    mSlider->setEnabled(false);
    mPlayButton->setEnabled(false);
    mClock->setText(tr("%1 (h:mm:ss)").arg(render::formatSimClock(0)));
    mNote->hide();
}

void AnimationPage::play()
{
    if (!mPlayer)
        return;
    if (mPlayer->timeS() >= mPlayer->endS())
        seek(0.0);
    mSinceTick.start();
    mTimer.start();
    mPlayButton->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
}

void AnimationPage::pause()
{
    mTimer.stop();
    mPlayButton->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
}

void AnimationPage::setSpeed(int speed)
{
    mSpeed = std::max(speed, 1);
    const QSignalBlocker block(mSpeedBox);
    if (const auto index = speeds().indexOf(mSpeed); index >= 0)
        mSpeedBox->setCurrentIndex(int(index));
    updateCanvas();
}

void AnimationPage::seek(double timeS)
{
    if (!mPlayer)
        return;
    mPlayer->seek(timeS);
    showTime();
}

double AnimationPage::timeS() const
{
    return mPlayer ? mPlayer->timeS() : 0.0;
}

QString AnimationPage::clockText() const
{
    return render::formatSimClock(timeS());
}

QString AnimationPage::note() const
{
    return mNote->isHidden() ? QString() : mNote->text();
}

void AnimationPage::tick()
{
    if (!mPlayer) {
        pause();
        return;
    }
    const double realS = double(mSinceTick.nsecsElapsed()) * 1e-9;
    mSinceTick.start();
    const double next = mPlayer->timeS() + realS * mSpeed;
    mPlayer->seek(next);
    if (next >= mPlayer->endS())
        pause();
    showTime();
}

void AnimationPage::showTime()
{
    const double t = timeS();
    {
        const QSignalBlocker block(mSlider);
        mSlider->setValue(int(std::floor(t)));
    }
    QString text = tr("%1 / %2 (h:mm:ss)").arg(clockText(), render::formatSimClock(mPlayer ? mPlayer->endS() : 0.0));
    mClock->setText(text);
    mClock->setToolTip(t < mWarmupS ? tr("In the warm-up, not counted in the results") : QString());
    updateCanvas();
}

void AnimationPage::updateCanvas()
{
    if (!mPlayer)
        return;
    render::AnimationFrameOptions options;
    options.glideS = kGlideRealS * mSpeed;
    options.warmupS = mWarmupS;
    mCanvas->show(&mRenderer, mPlayer.get(), options);
}

} // namespace taktflow::app
