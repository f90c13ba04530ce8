// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUndoCommand>

namespace taktflow::app {

class ProjectDocument;

/** Sets the comparison weight of one KPI; consecutive edits of the same KPI merge. */
class CmdKpiWeight : public QUndoCommand
{
public:
    CmdKpiWeight(ProjectDocument *document, const QString &kpi, double weight);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ProjectDocument *mDocument;
    QString mKpi;
    double mOld = 0.0;
    double mNew = 0.0;
};

} // namespace taktflow::app
