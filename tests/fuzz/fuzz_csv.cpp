// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: CSV parsing and the task/item/flow importers on arbitrary text.
#include "core/io/csvreader.h"
#include "core/io/tablecsv.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    using namespace taktflow::core;
    for (const QChar separator : {QLatin1Char(','), QLatin1Char('\t')}) {
        const io::CsvTable table = io::parseCsv(text, separator);
        std::vector<Task> tasks;
        std::vector<LayoutItem> items;
        std::vector<MaterialFlow> flows;
        (void)io::importTasks(table, QStringLiteral("fuzz.csv"), tasks);
        (void)io::importItems(table, QStringLiteral("fuzz.csv"), items);
        (void)io::importFlows(table, QStringLiteral("fuzz.csv"), {QStringLiteral("A"), QStringLiteral("B")}, flows);
    }
    return 0;
}
