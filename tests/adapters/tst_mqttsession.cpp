// Shared MQTT connections: the topic-filter index that routes messages, twins of one worker on
// one connection, a connection that never comes up reported once, and the twins of an engine
// that died seen as gone by the twin links that use them.

#include "adapters/builtinadapters.h"
#include "adapters/linkstatus.h"
#include "adapters/mqtt/mqttclient.h"
#include "adapters/mqtt/mqttsession.h"
#include "adapters/mqtt/topicindex.h"
#include "engine/engine.h"
#include "engine/project.h"
#include "tests/support/mosquittobroker.h"

#include <QtCore/QDir>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

#include <csignal>
#include <set>

using namespace twinloom;
using Test::MosquittoBroker;

namespace {
std::set<std::uint64_t> matches(const TopicIndex &index, const QString &topic)
{
    std::set<std::uint64_t> ids;
    index.match(topic, [&ids](std::uint64_t id) { ids.insert(id); });
    return ids;
}

const char *kModel = R"({"@id": "dtmi:test:Sensor;1", "@type": "Interface", "contents": [
  {"@type": "Property", "name": "t", "schema": "double"}]})";

nlohmann::json sensor(const QString &id, int port, const nlohmann::json &extraBroker = {})
{
    nlohmann::json broker = {{"port", port}, {"reconnect", {{"min", 1}, {"max", 1}}}};
    if (extraBroker.is_object())
        broker.update(extraBroker);
    return {{"id", id.toStdString()},
            {"model", "dtmi:test:Sensor;1"},
            {"physicalAdapters",
             {{{"type", "mqtt"},
               {"config",
                {{"broker", broker},
                 {"qos", 1},
                 {"subscriptions",
                  {{{"topic", "dev/{twin}/t"}, {"codec", "text"}, {"property", "t"}}}}}}}}},
            {"digitalAdapters", {{{"type", "mqtt"}, {"config", {{"broker", broker}}}}}}};
}

bool allIn(Engine &engine, int count, LifecycleState state)
{
    for (int i = 0; i < count; ++i)
        if (engine.lifecycle(QStringLiteral("s%1").arg(i)) != state)
            return false;
    return true;
}

// Sensors s0… with their MQTT adapters, and the engine's problems as "twin: message" lines.
void addSensors(Engine &engine, int count, int port, const nlohmann::json &extraBroker,
                QStringList &problems)
{
    Diagnostics d;
    QVERIFY(engine.addModel(nlohmann::json::parse(kModel), d));
    for (int i = 0; i < count; ++i) {
        auto t = TwinDescriptor::fromJson(sensor(QStringLiteral("s%1").arg(i), port, extraBroker),
                                          QStringLiteral("/twins/%1").arg(i), d);
        QVERIFY2(t && engine.addTwin(*t, d), qPrintable(d.toString()));
    }
    QObject::connect(&engine, &Engine::problem, &engine,
                     [&problems](const QString &twin, const QString &message) {
                         problems << twin + QStringLiteral(": ") + message;
                     });
}

int openDescriptors()
{
    return static_cast<int>(QDir(QStringLiteral("/proc/self/fd")).count()) - 2;
}
} // namespace

class TestMqttSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerBuiltinAdapters(AdapterRegistry::global()); }
    void topicIndexRoutesByLevel();
    void thousandTwinsShareTheWorkersConnections();
    void connectionThatNeverComesUpIsReportedOnce();
    void brokerThatHangsTwentySeconds();
    void twinsOfAnEngineThatDiedAreGone();
};

void TestMqttSession::topicIndexRoutesByLevel()
{
    TopicIndex index;
    index.add(QStringLiteral("dev/a/t"), 1);
    index.add(QStringLiteral("dev/+/t"), 2);
    index.add(QStringLiteral("dev/#"), 3);
    index.add(QStringLiteral("#"), 4);
    index.add(QStringLiteral("dev/a/t"), 5); // the same filter twice
    index.add(QStringLiteral("+/+"), 6);
    QCOMPARE(index.size(), 6u);
    QCOMPARE(matches(index, QStringLiteral("dev/a/t")), (std::set<std::uint64_t>{1, 2, 3, 4, 5}));
    QCOMPARE(matches(index, QStringLiteral("dev/b/t")), (std::set<std::uint64_t>{2, 3, 4}));
    // "dev/#" matches its parent level too; "+/+" needs exactly two levels.
    QCOMPARE(matches(index, QStringLiteral("dev")), (std::set<std::uint64_t>{3, 4}));
    QCOMPARE(matches(index, QStringLiteral("dev/x")), (std::set<std::uint64_t>{3, 4, 6}));
    // Topics beginning with '$' are not matched by wildcards at the first level.
    QCOMPARE(matches(index, QStringLiteral("$SYS/x")), (std::set<std::uint64_t>{}));
    index.add(QStringLiteral("$SYS/+"), 7);
    QCOMPARE(matches(index, QStringLiteral("$SYS/x")), (std::set<std::uint64_t>{7}));
    QVERIFY(index.remove(QStringLiteral("dev/a/t"), 1));
    QVERIFY(!index.remove(QStringLiteral("dev/a/t"), 1));
    QVERIFY(!index.remove(QStringLiteral("dev/zz/t"), 2));
    QVERIFY(index.remove(QStringLiteral("dev/#"), 3));
    QCOMPARE(matches(index, QStringLiteral("dev/a/t")), (std::set<std::uint64_t>{2, 4, 5}));
    for (auto [filter, id] : std::initializer_list<std::pair<const char *, std::uint64_t>>{
             {"dev/+/t", 2}, {"#", 4}, {"dev/a/t", 5}, {"+/+", 6}, {"$SYS/+", 7}})
        QVERIFY(index.remove(QString::fromLatin1(filter), id));
    QCOMPARE(index.size(), 0u);
    QCOMPARE(matches(index, QStringLiteral("dev/a/t")), (std::set<std::uint64_t>{}));
}

void TestMqttSession::thousandTwinsShareTheWorkersConnections()
{
    MosquittoBroker broker;
    QVERIFY(broker.start());
    constexpr int kTwins = 1000;
    Project::Json doc = {{"format", "twinloom-project"},
                         {"version", 1},
                         {"models", {Project::Json::parse(kModel)}},
                         {"twins", Project::Json::array()}};
    for (int i = 0; i < kTwins; ++i)
        doc["twins"].push_back(Project::Json(sensor(QStringLiteral("s%1").arg(i), broker.port())));
    Diagnostics d;
    const auto project = Project::fromJson(doc, d, {}, &AdapterRegistry::global());
    QVERIFY2(project, qPrintable(d.toString()));
    const int descriptorsBefore = openDescriptors();
    const int sessionsBefore = MqttSession::count();
    Engine engine;
    QVERIFY2(project->instantiate(engine, d), qPrintable(d.toString()));
    engine.startAll();
    QTRY_VERIFY_WITH_TIMEOUT(allIn(engine, kTwins, LifecycleState::Synchronized), 20000);
    // Two adapters per twin, one connection per worker thread: a runner's descriptors follow its
    // brokers, not its twins (libmosquitto holds three per connection).
    const int sessions = MqttSession::count() - sessionsBefore;
    QVERIFY2(sessions >= 1 && sessions <= engine.workerCount(),
             qPrintable(QString::number(sessions)));
    QVERIFY2(openDescriptors() - descriptorsBefore < 20 + 4 * engine.workerCount(),
             qPrintable(QString::number(openDescriptors() - descriptorsBefore)));

    // Routed to its twin alone.
    MqttClient device([&] {
        MqttConnection c;
        c.port = broker.port();
        return c;
    }());
    QString error;
    QVERIFY(device.start(&error));
    QTRY_VERIFY(device.isConnected());
    QVERIFY(device.publish(QStringLiteral("dev/s500/t"), "21.5", 1, false));
    QTRY_COMPARE(
        engine.snapshot(QStringLiteral("s500")).result().property(u"t")->reported.toDouble(), 21.5);
    QVERIFY(engine.snapshot(QStringLiteral("s499")).result().property(u"t")->reported.isNull());
    device.stop();

    // Stopping the twins unsubscribes their filters and gives the connections back.
    engine.stopAll();
    QTRY_COMPARE(MqttSession::count(), sessionsBefore);
}

void TestMqttSession::connectionThatNeverComesUpIsReportedOnce()
{
    constexpr int kTwins = 50;
    const quint16 port = Test::freePort(); // nothing listens there
    Engine engine;
    QStringList problems;
    addSensors(engine, kTwins, port, {}, problems);
    engine.startAll();
    // Every twin says it has no device; the cause is logged once per connection, not per twin.
    QTRY_VERIFY_WITH_TIMEOUT(allIn(engine, kTwins, LifecycleState::Unbound), 10000);
    QTRY_VERIFY(!problems.isEmpty());
    QTest::qWait(2500); // a retry or two
    const QString expected =
        QStringLiteral("cannot connect to the broker 127.0.0.1:%1: Connection refused").arg(port);
    QVERIFY2(problems.size() <= engine.workerCount(), qPrintable(problems.join(QLatin1Char('\n'))));
    for (const QString &p : std::as_const(problems))
        QVERIFY2(p.contains(expected), qPrintable(p));
    // The broker comes up at last: every twin is back without being told.
    MosquittoBroker broker(port);
    QVERIFY(broker.start());
    QTRY_VERIFY_WITH_TIMEOUT(allIn(engine, kTwins, LifecycleState::Synchronized), 15000);
    // What /metrics says of the broker: every session up now, after failed attempts.
    int sessions = 0;
    for (const LinkStatus::Snapshot &l : LinkStatus::all()) {
        if (l.protocol != QLatin1String("mqtt") ||
            l.endpoint != QStringLiteral("127.0.0.1:%1").arg(port))
            continue;
        ++sessions;
        QVERIFY(l.connected);
        QCOMPARE(l.connects, 1u);
        QVERIFY(l.failures >= 1);
    }
    QCOMPARE(sessions, engine.workerCount());
    engine.stopAll();
}

void TestMqttSession::brokerThatHangsTwentySeconds()
{
    // A broker stopped (SIGSTOP) keeps its connections open and answers nothing: only keep-alive
    // finds it. The twins turn Unbound once it is noticed, said once per connection, and come
    // back after SIGCONT; QoS 1 messages published meanwhile to the persistent session arrive.
    constexpr int kTwins = 20;
    MosquittoBroker broker;
    QVERIFY(broker.start());
    const nlohmann::json persistent = {{"keepAlive", 5}, {"cleanSession", false}};
    Engine engine;
    QStringList problems;
    addSensors(engine, kTwins, broker.port(), persistent, problems);
    engine.startAll();
    QTRY_VERIFY_WITH_TIMEOUT(allIn(engine, kTwins, LifecycleState::Synchronized), 10000);
    MqttClient device([&] {
        MqttConnection c;
        c.port = broker.port();
        c.keepAlive = 60;
        return c;
    }());
    QString error;
    QVERIFY(device.start(&error));
    QTRY_VERIFY(device.isConnected());

    QVERIFY(::kill(static_cast<pid_t>(broker.pid()), SIGSTOP) == 0);
    QElapsedTimer stopped;
    stopped.start();
    // Published while the broker hangs: they wait in the device's socket.
    for (int i = 0; i < kTwins; ++i)
        QVERIFY(device.publish(QStringLiteral("dev/s%1/t").arg(i), QByteArray::number(i + 0.5), 1,
                               false));
    // Keep-alive (5 s) notices within about twice its period.
    QTRY_VERIFY_WITH_TIMEOUT(allIn(engine, kTwins, LifecycleState::Unbound), 19000);
    QVERIFY(stopped.elapsed() < 20000);
    QTest::qWait(int(std::max<qint64>(0, 20000 - stopped.elapsed())));
    QVERIFY(::kill(static_cast<pid_t>(broker.pid()), SIGCONT) == 0);

    QTRY_VERIFY_WITH_TIMEOUT(allIn(engine, kTwins, LifecycleState::Synchronized), 20000);
    for (int i = 0; i < kTwins; ++i) {
        const QString id = QStringLiteral("s%1").arg(i);
        QTRY_COMPARE_WITH_TIMEOUT(engine.snapshot(id).result().property(u"t")->reported.toDouble(),
                                  i + 0.5, 10000);
    }
    // Said once per connection (a worker's shared one), not once per twin.
    QStringList lost;
    for (const QString &p : std::as_const(problems))
        if (p.contains(QStringLiteral("127.0.0.1:%1").arg(broker.port())))
            lost << p;
    QVERIFY2(!lost.isEmpty() && lost.size() <= 2 * engine.workerCount(),
             qPrintable(problems.join(QLatin1Char('\n'))));
    device.stop();
    engine.stopAll();
}

void TestMqttSession::twinsOfAnEngineThatDiedAreGone()
{
    // The edge runs in a process of its own; the cloud's twin link uses its twin. When the edge
    // dies (kill -9), the broker publishes its last will on its liveness topic, and the link
    // stops believing the last lifecycle message ("Synchronized") it got.
    MosquittoBroker broker;
    QVERIFY(broker.start());
    QTemporaryDir dir;
    const nlohmann::json brokerConfig = {{"port", broker.port()},
                                         {"reconnect", {{"min", 1}, {"max", 1}}}};
    const nlohmann::json edge = {
        {"format", "twinloom-project"},
        {"version", 1},
        {"models", {nlohmann::json::parse(kModel)}},
        {"twins",
         {{{"id", "floor"},
           {"model", "dtmi:test:Sensor;1"},
           {"physicalAdapters",
            {{{"type", "sim"},
              {"config",
               {{"signals", {{{"name", "t"}, {"generator", "constant"}, {"value", 20}}}}}}}}},
           {"digitalAdapters", {{{"type", "mqtt"}, {"config", {{"broker", brokerConfig}}}}}}}}}};
    const QString path = dir.filePath(QStringLiteral("edge.twinloom.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray::fromStdString(edge.dump()));
    f.close();
    QProcess runner;
    runner.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    runner.start(QStringLiteral(TWINLOOM_RUN), {path});
    QVERIFY(runner.waitForStarted());
    const auto stopRunner = qScopeGuard([&runner] { Test::stopProcess(runner); });

    Engine cloud;
    Diagnostics d;
    QVERIFY(cloud.addModel(nlohmann::json::parse(kModel), d));
    auto mirror = TwinDescriptor::fromJson(
        {{"id", "floor-mirror"},
         {"model", "dtmi:test:Sensor;1"},
         {"physicalAdapters",
          {{{"type", "twin"}, {"config", {{"broker", brokerConfig}, {"twin", "floor"}}}}}}},
        QStringLiteral("/twins/0"), d);
    QVERIFY2(mirror && cloud.addTwin(*mirror, d), qPrintable(d.toString()));
    QStringList problems;
    connect(&cloud, &Engine::problem, this,
            [&problems](const QString &, const QString &message) { problems << message; });
    cloud.startAll();
    QTRY_COMPARE_WITH_TIMEOUT(cloud.lifecycle(QStringLiteral("floor-mirror")),
                              LifecycleState::Synchronized, 15000);
    ::kill(static_cast<pid_t>(runner.processId()), SIGKILL);
    QVERIFY(runner.waitForFinished(5000));
    // Mosquitto notices the dead connection at once (the socket closes) and sends the will.
    QTRY_COMPARE_WITH_TIMEOUT(cloud.lifecycle(QStringLiteral("floor-mirror")),
                              LifecycleState::Unbound, 10000);
    cloud.stopAll();
}

QTEST_GUILESS_MAIN(TestMqttSession)
#include "tst_mqttsession.moc"
