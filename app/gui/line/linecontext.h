// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/productionline.h"

#include <QObject>
#include <QString>

class QComboBox;
class QUndoCommand;

namespace taktflow::app {

class ProjectDocument;

/**
 * Which production line the workspace shows, shared by all its panels. It follows the
 * document: another variant, a reset, undo and redo all come out as lineChanged(), so panels
 * simply re-read line() when it fires. Panels change the line only through push().
 */
class LineContext : public QObject
{
    Q_OBJECT

public:
    explicit LineContext(ProjectDocument *document, QObject *parent = nullptr);

    ProjectDocument *document() const { return mDocument; }
    QString variantId() const;
    QString lineId() const { return mLineId; }
    /** The shown line; null when the variant has no line. */
    const core::ProductionLine *line() const;
    /** Selects a line of the current variant by id. */
    void setLineId(const QString &lineId);
    /** Takt time of the shown line in seconds; 0 when it cannot be computed. */
    double taktTimeS() const;
    /** Pushes a command onto the document's undo stack (obsolete ones vanish there). */
    void push(QUndoCommand *command);
    /** Fills a line chooser with the current variant's lines, the shown one selected. */
    void fillLineChoice(QComboBox *choice) const;

signals:
    /** The shown line changed in any way, or another line is shown. */
    void lineChanged();

private:
    void followDocument();

    ProjectDocument *mDocument;
    QString mLineId;
};

} // namespace taktflow::app
