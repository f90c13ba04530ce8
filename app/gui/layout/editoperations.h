// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/layoutitem.h"

#include <Qt>

#include <vector>

class QMimeData;

namespace taktflow::app {

class ProjectDocument;

/** How align lines the selection up (floor directions: top is +y). */
enum class Alignment { Left, HCentre, Right, Top, VCentre, Bottom };

/**
 * Edits of the current variant's selection that menus, shortcuts and tests share. Each checks
 * its input and pushes at most one command, so a refused edit leaves the stack untouched.
 * Return values say whether something was pushed.
 */
namespace edit {

bool deleteSelection(ProjectDocument &document);
/** Rotates each selected item about its own centre. */
bool rotateSelection(ProjectDocument &document, double degrees);
bool nudgeSelection(ProjectDocument &document, double dxM, double dyM);
bool alignSelection(ProjectDocument &document, Alignment alignment);
/** Spreads three or more selected items so the gaps between them are equal. */
bool distributeSelection(ProjectDocument &document, Qt::Orientation orientation);
/** The selected items, in model order. */
std::vector<core::LayoutItem> selectedItems(const ProjectDocument &document);
/**
 * Pastes items into the current variant: clashing ids get fresh ones, and when every pasted
 * item would land exactly on an item of the same id it is offset by one metre. Selects them.
 */
bool pasteItems(ProjectDocument &document, std::vector<core::LayoutItem> items);
bool pasteMimeData(ProjectDocument &document, const QMimeData *data);

} // namespace edit

} // namespace taktflow::app
