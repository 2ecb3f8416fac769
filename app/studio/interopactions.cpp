#include "app/studio/interopactions.h"

#include "app/studio/graphcommands.h"
#include "engine/interop/adt.h"
#include "engine/interop/ditto.h"
#include "engine/interop/dtdlparser.h"
#include "engine/interop/dtdlproject.h"
#include "engine/interop/interopio.h"
#include "engine/interop/wot.h"
#include "engine/project.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFileInfo>

namespace twinloom::studio::Interop {

QList<Format> exportFormats()
{
    return {{QStringLiteral("dtdl"),
             QCoreApplication::translate("twinloom::studio::Interop", "DTDL v3 Models"),
             true,
             {}},
            {QStringLiteral("wot"),
             QCoreApplication::translate("twinloom::studio::Interop", "WoT Thing Descriptions"),
             true,
             {}},
            {QStringLiteral("ditto"),
             QCoreApplication::translate("twinloom::studio::Interop", "Eclipse Ditto Things"),
             true,
             {}},
            {QStringLiteral("adt"),
             QCoreApplication::translate("twinloom::studio::Interop",
                                         "Azure Digital Twins Graph (Explorer JSON)"),
             false,
             QCoreApplication::translate("twinloom::studio::Interop", "JSON files (*.json)")},
            {QStringLiteral("adt-ndjson"),
             QCoreApplication::translate("twinloom::studio::Interop",
                                         "Azure Digital Twins Bulk Import (NDJSON)"),
             false,
             QCoreApplication::translate("twinloom::studio::Interop", "NDJSON files (*.ndjson)")}};
}

bool exportProject(const GraphModel &model, const QString &format, const QString &path,
                   Diagnostics &notes, int *files)
{
    // Without the adapter registry: an export describes adapters, it does not build them.
    auto project = Project::fromJson(model.document(), notes, model.baseDirectory());
    if (!project)
        return false;
    interop::ExportOutput out;
    bool single = false;
    if (format == QLatin1String("dtdl")) {
        out = dtdl::exportModelFiles(*project);
    } else if (format == QLatin1String("wot")) {
        out = wot::exportThingDescriptions(*project);
    } else if (format == QLatin1String("ditto")) {
        out = ditto::exportThings(*project);
    } else if (format == QLatin1String("adt")) {
        out = adt::exportExplorer(*project);
        single = true;
    } else if (format == QLatin1String("adt-ndjson")) {
        out = adt::exportBulkImport(*project);
        single = true;
    } else {
        notes.error({},
                    QCoreApplication::translate("twinloom::studio::Interop", "unknown format '%1'")
                        .arg(format));
        return false;
    }
    notes.append(out.notes);
    if (out.notes.hasErrors())
        return false;
    QString folder = path;
    if (single && out.files.size() == 1) {
        out.files.front().path = QFileInfo(path).fileName();
        folder = QFileInfo(path).absolutePath();
    }
    if (files)
        *files = static_cast<int>(out.files.size());
    return interop::writeFiles(folder, out.files, notes);
}

QUndoCommand *importDtdlModels(GraphModel *model, const QStringList &paths,
                               Diagnostics &diagnostics, QStringList *added)
{
    dtdl::ModelParser parser;
    for (const QString &path : paths) {
        if (QFileInfo(path).isDir())
            parser.addFolder(path);
        else
            parser.addFile(path);
    }
    const dtdl::ParseResult result = parser.parse();
    Project::Json document = model->document();
    const QStringList before = model->modelIds();
    if (!dtdl::addModels(result, document, diagnostics))
        return nullptr;
    // The models the import added or changed become one edit of the open project.
    GraphEditBuilder b(model);
    int count = 0;
    for (const auto &entry : document["models"]) {
        const auto id = entry.find("@id");
        if (id == entry.end() || !id->is_string())
            continue;
        const QString modelId = QString::fromStdString(id->get<std::string>());
        const GraphModel::Json *current = model->modelEntry(modelId);
        if (current && *current == entry)
            continue;
        b.setModel(modelId, entry);
        ++count;
        if (added && !before.contains(modelId))
            *added << modelId;
    }
    return b.finish(QCoreApplication::translate("twinloom::studio::Interop", "Import %n model(s)",
                                                nullptr, count));
}

std::optional<GraphModel::Json> importProject(const QString &format, const QStringList &paths,
                                              Diagnostics &diagnostics)
{
    const bool adt = format == QLatin1String("adt");
    const std::vector<interop::InputFile> inputs = interop::readInputs(paths, diagnostics, adt);
    if (diagnostics.hasErrors())
        return std::nullopt;
    interop::ImportOutput out;
    if (adt) {
        out = adt::importGraph(inputs);
    } else if (format == QLatin1String("wot")) {
        out = wot::importThingDescriptions(inputs);
    } else {
        diagnostics.error(
            {}, QCoreApplication::translate("twinloom::studio::Interop", "unknown format '%1'")
                    .arg(format));
        return std::nullopt;
    }
    diagnostics.append(out.diagnostics);
    if (!out.project)
        return std::nullopt;
    return out.project->document();
}

} // namespace twinloom::studio::Interop
