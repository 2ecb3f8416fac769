#include "app/studio/shared/grapheditbuilder.h"

#include "app/studio/shared/graphedit.h"
#include "app/studio/shared/tr.h"
#include "engine/adapter.h"

#include <QtCore/QSet>

#include <algorithm>
#include <cmath>
#include <functional>

namespace twinloom::Studio {

namespace {

const char *sideKey(GraphEditBuilder::Side side)
{
    return side == GraphEditBuilder::Side::Physical ? "physicalAdapters" : "digitalAdapters";
}

// The defaults a JSON Schema declares for an object's properties, recursively.
GraphModel::Json defaultsOf(const nlohmann::json &schema)
{
    GraphModel::Json out = GraphModel::Json::object();
    if (!schema.is_object())
        return out;
    const auto props = schema.find("properties");
    if (props == schema.end() || !props->is_object())
        return out;
    const auto required = schema.find("required");
    for (auto it = props->begin(); it != props->end(); ++it) {
        const nlohmann::json &p = it.value();
        if (!p.is_object())
            continue;
        if (const auto d = p.find("default"); d != p.end()) {
            out[it.key()] = GraphModel::Json(*d);
        } else if (required != schema.end() && required->is_array() &&
                   std::find(required->begin(), required->end(), it.key()) != required->end()) {
            const auto type = p.find("type");
            const std::string t =
                type != p.end() && type->is_string() ? type->get<std::string>() : std::string();
            if (t == "object")
                out[it.key()] = defaultsOf(p);
            else if (t == "array")
                out[it.key()] = GraphModel::Json::array();
            else if (t == "string")
                out[it.key()] = "";
        }
    }
    return out;
}

} // namespace

GraphEditBuilder::GraphEditBuilder(GraphModel *model)
    : m_model(model)
{}

const GraphModel::Json *GraphEditBuilder::twin(const QString &id) const
{
    const auto it = m_staged.find(id);
    if (it != m_staged.end())
        return it->second ? &*it->second : nullptr;
    return m_model->twin(id);
}

QString GraphEditBuilder::uniqueId(const QString &stem) const
{
    const QStringList existing = m_model->twinIds();
    QSet<QString> used(existing.begin(), existing.end());
    for (const auto &[id, entry] : m_staged) {
        if (entry)
            used.insert(jsonString(*entry, "id").value_or(QString()));
        else
            used.remove(id);
    }
    QString base = stem.isEmpty() ? QStringLiteral("twin") : stem;
    if (!used.contains(base))
        return base;
    // "room-3" pasted again becomes "room-4", not "room-3-2".
    const qsizetype dash = base.lastIndexOf(QLatin1Char('-'));
    bool numbered = false;
    if (dash > 0)
        base.mid(dash + 1).toInt(&numbered);
    if (numbered)
        base.truncate(dash);
    for (int n = 2;; ++n) {
        const QString candidate = base + QLatin1Char('-') + QString::number(n);
        if (!used.contains(candidate))
            return candidate;
    }
}

QString GraphEditBuilder::addTwin(const QString &modelId, const QPointF &position,
                                  const QString &node)
{
    QString stem = modelId.section(QLatin1Char(':'), -1).section(QLatin1Char(';'), 0, 0);
    if (const auto m = m_model->model(modelId); m && !m->displayName.isEmpty())
        stem = m->displayName;
    stem = stem.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString id = uniqueId(stem);
    Json entry = {{"id", id.toStdString()}, {"model", modelId.toStdString()}};
    if (!node.isEmpty())
        entry["node"] = node.toStdString();
    entry["physicalAdapters"] = Json::array();
    entry["digitalAdapters"] = Json::array();
    addTwinEntry(std::move(entry), position);
    return id;
}

bool GraphEditBuilder::addTwinEntry(Json entry, const QPointF &position)
{
    const QString id = jsonString(entry, "id").value_or(QString());
    if (id.isEmpty() || hasTwin(id))
        return false;
    m_staged[id] = std::move(entry);
    m_added << id;
    m_positions[id] = position;
    return true;
}

void GraphEditBuilder::removeTwin(const QString &id)
{
    if (!hasTwin(id))
        return;
    m_staged[id] = std::nullopt;
    m_added.removeAll(id);
    m_positions[id] = std::nullopt;
    // Wires that pointed at it go with it.
    QStringList others = m_model->twinIds();
    for (const auto &[key, entry] : m_staged) {
        if (entry && !others.contains(key))
            others << key;
    }
    for (const QString &other : others) {
        const Json *t = twin(other);
        if (!t)
            continue;
        const auto rels = t->find("relationships");
        if (rels == t->end() || !rels->is_array())
            continue;
        Json kept = Json::array();
        for (const Json &r : *rels) {
            if (jsonString(r, "target").value_or(QString()) != id)
                kept.push_back(r);
        }
        if (kept.size() != rels->size()) {
            Json copy = *t;
            copy["relationships"] = std::move(kept);
            m_staged[other] = std::move(copy);
        }
    }
}

void GraphEditBuilder::renameReferences(const QString &from, const QString &to)
{
    for (const QString &other : m_model->twinIds()) {
        if (other == from)
            continue;
        const Json *t = twin(other);
        if (!t)
            continue;
        Json copy = *t;
        bool touched = false;
        if (auto rels = copy.find("relationships"); rels != copy.end() && rels->is_array()) {
            for (Json &r : *rels) {
                if (jsonString(r, "target").value_or(QString()) == from) {
                    r["target"] = to.toStdString();
                    touched = true;
                }
            }
        }
        if (auto adapters = copy.find("physicalAdapters");
            adapters != copy.end() && adapters->is_array()) {
            for (Json &a : *adapters) {
                if (jsonString(a, "type").value_or(QString()) == QLatin1String("twin") &&
                    a.contains("config") &&
                    jsonString(a["config"], "twin").value_or(QString()) == from) {
                    a["config"]["twin"] = to.toStdString();
                    touched = true;
                }
            }
        }
        if (touched)
            m_staged[other] = std::move(copy);
    }
}

bool GraphEditBuilder::replaceTwin(const QString &id, Json entry, QString *error)
{
    if (!hasTwin(id) || !entry.is_object()) {
        if (error)
            *error = Tr::tr("no twin '%1'").arg(id);
        return false;
    }
    const QString newId = jsonString(entry, "id").value_or(QString());
    if (newId.isEmpty()) {
        if (error)
            *error = Tr::tr("a twin needs an id");
        return false;
    }
    if (newId != id) {
        if (hasTwin(newId) || m_model->hasTwin(newId)) {
            if (error)
                *error = Tr::tr("the id '%1' is taken").arg(newId);
            return false;
        }
        renameReferences(id, newId);
        const std::optional<QPointF> p = m_model->position(id);
        m_positions[id] = std::nullopt;
        m_positions[newId] = p;
    }
    m_staged[id] = std::move(entry);
    return true;
}

bool GraphEditBuilder::connect(const QString &source, const QString &relationship,
                               const QString &target, QString *error)
{
    const QString refusal = m_model->relationshipRefusal(source, relationship, target);
    if (!refusal.isEmpty()) {
        if (error)
            *error = refusal;
        return false;
    }
    Json copy = *twin(source);
    if (!copy.contains("relationships") || !copy["relationships"].is_array())
        copy["relationships"] = Json::array();
    copy["relationships"].push_back(
        {{"name", relationship.toStdString()}, {"target", target.toStdString()}});
    m_staged[source] = std::move(copy);
    return true;
}

void GraphEditBuilder::disconnect(const QString &source, int relationshipIndex)
{
    const Json *t = twin(source);
    if (!t || !t->contains("relationships"))
        return;
    Json copy = *t;
    Json &rels = copy["relationships"];
    if (!rels.is_array() || relationshipIndex < 0 ||
        static_cast<std::size_t>(relationshipIndex) >= rels.size())
        return;
    rels.erase(static_cast<std::size_t>(relationshipIndex));
    m_staged[source] = std::move(copy);
}

QString GraphEditBuilder::addAdapter(const QString &twinId, Side side, const QString &type)
{
    const Json *t = twin(twinId);
    if (!t)
        return {};
    Json copy = *t;
    Json &list = copy[sideKey(side)];
    if (!list.is_array())
        list = Json::array();
    QSet<QString> ids;
    for (const Json &a : list)
        ids.insert(jsonString(a, "id").value_or(QString()));
    QString id = type;
    for (int n = 2; ids.contains(id); ++n)
        id = type + QString::number(n);
    const AdapterRegistry &registry = AdapterRegistry::global();
    const AdapterTypeInfo *info =
        side == Side::Physical ? registry.physicalInfo(type) : registry.digitalInfo(type);
    list.push_back({{"id", id.toStdString()},
                    {"type", type.toStdString()},
                    {"config", info ? defaultsOf(info->configSchema) : Json::object()}});
    m_staged[twinId] = std::move(copy);
    return id;
}

void GraphEditBuilder::removeAdapter(const QString &twinId, Side side, int index)
{
    const Json *t = twin(twinId);
    if (!t)
        return;
    Json copy = *t;
    Json &list = copy[sideKey(side)];
    if (!list.is_array() || index < 0 || static_cast<std::size_t>(index) >= list.size())
        return;
    list.erase(static_cast<std::size_t>(index));
    m_staged[twinId] = std::move(copy);
}

void GraphEditBuilder::move(const QString &id, const QPointF &position)
{
    m_positions[id] = position;
}

void GraphEditBuilder::setModel(const QString &modelId, const std::optional<Json> &entry)
{
    m_stagedModels[modelId] = entry;
}

QStringList GraphEditBuilder::paste(const Json &clipboard, const QPointF &offset, QString *error)
{
    const auto twins = clipboard.is_object() ? clipboard.find("twins") : clipboard.end();
    if (!clipboard.is_object() || twins == clipboard.end() || !twins->is_array()) {
        if (error)
            *error = Tr::tr("the clipboard holds no twins");
        return {};
    }
    if (const auto models = clipboard.find("models");
        models != clipboard.end() && models->is_array()) {
        for (const Json &m : *models) {
            const QString id = jsonString(m, "@id").value_or(QString());
            if (!id.isEmpty() && !m_model->model(id) && !m_stagedModels.count(id))
                setModel(id, m);
        }
    }
    QHash<QString, QString> renamed;
    for (const Json &t : *twins) {
        const QString id = jsonString(t, "id").value_or(QString());
        if (!id.isEmpty())
            renamed.insert(id, QString());
    }
    QStringList added;
    const Json *layout = nullptr;
    if (const auto l = clipboard.find("layout"); l != clipboard.end() && l->is_object())
        layout = &*l;
    for (const Json &t : *twins) {
        const QString id = jsonString(t, "id").value_or(QString());
        if (id.isEmpty() || !t.is_object())
            continue;
        const QString newId = uniqueId(id);
        renamed[id] = newId;
        Json entry = t;
        entry["id"] = newId.toStdString();
        QPointF p(0, 0);
        if (layout) {
            const auto pos = layout->find(id.toStdString());
            if (pos != layout->end() && pos->is_object() && pos->contains("x") &&
                pos->contains("y") && (*pos)["x"].is_number() && (*pos)["y"].is_number())
                p = QPointF((*pos)["x"].get<double>(), (*pos)["y"].get<double>());
        }
        // Staged before the next twin is named, so that uniqueId() sees it.
        addTwinEntry(std::move(entry), p + offset);
        added << newId;
    }
    // Wires among the pasted twins follow their renames; wires to twins that are not there are
    // dropped.
    for (const QString &id : added) {
        Json &entry = *m_staged[id];
        auto rels = entry.find("relationships");
        if (rels == entry.end() || !rels->is_array())
            continue;
        Json kept = Json::array();
        for (Json r : *rels) {
            const QString target = jsonString(r, "target").value_or(QString());
            if (renamed.contains(target)) {
                r["target"] = renamed.value(target).toStdString();
                kept.push_back(std::move(r));
            } else if (hasTwin(target)) {
                kept.push_back(std::move(r));
            }
        }
        *rels = std::move(kept);
    }
    return added;
}

QUndoCommand *GraphEditBuilder::finish(const QString &text, int mergeId)
{
    std::vector<GraphEdit::ModelSlot> models;
    for (const auto &[id, entry] : m_stagedModels) {
        const Json *before = m_model->modelEntry(id);
        GraphEdit::ModelSlot slot{id, before ? std::optional<Json>(*before) : std::nullopt, entry};
        if (slot.before != slot.after)
            models.push_back(std::move(slot));
    }
    std::vector<GraphEdit::TwinSlot> twins;
    auto addSlot = [&](const QString &id) {
        const auto &entry = m_staged[id];
        const Json *before = m_model->twin(id);
        GraphEdit::TwinSlot slot{id, m_model->twinIndex(id),
                                 before ? std::optional<Json>(*before) : std::nullopt, entry};
        if (slot.before != slot.after)
            twins.push_back(std::move(slot));
    };
    for (const auto &[id, entry] : m_staged) {
        if (!m_added.contains(id))
            addSlot(id);
    }
    for (const QString &id : m_added)
        addSlot(id);
    std::vector<GraphEdit::Move> moves;
    for (const auto &[id, position] : m_positions) {
        GraphEdit::Move m{id, m_model->position(id), position, m_model->positionIndex(id)};
        if (m.before != m.after)
            moves.push_back(std::move(m));
    }
    auto *edit = new GraphEdit(m_model, text, std::move(twins), std::move(models), std::move(moves),
                               mergeId);
    if (edit->isEmpty()) {
        delete edit;
        return nullptr;
    }
    return edit;
}

GraphModel::Json GraphEditBuilder::copyTwins(const GraphModel &model, const QStringList &ids)
{
    Json out = {{"format", "twinloom-twins"}, {"version", 1}};
    Json twins = Json::array();
    Json layout = Json::object();
    Json models = Json::array();
    QSet<QString> modelIds;
    for (const QString &id : ids) {
        const Json *t = model.twin(id);
        if (!t)
            continue;
        twins.push_back(*t);
        if (const auto p = model.position(id))
            layout[id.toStdString()] = {{"x", std::lround(p->x())}, {"y", std::lround(p->y())}};
        const QString m = model.twinModelId(id);
        if (!modelIds.contains(m)) {
            modelIds.insert(m);
            if (const Json *entry = model.modelEntry(m); entry && !entry->contains("file"))
                models.push_back(*entry);
        }
    }
    out["twins"] = std::move(twins);
    out["layout"] = std::move(layout);
    out["models"] = std::move(models);
    return out;
}

QHash<QString, QString> GraphEditBuilder::compositionParents(const GraphModel &model)
{
    const QStringList ids = model.twinIds();
    QHash<QString, QStringList> parents;
    for (const GraphEdge &e : model.edges()) {
        if (e.kind == GraphEdge::Kind::Relationship && model.hasTwin(e.target) &&
            e.target != e.source)
            parents[e.target] << e.source;
    }
    // Depth = longest chain of parents above; bounded passes keep cycles finite.
    QHash<QString, int> depth;
    for (const QString &id : ids)
        depth.insert(id, 0);
    for (int pass = 0; pass < std::min<qsizetype>(ids.size(), 64); ++pass) {
        bool changedAny = false;
        for (const QString &id : ids) {
            int d = 0;
            for (const QString &p : parents.value(id))
                d = std::max(d, depth.value(p) + 1);
            if (d != depth.value(id)) {
                depth[id] = d;
                changedAny = true;
            }
        }
        if (!changedAny)
            break;
    }
    // Each twin under the parent of the longest chain above it.
    QHash<QString, QString> primary;
    for (const QString &id : ids) {
        for (const QString &p : parents.value(id)) {
            if (depth.value(p) + 1 == depth.value(id) && p != id) {
                primary.insert(id, p);
                break;
            }
        }
    }
    return primary;
}

QList<QPair<QString, int>> GraphEditBuilder::compositionOrder(const GraphModel &model)
{
    return compositionOrder(model, compositionParents(model));
}

QList<QPair<QString, int>>
GraphEditBuilder::compositionOrder(const GraphModel &model, const QHash<QString, QString> &parents)
{
    const QStringList ids = model.twinIds();
    QHash<QString, QStringList> children;
    QStringList roots;
    for (const QString &id : ids) {
        if (parents.contains(id))
            children[parents.value(id)] << id;
        else
            roots << id;
    }
    auto byName = [&model](const QString &a, const QString &b) {
        const int c =
            QString::localeAwareCompare(model.twinDisplayName(a), model.twinDisplayName(b));
        return c != 0 ? c < 0 : a < b;
    };
    std::sort(roots.begin(), roots.end(), byName);
    for (QStringList &c : children)
        std::sort(c.begin(), c.end(), byName);
    QList<QPair<QString, int>> out;
    QSet<QString> seen;
    std::function<void(const QString &, int)> add = [&](const QString &id, int depth) {
        if (seen.contains(id))
            return;
        seen.insert(id);
        out.append({id, depth});
        for (const QString &c : children.value(id))
            add(c, depth + 1);
    };
    for (const QString &id : std::as_const(roots))
        add(id, 0);
    for (const QString &id : ids)
        add(id, 0); // twins of cycles, which no root reaches
    return out;
}

std::map<QString, QPointF> GraphEditBuilder::layeredLayout(const GraphModel &model)
{
    const QStringList ids = model.twinIds();
    // A tree along the composition (see compositionParents). Parts whose parts have none (the
    // devices of a room) stand in a column under it, so that wires stay short and a room's
    // devices never drift into a row far from it; larger subtrees sit side by side, their parent
    // centred over them.
    const QHash<QString, QString> primary = compositionParents(model);
    QHash<QString, QStringList> children;
    for (const QString &id : ids)
        if (primary.contains(id))
            children[primary.value(id)] << id;
    constexpr double kColumn = 260;
    constexpr double kRow = 190;
    constexpr double kStacked = 180; // between the cards of a column (running cards grow)
    std::map<QString, QPointF> out;
    QSet<QString> placed;
    // Places the subtree of `id` from column `x` at height `y`; returns the columns it took.
    std::function<double(const QString &, double, double)> place = [&](const QString &id, double x,
                                                                       double y) {
        placed.insert(id);
        QStringList kids;
        for (const QString &c : children.value(id))
            if (!placed.contains(c))
                kids << c;
        const bool column =
            !kids.isEmpty() && std::all_of(kids.begin(), kids.end(), [&](const QString &c) {
                return children.value(c).isEmpty();
            });
        if (kids.isEmpty() || column) {
            out[id] = QPointF(x * kColumn, y);
            for (int i = 0; i < kids.size(); ++i) {
                placed.insert(kids[i]);
                out[kids[i]] = QPointF(x * kColumn, y + kRow + i * kStacked);
            }
            return 1.0;
        }
        double width = 0;
        for (const QString &c : std::as_const(kids))
            width += place(c, x + width, y + kRow);
        out[id] = QPointF((x + (width - 1) / 2) * kColumn, y);
        return width;
    };
    // Trees side by side; twins with no relationship at all in a grid below them.
    double x = 0;
    QStringList alone;
    for (const QString &id : ids) {
        if (primary.contains(id) || placed.contains(id))
            continue;
        if (children.value(id).isEmpty()) {
            alone << id;
            continue;
        }
        x += place(id, x, 0);
    }
    double bottom = 0;
    for (const auto &[id, p] : out)
        bottom = std::max(bottom, p.y());
    // Left over: twins of cycles, which no root reaches.
    for (const QString &id : ids)
        if (!placed.contains(id) && !alone.contains(id))
            alone << id;
    const int perRow = std::max(8, static_cast<int>(std::ceil(std::sqrt(alone.size()) * 2.2)));
    const double top = out.empty() ? 0 : bottom + kRow + kStacked;
    for (int i = 0; i < alone.size(); ++i)
        out[alone[i]] = QPointF((i % perRow) * kColumn, top + (i / perRow) * kStacked);
    return out;
}

} // namespace twinloom::Studio
