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
    void dtdlDepthLimits();
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

void TestTwinModel::dtdlDepthLimits()
{
    // Complex schemas nest 5 levels at most, as in DTDL: a deeper model exported as DTDL would
    // be refused by every DTDL parser.
    const auto nested = [](int levels) {
        nlohmann::json schema = "double";
        for (int i = 0; i < levels; ++i)
            schema = {{"@type", "Object"}, {"fields", {{{"name", "f"}, {"schema", schema}}}}};
        return nlohmann::json{
            {"@id", "dtmi:test:Deep;1"},
            {"contents", {{{"@type", "Property"}, {"name", "p"}, {"schema", schema}}}}};
    };
    Diagnostics five;
    QVERIFY2(TwinModel::fromJson(nested(5), QStringLiteral("/models/0"), five),
             qPrintable(five.toString()));
    Diagnostics six;
    QVERIFY(!TwinModel::fromJson(nested(6), QStringLiteral("/models/0"), six));
    QCOMPARE(six.errorCount(), 1);
    QCOMPARE(six.firstError()->pointer, QStringLiteral("/models/0/contents/0/schema"));
    QVERIFY2(six.toString().contains(u"complex schemas nest deeper than 5 levels"),
             qPrintable(six.toString()));
    // An Array of a Map of an Enum is three levels.
    nlohmann::json mixed = nested(0);
    mixed["contents"][0]["schema"] = {
        {"@type", "Array"},
        {"elementSchema",
         {{"@type", "Map"},
          {"mapKey", {{"name", "k"}, {"schema", "string"}}},
          {"mapValue",
           {{"name", "v"},
            {"schema",
             {{"@type", "Enum"},
              {"valueSchema", "integer"},
              {"enumValues", {{{"name", "a"}, {"enumValue", 1}}}}}}}}}}};
    Diagnostics threeLevels;
    auto arrayOfMaps = TwinModel::fromJson(mixed, QStringLiteral("/models/0"), threeLevels);
    QVERIFY2(arrayOfMaps, qPrintable(threeLevels.toString()));
    QCOMPARE(arrayOfMaps->property(u"p")->schema->complexDepth(), 3);

    // "extends" goes 10 levels deep at most: a chain of 11 models is fine, of 12 is not.
    const auto chain = [](ModelSet &set, int models) {
        Diagnostics d;
        for (int i = 0; i < models; ++i) {
            nlohmann::json m = {{"@id", QStringLiteral("dtmi:test:L%1;1").arg(i).toStdString()},
                                {"contents", nlohmann::json::array()}};
            if (i > 0)
                m["extends"] = QStringLiteral("dtmi:test:L%1;1").arg(i - 1).toStdString();
            set.add(TwinModel::fromJson(m, QStringLiteral("/models/%1").arg(i), d));
        }
    };
    ModelSet eleven;
    chain(eleven, 11);
    Diagnostics ok;
    QVERIFY2(eleven.resolve(QStringLiteral("dtmi:test:L10;1"), ok), qPrintable(ok.toString()));
    ModelSet twelve;
    chain(twelve, 12);
    Diagnostics deep;
    QVERIFY(!twelve.resolve(QStringLiteral("dtmi:test:L11;1"), deep, QStringLiteral("/models/11")));
    QVERIFY2(deep.toString().contains(
                 u"inherits through more than 10 levels of \"extends\" (DTDL allows 10)") &&
                 deep.toString().contains(u"dtmi:test:L11;1 → dtmi:test:L10;1"),
             qPrintable(deep.toString()));
    // Each model's depth is found once, and a model inherited along many paths is included
    // once: 10 layers of 8 models, each extending all 8 of the layer below (8^9 paths), resolve
    // at once, with the 8 properties of the bottom layer.
    ModelSet wide;
    Diagnostics w;
    for (int layer = 0; layer < 10; ++layer) {
        for (int i = 0; i < 8; ++i) {
            nlohmann::json m = {
                {"@id", QStringLiteral("dtmi:test:W%1x%2;1").arg(layer).arg(i).toStdString()},
                {"contents", nlohmann::json::array()}};
            if (layer == 0)
                m["contents"].push_back({{"@type", "Property"},
                                         {"name", QStringLiteral("p%1").arg(i).toStdString()},
                                         {"schema", "double"}});
            for (int j = 0; layer > 0 && j < 8; ++j)
                m["extends"].push_back(
                    QStringLiteral("dtmi:test:W%1x%2;1").arg(layer - 1).arg(j).toStdString());
            wide.add(TwinModel::fromJson(m, QStringLiteral("/models/0"), w));
        }
    }
    const TwinModelPtr top = wide.resolve(QStringLiteral("dtmi:test:W9x0;1"), w);
    QVERIFY2(top, qPrintable(w.toString()));
    QCOMPARE(top->properties.size(), 8u);
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
