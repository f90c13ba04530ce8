// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the QAPLIB .dat reader on arbitrary bytes.
#include "core/io/qaplibreader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)taktflow::core::parseQapLib(bytes, QStringLiteral("fuzz.dat"));
    return 0;
}
