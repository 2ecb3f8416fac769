#include "engine/interop/dtdlconvert.h"

#include "engine/interop/dtdlmetamodel.h"
#include "engine/interop/tr.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QScopeGuard>
#include <QtCore/QSet>

#include <algorithm>

namespace twinloom::Dtdl {

namespace mm = MetaModel;
using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;

namespace {

// The samples a property co-typed Historized keeps in its twin (the model's "history").
constexpr int kHistorizedSamples = 1000;

std::string str(const QString &s)
{
    return s.toStdString();
}

// A localizable string as the project writes it: a plain string for English only.
Json localized(const QHash<QString, QString> &strings)
{
    if (strings.size() == 1 && strings.contains(QStringLiteral("en")))
        return str(strings.value(QStringLiteral("en")));
    Json j = Json::object();
    QStringList langs = strings.keys();
    langs.sort();
    for (const QString &lang : langs)
        j[str(lang)] = str(strings.value(lang));
    return j;
}

void describe(Json &j, const Element &e)
{
    if (!e.displayName.isEmpty())
        j["displayName"] = localized(e.displayName);
    if (!e.description.isEmpty())
        j["description"] = localized(e.description);
}

class Importer
{
public:
    explicit Importer(ImportResult &out)
        : m_out(out)
    {}

    Json model(const Element &iface, bool flatten);
    void note(const Element &e, const QString &message)
    {
        m_out.notes.push_back({e.file, e.id, e.path, message});
    }

private:
    Json schema(const Element &owner, const Link *link);
    Json content(const Element &c);

    ImportResult &m_out;
    QSet<const Element *> m_schemaPath; // complex schemas being imported, outermost first
};

Json Importer::schema(const Element &owner, const Link *link)
{
    if (!link) {
        note(owner, Tr::tr("no schema; imported as string"));
        return "string";
    }
    if (!link->standard.isEmpty()) {
        if (const QString unitType = mm::unitTypeSchema(link->standard); !unitType.isEmpty()) {
            // QuantitativeTypes' unit types are enums of unit names.
            Json values = Json::array();
            for (const QString &u : mm::unitsOfUnitType(unitType))
                values.push_back({{"name", str(u)}, {"enumValue", str(u)}});
            return Json{{"@type", "Enum"}, {"valueSchema", "string"}, {"enumValues", values}};
        }
        // DTDL v4's primitive schemas in the twin model's: narrower integers as integer, the
        // wide unsigned ones as long, text forms (decimal, bytes in base64, uuid) as string.
        const QString &term = link->standard;
        for (const char *narrow : {"byte", "short", "unsignedByte", "unsignedShort"}) {
            if (term == QLatin1String(narrow))
                return "integer";
        }
        if (term == QLatin1String("unsignedInteger"))
            return "long";
        if (term == QLatin1String("unsignedLong")) {
            note(owner, Tr::tr("unsignedLong is imported as long: values above 2^63 - 1 do not "
                               "fit"));
            return "long";
        }
        if (term == QLatin1String("decimal") || term == QLatin1String("bytes") ||
            term == QLatin1String("uuid")) {
            note(owner, Tr::tr("%1 is imported as string").arg(term));
            return "string";
        }
        if (term == QLatin1String("scaledDecimal")) {
            return Json{{"@type", "Object"},
                        {"fields", Json::array({{{"name", "scale"}, {"schema", "integer"}},
                                                {{"name", "value"}, {"schema", "string"}}})}};
        }
        if (link->standard == QLatin1String("vector")) { // IoT Central
            Json fields = Json::array();
            for (const char *axis : {"x", "y", "z"})
                fields.push_back({{"name", axis}, {"schema", "double"}});
            return Json{{"@type", "Object"}, {"fields", fields}};
        }
        if (link->standard == QLatin1String("geopoint")) { // IoT Central
            Json fields = Json::array();
            for (const char *axis : {"lat", "lon", "alt"})
                fields.push_back({{"name", axis}, {"schema", "double"}});
            return Json{{"@type", "Object"}, {"fields", fields}};
        }
        if (mm::isGeospatialSchema(link->standard)) {
            note(owner, Tr::tr("geospatial schema %1 is imported as a "
                               "GeoJSON string")
                            .arg(link->standard));
            return "string";
        }
        return str(link->standard);
    }
    if (!link->element) {
        note(owner, Tr::tr("schema %1 is undefined; imported as string").arg(link->reference));
        return "string";
    }
    const Element &s = *link->element;
    // DTDL v4 schemas may contain themselves; a twin model's schema is a tree, so the inner
    // occurrence is kept as JSON text.
    if (m_schemaPath.contains(&s)) {
        note(owner, Tr::tr("schema %1 contains itself; the inner occurrence is imported as a JSON "
                           "string")
                        .arg(s.explicitId ? s.id : QString(elementKindName(s.kind))));
        return "string";
    }
    m_schemaPath.insert(&s);
    const auto leave = qScopeGuard([this, &s] { m_schemaPath.remove(&s); });
    Json j = Json::object();
    j["@type"] = str(elementKindName(s.kind));
    switch (s.kind) {
    case ElementKind::Array:
        j["elementSchema"] = schema(s, s.firstLink(Member::ElementSchema));
        break;
    case ElementKind::Enum: {
        j["valueSchema"] = s.valueSchema.isEmpty() ? "integer" : str(s.valueSchema);
        Json values = Json::array();
        for (const Link *l : s.linksOf(Member::EnumValues)) {
            if (!l->element)
                continue;
            const Element &v = *l->element;
            Json x = {{"name", str(v.name)}};
            if (v.enumValueInteger)
                x["enumValue"] = *v.enumValueInteger;
            else
                x["enumValue"] = str(v.enumValueString);
            if (!v.displayName.isEmpty())
                x["displayName"] = str(v.text(v.displayName));
            values.push_back(std::move(x));
        }
        j["enumValues"] = std::move(values);
        break;
    }
    case ElementKind::Map: {
        const Link *key = s.firstLink(Member::MapKey);
        const Link *value = s.firstLink(Member::MapValue);
        const QString keyName = key && key->element ? key->element->name : QStringLiteral("key");
        j["mapKey"] = {{"name", str(keyName)}, {"schema", "string"}};
        Json v = {{"name", "value"}};
        if (value && value->element) {
            v["name"] = str(value->element->name);
            v["schema"] = schema(*value->element, value->element->firstLink(Member::Schema));
        } else {
            v["schema"] = "string";
        }
        j["mapValue"] = std::move(v);
        break;
    }
    case ElementKind::Object: {
        Json fields = Json::array();
        for (const Link *l : s.linksOf(Member::Fields)) {
            if (!l->element)
                continue;
            const Element &f = *l->element;
            Json x = {{"name", str(f.name)}, {"schema", schema(f, f.firstLink(Member::Schema))}};
            if (!f.displayName.isEmpty())
                x["displayName"] = str(f.text(f.displayName));
            fields.push_back(std::move(x));
        }
        j["fields"] = std::move(fields);
        break;
    }
    default:
        note(owner, Tr::tr("%1 is not a schema; imported as string").arg(elementKindName(s.kind)));
        return "string";
    }
    return j;
}

Json Importer::content(const Element &c)
{
    Json j = Json::object();
    Json type = str(elementKindName(c.kind));
    if (!c.semanticTypes.isEmpty()) {
        type = Json::array({type});
        for (const QString &t : c.semanticTypes)
            type.push_back(str(t));
    }
    j["@type"] = std::move(type);
    j["name"] = str(c.name);
    describe(j, c);
    switch (c.kind) {
    case ElementKind::Telemetry:
    case ElementKind::Property:
        j["schema"] = schema(c, c.firstLink(Member::Schema));
        if (!c.unit.isEmpty())
            j["unit"] = str(c.unit);
        if (c.adjunctTypes.contains(QLatin1String("Historized"))) {
            // The service keeps the values' history: here, a ring of samples (see "history").
            j["history"] = kHistorizedSamples;
        }
        if (c.writable.value_or(false))
            j["writable"] = true;
        break;
    case ElementKind::Command:
        for (const Member m : {Member::Request, Member::Response}) {
            const Link *l = c.firstLink(m);
            if (!l || !l->element)
                continue;
            const Element &payload = *l->element;
            j[m == Member::Request ? "request" : "response"] = {
                {"name", str(payload.name)},
                {"schema", schema(payload, payload.firstLink(Member::Schema))}};
        }
        break;
    case ElementKind::Relationship: {
        if (!c.target.isEmpty())
            j["target"] = str(c.target);
        if (c.maxMultiplicity)
            j["maxMultiplicity"] = *c.maxMultiplicity;
        if (c.writable.value_or(false))
            j["writable"] = true;
        Json props = Json::array();
        for (const Link *l : c.linksOf(Member::Properties)) {
            if (!l->element)
                continue;
            props.push_back(content(*l->element));
        }
        if (!props.empty())
            j["properties"] = std::move(props);
        break;
    }
    case ElementKind::Component: {
        const Link *l = c.firstLink(Member::Schema);
        if (l && l->element)
            j["schema"] = str(l->element->id);
        else if (l)
            j["schema"] = str(l->reference);
        break;
    }
    default:
        break;
    }
    return j;
}

Json Importer::model(const Element &iface, bool flatten)
{
    Json j = Json::object();
    j["@id"] = str(iface.id);
    j["@type"] = "Interface";
    describe(j, iface);
    Json contents = Json::array();
    for (const Link *l : iface.linksOf(Member::Contents)) {
        if (l->element)
            contents.push_back(content(*l->element));
    }
    const std::vector<const Link *> extends = iface.linksOf(Member::Extends);
    if (flatten) {
        // Breadth first through "extends", each base Interface once.
        std::vector<const Element *> queue;
        QSet<const Element *> seen{&iface};
        for (const Link *l : extends) {
            if (l->element && !seen.contains(l->element)) {
                seen.insert(l->element);
                queue.push_back(l->element);
            }
        }
        for (std::size_t i = 0; i < queue.size(); ++i) {
            const Element *base = queue[i];
            for (const Link *l : base->linksOf(Member::Contents)) {
                if (!l->element)
                    continue;
                Json c = content(*l->element);
                c["provenance"] = str(base->id);
                contents.push_back(std::move(c));
            }
            for (const Link *l : base->linksOf(Member::Extends)) {
                if (l->element && !seen.contains(l->element)) {
                    seen.insert(l->element);
                    queue.push_back(l->element);
                }
            }
        }
    } else if (!extends.empty()) {
        Json ids = Json::array();
        for (const Link *l : extends)
            ids.push_back(str(l->element ? l->element->id : l->reference));
        j["extends"] = std::move(ids);
    }
    j["contents"] = std::move(contents);
    return j;
}

template<class Def>
void setProvenance(std::vector<Def> &defs, const QString &name, const QString &provenance)
{
    for (Def &d : defs) {
        if (d.name == name)
            d.provenance = provenance;
    }
}

} // namespace

ImportResult importInterfaces(const ParseResult &result, const ImportOptions &options)
{
    ImportResult out;
    if (result.outcome == Outcome::Invalid)
        return out;
    Importer importer(out);
    std::vector<const Element *> interfaces = result.interfaces();
    std::sort(interfaces.begin(), interfaces.end(),
              [](const Element *a, const Element *b) { return a->id < b->id; });
    for (const Element *iface : interfaces) {
        ImportedModel m;
        m.json = importer.model(*iface, options.flattenExtends);
        Diagnostics d;
        m.model = TwinModel::fromJson(m.json, iface->id, d);
        d.setFile(iface->file);
        out.diagnostics.append(d);
        if (m.model) {
            for (const Json &c : m.json["contents"]) {
                auto p = c.find("provenance");
                if (p == c.end() || !p->is_string())
                    continue;
                const QString name = QString::fromStdString(c["name"].get<std::string>());
                const QString provenance = QString::fromStdString(p->get<std::string>());
                setProvenance(m.model->properties, name, provenance);
                setProvenance(m.model->events, name, provenance);
                setProvenance(m.model->actions, name, provenance);
                setProvenance(m.model->relationships, name, provenance);
            }
        }
        out.models.push_back(std::move(m));
    }
    return out;
}

QByteArray ExportedDocument::text() const
{
    return QByteArray::fromStdString(json.dump(2)) + '\n';
}

namespace {

OrderedJson ordered(const Json &j)
{
    return OrderedJson::parse(j.dump());
}

void describe(OrderedJson &j, const QString &displayName, const QString &description)
{
    if (!displayName.isEmpty())
        j["displayName"] = str(displayName);
    if (!description.isEmpty())
        j["description"] = str(description);
}

class Exporter
{
public:
    explicit Exporter(ExportResult &out)
        : m_out(out)
    {}

    ExportedDocument model(const TwinModel &m);

private:
    OrderedJson property(const TwinModel &m, const PropertyDef &p, const char *type);
    void note(const TwinModel &m, const QString &name, const QString &message)
    {
        m_out.notes.push_back({{}, m.id, name, message});
    }

    ExportResult &m_out;
    bool m_quantitative = false;
    bool m_historized = false;
};

OrderedJson Exporter::property(const TwinModel &m, const PropertyDef &p, const char *type)
{
    OrderedJson j;
    QString semantic;
    if (!p.unit.isEmpty()) {
        semantic = mm::semanticTypeOfUnit(p.unit, 3);
        if (semantic.isEmpty()) {
            note(m, p.name, Tr::tr("unit %1 is not a DTDL unit and is left out").arg(p.unit));
        } else if (!p.schema || !mm::isNumericSchema(schemaKindName(p.schema->kind()))) {
            note(m, p.name, Tr::tr("unit %1 needs a numeric schema and is left out").arg(p.unit));
            semantic.clear();
        }
    }
    if (semantic.isEmpty()) {
        j["@type"] = type;
    } else {
        j["@type"] = {type, str(semantic)};
        m_quantitative = true;
    }
    j["name"] = str(p.name);
    describe(j, p.displayName, p.description);
    j["schema"] = p.schema ? ordered(p.schema->toJson()) : OrderedJson("string");
    if (!semantic.isEmpty())
        j["unit"] = str(p.unit);
    if (p.historyCapacity > 0) {
        j["@type"] = j["@type"].is_array() ? j["@type"] : OrderedJson::array({j["@type"]});
        j["@type"].push_back("Historized");
        m_historized = true;
    }
    if (p.writable && std::string(type) == "Property")
        j["writable"] = true;
    return j;
}

ExportedDocument Exporter::model(const TwinModel &m)
{
    m_quantitative = false;
    m_historized = false;
    OrderedJson contents = OrderedJson::array();
    for (const PropertyDef &p : m.properties)
        contents.push_back(property(m, p, p.telemetry ? "Telemetry" : "Property"));
    for (const EventDef &e : m.events) {
        OrderedJson j;
        j["@type"] = "Telemetry";
        j["name"] = str(e.name);
        describe(j, e.displayName, e.description);
        j["schema"] = e.schema ? ordered(e.schema->toJson()) : OrderedJson("boolean");
        contents.push_back(std::move(j));
        note(m, e.name, Tr::tr("event %1 is written as Telemetry").arg(e.name));
    }
    for (const ActionDef &a : m.actions) {
        OrderedJson j;
        j["@type"] = "Command";
        j["name"] = str(a.name);
        describe(j, a.displayName, a.description);
        if (a.request) {
            j["request"] = {
                {"name", str(a.requestName.isEmpty() ? QStringLiteral("request") : a.requestName)},
                {"schema", ordered(a.request->toJson())}};
        }
        if (a.response) {
            j["response"] = {{"name", str(a.responseName.isEmpty() ? QStringLiteral("response")
                                                                   : a.responseName)},
                             {"schema", ordered(a.response->toJson())}};
        }
        contents.push_back(std::move(j));
    }
    for (const RelationshipDef &r : m.relationships) {
        OrderedJson j;
        j["@type"] = "Relationship";
        j["name"] = str(r.name);
        describe(j, r.displayName, r.description);
        if (!r.target.isEmpty())
            j["target"] = str(r.target);
        if (r.maxMultiplicity > 0)
            j["maxMultiplicity"] = r.maxMultiplicity;
        if (r.minMultiplicity > 0) {
            note(m, r.name,
                 Tr::tr("DTDL requires minMultiplicity 0; %1 is left out").arg(r.minMultiplicity));
        }
        if (r.writable)
            j["writable"] = true;
        if (!r.properties.empty()) {
            OrderedJson props = OrderedJson::array();
            for (const PropertyDef &p : r.properties)
                props.push_back(property(m, p, "Property"));
            j["properties"] = std::move(props);
        }
        contents.push_back(std::move(j));
    }
    for (const ComponentDef &c : m.components) {
        OrderedJson j;
        j["@type"] = "Component";
        j["name"] = str(c.name);
        describe(j, c.displayName, {});
        j["schema"] = str(c.schema);
        contents.push_back(std::move(j));
    }

    OrderedJson doc;
    OrderedJson context = OrderedJson::array({"dtmi:dtdl:context;3"});
    if (m_quantitative)
        context.push_back("dtmi:dtdl:extension:quantitativeTypes;1");
    if (m_historized)
        context.push_back("dtmi:dtdl:extension:historization;1");
    doc["@context"] = context.size() == 1 ? context[0] : context;
    doc["@id"] = str(m.id);
    doc["@type"] = "Interface";
    describe(doc, m.displayName, m.description);
    if (!m.extends.isEmpty()) {
        OrderedJson ids = OrderedJson::array();
        for (const QString &x : m.extends)
            ids.push_back(str(x));
        doc["extends"] = std::move(ids);
    }
    doc["contents"] = std::move(contents);
    return {m.id, std::move(doc)};
}

} // namespace

ExportResult exportModels(const std::vector<std::shared_ptr<const TwinModel>> &models)
{
    ExportResult out;
    Exporter exporter(out);
    for (const auto &m : models) {
        if (m)
            out.documents.push_back(exporter.model(*m));
    }
    return out;
}

} // namespace twinloom::Dtdl
