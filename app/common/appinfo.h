// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace taktflow::app {

/** Sets application name, version and organisation (QSettings and --version use them). */
void setApplicationInfo();

/**
 * Loads Taktflow's and Qt's translations for the language chosen in Preferences (QSettings key
 * "language"), or the system language when none is chosen. The TAKTFLOW_LANGUAGE environment
 * variable overrides both (used by tests and screenshots).
 */
void installTranslations(QCoreApplication &application);

} // namespace taktflow::app
