// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/common/faultvfs.h"

#include <sqlite3.h>

#include <atomic>

namespace taktflow::test {

namespace {

struct FaultFile {
    sqlite3_file base;
    sqlite3_file *real;
};

sqlite3_vfs *gReal = nullptr;
sqlite3_vfs gVfs;
std::atomic<int> gWritesLeft{-1};
std::atomic<int> gWritesSeen{0};

sqlite3_file *realOf(sqlite3_file *file)
{
    return reinterpret_cast<FaultFile *>(file)->real;
}

int faultClose(sqlite3_file *f)
{
    return realOf(f)->pMethods->xClose(realOf(f));
}
int faultRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    return realOf(f)->pMethods->xRead(realOf(f), buffer, amount, offset);
}
int faultWrite(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
{
    ++gWritesSeen;
    int left = gWritesLeft.load();
    if (left == 0)
        return SQLITE_FULL;
    if (left > 0)
        gWritesLeft.compare_exchange_strong(left, left - 1);
    return realOf(f)->pMethods->xWrite(realOf(f), buffer, amount, offset);
}
int faultTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return realOf(f)->pMethods->xTruncate(realOf(f), size);
}
int faultSync(sqlite3_file *f, int flags)
{
    return realOf(f)->pMethods->xSync(realOf(f), flags);
}
int faultFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return realOf(f)->pMethods->xFileSize(realOf(f), size);
}
int faultLock(sqlite3_file *f, int level)
{
    return realOf(f)->pMethods->xLock(realOf(f), level);
}
int faultUnlock(sqlite3_file *f, int level)
{
    return realOf(f)->pMethods->xUnlock(realOf(f), level);
}
int faultCheckReservedLock(sqlite3_file *f, int *out)
{
    return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out);
}
int faultFileControl(sqlite3_file *f, int op, void *arg)
{
    return realOf(f)->pMethods->xFileControl(realOf(f), op, arg);
}
int faultSectorSize(sqlite3_file *f)
{
    return realOf(f)->pMethods->xSectorSize(realOf(f));
}
int faultDeviceCharacteristics(sqlite3_file *f)
{
    return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f));
}

// Version 1 methods only: no WAL shared memory and no memory mapping go through the seam.
const sqlite3_io_methods gMethods = {1,
                                     faultClose,
                                     faultRead,
                                     faultWrite,
                                     faultTruncate,
                                     faultSync,
                                     faultFileSize,
                                     faultLock,
                                     faultUnlock,
                                     faultCheckReservedLock,
                                     faultFileControl,
                                     faultSectorSize,
                                     faultDeviceCharacteristics,
                                     nullptr,
                                     nullptr,
                                     nullptr,
                                     nullptr,
                                     nullptr,
                                     nullptr};

int faultOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *wrapper = reinterpret_cast<FaultFile *>(file);
    wrapper->real = reinterpret_cast<sqlite3_file *>(wrapper + 1);
    const int rc = gReal->xOpen(gReal, name, wrapper->real, flags, outFlags);
    wrapper->base.pMethods = (rc == SQLITE_OK && wrapper->real->pMethods) ? &gMethods : nullptr;
    return rc;
}

} // namespace

void installFaultVfs()
{
    if (gReal)
        return;
    gReal = sqlite3_vfs_find(nullptr);
    gVfs = *gReal;
    gVfs.zName = "taktflow-fault";
    gVfs.szOsFile = int(sizeof(FaultFile)) + gReal->szOsFile;
    gVfs.xOpen = faultOpen;
    sqlite3_vfs_register(&gVfs, 1);
}

void failWriteAfter(int okWrites)
{
    gWritesSeen = 0;
    gWritesLeft = okWrites;
}

int writesSeen()
{
    return gWritesSeen;
}

} // namespace taktflow::test
