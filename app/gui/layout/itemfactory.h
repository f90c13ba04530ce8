// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/variant.h"

namespace taktflow::app {

/** A new item of a type with a typical size, a fresh id and a numbered name, centred at (xM, yM). */
core::LayoutItem newLibraryItem(core::ItemType type, const core::Variant &variant, double xM, double yM);

/** The MIME type of an item type dragged from the equipment library (payload: the type's file name). */
QString itemTypeMimeType();

} // namespace taktflow::app
