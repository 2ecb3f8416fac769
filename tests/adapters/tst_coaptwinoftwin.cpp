// A twin of a twin over CoAP: the coap physical adapter of one twin discovers and observes what
// the coap digital adapter of another serves, invokes its actions, notices when it goes away and
// binds again when it comes back; also over DTLS with a pre-shared key.

#include "adapters/builtinadapters.h"
#include "adapters/coap/coapphysicaladapter.h"
#include "engine/engine.h"
#include "tests/support/coappeer.h"
#include "tests/support/twintest.h"

#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

using namespace twinloom;

namespace {
const char *kModel = R"({"@id": "dtmi:test:Room;1", "contents": [
  {"@type": "Property", "name": "temperature", "schema": "double"},
  {"@type": "Property", "name": "setpoint", "schema": "double", "writable": true},
  {"@type": "Event", "name": "alarm", "schema": "string"},
  {"@type": "Command", "name": "setSetpoint", "request": {"name": "value", "schema": "double"}}]})";

// The original: a simulated device, served over CoAP.
nlohmann::json original(quint16 port, const nlohmann::json &dtls = nullptr)
{
    nlohmann::json coap = {{"port", port}};
    if (!dtls.is_null())
        coap["dtls"] = dtls;
    return {{"id", "room-1"},
            {"model", "dtmi:test:Room;1"},
            {"physicalAdapters",
             {{{"id", "sim"},
               {"type", "sim"},
               {"config",
                {{"variables", {{"setpoint", 21.0}}},
                 {"publishVariables", true},
                 {"actions", {{{"name", "setSetpoint"}, {"sets", "setpoint"}}}}}}}}},
            {"digitalAdapters", {{{"id", "coap"}, {"type", "coap"}, {"config", coap}}}}};
}

CoapPhysicalAdapter *addMirror(Engine &engine, const QString &id, const nlohmann::json &config,
                               Diagnostics &d)
{
    return Test::addCoapTwin(engine, id, QStringLiteral("dtmi:test:Room;1"), config, d,
                             QStringLiteral("/twins/1/physicalAdapters/0"));
}

bool addOriginal(Engine &engine, const nlohmann::json &json, Diagnostics &d)
{
    auto desc = TwinDescriptor::fromJson(json, QStringLiteral("/twins/0"), d);
    return desc && engine.addTwin(*desc, d, QStringLiteral("/twins/0"));
}

PhysicalEvent alarm(const QString &text)
{
    PhysicalEvent e;
    e.kind = PhysicalEvent::Kind::Event;
    e.key = QStringLiteral("alarm");
    e.value = Value(text);
    return e;
}
} // namespace

class TestCoapTwinOfTwin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerBuiltinAdapters(AdapterRegistry::global()); }
    void mirrorsValuesEventsAndActions();
    void originalGoesAwayAndComesBack();
    void overDtls();
};

void TestCoapTwinOfTwin::mirrorsValuesEventsAndActions()
{
    const quint16 port = Test::freeUdpPort();
    // Two engines, as two runners would be.
    Engine site;
    Engine cloud;
    Diagnostics d;
    QVERIFY(site.addModel(nlohmann::json::parse(kModel), d));
    QVERIFY(cloud.addModel(nlohmann::json::parse(kModel), d));
    QVERIFY2(addOriginal(site, original(port), d), qPrintable(d.toString()));
    site.startAll();
    QVERIFY(site.ingest(QStringLiteral("room-1"),
                        Test::propertyEvent(QStringLiteral("temperature"), Value(20.5))));
    // The site serves its twin before the mirror looks: this run counts no failure at all. (A
    // mirror that looks too early is told nothing and asks again; tested with the adapter.)
    if (!Test::coapTool("coap-client", false).isEmpty()) {
        const QString core = QStringLiteral("coap://127.0.0.1:%1/.well-known/core").arg(port);
        QTRY_VERIFY_WITH_TIMEOUT(
            Test::coapClient({QStringLiteral("-m"), QStringLiteral("get"), core}, false, 2)
                .out.contains("/twins/room-1/properties/temperature"),
            10000);
    }
    CoapPhysicalAdapter *mirror =
        addMirror(cloud, QStringLiteral("mirror"),
                  {{"port", port}, {"discovery", {{"include", {"/twins/room-1/*/*"}}}}}, d);
    QVERIFY2(mirror, qPrintable(d.toString()));
    std::vector<QString> alarms;
    cloud.subscribe(QStringLiteral("twins/mirror/events/alarm"), this,
                    [&](const StateChange &c) { alarms.push_back(c.changes[0].value.toString()); });
    cloud.startAll();
    QTRY_COMPARE_WITH_TIMEOUT(cloud.lifecycle(QStringLiteral("mirror")),
                              LifecycleState::Synchronized, 5000);
    // Observed, not polled: temperature, setpoint and the alarm event.
    QTRY_COMPARE(Test::reported(cloud, QStringLiteral("mirror"), u"temperature"), Value(20.5));
    QTRY_COMPARE(Test::reported(cloud, QStringLiteral("mirror"), u"setpoint"), Value(21.0));
    QCOMPARE(mirror->counters().registrations.load(), 3u);
    for (double v : {21.0, 21.5, 22.0}) {
        QVERIFY(site.ingest(QStringLiteral("room-1"),
                            Test::propertyEvent(QStringLiteral("temperature"), Value(v))));
        QTRY_COMPARE(Test::reported(cloud, QStringLiteral("mirror"), u"temperature"), Value(v));
    }
    QVERIFY(site.ingest(QStringLiteral("room-1"), alarm(QStringLiteral("smoke"))));
    QTRY_COMPARE(alarms, std::vector<QString>{QStringLiteral("smoke")});
    // The mirror's action is the original's action, answered by its device.
    const ActionResult r =
        cloud.invokeAction(QStringLiteral("mirror"), QStringLiteral("setSetpoint"), 18.5).result();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.code, 204);
    QCOMPARE(r.value, Value(18.5));
    QTRY_COMPARE(Test::reported(site, QStringLiteral("room-1"), u"setpoint"), Value(18.5));
    QTRY_COMPARE(Test::reported(cloud, QStringLiteral("mirror"), u"setpoint"), Value(18.5));
    // A refused argument comes back with its code.
    const ActionResult bad =
        cloud
            .invokeAction(QStringLiteral("mirror"), QStringLiteral("setSetpoint"),
                          Value(QStringLiteral("warm")))
            .result();
    QVERIFY(!bad.ok);
    QCOMPARE(cloud.twinMetrics(QStringLiteral("mirror")).eventsFailed, 0u);
    cloud.stopAll();
    site.stopAll();
}

void TestCoapTwinOfTwin::originalGoesAwayAndComesBack()
{
    const quint16 port = Test::freeUdpPort();
    Engine cloud;
    Diagnostics d;
    QVERIFY(cloud.addModel(nlohmann::json::parse(kModel), d));
    CoapPhysicalAdapter *mirror = addMirror(
        cloud, QStringLiteral("mirror"),
        {{"port", port},
         {"resources",
          {{{"path", "/twins/room-1/properties/temperature"}, {"property", "temperature"}}}},
         {"checkInterval", "PT1S"},
         {"ackTimeout", 1},
         {"maxRetransmit", 1},
         {"retryInterval", "PT0.5S"}},
        d);
    QVERIFY2(mirror, qPrintable(d.toString()));
    auto site = std::make_unique<Engine>();
    QVERIFY(site->addModel(nlohmann::json::parse(kModel), d));
    QVERIFY(addOriginal(*site, original(port), d));
    site->startAll();
    QVERIFY(site->ingest(QStringLiteral("room-1"),
                         Test::propertyEvent(QStringLiteral("temperature"), Value(20.0))));
    cloud.startAll();
    QTRY_COMPARE_WITH_TIMEOUT(cloud.lifecycle(QStringLiteral("mirror")),
                              LifecycleState::Synchronized, 5000);
    QTRY_COMPARE(Test::reported(cloud, QStringLiteral("mirror"), u"temperature"), Value(20.0));
    // The other runner stops: its server closes.
    site.reset();
    QElapsedTimer t;
    t.start();
    QTRY_COMPARE_WITH_TIMEOUT(cloud.lifecycle(QStringLiteral("mirror")), LifecycleState::Unbound,
                              10000);
    QVERIFY2(t.elapsed() <= mirror->unreachableWithin() / 1000 + 1000,
             qPrintable(QString::number(t.elapsed())));
    // It starts again; the mirror binds and observes anew.
    site = std::make_unique<Engine>();
    QVERIFY(site->addModel(nlohmann::json::parse(kModel), d));
    QVERIFY(addOriginal(*site, original(port), d));
    site->startAll();
    QVERIFY(site->ingest(QStringLiteral("room-1"),
                         Test::propertyEvent(QStringLiteral("temperature"), Value(23.0))));
    QTRY_COMPARE_WITH_TIMEOUT(cloud.lifecycle(QStringLiteral("mirror")),
                              LifecycleState::Synchronized, 5000);
    QTRY_COMPARE(Test::reported(cloud, QStringLiteral("mirror"), u"temperature"), Value(23.0));
    QVERIFY(site->ingest(QStringLiteral("room-1"),
                         Test::propertyEvent(QStringLiteral("temperature"), Value(24.0))));
    QTRY_COMPARE(Test::reported(cloud, QStringLiteral("mirror"), u"temperature"), Value(24.0));
    cloud.stopAll();
}

void TestCoapTwinOfTwin::overDtls()
{
    const quint16 port = Test::freeUdpPort();
    Engine site;
    Engine cloud;
    Diagnostics d;
    QVERIFY(site.addModel(nlohmann::json::parse(kModel), d));
    QVERIFY(cloud.addModel(nlohmann::json::parse(kModel), d));
    QVERIFY2(addOriginal(site, original(port, {{"identity", "cloud"}, {"key", "k3y"}}), d),
             qPrintable(d.toString()));
    site.startAll();
    QVERIFY(site.ingest(QStringLiteral("room-1"),
                        Test::propertyEvent(QStringLiteral("temperature"), Value(19.5))));
    const nlohmann::json resources = {
        {{"path", "/twins/room-1/properties/temperature"}, {"property", "temperature"}}};
    QVERIFY(addMirror(cloud, QStringLiteral("mirror"),
                      {{"port", port},
                       {"dtls", {{"identity", "cloud"}, {"key", "k3y"}}},
                       {"resources", resources}},
                      d));
    QVERIFY(addMirror(cloud, QStringLiteral("stranger"),
                      {{"port", port},
                       {"dtls", {{"identity", "stranger"}, {"key", "k3y"}}},
                       {"resources", resources},
                       {"ackTimeout", 1},
                       {"maxRetransmit", 1}},
                      d));
    cloud.startAll();
    QTRY_COMPARE_WITH_TIMEOUT(Test::reported(cloud, QStringLiteral("mirror"), u"temperature"),
                              Value(19.5), 8000);
    QVERIFY(site.ingest(QStringLiteral("room-1"),
                        Test::propertyEvent(QStringLiteral("temperature"), Value(20.5))));
    QTRY_COMPARE(Test::reported(cloud, QStringLiteral("mirror"), u"temperature"), Value(20.5));
    // An identity the server does not know is refused in the handshake.
    QCOMPARE(cloud.lifecycle(QStringLiteral("stranger")), LifecycleState::Started);
    QVERIFY(Test::reported(cloud, QStringLiteral("stranger"), u"temperature").isNull());
    cloud.stopAll();
    site.stopAll();
}

QTEST_GUILESS_MAIN(TestCoapTwinOfTwin)
#include "tst_coaptwinoftwin.moc"
