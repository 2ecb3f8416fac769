#include "engine/interop/wot.h"

#include "engine/configreader.h"
#include "engine/interop/dtdlparser.h"
#include "engine/interop/tr.h"
#include "engine/interop/wotschema.h"
#include "engine/schema.h"
#include "engine/units.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFileInfo>
#include <QtCore/QSet>

#include <algorithm>

namespace twinloom::Wot {

using Interop::qs;
using Interop::str;
using J = nlohmann::json;
using OJ = nlohmann::ordered_json;

namespace {

const char *const kNosec = "nosec_sc";
constexpr int kMaxSchemaDepth = 16;

// ---------------------------------------------------------------------------------------------
// Export

void noteAt(Diagnostics &notes, const QString &pointer, const QString &message)
{
    notes.warning(pointer, message);
}

} // namespace

QString hostForUrl(QString host)
{
    if (host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('[')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return host;
}

OJ opList(std::initializer_list<const char *> ops)
{
    if (ops.size() == 1)
        return *ops.begin();
    OJ a = OJ::array();
    for (const char *op : ops)
        a.push_back(op);
    return a;
}

OJ dataSchema(const Schema &s)
{
    OJ j = OJ::object();
    switch (s.kind()) {
    case SchemaKind::Boolean:
        j["type"] = "boolean";
        break;
    case SchemaKind::Integer:
        j["type"] = "integer";
        j["tl:schema"] = "integer";
        break;
    case SchemaKind::Long:
        j["type"] = "integer";
        break;
    case SchemaKind::Float:
        j["type"] = "number";
        j["tl:schema"] = "float";
        break;
    case SchemaKind::Double:
        j["type"] = "number";
        break;
    case SchemaKind::String:
        j["type"] = "string";
        break;
    case SchemaKind::Date:
        j["type"] = "string";
        j["format"] = "date";
        break;
    case SchemaKind::Time:
        j["type"] = "string";
        j["format"] = "time";
        break;
    case SchemaKind::DateTime:
        j["type"] = "string";
        j["format"] = "date-time";
        break;
    case SchemaKind::Duration:
        j["type"] = "string";
        j["format"] = "duration";
        break;
    case SchemaKind::Enum: {
        j["type"] = s.enumValueKind() == SchemaKind::String ? "string" : "integer";
        OJ values = OJ::array();
        OJ names = OJ::array();
        bool namesDiffer = false;
        for (const EnumValue &v : s.enumValues()) {
            values.push_back(Interop::toOrdered(v.value.toJson()));
            names.push_back(str(v.name));
            if (v.value.toString() != v.name)
                namesDiffer = true;
        }
        j["enum"] = std::move(values);
        if (namesDiffer)
            j["tl:enumNames"] = std::move(names);
        break;
    }
    case SchemaKind::Array:
        j["type"] = "array";
        j["items"] = s.elementSchema() ? dataSchema(*s.elementSchema()) : OJ::object();
        break;
    case SchemaKind::Map:
        j["type"] = "object";
        j["additionalProperties"] =
            s.mapValueSchema() ? dataSchema(*s.mapValueSchema()) : OJ::object();
        break;
    case SchemaKind::Object: {
        j["type"] = "object";
        OJ properties = OJ::object();
        for (const SchemaField &f : s.fields()) {
            OJ field = OJ::object();
            if (!f.displayName.isEmpty())
                field["title"] = str(f.displayName);
            if (f.schema)
                field.update(dataSchema(*f.schema));
            properties[str(f.name)] = std::move(field);
        }
        j["properties"] = std::move(properties);
        break;
    }
    }
    return j;
}

QString thingId(const Project &project, const QString &twinId)
{
    return QStringLiteral("urn:twinloom:") +
           Interop::slug(project.name(), QStringLiteral("project")) + QLatin1Char(':') + twinId;
}

OJ thingDescription(const Project &project, const TwinDescriptor &twin, const TwinModel &model,
                    const Bindings &bindings, Diagnostics &notes)
{
    QString twinPointer;
    for (std::size_t i = 0; i < project.twins().size(); ++i) {
        if (project.twins()[i].id == twin.id)
            twinPointer = pointerAppend(QStringLiteral("/twins"), qsizetype(i));
    }

    // Forms of every digital adapter that has a builder, and the security each needs.
    std::vector<AdapterForms> adapters;
    std::vector<QString> adapterIds;
    for (std::size_t i = 0; i < twin.digitalAdapters.size(); ++i) {
        const AdapterDescriptor &a = twin.digitalAdapters[i];
        const QString pointer =
            pointerAppend(twinPointer + QStringLiteral("/digitalAdapters"), qsizetype(i));
        const FormBuilder *builder = bindings.formBuilder(a.type);
        if (!builder) {
            noteAt(notes, pointer,
                   Tr::tr("no Thing Description forms are known for the digital adapter type '%1'; "
                          "it is left out")
                       .arg(a.type));
            continue;
        }
        adapters.push_back((*builder)(FormContext{twin, a, model, pointer}, notes));
        adapterIds.push_back(a.id);
    }
    const bool thingModel = adapters.empty();
    if (thingModel)
        noteAt(notes, twinPointer,
               Tr::tr("no digital adapter exposes twin '%1': it is described by a Thing Model, "
                      "without forms")
                   .arg(twin.id));

    OJ securityDefinitions = OJ::object();
    std::vector<QString> securityOf;
    for (std::size_t i = 0; i < adapters.size(); ++i) {
        const AdapterForms &a = adapters[i];
        QString name = a.securityName.isEmpty() ? QLatin1String(kNosec) : a.securityName;
        const OJ definition = a.securityName.isEmpty() ? OJ{{"scheme", "nosec"}} : a.security;
        if (securityDefinitions.contains(str(name)) && securityDefinitions[str(name)] != definition)
            name += QLatin1Char('_') + Interop::slug(adapterIds[i], QStringLiteral("adapter"));
        securityDefinitions[str(name)] = definition;
        securityOf.push_back(name);
    }
    const QString thingSecurity = securityOf.empty() ? QLatin1String(kNosec) : securityOf.front();
    if (securityOf.empty())
        securityDefinitions[kNosec] = {{"scheme", "nosec"}};

    auto formsOf = [&](std::map<QString, std::vector<OJ>> AdapterForms::*member,
                       const QString &name) {
        OJ forms = OJ::array();
        for (std::size_t i = 0; i < adapters.size(); ++i) {
            auto it = (adapters[i].*member).find(name);
            if (it == (adapters[i].*member).end())
                continue;
            for (OJ f : it->second) {
                if (securityOf[i] != thingSecurity)
                    f["security"] = str(securityOf[i]);
                forms.push_back(std::move(f));
            }
        }
        return forms;
    };

    OJ context = OJ::array({kTdContext});
    OJ prefixes = OJ::object();
    prefixes["tl"] = kTwinloomVocabulary;
    for (const AdapterForms &a : adapters) {
        for (auto it = a.prefixes.cbegin(); it != a.prefixes.cend(); ++it)
            prefixes[str(it.key())] = str(it.value());
    }
    context.push_back(std::move(prefixes));

    OJ td = OJ::object();
    td["@context"] = std::move(context);
    if (thingModel)
        td["@type"] = "tm:ThingModel";
    else
        td["id"] = str(thingId(project, twin.id));
    td["title"] = str(twin.displayName.isEmpty() ? twin.id : twin.displayName);
    if (!model.description.isEmpty())
        td["description"] = str(model.description);
    td["tl:model"] = str(model.id);
    if (thingModel) {
        // What makes the twin again on import: its id, and the id its Thing Description would
        // have, which the links of the others name.
        td["tl:twin"] = str(twin.id);
        td["tl:thingId"] = str(thingId(project, twin.id));
    }
    td["securityDefinitions"] = std::move(securityDefinitions);
    td["security"] = str(thingSecurity);

    OJ properties = OJ::object();
    for (const PropertyDef &p : model.properties) {
        OJ a = OJ::object();
        if (!p.displayName.isEmpty())
            a["title"] = str(p.displayName);
        if (!p.description.isEmpty())
            a["description"] = str(p.description);
        if (p.schema)
            a.update(dataSchema(*p.schema));
        if (!p.unit.isEmpty())
            a["unit"] = str(p.unit);
        if (p.minimum)
            a["minimum"] = *p.minimum;
        if (p.maximum)
            a["maximum"] = *p.maximum;
        a["readOnly"] = !p.writable || p.telemetry;
        a["observable"] = true;
        if (p.telemetry)
            a["tl:telemetry"] = true;
        if (!thingModel)
            a["forms"] = formsOf(&AdapterForms::properties, p.name);
        properties[str(p.name)] = std::move(a);
    }
    OJ actions = OJ::object();
    for (const ActionDef &x : model.actions) {
        OJ a = OJ::object();
        if (!x.displayName.isEmpty())
            a["title"] = str(x.displayName);
        if (!x.description.isEmpty())
            a["description"] = str(x.description);
        if (x.request) {
            OJ input = OJ::object();
            if (!x.requestName.isEmpty())
                input["title"] = str(x.requestName);
            input.update(dataSchema(*x.request));
            a["input"] = std::move(input);
        }
        if (x.response) {
            OJ output = OJ::object();
            if (!x.responseName.isEmpty())
                output["title"] = str(x.responseName);
            output.update(dataSchema(*x.response));
            a["output"] = std::move(output);
        }
        if (!thingModel)
            a["forms"] = formsOf(&AdapterForms::actions, x.name);
        actions[str(x.name)] = std::move(a);
    }
    OJ events = OJ::object();
    for (const EventDef &e : model.events) {
        OJ a = OJ::object();
        if (!e.displayName.isEmpty())
            a["title"] = str(e.displayName);
        if (!e.description.isEmpty())
            a["description"] = str(e.description);
        if (e.schema)
            a["data"] = dataSchema(*e.schema);
        if (!thingModel)
            a["forms"] = formsOf(&AdapterForms::events, e.name);
        events[str(e.name)] = std::move(a);
    }
    if (!properties.empty())
        td["properties"] = std::move(properties);
    if (!actions.empty())
        td["actions"] = std::move(actions);
    if (!events.empty())
        td["events"] = std::move(events);

    OJ thingForms = OJ::array();
    OJ links = OJ::array();
    for (std::size_t i = 0; i < adapters.size(); ++i) {
        for (OJ f : adapters[i].thingForms) {
            if (securityOf[i] != thingSecurity)
                f["security"] = str(securityOf[i]);
            thingForms.push_back(std::move(f));
        }
        for (const OJ &l : adapters[i].links)
            links.push_back(l);
    }
    for (std::size_t i = 0; i < twin.relationships.size(); ++i) {
        const RelationshipDescriptor &r = twin.relationships[i];
        OJ l = OJ::object();
        l["href"] = str(thingId(project, r.target));
        l["rel"] = str(r.name);
        l["type"] = "application/td+json";
        links.push_back(std::move(l));
        if (r.properties.is_object() && !r.properties.empty())
            noteAt(notes,
                   pointerAppend(twinPointer + QStringLiteral("/relationships"), qsizetype(i)),
                   Tr::tr("a link of a Thing Description has no properties; those of relationship "
                          "'%1' are left out")
                       .arg(r.name));
    }
    if (!thingForms.empty())
        td["forms"] = std::move(thingForms);
    if (!links.empty())
        td["links"] = std::move(links);
    return td;
}

Interop::ExportOutput exportThingDescriptions(const Project &project, const ExportOptions &options)
{
    Interop::ExportOutput out;

    const Bindings &bindings = options.bindings ? *options.bindings : Bindings::global();
    const ModelSet models = Interop::modelSetOf(project);
    for (const TwinDescriptor &twin : project.twins()) {
        Diagnostics ignored;
        TwinModelPtr model = models.resolve(twin.model, ignored);
        if (!model)
            continue; // a loaded project has every model
        const OJ td = thingDescription(project, twin, *model, bindings, out.notes);
        QString file = twin.id;
        file.replace(QLatin1Char(':'), QLatin1Char('_'));
        file += td.contains("@type") ? QStringLiteral(".tm.json") : QStringLiteral(".td.json");
        out.files.push_back({file, Interop::prettyJson(td)});
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Bindings

Bindings &Bindings::global()
{
    static Bindings bindings;
    return bindings;
}

void Bindings::addFormBuilder(const QString &adapterType, FormBuilder builder)
{
    m_builders[adapterType] = std::move(builder);
}

const FormBuilder *Bindings::formBuilder(const QString &adapterType) const
{
    auto it = m_builders.find(adapterType);
    return it == m_builders.end() ? nullptr : &it->second;
}

void Bindings::addFormReader(const QString &uriScheme, FormReader reader)
{
    m_readers[uriScheme] = std::move(reader);
}

const FormReader *Bindings::formReader(const QString &uriScheme) const
{
    auto it = m_readers.find(uriScheme);
    return it == m_readers.end() ? nullptr : &it->second;
}

bool hasSecurityScheme(const std::vector<J> &security, const char *scheme)
{
    return std::any_of(security.begin(), security.end(), [&](const J &s) {
        return jsonString(s, "scheme").value_or(QString()) == QLatin1String(scheme);
    });
}

OJ *findByKey(OJ &array, const char *key, const std::string &value)
{
    for (OJ &x : array) {
        if (x.is_object() && x.contains(key) && x[key] == value)
            return &x;
    }
    return nullptr;
}

const char *codecOfForm(const J &form)
{
    const QString type = jsonString(form, "contentType").value_or(QString());
    if (type.isEmpty())
        return nullptr;
    if (type.startsWith(QLatin1String("text/plain")))
        return "text";
    if (type.contains(QLatin1String("senml")))
        return type.contains(QLatin1String("cbor")) ? nullptr : "senml";
    if (type.contains(QLatin1String("cbor")))
        return "cbor";
    if (type.contains(QLatin1String("json")))
        return "json";
    return nullptr;
}

} // namespace twinloom::Wot

// ---------------------------------------------------------------------------------------------
// Import

namespace twinloom::Wot {

namespace {

using Interop::toOrdered;

// A DTDL name: a letter, then letters, digits and underscores, not ending with an underscore.
QString dtdlName(const QString &text, const QString &fallback)
{
    QString out = Interop::identifierChars(text);
    if (out.isEmpty())
        return fallback;
    if (!out.front().isLetter())
        out.prepend(fallback.isEmpty() ? QStringLiteral("x") : fallback.left(1));
    return out.left(64);
}

QString uniqueName(const QString &name, QSet<QString> &taken, const QString &separator)
{
    QString candidate = name;
    for (int n = 2; taken.contains(candidate); ++n)
        candidate = name + separator + QString::number(n);
    taken.insert(candidate);
    return candidate;
}

QString twinIdFrom(const QString &text)
{
    QString out;
    for (QChar c : text) {
        const bool ok = (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('-') ||
                        c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char(':');
        out += ok ? c : QLatin1Char('-');
    }
    return out.left(200);
}

// Reads one Thing Description or Thing Model into model and twin JSON, reporting every problem.
class ThingReader
{
public:
    ThingReader(const J &root, const Bindings &bindings, Diagnostics &d)
        : m_root(root)
        , m_bindings(bindings)
        , m_d(d)
    {}

    bool read();
    // Keeps the order of the interactions as the document writes them.
    void setOrder(const QByteArray &bytes);

    bool isModel = false;
    QString title;
    QString tdId;
    QString modelIdHint;
    QString twinHint;
    QString thingIdHint; // "tl:thingId" of a Thing Model written for a twin
    OJ contents = OJ::array();
    OJ physicalAdapters = OJ::array();
    OJ desired = OJ::array();
    std::vector<std::pair<QString, QString>> actionAdapters; // action, adapter id
    std::vector<std::pair<QString, QString>> links;          // rel, href
    QString description;

private:
    void checkContext();
    void checkSecurity();
    J dataSchemaOrString(const J &affordance, const char *key, const QString &pointer);
    void readProperties();
    void readActions();
    void readEvents();
    void readForms(FormUse::Kind kind, const QString &name, const J &affordance,
                   const QString &pointer, const QStringList &ops);
    bool checkForms(const J &affordance, const QString &pointer);
    std::vector<J> securityOf(const J &form) const;
    QString unitOf(const J &affordance, const QString &pointer);

    struct Endpoint
    {
        QString key;
        QString id;
        const FormReader *reader;
        OJ config;
    };

    const J &m_root;
    const Bindings &m_bindings;
    Diagnostics &m_d;
    QUrl m_base;
    bool m_modelPlaceholders = false; // a Thing Model whose base or forms hold {{placeholders}}
    std::vector<std::string> keysOf(const char *section, const J &object) const;

    std::vector<Endpoint> m_endpoints;
    std::map<std::string, std::vector<std::string>> m_order;
    QSet<QString> m_names;
    QHash<QString, int> m_adapterCount;
};

void ThingReader::setOrder(const QByteArray &bytes)
{
    QByteArray text = bytes;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    const OJ ordered = OJ::parse(text.constBegin(), text.constEnd(), nullptr, false);
    if (!ordered.is_object())
        return;
    for (const char *section : {"properties", "actions", "events"}) {
        auto it = ordered.find(section);
        if (it == ordered.end() || !it->is_object())
            continue;
        auto &keys = m_order[section];
        for (auto k = it->begin(); k != it->end(); ++k)
            keys.push_back(k.key());
    }
}

std::vector<std::string> ThingReader::keysOf(const char *section, const J &object) const
{
    auto it = m_order.find(section);
    if (it != m_order.end() && it->second.size() == object.size())
        return it->second;
    std::vector<std::string> keys;
    for (auto k = object.begin(); k != object.end(); ++k)
        keys.push_back(k.key());
    return keys;
}

void ThingReader::checkContext()
{
    auto it = m_root.find("@context");
    auto isTd = [](const J &v) {
        return v.is_string() &&
               (v.get<std::string>() == kTdContext || v.get<std::string>() == kTdContext10);
    };
    bool ok = false;
    if (it != m_root.end()) {
        if (isTd(*it))
            ok = true;
        else if (it->is_array())
            ok = std::any_of(it->begin(), it->end(), isTd);
    }
    if (!ok)
        m_d.error(QStringLiteral("/@context"),
                  Tr::tr("\"@context\" must name the Thing Description context %1")
                      .arg(QLatin1String(kTdContext)));
    if (auto type = m_root.find("@type"); type != m_root.end()) {
        auto isModelType = [](const J &v) {
            return v.is_string() && v.get<std::string>() == "tm:ThingModel";
        };
        if (type->is_string())
            isModel = isModelType(*type);
        else if (type->is_array())
            isModel = std::any_of(type->begin(), type->end(), isModelType);
        else
            m_d.error(QStringLiteral("/@type"), Tr::tr("\"@type\" must be a string or an array of "
                                                       "strings"));
    }
}

void ThingReader::checkSecurity()
{
    auto defs = m_root.find("securityDefinitions");
    if (defs == m_root.end()) {
        if (!isModel)
            m_d.error(QStringLiteral("/securityDefinitions"),
                      Tr::tr("a Thing Description needs \"securityDefinitions\""));
    } else if (!defs->is_object()) {
        m_d.error(QStringLiteral("/securityDefinitions"),
                  Tr::tr("\"securityDefinitions\" must be an object of security schemes"));
    } else {
        for (auto it = defs->begin(); it != defs->end(); ++it) {
            const QString p = pointerAppend(QStringLiteral("/securityDefinitions"), qs(it.key()));
            if (!it->is_object() || !jsonString(*it, "scheme"))
                m_d.error(p, Tr::tr("a security scheme is an object with a \"scheme\""));
        }
    }
    auto security = m_root.find("security");
    if (security == m_root.end()) {
        if (!isModel)
            m_d.error(QStringLiteral("/security"),
                      Tr::tr("a Thing Description needs \"security\": the names of the schemes "
                             "that apply"));
        return;
    }
    auto checkName = [&](const J &v, const QString &p) {
        if (!v.is_string()) {
            m_d.error(p, Tr::tr("a security scheme is named by a string"));
            return;
        }
        if (defs == m_root.end() || !defs->is_object() || !defs->contains(v.get<std::string>()))
            m_d.error(p,
                      Tr::tr("no security definition is named '%1'").arg(qs(v.get<std::string>())));
    };
    if (security->is_array()) {
        for (std::size_t i = 0; i < security->size(); ++i)
            checkName((*security)[i], pointerAppend(QStringLiteral("/security"), qsizetype(i)));
    } else {
        checkName(*security, QStringLiteral("/security"));
    }
}

std::vector<J> ThingReader::securityOf(const J &form) const
{
    std::vector<J> out;
    const J *names = nullptr;
    if (auto own = form.find("security"); own != form.end())
        names = &*own;
    else if (auto thing = m_root.find("security"); thing != m_root.end())
        names = &*thing;
    if (!names)
        return out;
    auto defs = m_root.find("securityDefinitions");
    if (defs == m_root.end() || !defs->is_object())
        return out;
    auto add = [&](const J &name) {
        if (!name.is_string())
            return;
        auto def = defs->find(name.get<std::string>());
        if (def != defs->end() && def->is_object())
            out.push_back(*def);
    };
    if (names->is_array()) {
        for (const J &n : *names)
            add(n);
    } else {
        add(*names);
    }
    return out;
}

J importSchema(const J &ds, const QString &p, int depth, Diagnostics &d)
{
    if (!ds.is_object()) {
        d.error(p, Tr::tr("a data schema must be an object"));
        return "string";
    }
    if (depth > kMaxSchemaDepth) {
        d.error(p,
                Tr::tr("the data schema is nested more than %1 levels deep").arg(kMaxSchemaDepth));
        return "string";
    }
    const QString hint = jsonString(ds, "tl:schema").value_or(QString());
    std::optional<QString> type;
    if (auto t = ds.find("type"); t != ds.end()) {
        if (!t->is_string()) {
            d.error(p + QStringLiteral("/type"), Tr::tr("\"type\" must be a string"));
            return "string";
        }
        type = qs(t->get<std::string>());
    }
    if (auto e = ds.find("enum"); e != ds.end()) {
        const QString ep = p + QStringLiteral("/enum");
        if (!e->is_array() || e->empty()) {
            d.error(ep, Tr::tr("\"enum\" must be an array of values"));
            return "string";
        }
        const bool strings = (*e)[0].is_string();
        // JSON Schema allows an enum of any values; a twin's enum holds strings or integers.
        const bool uniform = std::all_of(e->begin(), e->end(), [strings](const J &v) {
            return strings ? v.is_string() : v.is_number_integer();
        });
        if (!uniform) {
            d.warning(ep, Tr::tr("an enum of mixed or non-integer values is imported as a "
                                 "string; its values are not checked"));
            return "string";
        }
        std::vector<QString> names;
        if (auto n = ds.find("tl:enumNames");
            n != ds.end() && n->is_array() && n->size() == e->size()) {
            for (const J &x : *n)
                names.push_back(x.is_string() ? qs(x.get<std::string>()) : QString());
        }
        J values = J::array();
        QSet<QString> taken;
        for (std::size_t i = 0; i < e->size(); ++i) {
            const J &v = (*e)[i];
            const QString vp = pointerAppend(ep, qsizetype(i));
            if (strings ? !v.is_string() : !v.is_number_integer()) {
                d.error(vp, Tr::tr("the values of an enum must all be strings or all integers"));
                return "string";
            }
            QString name = i < names.size() ? names[i] : QString();
            if (name.isEmpty())
                name = strings
                           ? dtdlName(qs(v.get<std::string>()), QStringLiteral("v"))
                           : QStringLiteral("v") + QString::number(v.get<std::int64_t>())
                                                       .replace(QLatin1Char('-'), QLatin1Char('m'));
            name = uniqueName(dtdlName(name, QStringLiteral("v")), taken, QStringLiteral("_"));
            values.push_back({{"name", str(name)}, {"enumValue", v}});
        }
        return {{"@type", "Enum"},
                {"valueSchema", strings ? "string" : "integer"},
                {"enumValues", std::move(values)}};
    }
    if (!type) {
        if (auto c = ds.find("const"); c != ds.end()) {
            if (c->is_boolean())
                return "boolean";
            if (c->is_number_integer())
                return "long";
            if (c->is_number())
                return "double";
        }
        d.warning(p, Tr::tr("a data schema without \"type\" is imported as a string"));
        return "string";
    }
    if (*type == QLatin1String("boolean"))
        return "boolean";
    if (*type == QLatin1String("integer"))
        return hint == QLatin1String("integer") ? "integer" : "long";
    if (*type == QLatin1String("number"))
        return hint == QLatin1String("float") ? "float" : "double";
    if (*type == QLatin1String("string")) {
        const QString format = jsonString(ds, "format").value_or(QString());
        if (format == QLatin1String("date-time"))
            return "dateTime";
        if (format == QLatin1String("date"))
            return "date";
        if (format == QLatin1String("time"))
            return "time";
        if (format == QLatin1String("duration"))
            return "duration";
        return "string";
    }
    if (*type == QLatin1String("array")) {
        auto items = ds.find("items");
        if (items == ds.end()) {
            d.warning(p, Tr::tr("an array without \"items\" is imported as an array of strings"));
            return {{"@type", "Array"}, {"elementSchema", "string"}};
        }
        if (items->is_array()) {
            if (items->empty()) {
                d.error(p + QStringLiteral("/items"), Tr::tr("\"items\" must not be empty"));
                return "string";
            }
            d.warning(p + QStringLiteral("/items"),
                      Tr::tr("an array of several item schemas is imported with the first"));
            return {{"@type", "Array"},
                    {"elementSchema",
                     importSchema((*items)[0], p + QStringLiteral("/items/0"), depth + 1, d)}};
        }
        return {
            {"@type", "Array"},
            {"elementSchema", importSchema(*items, p + QStringLiteral("/items"), depth + 1, d)}};
    }
    if (*type == QLatin1String("object")) {
        auto props = ds.find("properties");
        if (props != ds.end() && !props->is_object()) {
            d.error(p + QStringLiteral("/properties"),
                    Tr::tr("\"properties\" must be an object of data schemas"));
            return "string";
        }
        if (props == ds.end() || props->empty()) {
            auto extra = ds.find("additionalProperties");
            J value = "string";
            if (extra != ds.end() && extra->is_object())
                value =
                    importSchema(*extra, p + QStringLiteral("/additionalProperties"), depth + 1, d);
            else
                d.warning(p, Tr::tr("an object without \"properties\" is imported as a map of "
                                    "strings"));
            return {{"@type", "Map"},
                    {"mapKey", {{"name", "key"}, {"schema", "string"}}},
                    {"mapValue", {{"name", "value"}, {"schema", std::move(value)}}}};
        }
        J fields = J::array();
        QSet<QString> taken;
        for (auto it = props->begin(); it != props->end(); ++it) {
            const QString fp = pointerAppend(p + QStringLiteral("/properties"), qs(it.key()));
            const QString name =
                uniqueName(dtdlName(qs(it.key()), QStringLiteral("f")), taken, QStringLiteral("_"));
            J field = {{"name", str(name)}, {"schema", importSchema(*it, fp, depth + 1, d)}};
            if (auto t = jsonString(*it, "title"))
                field["displayName"] = str(*t);
            fields.push_back(std::move(field));
        }
        return {{"@type", "Object"}, {"fields", std::move(fields)}};
    }
    if (*type == QLatin1String("null")) {
        d.warning(p, Tr::tr("a null data schema is imported as a string"));
        return "string";
    }
    d.error(p + QStringLiteral("/type"),
            Tr::tr("'%1' is not a data schema type: boolean, integer, number, string, object, "
                   "array or null")
                .arg(*type));
    return "string";
}

QString ThingReader::unitOf(const J &affordance, const QString &pointer)
{
    const auto unit = jsonString(affordance, "unit");
    if (!unit || unit->isEmpty())
        return {};
    QString name = *unit;
    for (QChar sep : {QLatin1Char('#'), QLatin1Char('/'), QLatin1Char(':')}) {
        const qsizetype at = name.lastIndexOf(sep);
        if (at >= 0)
            name = name.mid(at + 1);
    }
    if (Units::find(name))
        return name;
    for (const QString &known : Units::names()) {
        const Unit *u = Units::find(known);
        if (u && (u->symbol == *unit || known.compare(name, Qt::CaseInsensitive) == 0))
            return known;
    }
    m_d.warning(pointer + QStringLiteral("/unit"),
                Tr::tr("'%1' is not a unit Twinloom knows; it is left out").arg(*unit));
    return {};
}

bool ThingReader::checkForms(const J &affordance, const QString &pointer)
{
    auto forms = affordance.find("forms");
    if (forms == affordance.end()) {
        if (!isModel)
            m_d.error(pointer, Tr::tr("an interaction of a Thing Description needs \"forms\""));
        return false;
    }
    const QString fp = pointer + QStringLiteral("/forms");
    if (!forms->is_array() || (forms->empty() && !isModel)) {
        m_d.error(fp, Tr::tr("\"forms\" must be an array of at least one form"));
        return false;
    }
    bool ok = true;
    for (std::size_t i = 0; i < forms->size(); ++i) {
        const J &f = (*forms)[i];
        const QString p = pointerAppend(fp, qsizetype(i));
        if (!f.is_object() || !jsonString(f, "href")) {
            m_d.error(p, Tr::tr("a form is an object with an \"href\""));
            ok = false;
            continue;
        }
        if (auto op = f.find("op"); op != f.end()) {
            const bool valid =
                op->is_string() ||
                (op->is_array() &&
                 std::all_of(op->begin(), op->end(), [](const J &x) { return x.is_string(); }));
            if (!valid) {
                m_d.error(p + QStringLiteral("/op"),
                          Tr::tr("\"op\" must be an operation or an array of operations"));
                ok = false;
            }
        }
    }
    return ok;
}

void ThingReader::readForms(FormUse::Kind kind, const QString &name, const J &affordance,
                            const QString &pointer, const QStringList &ops)
{
    const J &forms = affordance["forms"];
    auto opsOf = [&](const J &form) {
        QStringList out;
        auto op = form.find("op");
        if (op == form.end()) {
            // The defaults of the Thing Description specification.
            switch (kind) {
            case FormUse::Kind::Property:
                return QStringList{QStringLiteral("readproperty"), QStringLiteral("writeproperty")};
            case FormUse::Kind::Action:
                return QStringList{QStringLiteral("invokeaction")};
            case FormUse::Kind::Event:
                return QStringList{QStringLiteral("subscribeevent"),
                                   QStringLiteral("unsubscribeevent")};
            }
        }
        if (op->is_string())
            out << qs(op->get<std::string>());
        else
            for (const J &x : *op)
                out << qs(x.get<std::string>());
        return out;
    };
    for (const QString &op : ops) {
        // Observing beats reading: the twin is told of every change.
        const QStringList wanted = op == QLatin1String("readproperty")
                                       ? QStringList{QStringLiteral("observeproperty"), op}
                                       : QStringList{op};
        bool done = false;
        for (const QString &w : wanted) {
            for (std::size_t i = 0; i < forms.size() && !done; ++i) {
                const J &form = forms[i];
                if (!opsOf(form).contains(w))
                    continue;
                const QString href = qs(form["href"].get<std::string>());
                if (m_modelPlaceholders || (isModel && href.contains(QLatin1String("{{"))))
                    continue; // a template's form: no endpoint to bind
                QUrl url = m_base.isValid() ? m_base.resolved(QUrl(href)) : QUrl(href);
                const FormReader *reader = m_bindings.formReader(url.scheme());
                if (!reader || url.host().isEmpty())
                    continue;
                const QString fp = pointerAppend(pointer + QStringLiteral("/forms"), qsizetype(i));
                const std::vector<J> security = securityOf(form);
                const QString key = url.scheme() + QStringLiteral("://") + url.host() +
                                    QLatin1Char(':') + QString::number(url.port(-1));
                auto found = std::find_if(m_endpoints.begin(), m_endpoints.end(),
                                          [&](const Endpoint &e) { return e.key == key; });
                const bool isNew = found == m_endpoints.end();
                Endpoint fresh;
                Diagnostics configureNotes; // kept only if the endpoint is used
                if (isNew)
                    fresh = {key, {}, reader, reader->configure(url, security, configureNotes, fp)};
                Endpoint &target = isNew ? fresh : *found;
                const QString physicalAction =
                    w == QLatin1String("writeproperty") ? QStringLiteral("write_") + name : name;
                const FormUse use{kind, name, w, url, form, affordance, fp, security};
                if (!target.reader->add(target.config, use, physicalAction))
                    continue;
                QString adapterId = target.id;
                if (isNew) {
                    m_d.append(configureNotes);
                    const int n = ++m_adapterCount[reader->adapterType];
                    fresh.id = reader->adapterType +
                               (n > 1 ? QLatin1Char('-') + QString::number(n) : QString());
                    adapterId = fresh.id;
                    m_endpoints.push_back(std::move(fresh));
                }
                if (w == QLatin1String("writeproperty"))
                    desired.push_back({{"property", str(name)}, {"action", str(physicalAction)}});
                if (w == QLatin1String("invokeaction"))
                    actionAdapters.emplace_back(name, adapterId);
                done = true;
            }
            if (done)
                break;
        }
        if (!done && !forms.empty() && !isModel) // a model binds no device
            m_d.warning(pointer + QStringLiteral("/forms"),
                        Tr::tr("no form of '%1' for %2 has a protocol Twinloom can use; the twin "
                               "does without it")
                            .arg(name, op));
    }
}

J ThingReader::dataSchemaOrString(const J &affordance, const char *key, const QString &pointer)
{
    auto it = affordance.find(key);
    if (it == affordance.end())
        return nullptr;
    return importSchema(*it, pointer + QLatin1Char('/') + QLatin1String(key), 0, m_d);
}

void ThingReader::readProperties()
{
    auto props = m_root.find("properties");
    if (props == m_root.end())
        return;
    if (!props->is_object()) {
        m_d.error(QStringLiteral("/properties"),
                  Tr::tr("\"properties\" must be an object of property affordances"));
        return;
    }
    for (const std::string &key : keysOf("properties", *props)) {
        const QString p = pointerAppend(QStringLiteral("/properties"), qs(key));
        const auto found = props->find(key);
        if (found == props->end())
            continue;
        const J &a = *found;
        if (!a.is_object()) {
            m_d.error(p, Tr::tr("a property affordance must be an object"));
            continue;
        }
        const QString name =
            uniqueName(dtdlName(qs(key), QStringLiteral("p")), m_names, QStringLiteral("_"));
        const bool telemetry = jsonBoolean(a, "tl:telemetry").value_or(false);
        const bool writable = !jsonBoolean(a, "readOnly").value_or(false) && !telemetry;
        if (jsonBoolean(a, "writeOnly").value_or(false))
            m_d.warning(p + QStringLiteral("/writeOnly"),
                        Tr::tr("a write-only property is imported as a writable property"));
        J c = J::object();
        c["@type"] = telemetry ? "Telemetry" : "Property";
        c["name"] = str(name);
        if (auto t = jsonString(a, "title"))
            c["displayName"] = str(*t);
        if (auto t = jsonString(a, "description"))
            c["description"] = str(*t);
        c["schema"] = importSchema(a, p, 0, m_d);
        if (const QString unit = unitOf(a, p); !unit.isEmpty())
            c["unit"] = str(unit);
        if (writable)
            c["writable"] = true;
        for (const char *bound : {"minimum", "maximum"}) {
            if (auto b = a.find(bound); b != a.end() && b->is_number())
                c[bound] = b->get<double>();
        }
        contents.push_back(toOrdered(c));
        if (checkForms(a, p)) {
            QStringList ops{QStringLiteral("readproperty")};
            if (writable)
                ops << QStringLiteral("writeproperty");
            readForms(FormUse::Kind::Property, name, a, p, ops);
        }
    }
}

void ThingReader::readActions()
{
    auto actions = m_root.find("actions");
    if (actions == m_root.end())
        return;
    if (!actions->is_object()) {
        m_d.error(QStringLiteral("/actions"),
                  Tr::tr("\"actions\" must be an object of action affordances"));
        return;
    }
    for (const std::string &key : keysOf("actions", *actions)) {
        const QString p = pointerAppend(QStringLiteral("/actions"), qs(key));
        const auto found = actions->find(key);
        if (found == actions->end())
            continue;
        const J &a = *found;
        if (!a.is_object()) {
            m_d.error(p, Tr::tr("an action affordance must be an object"));
            continue;
        }
        const QString name =
            uniqueName(dtdlName(qs(key), QStringLiteral("a")), m_names, QStringLiteral("_"));
        J c = J::object();
        c["@type"] = "Command";
        c["name"] = str(name);
        if (auto t = jsonString(a, "title"))
            c["displayName"] = str(*t);
        if (auto t = jsonString(a, "description"))
            c["description"] = str(*t);
        for (const auto &[payload, member, fallback] :
             {std::tuple{"input", "request", "input"},
              std::tuple{"output", "response", "output"}}) {
            J s = dataSchemaOrString(a, payload, p);
            if (s.is_null())
                continue;
            const QString payloadTitle = a[payload].is_object()
                                             ? jsonString(a[payload], "title").value_or(QString())
                                             : QString();
            c[member] = {{"name", str(dtdlName(payloadTitle, QLatin1String(fallback)))},
                         {"schema", std::move(s)}};
        }
        contents.push_back(toOrdered(c));
        if (checkForms(a, p))
            readForms(FormUse::Kind::Action, name, a, p, {QStringLiteral("invokeaction")});
    }
}

void ThingReader::readEvents()
{
    auto events = m_root.find("events");
    if (events == m_root.end())
        return;
    if (!events->is_object()) {
        m_d.error(QStringLiteral("/events"),
                  Tr::tr("\"events\" must be an object of event affordances"));
        return;
    }
    for (const std::string &key : keysOf("events", *events)) {
        const QString p = pointerAppend(QStringLiteral("/events"), qs(key));
        const auto found = events->find(key);
        if (found == events->end())
            continue;
        const J &a = *found;
        if (!a.is_object()) {
            m_d.error(p, Tr::tr("an event affordance must be an object"));
            continue;
        }
        const QString name =
            uniqueName(dtdlName(qs(key), QStringLiteral("e")), m_names, QStringLiteral("_"));
        J c = J::object();
        c["@type"] = "Event";
        c["name"] = str(name);
        if (auto t = jsonString(a, "title"))
            c["displayName"] = str(*t);
        if (auto t = jsonString(a, "description"))
            c["description"] = str(*t);
        J s = dataSchemaOrString(a, "data", p);
        if (!s.is_null())
            c["schema"] = std::move(s);
        contents.push_back(toOrdered(c));
        if (checkForms(a, p))
            readForms(FormUse::Kind::Event, name, a, p, {QStringLiteral("subscribeevent")});
    }
}

bool ThingReader::read()
{
    const int errorsBefore = m_d.errorCount();
    if (!m_root.is_object()) {
        m_d.error({}, Tr::tr("a Thing Description must be a JSON object"));
        return false;
    }
    checkContext();
    if (auto t = m_root.find("title"); t != m_root.end()) {
        if (t->is_string())
            title = qs(t->get<std::string>());
        else
            m_d.error(QStringLiteral("/title"), Tr::tr("\"title\" must be a string"));
    } else if (!isModel) {
        m_d.error(QStringLiteral("/title"), Tr::tr("a Thing Description needs a \"title\""));
    }
    if (auto t = m_root.find("id"); t != m_root.end()) {
        if (t->is_string())
            tdId = qs(t->get<std::string>());
        else
            m_d.error(QStringLiteral("/id"), Tr::tr("\"id\" must be a string (a URI)"));
    }
    description = jsonString(m_root, "description").value_or(QString());
    modelIdHint = jsonString(m_root, "tl:model").value_or(QString());
    twinHint = jsonString(m_root, "tl:twin").value_or(QString());
    thingIdHint = jsonString(m_root, "tl:thingId").value_or(QString());
    if (auto base = jsonString(m_root, "base")) {
        if (isModel && base->contains(QLatin1String("{{"))) {
            // A Thing Model's placeholder ("coap://{{DEVICE_HOST}}"): there is no endpoint yet.
            m_d.warning(QStringLiteral("/base"),
                        Tr::tr("\"base\" holds a placeholder (%1); the model's forms are not "
                               "followed")
                            .arg(*base));
            m_modelPlaceholders = true;
        } else {
            m_base = QUrl(*base);
            if (!m_base.isValid() || m_base.isRelative())
                m_d.error(QStringLiteral("/base"), Tr::tr("\"base\" must be an absolute URI"));
        }
    }
    checkSecurity();
    readProperties();
    readActions();
    readEvents();
    if (auto l = m_root.find("links"); l != m_root.end()) {
        if (!l->is_array()) {
            m_d.error(QStringLiteral("/links"), Tr::tr("\"links\" must be an array of links"));
        } else {
            for (std::size_t i = 0; i < l->size(); ++i) {
                const J &link = (*l)[i];
                const QString p = pointerAppend(QStringLiteral("/links"), qsizetype(i));
                const auto href = jsonString(link, "href");
                if (!link.is_object() || !href) {
                    m_d.error(p, Tr::tr("a link is an object with an \"href\""));
                    continue;
                }
                const QString rel = jsonString(link, "rel").value_or(QString());
                if (rel.startsWith(QLatin1String("tm:")))
                    m_d.warning(p, Tr::tr("'%1' links of Thing Models are not followed; import the "
                                          "model it names as well")
                                       .arg(rel));
                else if (!rel.isEmpty())
                    links.emplace_back(rel, *href);
            }
        }
    }
    for (Endpoint &e : m_endpoints) {
        OJ a = OJ::object();
        a["id"] = str(e.id);
        a["type"] = str(e.reader->adapterType);
        a["config"] = std::move(e.config);
        physicalAdapters.push_back(std::move(a));
    }
    return m_d.errorCount() == errorsBefore;
}

struct Thing
{
    QString file;
    bool isModel = false;
    bool describesTwin = false; // a Thing Description, or a Thing Model written for one twin
    QString tdId;
    QString twinId;
    QString modelId;
    std::vector<std::pair<QString, QString>> links;
    OJ twin;
};

} // namespace

Interop::ImportOutput importThingDescriptions(const std::vector<Interop::InputFile> &files,
                                              const ImportOptions &options)
{
    Interop::ImportOutput out;

    const Bindings &bindings = options.bindings ? *options.bindings : Bindings::global();
    Project::Json doc = Interop::newProjectDocument(options.projectName);
    std::vector<Thing> things;
    QSet<QString> modelIds;
    QSet<QString> twinIds;
    std::map<QString, std::size_t> modelIndex; // model id → position in "models"
    for (const Interop::InputFile &file : files) {
        Diagnostics d;
        auto json = Interop::parseDocument(file.bytes, file.name, d);
        if (json) {
            ThingReader reader(*json, bindings, d);
            reader.setOrder(file.bytes);
            // What the reader accepts must also be what the TD 1.1 JSON Schema allows (Thing
            // Models follow their own rules, placeholders included: the reader checks those).
            if (reader.read() && (reader.isModel || checkTdSchema(*json, d))) {
                Thing thing;
                thing.file = file.name;
                thing.isModel = reader.isModel;
                // A Thing Model that Twinloom wrote for a twin without a digital interface
                // brings the twin back, as a Thing Description does.
                thing.describesTwin = !reader.isModel || isValidTwinId(reader.twinHint);
                thing.tdId = reader.isModel ? reader.thingIdHint : reader.tdId;
                // The model: the one it names, if already imported; else a new one.
                QString modelId = reader.modelIdHint;
                const bool named = !modelId.isEmpty() && Dtdl::isValidDtmi(modelId, 3);
                if (!named) {
                    const QString base = dtdlName(
                        reader.title.isEmpty() ? QFileInfo(file.name).baseName() : reader.title,
                        QStringLiteral("Thing"));
                    QString candidate = QStringLiteral("dtmi:twinloom:wot:%1;1").arg(base);
                    for (int n = 2; modelIds.contains(candidate); ++n)
                        candidate = QStringLiteral("dtmi:twinloom:wot:%1_%2;1").arg(base).arg(n);
                    modelId = candidate;
                }
                thing.modelId = modelId;
                if (!modelIds.contains(modelId)) {
                    modelIds.insert(modelId);
                    OJ model = OJ::object();
                    model["@id"] = str(modelId);
                    model["@type"] = "Interface";
                    if (!reader.title.isEmpty() && !reader.isModel && !named)
                        model["displayName"] = str(reader.title);
                    else if (!reader.title.isEmpty() && reader.isModel)
                        model["displayName"] = str(reader.title);
                    if (!reader.description.isEmpty())
                        model["description"] = str(reader.description);
                    model["contents"] = std::move(reader.contents);
                    modelIndex[modelId] = doc["models"].size();
                    doc["models"].push_back(std::move(model));
                }
                if (thing.describesTwin) {
                    QString id = reader.isModel ? reader.twinHint : QString();
                    static const QLatin1String urn("urn:twinloom:");
                    if (id.isEmpty() && thing.tdId.startsWith(urn)) {
                        const qsizetype colon = thing.tdId.indexOf(QLatin1Char(':'), urn.size());
                        if (colon > 0)
                            id = thing.tdId.mid(colon + 1);
                    }
                    if (id.isEmpty() || !isValidTwinId(id))
                        id = twinIdFrom(!thing.tdId.isEmpty()
                                            ? thing.tdId.section(QLatin1Char(':'), -1)
                                        : !reader.title.isEmpty()
                                            ? Interop::slug(reader.title, QStringLiteral("thing"))
                                            : QFileInfo(file.name).baseName());
                    if (id.isEmpty())
                        id = QStringLiteral("thing");
                    id = uniqueName(id, twinIds, QStringLiteral("-"));
                    thing.twinId = id;
                    OJ twin = OJ::object();
                    twin["id"] = str(id);
                    if (!reader.title.isEmpty())
                        twin["displayName"] = str(reader.title);
                    twin["model"] = str(modelId);
                    const std::size_t adapterCount = reader.physicalAdapters.size();
                    if (adapterCount > 0)
                        twin["physicalAdapters"] = std::move(reader.physicalAdapters);
                    OJ shadowing = OJ::object();
                    if (adapterCount > 1 && !reader.actionAdapters.empty()) {
                        OJ actions = OJ::array();
                        for (const auto &[action, adapter] : reader.actionAdapters)
                            actions.push_back({{"action", str(action)}, {"adapter", str(adapter)}});
                        shadowing["actions"] = std::move(actions);
                    }
                    if (!reader.desired.empty())
                        shadowing["desired"] = std::move(reader.desired);
                    if (!shadowing.empty())
                        twin["shadowing"] = std::move(shadowing);
                    thing.twin = std::move(twin);
                    thing.links = std::move(reader.links);
                }
                things.push_back(std::move(thing));
            }
        }
        d.setFile(file.name);
        out.diagnostics.append(d);
    }
    if (out.diagnostics.hasErrors())
        return out;

    // Links to other imported Things are relationships.
    std::map<QString, QString> twinByTdId;
    for (const Thing &t : things) {
        if (t.describesTwin && !t.tdId.isEmpty())
            twinByTdId[t.tdId] = t.twinId;
    }
    for (Thing &t : things) {
        if (!t.describesTwin)
            continue;
        OJ relationships = OJ::array();
        for (const auto &[rel, href] : t.links) {
            auto target = twinByTdId.find(href);
            if (target == twinByTdId.end())
                continue;
            const QString name = dtdlName(rel, QStringLiteral("r"));
            OJ &model = doc["models"][modelIndex[t.modelId]];
            if (!findByKey(model["contents"], "name", str(name)))
                model["contents"].push_back({{"@type", "Relationship"}, {"name", str(name)}});
            relationships.push_back({{"name", str(name)}, {"target", str(target->second)}});
        }
        if (!relationships.empty())
            t.twin["relationships"] = std::move(relationships);
        doc["twins"].push_back(std::move(t.twin));
    }
    out.project = Interop::finishProject(std::move(doc), out.diagnostics);
    return out;
}

nlohmann::json schemaFromDataSchema(const nlohmann::json &dataSchema, const QString &pointer,
                                    Diagnostics &diagnostics)
{
    return importSchema(dataSchema, pointer, 0, diagnostics);
}

} // namespace twinloom::Wot
