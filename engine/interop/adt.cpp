#include "engine/interop/adt.h"

#include "engine/configreader.h"
#include "engine/interop/dtdlconvert.h"
#include "engine/interop/dtdlproject.h"
#include "engine/interop/tr.h"

#include <QtCore/QCoreApplication>

#include <map>
#include <set>

namespace twinloom::Adt {

using Interop::qs;
using Interop::str;
using J = nlohmann::json;
using OJ = nlohmann::ordered_json;

namespace {

struct Graph
{
    std::vector<OJ> models;
    std::vector<OJ> twins;
    std::vector<OJ> relationships; // with "$sourceId"
};

Graph graphOf(const Project &project, Diagnostics &notes)
{
    Graph g;
    std::vector<std::shared_ptr<const TwinModel>> models(project.models().begin(),
                                                         project.models().end());
    const Dtdl::ExportResult exported = Dtdl::exportModels(models);
    for (const Dtdl::Problem &n : exported.notes)
        notes.warning({}, n.elementId + QStringLiteral(": ") + n.message);
    for (const Dtdl::ExportedDocument &doc : exported.documents)
        g.models.push_back(doc.json);

    const ModelSet set = Interop::modelSetOf(project);
    bool leftOut = false;
    for (const TwinDescriptor &twin : project.twins()) {
        OJ t = OJ::object();
        t["$dtId"] = str(twin.id);
        t["$metadata"] = {{"$model", str(twin.model)}};
        Diagnostics ignored;
        if (TwinModelPtr model = set.resolve(twin.model, ignored)) {
            // Azure Digital Twins wants every component present, even without values.
            for (const ComponentDef &c : model->components)
                t[str(c.name)] = {{"$metadata", OJ::object()}};
        }
        g.twins.push_back(std::move(t));
        leftOut = leftOut || !twin.physicalAdapters.empty() || !twin.digitalAdapters.empty() ||
                  !twin.node.isEmpty() || !twin.displayName.isEmpty();
        std::set<QString> used;
        for (const RelationshipDescriptor &r : twin.relationships) {
            QString id =
                r.instanceId.isEmpty() ? relationshipId(twin.id, r.name, r.target) : r.instanceId;
            for (int n = 2; used.count(id); ++n)
                id = relationshipId(twin.id, r.name, r.target) + QLatin1Char('-') +
                     QString::number(n);
            used.insert(id);
            OJ rel = OJ::object();
            rel["$relationshipId"] = str(id);
            rel["$sourceId"] = str(twin.id);
            rel["$relationshipName"] = str(r.name);
            rel["$targetId"] = str(r.target);
            if (r.properties.is_object()) {
                for (auto it = r.properties.begin(); it != r.properties.end(); ++it)
                    rel[it.key()] = Interop::toOrdered(it.value());
            }
            g.relationships.push_back(std::move(rel));
        }
    }
    if (leftOut)
        notes.warning({}, Tr::tr("display names, deployment nodes, adapters and mappings of twins "
                                 "are not part of an Azure Digital Twins graph and are left out"));
    return g;
}

} // namespace

QString relationshipId(const QString &source, const QString &name, const QString &target)
{
    return source + QLatin1Char('-') + name + QLatin1Char('-') + target;
}

OJ explorerGraph(const Project &project, Diagnostics &notes)
{
    Graph g = graphOf(project, notes);
    OJ doc = OJ::object();
    doc["digitalTwinsFileInfo"] = {{"fileVersion", kFileVersion}};
    OJ graph = OJ::object();
    graph["digitalTwins"] = OJ::array();
    for (OJ &t : g.twins)
        graph["digitalTwins"].push_back(std::move(t));
    graph["relationships"] = OJ::array();
    for (OJ &r : g.relationships)
        graph["relationships"].push_back(std::move(r));
    doc["digitalTwinsGraph"] = std::move(graph);
    doc["digitalTwinsModels"] = OJ::array();
    for (OJ &m : g.models)
        doc["digitalTwinsModels"].push_back(std::move(m));
    return doc;
}

QByteArray bulkImport(const Project &project, const ExportOptions &options, Diagnostics &notes)
{
    const Graph g = graphOf(project, notes);
    QByteArray out;
    auto line = [&out](const OJ &j) { out += QByteArray::fromStdString(j.dump()) + '\n'; };
    line({{"Section", "Header"}});
    OJ header = OJ::object();
    header["fileVersion"] = kFileVersion;
    header["author"] = str(options.author.isEmpty() ? QStringLiteral("Twinloom") : options.author);
    header["organization"] =
        str(options.organization.isEmpty() ? project.name() : options.organization);
    line(header);
    line({{"Section", "Models"}});
    for (const OJ &m : g.models)
        line(m);
    line({{"Section", "Twins"}});
    for (const OJ &t : g.twins)
        line(t);
    line({{"Section", "Relationships"}});
    for (const OJ &r : g.relationships) {
        // The bulk format names the source "$dtId".
        OJ rel = OJ::object();
        rel["$dtId"] = r["$sourceId"];
        for (auto it = r.begin(); it != r.end(); ++it) {
            if (it.key() != "$sourceId")
                rel[it.key()] = it.value();
        }
        line(rel);
    }
    return out;
}

Interop::ExportOutput exportExplorer(const Project &project)
{
    Interop::ExportOutput out;
    out.files.push_back(
        {QStringLiteral("graph.json"), Interop::prettyJson(explorerGraph(project, out.notes))});
    return out;
}

Interop::ExportOutput exportBulkImport(const Project &project, const ExportOptions &options)
{
    Interop::ExportOutput out;
    out.files.push_back({QStringLiteral("graph.ndjson"), bulkImport(project, options, out.notes)});
    return out;
}

// ---------------------------------------------------------------------------------------------
// Import

namespace {

struct Source
{
    QString file; // with ":<line>" for bulk files
    QString pointer;
};

class GraphReader
{
public:
    explicit GraphReader(Diagnostics &d)
        : m_d(d)
    {}

    void readExplorer(const J &doc, const QString &file);
    void readBulk(const QByteArray &bytes, const QString &file);
    void addModelDocument(const J &model, const QString &name);

    struct TwinEntry
    {
        QString id;
        QString model;
        Source at;
    };
    struct RelationshipEntry
    {
        QString id;
        QString source;
        QString name;
        QString target;
        J properties = J::object();
        Source at;
        QString sourceKey; // "$sourceId", or "$dtId" in bulk files
    };

    Dtdl::ModelParser parser;
    std::vector<TwinEntry> twins;
    std::vector<RelationshipEntry> relationships;
    int values = 0; // property values seen (and not imported)

private:
    void error(const Source &at, const QString &sub, const QString &message)
    {
        m_d.add({Diagnostic::Severity::Error, at.pointer + sub, message, at.file});
    }
    void readTwin(const J &t, const Source &at);
    void readRelationship(const J &r, const Source &at, const char *sourceKey);

    Diagnostics &m_d;
};

void GraphReader::addModelDocument(const J &model, const QString &name)
{
    parser.addDocument(name, QByteArray::fromStdString(model.dump()));
}

void GraphReader::readTwin(const J &t, const Source &at)
{
    if (!t.is_object()) {
        error(at, {}, Tr::tr("a digital twin must be an object with \"$dtId\" and \"$metadata\""));
        return;
    }
    TwinEntry e;
    e.at = at;
    const auto id = jsonString(t, "$dtId");
    if (!id || !isValidTwinId(*id)) {
        error(at, QStringLiteral("/$dtId"),
              id ? Tr::tr("'%1' is not a twin id Twinloom accepts: use letters, digits, '-', '_', "
                          "'.' and ':'")
                       .arg(*id)
                 : Tr::tr("a digital twin needs \"$dtId\", a string"));
        return;
    }
    e.id = *id;
    auto metadata = t.find("$metadata");
    std::optional<QString> model;
    if (metadata != t.end() && metadata->is_object())
        model = jsonString(*metadata, "$model");
    if (!model || model->isEmpty()) {
        error(at, QStringLiteral("/$metadata/$model"),
              Tr::tr("a digital twin needs \"$metadata\": {\"$model\": a DTMI}"));
        return;
    }
    e.model = *model;
    for (auto it = t.begin(); it != t.end(); ++it) {
        if (it.key().empty() || it.key()[0] == '$')
            continue;
        // A component is an object with its own "$metadata"; anything else is a value.
        if (it->is_object() && it->contains("$metadata")) {
            for (auto c = it->begin(); c != it->end(); ++c)
                values += c.key() != "$metadata";
        } else {
            ++values;
        }
    }
    twins.push_back(std::move(e));
}

void GraphReader::readRelationship(const J &r, const Source &at, const char *sourceKey)
{
    if (!r.is_object()) {
        error(at, {}, Tr::tr("a relationship must be an object"));
        return;
    }
    RelationshipEntry e;
    e.at = at;
    e.sourceKey = QLatin1String(sourceKey);
    bool ok = true;
    for (const auto &[key, field] :
         {std::pair{sourceKey, &e.source}, std::pair{"$relationshipName", &e.name},
          std::pair{"$targetId", &e.target}}) {
        const auto value = jsonString(r, key);
        if (!value || value->isEmpty()) {
            error(at, QLatin1Char('/') + QLatin1String(key),
                  Tr::tr("a relationship needs \"%1\", a string").arg(QLatin1String(key)));
            ok = false;
        } else {
            *field = *value;
        }
    }
    if (auto id = r.find("$relationshipId"); id != r.end()) {
        if (id->is_string())
            e.id = qs(id->get<std::string>());
        else
            error(at, QStringLiteral("/$relationshipId"),
                  Tr::tr("\"$relationshipId\" must be a "
                         "string"));
    }
    for (auto it = r.begin(); it != r.end(); ++it) {
        if (!it.key().empty() && it.key()[0] != '$')
            e.properties[it.key()] = it.value();
    }
    if (ok)
        relationships.push_back(std::move(e));
}

void GraphReader::readExplorer(const J &doc, const QString &file)
{
    if (auto info = doc.find("digitalTwinsFileInfo"); info != doc.end()) {
        const auto version = info->is_object() ? jsonString(*info, "fileVersion") : std::nullopt;
        if (!version)
            error({file, {}}, QStringLiteral("/digitalTwinsFileInfo/fileVersion"),
                  Tr::tr("\"digitalTwinsFileInfo\" needs a \"fileVersion\""));
        else if (*version != QLatin1String(kFileVersion))
            m_d.add({Diagnostic::Severity::Warning,
                     QStringLiteral("/digitalTwinsFileInfo/fileVersion"),
                     Tr::tr("file version %1 is read as version %2")
                         .arg(*version, QLatin1String(kFileVersion)),
                     file});
    }
    if (auto models = doc.find("digitalTwinsModels"); models != doc.end()) {
        if (!models->is_array()) {
            error({file, {}}, QStringLiteral("/digitalTwinsModels"),
                  Tr::tr("\"digitalTwinsModels\" must be an array of DTDL models"));
        } else {
            for (std::size_t i = 0; i < models->size(); ++i)
                addModelDocument((*models)[i], file + QStringLiteral("#/digitalTwinsModels/") +
                                                   QString::number(i));
        }
    }
    auto graph = doc.find("digitalTwinsGraph");
    if (graph == doc.end() || !graph->is_object()) {
        error({file, {}}, QStringLiteral("/digitalTwinsGraph"),
              Tr::tr("an Azure Digital Twins Explorer file needs \"digitalTwinsGraph\": {"
                     "\"digitalTwins\", \"relationships\"}"));
        return;
    }
    for (const char *key : {"digitalTwins", "relationships"}) {
        auto list = graph->find(key);
        const QString p = QStringLiteral("/digitalTwinsGraph/") + QLatin1String(key);
        if (list == graph->end())
            continue;
        if (!list->is_array()) {
            error({file, {}}, p, Tr::tr("\"%1\" must be an array").arg(QLatin1String(key)));
            continue;
        }
        for (std::size_t i = 0; i < list->size(); ++i) {
            const Source at{file, pointerAppend(p, qsizetype(i))};
            if (std::string(key) == "digitalTwins")
                readTwin((*list)[i], at);
            else
                readRelationship((*list)[i], at, "$sourceId");
        }
    }
}

void GraphReader::readBulk(const QByteArray &bytes, const QString &file)
{
    enum class Section { None, Header, Models, Twins, Relationships };
    Section section = Section::None;
    const QList<QByteArray> lines = bytes.split('\n');
    bool header = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const QString where = file + QLatin1Char(':') + QString::number(i + 1);
        Diagnostics parseErrors;
        auto json = Interop::parseDocument(line, where, parseErrors);
        if (!json) {
            m_d.append(parseErrors);
            continue;
        }
        if (json->is_object() && json->size() == 1 && json->contains("Section")) {
            const QString name = jsonString(*json, "Section").value_or(QString());
            if (name == QLatin1String("Header"))
                section = Section::Header;
            else if (name == QLatin1String("Models"))
                section = Section::Models;
            else if (name == QLatin1String("Twins"))
                section = Section::Twins;
            else if (name == QLatin1String("Relationships"))
                section = Section::Relationships;
            else
                error({where, {}}, QStringLiteral("/Section"),
                      Tr::tr("'%1' is not a section: Header, Models, Twins or Relationships")
                          .arg(name));
            continue;
        }
        const Source at{where, {}};
        switch (section) {
        case Section::None:
            error(at, {}, Tr::tr("the file must start with {\"Section\": \"Header\"}"));
            return;
        case Section::Header:
            if (header || !json->is_object()) {
                error(at, {}, Tr::tr("the Header section holds one object"));
                break;
            }
            header = true;
            if (jsonString(*json, "fileVersion").value_or(QString()) != QLatin1String(kFileVersion))
                m_d.add({Diagnostic::Severity::Warning, QStringLiteral("/fileVersion"),
                         Tr::tr("the file version is not %1").arg(QLatin1String(kFileVersion)),
                         where});
            break;
        case Section::Models:
            addModelDocument(*json, where);
            break;
        case Section::Twins:
            readTwin(*json, at);
            break;
        case Section::Relationships:
            readRelationship(*json, at, "$dtId");
            break;
        }
    }
}

bool isBulk(const QByteArray &bytes)
{
    QByteArray first = bytes.left(bytes.indexOf('\n')).trimmed();
    if (first.startsWith("\xEF\xBB\xBF"))
        first.remove(0, 3);
    return first.startsWith('{') && first.contains("\"Section\"") && first.endsWith('}');
}

} // namespace

Interop::ImportOutput importGraph(const std::vector<Interop::InputFile> &files,
                                  const ImportOptions &options)
{
    Interop::ImportOutput out;
    GraphReader reader(out.diagnostics);
    for (const Interop::InputFile &f : files) {
        if (isBulk(f.bytes)) {
            reader.readBulk(f.bytes, f.name);
            continue;
        }
        Diagnostics d;
        auto json = Interop::parseDocument(f.bytes, f.name, d);
        out.diagnostics.append(d);
        if (!json)
            continue;
        if (json->is_object() &&
            (json->contains("digitalTwinsGraph") || json->contains("digitalTwinsFileInfo")))
            reader.readExplorer(*json, f.name);
        else
            reader.addModelDocument(*json, f.name); // a DTDL document with more models
    }
    if (out.diagnostics.hasErrors())
        return out;

    const Dtdl::ParseResult parsed = reader.parser.parse();
    Project::Json doc = Interop::newProjectDocument(options.projectName);
    if (!Dtdl::addModels(parsed, doc, out.diagnostics))
        return out;
    Diagnostics ignored;
    auto models = Interop::finishProject(doc, ignored);
    if (!models)
        return out;
    const ModelSet set = Interop::modelSetOf(*models);

    std::map<QString, std::size_t> twinIndex;
    for (const GraphReader::TwinEntry &t : reader.twins) {
        if (twinIndex.count(t.id)) {
            out.diagnostics.add(
                {Diagnostic::Severity::Error, t.at.pointer + QStringLiteral("/$dtId"),
                 twinloom::Interop::Tr::tr("the twin '%1' is there twice").arg(t.id), t.at.file});
            continue;
        }
        if (!set.contains(t.model)) {
            out.diagnostics.add(
                {Diagnostic::Severity::Error, t.at.pointer + QStringLiteral("/$metadata/$model"),
                 twinloom::Interop::Tr::tr("no model has the id '%1'").arg(t.model), t.at.file});
            continue;
        }
        twinIndex[t.id] = doc["twins"].size();
        OJ twin = OJ::object();
        twin["id"] = str(t.id);
        twin["model"] = str(t.model);
        doc["twins"].push_back(std::move(twin));
    }
    for (const GraphReader::RelationshipEntry &r : reader.relationships) {
        auto source = twinIndex.find(r.source);
        if (source == twinIndex.end()) {
            out.diagnostics.add(
                {Diagnostic::Severity::Error, r.at.pointer + QLatin1Char('/') + r.sourceKey,
                 twinloom::Interop::Tr::tr("no twin has the id '%1'").arg(r.source), r.at.file});
            continue;
        }
        if (!twinIndex.count(r.target)) {
            out.diagnostics.add(
                {Diagnostic::Severity::Error, r.at.pointer + QStringLiteral("/$targetId"),
                 twinloom::Interop::Tr::tr("no twin has the id '%1'").arg(r.target), r.at.file});
            continue;
        }
        OJ &twin = doc["twins"][source->second];
        Diagnostics resolveErrors;
        TwinModelPtr model = set.resolve(qs(twin["model"].get<std::string>()), resolveErrors);
        if (model && !model->relationship(r.name)) {
            out.diagnostics.add({Diagnostic::Severity::Error,
                                 r.at.pointer + QStringLiteral("/$relationshipName"),
                                 twinloom::Interop::Tr::tr("model '%1' has no relationship '%2'")
                                     .arg(model->id, r.name),
                                 r.at.file});
            continue;
        }
        OJ rel = OJ::object();
        rel["name"] = str(r.name);
        rel["target"] = str(r.target);
        if (!r.id.isEmpty() && r.id != relationshipId(r.source, r.name, r.target))
            rel["id"] = str(r.id);
        if (!r.properties.empty())
            rel["properties"] = Interop::toOrdered(r.properties);
        if (!twin.contains("relationships"))
            twin["relationships"] = OJ::array();
        twin["relationships"].push_back(std::move(rel));
    }
    if (reader.values > 0)
        out.diagnostics.warning(
            {}, twinloom::Interop::Tr::tr("%1 property values of twins are not imported: a project "
                                          "describes twins, not their state")
                    .arg(reader.values));
    if (out.diagnostics.hasErrors())
        return out;
    out.project = Interop::finishProject(std::move(doc), out.diagnostics);
    return out;
}

} // namespace twinloom::Adt
