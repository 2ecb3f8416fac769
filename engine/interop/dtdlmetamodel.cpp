#include "engine/interop/dtdlmetamodel.h"

#include <QtCore/QHash>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>

#include <array>

namespace twinloom::Dtdl {

QLatin1String elementKindName(ElementKind kind)
{
    static constexpr std::array<const char *, kElementKindCount> names = {"Interface",
                                                                          "Telemetry",
                                                                          "Property",
                                                                          "Command",
                                                                          "Relationship",
                                                                          "Component",
                                                                          "CommandPayload",
                                                                          "CommandRequest",
                                                                          "CommandResponse",
                                                                          "Array",
                                                                          "Enum",
                                                                          "EnumValue",
                                                                          "Map",
                                                                          "MapKey",
                                                                          "MapValue",
                                                                          "Object",
                                                                          "Field"};
    return QLatin1String(names[static_cast<std::size_t>(kind)]);
}

QLatin1String memberTerm(Member member)
{
    static constexpr std::array<const char *, kMemberCount> terms = {
        "comment",       "description",     "displayName",     "name",
        "schema",        "writable",        "contents",        "extends",
        "schemas",       "commandType",     "request",         "response",
        "target",        "minMultiplicity", "maxMultiplicity", "properties",
        "elementSchema", "enumValues",      "valueSchema",     "enumValue",
        "mapKey",        "mapValue",        "fields",          "unit",
        "nullable"};
    return QLatin1String(terms[static_cast<std::size_t>(member)]);
}

namespace MetaModel {
namespace {

constexpr KindSet kContentKinds = kindBit(ElementKind::Telemetry) | kindBit(ElementKind::Property) |
                                  kindBit(ElementKind::Command) |
                                  kindBit(ElementKind::Relationship) |
                                  kindBit(ElementKind::Component);
constexpr KindSet kComplexSchemaKinds = kindBit(ElementKind::Array) | kindBit(ElementKind::Enum) |
                                        kindBit(ElementKind::Map) | kindBit(ElementKind::Object);

// Abstract classes and other terms that are reserved but never the type of an element.
const char *const kAbstractClasses[] = {"AdjunctType",
                                        "Alias",
                                        "Boolean",
                                        "CommandType",
                                        "ComplexSchema",
                                        "Content",
                                        "Date",
                                        "DateTime",
                                        "Double",
                                        "Duration",
                                        "Entity",
                                        "Float",
                                        "Integer",
                                        "LatentType",
                                        "Long",
                                        "NamedEntity",
                                        "NamedLatentType",
                                        "NumericSchema",
                                        "PrimitiveSchema",
                                        "Schema",
                                        "SchemaField",
                                        "SemanticType",
                                        "SemanticUnit",
                                        "String",
                                        "TemporalSchema",
                                        "Time",
                                        "Unit",
                                        "UnitAttribute",
                                        "CommandPayload",
                                        "CommandRequest",
                                        "CommandResponse"};
const char *const kOtherReservedProperties[] = {"aliasFor", "exponent", "languageMajorVersion",
                                                "symbol",   "baseUnit", "bottomUnit",
                                                "prefix",   "topUnit"};
const char *const kPrimitiveSchemas[] = {"boolean", "date",    "dateTime", "double", "duration",
                                         "float",   "integer", "long",     "string", "time"};
// DTDL v4 adds these primitive schemas, and scaledDecimal (dtmi:standard:schema:scaledDecimal;4).
const char *const kPrimitiveSchemasV4[] = {"byte",         "bytes",         "decimal",
                                           "short",        "unsignedByte",  "unsignedInteger",
                                           "unsignedLong", "unsignedShort", "uuid"};
const char *const kGeospatialSchemas[] = {"lineString",   "multiLineString", "multiPoint",
                                          "multiPolygon", "point",           "polygon"};
const char *const kCommandTypes[] = {"synchronous", "asynchronous"};

// Semantic type → unit type, then unit type → units (the DTDL quantitative types table).
struct SemanticRow
{
    const char *semanticType;
    const char *unitType;
    bool v2; // part of DTDL v2's core semantic types
};
const SemanticRow kSemanticTypes[] = {
    {"Acceleration", "AccelerationUnit", true},
    {"Angle", "AngleUnit", true},
    {"AngularAcceleration", "AngularAccelerationUnit", true},
    {"AngularVelocity", "AngularVelocityUnit", true},
    {"ApparentEnergy", "ApparentEnergyUnit", false},
    {"ApparentPower", "ApparentPowerUnit", false},
    {"Area", "AreaUnit", true},
    {"Capacitance", "CapacitanceUnit", true},
    {"Concentration", "Unitless", false},
    {"Current", "CurrentUnit", true},
    {"DataRate", "DataRateUnit", true},
    {"DataSize", "DataSizeUnit", true},
    {"Density", "DensityUnit", true},
    {"Distance", "LengthUnit", true},
    {"ElectricCharge", "ChargeUnit", true},
    {"Energy", "EnergyUnit", true},
    {"EnergyRate", "PowerUnit", false},
    {"Force", "ForceUnit", true},
    {"Frequency", "FrequencyUnit", true},
    {"Humidity", "DensityUnit", true},
    {"Illuminance", "IlluminanceUnit", true},
    {"Inductance", "InductanceUnit", true},
    {"IonizingRadiationDose", "IonizingRadiationDoseUnit", false},
    {"Irradiance", "IrradianceUnit", false},
    {"Latitude", "AngleUnit", true},
    {"Length", "LengthUnit", true},
    {"Longitude", "AngleUnit", true},
    {"Luminance", "LuminanceUnit", true},
    {"Luminosity", "PowerUnit", true},
    {"LuminousFlux", "LuminousFluxUnit", true},
    {"LuminousIntensity", "LuminousIntensityUnit", true},
    {"MagneticFlux", "MagneticFluxUnit", true},
    {"MagneticInduction", "MagneticInductionUnit", true},
    {"Mass", "MassUnit", true},
    {"MassFlowRate", "MassFlowRateUnit", true},
    {"Power", "PowerUnit", true},
    {"Pressure", "PressureUnit", true},
    {"Radioactivity", "RadioactivityUnit", false},
    {"ReactiveEnergy", "ReactiveEnergyUnit", false},
    {"ReactivePower", "ReactivePowerUnit", false},
    {"RelativeDensity", "Unitless", false},
    {"RelativeHumidity", "Unitless", true},
    {"Resistance", "ResistanceUnit", true},
    {"SoundPressure", "SoundPressureUnit", true},
    {"Temperature", "TemperatureUnit", true},
    {"Thrust", "ForceUnit", true},
    {"TimeSpan", "TimeUnit", true},
    {"Torque", "TorqueUnit", true},
    {"Velocity", "VelocityUnit", true},
    {"Voltage", "VoltageUnit", true},
    {"Volume", "VolumeUnit", true},
    {"VolumeFlowRate", "VolumeFlowRateUnit", true},
};

struct UnitRow
{
    const char *unitType;
    const char *units; // space separated
};
const UnitRow kUnits[] = {
    {"AccelerationUnit", "centimetrePerSecondSquared gForce metrePerSecondSquared"},
    {"AngleUnit", "degreeOfArc minuteOfArc radian secondOfArc turn"},
    {"AngularAccelerationUnit", "radianPerSecondSquared"},
    {"AngularVelocityUnit", "degreePerSecond radianPerSecond revolutionPerMinute "
                            "revolutionPerSecond"},
    {"ApparentEnergyUnit", "gigavoltAmpereHour kilovoltAmpereHour megavoltAmpereHour "
                           "voltAmpereHour"},
    {"ApparentPowerUnit", "gigavoltAmpere kilovoltAmpere megavoltAmpere millivoltAmpere "
                          "voltAmpere"},
    {"AreaUnit", "acre hectare squareCentimetre squareFoot squareInch squareKilometre "
                 "squareMetre squareMillimetre"},
    {"CapacitanceUnit", "farad microfarad millifarad nanofarad picofarad"},
    {"Unitless", "partsPerBillion partsPerMillion partsPerQuadrillion partsPerTrillion percent "
                 "unity"},
    {"CurrentUnit", "ampere kiloampere microampere milliampere"},
    {"DataRateUnit", "bitPerSecond bytePerSecond exbibitPerSecond exbibytePerSecond "
                     "gibibitPerSecond gibibytePerSecond kibibitPerSecond kibibytePerSecond "
                     "mebibitPerSecond mebibytePerSecond tebibitPerSecond tebibytePerSecond "
                     "yobibitPerSecond yobibytePerSecond zebibitPerSecond zebibytePerSecond"},
    {"DataSizeUnit", "bit byte exbibit exbibyte gibibit gibibyte kibibit kibibyte mebibit "
                     "mebibyte tebibit tebibyte yobibit yobibyte zebibit zebibyte"},
    {"DensityUnit", "gramPerCubicMetre kilogramPerCubicMetre microgramPerCubicMetre "
                    "milligramPerCubicMetre"},
    {"LengthUnit", "astronomicalUnit centimetre foot inch kilometre metre micrometre mile "
                   "millimetre nanometre nauticalMile"},
    {"ChargeUnit", "ampereHour coulomb milliampereHour"},
    {"EnergyUnit", "britishThermalUnit electronvolt gigajoule gigawattHour joule "
                   "kiloBritishThermalUnit kilojoule kilowattHour megaelectronvolt megajoule "
                   "megawattHour milliwattHour terawattHour wattHour"},
    {"PowerUnit", "britishThermalUnitPerHour gigajoulePerHour gigawatt horsepower joulePerHour "
                  "joulePerSecond kiloBritishThermalUnitPerHour kilojoulePerHour "
                  "kilojoulePerSecond kilowatt kilowattHourPerYear megajoulePerHour megawatt "
                  "microwatt milliwatt tonOfRefrigeration watt"},
    {"ForceUnit", "newton ounce pound ton"},
    {"FrequencyUnit", "gigahertz hertz kilohertz megahertz millihertz"},
    {"IlluminanceUnit", "footcandle lux"},
    {"InductanceUnit", "henry microhenry millihenry"},
    {"IonizingRadiationDoseUnit", "gray microgray microsievert milligray millisievert sievert"},
    {"IrradianceUnit", "wattPerSquareMetre"},
    {"LuminanceUnit", "candelaPerSquareMetre"},
    {"LuminousFluxUnit", "lumen"},
    {"LuminousIntensityUnit", "candela"},
    {"MagneticFluxUnit", "maxwell weber"},
    {"MagneticInductionUnit", "gauss tesla"},
    {"MassUnit", "gram kilogram massPound microgram milligram slug tonne"},
    {"MassFlowRateUnit", "gramPerHour gramPerSecond kilogramPerHour kilogramPerSecond "
                         "massPoundPerHour"},
    {"PressureUnit", "bar decapascal hectopascal inchesOfMercury inchesOfWater kilopascal "
                     "millibar millimetresOfMercury pascal poundPerSquareInch"},
    {"RadioactivityUnit", "becquerel gigabecquerel kilobecquerel megabecquerel"},
    {"ReactiveEnergyUnit", "gigavoltAmpereReactiveHour kilovoltAmpereReactiveHour "
                           "megavoltAmpereReactiveHour voltAmpereReactiveHour"},
    {"ReactivePowerUnit", "gigavoltAmpereReactive kilovoltAmpereReactive "
                          "megavoltAmpereReactive millivoltAmpereReactive voltAmpereReactive"},
    {"ResistanceUnit", "kiloohm megaohm milliohm ohm"},
    {"SoundPressureUnit", "bel decibel"},
    {"TemperatureUnit", "degreeCelsius degreeFahrenheit kelvin"},
    {"TimeUnit", "day hour microsecond millisecond minute nanosecond second year"},
    {"TorqueUnit", "newtonMetre"},
    {"VelocityUnit", "centimetrePerSecond kilometrePerHour kilometrePerSecond knot metrePerHour "
                     "metrePerSecond milePerHour milePerSecond"},
    {"VoltageUnit", "kilovolt megavolt microvolt millivolt volt"},
    {"VolumeUnit", "cubicCentimetre cubicFoot cubicInch cubicMetre fluidOunce gallon litre "
                   "millilitre"},
    {"VolumeFlowRateUnit", "cubicFootPerMinute cubicMetrePerHour cubicMetrePerMinute "
                           "cubicMetrePerSecond gallonPerHour gallonPerMinute litrePerHour "
                           "litrePerMinute litrePerSecond millilitrePerHour millilitrePerMinute "
                           "millilitrePerSecond"},
};

struct Tables
{
    QHash<QString, QString> semanticUnitType; // semantic type → unit type
    QSet<QString> v2SemanticTypes;
    QHash<QString, QString> unitType; // unit → unit type (a unit may belong to one type only)
    QHash<QString, QSet<QString>> unitsOfType;
    QSet<QString> reserved[3]; // terms and DTMIs, [0] = v2, [1] = v3, [2] = v4
    std::vector<MemberSpec> members[3][kElementKindCount];

    Tables();
};

QString classDtmiText(QLatin1String term, int version)
{
    return QStringLiteral("dtmi:dtdl:class:") + term + QLatin1Char(';') + QString::number(version);
}

MemberSpec literal(Member m, ValueKind kind, bool required = false, int maxLength = -1)
{
    MemberSpec s{m, kind};
    s.required = required;
    s.maxLength = maxLength;
    s.minCount = 0;
    s.maxCount = 1;
    return s;
}

MemberSpec elements(Member m, KindSet classes, StandardValues standard, int minCount, int maxCount,
                    bool required = false, bool earlier = false)
{
    MemberSpec s{m, ValueKind::Elements};
    s.classes = classes;
    s.standard = standard;
    s.minCount = minCount;
    s.maxCount = maxCount;
    s.required = required;
    s.acceptsEarlierVersion = earlier;
    return s;
}

Tables::Tables()
{
    for (const SemanticRow &row : kSemanticTypes) {
        semanticUnitType.insert(QLatin1String(row.semanticType), QLatin1String(row.unitType));
        if (row.v2)
            v2SemanticTypes.insert(QLatin1String(row.semanticType));
    }
    for (const UnitRow &row : kUnits) {
        const QStringList units = QString::fromLatin1(row.units).split(QLatin1Char(' '));
        for (const QString &u : units) {
            unitsOfType[QLatin1String(row.unitType)].insert(u);
            unitType.insert(u, QLatin1String(row.unitType));
        }
    }

    for (int vi = 0; vi < 3; ++vi) {
        const int version = vi + 2;
        const bool v2 = version == 2;
        const bool v4 = version == 4;
        const int nameLength = v2 ? 64 : 512;
        const int displayNameLength = v2 ? 64 : 512;
        const QString suffix = QLatin1Char(';') + QString::number(version);

        auto common = [&](std::vector<MemberSpec> &list) {
            list.push_back(literal(Member::Comment, ValueKind::String, false, 512));
            list.push_back(literal(Member::Description, ValueKind::LocalizableString, false, 512));
            list.push_back(literal(Member::DisplayName, ValueKind::LocalizableString, false,
                                   displayNameLength));
        };
        auto named = [&](std::vector<MemberSpec> &list) {
            MemberSpec name = literal(Member::Name, ValueKind::String, true, nameLength);
            name.namePattern = true;
            list.push_back(name);
        };
        const KindSet schemaKinds = kComplexSchemaKinds;
        auto schemaMember = [&](std::vector<MemberSpec> &list) {
            list.push_back(
                elements(Member::Schema, schemaKinds, StandardValues::Schemas, 1, 1, true, !v2));
        };
        auto &m = members[vi];
        using K = ElementKind;
        auto at = [&](K k) -> std::vector<MemberSpec> & { return m[static_cast<int>(k)]; };

        common(at(K::Interface));
        at(K::Interface)
            .push_back(
                elements(Member::Contents, kContentKinds, StandardValues::None, 0, v2 ? 300 : -1));
        at(K::Interface)
            .push_back(elements(Member::Extends, kindBit(K::Interface), StandardValues::None, 0,
                                v2 ? 2 : -1, false, !v2));
        at(K::Interface)
            .push_back(elements(Member::Schemas, schemaKinds, StandardValues::None, 0, -1));

        for (K k : {K::Telemetry, K::Property}) {
            common(at(k));
            named(at(k));
            schemaMember(at(k));
        }
        at(K::Property).push_back(literal(Member::Writable, ValueKind::Boolean));

        common(at(K::Command));
        named(at(K::Command));
        at(K::Command)
            .push_back(elements(Member::CommandType, 0, StandardValues::CommandTypes, 0, 1));
        at(K::Command)
            .push_back(elements(Member::Request,
                                kindBit(v2 ? K::CommandPayload : K::CommandRequest),
                                StandardValues::None, 0, 1));
        at(K::Command)
            .push_back(elements(Member::Response,
                                kindBit(v2 ? K::CommandPayload : K::CommandResponse),
                                StandardValues::None, 0, 1));

        common(at(K::Relationship));
        named(at(K::Relationship));
        at(K::Relationship).push_back(literal(Member::Target, ValueKind::Dtmi));
        at(K::Relationship).push_back(literal(Member::MinMultiplicity, ValueKind::Integer));
        at(K::Relationship).push_back(literal(Member::MaxMultiplicity, ValueKind::Integer));
        at(K::Relationship)
            .push_back(elements(Member::Properties, kindBit(K::Property), StandardValues::None, 0,
                                v2 ? 300 : -1));
        at(K::Relationship).push_back(literal(Member::Writable, ValueKind::Boolean));

        common(at(K::Component));
        named(at(K::Component));
        at(K::Component)
            .push_back(elements(Member::Schema, kindBit(K::Interface), StandardValues::None, 1, 1,
                                true, !v2));

        for (K k : v2 ? std::vector<K>{K::CommandPayload}
                      : std::vector<K>{K::CommandRequest, K::CommandResponse}) {
            common(at(k));
            named(at(k));
            schemaMember(at(k));
            if (v4)
                at(k).push_back(literal(Member::Nullable, ValueKind::Boolean));
        }

        common(at(K::Array));
        at(K::Array).push_back(
            elements(Member::ElementSchema, schemaKinds, StandardValues::Schemas, 1, 1, true, !v2));

        common(at(K::Enum));
        at(K::Enum).push_back(
            elements(Member::ValueSchema, 0, StandardValues::EnumSchemas, 1, 1, true));
        at(K::Enum).push_back(elements(Member::EnumValues, kindBit(K::EnumValue),
                                       StandardValues::None, v2 ? 1 : 0, v2 ? 100 : -1, v2));

        common(at(K::EnumValue));
        named(at(K::EnumValue));
        at(K::EnumValue).push_back(literal(Member::EnumValue, ValueKind::IntegerOrString, true));

        common(at(K::Map));
        at(K::Map).push_back(
            elements(Member::MapKey, kindBit(K::MapKey), StandardValues::None, 1, 1, true));
        at(K::Map).push_back(
            elements(Member::MapValue, kindBit(K::MapValue), StandardValues::None, 1, 1, true));

        common(at(K::MapKey));
        named(at(K::MapKey));
        at(K::MapKey).push_back(
            elements(Member::Schema, 0, StandardValues::StringSchema, 1, 1, true));

        for (K k : {K::MapValue, K::Field}) {
            common(at(k));
            named(at(k));
            schemaMember(at(k));
        }

        common(at(K::Object));
        at(K::Object).push_back(elements(Member::Fields, kindBit(K::Field), StandardValues::None,
                                         v2 ? 1 : 0, v2 ? 30 : -1, v2));

        // Some DTDL v3 members accept DTDL v2 elements, so that v2 models can be reused.
        if (!v2) {
            for (auto &list : m) {
                for (MemberSpec &spec : list) {
                    const Member x = spec.member;
                    spec.acceptsEarlierVersion =
                        spec.classes != 0 &&
                        (x == Member::Contents || x == Member::Extends || x == Member::Properties ||
                         x == Member::Schema || x == Member::ElementSchema);
                }
            }
        }

        // Reserved strings: class, member and standard value terms, and their DTMIs.
        QSet<QString> &r = reserved[vi];
        for (int k = 0; k < kElementKindCount; ++k) {
            const QLatin1String term = elementKindName(static_cast<ElementKind>(k));
            r.insert(term);
            r.insert(classDtmiText(term, version));
        }
        for (const char *c : kAbstractClasses) {
            r.insert(QLatin1String(c));
            r.insert(classDtmiText(QLatin1String(c), version));
        }
        for (int mi = 0; mi < kMemberCount; ++mi) {
            const QLatin1String term = memberTerm(static_cast<Member>(mi));
            if ((!v2 && static_cast<Member>(mi) == Member::Unit) ||
                (!v4 && static_cast<Member>(mi) == Member::Nullable))
                continue;
            r.insert(term);
            r.insert(QStringLiteral("dtmi:dtdl:property:") + term + suffix);
        }
        for (const char *p : kOtherReservedProperties) {
            r.insert(QLatin1String(p));
            r.insert(QStringLiteral("dtmi:dtdl:property:") + QLatin1String(p) + suffix);
        }
        for (const char *s : kPrimitiveSchemas) {
            r.insert(QLatin1String(s));
            r.insert(QStringLiteral("dtmi:dtdl:instance:Schema:") + QLatin1String(s) + suffix);
        }
        if (v4) {
            for (const char *s : kPrimitiveSchemasV4) {
                r.insert(QLatin1String(s));
                r.insert(QStringLiteral("dtmi:dtdl:instance:Schema:") + QLatin1String(s) + suffix);
            }
            r.insert(QStringLiteral("scaledDecimal"));
            r.insert(QStringLiteral("dtmi:standard:schema:scaledDecimal") + suffix);
        }
        for (const char *s : kGeospatialSchemas) {
            r.insert(QLatin1String(s));
            r.insert(QStringLiteral("dtmi:standard:schema:geospatial:") + QLatin1String(s) +
                     suffix);
        }
        for (const char *s : kCommandTypes) {
            r.insert(QLatin1String(s));
            r.insert(QStringLiteral("dtmi:dtdl:instance:CommandType:") + QLatin1String(s) + suffix);
        }
        for (const char *s : {"DtdlExtension", "metamodel", "model"}) {
            r.insert(QLatin1String(s));
            r.insert(QStringLiteral("dtmi:dtdl:meta:") + QLatin1String(s) + suffix);
        }
        if (v2) {
            // DTDL v2 defines semantic types, unit types and units in its core context.
            for (auto it = semanticUnitType.cbegin(); it != semanticUnitType.cend(); ++it) {
                if (!v2SemanticTypes.contains(it.key()))
                    continue;
                r.insert(it.key());
                r.insert(it.value());
            }
            for (auto it = unitType.cbegin(); it != unitType.cend(); ++it)
                r.insert(it.key());
        }
    }
}

const Tables &tables()
{
    static const Tables t;
    return t;
}

int versionIndex(int version)
{
    return version <= 2 ? 0 : version == 3 ? 1 : 2;
}

QStringView stripVersion(QStringView text, QStringView prefix, int version)
{
    // "dtmi:dtdl:class:Telemetry;3" with prefix "dtmi:dtdl:class:" → "Telemetry"
    if (!text.startsWith(prefix))
        return {};
    const QString suffix = QLatin1Char(';') + QString::number(version);
    if (!text.endsWith(suffix))
        return {};
    return text.mid(prefix.size(), text.size() - prefix.size() - suffix.size());
}

} // namespace

bool classExists(ElementKind kind, int version)
{
    switch (kind) {
    case ElementKind::CommandPayload:
        return version == 2;
    case ElementKind::CommandRequest:
    case ElementKind::CommandResponse:
        return version >= 3;
    default:
        return true;
    }
}

QString classDtmi(ElementKind kind, int version)
{
    return classDtmiText(elementKindName(kind), version);
}

std::optional<ElementKind> classForType(QStringView type, int version)
{
    QStringView term = type;
    if (type.startsWith(u"dtmi:")) {
        term = stripVersion(type, u"dtmi:dtdl:class:", version);
        if (term.isEmpty())
            return std::nullopt;
    }
    for (int k = 0; k < kElementKindCount; ++k) {
        const auto kind = static_cast<ElementKind>(k);
        if (term == elementKindName(kind) && classExists(kind, version))
            return kind;
    }
    return std::nullopt;
}

bool typeMayBeImplicit(ElementKind kind)
{
    switch (kind) {
    case ElementKind::CommandPayload:
    case ElementKind::CommandRequest:
    case ElementKind::CommandResponse:
    case ElementKind::EnumValue:
    case ElementKind::Field:
    case ElementKind::MapKey:
    case ElementKind::MapValue:
        return true;
    default:
        return false;
    }
}

const std::vector<MemberSpec> &membersOf(ElementKind kind, int version)
{
    return tables().members[versionIndex(version)][static_cast<int>(kind)];
}

const MemberSpec *memberSpec(ElementKind kind, int version, Member member)
{
    for (const MemberSpec &s : membersOf(kind, version)) {
        if (s.member == member)
            return &s;
    }
    return nullptr;
}

QString memberDtmi(Member member, int version)
{
    return QStringLiteral("dtmi:dtdl:property:") + memberTerm(member) + QLatin1Char(';') +
           QString::number(version);
}

std::optional<Member> memberForKey(QStringView key, int version, bool *isDtmi)
{
    QStringView term = key;
    const bool dtmi = key.startsWith(u"dtmi:");
    if (dtmi) {
        term = stripVersion(key, u"dtmi:dtdl:property:", version);
        if (term.isEmpty())
            return std::nullopt;
    }
    if (isDtmi)
        *isDtmi = dtmi;
    for (int m = 0; m < kMemberCount; ++m) {
        if (term == memberTerm(static_cast<Member>(m)))
            return static_cast<Member>(m);
    }
    return std::nullopt;
}

bool isReserved(QStringView text, int version)
{
    return tables().reserved[versionIndex(version)].contains(text.toString());
}

QString standardValue(QStringView text, StandardValues set, int version)
{
    auto match = [&](const char *const *begin, const char *const *end,
                     QLatin1String dtmiPrefix) -> QString {
        for (const char *const *it = begin; it != end; ++it) {
            const QLatin1String term(*it);
            if (text == term)
                return term;
            if (text.startsWith(dtmiPrefix) &&
                text == QString(dtmiPrefix + term + QLatin1Char(';') + QString::number(version)))
                return term;
        }
        return {};
    };
    const QLatin1String schemaPrefix("dtmi:dtdl:instance:Schema:");
    switch (set) {
    case StandardValues::None:
        return {};
    case StandardValues::Schemas: {
        QString s = match(std::begin(kPrimitiveSchemas), std::end(kPrimitiveSchemas), schemaPrefix);
        if (s.isEmpty())
            s = match(std::begin(kGeospatialSchemas), std::end(kGeospatialSchemas),
                      QLatin1String("dtmi:standard:schema:geospatial:"));
        if (s.isEmpty() && version >= 4)
            s = match(std::begin(kPrimitiveSchemasV4), std::end(kPrimitiveSchemasV4), schemaPrefix);
        if (s.isEmpty() && version >= 4) {
            const char *const scaled[] = {"scaledDecimal"};
            s = match(std::begin(scaled), std::end(scaled), QLatin1String("dtmi:standard:schema:"));
        }
        return s;
    }
    case StandardValues::StringSchema: {
        const char *const only[] = {"string"};
        return match(std::begin(only), std::end(only), schemaPrefix);
    }
    case StandardValues::EnumSchemas: {
        const char *const only[] = {"integer", "string"};
        return match(std::begin(only), std::end(only), schemaPrefix);
    }
    case StandardValues::CommandTypes:
        return match(std::begin(kCommandTypes), std::end(kCommandTypes),
                     QLatin1String("dtmi:dtdl:instance:CommandType:"));
    case StandardValues::Units:
        return unitFor(text, version);
    }
    return {};
}

bool isNumericSchema(QStringView term)
{
    for (const char *numeric :
         {"double", "float", "integer", "long", "byte", "decimal", "short", "unsignedByte",
          "unsignedInteger", "unsignedLong", "unsignedShort"}) {
        if (term == QLatin1String(numeric))
            return true;
    }
    return false;
}

bool isGeospatialSchema(QStringView term)
{
    for (const char *s : kGeospatialSchemas) {
        if (term == QLatin1String(s))
            return true;
    }
    return false;
}

QString semanticTypeFor(QStringView text, int version)
{
    QStringView term = text;
    if (text.startsWith(u"dtmi:")) {
        term = stripVersion(text, u"dtmi:standard:class:", version);
        if (term.isEmpty())
            return {};
    }
    const QString t = term.toString();
    const Tables &tb = tables();
    if (!tb.semanticUnitType.contains(t))
        return {};
    if (version == 2 && !tb.v2SemanticTypes.contains(t))
        return {};
    return t;
}

QString unitFor(QStringView text, int version)
{
    QStringView term = text;
    if (text.startsWith(u"dtmi:")) {
        term = stripVersion(text, u"dtmi:standard:unit:", version);
        if (term.isEmpty())
            return {};
    }
    const QString t = term.toString();
    return tables().unitType.contains(t) ? t : QString();
}

bool unitMatchesSemanticType(const QString &unit, const QString &semanticType)
{
    const Tables &tb = tables();
    const QString unitType = tb.semanticUnitType.value(semanticType);
    return !unitType.isEmpty() && tb.unitsOfType.value(unitType).contains(unit);
}

QString semanticTypeOfUnit(const QString &unit, int version)
{
    const Tables &tb = tables();
    const QString unitType = tb.unitType.value(unit);
    if (unitType.isEmpty())
        return {};
    QString first;
    for (const SemanticRow &row : kSemanticTypes) {
        if (QLatin1String(row.unitType) != unitType || (version == 2 && !row.v2))
            continue;
        // Prefer the type named like the unit type: LengthUnit → Length rather than Distance.
        if (unitType == QLatin1String(row.semanticType) + QLatin1String("Unit"))
            return QLatin1String(row.semanticType);
        if (first.isEmpty())
            first = QLatin1String(row.semanticType);
    }
    return first;
}

QString unitTypeSchema(QStringView text)
{
    QStringView term = text;
    const QLatin1String prefix("dtmi:dtdl:extension:quantitativeTypes:v1:enum:");
    if (text.startsWith(prefix))
        term = text.mid(prefix.size());
    const QString t = term.toString();
    return tables().unitsOfType.contains(t) ? t : QString();
}

QString unitTypeOf(const QString &semanticType)
{
    return tables().semanticUnitType.value(semanticType);
}

QStringList unitsOfUnitType(const QString &unitType)
{
    const QSet<QString> units = tables().unitsOfType.value(unitType);
    QStringList out(units.begin(), units.end());
    out.sort();
    return out;
}

bool isKnownExtension(QStringView context, int version)
{
    if (version >= 3)
        return context == kQuantitativeTypesContext;
    return context == kIotCentralContext;
}

namespace {

struct ExtensionRow
{
    const char *context; // without ";N"
    Extension extension;
    int version;
    int minDtdl;
    int maxDtdl;
};
// The published extensions and the DTDL versions each version may be used in (DTDL v4 is not
// parsed; its rows are for when it is).
const ExtensionRow kExtensions[] = {
    // The official v4 cases accept QuantitativeTypes v1 in DTDL v4 as well.
    {"dtmi:dtdl:extension:quantitativeTypes", Extension::QuantitativeTypes, 1, 3, 4},
    {"dtmi:dtdl:extension:quantitativeTypes", Extension::QuantitativeTypes, 2, 4, 4},
    {"dtmi:dtdl:extension:historization", Extension::Historization, 1, 3, 3},
    {"dtmi:dtdl:extension:historization", Extension::Historization, 2, 3, 4},
    {"dtmi:dtdl:extension:annotation", Extension::Annotation, 1, 3, 3},
    {"dtmi:dtdl:extension:annotation", Extension::Annotation, 2, 3, 4},
    {"dtmi:dtdl:extension:overriding", Extension::Overriding, 1, 3, 3},
    {"dtmi:dtdl:extension:overriding", Extension::Overriding, 2, 3, 4},
    {"dtmi:dtdl:extension:requirement", Extension::Requirement, 1, 3, 4},
    {"dtmi:dtdl:extension:mqtt", Extension::Mqtt, 1, 3, 3},
    {"dtmi:dtdl:extension:mqtt", Extension::Mqtt, 2, 3, 4},
    {"dtmi:dtdl:extension:mqtt", Extension::Mqtt, 3, 3, 4},
    {"dtmi:iotcentral:context", Extension::IotCentral, 2, 2, 2},
};

// The DTMI segment of an extension's terms: "dtmi:dtdl:extension:historization:v1:Historized".
const char *dtmiSegment(Extension e)
{
    switch (e) {
    case Extension::QuantitativeTypes:
        return "quantitativeTypes";
    case Extension::Historization:
        return "historization";
    case Extension::Annotation:
        return "annotation";
    case Extension::Overriding:
        return "overriding";
    case Extension::Requirement:
        return "requirement";
    case Extension::Mqtt:
        return "mqtt";
    case Extension::IotCentral:
        return "iotcentral";
    }
    return "";
}

constexpr KindSet kPropertyOrTelemetry =
    kindBit(ElementKind::Property) | kindBit(ElementKind::Telemetry);
const AdjunctType kAdjunctTypes[] = {
    {QLatin1String("Historized"), Extension::Historization, 1, kPropertyOrTelemetry},
    {QLatin1String("ValueAnnotation"), Extension::Annotation, 1, kPropertyOrTelemetry},
    {QLatin1String("Override"), Extension::Overriding, 1, kindBit(ElementKind::Property)},
    {QLatin1String("Required"), Extension::Requirement, 1, kindBit(ElementKind::Field)},
    {QLatin1String("Mqtt"), Extension::Mqtt, 1, kindBit(ElementKind::Interface)},
    {QLatin1String("Idempotent"), Extension::Mqtt, 1, kindBit(ElementKind::Command)},
    {QLatin1String("Cacheable"), Extension::Mqtt, 1, kindBit(ElementKind::Command)},
    {QLatin1String("Indexed"), Extension::Mqtt, 1,
     kindBit(ElementKind::EnumValue) | kindBit(ElementKind::Field) |
         kindBit(ElementKind::Telemetry)},
    {QLatin1String("Transparent"), Extension::Mqtt, 2,
     kindBit(ElementKind::CommandRequest) | kindBit(ElementKind::CommandResponse)},
    {QLatin1String("Result"), Extension::Mqtt, 3, kindBit(ElementKind::Object)},
    {QLatin1String("NormalResult"), Extension::Mqtt, 3, kindBit(ElementKind::Field)},
    {QLatin1String("ErrorResult"), Extension::Mqtt, 3, kindBit(ElementKind::Field)},
    {QLatin1String("Error"), Extension::Mqtt, 3, kindBit(ElementKind::Object)},
    {QLatin1String("ErrorMessage"), Extension::Mqtt, 3, kindBit(ElementKind::Field)},
    {QLatin1String("State"), Extension::IotCentral, 2, kPropertyOrTelemetry},
    {QLatin1String("Event"), Extension::IotCentral, 2, kPropertyOrTelemetry},
    {QLatin1String("Location"), Extension::IotCentral, 2, kPropertyOrTelemetry},
    {QLatin1String("VelocityVector"), Extension::IotCentral, 2, kPropertyOrTelemetry},
    {QLatin1String("AccelerationVector"), Extension::IotCentral, 2, kPropertyOrTelemetry},
};

const AdjunctProperty kAdjunctProperties[] = {
    {QLatin1String("ValueAnnotation"), QLatin1String("annotates"), AdjunctValue::Name, true, 1},
    {QLatin1String("Override"), QLatin1String("overrides"), AdjunctValue::Term, true, 1},
    {QLatin1String("Mqtt"), QLatin1String("payloadFormat"), AdjunctValue::Text, true, 1},
    {QLatin1String("Mqtt"), QLatin1String("telemetryTopic"), AdjunctValue::TopicPattern, false, 1},
    {QLatin1String("Mqtt"), QLatin1String("commandTopic"), AdjunctValue::TopicPattern, false, 1},
    {QLatin1String("Mqtt"), QLatin1String("telemServiceGroupId"), AdjunctValue::GroupId, false, 2},
    {QLatin1String("Mqtt"), QLatin1String("cmdServiceGroupId"), AdjunctValue::GroupId, false, 2},
    {QLatin1String("Cacheable"), QLatin1String("ttl"), AdjunctValue::Duration, true, 1},
    {QLatin1String("Indexed"), QLatin1String("index"), AdjunctValue::PositiveInteger, true, 1},
};

const AdjunctType *adjunctNamed(QStringView term)
{
    for (const AdjunctType &a : kAdjunctTypes) {
        if (term == a.term)
            return &a;
    }
    return nullptr;
}

// "dtmi:dtdl:extension:mqtt:v1:Indexed" → ("mqtt", 1, "Indexed"); the rest after the term too.
bool splitExtensionDtmi(QStringView text, Extension *extension, int *version, QStringView *rest)
{
    for (int e = 0; e < kExtensionCount; ++e) {
        const auto ext = static_cast<Extension>(e);
        if (ext == Extension::IotCentral) // its classes are dtmi:iotcentral:class:State;2
            continue;
        const QString prefix =
            QStringLiteral("dtmi:dtdl:extension:%1:v").arg(QLatin1String(dtmiSegment(ext)));
        if (!text.startsWith(prefix))
            continue;
        QStringView tail = text.mid(prefix.size());
        qsizetype digits = 0;
        while (digits < tail.size() && tail[digits].isDigit())
            ++digits;
        if (digits == 0 || digits >= tail.size() || tail[digits] != QLatin1Char(':'))
            return false;
        *extension = ext;
        *version = tail.left(digits).toInt();
        *rest = tail.mid(digits + 1);
        return true;
    }
    return false;
}

bool isTopicLabelChar(QChar c)
{
    const char16_t u = c.unicode();
    return u > 0x20 && u < 0x7f && u != u'"' && u != u'+' && u != u'#' && u != u'{' && u != u'}' &&
           u != u'/';
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

// "{token}" or "{prefix:token}", letters only.
bool isTopicToken(QStringView label)
{
    if (label.size() < 3 || label.front() != QLatin1Char('{') || label.back() != QLatin1Char('}'))
        return false;
    const QStringView inner = label.mid(1, label.size() - 2);
    const qsizetype colon = inner.indexOf(QLatin1Char(':'));
    const QStringView prefix = colon < 0 ? QStringView() : inner.left(colon);
    const QStringView token = colon < 0 ? inner : inner.mid(colon + 1);
    if (token.isEmpty() || (colon >= 0 && prefix.isEmpty()))
        return false;
    for (QChar c : prefix) {
        if (!isAsciiLetter(c))
            return false;
    }
    for (QChar c : token) {
        if (!isAsciiLetter(c))
            return false;
    }
    return true;
}

} // namespace

std::optional<ExtensionContext> extensionOfContext(QStringView context, int dtdlVersion)
{
    const qsizetype semicolon = context.lastIndexOf(QLatin1Char(';'));
    if (semicolon < 0)
        return std::nullopt;
    const QStringView base = context.left(semicolon);
    bool ok = false;
    const int version = context.mid(semicolon + 1).toInt(&ok);
    if (!ok)
        return std::nullopt;
    for (const ExtensionRow &row : kExtensions) {
        if (base == QLatin1String(row.context) && version == row.version &&
            dtdlVersion >= row.minDtdl && dtdlVersion <= row.maxDtdl)
            return ExtensionContext{row.extension, row.version};
    }
    return std::nullopt;
}

const AdjunctType *adjunctTypeFor(QStringView text, const ActiveExtensions &active)
{
    const AdjunctType *type = nullptr;
    int named = 0; // the extension version a DTMI names; 0 for a term
    Extension extension{};
    QStringView rest;
    const QLatin1String iotCentralClass("dtmi:iotcentral:class:");
    if (splitExtensionDtmi(text, &extension, &named, &rest)) {
        type = adjunctNamed(rest);
        if (!type || type->extension != extension)
            return nullptr;
    } else if (text.startsWith(iotCentralClass) && text.endsWith(QLatin1String(";2"))) {
        type = adjunctNamed(
            text.mid(iotCentralClass.size(), text.size() - iotCentralClass.size() - 2));
        if (!type || type->extension != Extension::IotCentral)
            return nullptr;
        named = 2;
    } else {
        type = adjunctNamed(text);
    }
    if (!type)
        return nullptr;
    const int version = active[static_cast<int>(type->extension)];
    if (version == 0 || version < type->sinceVersion || (named != 0 && named != version))
        return nullptr;
    return type;
}

const AdjunctProperty *adjunctPropertyFor(QStringView key, const QStringList &adjuncts,
                                          const ActiveExtensions &active)
{
    Extension extension{};
    int named = 0;
    QStringView rest;
    QStringView owner;
    QStringView term = key;
    if (splitExtensionDtmi(key, &extension, &named, &rest)) {
        const qsizetype colon = rest.indexOf(QLatin1Char(':'));
        if (colon < 0)
            return nullptr;
        owner = rest.left(colon);
        term = rest.mid(colon + 1);
    }
    for (const AdjunctProperty &p : kAdjunctProperties) {
        if (term != p.term || !adjuncts.contains(p.adjunct) ||
            (!owner.isEmpty() && owner != p.adjunct))
            continue;
        const AdjunctType *type = adjunctNamed(QString(p.adjunct));
        const int version = active[static_cast<int>(type->extension)];
        if (version >= p.sinceVersion && (named == 0 || named == version))
            return &p;
    }
    return nullptr;
}

std::vector<const AdjunctProperty *> adjunctProperties(const AdjunctType &type, int version)
{
    std::vector<const AdjunctProperty *> out;
    for (const AdjunctProperty &p : kAdjunctProperties) {
        if (p.adjunct == type.term && version >= p.sinceVersion)
            out.push_back(&p);
    }
    return out;
}

bool adjunctValueIsValid(AdjunctValue kind, QStringView value)
{
    switch (kind) {
    case AdjunctValue::Name: {
        static const QRegularExpression name(
            QStringLiteral("^[a-zA-Z](?:[a-zA-Z0-9_]*[a-zA-Z0-9])?$"));
        return value.size() <= 512 && name.match(value).hasMatch();
    }
    case AdjunctValue::Text:
        return !value.trimmed().isEmpty();
    case AdjunctValue::TopicPattern: {
        if (value.isEmpty() || value.startsWith(QLatin1Char('$')))
            return false;
        for (QStringView label : value.split(QLatin1Char('/'))) {
            if (label.isEmpty())
                return false;
            if (label.startsWith(QLatin1Char('{'))) {
                if (!isTopicToken(label))
                    return false;
                continue;
            }
            for (QChar c : label) {
                if (!isTopicLabelChar(c))
                    return false;
            }
        }
        return true;
    }
    case AdjunctValue::GroupId: {
        if (value.isEmpty())
            return false;
        for (QChar c : value) {
            if (!isTopicLabelChar(c))
                return false;
        }
        return true;
    }
    case AdjunctValue::Duration: {
        static const QRegularExpression duration(
            QStringLiteral("^P(?!$)(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?"
                           "(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?(?:\\d+(?:\\.\\d+)?S)?)?$"));
        return duration.match(value).hasMatch();
    }
    case AdjunctValue::PositiveInteger: {
        bool ok = false;
        return value.toLongLong(&ok) >= 1 && ok;
    }
    case AdjunctValue::Term:
        return !value.isEmpty() && !value.contains(QLatin1Char(' '));
    }
    return false;
}

QString iotCentralSchema(QStringView text)
{
    for (const char *term : {"geopoint", "vector"}) {
        if (text == QLatin1String(term) ||
            text == QStringLiteral("dtmi:iotcentral:schema:%1;2").arg(QLatin1String(term)))
            return QLatin1String(term);
    }
    return {};
}

} // namespace MetaModel
} // namespace twinloom::Dtdl
