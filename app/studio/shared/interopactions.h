#pragma once

#include "app/studio/shared/graphmodel.h"

#include <QtCore/QStringList>

#include <optional>

class QUndoCommand;

namespace twinloom::Studio {

// The exchange formats as the desktop app offers them (File ▸ Import and File ▸ Export).
namespace Exchange {

struct Format
{
    QString id;       // "dtdl", "wot", "ditto", "adt", "adt-ndjson"
    QString name;     // for menus
    bool folder;      // writes a folder of files, not one file
    QString suffixes; // file dialog filter for single files
};
QList<Format> exportFormats();

// Writes the open project in `format` to `path` (a folder or a file). `notes` gets what the
// format could not express; false with errors when the project is invalid or the output cannot
// be written.
bool exportProject(const GraphModel &model, const QString &format, const QString &path,
                   Diagnostics &notes, int *files = nullptr);

// DTDL files and folders validated and added to the open project's models, as one undoable
// edit; nothing (and the problems in `diagnostics`) when they are invalid or incomplete.
QUndoCommand *importDtdlModels(GraphModel *model, const QStringList &paths,
                               Diagnostics &diagnostics, QStringList *added = nullptr);

// A new project from WoT Thing Descriptions ("wot") or an Azure Digital Twins graph ("adt").
std::optional<GraphModel::Json> importProject(const QString &format, const QStringList &paths,
                                              Diagnostics &diagnostics);

} // namespace Exchange

} // namespace twinloom::Studio
