// SPDX-License-Identifier: GPL-3.0-or-later
// Child process for tst_savefaults: saves a large project under a file size limit
// (RLIMIT_FSIZE), the unprivileged way to make writes fail as on a full disk.
// Usage: savefault_helper PATH LIMIT_BYTES. Prints the save's message; exit 0 saved, 1 failed.
#include "core/storage/projectfile.h"
#include "tests/common/generatedproject.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3)
        return 2;
    taktflow::test::GeneratedSizes sizes;
    sizes.items = 4000;
    sizes.tasks = 800;
    sizes.flows = 4000;
    sizes.seed = 7;
    const taktflow::core::Project project = taktflow::test::generateProject(sizes);
    // Past the limit write() fails with EFBIG instead of killing the process with SIGXFSZ.
    std::signal(SIGXFSZ, SIG_IGN);
    const rlim_t limit = args[2].toULongLong();
    const rlimit fileSize{limit, limit};
    if (setrlimit(RLIMIT_FSIZE, &fileSize) != 0)
        return 2;
    const taktflow::core::FileResult result = taktflow::core::saveProject(project, args[1]);
    std::printf("%s\n", qPrintable(result.message));
    return result ? 0 : 1;
}
