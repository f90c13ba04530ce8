// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace taktflow::test {

/**
 * A fault-injection seam for tests: a SQLite VFS that wraps the default one and is made the
 * default, so every database Taktflow opens goes through it. Nothing in the product knows it.
 */
void installFaultVfs();
/** The write after `okWrites` successful ones fails with SQLITE_FULL ("disk is full"); -1 never. */
void failWriteAfter(int okWrites);
/** Writes seen since the last failWriteAfter(). */
int writesSeen();

} // namespace taktflow::test
