// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace taktflow::app {

class MainWindow;
class ProjectDocument;

/** What the command line of the GUI asks for. */
struct GuiOptions {
    QString file;
    bool sample = false;
    bool openLast = false; ///< --open-last: the newest project of File > Open Recent
    QString screenshotPath;
    QString view = QStringLiteral("layout");
    QString variant;
};

/** Parses `taktflow [FILE] [--sample] [--open-last] [--screenshot OUT.png --view V] [--variant NAME]`; an exit code stops. */
std::optional<int> parseGuiOptions(const QStringList &arguments, GuiOptions *options);

/** Opens the file or sample and selects the variant and view; an exit code when that fails. */
std::optional<int> applyGuiOptions(const GuiOptions &options, MainWindow &window, ProjectDocument &document);

/** Once the window is painted, saves it as a PNG and quits (exit 0, or 2 when writing fails). */
void scheduleScreenshot(MainWindow &window, const QString &path);

} // namespace taktflow::app
