// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the image background import (QImageReader for PNG, JPEG and BMP with our
// size limits). The first byte picks the file suffix so each decoder gets its own inputs.
#include "app/io/backgroundimport.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // The JPEG decoder is a plugin; plugins are found through the application object.
    static QCoreApplication application(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    static QTemporaryDir dir;
    static const char *const suffixes[] = {"png", "jpg", "bmp"};
    const QString path = dir.filePath(QStringLiteral("input.") + QLatin1String(suffixes[data[0] % 3]));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data + 1), qint64(size - 1));
    }
    taktflow::app::io::ImportLimits limits;
    // Small limits keep each run fast and make the limit checks themselves reachable.
    limits.maxImageSidePx = 4096;
    limits.maxImageMegabytes = 64;
    const taktflow::app::io::BackgroundImport imported = taktflow::app::io::importImage(path, limits);
    if (imported.ok() && (imported.image.width() > 4096 || imported.image.height() > 4096))
        __builtin_trap(); // the size limit was not honoured
    return 0;
}
