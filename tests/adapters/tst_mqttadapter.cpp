#include "adapters/builtinadapters.h"
#include "adapters/codec/payloadcodec.h"
#include "adapters/mqtt/topictemplate.h"
#include "engine/engine.h"
#include "tests/support/mosquittobroker.h"
#include "tests/support/twintest.h"

#include <QtCore/QCborMap>
#include <QtCore/QCborValue>
#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

using namespace twinloom;
using twinloom::Test::MosquittoBroker;

namespace {
const char *kModel = R"({"@id": "dtmi:test:Room;1", "contents": [
  {"@type": "Property", "name": "temperature", "schema": "double"},
  {"@type": "Property", "name": "humidity", "schema": "double"},
  {"@type": "Property", "name": "temperature_kitchen", "schema": "double"},
  {"@type": "Property", "name": "door", "schema": "boolean"},
  {"@type": "Event", "name": "alarm", "schema": "string"},
  {"@type": "Command", "name": "setSetpoint", "request": {"name": "value", "schema": "double"}}]})";

bool addTwin(Engine &engine, const QString &id, const nlohmann::json &config, Diagnostics &d)
{
    nlohmann::json t = {
        {"id", id.toStdString()},
        {"model", "dtmi:test:Room;1"},
        {"physicalAdapters", {{{"id", "mqtt"}, {"type", "mqtt"}, {"config", config}}}}};
    auto desc = TwinDescriptor::fromJson(t, QStringLiteral("/twins/0"), d);
    return desc && engine.addTwin(*desc, d, QStringLiteral("/twins/0"));
}

nlohmann::json config(quint16 port, const char *rest)
{
    nlohmann::json c = nlohmann::json::parse(rest);
    c["broker"]["port"] = port;
    c["broker"]["reconnect"] = {{"min", 1}, {"max", 1}};
    return c;
}

} // namespace

class TestMqttAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerBuiltinAdapters(AdapterRegistry::global()); }
    void codecs();
    void topicTemplates();
    void valuesFromTheBroker();
    void brokerAbsentAtStartThenRestarted();
    void burstsGoThroughWhole();
    void idleConnectionIsKeptAlive();
    void badPayloadsAreCountedAndRefused();
    void poisonMessagesAreRefused();
    void actionsPublish();
    void configurationErrors();
};

void TestMqttAdapter::codecs()
{
    QString error;
    auto json = decodePayload(PayloadCodec::Json, R"({"t": 21.5, "ok": true})", &error);
    QVERIFY(json);
    QCOMPARE(*json->front().value.field(u"t"), Value(21.5));
    QCOMPARE(decodePayload(PayloadCodec::Text, " 42\n", &error)->front().value, Value(42));
    QCOMPARE(decodePayload(PayloadCodec::Text, "21.25", &error)->front().value, Value(21.25));
    QCOMPARE(decodePayload(PayloadCodec::Text, "false", &error)->front().value, Value(false));
    QCOMPARE(decodePayload(PayloadCodec::Text, "idle", &error)->front().value,
             Value(QStringLiteral("idle")));
    auto senml = decodePayload(
        PayloadCodec::SenML,
        R"([{"bn": "urn:dev:1:", "bt": 1700000000, "n": "temp", "v": 21.5}, {"n": "door", "vb": true, "t": 1}, {"n": "mode", "vs": "eco"}])",
        &error);
    QVERIFY2(senml, qPrintable(error));
    QCOMPARE(senml->size(), 3u);
    QCOMPARE((*senml)[0].name, QStringLiteral("urn:dev:1:temp"));
    QCOMPARE((*senml)[0].value, Value(21.5));
    QCOMPARE((*senml)[0].time, Timestamp(1700000000) * 1000000);
    QCOMPARE((*senml)[1].time, Timestamp(1700000001) * 1000000);
    QCOMPARE((*senml)[1].value, Value(true));
    QCOMPARE((*senml)[2].value, Value(QStringLiteral("eco")));
    QCborMap map;
    map.insert(QStringLiteral("t"), 19.5);
    map.insert(QStringLiteral("n"), 3);
    auto cbor = decodePayload(PayloadCodec::Cbor, QCborValue(map).toCbor(), &error);
    QVERIFY(cbor);
    QCOMPARE(*cbor->front().value.field(u"t"), Value(19.5));
    QCOMPARE(*cbor->front().value.field(u"n"), Value(3));
    QVERIFY(!decodePayload(PayloadCodec::Json, "{\"t\": ", &error));
    QVERIFY2(error.startsWith(QStringLiteral("the payload is not valid JSON: ")),
             qPrintable(error));
    QVERIFY(!decodePayload(PayloadCodec::SenML, R"({"n": "x"})", &error));
    QVERIFY(error.contains(QStringLiteral("array")));
    QVERIFY(!decodePayload(PayloadCodec::Cbor, QByteArray("\xff\xff", 2), &error));
    QVERIFY(error.contains(QStringLiteral("CBOR")));
}

void TestMqttAdapter::topicTemplates()
{
    QString error;
    auto t = TopicTemplate::parse(QStringLiteral("site/{floor}/{room}/{twin}/env"),
                                  QStringLiteral("room-7"), &error);
    QVERIFY(t);
    QCOMPARE(t->filter(), QStringLiteral("site/+/+/room-7/env"));
    QHash<QString, QString> captures;
    QVERIFY(t->match(u"site/2/kitchen/room-7/env", &captures));
    QCOMPARE(captures.value(QStringLiteral("floor")), QStringLiteral("2"));
    QCOMPARE(captures.value(QStringLiteral("room")), QStringLiteral("kitchen"));
    QVERIFY(!t->match(u"site/2/kitchen/room-8/env"));
    QVERIFY(!t->match(u"site/2/kitchen/room-7/env/extra"));
    QCOMPARE(TopicTemplate::expand(QStringLiteral("temperature_{room}"), captures),
             QStringLiteral("temperature_kitchen"));
    auto hash = TopicTemplate::parse(QStringLiteral("dev/#"), {}, &error);
    QVERIFY(hash->match(u"dev/a/b/c"));
    QVERIFY(!TopicTemplate::parse(QStringLiteral("a/#/b"), {}, &error));
    QVERIFY(!TopicTemplate::parse(QStringLiteral("a/x+/b"), {}, &error));
    QVERIFY(!TopicTemplate::parse(QStringLiteral("a/{room/b"), {}, &error));
    // A name used twice would hold one of two levels, which one unsaid: refused.
    QVERIFY(!TopicTemplate::parse(QStringLiteral("site/{room}/x/{room}"), {}, &error));
    QCOMPARE(error,
             QStringLiteral("{room} names two levels of the topic; a name may be used once"));
    QVERIFY(TopicTemplate::parse(QStringLiteral("{twin}/a/{twin}"), QStringLiteral("t"), &error));
}

void TestMqttAdapter::valuesFromTheBroker()
{
    MosquittoBroker broker;
    QVERIFY2(broker.start(), qPrintable(broker.log()));
    Engine engine;
    Diagnostics d;
    QVERIFY(engine.addModel(nlohmann::json::parse(kModel), d));
    QVERIFY2(addTwin(engine, QStringLiteral("room-1"), config(broker.port(), R"({
        "subscriptions": [
          {"topic": "site/{floor}/{twin}/env", "fields": [{"pointer": "/t", "property": "temperature"},
                                                          {"pointer": "/h", "property": "humidity"}]},
          {"topic": "site/{floor}/{room}/probe", "codec": "text", "property": "temperature_{room}"},
          {"topic": "site/senml/{twin}", "codec": "senml"},
          {"topic": "site/{twin}/alarm", "codec": "text", "event": "alarm"}]})"),
                     d),
             qPrintable(d.toString()));
    engine.startAll();
    QTRY_COMPARE_WITH_TIMEOUT(engine.lifecycle(QStringLiteral("room-1")),
                              LifecycleState::Synchronized, 5000);
    QVERIFY(broker.publish(QStringLiteral("site/1/room-1/env"), R"({"t": 21.5, "h": 40.0})"));
    QVERIFY(broker.publish(QStringLiteral("site/1/room-2/env"),
                           R"({"t": 99.0, "h": 99.0})")); // another twin's
    QVERIFY(broker.publish(QStringLiteral("site/1/kitchen/probe"), "19.75"));
    QVERIFY(broker.publish(QStringLiteral("site/senml/room-1"), R"([{"n": "door", "vb": true}])"));
    QStringList alarms;
    engine.subscribe(QStringLiteral("twins/room-1/events/alarm"), this,
                     [&](const StateChange &c) { alarms << c.changes[0].value.toString(); });
    QVERIFY(broker.publish(QStringLiteral("site/room-1/alarm"), "smoke"));
    QTRY_COMPARE(Test::reported(engine, QStringLiteral("room-1"), u"temperature"), Value(21.5));
    QTRY_COMPARE(Test::reported(engine, QStringLiteral("room-1"), u"humidity"), Value(40.0));
    QTRY_COMPARE(Test::reported(engine, QStringLiteral("room-1"), u"temperature_kitchen"),
                 Value(19.75));
    QTRY_COMPARE(Test::reported(engine, QStringLiteral("room-1"), u"door"), Value(true));
    QTRY_COMPARE(alarms, QStringList{QStringLiteral("smoke")});
    QCOMPARE(engine.twinMetrics(QStringLiteral("room-1")).eventsFailed, 0u);
}

void TestMqttAdapter::brokerAbsentAtStartThenRestarted()
{
    MosquittoBroker broker; // not started yet
    Engine engine;
    Diagnostics d;
    QVERIFY(engine.addModel(nlohmann::json::parse(kModel), d));
    QVERIFY(addTwin(
        engine, QStringLiteral("room-1"),
        config(
            broker.port(),
            R"({"subscriptions": [{"topic": "t/{twin}", "codec": "text", "property": "temperature"}]})"),
        d));
    QElapsedTimer t;
    t.start();
    engine.startAll(); // does not wait for the broker
    QVERIFY(t.elapsed() < 2000);
    // No broker: the twin says so (Unbound), it does not wait in Started as if all were well.
    QTRY_COMPARE_WITH_TIMEOUT(engine.lifecycle(QStringLiteral("room-1")), LifecycleState::Unbound,
                              5000);
    QVERIFY(broker.start());
    QTRY_COMPARE_WITH_TIMEOUT(engine.lifecycle(QStringLiteral("room-1")),
                              LifecycleState::Synchronized, 10000);
    broker.stop(); // the broker dies
    QTRY_COMPARE_WITH_TIMEOUT(engine.lifecycle(QStringLiteral("room-1")), LifecycleState::Unbound,
                              10000);
    QVERIFY(broker.start()); // and comes back on the same port
    QTRY_COMPARE_WITH_TIMEOUT(engine.lifecycle(QStringLiteral("room-1")),
                              LifecycleState::Synchronized, 10000);
    // Subscriptions were made again.
    QVERIFY(broker.publish(QStringLiteral("t/room-1"), "7"));
    QTRY_COMPARE(Test::reported(engine, QStringLiteral("room-1"), u"temperature"), Value(7.0));
}

// Messages that arrive faster than the twin's worker wakes up are read and processed a socket
// read at a time, and what the twin publishes in answer is written at the end of each read:
// nothing may be lost or reordered on the way, in either direction.
void TestMqttAdapter::burstsGoThroughWhole()
{
    MosquittoBroker broker;
    // Mosquitto holds 1,000 QoS 1 messages for a slow subscriber by default, and drops the rest.
    QVERIFY2(broker.start(
                 {QStringLiteral("allow_anonymous true"), QStringLiteral("max_queued_messages 0")}),
             qPrintable(broker.log()));
    Engine engine;
    Diagnostics d;
    QVERIFY(engine.addModel(nlohmann::json::parse(kModel), d));
    nlohmann::json t = {
        {"id", "room-1"},
        {"model", "dtmi:test:Room;1"},
        {"physicalAdapters",
         {{{"type", "mqtt"},
           {"config", config(broker.port(),
                             R"({"qos": 1, "subscriptions": [
                       {"topic": "t/{twin}", "codec": "text", "property": "temperature"}]})")}}}},
        {"digitalAdapters",
         {{{"type", "mqtt"},
           {"config",
            {{"broker", {{"port", broker.port()}}}, {"qos", 1}, {"retainProperties", false}}}}}}};
    auto desc = TwinDescriptor::fromJson(t, QStringLiteral("/twins/0"), d);
    QVERIFY2(desc && engine.addTwin(*desc, d, QStringLiteral("/twins/0")),
             qPrintable(d.toString()));
    engine.startAll();
    QTRY_COMPARE_WITH_TIMEOUT(engine.lifecycle(QStringLiteral("room-1")),
                              LifecycleState::Synchronized, 5000);
    const QString out = QStringLiteral("twinloom/room-1/properties/temperature");
    Test::MqttCapture capture(broker.port(), out, {QStringLiteral("-q"), QStringLiteral("1")});
    QTest::qWait(300); // the capture subscribes

    constexpr int kCount = 5000;
    QByteArray lines;
    for (int i = 1; i <= kCount; ++i)
        lines += QByteArray::number(i) + '\n';
    QProcess pub; // one connection, messages back to back: the twin gets them in bursts
    pub.start(Test::findTool(QStringLiteral("mosquitto_pub")),
              {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
               QString::number(broker.port()), QStringLiteral("-t"), QStringLiteral("t/room-1"),
               QStringLiteral("-q"), QStringLiteral("1"), QStringLiteral("-l")});
    pub.write(lines);
    pub.closeWriteChannel();
    QVERIFY(pub.waitForFinished(30000));
    QCOMPARE(pub.exitCode(), 0);

    QTRY_COMPARE_WITH_TIMEOUT(engine.twinMetrics(QStringLiteral("room-1")).eventsIn,
                              std::uint64_t(kCount), 20000);
    QCOMPARE(Test::reported(engine, QStringLiteral("room-1"), u"temperature"),
             Value(double(kCount)));
    QStringList payloads;
    QTRY_COMPARE_WITH_TIMEOUT((payloads = capture.payloads(out)).size(), qsizetype(kCount), 20000);
    for (int i = 0; i < kCount; ++i) {
        const auto j = nlohmann::json::parse(payloads[i].toStdString());
        QCOMPARE(j["value"].get<double>(), double(i + 1));
    }
}

// Publishing waits for the end of a socket read; a keep-alive ping sent from the timer must
// still go out at once, or the broker drops the idle client after 1.5 keep-alive periods.
void TestMqttAdapter::idleConnectionIsKeptAlive()
{
    MosquittoBroker broker;
    QVERIFY2(broker.start(), qPrintable(broker.log()));
    Engine engine;
    Diagnostics d;
    QVERIFY(engine.addModel(nlohmann::json::parse(kModel), d));
    nlohmann::json c = config(
        broker.port(),
        R"({"subscriptions": [{"topic": "t/{twin}", "codec": "text", "property": "temperature"}]})");
    c["broker"]["keepAlive"] = 5;
    QVERIFY2(addTwin(engine, QStringLiteral("room-1"), c, d), qPrintable(d.toString()));
    engine.startAll();
    QTRY_COMPARE_WITH_TIMEOUT(engine.lifecycle(QStringLiteral("room-1")),
                              LifecycleState::Synchronized, 5000);
    QElapsedTimer idle;
    idle.start();
    while (idle.elapsed() < 9000) { // the broker gives up after 7.5 s without a ping
        QCOMPARE(engine.lifecycle(QStringLiteral("room-1")), LifecycleState::Synchronized);
        QTest::qWait(100);
    }
    QVERIFY(broker.publish(QStringLiteral("t/room-1"), "5"));
    QTRY_COMPARE(Test::reported(engine, QStringLiteral("room-1"), u"temperature"), Value(5.0));
}

void TestMqttAdapter::badPayloadsAreCountedAndRefused()
{
    MosquittoBroker broker;
    QVERIFY(broker.start());
    Engine engine;
    Diagnostics d;
    QVERIFY(engine.addModel(nlohmann::json::parse(kModel), d));
    QVERIFY(addTwin(engine, QStringLiteral("room-1"), config(broker.port(), R"({"maxPayload": 64,
        "subscriptions": [{"topic": "j/{twin}", "fields": [{"pointer": "/t", "property": "temperature"}]}]})"),
                    d));
    QSignalSpy problems(&engine, &Engine::problem);
    engine.startAll();
    QTRY_COMPARE_WITH_TIMEOUT(engine.lifecycle(QStringLiteral("room-1")),
                              LifecycleState::Synchronized, 5000);
    QVERIFY(broker.publish(QStringLiteral("j/room-1"), "{\"t\": 21"));                // malformed
    QVERIFY(broker.publish(QStringLiteral("j/room-1"), R"({"x": 1})"));               // no field
    QVERIFY(broker.publish(QStringLiteral("j/room-1"), QByteArray(100, ' ') + "{}")); // oversize
    QVERIFY(broker.publish(QStringLiteral("j/room-1"), R"({"t": "warm"})"));          // wrong type
    QVERIFY(broker.publish(QStringLiteral("j/room-1"), R"({"t": 22.5})"));            // fine
    QTRY_COMPARE(Test::reported(engine, QStringLiteral("room-1"), u"temperature"), Value(22.5));
    QTRY_COMPARE(engine.twinMetrics(QStringLiteral("room-1")).eventsFailed, 4u);
    QTRY_VERIFY(problems.size() >= 4);
    QStringList messages;
    for (const auto &p : problems)
        messages << p[1].toString();
    const QString all = messages.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("not valid JSON")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("over the limit of 64")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("nothing at '/t'")), qPrintable(all));
    QCOMPARE(engine.lifecycle(QStringLiteral("room-1")),
             LifecycleState::Synchronized); // it keeps running
}

void TestMqttAdapter::poisonMessagesAreRefused()
{
    // A message that once killed the runner at every redelivery: 100,000 nested arrays (200 KB),
    // and a number beyond a double. Each is refused, counted and reported; the twin goes on.
    MosquittoBroker broker;
    QVERIFY(broker.start());
    Engine engine;
    Diagnostics d;
    QVERIFY(engine.addModel(nlohmann::json::parse(kModel), d));
    QVERIFY(addTwin(engine, QStringLiteral("room-1"), config(broker.port(), R"({"qos": 1,
        "subscriptions": [{"topic": "j/{twin}", "fields": [{"pointer": "/t", "property": "temperature"}]},
                          {"topic": "s/{twin}", "codec": "senml"}]})"),
                    d));
    QSignalSpy problems(&engine, &Engine::problem);
    engine.startAll();
    QTRY_COMPARE_WITH_TIMEOUT(engine.lifecycle(QStringLiteral("room-1")),
                              LifecycleState::Synchronized, 5000);
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    QVERIFY(broker.publish(QStringLiteral("j/room-1"), deep, 1));
    QVERIFY(broker.publish(QStringLiteral("s/room-1"), deep, 1));
    QVERIFY(broker.publish(QStringLiteral("j/room-1"), R"({"t": 1e400})", 1));
    QVERIFY(broker.publish(QStringLiteral("j/room-1"), R"({"t": 22.5})", 1));
    QTRY_COMPARE(Test::reported(engine, QStringLiteral("room-1"), u"temperature"), Value(22.5));
    QTRY_COMPARE(engine.twinMetrics(QStringLiteral("room-1")).eventsFailed, 3u);
    QTRY_VERIFY(problems.size() >= 3);
    QStringList messages;
    for (const auto &p : problems)
        messages << p[1].toString();
    const QString all = messages.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("nested deeper than 64 levels at line 1, column 65")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("number overflow")), qPrintable(all));
    QCOMPARE(engine.lifecycle(QStringLiteral("room-1")), LifecycleState::Synchronized);
}

void TestMqttAdapter::actionsPublish()
{
    MosquittoBroker broker;
    QVERIFY(broker.start());
    QProcess sub;
    sub.start(Test::findTool(QStringLiteral("mosquitto_sub")),
              {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
               QString::number(broker.port()), QStringLiteral("-t"), QStringLiteral("cmd/#"),
               QStringLiteral("-C"), QStringLiteral("1"), QStringLiteral("-v")});
    QVERIFY(sub.waitForStarted());
    Engine engine;
    Diagnostics d;
    QVERIFY(engine.addModel(nlohmann::json::parse(kModel), d));
    QVERIFY2(addTwin(engine, QStringLiteral("room-1"), config(broker.port(), R"({
        "subscriptions": [{"topic": "t/{twin}", "codec": "text", "property": "temperature"}],
        "actions": [{"name": "setSetpoint", "topic": "cmd/{twin}/{action}", "payload": "{\"sp\": {value}}"}]})"),
                     d),
             qPrintable(d.toString()));
    engine.startAll();
    QTRY_COMPARE_WITH_TIMEOUT(engine.lifecycle(QStringLiteral("room-1")),
                              LifecycleState::Synchronized, 5000);
    QTest::qWait(200); // mosquitto_sub has subscribed
    const ActionResult r =
        engine.invokeAction(QStringLiteral("room-1"), QStringLiteral("setSetpoint"), 22.5).result();
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(sub.waitForFinished(5000));
    QCOMPARE(sub.readAllStandardOutput().trimmed(),
             QByteArray("cmd/room-1/setSetpoint {\"sp\": 22.5}"));
}

void TestMqttAdapter::configurationErrors()
{
    Engine engine;
    Diagnostics m;
    QVERIFY(engine.addModel(nlohmann::json::parse(kModel), m));
    Diagnostics d;
    QVERIFY(!addTwin(engine, QStringLiteral("x"), nlohmann::json::parse(R"({
        "broker": {"port": 70000, "protocol": "4", "cleanSession": false},
        "qos": 3,
        "subscriptions": [{"topic": "a/#/b", "property": "t"}, {"topic": "ok", "codec": "xml", "property": "t"},
                          {"topic": "ok"}],
        "actions": [{"name": "go", "topic": "cmd/+"}]})"),
                     d));
    QStringList pointers;
    for (const Diagnostic &x : d.items())
        pointers << x.pointer.mid(QStringLiteral("/twins/0/physicalAdapters/0/config").size());
    // A persistent session without a client id is the engine's shared one: no error.
    QCOMPARE(pointers,
             QStringList({QStringLiteral("/broker/port"), QStringLiteral("/broker/protocol"),
                          QStringLiteral("/qos"), QStringLiteral("/subscriptions/0/topic"),
                          QStringLiteral("/subscriptions/1/codec"),
                          QStringLiteral("/subscriptions/2"), QStringLiteral("/actions/0/topic")}));
    // Values once taken that broke the adapter later: an empty host, a reconnection minimum
    // above its maximum, a negative payload limit (every message refused).
    Diagnostics values;
    QVERIFY(!addTwin(engine, QStringLiteral("y"), nlohmann::json::parse(R"({
        "broker": {"host": " ", "reconnect": {"min": 60, "max": 5}},
        "maxPayload": -1,
        "subscriptions": [{"topic": "a", "property": "t"}]})"),
                     values));
    QStringList where;
    for (const Diagnostic &x : values.items())
        where << x.pointer.mid(QStringLiteral("/twins/0/physicalAdapters/0/config").size());
    QCOMPARE(where,
             QStringList({QStringLiteral("/broker/host"), QStringLiteral("/broker/reconnect/min"),
                          QStringLiteral("/maxPayload")}));
    // A QoS far outside an int (found by fuzzing the project loader: the conversion was
    // undefined) is an error at its pointer like any other.
    Diagnostics huge;
    QVERIFY(!addTwin(engine, QStringLiteral("z"), nlohmann::json::parse(R"({
        "qos": 1e300, "will": {"topic": "w", "qos": -1e12},
        "subscriptions": [{"topic": "a", "property": "t"}],
        "actions": [{"name": "go", "topic": "cmd", "qos": 4294967296}]})"),
                     huge));
    QStringList at;
    for (const Diagnostic &x : huge.items())
        at << x.pointer.mid(QStringLiteral("/twins/0/physicalAdapters/0/config").size());
    QVERIFY2(at.contains(QStringLiteral("/qos")) && at.contains(QStringLiteral("/actions/0/qos")),
             qPrintable(huge.toString()));
}

QTEST_GUILESS_MAIN(TestMqttAdapter)
#include "tst_mqttadapter.moc"
