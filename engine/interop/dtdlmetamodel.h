#pragma once

#include "engine/interop/dtdlmodel.h"

#include <QtCore/QString>
#include <QtCore/QStringView>

#include <array>
#include <optional>
#include <vector>

// The DTDL v2, v3 and v4 metamodel as tables: which classes exist in which version, which members
// each class has, what values each member takes, and the standard terms (schemas, semantic types,
// units). The parser is driven by these tables.
namespace twinloom::Dtdl::MetaModel {

// What a member's value is.
enum class ValueKind : std::uint8_t {
    LocalizableString, // description, displayName
    String,            // comment, name: representational string
    Boolean,           // writable
    Integer,           // minMultiplicity, maxMultiplicity
    IntegerOrString,   // enumValue
    Dtmi,              // target: a non-dependent reference
    Elements,          // nested elements, dependent references or standard values
};

// Sets of standard values an element-valued member may take instead of an element.
enum class StandardValues : std::uint8_t {
    None,
    Schemas,      // primitive and geospatial schemas
    StringSchema, // only "string" (MapKey schema)
    EnumSchemas,  // "integer" or "string"
    CommandTypes, // "synchronous" or "asynchronous"
    Units,        // the units of the element's semantic type
};

using KindSet = std::uint32_t;
constexpr KindSet kindBit(ElementKind kind)
{
    return KindSet(1) << static_cast<int>(kind);
}

struct MemberSpec
{
    Member member;
    ValueKind value;
    bool required = false;
    int minCount = 0;   // for element-valued members
    int maxCount = -1;  // -1 = unbounded
    int maxLength = -1; // for strings
    bool namePattern = false;
    KindSet classes = 0; // element classes the member accepts
    StandardValues standard = StandardValues::None;
    bool acceptsEarlierVersion = false; // v3 members that accept DTDL v2 elements
};

bool classExists(ElementKind kind, int version);
QString classDtmi(ElementKind kind, int version);
// "Telemetry" or "dtmi:dtdl:class:Telemetry;3" → Telemetry, if that class exists in `version`.
std::optional<ElementKind> classForType(QStringView type, int version);
// Classes an element may have without "@type" when a member accepts only that class.
bool typeMayBeImplicit(ElementKind kind);

const std::vector<MemberSpec> &membersOf(ElementKind kind, int version);
const MemberSpec *memberSpec(ElementKind kind, int version, Member member);
QString memberDtmi(Member member, int version);
// "name" or "dtmi:dtdl:property:name;3" → Name, if that member exists in `version`.
std::optional<Member> memberForKey(QStringView key, int version, bool *isDtmi = nullptr);

// Terms and DTMIs listed in the "Reserved strings" table of a version.
bool isReserved(QStringView text, int version);

// A standard value term for a string that is the term or its DTMI, or empty.
QString standardValue(QStringView text, StandardValues set, int version);
bool isNumericSchema(QStringView term);
bool isGeospatialSchema(QStringView term);

// Semantic types: v2 core, v3 with the QuantitativeTypes extension.
QString semanticTypeFor(QStringView text, int version); // term, or empty
QString unitFor(QStringView text, int version);         // term, or empty
bool unitMatchesSemanticType(const QString &unit, const QString &semanticType);
// The semantic type a unit most directly measures ("degreeCelsius" → "Temperature"), or empty.
QString semanticTypeOfUnit(const QString &unit, int version);

// Unit types as schemas ("TemperatureUnit": an enum of the temperature units), which the
// QuantitativeTypes extension allows, and the unit type a semantic type measures in.
QString unitTypeSchema(QStringView text); // term, or empty
QString unitTypeOf(const QString &semanticType);
QStringList unitsOfUnitType(const QString &unitType); // sorted

// Known extension contexts of each version.
bool isKnownExtension(QStringView context, int version);

// The language extensions this parser implements (beyond QuantitativeTypes' semantic types and
// units, which the tables above hold).
enum class Extension : std::uint8_t {
    QuantitativeTypes,
    Historization,
    Annotation,
    Overriding,
    Requirement,
    Mqtt,
    IotCentral,
};
inline constexpr int kExtensionCount = static_cast<int>(Extension::IotCentral) + 1;
// The version of each extension a context makes active (0 = not active).
using ActiveExtensions = std::array<std::uint8_t, kExtensionCount>;

struct ExtensionContext
{
    Extension extension;
    int version;
};
// The extension a context specifier names, if that version of it may be used in DTDL
// `dtdlVersion` ("dtmi:dtdl:extension:historization;1" in DTDL v3, say).
std::optional<ExtensionContext> extensionOfContext(QStringView context, int dtdlVersion);

// An adjunct type: a co-type an extension defines, and the element classes it may co-type.
struct AdjunctType
{
    QLatin1String term;
    Extension extension;
    int sinceVersion; // of the extension
    KindSet classes;
};
// The adjunct type a "@type" value names, as a term or as its DTMI
// ("dtmi:dtdl:extension:historization:v1:Historized"), among the active extensions.
const AdjunctType *adjunctTypeFor(QStringView text, const ActiveExtensions &active);

// What a property an adjunct type adds takes.
enum class AdjunctValue : std::uint8_t {
    Name,            // a name of another element (annotates)
    Text,            // a non-empty string (payloadFormat)
    TopicPattern,    // an MQTT topic pattern with {tokens} (telemetryTopic, commandTopic)
    GroupId,         // printable ASCII without space, quote, +, #, {, } or / (…ServiceGroupId)
    Duration,        // an ISO 8601 duration (ttl)
    PositiveInteger, // an integer ≥ 1 (index)
    Term,            // a term or an IRI (overrides)
};
struct AdjunctProperty
{
    QLatin1String adjunct; // the adjunct type that adds it
    QLatin1String term;
    AdjunctValue value;
    bool required;
    int sinceVersion; // of the extension
};
// The property `key` (a term or its DTMI) that one of `adjuncts` adds, if any.
const AdjunctProperty *adjunctPropertyFor(QStringView key, const QStringList &adjuncts,
                                          const ActiveExtensions &active);
// Every property the adjunct type adds in that version of its extension.
std::vector<const AdjunctProperty *> adjunctProperties(const AdjunctType &type, int version);
// Whether a string is what `kind` takes (PositiveInteger is checked on the JSON number).
bool adjunctValueIsValid(AdjunctValue kind, QStringView value);

// IoT Central's schemas ("geopoint", "vector") as a term, or empty.
QString iotCentralSchema(QStringView text);
inline constexpr QLatin1String kQuantitativeTypesContext{"dtmi:dtdl:extension:quantitativeTypes;1"};
inline constexpr QLatin1String kIotCentralContext{"dtmi:iotcentral:context;2"};

} // namespace twinloom::Dtdl::MetaModel
