// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/docks/findingsdock.h"

#include "app/document/projectdocument.h"
#include "app/gui/liveanalysis.h"

#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace taktflow::app {

namespace {

// A list of thousands of findings helps nobody and costs a frame; the summary gives the count.
constexpr int kMaxListed = 500;

} // namespace

FindingsDock::FindingsDock(ProjectDocument *document, LiveAnalysis *analysis, QWidget *parent)
    : QDockWidget(tr("Findings"), parent), mDocument(document), mAnalysis(analysis)
{
    setObjectName(QStringLiteral("findingsDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    mSummary = new QLabel(content);
    mList = new QListWidget(content);
    mList->setObjectName(QStringLiteral("findingsList"));
    mList->setAccessibleName(tr("Layout findings"));
    mList->setWordWrap(true);
    layout->addWidget(mSummary);
    layout->addWidget(mList);
    setWidget(content);
    connect(analysis, &LiveAnalysis::updated, this, [this](bool findingsChanged) {
        if (findingsChanged)
            refresh();
    });
    connect(mList, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const QStringList ids = item->data(Qt::UserRole).toStringList();
        mDocument->setSelection(QSet<QString>(ids.begin(), ids.end()));
        emit findingActivated(ids);
    });
    refresh();
}

void FindingsDock::refresh()
{
    mList->clear();
    const auto &findings = mAnalysis->findings();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    int listed = 0;
    for (const auto &finding : findings) {
        if (listed++ >= kMaxListed)
            break;
        auto *item = new QListWidgetItem(warning, finding.message, mList);
        item->setData(Qt::UserRole, finding.itemIds);
    }
    mSummary->setText(findings.empty() ? tr("No findings: no overlaps, clearances kept, aisles wide enough.")
                                       : tr("%n finding(s)", nullptr, int(findings.size())));
}

} // namespace taktflow::app
