// SPDX-License-Identifier: GPL-3.0-or-later
// Pieces of hand-made project lines for the builder and summary tests.
#pragma once

#include "core/model/productionline.h"

namespace taktflow::core::testlines {

/** A manual task named "Task <id>". */
inline Task task(const char *id, double timeS)
{
    Task t;
    t.id = QString::fromLatin1(id);
    t.name = QStringLiteral("Task ") + t.id;
    t.timeS = timeS;
    return t;
}

inline Station station(QStringList taskIds, const char *itemId = "", const char *resource = "")
{
    Station s;
    s.taskIds = std::move(taskIds);
    s.itemId = QString::fromLatin1(itemId);
    s.resource = QString::fromLatin1(resource);
    return s;
}

} // namespace taktflow::core::testlines
