#pragma once

#include "engine/project.h"

#include <optional>

namespace twinloom::Bundle {

// The file name of the project inside a bundle.
inline constexpr const char *kProjectEntry = "project.twinloom.json";

// Writes a zip holding the project, every file it refers to (model files, CSV replays…) at its
// relative path, and manifest.json with the size and SHA-256 of each. Written to a temporary file
// and renamed, so an existing bundle is never left half-written.
bool exportBundle(const Project &project, const QString &bundlePath, Diagnostics &diagnostics);

// Extracts a bundle into `directory` and returns the path of its project file. Entries that would
// land outside the directory, oversize archives and checksum mismatches are refused.
std::optional<QString> extractBundle(const QString &bundlePath, const QString &directory,
                                     Diagnostics &diagnostics);

// Whether the file starts like a zip archive.
bool isBundle(const QString &path);

} // namespace twinloom::Bundle
