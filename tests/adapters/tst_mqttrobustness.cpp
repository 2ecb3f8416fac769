// MQTT against a real broker when things go wrong: TLS with certificates made at test time and a
// CA that does not match, wrong credentials, and a broker restarted while 10,000 QoS 1 messages
// flow to a persistent session.

#include "adapters/builtinadapters.h"
#include "adapters/mqtt/mqttclient.h"
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
    void wrongCredentials();
    void brokerRestartLosesNothing();
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
    QTest::qWait(1500);
    QCOMPARE(engine.lifecycle(QStringLiteral("wrong-ca")), LifecycleState::Started);
    QCOMPARE(engine.lifecycle(QStringLiteral("no-client-cert")), LifecycleState::Started);
    // The refusal is reported, naming the twin and what TLS said.
    QTRY_VERIFY(std::any_of(problems.begin(), problems.end(), [](const QList<QVariant> &p) {
        return p[0].toString() == QLatin1String("wrong-ca") &&
               p[1].toString().contains(QLatin1String("certificate verify failed"));
    }));
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
    QCOMPARE(engine.lifecycle(QStringLiteral("wrong")), LifecycleState::Started);
    qunsetenv("TWINLOOM_TEST_MQTT_PASSWORD");
}

void TestMqttRobustness::brokerRestartLosesNothing()
{
    MosquittoBroker broker;
    const QStringList persistent{
        QStringLiteral("allow_anonymous true"), QStringLiteral("persistence true"),
        QStringLiteral("persistence_location ") + broker.folder() + QLatin1Char('/'),
        QStringLiteral("max_queued_messages 20000")};
    QVERIFY(broker.start(persistent));
    Engine engine;
    Diagnostics d;
    QVERIFY2(addMeter(engine, QStringLiteral("m1"),
                      {{"port", broker.port()},
                       {"clientId", "twin-m1"},
                       {"cleanSession", false},
                       {"reconnect", {{"min", 1}, {"max", 1}}}},
                      d),
             qPrintable(d.toString()));
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

QTEST_GUILESS_MAIN(TestMqttRobustness)
#include "tst_mqttrobustness.moc"
