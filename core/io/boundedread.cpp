// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/boundedread.h"

#include <QFile>

namespace taktflow::core {

BoundedRead readFileBounded(const QString &path, qint64 maxBytes)
{
    BoundedRead result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.problem = BoundedRead::Problem::CannotOpen;
        result.openError = file.errorString();
        return result;
    }
    // A regular file's size is known up front: do not read a huge one only to refuse it.
    if (file.size() <= maxBytes)
        result.bytes = file.read(maxBytes + 1);
    if (file.size() > maxBytes || result.bytes.size() > maxBytes) {
        result.problem = BoundedRead::Problem::TooLarge;
        result.bytes.clear();
    }
    return result;
}

} // namespace taktflow::core
