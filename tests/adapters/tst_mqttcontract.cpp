// The MQTT contract of a twin's digital interface: topics built and parsed back, and the
// messages on them.

#include "adapters/mqtt/mqttcontract.h"
#include "engine/lifecycle.h"

#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

using namespace twinloom;
using Mqtt::TwinTopics;

class TestMqttContract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void topicsOfATwin();
    void parsesWhatItBuilds_data();
    void parsesWhatItBuilds();
    void ignoresOtherTopics_data();
    void ignoresOtherTopics();
    void valueMessages();
    void requestsInBothConventions();
    void answers();
};

void TestMqttContract::topicsOfATwin()
{
    const TwinTopics t(QStringLiteral("site/a"), QStringLiteral("room-1"));
    QCOMPARE(t.base(), QStringLiteral("site/a/room-1"));
    QCOMPARE(t.description(), QStringLiteral("site/a/room-1/description"));
    QCOMPARE(t.lifecycle(), QStringLiteral("site/a/room-1/lifecycle"));
    QCOMPARE(t.property(QStringLiteral("t")), QStringLiteral("site/a/room-1/properties/t"));
    QCOMPARE(t.desiredSet(QStringLiteral("t")), QStringLiteral("site/a/room-1/desired/t/set"));
    QCOMPARE(t.actionInvoke(QStringLiteral("go")),
             QStringLiteral("site/a/room-1/actions/go/invoke"));
    QCOMPARE(t.replies(QStringLiteral("link")), QStringLiteral("site/a/room-1/replies/link"));
    QCOMPARE(t.allInvokes(), QStringLiteral("site/a/room-1/actions/+/invoke"));
    QCOMPARE(TwinTopics::allDescriptions(QStringLiteral("p")), QStringLiteral("p/+/description"));
}

void TestMqttContract::parsesWhatItBuilds_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    const TwinTopics t(QStringLiteral("site/a"), QStringLiteral("room-1"));
    using K = TwinTopics::Kind;
    QTest::newRow("description") << t.description() << int(K::Description) << QString();
    QTest::newRow("lifecycle") << t.lifecycle() << int(K::Lifecycle) << QString();
    QTest::newRow("state") << t.state() << int(K::State) << QString();
    QTest::newRow("property") << t.property(QStringLiteral("t")) << int(K::Property) << "t";
    // A component's member has a '/' in its name.
    QTest::newRow("component") << t.property(QStringLiteral("thermostat/h")) << int(K::Property)
                               << "thermostat/h";
    QTest::newRow("desired") << t.desired(QStringLiteral("t")) << int(K::Desired) << "t";
    QTest::newRow("desired set") << t.desiredSet(QStringLiteral("t")) << int(K::DesiredSet) << "t";
    QTest::newRow("event") << t.event(QStringLiteral("e")) << int(K::Event) << "e";
    QTest::newRow("relationship") << t.relationship(QStringLiteral("r")) << int(K::Relationship)
                                  << "r";
    QTest::newRow("invoke") << t.actionInvoke(QStringLiteral("go")) << int(K::ActionInvoke) << "go";
}

void TestMqttContract::parsesWhatItBuilds()
{
    QFETCH(QString, topic);
    QFETCH(int, kind);
    QFETCH(QString, name);
    const TwinTopics::Parsed p = TwinTopics::parse(QStringLiteral("site/a"), topic);
    QCOMPARE(int(p.kind), kind);
    QCOMPARE(p.twin, QStringLiteral("room-1"));
    QCOMPARE(p.name, name);
}

void TestMqttContract::ignoresOtherTopics_data()
{
    QTest::addColumn<QString>("topic");
    QTest::newRow("other prefix") << "site/b/room-1/lifecycle";
    QTest::newRow("prefix only") << "site/a";
    QTest::newRow("prefix as a longer word") << "site/ab/room-1/lifecycle";
    QTest::newRow("twin only") << "site/a/room-1";
    QTest::newRow("unknown section") << "site/a/room-1/other/x";
    QTest::newRow("property without a name") << "site/a/room-1/properties/";
    QTest::newRow("empty twin") << "site/a//lifecycle";
}

void TestMqttContract::ignoresOtherTopics()
{
    QFETCH(QString, topic);
    const TwinTopics::Parsed p = TwinTopics::parse(QStringLiteral("site/a"), topic);
    QCOMPARE(int(p.kind), int(TwinTopics::Kind::Other));
    QVERIFY(p.twin.isEmpty());
}

void TestMqttContract::valueMessages()
{
    const Timestamp time = 1'700'000'000'123'456;
    const QByteArray scalar = Mqtt::valueMessage(Value(21.5), time, 7);
    QCOMPARE(scalar, QByteArray(R"({"value":21.5,"time":"2023-11-14T22:13:20.123456Z","seq":7})"));
    auto read = Mqtt::readValueMessage(scalar);
    QVERIFY(read);
    QCOMPARE(read->value.toDouble(), 21.5);
    QCOMPARE(read->time, time);
    const QByteArray text = Mqtt::valueMessage(Value(QStringLiteral("on")), time, 8);
    QCOMPARE(Mqtt::readValueMessage(text)->value.toString(), QStringLiteral("on"));
    QVERIFY(!Mqtt::readValueMessage("21.5"));
    QVERIFY(!Mqtt::readValueMessage("{\"v\": 1}"));
    QVERIFY(!Mqtt::readValueMessage("{broken"));

    const QByteArray lifecycle =
        Mqtt::lifecycleMessage(LifecycleState::Bound, LifecycleState::Synchronized, time);
    QCOMPARE(Mqtt::readLifecycleState(lifecycle), QStringLiteral("Synchronized"));
    QCOMPARE(Mqtt::readLifecycleState("nonsense"), QString());
}

void TestMqttContract::requestsInBothConventions()
{
    // MQTT 5: the payload is the argument.
    Mqtt::Request r = Mqtt::readRequest("24.5", true);
    QVERIFY(r.error.isEmpty());
    QCOMPARE(r.argument.toDouble(), 24.5);
    QVERIFY(r.replyTo.isEmpty());
    // MQTT 3.1.1: the envelope carries the reply topic and the correlation.
    const QByteArray envelope =
        Mqtt::requestMessage(Value(3), true, QStringLiteral("r/1"), QStringLiteral("c-9"));
    r = Mqtt::readRequest(envelope, true);
    QCOMPARE(r.argument.toInt(), 3);
    QCOMPARE(r.replyTo, QStringLiteral("r/1"));
    QCOMPARE(r.correlation, QByteArray("c-9"));
    r = Mqtt::readRequest(Mqtt::requestMessage(Value(true), false, {}, {}), false);
    QCOMPARE(r.argument.toBool(), true);
    // An object that is no envelope is the argument itself.
    r = Mqtt::readRequest(R"({"mode": "eco"})", true);
    QCOMPARE(r.argument.toJson(), nlohmann::json({{"mode", "eco"}}));
    r = Mqtt::readRequest("{not json", true);
    QVERIFY2(r.error.startsWith(QStringLiteral("the request is not valid JSON: ")),
             qPrintable(r.error));
    r = Mqtt::readRequest("", true);
    QVERIFY(r.error.isEmpty());
    QVERIFY(r.argument.isNull());
}

void TestMqttContract::answers()
{
    const QByteArray ok = Mqtt::answerMessage({true, Value(1), {}, QStringLiteral("c")});
    QCOMPARE(ok, QByteArray(R"({"ok":true,"value":1,"correlation":"c"})"));
    auto a = Mqtt::readAnswer(ok);
    QVERIFY(a && a->ok);
    QCOMPARE(a->value.toInt(), 1);
    QCOMPARE(a->correlation, QStringLiteral("c"));
    a = Mqtt::readAnswer(Mqtt::answerMessage({false, {}, QStringLiteral("no"), {}}));
    QVERIFY(a && !a->ok);
    QCOMPARE(a->error, QStringLiteral("no"));
    QVERIFY(!Mqtt::readAnswer("[]"));
}

QTEST_GUILESS_MAIN(TestMqttContract)
#include "tst_mqttcontract.moc"
