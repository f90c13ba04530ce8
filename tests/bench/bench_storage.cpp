// SPDX-License-Identifier: GPL-3.0-or-later
// Times save and open of a generated project of 10,000 items and 2,000 tasks (target: each < 1 s).
// Usage: bench_storage [DIR] [REPEATS]  (DIR: where to write the file; default a temporary folder)
#include "core/storage/projectfile.h"
#include "tests/common/generatedproject.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTemporaryDir temp;
    const QString dir = args.size() > 1 ? args[1] : temp.path();
    const int repeats = args.size() > 2 ? std::max(1, args[2].toInt()) : 5;

    taktflow::test::GeneratedSizes sizes;
    sizes.items = 10000;
    sizes.tasks = 2000;
    sizes.flows = 10000;
    const taktflow::core::Project project = taktflow::test::generateProject(sizes);
    const QString path = dir + QStringLiteral("/bench-storage.taktflow");

    std::vector<double> saveMs;
    std::vector<double> openMs;
    for (int r = 0; r < repeats; ++r) {
        QElapsedTimer timer;
        timer.start();
        const auto saved = taktflow::core::saveProject(project, path);
        saveMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.message));
            return 2;
        }
        timer.restart();
        const auto loaded = taktflow::core::openProject(path);
        openMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!loaded.result || !(*loaded.project == project)) {
            std::fprintf(stderr, "open failed or differs: %s\n", qPrintable(loaded.result.message));
            return 2;
        }
    }
    std::printf("project: %d items (+%d aisles), %d tasks, %d flows; file %.1f MiB\n", sizes.items, sizes.aisles,
                sizes.tasks, sizes.flows, double(QFileInfo(path).size()) / (1024.0 * 1024.0));
    std::printf("save: median %.1f ms, max %.1f ms over %d runs (target < 1000 ms)\n", median(saveMs),
                *std::max_element(saveMs.begin(), saveMs.end()), repeats);
    std::printf("open: median %.1f ms, max %.1f ms over %d runs (target < 1000 ms)\n", median(openMs),
                *std::max_element(openMs.begin(), openMs.end()), repeats);
    return 0;
}
