#include "engine/schema.h"

#include "engine/tr.h"

#include <QtCore/QCoreApplication>

#include <nlohmann/json.hpp>

#include <array>
#include <cmath>
#include <limits>

namespace twinloom {

namespace {
QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

struct KindName
{
    SchemaKind kind;
    const char *name;
};

constexpr std::array<KindName, 14> kKindNames{{
    {SchemaKind::Boolean, "boolean"},
    {SchemaKind::Integer, "integer"},
    {SchemaKind::Long, "long"},
    {SchemaKind::Float, "float"},
    {SchemaKind::Double, "double"},
    {SchemaKind::String, "string"},
    {SchemaKind::Date, "date"},
    {SchemaKind::Time, "time"},
    {SchemaKind::DateTime, "dateTime"},
    {SchemaKind::Duration, "duration"},
    {SchemaKind::Enum, "Enum"},
    {SchemaKind::Array, "Array"},
    {SchemaKind::Map, "Map"},
    {SchemaKind::Object, "Object"},
}};

// DTDL names may be written as full DTMIs of the language, e.g.
// "dtmi:dtdl:instance:Schema:double;2".
QString shortSchemaName(const QString &name)
{
    static const QLatin1String prefix("dtmi:dtdl:instance:Schema:");
    if (name.startsWith(prefix)) {
        QString rest = name.mid(prefix.size());
        return rest.left(rest.indexOf(QLatin1Char(';')));
    }
    return name;
}
} // namespace

QString schemaKindName(SchemaKind kind)
{
    return QLatin1String(kKindNames[static_cast<std::size_t>(kind)].name);
}

std::optional<SchemaKind> primitiveSchemaKind(QStringView name)
{
    for (const KindName &k : kKindNames) {
        if (k.kind < SchemaKind::Enum && name == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

SchemaPtr Schema::primitive(SchemaKind kind)
{
    static const auto table = [] {
        std::array<SchemaPtr, 10> t;
        for (std::size_t i = 0; i < t.size(); ++i) {
            auto s = std::shared_ptr<Schema>(new Schema);
            s->m_kind = static_cast<SchemaKind>(i);
            t[i] = s;
        }
        return t;
    }();
    Q_ASSERT(kind < SchemaKind::Enum);
    return table[static_cast<std::size_t>(kind)];
}

SchemaPtr Schema::makeEnum(SchemaKind valueKind, std::vector<EnumValue> values)
{
    auto s = std::shared_ptr<Schema>(new Schema);
    s->m_kind = SchemaKind::Enum;
    s->m_enumValueKind = valueKind;
    s->m_enumValues = std::move(values);
    return s;
}

SchemaPtr Schema::makeArray(SchemaPtr element)
{
    auto s = std::shared_ptr<Schema>(new Schema);
    s->m_kind = SchemaKind::Array;
    s->m_element = std::move(element);
    return s;
}

SchemaPtr Schema::makeMap(SchemaPtr value, QString keyName, QString valueName)
{
    auto s = std::shared_ptr<Schema>(new Schema);
    s->m_kind = SchemaKind::Map;
    s->m_element = std::move(value);
    s->m_mapKeyName = std::move(keyName);
    s->m_mapValueName = std::move(valueName);
    return s;
}

SchemaPtr Schema::makeObject(std::vector<SchemaField> fields)
{
    auto s = std::shared_ptr<Schema>(new Schema);
    s->m_kind = SchemaKind::Object;
    s->m_fields = std::move(fields);
    return s;
}

bool Schema::isNumeric() const
{
    return m_kind == SchemaKind::Integer || m_kind == SchemaKind::Long ||
           m_kind == SchemaKind::Float || m_kind == SchemaKind::Double;
}

const SchemaField *Schema::field(QStringView name) const
{
    for (const SchemaField &f : m_fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

SchemaPtr Schema::schemaAt(const QStringList &tokens, const SchemaPtr &self) const
{
    SchemaPtr current = self;
    for (const QString &token : tokens) {
        if (!current)
            return nullptr;
        switch (current->kind()) {
        case SchemaKind::Object: {
            const SchemaField *f = current->field(token);
            current = f ? f->schema : nullptr;
            break;
        }
        case SchemaKind::Map:
            current = current->mapValueSchema();
            break;
        case SchemaKind::Array: {
            bool ok = false;
            token.toUInt(&ok);
            current = ok ? current->elementSchema() : nullptr;
            break;
        }
        default:
            return nullptr;
        }
    }
    return current;
}

int Schema::complexDepth() const
{
    switch (m_kind) {
    case SchemaKind::Enum:
        return 1;
    case SchemaKind::Array:
    case SchemaKind::Map:
        return 1 + (m_element ? m_element->complexDepth() : 0);
    case SchemaKind::Object: {
        int deepest = 0;
        for (const SchemaField &f : m_fields)
            deepest = std::max(deepest, f.schema ? f.schema->complexDepth() : 0);
        return 1 + deepest;
    }
    default:
        return 0;
    }
}

SchemaPtr Schema::fromJson(const nlohmann::json &json, const QString &pointer,
                           Diagnostics &diagnostics, const Resolver &resolve)
{
    SchemaPtr s = build(json, pointer, diagnostics, resolve);
    // Checked as the schema is built from the inside out: the error names the outermost level
    // that is one too many, and its parents are not reported again.
    if (s && s->complexDepth() > kMaxComplexDepth) {
        diagnostics.error(pointer, Tr::tr("complex schemas nest deeper than %1 levels here (DTDL "
                                          "allows %1)")
                                       .arg(kMaxComplexDepth));
        return nullptr;
    }
    return s;
}

SchemaPtr Schema::build(const nlohmann::json &json, const QString &pointer,
                        Diagnostics &diagnostics, const Resolver &resolve)
{
    if (json.is_string()) {
        const QString name = shortSchemaName(qs(json.get<std::string>()));
        if (auto kind = primitiveSchemaKind(name))
            return primitive(*kind);
        if (resolve) {
            if (SchemaPtr s = resolve(name))
                return s;
        }
        diagnostics.error(pointer, Tr::tr("'%1' is not a schema: expected one of boolean, integer, "
                                          "long, float, double, string, date, time, dateTime, "
                                          "duration, or an Enum, Array, Map or Object")
                                       .arg(name));
        return nullptr;
    }
    if (!json.is_object()) {
        diagnostics.error(pointer, Tr::tr("a schema must be a name or an object with \"@type\""));
        return nullptr;
    }
    const auto typeIt = json.find("@type");
    if (typeIt == json.end() || !typeIt->is_string()) {
        diagnostics.error(pointer,
                          Tr::tr("a complex schema needs \"@type\": Enum, Array, Map or Object"));
        return nullptr;
    }
    const QString type = shortSchemaName(qs(typeIt->get<std::string>()));
    auto s = std::shared_ptr<Schema>(new Schema);
    if (auto id = json.find("@id"); id != json.end() && id->is_string())
        s->m_id = qs(id->get<std::string>());
    if (auto dn = json.find("displayName"); dn != json.end() && dn->is_string())
        s->m_displayName = qs(dn->get<std::string>());

    auto named = [&](const char *key) -> const nlohmann::json * {
        auto it = json.find(key);
        if (it == json.end()) {
            diagnostics.error(pointer,
                              Tr::tr("%1 schema needs \"%2\"").arg(type, QLatin1String(key)));
            return nullptr;
        }
        return &*it;
    };

    if (type == QLatin1String("Enum")) {
        s->m_kind = SchemaKind::Enum;
        const nlohmann::json *vs = named("valueSchema");
        const nlohmann::json *values = named("enumValues");
        if (!vs || !values)
            return nullptr;
        const QString vsName =
            vs->is_string() ? shortSchemaName(qs(vs->get<std::string>())) : QString();
        if (vsName == QLatin1String("integer"))
            s->m_enumValueKind = SchemaKind::Integer;
        else if (vsName == QLatin1String("string"))
            s->m_enumValueKind = SchemaKind::String;
        else {
            diagnostics.error(pointer + QStringLiteral("/valueSchema"),
                              Tr::tr("an Enum's valueSchema must be integer or string"));
            return nullptr;
        }
        if (!values->is_array()) {
            diagnostics.error(pointer + QStringLiteral("/enumValues"),
                              Tr::tr("enumValues must be an array"));
            return nullptr;
        }
        bool ok = true;
        for (std::size_t i = 0; i < values->size(); ++i) {
            const auto &ev = (*values)[i];
            const QString p = pointerAppend(pointer + QStringLiteral("/enumValues"), qsizetype(i));
            if (!ev.is_object() || !ev.contains("name") || !ev["name"].is_string() ||
                !ev.contains("enumValue")) {
                diagnostics.error(p, Tr::tr("an enum value needs a \"name\" and an \"enumValue\""));
                ok = false;
                continue;
            }
            EnumValue e;
            e.name = qs(ev["name"].get<std::string>());
            const auto &raw = ev["enumValue"];
            if (s->m_enumValueKind == SchemaKind::Integer && raw.is_number_integer())
                e.value = raw.get<std::int64_t>();
            else if (s->m_enumValueKind == SchemaKind::String && raw.is_string())
                e.value = qs(raw.get<std::string>());
            else {
                diagnostics.error(p + QStringLiteral("/enumValue"),
                                  Tr::tr("enumValue of '%1' does not match the valueSchema %2")
                                      .arg(e.name, vsName));
                ok = false;
                continue;
            }
            if (ev.contains("displayName") && ev["displayName"].is_string())
                e.displayName = qs(ev["displayName"].get<std::string>());
            for (const EnumValue &other : s->m_enumValues) {
                if (other.name == e.name) {
                    diagnostics.error(p + QStringLiteral("/name"),
                                      Tr::tr("enum value name '%1' is used twice").arg(e.name));
                    ok = false;
                }
            }
            s->m_enumValues.push_back(std::move(e));
        }
        return ok ? s : nullptr;
    }
    if (type == QLatin1String("Array")) {
        s->m_kind = SchemaKind::Array;
        const nlohmann::json *es = named("elementSchema");
        if (!es)
            return nullptr;
        s->m_element =
            fromJson(*es, pointer + QStringLiteral("/elementSchema"), diagnostics, resolve);
        return s->m_element ? s : nullptr;
    }
    if (type == QLatin1String("Map")) {
        s->m_kind = SchemaKind::Map;
        const nlohmann::json *key = named("mapKey");
        const nlohmann::json *value = named("mapValue");
        if (!key || !value)
            return nullptr;
        if (!key->is_object() || !key->contains("name") || !(*key)["name"].is_string()) {
            diagnostics.error(pointer + QStringLiteral("/mapKey"),
                              Tr::tr("mapKey needs a \"name\""));
            return nullptr;
        }
        if (!key->contains("schema") || !(*key)["schema"].is_string() ||
            shortSchemaName(qs((*key)["schema"].get<std::string>())) != QLatin1String("string")) {
            diagnostics.error(pointer + QStringLiteral("/mapKey/schema"),
                              Tr::tr("a map key's schema must be string"));
            return nullptr;
        }
        s->m_mapKeyName = qs((*key)["name"].get<std::string>());
        if (!value->is_object() || !value->contains("name") || !value->contains("schema")) {
            diagnostics.error(pointer + QStringLiteral("/mapValue"),
                              Tr::tr("mapValue needs a \"name\" and a \"schema\""));
            return nullptr;
        }
        s->m_mapValueName = qs((*value)["name"].get<std::string>());
        s->m_element = fromJson((*value)["schema"], pointer + QStringLiteral("/mapValue/schema"),
                                diagnostics, resolve);
        return s->m_element ? s : nullptr;
    }
    if (type == QLatin1String("Object")) {
        s->m_kind = SchemaKind::Object;
        const nlohmann::json *fields = named("fields");
        if (!fields)
            return nullptr;
        if (!fields->is_array()) {
            diagnostics.error(pointer + QStringLiteral("/fields"),
                              Tr::tr("fields must be an array"));
            return nullptr;
        }
        bool ok = true;
        for (std::size_t i = 0; i < fields->size(); ++i) {
            const auto &f = (*fields)[i];
            const QString p = pointerAppend(pointer + QStringLiteral("/fields"), qsizetype(i));
            if (!f.is_object() || !f.contains("name") || !f["name"].is_string() ||
                !f.contains("schema")) {
                diagnostics.error(p, Tr::tr("a field needs a \"name\" and a \"schema\""));
                ok = false;
                continue;
            }
            SchemaField field;
            field.name = qs(f["name"].get<std::string>());
            if (s->field(field.name)) {
                diagnostics.error(p + QStringLiteral("/name"),
                                  Tr::tr("field '%1' is defined twice").arg(field.name));
                ok = false;
            }
            field.schema =
                fromJson(f["schema"], p + QStringLiteral("/schema"), diagnostics, resolve);
            if (f.contains("displayName") && f["displayName"].is_string())
                field.displayName = qs(f["displayName"].get<std::string>());
            if (!field.schema)
                ok = false;
            s->m_fields.push_back(std::move(field));
        }
        return ok ? s : nullptr;
    }
    diagnostics.error(
        pointer + QStringLiteral("/@type"),
        Tr::tr("'%1' is not a schema type: expected Enum, Array, Map or Object").arg(type));
    return nullptr;
}

nlohmann::json Schema::toJson() const
{
    if (isPrimitive())
        return schemaKindName(m_kind).toStdString();
    nlohmann::json j = nlohmann::json::object();
    j["@type"] = schemaKindName(m_kind).toStdString();
    if (!m_id.isEmpty())
        j["@id"] = m_id.toStdString();
    if (!m_displayName.isEmpty())
        j["displayName"] = m_displayName.toStdString();
    switch (m_kind) {
    case SchemaKind::Enum: {
        j["valueSchema"] = schemaKindName(m_enumValueKind).toStdString();
        nlohmann::json values = nlohmann::json::array();
        for (const EnumValue &e : m_enumValues) {
            nlohmann::json v = {{"name", e.name.toStdString()}, {"enumValue", e.value.toJson()}};
            if (!e.displayName.isEmpty())
                v["displayName"] = e.displayName.toStdString();
            values.push_back(std::move(v));
        }
        j["enumValues"] = std::move(values);
        break;
    }
    case SchemaKind::Array:
        j["elementSchema"] = m_element->toJson();
        break;
    case SchemaKind::Map:
        j["mapKey"] = {{"name", m_mapKeyName.toStdString()}, {"schema", "string"}};
        j["mapValue"] = {{"name", m_mapValueName.toStdString()}, {"schema", m_element->toJson()}};
        break;
    case SchemaKind::Object: {
        nlohmann::json fields = nlohmann::json::array();
        for (const SchemaField &f : m_fields) {
            nlohmann::json field = {{"name", f.name.toStdString()}, {"schema", f.schema->toJson()}};
            if (!f.displayName.isEmpty())
                field["displayName"] = f.displayName.toStdString();
            fields.push_back(std::move(field));
        }
        j["fields"] = std::move(fields);
        break;
    }
    default:
        break;
    }
    return j;
}

QString Schema::validate(const Value &value, const QString &pointer) const
{
    const QString where = pointer.isEmpty() ? QStringLiteral("/") : pointer;
    auto wrongType = [&] {
        return Tr::tr("%1: expected %2, got %3")
            .arg(where, schemaKindName(m_kind), valueTypeName(value.type()));
    };
    switch (m_kind) {
    case SchemaKind::Boolean:
        return value.type() == Value::Type::Bool ? QString() : wrongType();
    case SchemaKind::Integer:
        if (value.type() != Value::Type::Int)
            return wrongType();
        if (value.toInt() < std::numeric_limits<std::int32_t>::min() ||
            value.toInt() > std::numeric_limits<std::int32_t>::max())
            return Tr::tr("%1: %2 does not fit a 32-bit integer").arg(where).arg(value.toInt());
        return {};
    case SchemaKind::Long:
        return value.type() == Value::Type::Int ? QString() : wrongType();
    case SchemaKind::Float:
    case SchemaKind::Double:
        return value.type() == Value::Type::Double ? QString() : wrongType();
    case SchemaKind::String:
        return value.type() == Value::Type::String ? QString() : wrongType();
    case SchemaKind::Date:
        return value.type() == Value::Type::Date ? QString() : wrongType();
    case SchemaKind::Time:
        return value.type() == Value::Type::Time ? QString() : wrongType();
    case SchemaKind::DateTime:
        return value.type() == Value::Type::DateTime ? QString() : wrongType();
    case SchemaKind::Duration:
        return value.type() == Value::Type::Duration ? QString() : wrongType();
    case SchemaKind::Enum:
        for (const EnumValue &e : m_enumValues) {
            if (e.value == value)
                return {};
        }
        return Tr::tr("%1: %2 is not one of the enum's values").arg(where, value.toString());
    case SchemaKind::Array: {
        const ValueArray *a = value.array();
        if (!a)
            return wrongType();
        for (std::size_t i = 0; i < a->size(); ++i) {
            QString e = m_element->validate((*a)[i], pointerAppend(pointer, qsizetype(i)));
            if (!e.isEmpty())
                return e;
        }
        return {};
    }
    case SchemaKind::Map: {
        const ValueObject *o = value.object();
        if (!o)
            return wrongType();
        for (const auto &[k, v] : *o) {
            QString e = m_element->validate(v, pointerAppend(pointer, k));
            if (!e.isEmpty())
                return e;
        }
        return {};
    }
    case SchemaKind::Object: {
        const ValueObject *o = value.object();
        if (!o)
            return wrongType();
        for (const auto &[k, v] : *o) {
            const SchemaField *f = field(k);
            if (!f)
                return Tr::tr("%1: the object has no field '%2'").arg(where, k);
            QString e = f->schema->validate(v, pointerAppend(pointer, k));
            if (!e.isEmpty())
                return e;
        }
        return {};
    }
    }
    return {};
}

std::optional<Value> Schema::coerce(const Value &value, QString *error) const
{
    auto fail = [&](const QString &message) -> std::optional<Value> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    auto cannot = [&] {
        return fail(
            Tr::tr("cannot convert %1 '%2' to %3")
                .arg(valueTypeName(value.type()), value.toString(), schemaKindName(m_kind)));
    };
    const QString *str = value.string();
    switch (m_kind) {
    case SchemaKind::Boolean:
        if (value.type() == Value::Type::Bool)
            return value;
        if (value.isNumber())
            return Value(value.toDouble() != 0.0);
        if (str) {
            const QString s = str->trimmed().toLower();
            if (s == QLatin1String("true") || s == QLatin1String("on") || s == QLatin1String("1"))
                return Value(true);
            if (s == QLatin1String("false") || s == QLatin1String("off") || s == QLatin1String("0"))
                return Value(false);
        }
        return cannot();
    case SchemaKind::Integer:
    case SchemaKind::Long: {
        std::optional<double> d = value.number();
        if (value.type() == Value::Type::Bool)
            d = value.toBool() ? 1.0 : 0.0;
        if (str) {
            bool ok = false;
            const qlonglong i = str->trimmed().toLongLong(&ok);
            if (ok)
                d = static_cast<double>(i);
            else {
                const double x = str->trimmed().toDouble(&ok);
                if (ok)
                    d = x;
            }
        }
        if (!d || !std::isfinite(*d))
            return cannot();
        if (value.type() == Value::Type::Int) {
            Value v = value;
            QString e = validate(v);
            return e.isEmpty() ? std::optional<Value>(v) : fail(e);
        }
        const double rounded = std::round(*d);
        if (std::abs(rounded) > 9.0e18)
            return cannot();
        Value v(static_cast<std::int64_t>(rounded));
        QString e = validate(v);
        return e.isEmpty() ? std::optional<Value>(v) : fail(e);
    }
    case SchemaKind::Float:
    case SchemaKind::Double: {
        if (value.type() == Value::Type::Double)
            return value;
        if (value.isNumber() || value.type() == Value::Type::Bool)
            return Value(value.toDouble());
        if (str) {
            bool ok = false;
            const double d = str->trimmed().toDouble(&ok);
            if (ok)
                return Value(d);
        }
        return cannot();
    }
    case SchemaKind::String:
        if (str)
            return value;
        if (value.type() == Value::Type::Array || value.type() == Value::Type::Object ||
            value.isNull())
            return cannot();
        return Value(value.toString());
    case SchemaKind::Date:
        if (value.date())
            return value;
        if (str) {
            if (auto d = parseDate(*str))
                return Value(*d);
        }
        return cannot();
    case SchemaKind::Time:
        if (value.time())
            return value;
        if (str) {
            if (auto t = parseTime(*str))
                return Value(*t);
        }
        return cannot();
    case SchemaKind::DateTime:
        if (value.dateTime())
            return value;
        if (str) {
            if (auto t = parseDateTime(*str))
                return Value(*t);
        }
        return cannot();
    case SchemaKind::Duration:
        if (value.duration())
            return value;
        if (str) {
            if (auto d = parseDuration(*str))
                return Value(*d);
        }
        if (value.isNumber()) // seconds
            return Value(Duration{0, std::llround(value.toDouble() * 1e6)});
        return cannot();
    case SchemaKind::Enum:
        for (const EnumValue &e : m_enumValues) {
            if (e.value == value)
                return value;
        }
        for (const EnumValue &e : m_enumValues) {
            if (str && e.name == *str)
                return e.value;
            if (value.isNumber() && e.value.type() == Value::Type::Int &&
                static_cast<double>(e.value.toInt()) == value.toDouble())
                return e.value;
        }
        return fail(Tr::tr("'%1' is not one of the enum's values or names").arg(value.toString()));
    case SchemaKind::Array: {
        const ValueArray *a = value.array();
        if (!a)
            return cannot();
        ValueArray out;
        out.reserve(a->size());
        for (const Value &e : *a) {
            auto c = m_element->coerce(e, error);
            if (!c)
                return std::nullopt;
            out.push_back(std::move(*c));
        }
        return Value(std::move(out));
    }
    case SchemaKind::Map:
    case SchemaKind::Object: {
        const ValueObject *o = value.object();
        if (!o)
            return cannot();
        ValueObject out;
        out.reserve(o->size());
        for (const auto &[k, v] : *o) {
            SchemaPtr s = m_element;
            if (m_kind == SchemaKind::Object) {
                const SchemaField *f = field(k);
                if (!f)
                    return fail(Tr::tr("the object has no field '%1'").arg(k));
                s = f->schema;
            }
            auto c = s->coerce(v, error);
            if (!c)
                return std::nullopt;
            out.emplace_back(k, std::move(*c));
        }
        return Value(std::move(out));
    }
    }
    return cannot();
}

std::optional<Value> Schema::valueFromJson(const nlohmann::json &json, QString *error) const
{
    const Value raw = Value::fromJson(json);
    // JSON numbers are untyped: a whole number written for a double stays a double.
    if (raw.isNumber() && (m_kind == SchemaKind::Double || m_kind == SchemaKind::Float))
        return Value(raw.toDouble());
    if (raw.type() == Value::Type::Double &&
        (m_kind == SchemaKind::Integer || m_kind == SchemaKind::Long)) {
        if (error)
            *error = Tr::tr("expected %1, got the fraction %2")
                         .arg(schemaKindName(m_kind), raw.toString());
        return std::nullopt;
    }
    if (isPrimitive() && m_kind != SchemaKind::String && m_kind < SchemaKind::Date &&
        raw.string()) {
        if (error)
            *error =
                Tr::tr("expected %1, got string '%2'").arg(schemaKindName(m_kind), *raw.string());
        return std::nullopt;
    }
    return coerce(raw, error);
}

} // namespace twinloom
