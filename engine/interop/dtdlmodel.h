#pragma once

#include <QtCore/QHash>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace twinloom::Dtdl {

// The element classes of DTDL v2, v3 and v4. CommandPayload exists in v2 only, CommandRequest and
// CommandResponse in v3 only.
enum class ElementKind : std::uint8_t {
    Interface,
    Telemetry,
    Property,
    Command,
    Relationship,
    Component,
    CommandPayload,
    CommandRequest,
    CommandResponse,
    Array,
    Enum,
    EnumValue,
    Map,
    MapKey,
    MapValue,
    Object,
    Field,
};
constexpr int kElementKindCount = static_cast<int>(ElementKind::Field) + 1;

// The members (JSON-LD properties) the DTDL metamodel defines, across versions.
enum class Member : std::uint8_t {
    Comment,
    Description,
    DisplayName,
    Name,
    Schema,
    Writable,
    Contents,
    Extends,
    Schemas,
    CommandType,
    Request,
    Response,
    Target,
    MinMultiplicity,
    MaxMultiplicity,
    Properties,
    ElementSchema,
    EnumValues,
    ValueSchema,
    EnumValue,
    MapKey,
    MapValue,
    Fields,
    Unit,
    Nullable, // DTDL v4 CommandRequest and CommandResponse
};
constexpr int kMemberCount = static_cast<int>(Member::Nullable) + 1;

QLatin1String elementKindName(ElementKind kind);
QLatin1String memberTerm(Member member);

struct Element;

// One value of an element-valued member: a nested element, a reference by DTMI to an element
// defined elsewhere (resolved after parsing), or a standard value such as "double".
struct Link
{
    Member member = Member::Contents;
    Element *element = nullptr; // nested, or the referenced element once resolved
    QString reference;          // the DTMI of a reference; empty for a nested element
    QString standard;           // the term of a standard value ("double", "point", "percent")
    QString path;               // JSON pointer of the value
    bool isReference() const { return !reference.isEmpty(); }
};

// A parsed DTDL element with the facts validation and import need.
struct Element
{
    ElementKind kind = ElementKind::Interface;
    int dtdlVersion = 3;
    QString id;              // the "@id", or a generated one for elements without it
    bool explicitId = false; // true when the document gave the "@id"
    QString file;            // the file that defines it
    QString path;            // JSON pointer inside that file
    Element *parent = nullptr;
    Member parentMember = Member::Contents;
    Element *partition = nullptr; // the Interface or top-level element this one belongs to
    bool topLevel = false;
    bool informallyCotyped = false;
    bool onvifLimits = false; // DTDL v4 with the Onvif limit extension

    QString name;
    QHash<QString, QString> displayName; // language → text
    QHash<QString, QString> description;
    QString comment;
    QStringList semanticTypes; // terms such as "Temperature"
    // Co-types of the known language extensions ("Historized", "ValueAnnotation", "Mqtt", "State")
    // and the values of the properties they add ("annotates" → "currentTemp", "index" → "3").
    QStringList adjunctTypes;
    QHash<QString, QString> adjunctValues;
    QString unit; // term such as "degreeCelsius"
    std::optional<bool> writable;
    std::optional<bool> nullable; // DTDL v4 CommandRequest and CommandResponse
    std::optional<qint64> minMultiplicity;
    std::optional<qint64> maxMultiplicity;
    QString target;      // Relationship target DTMI
    QString commandType; // v2 "synchronous" / "asynchronous"
    QString valueSchema; // Enum value schema term ("integer" or "string")
    QString enumValueString;
    std::optional<qint64> enumValueInteger;

    std::vector<Link> links;

    std::vector<const Link *> linksOf(Member member) const;
    const Link *firstLink(Member member) const;
    // A localizable string in English, or in any language if there is no English text.
    QString text(const QHash<QString, QString> &strings) const;
};

} // namespace twinloom::Dtdl
