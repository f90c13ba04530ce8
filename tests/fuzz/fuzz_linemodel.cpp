// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the simulation's line model .json reader on arbitrary bytes, and the JSON
// locator it uses for syntax errors at every offset the parser may report.
#include "core/simulation/jsonlocation.h"
#include "core/simulation/linemodelreader.h"
#include "core/simulation/simmodel.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    namespace sim = taktflow::core::simulation;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const sim::LineModelReadResult read = sim::parseLineModel(bytes, QStringLiteral("fuzz.json"));
    // A model the reader accepts must be one the engine accepts: the engine assumes it.
    if (read.ok() && !sim::modelProblem(read.model).isEmpty())
        std::abort();
    (void)sim::locateJsonOffset(bytes, qsizetype(size / 2));
    return 0;
}
