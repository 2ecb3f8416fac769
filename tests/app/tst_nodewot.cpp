// The W3C's reference WoT implementation, node-wot, consumes the Thing Descriptions that
// `twinloom-run --export wot` writes for a twin with an http, a coap or an mqtt digital adapter,
// and uses them through their forms against a running twinloom-run: reads a property, writes a
// desired value, invokes an action, observes a property (over HTTP by long polling, with a bearer
// token).

#include "tests/support/coappeer.h"
#include "tests/support/httpclient.h"
#include "tests/support/mosquittobroker.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

using twinloom::Test::freePort;
using twinloom::Test::httpRequest;

namespace {

const char *kToken = "node-wot-token-0123456789";

nlohmann::json httpAdapter(quint16 port)
{
    nlohmann::json http;
    http["id"] = "http";
    http["type"] = "http";
    http["config"]["port"] = port;
    http["config"]["tokens"]["write"] = "${env:ROOM_HTTP_TOKEN}";
    return http;
}

// A room whose simulated device answers its actions, served by `digital`.
QByteArray project(const nlohmann::json &digital)
{
    nlohmann::json model = nlohmann::json::parse(R"({"@id": "dtmi:test:Room;1", "contents": [
      {"@type": "Property", "name": "temperature", "schema": "double", "unit": "degreeCelsius"},
      {"@type": "Property", "name": "setpoint", "schema": "double", "writable": true},
      {"@type": "Property", "name": "note", "schema": "string"},
      {"@type": "Command", "name": "setSetpoint", "request": {"name": "value", "schema": "double"}},
      {"@type": "Command", "name": "setNote", "request": {"name": "text", "schema": "string"},
       "response": {"name": "text", "schema": "string"}}]})");
    nlohmann::json signal = nlohmann::json::parse(
        R"({"name": "temperature", "generator": "sine", "offset": 21, "amplitude": 2,
            "period": "PT10S", "rate": 4})");
    nlohmann::json sim;
    sim["id"] = "sim";
    sim["type"] = "sim";
    sim["config"]["signals"] = nlohmann::json::array({signal});
    sim["config"]["variables"] = {{"setpoint", 21.0}, {"note", ""}};
    sim["config"]["publishVariables"] = true;
    sim["config"]["actions"] = nlohmann::json::array();
    sim["config"]["actions"].push_back({{"name", "setSetpoint"}, {"sets", "setpoint"}});
    sim["config"]["actions"].push_back({{"name", "setNote"}, {"sets", "note"}});
    nlohmann::json desired = nlohmann::json::array();
    desired.push_back({{"property", "setpoint"}, {"action", "setSetpoint"}});
    nlohmann::json twin;
    twin["id"] = "room-1";
    twin["model"] = "dtmi:test:Room;1";
    twin["physicalAdapters"] = nlohmann::json::array({sim});
    twin["digitalAdapters"] = nlohmann::json::array({digital});
    twin["shadowing"]["desired"] = desired;
    nlohmann::json p;
    p["format"] = "twinloom-project";
    p["version"] = 1;
    p["name"] = "wot";
    p["models"] = nlohmann::json::array({model});
    p["twins"] = nlohmann::json::array({twin});
    return QByteArray::fromStdString(p.dump(2));
}

// Writes `project` into `dir` and exports its Thing Descriptions there, as a user does; returns
// the room's TD file, or empty.
QString exportRoom(const QTemporaryDir &dir, const QByteArray &project)
{
    const QString projectFile = dir.filePath(QStringLiteral("room.twinloom.json"));
    QFile f(projectFile);
    if (!f.open(QIODevice::WriteOnly) || f.write(project) != project.size())
        return {};
    f.close();
    QProcess exporter;
    exporter.start(QStringLiteral(TWINLOOM_RUN),
                   {projectFile, QStringLiteral("--export"), QStringLiteral("wot"),
                    QStringLiteral("--output"), dir.filePath(QStringLiteral("td"))});
    if (!exporter.waitForFinished(20000) || exporter.exitCode() != 0) {
        qWarning("%s", exporter.readAllStandardError().constData());
        return {};
    }
    return dir.filePath(QStringLiteral("td/room-1.td.json"));
}

// Runs tests/interop/wot/consume.js with node-wot from `modules` on `tdFile` and `plan`.
nlohmann::json consume(const QString &node, const QString &modules, const QTemporaryDir &dir,
                       const QString &tdFile, const nlohmann::json &plan)
{
    QFile planFile(dir.filePath(QStringLiteral("plan.json")));
    if (!planFile.open(QIODevice::WriteOnly))
        return {{"error", "cannot write the plan"}};
    planFile.write(QByteArray::fromStdString(plan.dump()));
    planFile.close();
    QProcess client;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_WOT_MODULES"), modules);
    client.setProcessEnvironment(env);
    client.start(node, {QStringLiteral(TWINLOOM_SOURCE_DIR "/tests/interop/wot/consume.js"), tdFile,
                        planFile.fileName()});
    if (!client.waitForFinished(90000))
        return {{"error", "node-wot did not finish"}};
    const QByteArray out = client.readAllStandardOutput();
    auto result = nlohmann::json::parse(out.constBegin(), out.constEnd(), nullptr, false);
    if (client.exitCode() != 0 || !result.is_object())
        return {{"error", QByteArray(out + client.readAllStandardError()).toStdString()}};
    return result;
}

} // namespace

class TestNodeWot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void consumesAndUsesTheThing();
    void consumesOverCoap();
    void consumesOverMqtt();
    void consumesTheEdgeCloudExample();
};

void TestNodeWot::consumesAndUsesTheThing()
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty())
        QSKIP("node is not installed (Debian package nodejs): node-wot cannot run");
    const QString modules = QStringLiteral(TWINLOOM_SOURCE_DIR "/build/npm-wot/node_modules");
    QVERIFY2(QFile::exists(modules + QStringLiteral("/@node-wot/binding-http/package.json")),
             "node-wot is not installed in build/npm-wot: run scripts/setup");

    QTemporaryDir dir;
    const quint16 port = freePort();
    // The Thing Description, as a user exports it.
    const QString tdFile = exportRoom(dir, project(httpAdapter(port)));
    QVERIFY(!tdFile.isEmpty());
    const QString projectFile = dir.filePath(QStringLiteral("room.twinloom.json"));
    QFile tdIn(tdFile);
    QVERIFY(tdIn.open(QIODevice::ReadOnly));
    const QByteArray tdText = tdIn.readAll();
    const auto td = nlohmann::json::parse(tdText.constBegin(), tdText.constEnd());
    // HTTP forms and a bearer scheme, never the token.
    QVERIFY(!tdText.contains(kToken));
    QVERIFY2(
        tdText.contains(QStringLiteral("http://127.0.0.1:%1/api/twins/room-1/properties/setpoint")
                            .arg(port)
                            .toUtf8()),
        tdText.constData());
    bool bearer = false;
    for (const auto &[name, scheme] : td["securityDefinitions"].items())
        bearer = bearer || scheme.value("scheme", "") == "bearer";
    QVERIFY(bearer);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ROOM_HTTP_TOKEN"), QLatin1String(kToken));
    QProcess runner;
    runner.setProcessEnvironment(env);
    runner.start(QStringLiteral(TWINLOOM_RUN), {projectFile});
    QVERIFY(runner.waitForStarted(5000));
    QNetworkAccessManager net;
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    const QList<std::pair<QByteArray, QByteArray>> auth = {
        {"Authorization", QByteArray("Bearer ") + kToken}};
    QTRY_VERIFY_WITH_TIMEOUT(
        httpRequest(net, "GET", base + QStringLiteral("/api/twins/room-1/properties/temperature"),
                    {}, auth, 1000)
            .body.startsWith("2"),
        15000);

    nlohmann::json plan;
    plan["read"] = "setpoint";
    plan["write"] = {"setpoint", 23.5};
    plan["invoke"] = {"setNote", "from node-wot"};
    plan["observe"] = "temperature";
    plan["observeMs"] = 3000;
    plan["token"] = kToken;
    const nlohmann::json result = consume(node, modules, dir, tdFile, plan);
    QVERIFY2(!result.contains("error"), result.dump().c_str());
    QCOMPARE(result["read"].get<double>(), 21.0);
    QVERIFY(result["written"].get<bool>());
    // The action's output, and the device's state afterwards, seen over HTTP.
    QCOMPARE(result["invoked"].get<std::string>(), std::string("from node-wot"));
    QTRY_COMPARE_WITH_TIMEOUT(
        httpRequest(net, "GET", base + QStringLiteral("/api/twins/room-1/properties/note"), {},
                    auth)
            .body,
        QByteArray("\"from node-wot\""), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(
        httpRequest(net, "GET", base + QStringLiteral("/api/twins/room-1/properties/setpoint"), {},
                    auth)
            .body,
        QByteArray("23.5"), 5000);
    // Observed by long polling: the sensor's changes at 4 Hz, several of them in 3 s.
    QVERIFY2(result["observed"].size() >= 3, result.dump().c_str());
    for (const auto &v : result["observed"])
        QVERIFY(v.is_number() && v.get<double>() >= 18.9 && v.get<double>() <= 23.1);
    twinloom::Test::stopProcess(runner);
}

namespace {

// Starts twinloom-run on the project in `dir` and has node-wot from `modules` carry out `plan`
// with the TD `tdFile`; node-wot's first request may come while the runner still starts, so it
// is tried up to three times.
nlohmann::json runAndConsume(const QString &node, const QString &modules, const QTemporaryDir &dir,
                             const QString &tdFile, const nlohmann::json &plan)
{
    QProcess runner;
    runner.start(QStringLiteral(TWINLOOM_RUN),
                 {dir.filePath(QStringLiteral("room.twinloom.json"))});
    if (!runner.waitForStarted(5000))
        return {{"error", "twinloom-run did not start"}};
    nlohmann::json result;
    for (int attempt = 0; attempt < 3; ++attempt) {
        result = consume(node, modules, dir, tdFile, plan);
        if (!result.contains("error"))
            break;
    }
    twinloom::Test::stopProcess(runner);
    return result;
}

nlohmann::json roomPlan(const char *binding)
{
    nlohmann::json plan;
    plan["bindings"] = {binding};
    plan["read"] = "setpoint";
    plan["write"] = {"setpoint", 23.5};
    plan["invoke"] = {"setNote", "from node-wot"};
    plan["observe"] = "temperature";
    plan["observeMs"] = 3000;
    plan["readAfter"] = {"setpoint", "note"};
    return plan;
}

} // namespace

// The same through the CoAP forms, with node-wot's CoAP binding (its last release, 0.8.16, in
// build/npm-wot8): read, write a desired value, invoke an action, observe.
void TestNodeWot::consumesOverCoap()
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty())
        QSKIP("node is not installed (Debian package nodejs): node-wot cannot run");
    const QString modules = QStringLiteral(TWINLOOM_SOURCE_DIR "/build/npm-wot8/node_modules");
    QVERIFY2(QFile::exists(modules + QStringLiteral("/@node-wot/binding-coap/package.json")),
             "node-wot's CoAP binding is not installed in build/npm-wot8: run scripts/setup");
    QTemporaryDir dir;
    nlohmann::json coap;
    coap["id"] = "coap";
    coap["type"] = "coap";
    coap["config"]["host"] = "127.0.0.1";
    coap["config"]["port"] = twinloom::Test::freeUdpPort();
    const QString tdFile = exportRoom(dir, project(coap));
    QVERIFY(!tdFile.isEmpty());
    const nlohmann::json result = runAndConsume(node, modules, dir, tdFile, roomPlan("coap"));
    QVERIFY2(!result.contains("error"), result.dump().c_str());
    QCOMPARE(result["read"].get<double>(), 21.0);
    QVERIFY(result["written"].get<bool>());
    QCOMPARE(result["invoked"].get<std::string>(), std::string("from node-wot"));
    QVERIFY2(result["observed"].size() >= 3, result.dump().c_str());
    for (const auto &v : result["observed"])
        QVERIFY(v.is_number() && v.get<double>() >= 18.9 && v.get<double>() <= 23.1);
    QCOMPARE(result["readAfter"]["setpoint"].get<double>(), 23.5);
    QCOMPARE(result["readAfter"]["note"].get<std::string>(), std::string("from node-wot"));
}

// And through the MQTT forms, with node-wot's MQTT binding and a real Mosquitto: the forms name
// the topics of bare values (P/T/values/…), which the data schema describes.
void TestNodeWot::consumesOverMqtt()
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty())
        QSKIP("node is not installed (Debian package nodejs): node-wot cannot run");
    const QString modules = QStringLiteral(TWINLOOM_SOURCE_DIR "/build/npm-wot8/node_modules");
    QVERIFY2(QFile::exists(modules + QStringLiteral("/@node-wot/binding-mqtt/package.json")),
             "node-wot's MQTT binding is not installed in build/npm-wot8: run scripts/setup");
    twinloom::Test::MosquittoBroker broker;
    QVERIFY(broker.start());
    QTemporaryDir dir;
    nlohmann::json mqtt;
    mqtt["id"] = "mqtt";
    mqtt["type"] = "mqtt";
    mqtt["config"]["broker"] = {{"host", "127.0.0.1"}, {"port", broker.port()}};
    const QString tdFile = exportRoom(dir, project(mqtt));
    QVERIFY(!tdFile.isEmpty());
    const nlohmann::json result = runAndConsume(node, modules, dir, tdFile, roomPlan("mqtt"));
    QVERIFY2(!result.contains("error"), result.dump().c_str());
    QCOMPARE(result["read"].get<double>(), 21.0);
    QVERIFY(result["written"].get<bool>());
    // node-wot's MQTT binding publishes the action and expects no answer; its effect shows.
    QVERIFY2(result["observed"].size() >= 3, result.dump().c_str());
    for (const auto &v : result["observed"])
        QVERIFY(v.is_number() && v.get<double>() >= 18.9 && v.get<double>() <= 23.1);
    QCOMPARE(result["readAfter"]["setpoint"].get<double>(), 23.5);
    QCOMPARE(result["readAfter"]["note"].get<std::string>(), std::string("from node-wot"));
}

// The example as a user runs it: the edge-cloud building's node edge-1 on a broker (the example's
// 1883 moved to a free port), and node-wot reading and observing floor 1 through the Thing
// Description exported from the example.
void TestNodeWot::consumesTheEdgeCloudExample()
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty())
        QSKIP("node is not installed (Debian package nodejs): node-wot cannot run");
    const QString modules = QStringLiteral(TWINLOOM_SOURCE_DIR "/build/npm-wot8/node_modules");
    QVERIFY2(QFile::exists(modules + QStringLiteral("/@node-wot/binding-mqtt/package.json")),
             "node-wot's MQTT binding is not installed in build/npm-wot8: run scripts/setup");
    twinloom::Test::MosquittoBroker broker;
    QVERIFY(broker.start());
    QFile example(
        QStringLiteral(TWINLOOM_SOURCE_DIR "/examples/smart-building-edge-cloud.twinloom.json"));
    QVERIFY(example.open(QIODevice::ReadOnly));
    QByteArray text = example.readAll();
    QVERIFY(text.contains("\"port\": 1883"));
    const QByteArray port = QByteArrayLiteral("\"port\": ") + QByteArray::number(broker.port());
    text.replace(QByteArrayLiteral("\"port\": 1883"), port);
    QTemporaryDir dir;
    const QString projectFile = dir.filePath(QStringLiteral("edge-cloud.twinloom.json"));
    QFile copy(projectFile);
    QVERIFY(copy.open(QIODevice::WriteOnly) && copy.write(text) == text.size());
    copy.close();
    QProcess exporter;
    exporter.start(QStringLiteral(TWINLOOM_RUN),
                   {projectFile, QStringLiteral("--export"), QStringLiteral("wot"),
                    QStringLiteral("--output"), dir.filePath(QStringLiteral("td"))});
    QVERIFY(exporter.waitForFinished(20000));
    QVERIFY2(exporter.exitCode() == 0, exporter.readAllStandardError().constData());
    const QString tdFile = dir.filePath(QStringLiteral("td/floor-1.td.json"));
    QVERIFY(QFile::exists(tdFile));

    QProcess runner;
    runner.start(QStringLiteral(TWINLOOM_RUN),
                 {projectFile, QStringLiteral("--node"), QStringLiteral("edge-1")});
    QVERIFY(runner.waitForStarted(5000));
    nlohmann::json plan;
    plan["bindings"] = {"mqtt"};
    plan["read"] = "temperature";
    plan["observe"] = "temperature";
    plan["observeMs"] = 4000;
    nlohmann::json result;
    for (int attempt = 0; attempt < 3; ++attempt) {
        result = consume(node, modules, dir, tdFile, plan);
        if (!result.contains("error"))
            break;
    }
    twinloom::Test::stopProcess(runner);
    QVERIFY2(!result.contains("error"), result.dump().c_str());
    // A floor's temperature: the mean of its rooms' simulated sensors, near 21 °C.
    QVERIFY2(result["read"].is_number() && result["read"].get<double>() > 15 &&
                 result["read"].get<double>() < 30,
             result.dump().c_str());
    QVERIFY2(!result["observed"].empty(), result.dump().c_str());
    for (const auto &v : result["observed"])
        QVERIFY(v.is_number() && v.get<double>() > 15 && v.get<double>() < 30);
}

QTEST_MAIN(TestNodeWot)
#include "tst_nodewot.moc"
