// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the DXF background import (our pre-checks, dxflib, our entity collector).
#include "app/io/backgroundimport.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.dxf"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    taktflow::app::io::ImportLimits limits;
    limits.maxEntities = 20000; // keeps one run's path small; the limit itself is exercised
    const taktflow::app::io::BackgroundImport imported = taktflow::app::io::importDxf(path, limits);
    // A drawing that imports must be usable: its bounds are finite.
    if (imported.ok())
        (void)imported.drawing.boundingRect();
    return 0;
}
