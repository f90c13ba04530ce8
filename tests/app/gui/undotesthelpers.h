// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/document/projectdocument.h"

#include <QTest>
#include <QUndoCommand>

namespace taktflow::testhelpers {

/**
 * Pushes a command and checks that redo -> undo -> redo -> undo -> redo restore the exact
 * models before and after it. Check QTest::currentTestFailed() after it when later steps
 * depend on it.
 */
inline void checkRoundTrip(app::ProjectDocument &document, QUndoCommand *command)
{
    const core::Project before = document.project();
    const int count = document.undoStack()->count();
    document.undoStack()->push(command);
    QCOMPARE(document.undoStack()->count(), count + 1);
    const core::Project after = document.project();
    QVERIFY(!(after == before));
    document.undoStack()->undo();
    QVERIFY(document.project() == before);
    document.undoStack()->redo();
    QVERIFY(document.project() == after);
    document.undoStack()->undo();
    QVERIFY(document.project() == before);
    document.undoStack()->redo();
}

} // namespace taktflow::testhelpers
