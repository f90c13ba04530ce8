// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/document/commands/cmdkpiweight.h"

#include "app/document/commands/mergeid.h"
#include "app/document/projectdocument.h"

#include <QCoreApplication>

namespace taktflow::app {

CmdKpiWeight::CmdKpiWeight(ProjectDocument *document, const QString &kpi, double weight)
    : mDocument(document), mKpi(kpi), mNew(weight)
{
    const auto &weights = document->project().kpiWeights;
    const auto it = weights.find(kpi);
    mOld = it == weights.end() ? 0.0 : it->second;
    setText(QCoreApplication::translate("Commands", "Change weight of %1").arg(kpi));
}

void CmdKpiWeight::redo()
{
    mDocument->setKpiWeight(mKpi, mNew);
}

void CmdKpiWeight::undo()
{
    mDocument->setKpiWeight(mKpi, mOld);
}

int CmdKpiWeight::id() const
{
    return int(MergeId::KpiWeight);
}

bool CmdKpiWeight::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const CmdKpiWeight *>(other);
    if (next->mKpi != mKpi)
        return false;
    mNew = next->mNew;
    setObsolete(mNew == mOld);
    return true;
}

} // namespace taktflow::app
