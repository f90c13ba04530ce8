// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/backgroundplan.h"

namespace taktflow::core {

QString backgroundKindName(BackgroundKind kind)
{
    return kind == BackgroundKind::Image ? QStringLiteral("image") : QStringLiteral("dxf");
}

std::optional<BackgroundKind> backgroundKindFromName(const QString &name)
{
    for (auto kind : {BackgroundKind::Drawing, BackgroundKind::Image}) {
        if (name == backgroundKindName(kind))
            return kind;
    }
    return std::nullopt;
}

} // namespace taktflow::core
