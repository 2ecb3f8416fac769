#include "engine/engine.h"
#include "engine/project.h"
#include "tests/support/twintest.h"

#include <QtTest/QtTest>

using namespace twinloom;

namespace {
// A building of 2 floors with 2 rooms each; rooms are fed through the engine's API.
const char *kProject = R"({
  "format": "twinloom-project", "version": 1,
  "models": [
    {"@id": "dtmi:test:Room;1", "contents": [
      {"@type": "Property", "name": "temperature", "schema": "double"},
      {"@type": "Property", "name": "occupied", "schema": "boolean"}]},
    {"@id": "dtmi:test:Floor;1", "contents": [
      {"@type": "Property", "name": "temperature", "schema": "double"},
      {"@type": "Property", "name": "minTemperature", "schema": "double"},
      {"@type": "Property", "name": "maxTemperature", "schema": "double"},
      {"@type": "Property", "name": "occupiedRooms", "schema": "long"},
      {"@type": "Property", "name": "reporting", "schema": "long"},
      {"@type": "Relationship", "name": "hasRoom"}]},
    {"@id": "dtmi:test:Building;1", "contents": [
      {"@type": "Property", "name": "temperature", "schema": "double"},
      {"@type": "Property", "name": "occupiedRooms", "schema": "long"},
      {"@type": "Relationship", "name": "hasFloor"}]}
  ],
  "twins": [
    {"id": "r11", "model": "dtmi:test:Room;1", "physicalAdapters": [{"type": "api"}]},
    {"id": "r12", "model": "dtmi:test:Room;1", "physicalAdapters": [{"type": "api"}]},
    {"id": "r21", "model": "dtmi:test:Room;1", "physicalAdapters": [{"type": "api"}]},
    {"id": "r22", "model": "dtmi:test:Room;1", "physicalAdapters": [{"type": "api"}]},
    {"id": "f1", "model": "dtmi:test:Floor;1",
     "physicalAdapters": [{"type": "aggregate", "config": {"relationship": "hasRoom", "aggregates": [
       {"to": "temperature", "of": "temperature", "function": "mean"},
       {"to": "minTemperature", "of": "temperature", "function": "min"},
       {"to": "maxTemperature", "of": "temperature", "function": "max"},
       {"to": "occupiedRooms", "of": "occupied", "function": "sum"},
       {"to": "reporting", "of": "temperature", "function": "count"}]}}],
     "relationships": [{"name": "hasRoom", "target": "r11"}, {"name": "hasRoom", "target": "r12"}]},
    {"id": "f2", "model": "dtmi:test:Floor;1",
     "physicalAdapters": [{"type": "aggregate", "config": {"relationship": "hasRoom", "aggregates": [
       {"to": "temperature", "of": "temperature", "function": "mean"},
       {"to": "occupiedRooms", "of": "occupied", "function": "sum"}]}}],
     "relationships": [{"name": "hasRoom", "target": "r21"}, {"name": "hasRoom", "target": "r22"}]},
    {"id": "b", "model": "dtmi:test:Building;1",
     "physicalAdapters": [{"type": "aggregate", "config": {"relationship": "hasFloor", "aggregates": [
       {"to": "temperature", "of": "temperature", "function": "mean"},
       {"to": "occupiedRooms", "of": "occupiedRooms", "function": "sum"}]}}],
     "relationships": [{"name": "hasFloor", "target": "f1"}, {"name": "hasFloor", "target": "f2"}]}
  ]
})";

} // namespace

class TestComposition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void floorsAndBuildingAggregate();
    void valuesPresentBeforeStartCount();
    void badConfiguration();
};

void TestComposition::floorsAndBuildingAggregate()
{
    Diagnostics d;
    auto project = Project::fromBytes(kProject, d, {}, &AdapterRegistry::global());
    QVERIFY2(project, qPrintable(d.toString()));
    Engine engine;
    QVERIFY2(project->instantiate(engine, d), qPrintable(d.toString()));
    for (const QString &id : project->twinOrder())
        engine.startTwin(id).waitForFinished();
    QTRY_COMPARE(engine.lifecycle(QStringLiteral("b")), LifecycleState::Synchronized);

    engine.ingest(QStringLiteral("r11"), Test::propertyEvent(QStringLiteral("temperature"), 20.0));
    engine.ingest(QStringLiteral("r12"), Test::propertyEvent(QStringLiteral("temperature"), 23.0));
    engine.ingest(QStringLiteral("r21"), Test::propertyEvent(QStringLiteral("temperature"), 18.0));
    engine.ingest(QStringLiteral("r22"), Test::propertyEvent(QStringLiteral("temperature"), 19.0));
    engine.ingest(QStringLiteral("r11"), Test::propertyEvent(QStringLiteral("occupied"), true));
    engine.ingest(QStringLiteral("r21"), Test::propertyEvent(QStringLiteral("occupied"), true));
    engine.ingest(QStringLiteral("r22"), Test::propertyEvent(QStringLiteral("occupied"), false));

    QTRY_COMPARE(Test::reported(engine, QStringLiteral("f1"), u"temperature"), Value(21.5));
    QTRY_COMPARE(Test::reported(engine, QStringLiteral("f1"), u"minTemperature"), Value(20.0));
    QTRY_COMPARE(Test::reported(engine, QStringLiteral("f1"), u"maxTemperature"), Value(23.0));
    QTRY_COMPARE(Test::reported(engine, QStringLiteral("f1"), u"reporting"),
                 Value(std::int64_t{2}));
    QTRY_COMPARE(Test::reported(engine, QStringLiteral("f1"), u"occupiedRooms"),
                 Value(std::int64_t{1}));
    QTRY_COMPARE(Test::reported(engine, QStringLiteral("f2"), u"temperature"), Value(18.5));
    QTRY_COMPARE(Test::reported(engine, QStringLiteral("f2"), u"occupiedRooms"),
                 Value(std::int64_t{1}));
    // The building is made of floors: mean of 21.5 and 18.5, and 1 + 1 occupied rooms.
    QTRY_COMPARE(Test::reported(engine, QStringLiteral("b"), u"temperature"), Value(20.0));
    QTRY_COMPARE(Test::reported(engine, QStringLiteral("b"), u"occupiedRooms"),
                 Value(std::int64_t{2}));

    // A change in one room travels up.
    engine.ingest(QStringLiteral("r12"), Test::propertyEvent(QStringLiteral("temperature"), 25.0));
    QTRY_COMPARE(Test::reported(engine, QStringLiteral("f1"), u"temperature"), Value(22.5));
    QTRY_COMPARE(Test::reported(engine, QStringLiteral("b"), u"temperature"), Value(20.5));

    // Stopping in order, a composed twin first, leaves nothing running.
    const QStringList order = project->twinOrder();
    for (auto it = order.crbegin(); it != order.crend(); ++it)
        engine.stopTwin(*it).waitForFinished();
    for (const QString &id : order)
        QCOMPARE(engine.lifecycle(id), LifecycleState::Stopped);
}

void TestComposition::valuesPresentBeforeStartCount()
{
    Diagnostics d;
    auto project = Project::fromBytes(kProject, d);
    QVERIFY(project);
    Engine engine;
    QVERIFY(project->instantiate(engine, d));
    for (const QString &id : {QStringLiteral("r11"), QStringLiteral("r12")})
        engine.startTwin(id).waitForFinished();
    engine.ingest(QStringLiteral("r11"), Test::propertyEvent(QStringLiteral("temperature"), 10.0));
    engine.ingest(QStringLiteral("r12"), Test::propertyEvent(QStringLiteral("temperature"), 30.0));
    QTRY_COMPARE(engine.twinMetrics(QStringLiteral("r12")).changesOut, 1u);
    // The floor starts after its rooms already hold values: it reads them at once.
    engine.startTwin(QStringLiteral("f1")).waitForFinished();
    QTRY_COMPARE(Test::reported(engine, QStringLiteral("f1"), u"temperature"), Value(20.0));
}

void TestComposition::badConfiguration()
{
    auto doc = Project::Json::parse(kProject);
    doc["twins"][4]["physicalAdapters"][0]["config"]["aggregates"][0]["function"] = "median";
    doc["twins"][5]["physicalAdapters"][0]["config"].erase("relationship");
    Diagnostics d;
    QVERIFY(!Project::fromJson(doc, d, {}, &AdapterRegistry::global()));
    QCOMPARE(d.errorCount(), 2);
    QCOMPARE(d.items()[0].pointer,
             QStringLiteral("/twins/4/physicalAdapters/0/config/aggregates/0/function"));
    QVERIFY(d.items()[0].message.contains(QStringLiteral("'median'")));
    QCOMPARE(d.items()[1].pointer,
             QStringLiteral("/twins/5/physicalAdapters/0/config/relationship"));
}

QTEST_GUILESS_MAIN(TestComposition)
#include "tst_composition.moc"
