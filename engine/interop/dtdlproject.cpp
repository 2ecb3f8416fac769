#include "engine/interop/dtdlproject.h"

#include "engine/interop/dtdlconvert.h"
#include "engine/interop/tr.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFileInfo>

namespace twinloom::Dtdl {

void reportProblems(const ParseResult &result, Diagnostics &diagnostics)
{
    for (const Problem &p : result.errors) {
        const QString message =
            p.elementId.isEmpty() ? p.message : p.elementId + QStringLiteral(": ") + p.message;
        diagnostics.add({Diagnostic::Severity::Error, p.path, message, p.file});
    }
    if (result.outcome == Outcome::Incomplete)
        diagnostics.error({}, Tr::tr("the models refer to DTMIs that are defined nowhere: %1")
                                  .arg(result.undefinedIdentifiers.join(QStringLiteral(", "))));
}

bool addModels(const ParseResult &result, Project::Json &document, Diagnostics &diagnostics,
               bool flattenExtends)
{
    if (result.outcome != Outcome::Valid) {
        reportProblems(result, diagnostics);
        return false;
    }
    ImportOptions options;
    options.flattenExtends = flattenExtends;
    const ImportResult imported = importInterfaces(result, options);
    for (const Problem &n : imported.notes)
        diagnostics.add(
            {Diagnostic::Severity::Warning, n.path,
             n.elementId.isEmpty() ? n.message : n.elementId + QStringLiteral(": ") + n.message,
             n.file});
    diagnostics.append(imported.diagnostics);
    if (imported.diagnostics.hasErrors())
        return false;
    if (!document.contains("models") || !document["models"].is_array())
        document["models"] = Project::Json::array();
    for (const ImportedModel &m : imported.models)
        document["models"].push_back(Interop::toOrdered(m.json));
    return true;
}

Interop::ExportOutput exportModelFiles(const Project &project)
{
    Interop::ExportOutput out;
    std::vector<std::shared_ptr<const TwinModel>> models(project.models().begin(),
                                                         project.models().end());
    const ExportResult exported = exportModels(models);
    for (const Problem &n : exported.notes)
        out.notes.warning({}, n.elementId + QStringLiteral(": ") + n.message);
    for (const ExportedDocument &doc : exported.documents) {
        QString path = ModelRepository::relativePath(doc.id);
        if (path.isEmpty()) {
            // DTDL v3 allows a DTMI without a version; the repository convention names files by
            // version, so such an interface goes where its versioned form would, without one.
            path = doc.id.toLower().replace(QLatin1Char(':'), QLatin1Char('/')) +
                   QStringLiteral(".json");
            out.notes.warning(
                {}, doc.id + QStringLiteral(": ") +
                        twinloom::Interop::Tr::tr("has no version; written as %1, a name a Device "
                                                  "Models Repository cannot resolve")
                            .arg(path));
        }
        out.files.push_back({path, doc.text()});
    }
    return out;
}

Interop::ImportOutput importModelFiles(const QStringList &paths, const QString &projectName)
{
    Interop::ImportOutput out;
    ModelParser parser;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists())
            out.diagnostics.add({Diagnostic::Severity::Error,
                                 {},
                                 twinloom::Interop::Tr::tr("no such file or folder"),
                                 path});
        else if (info.isDir())
            parser.addFolder(path);
        else
            parser.addFile(path);
    }
    if (out.diagnostics.hasErrors())
        return out;
    const ParseResult result = parser.parse();
    Project::Json doc = Interop::newProjectDocument(projectName);
    if (!addModels(result, doc, out.diagnostics))
        return out;
    out.project = Interop::finishProject(std::move(doc), out.diagnostics);
    return out;
}

} // namespace twinloom::Dtdl
