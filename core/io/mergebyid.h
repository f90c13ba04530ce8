// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace taktflow::core::io {

/**
 * Adds incoming records to existing ones by id: a record whose id is already there replaces it
 * in place (so the order of the model is kept), new ids are appended in their incoming order.
 * Works for anything with an `id` member (tasks, layout items).
 */
template<typename Record> void mergeById(std::vector<Record> &existing, const std::vector<Record> &incoming)
{
    for (const Record &record : incoming) {
        bool replaced = false;
        for (Record &old : existing) {
            if (old.id == record.id) {
                old = record;
                replaced = true;
                break;
            }
        }
        if (!replaced)
            existing.push_back(record);
    }
}

} // namespace taktflow::core::io
