#pragma once

#include "engine/interop/interopio.h"

#include <QtCore/QString>

#include <nlohmann/json.hpp>

// Azure Digital Twins graphs: the twins, their models and their relationships as the Azure
// Digital Twins Explorer exports them (one JSON document), and as the NDJSON file of the bulk
// import jobs; and the import of both into a project.
namespace twinloom::Adt {

inline constexpr const char *kFileVersion = "1.0.0";

struct ExportOptions
{
    QString author;       // NDJSON header; default "Twinloom"
    QString organization; // NDJSON header; default: the project's name
};

// The id a relationship instance without an id gets: "<source>-<name>-<target>".
QString relationshipId(const QString &source, const QString &name, const QString &target);

// {"digitalTwinsFileInfo": {"fileVersion"}, "digitalTwinsGraph": {"digitalTwins",
// "relationships"}, "digitalTwinsModels": [DTDL v3]}.
nlohmann::ordered_json explorerGraph(const Project &project, Diagnostics &notes);

// Sections Header, Models, Twins and Relationships, one JSON object a line.
QByteArray bulkImport(const Project &project, const ExportOptions &options, Diagnostics &notes);

// One file: "graph.json" (Explorer) or "graph.ndjson" (bulk import).
Interop::ExportOutput exportExplorer(const Project &project);
Interop::ExportOutput exportBulkImport(const Project &project, const ExportOptions &options = {});

struct ImportOptions
{
    QString projectName;
};

// Reads Explorer documents and bulk-import files (told apart by their content), and plain DTDL
// documents with more models. Models are validated as DTDL; twins become twins of the project,
// relationships their relationship instances. Property values are not imported: a project
// describes twins, not their state.
Interop::ImportOutput importGraph(const std::vector<Interop::InputFile> &files,
                                  const ImportOptions &options = {});

} // namespace twinloom::Adt
