// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/layoutfinding.h"

namespace taktflow::core {

QString findingKindName(FindingKind kind)
{
    switch (kind) {
    case FindingKind::Overlap: return QStringLiteral("overlap");
    case FindingKind::Clearance: return QStringLiteral("clearance");
    case FindingKind::Outside: return QStringLiteral("outside");
    case FindingKind::NarrowAisle: return QStringLiteral("narrowAisle");
    case FindingKind::Unreachable: return QStringLiteral("unreachable");
    case FindingKind::MissingItem: return QStringLiteral("missingItem");
    case FindingKind::BadOutline: return QStringLiteral("badOutline");
    }
    return {};
}

} // namespace taktflow::core
