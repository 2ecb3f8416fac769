#include "engine/project.h"

#include "engine/adapter.h"
#include "engine/configreader.h"
#include "engine/engine.h"
#include "engine/jsoninput.h"
#include "engine/mappingshadowing.h"
#include "engine/tr.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QSaveFile>

#include <set>

namespace twinloom {

namespace {
QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

nlohmann::json plain(const Project::Json &j)
{
    return nlohmann::json(j);
}

// Whether model `id` is `base` or extends it, directly or not.
bool modelExtends(const ModelSet &models, const QString &id, const QString &base, int depth = 0)
{
    if (id == base)
        return true;
    TwinModelPtr m = models.find(id);
    if (!m || depth > 32)
        return false;
    for (const QString &parent : m->extends) {
        if (modelExtends(models, parent, base, depth + 1))
            return true;
    }
    return false;
}

void collectFiles(const nlohmann::json &j, QStringList &out)
{
    if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it) {
            const QString key = qs(it.key());
            if (it->is_string() &&
                (key == QLatin1String("file") || key.endsWith(QLatin1String("File"))))
                out << qs(it->get<std::string>());
            else
                collectFiles(*it, out);
        }
    } else if (j.is_array()) {
        for (const auto &e : j)
            collectFiles(e, out);
    }
}
} // namespace

Project::Project()
{
    m_document = Json::object();
    m_document["format"] = kFormat;
    m_document["version"] = kFormatVersion;
    m_document["name"] = "";
    m_document["nodes"] = Json::array();
    m_document["models"] = Json::array();
    m_document["twins"] = Json::array();
}

std::optional<Project> Project::load(const QString &path, Diagnostics &diagnostics,
                                     const AdapterRegistry *registry)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        diagnostics.error({}, Tr::tr("cannot open '%1': %2").arg(path, file.errorString()));
        diagnostics.setFile(path);
        return std::nullopt;
    }
    Diagnostics d;
    auto project = fromBytes(file.readAll(), d, QFileInfo(path).absolutePath(), registry);
    d.setFile(path);
    diagnostics.append(d);
    return project;
}

std::optional<Project> Project::fromBytes(const QByteArray &bytes, Diagnostics &diagnostics,
                                          const QString &baseDirectory,
                                          const AdapterRegistry *registry)
{
    QString error;
    std::optional<Json> document =
        JsonInput::parseOrdered(bytes, &error, JsonInput::kMaxDepth, JsonInput::Keys::Unique);
    if (!document) {
        diagnostics.error({}, error);
        return std::nullopt;
    }
    return fromJson(std::move(*document), diagnostics, baseDirectory, registry);
}

std::optional<Project> Project::fromJson(Json document, Diagnostics &diagnostics,
                                         const QString &baseDirectory,
                                         const AdapterRegistry *registry)
{
    Project p;
    p.m_baseDirectory = baseDirectory;
    p.m_document = std::move(document);
    if (!p.parse(diagnostics, registry))
        return std::nullopt;
    return p;
}

bool Project::setDocument(Json document, Diagnostics &diagnostics)
{
    Project candidate;
    candidate.m_baseDirectory = m_baseDirectory;
    candidate.m_document = std::move(document);
    if (!candidate.parse(diagnostics, nullptr))
        return false;
    *this = std::move(candidate);
    return true;
}

bool Project::migrate(Json &doc, Diagnostics &d)
{
    // Any other JSON document (a model, a TD, a package.json) is told so first.
    const auto format = doc.find("format");
    if (format == doc.end() || !format->is_string() || format->get<std::string>() != kFormat) {
        d.error(QStringLiteral("/format"),
                Tr::tr("not a Twinloom project: \"format\" must be \"%1\"")
                    .arg(QLatin1String(kFormat)));
        return false;
    }
    const auto version = doc.find("version");
    if (version == doc.end() || !version->is_number_integer()) {
        d.error(QStringLiteral("/version"),
                Tr::tr("\"version\" must be a whole number; this Twinloom writes version %1")
                    .arg(kFormatVersion));
        return false;
    }
    int v = version->get<int>();
    if (v > kFormatVersion) {
        d.error(QStringLiteral("/version"),
                Tr::tr("the project is of version %1, written by a newer "
                       "Twinloom; this one reads up to version %2")
                    .arg(v)
                    .arg(kFormatVersion));
        return false;
    }
    if (v < 0) {
        d.error(QStringLiteral("/version"), Tr::tr("version %1 does not exist").arg(v));
        return false;
    }
    if (v == 0) {
        // Version 0 kept adapters as {"adapters": {"physical": [...], "digital": [...]}} and the
        // canvas as "canvas".
        if (auto twins = doc.find("twins"); twins != doc.end() && twins->is_array()) {
            for (auto &t : *twins) {
                if (!t.is_object() || !t.contains("adapters") || !t["adapters"].is_object())
                    continue;
                Json adapters = t["adapters"];
                t.erase("adapters");
                if (adapters.contains("physical"))
                    t["physicalAdapters"] = adapters["physical"];
                if (adapters.contains("digital"))
                    t["digitalAdapters"] = adapters["digital"];
            }
        }
        if (doc.contains("canvas") && !doc.contains("layout")) {
            doc["layout"] = doc["canvas"];
            doc.erase("canvas");
        }
        d.warning(QStringLiteral("/version"),
                  Tr::tr("migrated from version 0 to version 1; saving writes version 1"));
        v = 1;
    }
    doc["version"] = v;
    return true;
}

bool Project::parse(Diagnostics &d, const AdapterRegistry *registry)
{
    const int errorsBefore = d.errorCount();
    Json &doc = m_document;
    if (!doc.is_object()) {
        d.error({}, Tr::tr("a project must be a JSON object with \"format\": \"%1\"")
                        .arg(QLatin1String(kFormat)));
        return false;
    }
    if (!migrate(doc, d))
        return false;

    static const std::set<std::string> known{"format",     "version", "name",  "description",
                                             "nodes",      "models",  "twins", "layout",
                                             "dashboards", "history"};
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        if (!known.count(it.key()))
            d.warning(pointerAppend({}, qs(it.key())),
                      Tr::tr("unknown field '%1' is ignored").arg(qs(it.key())));
    }
    for (const char *key : {"name", "description"}) {
        if (doc.contains(key) && !doc[key].is_string())
            d.error(QLatin1Char('/') + QLatin1String(key),
                    Tr::tr("\"%1\" must be a string").arg(QLatin1String(key)));
    }

    // Nodes.
    m_nodes.clear();
    if (auto nodes = doc.find("nodes"); nodes != doc.end()) {
        if (!nodes->is_array()) {
            d.error(QStringLiteral("/nodes"),
                    Tr::tr("\"nodes\" must be an array of deployment nodes"));
        } else {
            for (std::size_t i = 0; i < nodes->size(); ++i) {
                const Json &n = (*nodes)[i];
                const QString p = pointerAppend(QStringLiteral("/nodes"), qsizetype(i));
                if (!n.is_object() || !n.contains("name") || !n["name"].is_string() ||
                    n["name"].get<std::string>().empty()) {
                    d.error(p, Tr::tr("a node needs a \"name\", such as \"edge-1\""));
                    continue;
                }
                DeploymentNode node;
                node.name = qs(n["name"].get<std::string>());
                if (n.contains("description") && n["description"].is_string())
                    node.description = qs(n["description"].get<std::string>());
                if (n.contains("tier") && n["tier"].is_string())
                    node.tier = qs(n["tier"].get<std::string>());
                for (const DeploymentNode &other : m_nodes) {
                    if (other.name == node.name)
                        d.error(p + QStringLiteral("/name"),
                                Tr::tr("the node '%1' is defined twice").arg(node.name));
                }
                m_nodes.push_back(std::move(node));
            }
        }
    }

    // Models: inline objects or {"file": "models/room.json"}.
    m_models.clear();
    m_modelPointers.clear();
    ModelSet modelSet;
    if (auto models = doc.find("models"); models != doc.end()) {
        if (!models->is_array()) {
            d.error(QStringLiteral("/models"),
                    Tr::tr("\"models\" must be an array of twin models"));
        } else {
            for (std::size_t i = 0; i < models->size(); ++i) {
                const Json &m = (*models)[i];
                const QString p = pointerAppend(QStringLiteral("/models"), qsizetype(i));
                nlohmann::json model;
                if (m.is_object() && m.contains("file") && !m.contains("@id")) {
                    if (!m["file"].is_string()) {
                        d.error(p + QStringLiteral("/file"),
                                Tr::tr("\"file\" must be a path relative to the project"));
                        continue;
                    }
                    const QString file = qs(m["file"].get<std::string>());
                    QString outside;
                    const std::optional<QString> path =
                        projectFile(m_baseDirectory, file, &outside);
                    if (!path) {
                        d.error(p + QStringLiteral("/file"), outside);
                        continue;
                    }
                    QFile f(*path);
                    if (!f.open(QIODevice::ReadOnly)) {
                        d.error(
                            p + QStringLiteral("/file"),
                            Tr::tr("cannot read model file '%1': %2").arg(file, f.errorString()));
                        continue;
                    }
                    const QByteArray bytes = f.readAll();
                    QString error;
                    std::optional<nlohmann::json> read = JsonInput::parse(
                        bytes, &error, JsonInput::kMaxDepth, JsonInput::Keys::Unique);
                    if (!read) {
                        d.error(p + QStringLiteral("/file"),
                                Tr::tr("model file '%1': %2").arg(file, error));
                        continue;
                    }
                    model = std::move(*read);
                } else {
                    model = plain(m);
                }
                auto parsed = TwinModel::fromJson(model, p, d);
                if (!parsed)
                    continue;
                if (modelSet.contains(parsed->id)) {
                    d.error(p + QStringLiteral("/@id"),
                            Tr::tr("the model '%1' is defined twice").arg(parsed->id));
                    continue;
                }
                modelSet.add(parsed);
                m_models.push_back(parsed);
                m_modelPointers.push_back(p);
            }
        }
    }
    for (std::size_t i = 0; i < m_models.size(); ++i) {
        Diagnostics resolveErrors;
        modelSet.resolve(m_models[i]->id, resolveErrors, m_modelPointers[i]);
        d.append(resolveErrors);
    }

    // Twins.
    m_twins.clear();
    m_twinPointers.clear();
    std::map<QString, std::size_t> twinIndex;
    if (auto twins = doc.find("twins"); twins != doc.end()) {
        if (!twins->is_array()) {
            d.error(QStringLiteral("/twins"), Tr::tr("\"twins\" must be an array of twins"));
        } else {
            for (std::size_t i = 0; i < twins->size(); ++i) {
                const QString p = pointerAppend(QStringLiteral("/twins"), qsizetype(i));
                auto t = TwinDescriptor::fromJson(plain((*twins)[i]), p, d);
                if (!t)
                    continue;
                if (twinIndex.count(t->id)) {
                    d.error(p + QStringLiteral("/id"),
                            Tr::tr("the twin id '%1' is used twice").arg(t->id));
                    continue;
                }
                twinIndex[t->id] = m_twins.size();
                m_twins.push_back(std::move(*t));
                m_twinPointers.push_back(p);
            }
        }
    }

    // What ties them together: models, nodes, relationships, mappings and adapters.
    for (std::size_t i = 0; i < m_twins.size(); ++i) {
        const TwinDescriptor &t = m_twins[i];
        const QString &p = m_twinPointers[i];
        if (!t.node.isEmpty() && !m_nodes.empty() &&
            std::none_of(m_nodes.begin(), m_nodes.end(),
                         [&](const DeploymentNode &n) { return n.name == t.node; }))
            d.error(p + QStringLiteral("/node"),
                    Tr::tr("no deployment node is named '%1'").arg(t.node));
        if (!modelSet.contains(t.model)) {
            d.error(p + QStringLiteral("/model"),
                    Tr::tr("no twin model has the id '%1'").arg(t.model));
            continue;
        }
        Diagnostics ignored;
        TwinModelPtr model = modelSet.resolve(t.model, ignored);
        if (!model)
            continue; // already reported at the model
        for (const auto &[name, o] : t.properties) {
            if (!model->property(name))
                d.error(pointerAppend(p + QStringLiteral("/properties"), name),
                        Tr::tr("model '%1' has no property '%2'").arg(model->id, name));
        }
        std::map<QString, int> counts;
        for (std::size_t j = 0; j < t.relationships.size(); ++j) {
            const RelationshipDescriptor &r = t.relationships[j];
            const QString rp = pointerAppend(p + QStringLiteral("/relationships"), qsizetype(j));
            const RelationshipDef *def = model->relationship(r.name);
            if (!def) {
                d.error(rp + QStringLiteral("/name"),
                        Tr::tr("model '%1' has no relationship '%2'").arg(model->id, r.name));
                continue;
            }
            auto target = twinIndex.find(r.target);
            if (target == twinIndex.end()) {
                d.error(rp + QStringLiteral("/target"),
                        Tr::tr("no twin has the id '%1'").arg(r.target));
                continue;
            }
            const QString &targetModel = m_twins[target->second].model;
            if (!def->target.isEmpty() && !modelExtends(modelSet, targetModel, def->target))
                d.error(rp + QStringLiteral("/target"),
                        Tr::tr("relationship '%1' of '%2' must target a %3, but twin '%4' is a %5")
                            .arg(r.name, t.id, def->target, r.target, targetModel));
            if (def->maxMultiplicity > 0 && ++counts[r.name] == def->maxMultiplicity + 1)
                d.error(rp, Tr::tr("relationship '%1' allows at most %2 targets")
                                .arg(r.name)
                                .arg(def->maxMultiplicity));
        }
        if (!t.shadowing.is_null())
            MappingShadowingFunction::fromJson(t.shadowing, model, p + QStringLiteral("/shadowing"),
                                               d);
        if (!registry)
            continue;
        auto check = [&](const AdapterDescriptor &a, const QString &ap, bool physical) {
            AdapterBuildContext c;
            c.id = a.id;
            c.twinId = t.id;
            c.config = a.config;
            Diagnostics secrets;
            resolveEnvironmentReferences(c.config, ap + QStringLiteral("/config"), secrets);
            // A secret may be missing where the project is edited; it is needed where it runs.
            for (const Diagnostic &s : secrets.items())
                d.warning(s.pointer, s.message + Tr::tr(" (needed when the twin runs)"));
            c.pointer = ap;
            c.diagnostics = &d;
            c.baseDirectory = m_baseDirectory;
            if (physical)
                registry->createPhysical(a.type, c);
            else
                registry->createDigital(a.type, c);
        };
        if (t.physicalAdapters.empty())
            d.warning(p + QStringLiteral("/physicalAdapters"),
                      Tr::tr("twin '%1' has no physical adapter: it runs and answers, but nothing "
                             "binds it to a device, so it is never Bound or Synchronized")
                          .arg(t.id));
        for (std::size_t k = 0; k < t.physicalAdapters.size(); ++k)
            check(t.physicalAdapters[k],
                  pointerAppend(p + QStringLiteral("/physicalAdapters"), qsizetype(k)), true);
        for (std::size_t k = 0; k < t.digitalAdapters.size(); ++k)
            check(t.digitalAdapters[k],
                  pointerAppend(p + QStringLiteral("/digitalAdapters"), qsizetype(k)), false);
    }
    m_history.reset();
    if (auto history = doc.find("history"); history != doc.end())
        m_history =
            HistoryConfig::fromJson(nlohmann::json(*history), QStringLiteral("/history"), d);
    for (const char *key : {"layout", "dashboards"}) {
        if (doc.contains(key) && !doc[key].is_object() && !doc[key].is_array())
            d.error(QLatin1Char('/') + QLatin1String(key),
                    Tr::tr("\"%1\" must be an object or an array").arg(QLatin1String(key)));
    }
    return d.errorCount() == errorsBefore;
}

QByteArray Project::toBytes() const
{
    const std::string text =
        m_document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    QByteArray bytes(text.data(), static_cast<qsizetype>(text.size()));
    bytes.append('\n');
    return bytes;
}

bool Project::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Tr::tr("cannot write '%1': %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = toBytes();
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = Tr::tr("cannot write '%1': %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString Project::name() const
{
    auto it = m_document.find("name");
    return it != m_document.end() && it->is_string() ? qs(it->get<std::string>()) : QString();
}

const TwinDescriptor *Project::twin(const QString &id) const
{
    for (const TwinDescriptor &t : m_twins) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

QStringList Project::referencedFiles() const
{
    QStringList files;
    if (auto models = m_document.find("models"); models != m_document.end() && models->is_array()) {
        for (const Json &m : *models) {
            if (m.is_object() && m.contains("file") && m["file"].is_string() && !m.contains("@id"))
                files << qs(m["file"].get<std::string>());
        }
    }
    for (const TwinDescriptor &t : m_twins)
        files << filesOf(t);
    files.removeDuplicates();
    return files;
}

QStringList Project::filesOf(const TwinDescriptor &twin)
{
    QStringList files;
    for (const auto *list : {&twin.physicalAdapters, &twin.digitalAdapters}) {
        for (const AdapterDescriptor &a : *list)
            collectFiles(a.config, files);
    }
    return files;
}

QStringList Project::twinOrder(const QString &node) const
{
    // Depth-first over relationship targets: a twin is listed after everything it is made of.
    std::map<QString, const TwinDescriptor *> byId;
    for (const TwinDescriptor &t : m_twins)
        byId[t.id] = &t;
    QStringList order;
    std::set<QString> visiting;
    std::set<QString> done;
    std::function<void(const TwinDescriptor &)> visit = [&](const TwinDescriptor &t) {
        if (done.count(t.id) || visiting.count(t.id))
            return;
        visiting.insert(t.id);
        for (const RelationshipDescriptor &r : t.relationships) {
            auto it = byId.find(r.target);
            if (it != byId.end())
                visit(*it->second);
        }
        visiting.erase(t.id);
        done.insert(t.id);
        if (node.isEmpty() || t.node == node)
            order << t.id;
    };
    for (const TwinDescriptor &t : m_twins)
        visit(t);
    return order;
}

std::vector<QStringList> Project::twinLevels(const QString &node) const
{
    std::map<QString, const TwinDescriptor *> byId;
    for (const TwinDescriptor &t : m_twins)
        byId[t.id] = &t;
    std::map<QString, int> level;
    std::vector<QStringList> levels;
    // Every twin comes after its parts in twinOrder() (of all nodes: a part on another node
    // still counts), so one pass sees each part's level first.
    const QStringList all = twinOrder();
    for (const QString &id : all) {
        int l = 0;
        for (const RelationshipDescriptor &r : byId[id]->relationships) {
            if (auto it = level.find(r.target); it != level.end())
                l = std::max(l, it->second + 1);
        }
        level[id] = l;
        if (!node.isEmpty() && byId[id]->node != node)
            continue;
        if (levels.size() <= std::size_t(l))
            levels.resize(std::size_t(l) + 1);
        levels[std::size_t(l)] << id;
    }
    std::erase_if(levels, [](const QStringList &ids) { return ids.isEmpty(); });
    return levels;
}

bool Project::instantiate(Engine &engine, Diagnostics &d, const QString &node) const
{
    const int errorsBefore = d.errorCount();
    engine.setBaseDirectory(m_baseDirectory);
    for (const auto &m : m_models)
        engine.addModel(m);
    const QStringList order = twinOrder(node);
    for (const QString &id : order) {
        for (std::size_t i = 0; i < m_twins.size(); ++i) {
            if (m_twins[i].id == id)
                engine.addTwin(m_twins[i], d, m_twinPointers[i]);
        }
    }
    return d.errorCount() == errorsBefore;
}

} // namespace twinloom
