// The W3C's reference WoT implementation, node-wot, consumes the Thing Description that
// `twinloom-run --export wot` writes for a twin with an http digital adapter, and uses it
// through its forms against a running twinloom-run: reads a property, writes a desired value,
// invokes an action, observes a property by long polling, with a bearer token.

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

QByteArray project(quint16 port)
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
    nlohmann::json http;
    http["id"] = "http";
    http["type"] = "http";
    http["config"]["port"] = port;
    http["config"]["tokens"]["write"] = "${env:ROOM_HTTP_TOKEN}";
    nlohmann::json desired = nlohmann::json::array();
    desired.push_back({{"property", "setpoint"}, {"action", "setSetpoint"}});
    nlohmann::json twin;
    twin["id"] = "room-1";
    twin["model"] = "dtmi:test:Room;1";
    twin["physicalAdapters"] = nlohmann::json::array({sim});
    twin["digitalAdapters"] = nlohmann::json::array({http});
    twin["shadowing"]["desired"] = desired;
    nlohmann::json p;
    p["format"] = "twinloom-project";
    p["version"] = 1;
    p["name"] = "wot";
    p["models"] = nlohmann::json::array({model});
    p["twins"] = nlohmann::json::array({twin});
    return QByteArray::fromStdString(p.dump(2));
}

} // namespace

class TestNodeWot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void consumesAndUsesTheThing();
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
    const QString projectFile = dir.filePath(QStringLiteral("room.twinloom.json"));
    {
        QFile f(projectFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(project(port));
    }
    // The Thing Description, as a user exports it.
    QProcess exporter;
    exporter.start(QStringLiteral(TWINLOOM_RUN),
                   {projectFile, QStringLiteral("--export"), QStringLiteral("wot"),
                    QStringLiteral("--output"), dir.filePath(QStringLiteral("td"))});
    QVERIFY(exporter.waitForFinished(20000));
    QVERIFY2(exporter.exitCode() == 0, exporter.readAllStandardError().constData());
    const QString tdFile = dir.filePath(QStringLiteral("td/room-1.td.json"));
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
    QFile planFile(dir.filePath(QStringLiteral("plan.json")));
    QVERIFY(planFile.open(QIODevice::WriteOnly));
    planFile.write(QByteArray::fromStdString(plan.dump()));
    planFile.close();
    QProcess client;
    QProcessEnvironment clientEnv = QProcessEnvironment::systemEnvironment();
    clientEnv.insert(QStringLiteral("NODE_WOT_MODULES"), modules);
    client.setProcessEnvironment(clientEnv);
    client.start(node, {QStringLiteral(TWINLOOM_SOURCE_DIR "/tests/interop/wot/consume.js"), tdFile,
                        planFile.fileName()});
    QVERIFY(client.waitForFinished(90000));
    const QByteArray out = client.readAllStandardOutput();
    const auto result = nlohmann::json::parse(out.constBegin(), out.constEnd(), nullptr, false);
    QVERIFY2(client.exitCode() == 0 && result.is_object() && !result.contains("error"),
             QByteArray(out + client.readAllStandardError()).constData());
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

QTEST_MAIN(TestNodeWot)
#include "tst_nodewot.moc"
