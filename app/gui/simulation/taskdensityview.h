// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/simulationsettings.h"

#include <QWidget>

#include <optional>

namespace taktflow::app {

/** The density of the selected task's time distribution, beside the task table. */
class TaskDensityView : public QWidget
{
    Q_OBJECT

public:
    explicit TaskDensityView(QWidget *parent = nullptr);

    /** Shows a distribution with the task's name; no value: nothing selected. */
    void setDistribution(const std::optional<core::TimeDistribution> &distribution, const QString &title);
    const std::optional<core::TimeDistribution> &distribution() const { return mDistribution; }
    QSize sizeHint() const override { return {240, 150}; }
    QSize minimumSizeHint() const override { return {160, 110}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::optional<core::TimeDistribution> mDistribution;
    QString mTitle;
};

} // namespace taktflow::app
