// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/project.h"

#include <QString>

#include <vector>

namespace taktflow::core {

/** One thing wrong with a model, naming the object it is about. */
struct ModelProblem {
    /** Where: "variant 'Base' / line 'L1' / task 'T3'". */
    QString object;
    /** What, translated, e.g. "negative time -2 s". */
    QString message;

    QString toString() const { return object + QStringLiteral(": ") + message; }
};

/** Checks a whole project; an empty list means it is valid. */
std::vector<ModelProblem> validateProject(const Project &project);
/** Checks one variant (items, lines, flows) against the project's transport means. */
std::vector<ModelProblem> validateVariant(const Variant &variant, const Project &project);
/** Checks one production line on its own. */
std::vector<ModelProblem> validateLine(const ProductionLine &line, const QString &where);

/**
 * Finds a precedence cycle; returns the task ids on it in order (first repeated at the end),
 * or an empty list when the precedence graph is acyclic. Unknown predecessors are ignored.
 */
QStringList findPrecedenceCycle(const std::vector<Task> &tasks);

} // namespace taktflow::core
