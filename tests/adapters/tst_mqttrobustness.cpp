// MQTT against a real broker when things go wrong: TLS with certificates made at test time and a
// CA that does not match, wrong credentials, and a broker restarted while 10,000 QoS 1 messages
// flow to a persistent session.

#include "adapters/builtinadapters.h"
#include "adapters/mqtt/mqttclient.h"
#include "adapters/mqtt/mqttsession.h"
#include "engine/engine.h"
#include "tests/support/mosquittobroker.h"

#include <QtCore/QDir>
#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

#include <mutex>
#include <set>

using namespace twinloom;
using twinloom::Test::MosquittoBroker;

namespace {
const char *kModel = R"({"@id": "dtmi:test:Meter;1", "contents": [
  {"@type": "Property", "name": "power", "schema": "double"},
  {"@type": "Event", "name": "tick", "schema": "long"}]})";

bool run(const QString &dir, const QString &program, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(Test::findTool(program), args);
    return p.waitForFinished(30000) && p.exitCode() == 0;
}

// A CA, a server certificate for 127.0.0.1 signed by it, a client certificate, and a second CA.
bool makeCertificates(const QString &dir)
{
    const QString ext = QDir(dir).filePath(QStringLiteral("ext.cnf"));
    QFile f(ext);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("subjectAltName=IP:127.0.0.1\n");
    f.close();
    auto req = [&](const QString &name, const QString &cn) {
        return run(dir, QStringLiteral("openssl"),
                   {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                    QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                    name + QStringLiteral(".key"), QStringLiteral("-out"),
                    name + QStringLiteral(".csr"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=") + cn});
    };
    auto ca = [&](const QString &name) {
        return run(dir, QStringLiteral("openssl"),
                   {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                    QStringLiteral("2"), QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                    QStringLiteral("-out"), name + QStringLiteral(".crt"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=") + name});
    };
    auto sign = [&](const QString &name) {
        return run(dir, QStringLiteral("openssl"),
                   {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                    name + QStringLiteral(".csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
                    QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                    QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-out"), name + QStringLiteral(".crt"),
                    QStringLiteral("-extfile"), ext});
    };
    return ca(QStringLiteral("ca")) && ca(QStringLiteral("otherca")) &&
           req(QStringLiteral("server"), QStringLiteral("127.0.0.1")) &&
           sign(QStringLiteral("server")) &&
           req(QStringLiteral("client"), QStringLiteral("meter")) && sign(QStringLiteral("client"));
}

bool addMeter(Engine &engine, const QString &id, const nlohmann::json &broker, Diagnostics &d)
{
    nlohmann::json t = {
        {"id", id.toStdString()},
        {"model", "dtmi:test:Meter;1"},
        {"physicalAdapters",
         {{{"id", "mqtt"},
           {"type", "mqtt"},
           {"config",
            {{"broker", broker},
             {"subscriptions",
              {{{"topic", "meters/{twin}/power"}, {"codec", "text"}, {"property", "power"}},
               {{"topic", "meters/{twin}/tick"}, {"codec", "text"}, {"event", "tick"}}}}}}}}}};
    auto desc = TwinDescriptor::fromJson(t, QStringLiteral("/twins/0"), d);
    if (!desc)
        return false;
    if (engine.model(QStringLiteral("dtmi:test:Meter;1")) == nullptr)
        engine.addModel(nlohmann::json::parse(kModel), d);
    return engine.addTwin(*desc, d, QStringLiteral("/twins/0"));
}
} // namespace

class TestMqttRobustness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerBuiltinAdapters(AdapterRegistry::global()); }
    void tls();
    void tlsFilesThatAreNotThere();
    void wrongCredentials();
    void brokerRestartLosesNothing_data();
    void brokerRestartLosesNothing();
    void brokerRestartLosesNothingForAThousandTwins();
};

void TestMqttRobustness::tls()
{
    QTemporaryDir certs;
    QVERIFY(makeCertificates(certs.path()));
    const QDir c(certs.path());
    MosquittoBroker broker;
    QVERIFY2(broker.start({QStringLiteral("cafile ") + c.filePath(QStringLiteral("ca.crt")),
                           QStringLiteral("certfile ") + c.filePath(QStringLiteral("server.crt")),
                           QStringLiteral("keyfile ") + c.filePath(QStringLiteral("server.key")),
                           QStringLiteral("require_certificate true"),
                           QStringLiteral("allow_anonymous true")}),
             qPrintable(broker.log()));
    Engine engine;
    Diagnostics d;
    const nlohmann::json good = {
        {"port", broker.port()},
        {"tls",
         {{"ca", c.filePath(QStringLiteral("ca.crt")).toStdString()},
          {"cert", c.filePath(QStringLiteral("client.crt")).toStdString()},
          {"key", c.filePath(QStringLiteral("client.key")).toStdString()}}}};
    nlohmann::json wrongCa = good;
    wrongCa["tls"]["ca"] = c.filePath(QStringLiteral("otherca.crt")).toStdString();
    nlohmann::json noClientCert = {
        {"port", broker.port()},
        {"tls", {{"ca", c.filePath(QStringLiteral("ca.crt")).toStdString()}}}};
    QVERIFY2(addMeter(engine, QStringLiteral("good"), good, d), qPrintable(d.toString()));
    QVERIFY(addMeter(engine, QStringLiteral("wrong-ca"), wrongCa, d));
    QVERIFY(addMeter(engine, QStringLiteral("no-client-cert"), noClientCert, d));
    QSignalSpy problems(&engine, &Engine::problem);
    engine.startAll();
    QTRY_COMPARE_WITH_TIMEOUT(engine.lifecycle(QStringLiteral("good")),
                              LifecycleState::Synchronized, 10000);
    QProcess pub;
    pub.start(Test::findTool(QStringLiteral("mosquitto_pub")),
              {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
               QString::number(broker.port()), QStringLiteral("--cafile"),
               c.filePath(QStringLiteral("ca.crt")), QStringLiteral("--cert"),
               c.filePath(QStringLiteral("client.crt")), QStringLiteral("--key"),
               c.filePath(QStringLiteral("client.key")), QStringLiteral("-t"),
               QStringLiteral("meters/good/power"), QStringLiteral("-m"), QStringLiteral("1.5")});
    QVERIFY(pub.waitForFinished(10000));
    QTRY_COMPARE(engine.snapshot(QStringLiteral("good")).result().property(u"power")->reported,
                 Value(1.5));
    // A server certificate from another CA is refused, and so is a client without a certificate.
    QTRY_COMPARE_WITH_TIMEOUT(engine.lifecycle(QStringLiteral("wrong-ca")), LifecycleState::Unbound,
                              5000);
    QTRY_COMPARE_WITH_TIMEOUT(engine.lifecycle(QStringLiteral("no-client-cert")),
                              LifecycleState::Unbound, 5000);
    // The refusal is reported, naming the twin and what TLS said.
    QTRY_VERIFY(std::any_of(problems.begin(), problems.end(), [](const QList<QVariant> &p) {
        return p[0].toString() == QLatin1String("wrong-ca") &&
               p[1].toString().contains(QLatin1String("certificate verify failed"));
    }));
}

void TestMqttRobustness::tlsFilesThatAreNotThere()
{
    // A CA file that is not there once passed --check, and the run then said only "Invalid
    // function arguments provided". Now the check names the field and the file.
    QTemporaryDir folder;
    const nlohmann::json missing = {
        {"port", 1883},
        {"tls",
         {{"ca", "certs/ca.crt"}, {"cert", "certs/client.crt"}, {"key", "certs/client.key"}}}};
    Engine engine;
    Diagnostics d;
    AdapterBuildContext c;
    c.id = QStringLiteral("plc");
    c.twinId = QStringLiteral("m");
    c.config = {{"broker", missing},
                {"subscriptions",
                 {{{"topic", "meters/m/power"}, {"codec", "text"}, {"property", "power"}}}}};
    c.pointer = QStringLiteral("/twins/0/physicalAdapters/0/config");
    c.diagnostics = &d;
    c.baseDirectory = folder.path();
    QVERIFY(!AdapterRegistry::global().createPhysical(QStringLiteral("mqtt"), c));
    QCOMPARE(d.errorCount(), 3);
    const QString text = d.toString();
    for (const char *field : {"ca", "cert", "key"})
        QVERIFY2(
            text.contains(QStringLiteral("/config/broker/tls/%1: cannot read the file '%2/certs/")
                              .arg(QLatin1String(field), folder.path())),
            qPrintable(text));
}

void TestMqttRobustness::wrongCredentials()
{
    MosquittoBroker broker;
    const QString passwords = QDir(broker.folder()).filePath(QStringLiteral("passwords"));
    QVERIFY(run(broker.folder(), QStringLiteral("mosquitto_passwd"),
                {QStringLiteral("-b"), QStringLiteral("-c"), passwords, QStringLiteral("meter"),
                 QStringLiteral("s3cret")}));
    QVERIFY(broker.start(
        {QStringLiteral("allow_anonymous false"), QStringLiteral("password_file ") + passwords}));
    qputenv("TWINLOOM_TEST_MQTT_PASSWORD", "s3cret");
    Engine engine;
    Diagnostics d;
    QVERIFY(addMeter(engine, QStringLiteral("right"),
                     {{"port", broker.port()},
                      {"username", "meter"},
                      {"password", "${env:TWINLOOM_TEST_MQTT_PASSWORD}"}},
                     d));
    QVERIFY(addMeter(engine, QStringLiteral("wrong"),
                     {{"port", broker.port()}, {"username", "meter"}, {"password", "guess"}}, d));
    QSignalSpy problems(&engine, &Engine::problem);
    engine.startAll();
    QTRY_COMPARE_WITH_TIMEOUT(engine.lifecycle(QStringLiteral("right")),
                              LifecycleState::Synchronized, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!problems.isEmpty(), 10000);
    QCOMPARE(problems[0][0].toString(), QStringLiteral("wrong"));
    QVERIFY2(problems[0][1].toString().contains(QStringLiteral("refused")) &&
                 problems[0][1].toString().contains(QStringLiteral("not authorised"),
                                                    Qt::CaseInsensitive),
             qPrintable(problems[0][1].toString()));
    QCOMPARE(engine.lifecycle(QStringLiteral("wrong")), LifecycleState::Unbound);
    qunsetenv("TWINLOOM_TEST_MQTT_PASSWORD");
}

void TestMqttRobustness::brokerRestartLosesNothing_data()
{
    QTest::addColumn<bool>("ownSession");
    QTest::newRow("a session of its own (clientId)") << true;
    QTest::newRow("the engine's shared session") << false;
}

void TestMqttRobustness::brokerRestartLosesNothing()
{
    QFETCH(bool, ownSession);
    MosquittoBroker broker;
    const QStringList persistent{
        QStringLiteral("allow_anonymous true"), QStringLiteral("persistence true"),
        QStringLiteral("persistence_location ") + broker.folder() + QLatin1Char('/'),
        QStringLiteral("max_queued_messages 20000")};
    QVERIFY(broker.start(persistent));
    Engine engine;
    Diagnostics d;
    nlohmann::json brokerConfig = {
        {"port", broker.port()}, {"cleanSession", false}, {"reconnect", {{"min", 1}, {"max", 1}}}};
    // Shared, the persistent session's client id is stable per engine, worker and broker.
    if (ownSession)
        brokerConfig["clientId"] = "twin-m1";
    QVERIFY2(addMeter(engine, QStringLiteral("m1"), brokerConfig, d), qPrintable(d.toString()));
    std::mutex mutex;
    std::set<std::int64_t> seen;
    engine.subscribeDirect(QStringLiteral("twins/m1/events/tick"), [&](const StateChange &c) {
        std::lock_guard lock(mutex);
        seen.insert(c.changes[0].value.toInt());
    });
    engine.startAll();
    QTRY_COMPARE_WITH_TIMEOUT(engine.lifecycle(QStringLiteral("m1")), LifecycleState::Synchronized,
                              10000);

    MqttConnection publisherConnection;
    publisherConnection.port = broker.port();
    publisherConnection.clientId = QStringLiteral("publisher-m1");
    publisherConnection.cleanSession = false;
    publisherConnection.reconnectMinSeconds = 1;
    publisherConnection.reconnectMaxSeconds = 1;
    publisherConnection.maxInflight = 1000;
    MqttClient publisher(publisherConnection);
    QString error;
    QVERIFY(publisher.start(&error));
    QTRY_VERIFY(publisher.isConnected());
    constexpr int kMessages = 10000;
    for (int i = 1; i <= kMessages; ++i) {
        QVERIFY(
            publisher.publish(QStringLiteral("meters/m1/tick"), QByteArray::number(i), 1, false));
        if (i == kMessages / 2) {
            broker.stop(); // killed mid-stream; the persistent sessions survive in its database
            QVERIFY(broker.start(persistent));
        }
        if (i % 500 == 0)
            QTest::qWait(20);
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            std::lock_guard lock(mutex);
            return seen.size() == static_cast<std::size_t>(kMessages);
        }(),
        60000);
    QCOMPARE(*seen.begin(), 1);
    QCOMPARE(*seen.rbegin(), kMessages);
    QCOMPARE(engine.twinMetrics(QStringLiteral("m1")).eventsDropped, 0u);
    publisher.stop();
}

void TestMqttRobustness::brokerRestartLosesNothingForAThousandTwins()
{
    // 1,000 twins on the shared persistent session of each worker: 10 QoS 1 messages each, the
    // broker killed and restarted half-way. Every twin gets every one of its messages.
    MosquittoBroker broker;
    const QStringList persistent{
        QStringLiteral("allow_anonymous true"), QStringLiteral("persistence true"),
        QStringLiteral("persistence_location ") + broker.folder() + QLatin1Char('/'),
        QStringLiteral("max_queued_messages 20000")};
    QVERIFY(broker.start(persistent));
    constexpr int kTwins = 1000;
    constexpr int kEach = 10;
    Engine engine;
    Diagnostics d;
    const nlohmann::json brokerConfig = {
        {"port", broker.port()}, {"cleanSession", false}, {"reconnect", {{"min", 1}, {"max", 1}}}};
    for (int i = 0; i < kTwins; ++i)
        QVERIFY2(addMeter(engine, QStringLiteral("m%1").arg(i), brokerConfig, d),
                 qPrintable(d.toString()));
    std::mutex mutex;
    std::map<QString, std::set<std::int64_t>> seen;
    engine.subscribeDirect(QStringLiteral("twins/+/events/tick"), [&](const StateChange &c) {
        std::lock_guard lock(mutex);
        seen[c.twinId].insert(c.changes[0].value.toInt());
    });
    const int sessionsBefore = MqttSession::count();
    engine.startAll();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int i = 0; i < kTwins; ++i)
                if (engine.lifecycle(QStringLiteral("m%1").arg(i)) != LifecycleState::Synchronized)
                    return false;
            return true;
        }(),
        20000);
    // One connection per worker thread, not one per twin.
    QVERIFY2(MqttSession::count() - sessionsBefore <= engine.workerCount(),
             qPrintable(QString::number(MqttSession::count() - sessionsBefore)));

    MqttConnection publisherConnection;
    publisherConnection.port = broker.port();
    publisherConnection.clientId = QStringLiteral("publisher-thousand");
    publisherConnection.cleanSession = false;
    publisherConnection.reconnectMinSeconds = 1;
    publisherConnection.reconnectMaxSeconds = 1;
    publisherConnection.maxInflight = 1000;
    MqttClient publisher(publisherConnection);
    QString error;
    QVERIFY(publisher.start(&error));
    QTRY_VERIFY(publisher.isConnected());
    for (int n = 1; n <= kEach; ++n) {
        for (int i = 0; i < kTwins; ++i)
            QVERIFY(publisher.publish(QStringLiteral("meters/m%1/tick").arg(i),
                                      QByteArray::number(n), 1, false));
        if (n == kEach / 2) {
            QTest::qWait(200);
            broker.stop();
            QVERIFY(broker.start(persistent));
        }
        QTest::qWait(50);
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            std::lock_guard lock(mutex);
            if (seen.size() != static_cast<std::size_t>(kTwins))
                return false;
            for (const auto &[twin, values] : seen)
                if (values.size() != static_cast<std::size_t>(kEach))
                    return false;
            return true;
        }(),
        60000);
    std::uint64_t dropped = 0;
    for (int i = 0; i < kTwins; ++i)
        dropped += engine.twinMetrics(QStringLiteral("m%1").arg(i)).eventsDropped;
    QCOMPARE(dropped, 0u);
    publisher.stop();
}

QTEST_GUILESS_MAIN(TestMqttRobustness)
#include "tst_mqttrobustness.moc"
