// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/animation/animationrenderer.h"
#include "core/simulation/traceplayer.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QToolButton;

namespace taktflow::app {

class TimelineSlider;

/** The animation itself: paints the renderer's frame of the page's player. */
class AnimationCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit AnimationCanvas(QWidget *parent = nullptr);
    void show(render::AnimationRenderer *renderer, const core::simulation::TracePlayer *player,
              const render::AnimationFrameOptions &options);
    void setMessage(const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    render::AnimationRenderer *mRenderer = nullptr;
    const core::simulation::TracePlayer *mPlayer = nullptr;
    render::AnimationFrameOptions mOptions;
    QString mMessage;
};

/**
 * Plays one recorded replication on the variant's floor: play and pause, speed 1x to 1000x,
 * a time slider over the run with the warm-up shaded, the simulated time as h:mm:ss. A timer
 * at about 60 Hz advances simulated time by speed times the real time elapsed since the last
 * tick, so the speed holds however long a frame takes.
 */
class AnimationPage : public QWidget
{
    Q_OBJECT

public:
    /** The speeds offered, simulated seconds per real second. */
    static const QList<int> &speeds();

    explicit AnimationPage(QWidget *parent = nullptr);
    ~AnimationPage() override;

    /** Shows a recorded run of the line (stations in the trace = stations of the line). */
    void setRun(const core::Variant &variant, const core::ProductionLine &line, core::simulation::Trace trace,
                double warmupS);
    /** No run to show; the message says why (not run yet, recording, cannot be built ...). */
    void showMessage(const QString &message);
    bool hasRun() const { return mPlayer != nullptr; }

    void play();
    void pause();
    bool isPlaying() const { return mTimer.isActive(); }
    void setSpeed(int speed);
    int speed() const { return mSpeed; }
    void seek(double timeS);
    double timeS() const;
    /** The clock as shown ("1:02:03"). */
    QString clockText() const;
    /** The note above the animation (truncated trace ...); empty when there is none. */
    QString note() const;

    const render::AnimationRenderer &renderer() const { return mRenderer; }
    AnimationCanvas *canvas() const { return mCanvas; }
    TimelineSlider *slider() const { return mSlider; }
    QComboBox *speedBox() const { return mSpeedBox; }
    /** Where the run's figures stop counting the warm-up, simulated seconds. */
    double warmupS() const { return mWarmupS; }
    double endS() const { return mPlayer ? mPlayer->endS() : 0.0; }

signals:
    /** The user asks for a recording of the current line with its saved parameters. */
    void recordRequested();

private:
    void tick();
    void showTime();
    void updateCanvas();

    render::AnimationRenderer mRenderer;
    std::unique_ptr<core::simulation::TracePlayer> mPlayer;
    double mWarmupS = 0.0;
    int mSpeed = 10;
    QTimer mTimer;
    QElapsedTimer mSinceTick;
    AnimationCanvas *mCanvas;
    QToolButton *mPlayButton;
    QPushButton *mRecord;
    QComboBox *mSpeedBox;
    TimelineSlider *mSlider;
    QLabel *mClock;
    QLabel *mNote;
};

} // namespace taktflow::app
