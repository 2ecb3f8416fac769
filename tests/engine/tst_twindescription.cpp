// The protocol-neutral twin description: what every digital interface announces and what remote
// tools read back, with the bindings each interface adds.

#include "engine/twindescription.h"

#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

using namespace twinloom;
using OJ = nlohmann::ordered_json;
using J = nlohmann::json;

namespace {
const char *kHeater = R"({
  "@id": "dtmi:test:Heater;1", "@type": "Interface", "displayName": "Heater",
  "contents": [
    {"@type": "Property", "name": "power", "displayName": "Power", "schema": "double",
     "unit": "watt", "minimum": 0, "maximum": 2000, "maxAge": "PT30S"},
    {"@type": "Property", "name": "setpoint", "schema": "double", "writable": true},
    {"@type": "Telemetry", "name": "temperature", "schema": "double"},
    {"@type": "Event", "name": "fault", "schema": "string", "displayName": "Fault"},
    {"@type": "Command", "name": "reset", "displayName": "Reset",
     "request": {"name": "delay", "schema": "integer"},
     "response": {"name": "ok", "schema": "boolean"}},
    {"@type": "Relationship", "name": "feeds", "target": "dtmi:test:Room;1", "maxMultiplicity": 2}
  ]})";

TwinModelPtr heater()
{
    Diagnostics d;
    auto m = TwinModel::fromJson(J::parse(kHeater), QStringLiteral("/models/0"), d);
    if (!m)
        qFatal("%s", qPrintable(d.toString()));
    return m;
}

// Addresses of a made-up interface, to show where bindings go.
class Addresses : public DescriptionBindings
{
public:
    void bindTwin(OJ &d) const override { d["endpoint"] = "x://host"; }
    void bindProperty(const PropertyDef &p, OJ &e) const override
    {
        e["at"] = "p/" + p.name.toStdString();
    }
    void bindEvent(const EventDef &ev, OJ &e) const override
    {
        e["at"] = "e/" + ev.name.toStdString();
    }
    void bindAction(const ActionDef &a, OJ &e) const override
    {
        e["at"] = "a/" + a.name.toStdString();
    }
};
} // namespace

class TestTwinDescription : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describesEveryMember();
    void bindingsAddAddresses();
    void readsItBack();
    void refusesWhatIsNotADescription_data();
    void refusesWhatIsNotADescription();
};

void TestTwinDescription::describesEveryMember()
{
    const OJ d = TwinDescription(QStringLiteral("heater-1"), heater()).toJson();
    QCOMPARE(d["id"], "heater-1");
    QCOMPARE(d["model"], "dtmi:test:Heater;1");
    QCOMPARE(d["title"], "Heater");
    const OJ power = OJ::parse(R"({"schema": "double", "title": "Power", "unit": "watt",
        "minimum": 0.0, "maximum": 2000.0, "maxAge": "PT30S"})");
    QCOMPARE(d["properties"]["power"], power);
    QCOMPARE(d["properties"]["setpoint"]["writable"], true);
    // Telemetry has no desired side.
    QVERIFY(!d["properties"]["temperature"].contains("writable"));
    QCOMPARE(d["events"]["fault"], (OJ{{"schema", "string"}, {"title", "Fault"}}));
    QCOMPARE(d["actions"]["reset"],
             (OJ{{"title", "Reset"}, {"input", "integer"}, {"output", "boolean"}}));
    QCOMPARE(d["relationships"]["feeds"],
             (OJ{{"target", "dtmi:test:Room;1"}, {"maxMultiplicity", 2}}));
    std::vector<std::string> keys;
    for (const auto &[k, v] : d.items())
        keys.push_back(k);
    QCOMPARE(keys, (std::vector<std::string>{"id", "model", "title", "properties", "events",
                                             "actions", "relationships"}));
}

void TestTwinDescription::bindingsAddAddresses()
{
    const Addresses addresses;
    const OJ d = TwinDescription(QStringLiteral("heater-1"), heater()).toJson(&addresses);
    QCOMPARE(d["endpoint"], "x://host");
    QCOMPARE(d["properties"]["power"]["at"], "p/power");
    QCOMPARE(d["properties"]["setpoint"]["at"], "p/setpoint");
    QCOMPARE(d["events"]["fault"]["at"], "e/fault");
    QCOMPARE(d["actions"]["reset"]["at"], "a/reset");
}

void TestTwinDescription::readsItBack()
{
    const Addresses addresses;
    const OJ written = TwinDescription(QStringLiteral("heater-1"), heater()).toJson(&addresses);
    QString why;
    const auto read = TwinDescription::fromJson(
        J::parse(written.dump()), QStringLiteral("heater-1"), QStringLiteral("topic"), &why);
    QVERIFY2(read, qPrintable(why));
    QCOMPARE(read->twinId(), QStringLiteral("heater-1"));
    const TwinModel &m = *read->model();
    QCOMPARE(m.id, QStringLiteral("dtmi:test:Heater;1"));
    QCOMPARE(m.displayName, QStringLiteral("Heater"));
    QCOMPARE(m.properties.size(), 3u);
    const PropertyDef *power = m.property(u"power");
    QVERIFY(power);
    QCOMPARE(power->displayName, QStringLiteral("Power"));
    QCOMPARE(power->unit, QStringLiteral("watt"));
    QCOMPARE(power->minimum, std::optional<double>(0));
    QCOMPARE(power->maximum, std::optional<double>(2000));
    QCOMPARE(power->maxAge, Timestamp(30'000'000));
    QVERIFY(m.property(u"setpoint")->writable);
    QCOMPARE(m.action(u"reset")->request->toJson(), J("integer"));
    QCOMPARE(m.relationship(u"feeds")->target, QStringLiteral("dtmi:test:Room;1"));
    QCOMPARE(m.relationship(u"feeds")->maxMultiplicity, 2);
    // What it announces is what it reads: a second round trip changes nothing.
    const OJ again = TwinDescription(read->twinId(), read->model()).toJson(&addresses);
    QCOMPARE(again["properties"], written["properties"]);
    QCOMPARE(again["actions"], written["actions"]);
}

void TestTwinDescription::refusesWhatIsNotADescription_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("array") << "[1]"
                           << "'t' is not a JSON object";
    QTest::newRow("no model") << R"({"id": "a"})"
                              << "'t' names no model";
    QTest::newRow("other twin") << R"({"id": "b", "model": "dtmi:x:Y;1"})"
                                << "'t' describes twin 'b'";
    QTest::newRow("bad section") << R"({"model": "dtmi:x:Y;1", "properties": []})"
                                 << "'t': \"properties\" is not an object";
    QTest::newRow("bad member") << R"({"model": "dtmi:x:Y;1", "events": {"e": 3}})"
                                << "'t': \"e\" is not an object";
    QTest::newRow("bad schema")
        << R"({"model": "dtmi:x:Y;1", "properties": {"p": {"schema": "nonsense"}}})"
        << "'t': ";
}

void TestTwinDescription::refusesWhatIsNotADescription()
{
    QFETCH(QString, json);
    QFETCH(QString, error);
    QString why;
    const auto d = TwinDescription::fromJson(J::parse(json.toStdString()), QStringLiteral("a"),
                                             QStringLiteral("t"), &why);
    QVERIFY(!d);
    QVERIFY2(why.startsWith(error), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestTwinDescription)
#include "tst_twindescription.moc"
