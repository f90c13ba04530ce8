// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/dxfcheck.h"

#include <QList>

namespace taktflow::app::io {

bool looksLikeAsciiDxf(const QByteArray &bytes)
{
    if (bytes.contains('\0'))
        return false;
    const QList<QByteArray> head = bytes.left(4096).split('\n');
    QList<QByteArray> tokens;
    for (const QByteArray &line : head) {
        const QByteArray t = line.trimmed();
        // Leading comments (group code 999) are allowed before the first section.
        if (!t.isEmpty())
            tokens << t;
        if (tokens.size() >= 6)
            break;
    }
    for (int i = 0; i + 1 < tokens.size(); i += 2) {
        if (tokens[i] == "999")
            continue;
        return tokens[i] == "0" && tokens[i + 1] == "SECTION";
    }
    return false;
}

} // namespace taktflow::app::io
