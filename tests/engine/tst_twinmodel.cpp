#include "engine/twinmodel.h"

#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

using namespace twinloom;

namespace {
std::shared_ptr<TwinModel> parse(const char *json, Diagnostics &d)
{
    return TwinModel::fromJson(nlohmann::json::parse(json), QStringLiteral("/models/0"), d);
}

const char *kThermostat = R"({
  "@id": "dtmi:test:Thermostat;1",
  "@type": "Interface",
  "displayName": {"en": "Thermostat", "de": "Thermostat"},
  "contents": [
    {"@type": ["Property", "Temperature"], "name": "targetTemperature", "schema": "double", "unit": "degreeCelsius",
     "writable": true, "minimum": 5, "maximum": 35},
    {"@type": "Telemetry", "name": "temperature", "schema": "double", "maxAge": "PT30S", "history": 600},
    {"@type": "Property", "name": "serial", "schema": "string", "maxAge": 2.5},
    {"@type": "Event", "name": "fault", "schema": "string"},
    {"@type": "Command", "name": "reboot", "request": {"name": "delay", "schema": "integer"},
     "response": {"name": "ok", "schema": "boolean"}},
    {"@type": "Relationship", "name": "controls", "target": "dtmi:test:Valve;1", "maxMultiplicity": 4,
     "properties": [{"name": "since", "schema": "dateTime"}]}
  ]})";
} // namespace

class TestTwinModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryContentType();
    void roundTrip();
    void everyErrorAtOnce();
    void extendsAndComponents();
    void cyclesAndMissingModels();
    void nameClash();
    void lookupInLargeModels();
};

void TestTwinModel::readsEveryContentType()
{
    Diagnostics d;
    auto m = parse(kThermostat, d);
    QVERIFY2(m, qPrintable(d.toString()));
    QCOMPARE(d.items().size(), 0u);
    QCOMPARE(m->displayName, QStringLiteral("Thermostat"));
    QCOMPARE(m->properties.size(), 3u);
    const PropertyDef *target = m->property(u"targetTemperature");
    QVERIFY(target && target->writable && !target->telemetry);
    QCOMPARE(target->unit, QStringLiteral("degreeCelsius"));
    QCOMPARE(target->minimum, std::optional<double>(5));
    QCOMPARE(target->maximum, std::optional<double>(35));
    const PropertyDef *t = m->property(u"temperature");
    QVERIFY(t->telemetry);
    QCOMPARE(t->maxAge, Timestamp(30000000));
    QCOMPARE(t->historyCapacity, 600);
    QCOMPARE(m->property(u"serial")->maxAge, Timestamp(2500000));
    QCOMPARE(m->event(u"fault")->schema->kind(), SchemaKind::String);
    QCOMPARE(m->action(u"reboot")->requestName, QStringLiteral("delay"));
    QCOMPARE(m->action(u"reboot")->response->kind(), SchemaKind::Boolean);
    const RelationshipDef *r = m->relationship(u"controls");
    QCOMPARE(r->target, QStringLiteral("dtmi:test:Valve;1"));
    QCOMPARE(r->maxMultiplicity, 4);
    QCOMPARE(r->properties.front().schema->kind(), SchemaKind::DateTime);
    QCOMPARE(m->propertyIndex(u"serial"), 2);
    QCOMPARE(m->propertyIndex(u"nope"), -1);
}

void TestTwinModel::roundTrip()
{
    Diagnostics d;
    auto m = parse(kThermostat, d);
    QVERIFY(m);
    Diagnostics d2;
    auto again = TwinModel::fromJson(m->toJson(), {}, d2);
    QVERIFY2(again, qPrintable(d2.toString()));
    QCOMPARE(QString::fromStdString(again->toJson().dump()),
             QString::fromStdString(m->toJson().dump()));
}

void TestTwinModel::everyErrorAtOnce()
{
    Diagnostics d;
    auto m = parse(R"({
      "@id": "dtmi:test:Bad;1",
      "contents": [
        {"@type": "Property", "name": "a", "schema": "double"},
        {"@type": "Property", "name": "a", "schema": "double"},
        {"@type": "Property", "name": "9abc", "schema": "double"},
        {"@type": "Gadget", "name": "g"},
        {"@type": "Property", "name": "noSchema"},
        {"@type": "Property", "name": "range", "schema": "double", "minimum": 10, "maximum": 1},
        {"@type": "Telemetry", "name": "t", "schema": "double", "writable": true},
        {"@type": "Property", "name": "stale", "schema": "double", "maxAge": "soon"},
        {"@type": "Property", "name": "never", "schema": "double", "maxAge": 0}
      ]})",
                   d);
    QVERIFY(!m);
    QStringList pointers;
    for (const Diagnostic &x : d.items())
        pointers << x.pointer;
    QCOMPARE(pointers, QStringList({QStringLiteral("/models/0/contents/1/name"),
                                    QStringLiteral("/models/0/contents/2/name"),
                                    QStringLiteral("/models/0/contents/3/@type"),
                                    QStringLiteral("/models/0/contents/4"),
                                    QStringLiteral("/models/0/contents/5/minimum"),
                                    QStringLiteral("/models/0/contents/6/writable"),
                                    QStringLiteral("/models/0/contents/7/maxAge"),
                                    QStringLiteral("/models/0/contents/8/maxAge")}));
    QVERIFY(d.items()[0].message.contains(QStringLiteral("already used")));
    QVERIFY(d.items()[2].message.contains(QStringLiteral("'Gadget'")));
    Diagnostics noId;
    QVERIFY(!parse(R"({"contents": []})", noId));
    QVERIFY(noId.toString().contains(QStringLiteral("\"@id\"")));
}

void TestTwinModel::extendsAndComponents()
{
    ModelSet set;
    Diagnostics d;
    set.add(parse(R"({"@id": "dtmi:test:Device;1", "contents": [
                     {"@type": "Property", "name": "serial", "schema": "string"},
                     {"@type": "Command", "name": "reboot"}]})",
                  d));
    set.add(
        parse(R"({"@id": "dtmi:test:Thermostat;1", "extends": "dtmi:test:Device;1", "contents": [
                     {"@type": "Property", "name": "temperature", "schema": "double"}]})",
              d));
    set.add(parse(R"({"@id": "dtmi:test:Room;1", "contents": [
                     {"@type": "Property", "name": "occupied", "schema": "boolean"},
                     {"@type": "Component", "name": "north", "schema": "dtmi:test:Thermostat;1"},
                     {"@type": "Component", "name": "south", "schema": "dtmi:test:Thermostat;1"}]})",
                  d));
    QVERIFY2(!d.hasErrors(), qPrintable(d.toString()));
    auto thermostat = set.resolve(QStringLiteral("dtmi:test:Thermostat;1"), d);
    QVERIFY(thermostat);
    QCOMPARE(thermostat->properties.size(), 2u);
    QCOMPARE(thermostat->properties[0].name, QStringLiteral("serial"));
    QCOMPARE(thermostat->properties[0].provenance, QStringLiteral("dtmi:test:Device;1"));
    QVERIFY(thermostat->properties[1].provenance.isEmpty());
    QVERIFY(thermostat->action(u"reboot"));
    auto room = set.resolve(QStringLiteral("dtmi:test:Room;1"), d);
    QVERIFY2(room, qPrintable(d.toString()));
    QStringList names;
    for (const PropertyDef &p : room->properties)
        names << p.name;
    QCOMPARE(names,
             QStringList({QStringLiteral("occupied"), QStringLiteral("north/serial"),
                          QStringLiteral("north/temperature"), QStringLiteral("south/serial"),
                          QStringLiteral("south/temperature")}));
    QVERIFY(room->action(u"north/reboot"));
    QCOMPARE(room->components.size(), 2u);
    QCOMPARE(set.resolve(QStringLiteral("dtmi:test:Room;1"), d), room); // cached
}

void TestTwinModel::cyclesAndMissingModels()
{
    ModelSet set;
    Diagnostics d;
    set.add(parse(R"({"@id": "dtmi:test:A;1", "extends": "dtmi:test:B;1", "contents": []})", d));
    set.add(parse(R"({"@id": "dtmi:test:B;1", "extends": "dtmi:test:A;1", "contents": []})", d));
    set.add(
        parse(R"({"@id": "dtmi:test:C;1", "extends": "dtmi:test:Missing;1", "contents": []})", d));
    Diagnostics cycle;
    QVERIFY(!set.resolve(QStringLiteral("dtmi:test:A;1"), cycle, QStringLiteral("/models/0")));
    QVERIFY2(cycle.toString().contains(QStringLiteral("extends or contains itself")),
             qPrintable(cycle.toString()));
    QCOMPARE(cycle.firstError()->pointer, QStringLiteral("/models/0"));
    Diagnostics missing;
    QVERIFY(!set.resolve(QStringLiteral("dtmi:test:C;1"), missing));
    QVERIFY(
        missing.toString().contains(QStringLiteral("'dtmi:test:Missing;1', which is not defined")));
    Diagnostics unknown;
    QVERIFY(!set.resolve(QStringLiteral("dtmi:test:Z;1"), unknown));
}

void TestTwinModel::nameClash()
{
    ModelSet set;
    Diagnostics d;
    set.add(parse(
        R"({"@id": "dtmi:test:Base;1", "contents": [{"@type": "Property", "name": "x", "schema": "double"}]})",
        d));
    set.add(parse(R"({"@id": "dtmi:test:Derived;1", "extends": ["dtmi:test:Base;1"],
                     "contents": [{"@type": "Property", "name": "x", "schema": "long"}]})",
                  d));
    Diagnostics clash;
    QVERIFY(!set.resolve(QStringLiteral("dtmi:test:Derived;1"), clash));
    QVERIFY2(clash.toString().contains(QStringLiteral("'x' is defined both by")),
             qPrintable(clash.toString()));
}

// Up to 16 names are compared in place, more go through the index: both must agree.
void TestTwinModel::lookupInLargeModels()
{
    for (const int count : {3, 16, 17, 40}) {
        nlohmann::json contents = nlohmann::json::array();
        for (int i = 0; i < count; ++i)
            contents.push_back(
                {{"@type", "Property"}, {"name", "p" + std::to_string(i)}, {"schema", "double"}});
        Diagnostics d;
        auto m = TwinModel::fromJson({{"@id", "dtmi:test:Big;1"}, {"contents", contents}}, {}, d);
        QVERIFY2(m, qPrintable(d.toString()));
        for (int i = 0; i < count; ++i)
            QCOMPARE(m->propertyIndex(QStringLiteral("p%1").arg(i)), i);
        QCOMPARE(m->propertyIndex(u"p"), -1);
        QCOMPARE(m->propertyIndex(QStringLiteral("p%1").arg(count)), -1);
        QVERIFY(!m->event(u"p0"));
    }
}

QTEST_GUILESS_MAIN(TestTwinModel)
#include "tst_twinmodel.moc"
