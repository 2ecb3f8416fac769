#include "engine/twinmodel.h"

#include "engine/tr.h"
#include "engine/units.h"

#include <QtCore/QCoreApplication>

#include <nlohmann/json.hpp>

#include <cmath>
#include <functional>

namespace twinloom {

namespace {
QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString stringField(const nlohmann::json &j, const char *key)
{
    auto it = j.find(key);
    if (it == j.end())
        return {};
    if (it->is_string())
        return qs(it->get<std::string>());
    // DTDL localizable strings: {"en": "…"}; take English, else the first language.
    if (it->is_object() && !it->empty()) {
        auto en = it->find("en");
        const auto &v = en != it->end() ? *en : it->begin().value();
        if (v.is_string())
            return qs(v.get<std::string>());
    }
    return {};
}

// "@type" may be a string or an array of a content type and semantic types.
QString contentType(const nlohmann::json &j)
{
    static const QStringList known{QStringLiteral("Property"), QStringLiteral("Telemetry"),
                                   QStringLiteral("Event"),    QStringLiteral("Command"),
                                   QStringLiteral("Action"),   QStringLiteral("Relationship"),
                                   QStringLiteral("Component")};
    auto it = j.find("@type");
    if (it == j.end())
        return {};
    if (it->is_string())
        return qs(it->get<std::string>());
    if (it->is_array()) {
        for (const auto &t : *it) {
            if (t.is_string() && known.contains(qs(t.get<std::string>())))
                return qs(t.get<std::string>());
        }
    }
    return {};
}

bool validName(const QString &name)
{
    if (name.isEmpty() || name.size() > 512 || !name.front().isLetter())
        return false;
    for (QChar c : name) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_')))
            return false;
    }
    return !name.endsWith(QLatin1Char('_'));
}

void readPropertyLike(PropertyDef &p, const nlohmann::json &c, const QString &pointer,
                      Diagnostics &d)
{
    p.displayName = stringField(c, "displayName");
    p.description = stringField(c, "description");
    if (auto s = c.find("schema"); s != c.end())
        p.schema = Schema::fromJson(*s, pointer + QStringLiteral("/schema"), d);
    else
        d.error(pointer, Tr::tr("'%1' needs a \"schema\"").arg(p.name));
    p.unit = stringField(c, "unit");
    if (!p.unit.isEmpty() && !Units::find(p.unit))
        d.warning(pointer + QStringLiteral("/unit"),
                  Tr::tr("unit '%1' is not known; values will not be converted").arg(p.unit));
    if (auto w = c.find("writable"); w != c.end()) {
        if (w->is_boolean())
            p.writable = w->get<bool>();
        else
            d.error(pointer + QStringLiteral("/writable"),
                    Tr::tr("\"writable\" must be true or false"));
    }
    for (auto [key, target] :
         {std::pair{"minimum", &p.minimum}, std::pair{"maximum", &p.maximum}}) {
        auto it = c.find(key);
        if (it == c.end())
            continue;
        if (it->is_number())
            *target = it->get<double>();
        else
            d.error(pointer + QLatin1Char('/') + QLatin1String(key),
                    Tr::tr("\"%1\" must be a number").arg(QLatin1String(key)));
    }
    if (p.minimum && p.maximum && *p.minimum > *p.maximum)
        d.error(pointer + QStringLiteral("/minimum"),
                Tr::tr("minimum %1 is above maximum %2").arg(*p.minimum).arg(*p.maximum));
    if (auto a = c.find("maxAge"); a != c.end())
        p.maxAge = readMaxAge(*a, pointer + QStringLiteral("/maxAge"), d).value_or(0);
    if (auto h = c.find("history"); h != c.end()) {
        if (h->is_number_integer() && h->get<std::int64_t>() >= 0 &&
            h->get<std::int64_t>() <= 100000000)
            p.historyCapacity = h->get<int>();
        else
            d.error(pointer + QStringLiteral("/history"),
                    Tr::tr("\"history\" must be a count of samples from 0 to 100000000"));
    }
}

nlohmann::json propertyToJson(const PropertyDef &p, const char *type)
{
    nlohmann::json j = {{"@type", type}, {"name", p.name.toStdString()}};
    if (!p.displayName.isEmpty())
        j["displayName"] = p.displayName.toStdString();
    if (!p.description.isEmpty())
        j["description"] = p.description.toStdString();
    if (p.schema)
        j["schema"] = p.schema->toJson();
    if (!p.unit.isEmpty())
        j["unit"] = p.unit.toStdString();
    if (p.writable)
        j["writable"] = true;
    if (p.minimum)
        j["minimum"] = *p.minimum;
    if (p.maximum)
        j["maximum"] = *p.maximum;
    if (p.maxAge > 0)
        j["maxAge"] = formatDuration(Duration{0, p.maxAge}).toStdString();
    if (p.historyCapacity > 0)
        j["history"] = p.historyCapacity;
    return j;
}

// A few names are compared in place; many are looked up in the index (which needs a QString).
template<class T>
int indexIn(const std::vector<T> &defs, const QHash<QString, int> &index, QStringView name)
{
    if (defs.size() <= 16) {
        for (std::size_t i = 0; i < defs.size(); ++i) {
            if (defs[i].name == name)
                return static_cast<int>(i);
        }
        return -1;
    }
    auto it = index.constFind(name.toString());
    return it == index.constEnd() ? -1 : *it;
}
} // namespace

std::optional<Timestamp> readMaxAge(const nlohmann::json &json, const QString &pointer,
                                    Diagnostics &diagnostics)
{
    const auto micros = parseDurationMicros(json);
    // Zero would say a value is stale at once; no limit is said by leaving it out.
    if (micros && *micros > 0)
        return micros;
    diagnostics.error(pointer,
                      Tr::tr("\"maxAge\" must be an ISO 8601 duration such as \"PT30S\" or a "
                             "number of seconds, above zero (leave it out for no limit)"));
    return std::nullopt;
}

std::optional<Timestamp> parseDurationMicros(const nlohmann::json &json)
{
    if (json.is_number()) {
        const double micros = json.get<double>() * 1e6;
        if (!std::isfinite(micros) || std::abs(micros) > 4.6e18)
            return std::nullopt;
        return static_cast<Timestamp>(micros);
    }
    if (json.is_string()) {
        auto d = parseDuration(qs(json.get<std::string>()));
        if (d && d->months == 0)
            return d->micros;
    }
    return std::nullopt;
}

std::shared_ptr<TwinModel> TwinModel::fromJson(const nlohmann::json &json, const QString &pointer,
                                               Diagnostics &d)
{
    if (!json.is_object()) {
        d.error(pointer, Tr::tr("a twin model must be a JSON object"));
        return nullptr;
    }
    const int errorsBefore = d.errorCount();
    auto m = std::make_shared<TwinModel>();
    m->id = stringField(json, "@id");
    if (m->id.isEmpty())
        d.error(pointer, Tr::tr("a twin model needs an \"@id\", such as \"dtmi:example:Room;1\""));
    else if (!m->id.startsWith(QStringLiteral("dtmi:")))
        d.warning(pointer + QStringLiteral("/@id"),
                  Tr::tr("'%1' is not a DTMI; DTDL exports need ids like \"dtmi:example:Room;1\"")
                      .arg(m->id));
    m->displayName = stringField(json, "displayName");
    m->description = stringField(json, "description");
    if (auto e = json.find("extends"); e != json.end()) {
        if (e->is_string())
            m->extends << qs(e->get<std::string>());
        else if (e->is_array()) {
            for (std::size_t i = 0; i < e->size(); ++i) {
                if ((*e)[i].is_string())
                    m->extends << qs((*e)[i].get<std::string>());
                else
                    d.error(pointerAppend(pointer + QStringLiteral("/extends"), qsizetype(i)),
                            Tr::tr("\"extends\" lists model ids"));
            }
        } else {
            d.error(pointer + QStringLiteral("/extends"),
                    Tr::tr("\"extends\" must be a model id or a list of them"));
        }
    }
    auto contents = json.find("contents");
    if (contents != json.end() && !contents->is_array())
        d.error(pointer + QStringLiteral("/contents"), Tr::tr("\"contents\" must be an array"));
    QHash<QString, QString> seen;
    if (contents != json.end() && contents->is_array()) {
        for (std::size_t i = 0; i < contents->size(); ++i) {
            const auto &c = (*contents)[i];
            const QString p = pointerAppend(pointer + QStringLiteral("/contents"), qsizetype(i));
            if (!c.is_object()) {
                d.error(p, Tr::tr("each entry of \"contents\" must be an object"));
                continue;
            }
            const QString type = contentType(c);
            const QString name = stringField(c, "name");
            if (!validName(name)) {
                d.error(p + QStringLiteral("/name"),
                        Tr::tr("'%1' is not a valid name: use letters, "
                               "digits and '_', starting with a letter")
                            .arg(name));
                continue;
            }
            if (seen.contains(name)) {
                d.error(
                    p + QStringLiteral("/name"),
                    Tr::tr("the name '%1' is already used by a %2").arg(name, seen.value(name)));
                continue;
            }
            seen.insert(name, type);
            if (type == QLatin1String("Property") || type == QLatin1String("Telemetry")) {
                PropertyDef prop;
                prop.name = name;
                prop.telemetry = type == QLatin1String("Telemetry");
                readPropertyLike(prop, c, p, d);
                if (prop.telemetry && prop.writable)
                    d.error(p + QStringLiteral("/writable"),
                            Tr::tr("telemetry cannot be writable"));
                m->properties.push_back(std::move(prop));
            } else if (type == QLatin1String("Event")) {
                EventDef ev{name,
                            stringField(c, "displayName"),
                            stringField(c, "description"),
                            nullptr,
                            {}};
                if (auto s = c.find("schema"); s != c.end())
                    ev.schema = Schema::fromJson(*s, p + QStringLiteral("/schema"), d);
                m->events.push_back(std::move(ev));
            } else if (type == QLatin1String("Command") || type == QLatin1String("Action")) {
                ActionDef a;
                a.name = name;
                a.displayName = stringField(c, "displayName");
                a.description = stringField(c, "description");
                for (auto [key, nameOut, schemaOut] :
                     {std::tuple{"request", &a.requestName, &a.request},
                      std::tuple{"response", &a.responseName, &a.response}}) {
                    auto it = c.find(key);
                    if (it == c.end() || it->is_null())
                        continue;
                    const QString rp = p + QLatin1Char('/') + QLatin1String(key);
                    if (!it->is_object() || !it->contains("schema")) {
                        d.error(rp, Tr::tr("\"%1\" needs a \"name\" and a \"schema\"")
                                        .arg(QLatin1String(key)));
                        continue;
                    }
                    *nameOut = stringField(*it, "name");
                    *schemaOut =
                        Schema::fromJson((*it)["schema"], rp + QStringLiteral("/schema"), d);
                }
                m->actions.push_back(std::move(a));
            } else if (type == QLatin1String("Relationship")) {
                RelationshipDef r;
                r.name = name;
                r.displayName = stringField(c, "displayName");
                r.description = stringField(c, "description");
                r.target = stringField(c, "target");
                if (auto w = c.find("writable"); w != c.end() && w->is_boolean())
                    r.writable = w->get<bool>();
                for (auto [key, out] : {std::pair{"maxMultiplicity", &r.maxMultiplicity},
                                        std::pair{"minMultiplicity", &r.minMultiplicity}}) {
                    auto it = c.find(key);
                    if (it == c.end())
                        continue;
                    if (it->is_number_integer() && it->get<std::int64_t>() >= 0 &&
                        it->get<std::int64_t>() < (1 << 30))
                        *out = it->get<int>();
                    else
                        d.error(p + QLatin1Char('/') + QLatin1String(key),
                                Tr::tr("\"%1\" must be a whole number of at least 0")
                                    .arg(QLatin1String(key)));
                }
                if (r.maxMultiplicity > 0 && r.minMultiplicity > r.maxMultiplicity)
                    d.error(p + QStringLiteral("/minMultiplicity"),
                            Tr::tr("minMultiplicity is above maxMultiplicity"));
                if (auto props = c.find("properties"); props != c.end() && props->is_array()) {
                    for (std::size_t k = 0; k < props->size(); ++k) {
                        const auto &rp = (*props)[k];
                        const QString pp =
                            pointerAppend(p + QStringLiteral("/properties"), qsizetype(k));
                        PropertyDef prop;
                        prop.name = rp.is_object() ? stringField(rp, "name") : QString();
                        if (!validName(prop.name)) {
                            d.error(pp + QStringLiteral("/name"),
                                    Tr::tr("'%1' is not a valid name").arg(prop.name));
                            continue;
                        }
                        readPropertyLike(prop, rp, pp, d);
                        r.properties.push_back(std::move(prop));
                    }
                }
                m->relationships.push_back(std::move(r));
            } else if (type == QLatin1String("Component")) {
                ComponentDef comp{name, stringField(c, "displayName"), stringField(c, "schema")};
                if (comp.schema.isEmpty())
                    d.error(p + QStringLiteral("/schema"),
                            Tr::tr("a component's \"schema\" must be the id of a model"));
                m->components.push_back(std::move(comp));
            } else {
                d.error(p + QStringLiteral("/@type"),
                        Tr::tr("'%1' is not a content type: expected Property, Telemetry, Event, "
                               "Command, Relationship or Component")
                            .arg(type));
            }
        }
    }
    m->reindex();
    return d.errorCount() > errorsBefore ? nullptr : m;
}

nlohmann::json TwinModel::toJson() const
{
    nlohmann::json j = nlohmann::json::object();
    j["@id"] = id.toStdString();
    j["@type"] = "Interface";
    if (!displayName.isEmpty())
        j["displayName"] = displayName.toStdString();
    if (!description.isEmpty())
        j["description"] = description.toStdString();
    if (!extends.isEmpty()) {
        nlohmann::json e = nlohmann::json::array();
        for (const QString &x : extends)
            e.push_back(x.toStdString());
        j["extends"] = std::move(e);
    }
    nlohmann::json contents = nlohmann::json::array();
    for (const PropertyDef &p : properties)
        contents.push_back(propertyToJson(p, p.telemetry ? "Telemetry" : "Property"));
    for (const EventDef &e : events) {
        nlohmann::json x = {{"@type", "Event"}, {"name", e.name.toStdString()}};
        if (!e.displayName.isEmpty())
            x["displayName"] = e.displayName.toStdString();
        if (e.schema)
            x["schema"] = e.schema->toJson();
        contents.push_back(std::move(x));
    }
    for (const ActionDef &a : actions) {
        nlohmann::json x = {{"@type", "Command"}, {"name", a.name.toStdString()}};
        if (!a.displayName.isEmpty())
            x["displayName"] = a.displayName.toStdString();
        if (a.request)
            x["request"] = {{"name", a.requestName.toStdString()}, {"schema", a.request->toJson()}};
        if (a.response)
            x["response"] = {{"name", a.responseName.toStdString()},
                             {"schema", a.response->toJson()}};
        contents.push_back(std::move(x));
    }
    for (const RelationshipDef &r : relationships) {
        nlohmann::json x = {{"@type", "Relationship"}, {"name", r.name.toStdString()}};
        if (!r.displayName.isEmpty())
            x["displayName"] = r.displayName.toStdString();
        if (!r.target.isEmpty())
            x["target"] = r.target.toStdString();
        if (r.maxMultiplicity > 0)
            x["maxMultiplicity"] = r.maxMultiplicity;
        if (r.minMultiplicity > 0)
            x["minMultiplicity"] = r.minMultiplicity;
        if (r.writable)
            x["writable"] = true;
        if (!r.properties.empty()) {
            nlohmann::json props = nlohmann::json::array();
            for (const PropertyDef &p : r.properties) {
                nlohmann::json pj = propertyToJson(p, "Property");
                props.push_back(std::move(pj));
            }
            x["properties"] = std::move(props);
        }
        contents.push_back(std::move(x));
    }
    for (const ComponentDef &c : components) {
        nlohmann::json x = {{"@type", "Component"},
                            {"name", c.name.toStdString()},
                            {"schema", c.schema.toStdString()}};
        if (!c.displayName.isEmpty())
            x["displayName"] = c.displayName.toStdString();
        contents.push_back(std::move(x));
    }
    j["contents"] = std::move(contents);
    return j;
}

void TwinModel::reindex()
{
    m_propertyIndex.clear();
    m_eventIndex.clear();
    m_actionIndex.clear();
    m_relationshipIndex.clear();
    for (std::size_t i = 0; i < properties.size(); ++i)
        m_propertyIndex.insert(properties[i].name, static_cast<int>(i));
    for (std::size_t i = 0; i < events.size(); ++i)
        m_eventIndex.insert(events[i].name, static_cast<int>(i));
    for (std::size_t i = 0; i < actions.size(); ++i)
        m_actionIndex.insert(actions[i].name, static_cast<int>(i));
    for (std::size_t i = 0; i < relationships.size(); ++i)
        m_relationshipIndex.insert(relationships[i].name, static_cast<int>(i));
}

int TwinModel::propertyIndex(QStringView name) const
{
    return indexIn(properties, m_propertyIndex, name);
}
int TwinModel::eventIndex(QStringView name) const
{
    return indexIn(events, m_eventIndex, name);
}
int TwinModel::actionIndex(QStringView name) const
{
    return indexIn(actions, m_actionIndex, name);
}
int TwinModel::relationshipIndex(QStringView name) const
{
    return indexIn(relationships, m_relationshipIndex, name);
}

const PropertyDef *TwinModel::property(QStringView name) const
{
    const int i = propertyIndex(name);
    return i < 0 ? nullptr : &properties[static_cast<std::size_t>(i)];
}
const EventDef *TwinModel::event(QStringView name) const
{
    const int i = eventIndex(name);
    return i < 0 ? nullptr : &events[static_cast<std::size_t>(i)];
}
const ActionDef *TwinModel::action(QStringView name) const
{
    const int i = actionIndex(name);
    return i < 0 ? nullptr : &actions[static_cast<std::size_t>(i)];
}
const RelationshipDef *TwinModel::relationship(QStringView name) const
{
    const int i = relationshipIndex(name);
    return i < 0 ? nullptr : &relationships[static_cast<std::size_t>(i)];
}

void ModelSet::add(std::shared_ptr<TwinModel> model)
{
    m_models[model->id] = std::move(model);
    m_resolved.clear();
}

TwinModelPtr ModelSet::find(const QString &id) const
{
    auto it = m_models.find(id);
    return it == m_models.end() ? nullptr : it->second;
}

QStringList ModelSet::ids() const
{
    QStringList out;
    for (const auto &[id, m] : m_models)
        out << id;
    return out;
}

TwinModelPtr ModelSet::resolve(const QString &id, Diagnostics &diagnostics,
                               const QString &pointer) const
{
    if (auto it = m_resolved.find(id); it != m_resolved.end())
        return it->second;
    TwinModelPtr base = find(id);
    if (!base) {
        diagnostics.error(pointer, Tr::tr("no twin model has the id '%1'").arg(id));
        return nullptr;
    }
    if (base->extends.isEmpty() && base->components.empty()) {
        m_resolved[id] = base;
        return base;
    }
    if (const QString chain = tooDeepExtends(id); !chain.isEmpty()) {
        diagnostics.error(pointer, Tr::tr("model '%1' inherits through more than %2 levels of "
                                          "\"extends\" (DTDL allows %2): %3")
                                       .arg(id)
                                       .arg(kMaxExtendsDepth)
                                       .arg(chain));
        return nullptr;
    }
    auto flat = std::make_shared<TwinModel>();
    flat->id = base->id;
    flat->displayName = base->displayName;
    flat->description = base->description;
    flat->extends = base->extends;
    QStringList chain;
    std::set<QString> included;
    if (!flattenInto(*flat, id, QString(), chain, included, diagnostics, pointer))
        return nullptr;
    flat->reindex();
    m_resolved[id] = flat;
    return flat;
}

QString ModelSet::tooDeepExtends(const QString &id) const
{
    std::map<QString, int> depth; // below a model, computed once
    QStringList path;
    bool tooDeep = false;
    std::function<int(const QString &)> visit = [&](const QString &at) -> int {
        if (auto it = depth.find(at); it != depth.end()) {
            if (path.size() + it->second > kMaxExtendsDepth) {
                tooDeep = true;
                path << at;
            }
            return it->second;
        }
        if (path.contains(at)) // a cycle: flattenInto() says so
            return 0;
        path << at;
        if (path.size() > kMaxExtendsDepth + 1) {
            tooDeep = true;
            return 0;
        }
        int deepest = 0;
        if (TwinModelPtr m = find(at)) {
            for (const QString &parent : m->extends) {
                deepest = std::max(deepest, 1 + visit(parent));
                if (tooDeep)
                    return 0;
            }
        }
        path.removeLast();
        depth[at] = deepest;
        return deepest;
    };
    visit(id);
    return tooDeep ? path.join(QStringLiteral(" → ")) : QString();
}

bool ModelSet::flattenInto(TwinModel &out, const QString &id, const QString &prefix,
                           QStringList &chain, std::set<QString> &included, Diagnostics &d,
                           const QString &pointer) const
{
    if (chain.contains(id)) {
        d.error(pointer, Tr::tr("model '%1' extends or contains itself: %2")
                             .arg(id, (chain << id).join(QStringLiteral(" → "))));
        return false;
    }
    TwinModelPtr m = find(id);
    if (!m) {
        d.error(pointer, Tr::tr("model '%1' needs model '%2', which is not defined")
                             .arg(chain.isEmpty() ? id : chain.last(), id));
        return false;
    }
    if (!included.insert(prefix + QLatin1Char('\n') + id).second)
        return true;
    chain << id;
    bool ok = true;
    for (const QString &parent : m->extends)
        ok = flattenInto(out, parent, prefix, chain, included, d, pointer) && ok;
    auto provenance = [&](const QString &p) {
        return p.isEmpty() ? (id == out.id ? QString() : id) : p;
    };
    auto add = [&](auto &vec, auto item, const auto &existing) {
        item.name = prefix + item.name;
        item.provenance = provenance(item.provenance);
        for (const auto &e : existing) {
            if (e.name == item.name) {
                d.error(pointer,
                        Tr::tr("'%1' is defined both by '%2' and by '%3'")
                            .arg(item.name, e.provenance.isEmpty() ? out.id : e.provenance, id));
                ok = false;
                return;
            }
        }
        vec.push_back(std::move(item));
    };
    for (const PropertyDef &p : m->properties)
        add(out.properties, p, out.properties);
    for (const EventDef &e : m->events)
        add(out.events, e, out.events);
    for (const ActionDef &a : m->actions)
        add(out.actions, a, out.actions);
    for (const RelationshipDef &r : m->relationships)
        add(out.relationships, r, out.relationships);
    for (const ComponentDef &c : m->components) {
        if (prefix.isEmpty())
            out.components.push_back(c);
        QStringList inner = chain;
        ok = flattenInto(out, c.schema, prefix + c.name + QLatin1Char('/'), inner, included, d,
                         pointer) &&
             ok;
    }
    chain.removeLast();
    return ok;
}

} // namespace twinloom
