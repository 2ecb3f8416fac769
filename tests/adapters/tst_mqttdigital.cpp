#include "adapters/builtinadapters.h"
#include "engine/engine.h"
#include "tests/support/mosquittobroker.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

using namespace twinloom;
using twinloom::Test::MosquittoBroker;
using twinloom::Test::MqttCapture;

namespace {
const char *kModel = R"({"@id": "dtmi:test:Room;1", "displayName": "Room", "contents": [
  {"@type": "Property", "name": "temperature", "displayName": "Temperature", "schema": "double",
   "unit": "degreeCelsius", "minimum": -10, "maximum": 50, "maxAge": "PT10M"},
  {"@type": "Property", "name": "setpoint", "schema": "double", "writable": true},
  {"@type": "Event", "name": "alarm", "schema": "string"},
  {"@type": "Command", "name": "setSetpoint", "request": {"name": "value", "schema": "double"},
   "response": {"name": "applied", "schema": "double"}}]})";

QJsonObject object(const QString &payload)
{
    return QJsonDocument::fromJson(payload.toUtf8()).object();
}

struct Fixture
{
    MosquittoBroker broker;
    Engine engine;
    ProgrammaticPhysicalAdapter *device = nullptr;

    bool start(const char *protocol = "3.1.1")
    {
        if (!broker.start())
            return false;
        Diagnostics d;
        engine.addModel(nlohmann::json::parse(kModel), d);
        TwinSetup s;
        s.id = QStringLiteral("room-1");
        s.model = QStringLiteral("dtmi:test:Room;1");
        auto dev = std::make_unique<ProgrammaticPhysicalAdapter>(QStringLiteral("dev"));
        dev->setActionHandler([](const PhysicalAction &a) {
            if (a.payload.toDouble() > 30)
                return ActionResult::failure(QStringLiteral("too warm"));
            return ActionResult::success(a.payload);
        });
        device = dev.get();
        s.physicalAdapters.push_back(std::move(dev));
        AdapterBuildContext c;
        c.id = QStringLiteral("mqtt");
        c.twinId = s.id;
        c.config = {{"broker", {{"port", broker.port()}, {"protocol", protocol}}}};
        c.pointer = QStringLiteral("/digitalAdapters/0");
        c.diagnostics = &d;
        auto digital = AdapterRegistry::global().createDigital(QStringLiteral("mqtt"), c);
        if (!digital)
            return false;
        s.digitalAdapters.push_back(std::move(digital));
        if (!engine.addTwin(std::move(s), d))
            return false;
        engine.startAll();
        return true;
    }
};
} // namespace

class TestMqttDigital : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerBuiltinAdapters(AdapterRegistry::global()); }
    void publishesStateEventsLifecycleAndDescription();
    void actionsOverMqtt5();
    void actionsAndDesiredOverMqtt311();
};

void TestMqttDigital::publishesStateEventsLifecycleAndDescription()
{
    Fixture f;
    QVERIFY(f.start());
    MqttCapture capture(f.broker.port(), QStringLiteral("twinloom/#"));
    QTRY_COMPARE(f.engine.lifecycle(QStringLiteral("room-1")), LifecycleState::Synchronized);
    QTest::qWait(300);
    f.device->publishProperty(QStringLiteral("temperature"), 21.5);
    f.device->publishEvent(QStringLiteral("alarm"), QStringLiteral("smoke"));
    QTRY_COMPARE(capture.payloads(QStringLiteral("twinloom/room-1/properties/temperature")).size(),
                 1);
    const QJsonObject t =
        object(capture.payloads(QStringLiteral("twinloom/room-1/properties/temperature")).first());
    QCOMPARE(t.value(QStringLiteral("value")).toDouble(), 21.5);
    QCOMPARE(t.value(QStringLiteral("seq")).toInt(), 1);
    QTRY_COMPARE(capture.payloads(QStringLiteral("twinloom/room-1/events/alarm")).size(), 1);
    const QJsonObject alarm =
        object(capture.payloads(QStringLiteral("twinloom/room-1/events/alarm")).first());
    QCOMPARE(alarm.value(QStringLiteral("value")).toString(), QStringLiteral("smoke"));
    QCOMPARE(alarm.value(QStringLiteral("seq")).toInt(), 2);
    // Scalars and JSON values end the same way: the time in ISO 8601 UTC, to the microsecond.
    for (const QJsonObject &message : {t, alarm}) {
        const QString time = message.value(QStringLiteral("time")).toString();
        QVERIFY2(QDateTime::fromString(time, Qt::ISODateWithMs).isValid() &&
                     time.endsWith(QLatin1Char('Z')) && time.size() == 27,
                 qPrintable(time));
    }
    // Retained: a monitor that comes later still finds the description, lifecycle and values.
    MqttCapture late(f.broker.port(), QStringLiteral("twinloom/room-1/+"));
    QTRY_VERIFY(!late.payloads(QStringLiteral("twinloom/room-1/description")).isEmpty());
    const QJsonObject description =
        object(late.payloads(QStringLiteral("twinloom/room-1/description")).first());
    QCOMPARE(description.value(QStringLiteral("model")).toString(),
             QStringLiteral("dtmi:test:Room;1"));
    QCOMPARE(description.value(QStringLiteral("actions"))
                 .toObject()
                 .value(QStringLiteral("setSetpoint"))
                 .toObject()
                 .value(QStringLiteral("invoke"))
                 .toString(),
             QStringLiteral("twinloom/room-1/actions/setSetpoint/invoke"));
    // What a dashboard of the twin needs: its title, unit, range and freshness.
    const QJsonObject temperature = description.value(QStringLiteral("properties"))
                                        .toObject()
                                        .value(QStringLiteral("temperature"))
                                        .toObject();
    QCOMPARE(temperature.value(QStringLiteral("title")).toString(), QStringLiteral("Temperature"));
    QCOMPARE(temperature.value(QStringLiteral("unit")).toString(), QStringLiteral("degreeCelsius"));
    QCOMPARE(temperature.value(QStringLiteral("minimum")).toDouble(), -10.0);
    QCOMPARE(temperature.value(QStringLiteral("maximum")).toDouble(), 50.0);
    QCOMPARE(temperature.value(QStringLiteral("maxAge")).toString(), QStringLiteral("PT10M"));
    QVERIFY(description.value(QStringLiteral("properties"))
                .toObject()
                .value(QStringLiteral("setpoint"))
                .toObject()
                .value(QStringLiteral("writable"))
                .toBool());
    QTRY_VERIFY(!late.payloads(QStringLiteral("twinloom/room-1/lifecycle")).isEmpty());
    QCOMPARE(object(late.payloads(QStringLiteral("twinloom/room-1/lifecycle")).last())
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("Synchronized"));
    // Stopping publishes the last transitions before disconnecting.
    f.engine.stopAll();
    QTRY_COMPARE(object(capture.payloads(QStringLiteral("twinloom/room-1/lifecycle")).last())
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("Stopped"));
}

void TestMqttDigital::actionsOverMqtt5()
{
    Fixture f;
    QVERIFY(f.start("5"));
    QTRY_COMPARE(f.engine.lifecycle(QStringLiteral("room-1")), LifecycleState::Synchronized);
    MqttCapture replies(f.broker.port(), QStringLiteral("replies/#"),
                        {QStringLiteral("-V"), QStringLiteral("5")});
    QTest::qWait(300);
    QProcess pub;
    pub.start(Test::findTool(QStringLiteral("mosquitto_pub")),
              {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
               QString::number(f.broker.port()), QStringLiteral("-V"), QStringLiteral("5"),
               QStringLiteral("-t"), QStringLiteral("twinloom/room-1/actions/setSetpoint/invoke"),
               QStringLiteral("-D"), QStringLiteral("publish"), QStringLiteral("response-topic"),
               QStringLiteral("replies/a"), QStringLiteral("-D"), QStringLiteral("publish"),
               QStringLiteral("correlation-data"), QStringLiteral("c-42"), QStringLiteral("-m"),
               QStringLiteral("22.5")});
    QVERIFY(pub.waitForFinished(5000));
    QCOMPARE(pub.exitCode(), 0);
    QTRY_COMPARE(replies.payloads(QStringLiteral("replies/a")).size(), 1);
    const QJsonObject answer = object(replies.payloads(QStringLiteral("replies/a")).first());
    QVERIFY(answer.value(QStringLiteral("ok")).toBool());
    QCOMPARE(answer.value(QStringLiteral("value")).toDouble(), 22.5);
}

void TestMqttDigital::actionsAndDesiredOverMqtt311()
{
    Fixture f;
    QVERIFY(f.start());
    QTRY_COMPARE(f.engine.lifecycle(QStringLiteral("room-1")), LifecycleState::Synchronized);
    MqttCapture replies(f.broker.port(), QStringLiteral("#"));
    QTest::qWait(300);
    QVERIFY(f.broker.publish(QStringLiteral("twinloom/room-1/actions/setSetpoint/invoke"),
                             R"({"argument": 35, "replyTo": "replies/b", "correlation": "c-7"})"));
    QTRY_COMPARE(replies.payloads(QStringLiteral("replies/b")).size(), 1);
    const QJsonObject refused = object(replies.payloads(QStringLiteral("replies/b")).first());
    QVERIFY(!refused.value(QStringLiteral("ok")).toBool());
    QCOMPARE(refused.value(QStringLiteral("error")).toString(), QStringLiteral("too warm"));
    QCOMPARE(refused.value(QStringLiteral("correlation")).toString(), QStringLiteral("c-7"));
    // Without an envelope the answer goes to .../result.
    QVERIFY(f.broker.publish(QStringLiteral("twinloom/room-1/actions/nope/invoke"), "1"));
    QTRY_COMPARE(
        replies.payloads(QStringLiteral("twinloom/room-1/actions/nope/invoke/result")).size(), 1);
    QVERIFY(replies.payloads(QStringLiteral("twinloom/room-1/actions/nope/invoke/result"))
                .first()
                .contains(QStringLiteral("has no action 'nope'")));
    // A desired value.
    QVERIFY(f.broker.publish(QStringLiteral("twinloom/room-1/desired/setpoint/set"), "23"));
    QTRY_COMPARE(
        f.engine.snapshot(QStringLiteral("room-1")).result().property(u"setpoint")->desired,
        Value(23.0));
    QTRY_COMPARE(
        replies.payloads(QStringLiteral("twinloom/room-1/desired/setpoint/set/result")).size(), 1);
    QTRY_COMPARE(replies.payloads(QStringLiteral("twinloom/room-1/desired/setpoint")).size(), 1);
    QVERIFY(f.broker.publish(QStringLiteral("twinloom/room-1/desired/temperature/set"), "23"));
    QTRY_COMPARE(
        replies.payloads(QStringLiteral("twinloom/room-1/desired/temperature/set/result")).size(),
        1);
    QVERIFY(replies.payloads(QStringLiteral("twinloom/room-1/desired/temperature/set/result"))
                .first()
                .contains(QStringLiteral("not writable")));
    // Broken JSON gets an answer too.
    QVERIFY(
        f.broker.publish(QStringLiteral("twinloom/room-1/actions/setSetpoint/invoke"), "{oops"));
    QTRY_VERIFY(
        replies.payloads(QStringLiteral("twinloom/room-1/actions/setSetpoint/invoke/result"))
            .join(QString())
            .contains(QStringLiteral("not valid JSON")));
    // Poison: 20,000 nested arrays (40 KB) on both request topics get an answer each, and the
    // twin keeps serving; 100 KB is over the requests' default limit of 64 KiB, refused unread.
    const QByteArray deep = QByteArray(20000, '[') + QByteArray(20000, ']');
    QVERIFY(f.broker.publish(QStringLiteral("twinloom/room-1/actions/setSetpoint/invoke"),
                             '"' + QByteArray(100000, 'x') + '"'));
    QTRY_VERIFY(
        replies.payloads(QStringLiteral("twinloom/room-1/actions/setSetpoint/invoke/result"))
            .join(QString())
            .contains(QStringLiteral("over the limit of 65536")));
    QVERIFY(f.broker.publish(QStringLiteral("twinloom/room-1/actions/setSetpoint/invoke"), deep));
    QVERIFY(f.broker.publish(QStringLiteral("twinloom/room-1/desired/setpoint/set"), deep));
    QVERIFY(f.broker.publish(QStringLiteral("twinloom/room-1/desired/setpoint/set"), "[1e400]"));
    QTRY_VERIFY(
        replies.payloads(QStringLiteral("twinloom/room-1/actions/setSetpoint/invoke/result"))
            .join(QString())
            .contains(QStringLiteral("nested deeper than 64 levels")));
    QTRY_COMPARE(
        replies.payloads(QStringLiteral("twinloom/room-1/desired/setpoint/set/result")).size(), 3);
    const QString answers =
        replies.payloads(QStringLiteral("twinloom/room-1/desired/setpoint/set/result"))
            .join(QString());
    QVERIFY2(answers.contains(QStringLiteral("nested deeper than 64 levels")), qPrintable(answers));
    QVERIFY2(answers.contains(QStringLiteral("number overflow")), qPrintable(answers));
    QVERIFY(f.broker.publish(QStringLiteral("twinloom/room-1/desired/setpoint/set"), "24"));
    QTRY_COMPARE(
        f.engine.snapshot(QStringLiteral("room-1")).result().property(u"setpoint")->desired,
        Value(24.0));
}

QTEST_GUILESS_MAIN(TestMqttDigital)
#include "tst_mqttdigital.moc"
