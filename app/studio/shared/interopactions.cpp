#include "app/studio/shared/interopactions.h"

#include "app/studio/shared/grapheditbuilder.h"
#include "app/studio/shared/tr.h"
#include "engine/interop/adt.h"
#include "engine/interop/ditto.h"
#include "engine/interop/dtdlparser.h"
#include "engine/interop/dtdlproject.h"
#include "engine/interop/interopio.h"
#include "engine/interop/wot.h"
#include "engine/project.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFileInfo>

namespace twinloom::Studio::Exchange {

QList<Format> exportFormats()
{
    return {{QStringLiteral("dtdl"), Tr::tr("DTDL v3 Models"), true, {}},
            {QStringLiteral("wot"), Tr::tr("WoT Thing Descriptions"), true, {}},
            {QStringLiteral("ditto"), Tr::tr("Eclipse Ditto Things"), true, {}},
            {QStringLiteral("adt"), Tr::tr("Azure Digital Twins Graph (Explorer JSON)"), false,
             Tr::tr("JSON files (*.json)")},
            {QStringLiteral("adt-ndjson"), Tr::tr("Azure Digital Twins Bulk Import (NDJSON)"),
             false, Tr::tr("NDJSON files (*.ndjson)")}};
}

bool exportProject(const GraphModel &model, const QString &format, const QString &path,
                   Diagnostics &notes, int *files)
{
    // Without the adapter registry: an export describes adapters, it does not build them.
    auto project = Project::fromJson(model.document(), notes, model.baseDirectory());
    if (!project)
        return false;
    Interop::ExportOutput out;
    bool single = false;
    if (format == QLatin1String("dtdl")) {
        out = Dtdl::exportModelFiles(*project);
    } else if (format == QLatin1String("wot")) {
        out = Wot::exportThingDescriptions(*project);
    } else if (format == QLatin1String("ditto")) {
        out = Ditto::exportThings(*project);
    } else if (format == QLatin1String("adt")) {
        out = Adt::exportExplorer(*project);
        single = true;
    } else if (format == QLatin1String("adt-ndjson")) {
        out = Adt::exportBulkImport(*project);
        single = true;
    } else {
        notes.error({}, Tr::tr("unknown format '%1'").arg(format));
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
    return Interop::writeFiles(folder, out.files, notes);
}

QUndoCommand *importDtdlModels(GraphModel *model, const QStringList &paths,
                               Diagnostics &diagnostics, QStringList *added)
{
    Dtdl::ModelParser parser;
    for (const QString &path : paths) {
        if (QFileInfo(path).isDir())
            parser.addFolder(path);
        else
            parser.addFile(path);
    }
    const Dtdl::ParseResult result = parser.parse();
    Project::Json document = model->document();
    const QStringList before = model->modelIds();
    if (!Dtdl::addModels(result, document, diagnostics))
        return nullptr;
    // The models the import added or changed become one edit of the open project.
    GraphEditBuilder b(model);
    int count = 0;
    for (const auto &entry : document["models"]) {
        const auto id = jsonString(entry, "@id");
        if (!id)
            continue;
        const QString modelId = *id;
        const GraphModel::Json *current = model->modelEntry(modelId);
        if (current && *current == entry)
            continue;
        b.setModel(modelId, entry);
        ++count;
        if (added && !before.contains(modelId))
            *added << modelId;
    }
    return b.finish(Tr::tr("Import %n model(s)", nullptr, count));
}

std::optional<GraphModel::Json> importProject(const QString &format, const QStringList &paths,
                                              Diagnostics &diagnostics)
{
    const bool adt = format == QLatin1String("adt");
    const std::vector<Interop::InputFile> inputs = Interop::readInputs(paths, diagnostics, adt);
    if (diagnostics.hasErrors())
        return std::nullopt;
    Interop::ImportOutput out;
    if (adt) {
        out = Adt::importGraph(inputs);
    } else if (format == QLatin1String("wot")) {
        out = Wot::importThingDescriptions(inputs);
    } else {
        diagnostics.error({}, Tr::tr("unknown format '%1'").arg(format));
        return std::nullopt;
    }
    diagnostics.append(out.diagnostics);
    if (!out.project)
        return std::nullopt;
    return out.project->document();
}

} // namespace twinloom::Studio::Exchange
