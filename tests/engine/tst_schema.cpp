#include "engine/schema.h"
#include "engine/units.h"

#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

#include <cmath>

using namespace twinloom;

namespace {
SchemaPtr parse(const char *json, Diagnostics &d)
{
    return Schema::fromJson(nlohmann::json::parse(json), QStringLiteral("/schema"), d);
}

const char *kReading = R"({"@type": "Object", "fields": [
  {"name": "site", "schema": "string"},
  {"name": "mode", "schema": {"@type": "Enum", "valueSchema": "string", "enumValues": [
     {"name": "auto", "enumValue": "A"}, {"name": "manual", "enumValue": "M"}]}},
  {"name": "readings", "schema": {"@type": "Array", "elementSchema": "double"}},
  {"name": "tags", "schema": {"@type": "Map", "mapKey": {"name": "tag", "schema": "string"},
                              "mapValue": {"name": "count", "schema": "integer"}}}]})";
} // namespace

class TestSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void primitives();
    void complexRoundTrip();
    void errorsWithPointers_data();
    void errorsWithPointers();
    void validateNamesThePointer();
    void coerce();
    void valueFromJson();
    void schemaAt();
    void units();
};

void TestSchema::primitives()
{
    for (const char *name : {"boolean", "integer", "long", "float", "double", "string", "date",
                             "time", "dateTime", "duration"}) {
        Diagnostics d;
        SchemaPtr s = Schema::fromJson(nlohmann::json(name), {}, d);
        QVERIFY2(s, name);
        QCOMPARE(schemaKindName(s->kind()), QLatin1String(name));
        QVERIFY(s->isPrimitive());
        QCOMPARE(QString::fromStdString(s->toJson().get<std::string>()), QLatin1String(name));
    }
    Diagnostics d;
    QCOMPARE(Schema::fromJson(nlohmann::json("dtmi:dtdl:instance:Schema:double;2"), {}, d)->kind(),
             SchemaKind::Double);
    QVERIFY(Schema::primitive(SchemaKind::Long)->isNumeric());
    QVERIFY(!Schema::primitive(SchemaKind::Boolean)->isNumeric());
}

void TestSchema::complexRoundTrip()
{
    Diagnostics d;
    SchemaPtr s = parse(kReading, d);
    QVERIFY2(s, qPrintable(d.toString()));
    QCOMPARE(s->kind(), SchemaKind::Object);
    QCOMPARE(s->fields().size(), 4u);
    QCOMPARE(s->field(u"mode")->schema->enumValues()[1].value, Value(QStringLiteral("M")));
    QCOMPARE(s->field(u"tags")->schema->mapKeyName(), QStringLiteral("tag"));
    Diagnostics d2;
    SchemaPtr again = Schema::fromJson(s->toJson(), {}, d2);
    QVERIFY(again);
    QCOMPARE(QString::fromStdString(again->toJson().dump()),
             QString::fromStdString(s->toJson().dump()));
}

void TestSchema::errorsWithPointers_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("text");
    QTest::newRow("unknown name") << QStringLiteral(R"("dubble")") << QStringLiteral("/schema")
                                  << QStringLiteral("'dubble'");
    QTest::newRow("bad valueSchema")
        << QStringLiteral(R"({"@type": "Enum", "valueSchema": "double", "enumValues": []})")
        << QStringLiteral("/schema/valueSchema") << QStringLiteral("integer or string");
    QTest::newRow("enum value type")
        << QStringLiteral(
               R"({"@type": "Enum", "valueSchema": "integer", "enumValues": [{"name": "a", "enumValue": "x"}]})")
        << QStringLiteral("/schema/enumValues/0/enumValue") << QStringLiteral("'a'");
    QTest::newRow("field without schema")
        << QStringLiteral(
               R"({"@type": "Object", "fields": [{"name": "a", "schema": "double"}, {"name": "b"}]})")
        << QStringLiteral("/schema/fields/1") << QStringLiteral("\"schema\"");
    QTest::newRow("nested bad element")
        << QStringLiteral(
               R"({"@type": "Array", "elementSchema": {"@type": "Array", "elementSchema": "nope"}})")
        << QStringLiteral("/schema/elementSchema/elementSchema") << QStringLiteral("'nope'");
    QTest::newRow("map key not string")
        << QStringLiteral(
               R"({"@type": "Map", "mapKey": {"name": "k", "schema": "integer"}, "mapValue": {"name": "v", "schema": "double"}})")
        << QStringLiteral("/schema/mapKey/schema") << QStringLiteral("string");
    QTest::newRow("unknown type") << QStringLiteral(R"({"@type": "Tuple"})")
                                  << QStringLiteral("/schema/@type") << QStringLiteral("'Tuple'");
    QTest::newRow("duplicate field")
        << QStringLiteral(
               R"({"@type": "Object", "fields": [{"name": "a", "schema": "double"}, {"name": "a", "schema": "long"}]})")
        << QStringLiteral("/schema/fields/1/name") << QStringLiteral("twice");
}

void TestSchema::errorsWithPointers()
{
    QFETCH(QString, json);
    QFETCH(QString, pointer);
    QFETCH(QString, text);
    Diagnostics d;
    QVERIFY(
        !Schema::fromJson(nlohmann::json::parse(json.toStdString()), QStringLiteral("/schema"), d));
    QVERIFY(d.hasErrors());
    QCOMPARE(d.firstError()->pointer, pointer);
    QVERIFY2(d.firstError()->message.contains(text), qPrintable(d.firstError()->message));
}

void TestSchema::validateNamesThePointer()
{
    Diagnostics d;
    SchemaPtr s = parse(kReading, d);
    const Value good = Value::fromJson(nlohmann::json::parse(
        R"({"site": "x", "mode": "A", "readings": [1.5, 2.5], "tags": {"hot": 2}})"));
    // fromJson makes integers Int; doubles stay Double.
    QVERIFY2(s->validate(good).isEmpty(), qPrintable(s->validate(good)));
    const Value badReading =
        Value::fromJson(nlohmann::json::parse(R"({"readings": [1.5, 2.5, "x"]})"));
    QCOMPARE(s->validate(badReading), QStringLiteral("/readings/2: expected double, got string"));
    const Value badEnum = Value::fromJson(nlohmann::json::parse(R"({"mode": "Z"})"));
    QVERIFY(s->validate(badEnum).startsWith(QStringLiteral("/mode: Z is not one of")));
    const Value extraField = Value::fromJson(nlohmann::json::parse(R"({"colour": "red"})"));
    QVERIFY(s->validate(extraField).contains(QStringLiteral("no field 'colour'")));
    QVERIFY(Schema::primitive(SchemaKind::Integer)
                ->validate(Value(std::int64_t{1} << 40))
                .contains(QStringLiteral("32-bit")));
    QVERIFY(Schema::primitive(SchemaKind::Long)->validate(Value(std::int64_t{1} << 40)).isEmpty());
}

void TestSchema::coerce()
{
    auto c = [](SchemaKind k, const Value &v) { return Schema::primitive(k)->coerce(v); };
    QCOMPARE(*c(SchemaKind::Double, Value(3)), Value(3.0));
    QCOMPARE(*c(SchemaKind::Double, Value(QStringLiteral(" 21.5 "))), Value(21.5));
    QCOMPARE(*c(SchemaKind::Integer, Value(2.6)), Value(3));
    QCOMPARE(*c(SchemaKind::Long, Value(QStringLiteral("12"))), Value(12));
    QCOMPARE(*c(SchemaKind::Boolean, Value(QStringLiteral("on"))), Value(true));
    QCOMPARE(*c(SchemaKind::Boolean, Value(0)), Value(false));
    QCOMPARE(*c(SchemaKind::String, Value(1.5)), Value(QStringLiteral("1.5")));
    QCOMPARE(*c(SchemaKind::Date, Value(QStringLiteral("2024-01-31"))),
             Value(*parseDate(u"2024-01-31")));
    QCOMPARE(*c(SchemaKind::Time, Value(QStringLiteral("08:30:00"))),
             Value(Time{8 * 3600 * 1000000LL + 30 * 60 * 1000000LL}));
    QCOMPARE(*c(SchemaKind::DateTime, Value(QStringLiteral("2024-01-31T00:00:00Z"))),
             Value(*parseDateTime(u"2024-01-31T00:00:00Z")));
    QCOMPARE(*c(SchemaKind::Duration, Value(1.5)), Value(Duration{0, 1500000}));
    QCOMPARE(*c(SchemaKind::Duration, Value(QStringLiteral("PT2M"))),
             Value(Duration{0, 120000000}));
    QString error;
    QVERIFY(!Schema::primitive(SchemaKind::Double)->coerce(Value(QStringLiteral("warm")), &error));
    QCOMPARE(error, QStringLiteral("cannot convert string 'warm' to double"));
    QVERIFY(!Schema::primitive(SchemaKind::Integer)->coerce(Value(1e12), &error));
    QVERIFY(error.contains(QStringLiteral("32-bit")));
    Diagnostics d;
    SchemaPtr s = parse(kReading, d);
    SchemaPtr mode = s->field(u"mode")->schema;
    QCOMPARE(*mode->coerce(Value(QStringLiteral("manual"))), Value(QStringLiteral("M"))); // by name
    QCOMPARE(*mode->coerce(Value(QStringLiteral("A"))), Value(QStringLiteral("A"))); // by value
    QVERIFY(!mode->coerce(Value(QStringLiteral("off")), &error));
    QVERIFY(error.contains(QStringLiteral("'off'")));
    const auto readings =
        s->coerce(Value::fromJson(nlohmann::json::parse(R"({"readings": [1, "2.5"]})")));
    QVERIFY(readings);
    QCOMPARE(*readings->at({QStringLiteral("readings"), QStringLiteral("1")}), Value(2.5));
}

void TestSchema::valueFromJson()
{
    QString error;
    QCOMPARE(*Schema::primitive(SchemaKind::Double)->valueFromJson(nlohmann::json(3)), Value(3.0));
    QVERIFY(!Schema::primitive(SchemaKind::Integer)->valueFromJson(nlohmann::json(3.5), &error));
    QVERIFY(error.contains(QStringLiteral("fraction")));
    QVERIFY(!Schema::primitive(SchemaKind::Double)->valueFromJson(nlohmann::json("3"), &error));
    QCOMPARE(*Schema::primitive(SchemaKind::Date)->valueFromJson(nlohmann::json("2024-03-01")),
             Value(*parseDate(u"2024-03-01")));
}

void TestSchema::schemaAt()
{
    Diagnostics d;
    SchemaPtr s = parse(kReading, d);
    QCOMPARE(s->schemaAt({QStringLiteral("readings"), QStringLiteral("3")}, s)->kind(),
             SchemaKind::Double);
    QCOMPARE(s->schemaAt({QStringLiteral("tags"), QStringLiteral("anything")}, s)->kind(),
             SchemaKind::Integer);
    QCOMPARE(s->schemaAt({}, s), s);
    QVERIFY(!s->schemaAt({QStringLiteral("nope")}, s));
    QVERIFY(!s->schemaAt({QStringLiteral("readings"), QStringLiteral("x")}, s));
}

void TestSchema::units()
{
    const Unit *c = Units::find(u"degreeCelsius");
    const Unit *f = Units::find(u"degreeFahrenheit");
    const Unit *k = Units::find(u"kelvin");
    QVERIFY(c && f && k);
    QVERIFY(std::abs(*Units::convert(100, *c, *f) - 212) < 1e-9);
    QVERIFY(std::abs(*Units::convert(-40, *f, *c) + 40) < 1e-9);
    QVERIFY(std::abs(*Units::convert(0, *c, *k) - 273.15) < 1e-9);
    QVERIFY(std::abs(*Units::convert(250, *Units::find(u"kilopascal"), *Units::find(u"bar")) -
                     2.5) < 1e-12);
    QVERIFY(std::abs(*Units::convert(45, *Units::find(u"percent"), *Units::find(u"unity")) - 0.45) <
            1e-12);
    QVERIFY(!Units::convert(1, *c, *Units::find(u"metre")));
    QVERIFY(!Units::find(u"furlong"));
    QVERIFY(Units::names().contains(QStringLiteral("kilowattHour")));
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
