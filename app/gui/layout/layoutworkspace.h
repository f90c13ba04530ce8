// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace taktflow::app {

class LayoutScene;
class LayoutView;
class LiveAnalysis;
class ProjectDocument;

/**
 * The "layout" workspace: the 2D editor canvas of the current variant. It fits the floor into
 * view whenever another project or variant is shown (and on resizes, until the user navigates).
 */
class LayoutWorkspace : public QWidget
{
    Q_OBJECT

public:
    LayoutWorkspace(ProjectDocument *document, LiveAnalysis *analysis, QWidget *parent = nullptr);

    LayoutScene *scene() const { return mScene; }
    LayoutView *view() const { return mView; }
    /** Centres the view on these items (a finding's). */
    void showItems(const QStringList &itemIds);

private:
    LayoutScene *mScene;
    LayoutView *mView;
};

} // namespace taktflow::app
