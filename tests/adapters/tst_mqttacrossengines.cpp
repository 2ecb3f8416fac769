// Twins of one engine used by twins of another through a real broker: a building in the "cloud"
// made of floors at the "edge", and a mirror twin that invokes the remote twin's actions.

#include "adapters/builtinadapters.h"
#include "engine/engine.h"
#include "engine/project.h"
#include "tests/support/mosquittobroker.h"
#include "tests/support/twintest.h"

#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

#include <csignal>

using namespace twinloom;
using twinloom::Test::MosquittoBroker;
using twinloom::Test::MqttCapture;

namespace {
Project::Json project(quint16 port)
{
    auto doc = Project::Json::parse(R"({
  "format": "twinloom-project", "version": 1,
  "nodes": [{"name": "edge"}, {"name": "cloud"}],
  "models": [
    {"@id": "dtmi:test:Floor;1", "contents": [
      {"@type": "Property", "name": "temperature", "schema": "double"},
      {"@type": "Property", "name": "occupied", "schema": "boolean"},
      {"@type": "Command", "name": "ventilate", "request": {"name": "level", "schema": "integer"},
       "response": {"name": "level", "schema": "integer"}}]},
    {"@id": "dtmi:test:Building;1", "contents": [
      {"@type": "Property", "name": "temperature", "schema": "double"},
      {"@type": "Property", "name": "occupiedFloors", "schema": "long"},
      {"@type": "Relationship", "name": "hasFloor", "target": "dtmi:test:Floor;1"}]}
  ],
  "twins": [
    {"id": "floor-1", "model": "dtmi:test:Floor;1", "node": "edge",
     "physicalAdapters": [{"id": "feed", "type": "api"}], "digitalAdapters": [{"id": "mqtt", "type": "mqtt", "config": {}}]},
    {"id": "floor-2", "model": "dtmi:test:Floor;1", "node": "edge",
     "physicalAdapters": [{"id": "feed", "type": "api"}], "digitalAdapters": [{"id": "mqtt", "type": "mqtt", "config": {}}]},
    {"id": "building", "model": "dtmi:test:Building;1", "node": "cloud",
     "physicalAdapters": [{"id": "floors", "type": "remoteAggregate", "config": {"relationship": "hasFloor", "aggregates": [
       {"to": "temperature", "of": "temperature", "function": "mean"},
       {"to": "occupiedFloors", "of": "occupied", "function": "sum"}]}}],
     "relationships": [{"name": "hasFloor", "target": "floor-1"}, {"name": "hasFloor", "target": "floor-2"}]},
    {"id": "floor-1-mirror", "model": "dtmi:test:Floor;1", "node": "cloud",
     "physicalAdapters": [{"id": "link", "type": "twin", "config": {"twin": "floor-1"}}]}
  ]
})");
    for (auto &t : doc["twins"]) {
        for (const char *side : {"physicalAdapters", "digitalAdapters"}) {
            if (!t.contains(side))
                continue;
            for (auto &a : t[side]) {
                if (a["type"] != "api")
                    a["config"]["broker"] = {{"port", port},
                                             {"reconnect", {{"min", 1}, {"max", 1}}}};
            }
        }
    }
    return doc;
}

} // namespace

class TestMqttAcrossEngines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerBuiltinAdapters(AdapterRegistry::global()); }
    void buildingInTheCloudMadeOfFloorsAtTheEdge();
    void buildingIsUnboundWhileItsBrokerIsAway();
    void buildingNoticesFloorsCutOffBehindABridge();
};

void TestMqttAcrossEngines::buildingNoticesFloorsCutOffBehindABridge()
{
    // Two sites: the edge broker bridges to the cloud's. The bridge's link cannot be cut on
    // loopback, so the edge broker is frozen (SIGSTOP): it keeps its connections open, and the
    // cloud broker, with a long bridge keepalive, never learns that anything is wrong. Only the
    // floors' silence says so.
    MosquittoBroker cloudBroker;
    QVERIFY(cloudBroker.start());
    MosquittoBroker edgeBroker;
    QVERIFY(edgeBroker.start(
        {QStringLiteral("allow_anonymous true"), QStringLiteral("connection cloud"),
         QStringLiteral("address 127.0.0.1:%1").arg(cloudBroker.port()),
         QStringLiteral("topic twinloom/# both 1"), QStringLiteral("cleansession false"),
         QStringLiteral("keepalive_interval 60"), QStringLiteral("restart_timeout 1 1"),
         QStringLiteral("remote_clientid bridge-edge"),
         QStringLiteral("local_clientid bridge-edge-local")}));
    {
        // The bridge is up before the floors describe themselves: a bridge does not pass on what
        // its broker retained before it connected.
        MqttCapture probe(cloudBroker.port(), QStringLiteral("twinloom/probe"));
        QElapsedTimer t;
        t.start();
        while (probe.lines().isEmpty() && t.elapsed() < 10000) {
            edgeBroker.publish(QStringLiteral("twinloom/probe"), "1", 0);
            QTest::qWait(100);
        }
        QVERIFY(!probe.lines().isEmpty());
    }
    nlohmann::json doc = project(cloudBroker.port());
    for (auto &t : doc["twins"]) {
        const bool atTheEdge = t["node"] == "edge";
        if (atTheEdge) {
            for (auto &a : t["digitalAdapters"]) {
                a["config"]["broker"]["port"] = edgeBroker.port();
                a["config"]["heartbeat"] = 0.25;
            }
        } else if (t["id"] == "building") {
            auto &config = t["physicalAdapters"][0]["config"];
            config["partStaleAfter"] = 1;
            config["partLostAfter"] = 2;
        }
    }
    Diagnostics d;
    auto p = Project::fromJson(doc, d, {}, &AdapterRegistry::global());
    QVERIFY2(p, qPrintable(d.toString()));
    Engine edge;
    Engine cloud;
    QVERIFY2(p->instantiate(edge, d, QStringLiteral("edge")), qPrintable(d.toString()));
    QVERIFY2(p->instantiate(cloud, d, QStringLiteral("cloud")), qPrintable(d.toString()));
    QStringList transitions;
    cloud.subscribe(QStringLiteral("twins/building/lifecycle"), this, [&](const StateChange &c) {
        for (const ResourceChange &r : c.changes)
            transitions << r.value.toString() + QStringLiteral(": ") + r.target;
    });
    edge.startAll();
    cloud.startAll();
    QTRY_COMPARE_WITH_TIMEOUT(cloud.lifecycle(QStringLiteral("building")),
                              LifecycleState::Synchronized, 10000);
    // The floors send no value, but their engine's heartbeat crosses the bridge: in sync.
    QTRY_VERIFY(transitions.contains(QStringLiteral("Synchronized: "))); // delivered
    transitions.clear();
    QTest::qWait(2500);
    QVERIFY2(transitions.isEmpty(), qPrintable(transitions.join(QLatin1Char('\n'))));
    QCOMPARE(cloud.lifecycle(QStringLiteral("building")), LifecycleState::Synchronized);

    QElapsedTimer cut;
    cut.start();
    ::kill(static_cast<pid_t>(edgeBroker.pid()), SIGSTOP);
    QTRY_COMPARE_WITH_TIMEOUT(cloud.lifecycle(QStringLiteral("building")),
                              LifecycleState::NotSynchronized, 5000);
    const qint64 behindAfter = cut.elapsed();
    QTRY_COMPARE_WITH_TIMEOUT(cloud.lifecycle(QStringLiteral("building")), LifecycleState::Unbound,
                              5000);
    const qint64 unboundAfter = cut.elapsed();
    qInfo("NotSynchronized %lld ms, Unbound %lld ms after the cut", behindAfter, unboundAfter);
    QVERIFY(behindAfter < unboundAfter);
    QTRY_COMPARE(transitions.size(), 2); // delivered after the state changed
    QVERIFY2(transitions[0].startsWith(QLatin1String("NotSynchronized: adapter 'floors': nothing "
                                                     "heard from the part 'floor-")),
             qPrintable(transitions[0]));
    QVERIFY2(transitions[1].startsWith(QLatin1String("Unbound: adapter 'floors': nothing heard "
                                                     "from the part 'floor-")),
             qPrintable(transitions[1]));
    // The link is back: what the bridge queued arrives, and the building is in sync again.
    ::kill(static_cast<pid_t>(edgeBroker.pid()), SIGCONT);
    QTRY_COMPARE_WITH_TIMEOUT(cloud.lifecycle(QStringLiteral("building")),
                              LifecycleState::Synchronized, 10000);
    edge.ingest(QStringLiteral("floor-1"),
                Test::propertyEvent(QStringLiteral("temperature"), 20.0));
    edge.ingest(QStringLiteral("floor-2"),
                Test::propertyEvent(QStringLiteral("temperature"), 22.0));
    QTRY_COMPARE_WITH_TIMEOUT(Test::reported(cloud, QStringLiteral("building"), u"temperature"),
                              Value(21.0), 5000);
}

void TestMqttAcrossEngines::buildingIsUnboundWhileItsBrokerIsAway()
{
    // The cloud starts before its broker: the building cannot see its floors, so it is not
    // Bound, and says why.
    const quint16 port = Test::freePort();
    Diagnostics d;
    auto p = Project::fromJson(project(port), d, {}, &AdapterRegistry::global());
    QVERIFY2(p, qPrintable(d.toString()));
    Engine cloud;
    QVERIFY2(p->instantiate(cloud, d, QStringLiteral("cloud")), qPrintable(d.toString()));
    QString reason;
    cloud.subscribe(QStringLiteral("twins/building/lifecycle"), this, [&](const StateChange &c) {
        for (const ResourceChange &r : c.changes)
            if (!r.target.isEmpty())
                reason = r.target;
    });
    cloud.startAll();
    QTRY_COMPARE_WITH_TIMEOUT(cloud.lifecycle(QStringLiteral("building")), LifecycleState::Unbound,
                              5000);
    QTRY_VERIFY2(reason.contains(QLatin1String("cannot connect")), qPrintable(reason));
    QTest::qWait(300);
    QCOMPARE(cloud.lifecycle(QStringLiteral("building")), LifecycleState::Unbound);
    // The broker comes: Bound, then Synchronized; it goes: Unbound again.
    MosquittoBroker broker(port);
    QVERIFY(broker.start());
    QTRY_COMPARE_WITH_TIMEOUT(cloud.lifecycle(QStringLiteral("building")),
                              LifecycleState::Synchronized, 20000);
    broker.stop();
    QTRY_COMPARE_WITH_TIMEOUT(cloud.lifecycle(QStringLiteral("building")), LifecycleState::Unbound,
                              10000);
}

void TestMqttAcrossEngines::buildingInTheCloudMadeOfFloorsAtTheEdge()
{
    MosquittoBroker broker;
    QVERIFY(broker.start());
    Diagnostics d;
    auto p = Project::fromJson(project(broker.port()), d, {}, &AdapterRegistry::global());
    QVERIFY2(p, qPrintable(d.toString()));
    Engine edge;
    Engine cloud;
    QVERIFY2(p->instantiate(edge, d, QStringLiteral("edge")), qPrintable(d.toString()));
    QVERIFY2(p->instantiate(cloud, d, QStringLiteral("cloud")), qPrintable(d.toString()));
    QCOMPARE(cloud.twinIds(),
             QStringList({QStringLiteral("building"), QStringLiteral("floor-1-mirror")}));
    // The edge answers the mirror's action through its api adapter... which has no handler:
    // the refusal itself must travel back.
    edge.startAll();
    cloud.startAll();
    QTRY_COMPARE_WITH_TIMEOUT(edge.lifecycle(QStringLiteral("floor-1")),
                              LifecycleState::Synchronized, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(cloud.lifecycle(QStringLiteral("floor-1-mirror")),
                              LifecycleState::Synchronized, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(cloud.lifecycle(QStringLiteral("building")),
                              LifecycleState::Synchronized, 10000);

    edge.ingest(QStringLiteral("floor-1"),
                Test::propertyEvent(QStringLiteral("temperature"), 20.0));
    edge.ingest(QStringLiteral("floor-2"),
                Test::propertyEvent(QStringLiteral("temperature"), 23.0));
    edge.ingest(QStringLiteral("floor-1"), Test::propertyEvent(QStringLiteral("occupied"), true));
    edge.ingest(QStringLiteral("floor-2"), Test::propertyEvent(QStringLiteral("occupied"), true));
    QTRY_COMPARE_WITH_TIMEOUT(Test::reported(cloud, QStringLiteral("building"), u"temperature"),
                              Value(21.5), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(Test::reported(cloud, QStringLiteral("building"), u"occupiedFloors"),
                              Value(std::int64_t{2}), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(
        Test::reported(cloud, QStringLiteral("floor-1-mirror"), u"temperature"), Value(20.0), 5000);

    // An action on the mirror reaches the edge twin and its answer comes back.
    const ActionResult r =
        cloud.invokeAction(QStringLiteral("floor-1-mirror"), QStringLiteral("ventilate"), 2)
            .result();
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("does not take actions")), qPrintable(r.error));

    // The edge twin stops: the mirror follows it to Unbound.
    edge.stopTwin(QStringLiteral("floor-1")).waitForFinished();
    QTRY_COMPARE_WITH_TIMEOUT(cloud.lifecycle(QStringLiteral("floor-1-mirror")),
                              LifecycleState::Unbound, 5000);
    edge.startTwin(QStringLiteral("floor-1")).waitForFinished();
    QTRY_COMPARE_WITH_TIMEOUT(cloud.lifecycle(QStringLiteral("floor-1-mirror")),
                              LifecycleState::Synchronized, 10000);
}

QTEST_GUILESS_MAIN(TestMqttAcrossEngines)
#include "tst_mqttacrossengines.moc"
