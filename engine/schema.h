#pragma once

#include "engine/diagnostics.h"
#include "engine/value.h"

#include <QtCore/QString>

#include <nlohmann/json_fwd.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace twinloom {

class Schema;
using SchemaPtr = std::shared_ptr<const Schema>;

// The DTDL v3 schemas: primitives, and the complex Enum, Array, Map and Object.
enum class SchemaKind : std::uint8_t {
    Boolean,
    Integer, // 32-bit
    Long,    // 64-bit
    Float,
    Double,
    String,
    Date,
    Time,
    DateTime,
    Duration,
    Enum,
    Array,
    Map,
    Object
};

QString schemaKindName(SchemaKind kind);
std::optional<SchemaKind> primitiveSchemaKind(QStringView name);

struct EnumValue
{
    QString name;
    Value value; // Int or String, as the enum's value schema says
    QString displayName;
};

struct SchemaField
{
    QString name;
    SchemaPtr schema;
    QString displayName;
};

// A value schema. Immutable once built; shared between models, twins and adapters.
class Schema
{
public:
    static SchemaPtr primitive(SchemaKind kind);
    static SchemaPtr makeEnum(SchemaKind valueKind, std::vector<EnumValue> values);
    static SchemaPtr makeArray(SchemaPtr element);
    static SchemaPtr makeMap(SchemaPtr value, QString keyName = QStringLiteral("key"),
                             QString valueName = QStringLiteral("value"));
    static SchemaPtr makeObject(std::vector<SchemaField> fields);

    // Reads the DTDL form: a primitive name ("double"), or an object with "@type" Enum, Array,
    // Map or Object. `resolve` looks up schema ids (DTMIs) defined elsewhere; it may be empty.
    // Complex schemas nest at most kMaxComplexDepth levels, as in DTDL v3 (a deeper model
    // would export as DTDL that no parser accepts).
    using Resolver = std::function<SchemaPtr(const QString &id)>;
    static constexpr int kMaxComplexDepth = 5;
    static SchemaPtr fromJson(const nlohmann::json &json, const QString &pointer,
                              Diagnostics &diagnostics, const Resolver &resolve = {});
    // Levels of complex schemas: 0 for a primitive, 1 for an Enum or an Object of primitives.
    int complexDepth() const;
    nlohmann::json toJson() const;

    SchemaKind kind() const { return m_kind; }
    bool isPrimitive() const { return m_kind < SchemaKind::Enum; }
    bool isNumeric() const;
    const QString &id() const { return m_id; }
    const QString &displayName() const { return m_displayName; }

    SchemaKind enumValueKind() const { return m_enumValueKind; }
    const std::vector<EnumValue> &enumValues() const { return m_enumValues; }
    const SchemaPtr &elementSchema() const { return m_element; }
    const SchemaPtr &mapValueSchema() const { return m_element; }
    const QString &mapKeyName() const { return m_mapKeyName; }
    const QString &mapValueName() const { return m_mapValueName; }
    const std::vector<SchemaField> &fields() const { return m_fields; }
    const SchemaField *field(QStringView name) const;
    // Schema of the element a JSON pointer reaches inside a value of this schema, or nullptr.
    SchemaPtr schemaAt(const QStringList &pointerTokens, const SchemaPtr &self) const;

    // Checks that a value conforms exactly. Returns an error sentence naming the JSON pointer
    // below `pointer` that is wrong, or an empty string.
    QString validate(const Value &value, const QString &pointer = {}) const;

    // Converts a value to this schema where no information is lost or the conversion is the
    // natural one (integer → double, numeric string → number, "true" → boolean, ISO strings →
    // dates and durations, enum name → enum value). Fails with a sentence otherwise.
    std::optional<Value> coerce(const Value &value, QString *error = nullptr) const;

    // Parses a JSON value of this schema into a typed Value.
    std::optional<Value> valueFromJson(const nlohmann::json &json, QString *error = nullptr) const;

private:
    static SchemaPtr build(const nlohmann::json &json, const QString &pointer,
                           Diagnostics &diagnostics, const Resolver &resolve);
    Schema() = default;

    SchemaKind m_kind = SchemaKind::Double;
    QString m_id;
    QString m_displayName;
    SchemaKind m_enumValueKind = SchemaKind::Integer;
    std::vector<EnumValue> m_enumValues;
    SchemaPtr m_element; // array element or map value
    QString m_mapKeyName;
    QString m_mapValueName;
    std::vector<SchemaField> m_fields;
};

} // namespace twinloom
