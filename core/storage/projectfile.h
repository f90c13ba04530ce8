// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/project.h"

#include <QString>

#include <optional>

namespace taktflow::core {

/** The outcome of reading or writing a project file; message is translated and names the file. */
struct FileResult {
    bool ok = true;
    QString message;

    static FileResult success() { return {}; }
    static FileResult failure(QString text) { return {false, std::move(text)}; }
    explicit operator bool() const { return ok; }
};

/** A project read from disk, plus what the reader had to do to it. */
struct LoadedProject {
    FileResult result;
    std::optional<Project> project;
    /** Schema version found in the file before migration. */
    int fileSchemaVersion = 0;
    /** True when the file was older and was migrated in memory (the file itself is untouched). */
    bool migrated = false;
};

/** The current schema version written by this build (PRAGMA user_version). */
int currentSchemaVersion();
/** PRAGMA application_id of Taktflow project files ("TKTF"). */
constexpr int kApplicationId = 0x544B5446;

/**
 * Opens a .taktflow file as untrusted input: checks the application id, the schema version
 * (newer is refused, older is migrated on an in-memory copy), PRAGMA quick_check and the exact
 * schema (no extra tables, triggers or views), then reads and validates value types.
 * The file on disk is never modified.
 */
LoadedProject openProject(const QString &path);

/**
 * Saves atomically: writes a complete new database beside the target, checks it, flushes it
 * and renames it over the target. On failure the target is untouched.
 */
FileResult saveProject(const Project &project, const QString &path);

} // namespace taktflow::core
