// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace taktflow::app {

/** The lock file that marks a project as open in a running Taktflow: ".NAME.lock" beside it. */
QString lockPathFor(const QString &projectPath);

/** The autosave of a project's unsaved work: ".NAME.recovery" beside it, never the project itself. */
QString recoveryPathFor(const QString &projectPath);

/** Where autosaves of untitled projects go: "recovery" in the application's data folder. */
QString untitledRecoveryFolder();

} // namespace taktflow::app
