// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/project.h"

#include <QStringList>
#include <QWidget>

namespace taktflow::app {

/**
 * Draws variants side by side at one common scale, or (difference mode) the second of two
 * variants with what changed against the first: moved items outlined orange with an arrow from
 * their old place, added items green, removed items as red dashed outlines.
 */
class LayoutThumbnails : public QWidget
{
    Q_OBJECT

public:
    explicit LayoutThumbnails(QWidget *parent = nullptr);

    void showSideBySide(const core::Project *project, const QStringList &variantIds);
    void showDifference(const core::Project *project, const QString &fromId, const QString &toId);
    QSize minimumSizeHint() const override { return {320, 180}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paintDifference(QPainter &painter, const QRectF &area);

    const core::Project *mProject = nullptr;
    QStringList mVariantIds;
    bool mDifference = false;
};

} // namespace taktflow::app
