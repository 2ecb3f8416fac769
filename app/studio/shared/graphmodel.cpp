#include "app/studio/shared/graphmodel.h"

#include "app/studio/shared/tr.h"
#include "engine/adapter.h"
#include "engine/jsoninput.h"
#include "engine/project.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>

#include <cmath>

namespace twinloom::Studio {

namespace {

// Whole numbers (every position on the grid) are written as integers.
GraphModel::Json coordinate(double v)
{
    const double rounded = std::round(v);
    if (std::abs(v - rounded) < 1e-9 && std::abs(rounded) < 1e15)
        return static_cast<std::int64_t>(rounded);
    return v;
}

GraphModel::Json positionJson(const QPointF &p)
{
    return {{"x", coordinate(p.x())}, {"y", coordinate(p.y())}};
}

} // namespace

GraphModel::GraphModel(QObject *parent)
    : QObject(parent)
{
    clear();
}

void GraphModel::clear()
{
    Json doc = Json::object();
    doc["format"] = Project::kFormat;
    doc["version"] = Project::kFormatVersion;
    doc["name"] = Tr::tr("Untitled").toStdString();
    doc["nodes"] = Json::array();
    doc["models"] = Json::array();
    doc["twins"] = Json::array();
    doc["layout"] = Json::object();
    setDocument(std::move(doc));
}

void GraphModel::setDocument(Json document, const QString &baseDirectory)
{
    m_doc = document.is_object() ? std::move(document) : Json::object();
    m_baseDirectory = baseDirectory;
    if (!m_doc.contains("twins") || !m_doc["twins"].is_array())
        m_doc["twins"] = Json::array();
    if (!m_doc.contains("models") || !m_doc["models"].is_array())
        m_doc["models"] = Json::array();
    reindex();
    reloadModels();
    Q_EMIT reset();
    Q_EMIT changed();
}

QByteArray GraphModel::toBytes() const
{
    return QByteArray::fromStdString(m_doc.dump(2)) + '\n';
}

void GraphModel::reindex()
{
    m_order.clear();
    m_index.clear();
    const Json &twins = m_doc["twins"];
    for (std::size_t i = 0; i < twins.size(); ++i) {
        const QString id = jsonString(twins[i], "id").value_or(QString());
        if (id.isEmpty() || m_index.contains(id))
            continue; // reported by problems()
        m_index.insert(id, static_cast<int>(i));
        m_order << id;
    }
}

void GraphModel::reloadModels()
{
    m_models = ModelSet();
    m_modelIndex.clear();
    const Json &models = m_doc["models"];
    for (std::size_t i = 0; i < models.size(); ++i) {
        const Json &entry = models[i];
        nlohmann::json definition;
        const QString file = jsonString(entry, "file").value_or(QString());
        if (!file.isEmpty()) {
            // The same rule as the runner's: only files inside the project's folder; a file
            // refused here is reported by the project's validation (problems()).
            const std::optional<QString> path = projectFile(m_baseDirectory, file, nullptr);
            if (!path)
                continue;
            QFile f(*path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            definition = JsonInput::parseOrDiscarded(bytes);
        } else {
            definition = nlohmann::json(entry);
        }
        Diagnostics ignored; // problems() reports them
        if (auto m = TwinModel::fromJson(definition, {}, ignored)) {
            m_modelIndex.insert(m->id, static_cast<int>(i));
            m_models.add(std::move(m));
        }
    }
}

const GraphModel::Json *GraphModel::twin(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_doc["twins"][static_cast<std::size_t>(*it)];
}

QString GraphModel::twinModelId(const QString &id) const
{
    const Json *t = twin(id);
    return t ? jsonString(*t, "model").value_or(QString()) : QString();
}

QString GraphModel::twinNode(const QString &id) const
{
    const Json *t = twin(id);
    return t ? jsonString(*t, "node").value_or(QString()) : QString();
}

QString GraphModel::twinDisplayName(const QString &id) const
{
    const Json *t = twin(id);
    const QString name = t ? jsonString(*t, "displayName").value_or(QString()) : QString();
    return name.isEmpty() ? id : name;
}

QString GraphModel::uniqueTwinId(const QString &stem) const
{
    QString base = stem.isEmpty() ? QStringLiteral("twin") : stem;
    if (!hasTwin(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = base + QLatin1Char('-') + QString::number(n);
        if (!hasTwin(candidate))
            return candidate;
    }
}

void GraphModel::setTwin(const QString &id, const std::optional<Json> &entry, int at)
{
    Json &twins = m_doc["twins"];
    const auto it = m_index.constFind(id);
    if (!entry) {
        if (it == m_index.constEnd())
            return;
        twins.erase(static_cast<std::size_t>(*it));
        reindex();
        Q_EMIT twinRemoved(id);
        Q_EMIT changed();
        return;
    }
    const QString newId = jsonString(*entry, "id").value_or(QString());
    if (it == m_index.constEnd()) {
        if (at >= 0 && static_cast<std::size_t>(at) < twins.size())
            twins.insert(twins.begin() + at, *entry);
        else
            twins.push_back(*entry);
        reindex();
        Q_EMIT twinAdded(newId);
    } else if (newId != id) {
        twins[static_cast<std::size_t>(*it)] = *entry;
        reindex();
        Q_EMIT twinRemoved(id);
        Q_EMIT twinAdded(newId);
    } else {
        twins[static_cast<std::size_t>(*it)] = *entry;
        Q_EMIT twinChanged(id);
    }
    Q_EMIT changed();
}

GraphModel::Json &GraphModel::layoutTwins()
{
    Json &layout = m_doc["layout"];
    if (!layout.is_object())
        layout = Json::object();
    Json &twins = layout["twins"];
    if (!twins.is_object())
        twins = Json::object();
    return twins;
}

std::optional<QPointF> GraphModel::position(const QString &id) const
{
    const auto layout = m_doc.find("layout");
    if (layout == m_doc.end() || !layout->is_object())
        return std::nullopt;
    const auto twins = layout->find("twins");
    if (twins == layout->end() || !twins->is_object())
        return std::nullopt;
    const auto p = twins->find(id.toStdString());
    if (p == twins->end() || !p->is_object())
        return std::nullopt;
    const auto x = p->find("x");
    const auto y = p->find("y");
    if (x == p->end() || y == p->end() || !x->is_number() || !y->is_number())
        return std::nullopt;
    return QPointF(x->get<double>(), y->get<double>());
}

int GraphModel::positionIndex(const QString &id) const
{
    const auto layout = m_doc.find("layout");
    if (layout == m_doc.end() || !layout->is_object() || !layout->contains("twins") ||
        !(*layout)["twins"].is_object())
        return -1;
    int i = 0;
    const std::string key = id.toStdString();
    for (auto it = (*layout)["twins"].begin(); it != (*layout)["twins"].end(); ++it, ++i) {
        if (it.key() == key)
            return i;
    }
    return -1;
}

void GraphModel::setPosition(const QString &id, const std::optional<QPointF> &position, int at)
{
    Json &twins = layoutTwins();
    const std::string key = id.toStdString();
    if (!position) {
        twins.erase(key);
    } else if (twins.contains(key) || at < 0 || static_cast<std::size_t>(at) >= twins.size()) {
        twins[key] = positionJson(*position);
    } else {
        Json rebuilt = Json::object();
        int i = 0;
        for (auto it = twins.begin(); it != twins.end(); ++it, ++i) {
            if (i == at)
                rebuilt[key] = positionJson(*position);
            rebuilt[it.key()] = std::move(it.value());
        }
        twins = std::move(rebuilt);
    }
    Q_EMIT positionChanged(id);
    Q_EMIT changed();
}

GraphModel::Json GraphModel::dashboards() const
{
    const auto it = m_doc.find("dashboards");
    return it == m_doc.end() ? Json() : *it;
}

void GraphModel::setDashboards(const std::optional<Json> &dashboards)
{
    if (dashboards)
        m_doc["dashboards"] = *dashboards;
    else
        m_doc.erase("dashboards");
    Q_EMIT dashboardsChanged();
    Q_EMIT changed();
}

QStringList GraphModel::modelIds() const
{
    QStringList ids = m_modelIndex.keys();
    ids.sort();
    return ids;
}

std::shared_ptr<const TwinModel> GraphModel::model(const QString &modelId) const
{
    return m_models.find(modelId);
}

TwinModelPtr GraphModel::resolvedModel(const QString &modelId) const
{
    Diagnostics ignored; // problems() reports them
    return m_models.resolve(modelId, ignored);
}

const GraphModel::Json *GraphModel::modelEntry(const QString &modelId) const
{
    const auto it = m_modelIndex.constFind(modelId);
    return it == m_modelIndex.constEnd() ? nullptr
                                         : &m_doc["models"][static_cast<std::size_t>(*it)];
}

void GraphModel::setModelEntry(const QString &modelId, const std::optional<Json> &entry)
{
    Json &models = m_doc["models"];
    const auto it = m_modelIndex.constFind(modelId);
    if (!entry) {
        if (it != m_modelIndex.constEnd())
            models.erase(static_cast<std::size_t>(*it));
    } else if (it == m_modelIndex.constEnd()) {
        models.push_back(*entry);
    } else {
        models[static_cast<std::size_t>(*it)] = *entry;
    }
    reloadModels();
    Q_EMIT modelsChanged();
    Q_EMIT changed();
}

bool GraphModel::conformsTo(const QString &modelId, const QString &base) const
{
    if (base.isEmpty() || modelId == base)
        return true;
    QStringList pending{modelId};
    QStringList seen;
    while (!pending.isEmpty()) {
        const QString id = pending.takeLast();
        if (seen.contains(id))
            continue;
        seen << id;
        const auto m = m_models.find(id);
        if (!m)
            continue;
        for (const QString &parent : m->extends) {
            if (parent == base)
                return true;
            pending << parent;
        }
    }
    return false;
}

QStringList GraphModel::nodeNames() const
{
    QStringList names;
    const auto nodes = m_doc.find("nodes");
    if (nodes != m_doc.end() && nodes->is_array()) {
        for (const Json &n : *nodes) {
            const QString name = jsonString(n, "name").value_or(QString());
            if (!name.isEmpty())
                names << name;
        }
    }
    return names;
}

std::vector<GraphEdge> GraphModel::edges() const
{
    std::vector<GraphEdge> all;
    for (const QString &id : m_order) {
        const Json &t = *twin(id);
        const auto rels = t.find("relationships");
        if (rels != t.end() && rels->is_array()) {
            for (std::size_t i = 0; i < rels->size(); ++i) {
                const Json &r = (*rels)[i];
                GraphEdge e;
                e.source = id;
                e.name = jsonString(r, "name").value_or(QString());
                e.target = jsonString(r, "target").value_or(QString());
                e.index = static_cast<int>(i);
                all.push_back(std::move(e));
            }
        }
        const auto adapters = t.find("physicalAdapters");
        if (adapters != t.end() && adapters->is_array()) {
            for (std::size_t i = 0; i < adapters->size(); ++i) {
                const Json &a = (*adapters)[i];
                if (jsonString(a, "type").value_or(QString()) != QLatin1String("twin"))
                    continue;
                const auto config = a.find("config");
                if (config == a.end())
                    continue;
                GraphEdge e;
                e.kind = GraphEdge::Kind::TwinLink;
                e.source = id;
                e.name = jsonString(a, "id").value_or(QString()).isEmpty()
                             ? QStringLiteral("twin")
                             : jsonString(a, "id").value_or(QString());
                e.target = jsonString(*config, "twin").value_or(QString());
                e.index = static_cast<int>(i);
                if (!e.target.isEmpty())
                    all.push_back(std::move(e));
            }
        }
    }
    return all;
}

std::vector<GraphEdge> GraphModel::edgesOf(const QString &twinId) const
{
    std::vector<GraphEdge> out;
    for (GraphEdge &e : edges()) {
        if (e.source == twinId || e.target == twinId)
            out.push_back(std::move(e));
    }
    return out;
}

QStringList GraphModel::allowedRelationships(const QString &source, const QString &target,
                                             QString *why) const
{
    auto fail = [&](const QString &reason) {
        if (why)
            *why = reason;
        return QStringList();
    };
    if (!hasTwin(source) || !hasTwin(target))
        return fail(Tr::tr("both ends must be twins"));
    if (source == target)
        return fail(Tr::tr("a twin cannot be related to itself"));
    Diagnostics ignored;
    const auto model = m_models.resolve(twinModelId(source), ignored);
    if (!model)
        return fail(Tr::tr("the model of '%1' is not defined").arg(source));
    if (model->relationships.empty())
        return fail(Tr::tr("the model of '%1' has no relationships").arg(source));
    QStringList allowed;
    QStringList reasons;
    for (const RelationshipDef &r : model->relationships) {
        const QString refusal = relationshipRefusal(source, r.name, target);
        if (refusal.isEmpty())
            allowed << r.name;
        else
            reasons << refusal;
    }
    if (allowed.isEmpty())
        return fail(reasons.join(QStringLiteral("; ")));
    return allowed;
}

QString GraphModel::relationshipRefusal(const QString &source, const QString &name,
                                        const QString &target) const
{
    if (!hasTwin(source) || !hasTwin(target))
        return Tr::tr("both ends must be twins");
    if (source == target)
        return Tr::tr("a twin cannot be related to itself");
    Diagnostics ignored;
    const auto model = m_models.resolve(twinModelId(source), ignored);
    const RelationshipDef *r = model ? model->relationship(name) : nullptr;
    if (!r)
        return Tr::tr("the model of '%1' has no relationship '%2'").arg(source, name);
    if (!conformsTo(twinModelId(target), r->target))
        return Tr::tr("'%1' needs a %2").arg(r->name, r->target);
    int count = 0;
    for (const GraphEdge &e : edgesOf(source)) {
        if (e.kind != GraphEdge::Kind::Relationship || e.source != source || e.name != r->name)
            continue;
        if (e.target == target)
            return Tr::tr("'%1' already points at '%2'").arg(r->name, target);
        ++count;
    }
    if (r->maxMultiplicity > 0 && count >= r->maxMultiplicity)
        return Tr::tr("'%1' allows at most %2").arg(r->name).arg(r->maxMultiplicity);
    return {};
}

std::vector<GraphProblem> GraphModel::problems() const
{
    Diagnostics d;
    Project::fromJson(m_doc, d, m_baseDirectory, &AdapterRegistry::global());
    std::vector<GraphProblem> out;
    const Json &twins = m_doc["twins"];
    const QString prefix = QStringLiteral("/twins/");
    for (const Diagnostic &item : d.items()) {
        GraphProblem p;
        p.severity = item.severity;
        p.pointer = item.pointer;
        p.message = item.message;
        if (item.pointer.startsWith(prefix)) {
            const QString index = item.pointer.mid(prefix.size()).section(QLatin1Char('/'), 0, 0);
            bool ok = false;
            const auto i = index.toULongLong(&ok);
            if (ok && i < twins.size())
                p.twinId = jsonString(twins[i], "id").value_or(QString());
        }
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace twinloom::Studio
