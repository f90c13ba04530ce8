// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: opening arbitrary bytes as a .taktflow project must never crash or leak.
#include "core/storage/projectfile.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.taktflow"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const taktflow::core::LoadedProject loaded = taktflow::core::openProject(path);
    // A file that opens must also survive validation of its model.
    if (loaded.result && loaded.project)
        (void)loaded.project->variants.size();
    return 0;
}
