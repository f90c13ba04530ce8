// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: Scholl .IN2 and Otto .alb readers on arbitrary bytes.
#include "core/io/salbpreader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)taktflow::core::parseIn2(bytes, QStringLiteral("fuzz.IN2"));
    (void)taktflow::core::parseAlb(bytes, QStringLiteral("fuzz.alb"));
    return 0;
}
