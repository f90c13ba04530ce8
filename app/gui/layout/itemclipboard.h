// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/layoutitem.h"

#include <QByteArray>

#include <vector>

class QMimeData;

namespace taktflow::app {

/** The MIME type of copied layout items (JSON). */
QString itemsMimeType();

/** Layout items as JSON, for the clipboard. */
QByteArray itemsToJson(const std::vector<core::LayoutItem> &items);

/**
 * Items from clipboard JSON. The data may come from anywhere, so it is checked: at most
 * 100,000 items, finite numbers, sizes > 0; malformed entries are skipped.
 */
std::vector<core::LayoutItem> itemsFromJson(const QByteArray &json);

/** A clipboard payload with the items as JSON and their names as plain text. */
QMimeData *itemsMimeData(const std::vector<core::LayoutItem> &items);

} // namespace taktflow::app
