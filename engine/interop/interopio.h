#pragma once

#include "engine/diagnostics.h"
#include "engine/project.h"

#include <QtCore/QByteArray>
#include <QtCore/QString>

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

// What the exchange formats share: documents read from files, files written to a folder, and the
// project that an import builds.
namespace twinloom::Interop {

// A document to import: its name (for messages) and its bytes.
struct InputFile
{
    QString name;
    QByteArray bytes;
};

// A file an export writes, by its path relative to the output folder.
struct OutputFile
{
    QString path;
    QByteArray bytes;
    bool executable = false; // a script
};

struct ExportOutput
{
    std::vector<OutputFile> files;
    Diagnostics notes; // warnings: what the format cannot express, and was adapted or left out
};

struct ImportOutput
{
    std::optional<Project> project; // nothing when there are errors
    Diagnostics diagnostics;        // errors name the file and the JSON pointer
};

// Reads a file, or every *.json file below a folder in a stable order (and, with `ndjson`, every
// *.ndjson file too). A path that cannot be read is an error.
std::vector<InputFile> readInputs(const QStringList &paths, Diagnostics &diagnostics,
                                  bool ndjson = false);

// Parses a JSON document (a UTF-8 byte-order mark is accepted). A syntax error is reported with
// its line and column; never throws.
std::optional<nlohmann::json> parseDocument(const QByteArray &bytes, const QString &file,
                                            Diagnostics &diagnostics);

// Writes the files below `folder`, creating it and the subfolders they need.
bool writeFiles(const QString &folder, const std::vector<OutputFile> &files,
                Diagnostics &diagnostics);

// Two-space indentation and a final newline, as the project format writes JSON.
QByteArray prettyJson(const nlohmann::ordered_json &json);

// A name made of letters, digits, '-', '_' and '.', for ids and file names ("Smart building" →
// "smart-building"); `fallback` when nothing is left.
QString slug(const QString &text, const QString &fallback);
// Letters, digits and '_' of `text`; any other run becomes one '_', none at the end
// ("Room 2.1" → "Room_2_1"). May be empty.
QString identifierChars(QStringView text);

// A new project document with the format, the version and a name.
Project::Json newProjectDocument(const QString &name);

// Checks an imported project as a load would; the result is empty if it has errors.
std::optional<Project> finishProject(Project::Json document, Diagnostics &diagnostics);

// The models of a project, ready to be resolved (flattened) per twin.
ModelSet modelSetOf(const Project &project);

// Converts between JSON kinds of the two nlohmann flavours.
nlohmann::ordered_json toOrdered(const nlohmann::json &json);
nlohmann::json toPlain(const nlohmann::ordered_json &json);

inline std::string str(const QString &s)
{
    return s.toStdString();
}
inline QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace twinloom::Interop
