// SPDX-License-Identifier: GPL-3.0-or-later
// Saves two different projects to one path, alternately, until killed. tst_savekill kills it
// at random moments and checks that the file always opens as one of the two.
#include "core/storage/projectfile.h"
#include "tests/common/generatedproject.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: savekill_helper FILE\n");
        return 1;
    }
    taktflow::test::GeneratedSizes sizes;
    sizes.items = 4000;
    sizes.tasks = 800;
    sizes.flows = 4000;
    const taktflow::core::Project first = taktflow::test::generateProject(sizes);
    sizes.seed = 2;
    const taktflow::core::Project second = taktflow::test::generateProject(sizes);
    for (long round = 0;; ++round) {
        const auto result = taktflow::core::saveProject(round % 2 == 0 ? second : first, args[1]);
        if (!result) {
            std::fprintf(stderr, "%s\n", qPrintable(result.message));
            return 2;
        }
        std::printf("saved %ld\n", round);
        std::fflush(stdout);
    }
}
