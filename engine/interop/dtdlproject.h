#pragma once

#include "engine/interop/dtdlparser.h"
#include "engine/interop/interopio.h"

// DTDL model sets as projects, and projects as folders of DTDL files.
namespace twinloom::Dtdl {

// Adds the Interfaces of a parse result to the "models" of a project document. An Invalid result
// gives its errors, an Incomplete one an error naming the undefined DTMIs; nothing is added then.
bool addModels(const ParseResult &result, Project::Json &document, Diagnostics &diagnostics,
               bool flattenExtends = false);

// A parse result's errors as diagnostics: the file, the JSON pointer, the element and the text.
void reportProblems(const ParseResult &result, Diagnostics &diagnostics);

// One DTDL v3 file per model of the project, laid out as a Device Models Repository
// ("dtmi/com/example/room-1.json").
Interop::ExportOutput exportModelFiles(const Project &project);

// A project holding the models of DTDL files and folders (no twins).
Interop::ImportOutput importModelFiles(const QStringList &paths, const QString &projectName = {});

} // namespace twinloom::Dtdl
