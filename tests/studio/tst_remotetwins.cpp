// Monitor mode with remote twins: a separate twinloom-run publishes simulated twins on a real
// Mosquitto; the studio discovers them from their retained descriptions, shows a mirror's
// dashboard with the values the remote twin produced, invokes its action and writes its desired
// value, reports malformed descriptions and unreachable brokers, and follows the runner's end.

#include "adapters/builtinadapters.h"
#include "app/studio/monitor/dashboard.h"
#include "app/studio/monitor/monitorcontroller.h"
#include "app/studio/monitor/monitorview.h"
#include "app/studio/monitor/remotesourcesdialog.h"
#include "app/studio/monitor/remotetwins.h"
#include "app/studio/monitor/tilemodel.h"
#include "app/studio/shared/enginehost.h"
#include "app/studio/shared/graphmodel.h"
#include "engine/adapter.h"
#include "tests/support/coappeer.h"
#include "tests/support/httpclient.h"
#include "tests/support/mosquittobroker.h"
#include "tests/support/studiotest.h"

#include <QtCore/QLocale>
#include <QtCore/QScopeGuard>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtGui/QUndoStack>
#include <QtTest/QtTest>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QSpinBox>

using namespace twinloom;
using namespace twinloom::Studio;
using twinloom::Test::MosquittoBroker;

namespace {

// Two heaters: a constant power, a setpoint the setSetpoint action (and the desired value)
// changes, and the digital adapter `digital`.
QByteArray project(const GraphModel::Json &digital)
{
    auto doc = GraphModel::Json::parse(R"({
  "format": "twinloom-project", "version": 1,
  "models": [{"@id": "dtmi:test:Heater;1", "displayName": "Heater", "contents": [
    {"@type": "Property", "name": "power", "schema": "double", "unit": "watt",
     "minimum": 0, "maximum": 2000},
    {"@type": "Property", "name": "setpoint", "schema": "double", "unit": "degreeCelsius",
     "writable": true, "minimum": 5, "maximum": 35},
    {"@type": "Command", "name": "setSetpoint", "displayName": "Set setpoint",
     "request": {"name": "temperature", "schema": "double"},
     "response": {"name": "applied", "schema": "double"}}]}],
  "twins": []
})");
    for (int i = 1; i <= 2; ++i) {
        const std::string id = "heater-" + std::to_string(i);
        doc["twins"].push_back(GraphModel::Json::parse(R"({
      "model": "dtmi:test:Heater;1",
      "physicalAdapters": [{"id": "sim", "type": "sim", "config": {
        "rate": 5, "variables": {"setpoint": 21.0}, "publishVariables": true,
        "signals": [{"name": "power", "generator": "constant", "value": 1234.5}],
        "actions": [{"name": "setSetpoint", "sets": "setpoint"}]}}],
      "shadowing": {"passThrough": true,
                    "desired": [{"property": "setpoint", "action": "setSetpoint"}]},
      "digitalAdapters": []
    })"));
        auto &t = doc["twins"].back();
        t["id"] = id;
        t["displayName"] = "Heater " + std::to_string(i);
        t["digitalAdapters"].push_back(digital);
    }
    return QByteArray::fromStdString(doc.dump(2));
}

// An MQTT digital adapter under the prefix "site".
GraphModel::Json mqttAdapter(quint16 port)
{
    return {{"id", "mqtt"},
            {"type", "mqtt"},
            {"config",
             {{"prefix", "site"},
              {"broker", {{"port", port}, {"reconnect", {{"min", 1}, {"max", 1}}}}}}}};
}

// Writes the project and runs it in a separate twinloom-run.
bool startRunner(QProcess &runner, const QString &path, const QByteArray &project)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(project) != project.size())
        return false;
    f.close();
    runner.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    runner.start(QStringLiteral(TWINLOOM_RUN), {path});
    return runner.waitForStarted();
}

// Adds `source` and waits until it lists both heaters of project() with their model, running.
void discoverHeaters(RemoteTwins &remote, const RemoteSource &source)
{
    QString error;
    QVERIFY2(remote.addSource(source, &error), qPrintable(error));
    const QString key = source.key();
    QTRY_VERIFY_WITH_TIMEOUT(remote.twin(key, QStringLiteral("heater-1")) &&
                                 remote.twin(key, QStringLiteral("heater-2")),
                             15000);
    const RemoteTwin *heater = remote.twin(key, QStringLiteral("heater-1"));
    QCOMPARE(heater->model, QStringLiteral("dtmi:test:Heater;1"));
    QCOMPARE(heater->properties,
             QStringList({QStringLiteral("power"), QStringLiteral("setpoint")}));
    QTRY_COMPARE_WITH_TIMEOUT(remote.twin(key, QStringLiteral("heater-1"))->lifecycle,
                              QStringLiteral("Synchronized"), 10000);
    QVERIFY(remote.isConnected(key));
    QVERIFY(remote.twin(key, QStringLiteral("heater-1"))->isOnline());
}

TileModel *findTile(MonitorController *c, const TileType *type, const QString &member)
{
    for (int i = 0; i < c->tileCount(); ++i)
        if (c->tile(i)->tile().type == type && c->tile(i)->tile().member == member)
            return c->tile(i);
    return nullptr;
}

QStringList choices(const QComboBox *box)
{
    QStringList out;
    for (int i = 0; i < box->count(); ++i)
        out << box->itemText(i);
    return out;
}

bool anyProblemContains(const RemoteTwins &remote, const QString &text)
{
    for (const RemoteTwins::Problem &p : remote.problems())
        if (p.message.contains(text) || p.source.contains(text))
            return true;
    return false;
}

// Publishes a retained message (an empty payload clears the retained one) with mosquitto_pub.
bool publishRetained(quint16 port, const QString &topic, const QByteArray &payload)
{
    QProcess pub;
    QStringList args{QStringLiteral("-h"),  QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                     QString::number(port), QStringLiteral("-t"),        topic,
                     QStringLiteral("-r")};
    args << (payload.isEmpty() ? QStringList{QStringLiteral("-n")}
                               : QStringList{QStringLiteral("-m"), QString::fromUtf8(payload)});
    pub.start(Test::findTool(QStringLiteral("mosquitto_pub")), args);
    return pub.waitForFinished(5000) && pub.exitCode() == 0;
}

} // namespace

class TestRemoteTwins : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void discoversAndMonitorsATwinOfAnotherRunner();
    void discoversATwinOnACoapServer();
    void discoversATwinOfAnHttpRunner();
    void unreachableBrokerIsReported();
    void sourcesAreRememberedWithoutPasswords();

private:
    QTemporaryDir m_dir;
};

void TestRemoteTwins::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Test::setUpStudio(m_dir, QStringLiteral("tst_remotetwins"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestRemoteTwins::discoversAndMonitorsATwinOfAnotherRunner()
{
    MosquittoBroker broker;
    QVERIFY(broker.start());
    QProcess runner;
    QVERIFY(startRunner(runner, m_dir.filePath(QStringLiteral("heaters.twinloom.json")),
                        project(mqttAdapter(broker.port()))));
    const auto stopRunner = qScopeGuard([&runner] { Test::stopProcess(runner); });

    RemoteTwins remote;
    RemoteSource source;
    source.port = broker.port();
    source.prefix = QStringLiteral("site");
    const QString key = source.key();
    QCOMPARE(key, QStringLiteral("mqtt://127.0.0.1:%1/site").arg(broker.port()));
    discoverHeaters(remote, source);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(remote.twin(key, QStringLiteral("heater-1"))->isOnline());

    // The chooser lists them after the project's twins, under their broker.
    GraphModel model;
    QUndoStack undo;
    EngineHost host;
    MonitorView view(&model, &undo, &host, &remote);
    const QString group = QStringLiteral("Remote — broker 127.0.0.1:%1").arg(broker.port());
    QTRY_VERIFY_WITH_TIMEOUT(choices(view.chooser()).contains(group), 5000);
    QVERIFY2(choices(view.chooser()).contains(QStringLiteral("Remote twin heater-1 (Heater)")),
             qPrintable(choices(view.chooser()).join(QLatin1Char('|'))));

    // Its dashboard: generated from the description, fed by a mirror while the project is not
    // running at all.
    QVERIFY(view.showRemoteTwin(key, QStringLiteral("heater-1")));
    MonitorController *c = view.controller();
    QVERIFY(c->isRemote());
    QVERIFY(!host.isRunning());
    QVERIFY(c->isRunning());
    QVERIFY2(c->message().isEmpty(), qPrintable(c->message()));
    QVERIFY2(c->title().contains(QStringLiteral("heater-1 (remote, broker 127.0.0.1:")),
             qPrintable(c->title()));
    TileModel *power = findTile(c, TileType::Gauge, QStringLiteral("power"));
    QVERIFY(power);
    QCOMPARE(power->maximum(), 2000.0);
    QCOMPARE(power->unit(), QStringLiteral("W"));
    QTRY_COMPARE_WITH_TIMEOUT(power->text(), QStringLiteral("1,234.50"), 10000);
    TileModel *setpoint = findTile(c, TileType::Gauge, QStringLiteral("setpoint"));
    QVERIFY(setpoint);
    QTRY_COMPARE_WITH_TIMEOUT(setpoint->text(), QStringLiteral("21.00"), 10000);

    // Its action runs on the remote twin, whose new setpoint comes back.
    TileModel *action = findTile(c, TileType::Action, QStringLiteral("setSetpoint"));
    QVERIFY(action);
    QCOMPARE(action->title(), QStringLiteral("Set setpoint"));
    QTRY_COMPARE_WITH_TIMEOUT(remote.mirrorHost()->engine()->lifecycle(c->dashboard().twin),
                              LifecycleState::Synchronized, 10000);
    action->invoke(QStringLiteral("26.5"));
    QTRY_VERIFY_WITH_TIMEOUT(!action->isBusy(), 10000);
    QVERIFY2(!action->failed(), qPrintable(action->result()));
    QCOMPARE(action->result(), QStringLiteral("Result: 26.5"));
    QTRY_COMPARE_WITH_TIMEOUT(setpoint->text(), QStringLiteral("26.50"), 10000);

    // A desired value reaches the remote twin, whose shadowing applies it.
    TileModel *desired = findTile(c, TileType::Desired, QStringLiteral("setpoint"));
    QVERIFY(desired);
    desired->writeDesired(QVariant(18.0));
    QTRY_COMPARE_WITH_TIMEOUT(desired->desiredText(), QStringLiteral("18"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(setpoint->text(), QStringLiteral("18.00"), 10000);

    // Remote dashboards are generated: no edits land in the project.
    QVERIFY(!c->removeTile(0));
    QVERIFY(c->message().contains(QStringLiteral("remote twin")));
    QCOMPARE(undo.count(), 0);

    // Malformed descriptions are reported with their topic; the other twins stay.
    const int before = remote.problemCount();
    QVERIFY(publishRetained(broker.port(), QStringLiteral("site/broken/description"), "{not json"));
    QVERIFY(publishRetained(
        broker.port(), QStringLiteral("site/odd/description"),
        R"({"model": "dtmi:test:Odd;1", "properties": {"x": {"schema": "nonsense"}}})"));
    QTRY_COMPARE_WITH_TIMEOUT(remote.problemCount(), before + 2, 5000);
    QVERIFY(anyProblemContains(remote,
                               QStringLiteral("'site/broken/description' is not a JSON object")));
    QVERIFY(anyProblemContains(remote, QStringLiteral("'site/odd/description'")));
    QCOMPARE(remote.problems().back().source,
             QStringLiteral("broker 127.0.0.1:%1").arg(broker.port()));
    QVERIFY(!remote.twin(key, QStringLiteral("broken")));
    QCOMPARE(remote.twins().size(), std::size_t(2));
    QVERIFY(power->text() == QStringLiteral("1,234.50"));

    // A description cleared from the broker takes its twin off the list.
    QVERIFY(publishRetained(broker.port(), QStringLiteral("site/heater-2/description"), {}));
    QTRY_VERIFY_WITH_TIMEOUT(!remote.twin(key, QStringLiteral("heater-2")), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(
        !choices(view.chooser()).contains(QStringLiteral("Remote twin heater-2 (Heater)")), 5000);

    // The runner stops (SIGTERM): the twin goes offline, and so does its mirror.
    runner.terminate();
    QVERIFY(runner.waitForFinished(10000));
    QCOMPARE(runner.exitCode(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!remote.twin(key, QStringLiteral("heater-1"))->isOnline(), 10000);
    // Stopped, or Error from the last will when the runner's connection ended uncleanly.
    const QString last = remote.twin(key, QStringLiteral("heater-1"))->lifecycle;
    QVERIFY2(last == QStringLiteral("Stopped") || last == QStringLiteral("Error"),
             qPrintable(last));
    QTRY_VERIFY_WITH_TIMEOUT(
        choices(view.chooser()).contains(QStringLiteral("Remote twin heater-1 (Heater) — offline")),
        5000);
    QTRY_COMPARE_WITH_TIMEOUT(remote.mirrorHost()->engine()->lifecycle(c->dashboard().twin),
                              LifecycleState::Unbound, 10000);

    // Showing a project twin again leaves the mirror's feed.
    view.refreshChoices();
    QVERIFY(!c->showTwin(QStringLiteral("heater-1")));
    QVERIFY(!c->isRemote());
}

void TestRemoteTwins::discoversATwinOnACoapServer()
{
    const quint16 port = Test::freeUdpPort();
    QProcess runner;
    QVERIFY(startRunner(runner, m_dir.filePath(QStringLiteral("coap.twinloom.json")),
                        project({{"id", "coap"}, {"type", "coap"}, {"config", {{"port", port}}}})));
    const auto stopRunner = qScopeGuard([&runner] { Test::stopProcess(runner); });

    RemoteTwins remote;
    RemoteSource source;
    source.kind = RemoteSource::Kind::Coap;
    source.port = port;
    const QString key = source.key();
    QCOMPARE(key, QStringLiteral("coap://127.0.0.1:%1").arg(port));
    discoverHeaters(remote, source);
    if (QTest::currentTestFailed())
        return;

    GraphModel model;
    QUndoStack undo;
    EngineHost host;
    MonitorView view(&model, &undo, &host, &remote);
    QTRY_VERIFY_WITH_TIMEOUT(
        choices(view.chooser())
            .contains(QStringLiteral("Remote — CoAP server 127.0.0.1:%1").arg(port)),
        5000);
    QVERIFY(view.showRemoteTwin(key, QStringLiteral("heater-1")));
    MonitorController *c = view.controller();
    QVERIFY2(c->message().isEmpty(), qPrintable(c->message()));
    // The CoAP description gives the range and unit as the MQTT one does: the same gauges.
    TileModel *power = findTile(c, TileType::Gauge, QStringLiteral("power"));
    QVERIFY(power);
    QCOMPARE(power->maximum(), 2000.0);
    QCOMPARE(power->unit(), QStringLiteral("W"));
    QTRY_COMPARE_WITH_TIMEOUT(power->text(), QStringLiteral("1,234.50"), 10000);
    TileModel *setpoint = findTile(c, TileType::Gauge, QStringLiteral("setpoint"));
    QVERIFY(setpoint);
    TileModel *action = findTile(c, TileType::Action, QStringLiteral("setSetpoint"));
    QVERIFY(action);
    QTRY_COMPARE_WITH_TIMEOUT(remote.mirrorHost()->engine()->lifecycle(c->dashboard().twin),
                              LifecycleState::Synchronized, 10000);
    action->invoke(QStringLiteral("24.5"));
    QTRY_VERIFY_WITH_TIMEOUT(!action->isBusy(), 10000);
    QVERIFY2(!action->failed(), qPrintable(action->result()));
    QTRY_COMPARE_WITH_TIMEOUT(setpoint->text(), QStringLiteral("24.50"), 10000);

    // The server goes away: its twins are offline, reported once.
    runner.terminate();
    QVERIFY(runner.waitForFinished(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!remote.twin(key, QStringLiteral("heater-1"))->isOnline(), 15000);
    QVERIFY(anyProblemContains(remote, QStringLiteral("no answer from the CoAP server")));
    QCOMPARE(remote.problems().back().source, QStringLiteral("CoAP server 127.0.0.1:%1").arg(port));
}

void TestRemoteTwins::discoversATwinOfAnHttpRunner()
{
    const quint16 port = Test::freePort();
    qputenv("HEATER_HTTP_TOKEN", "heater-token-0123456789");
    GraphModel::Json http = {{"id", "http"}, {"type", "http"}};
    http["config"]["port"] = port;
    http["config"]["tokens"]["write"] = "${env:HEATER_HTTP_TOKEN}";
    QProcess runner;
    QVERIFY(
        startRunner(runner, m_dir.filePath(QStringLiteral("http.twinloom.json")), project(http)));
    const auto stopRunner = qScopeGuard([&runner] { Test::stopProcess(runner); });
    QNetworkAccessManager net;
    QTRY_VERIFY_WITH_TIMEOUT(
        Test::httpRequest(net, "GET", QStringLiteral("http://127.0.0.1:%1/healthz").arg(port), {},
                          {}, 500)
                .status == 200,
        15000);

    RemoteTwins remote;
    RemoteSource source;
    source.kind = RemoteSource::Kind::Http;
    source.port = port;
    // Without the token the runner says why.
    {
        RemoteTwins refused;
        QVERIFY(refused.addSource(source));
        QTRY_VERIFY_WITH_TIMEOUT(anyProblemContains(refused, QStringLiteral("bearer token")),
                                 15000);
    }
    source.token = QStringLiteral("heater-token-0123456789");
    const QString key = source.key();
    QCOMPARE(key, QStringLiteral("http://127.0.0.1:%1").arg(port));
    discoverHeaters(remote, source);
    if (QTest::currentTestFailed())
        return;

    GraphModel model;
    QUndoStack undo;
    EngineHost host;
    MonitorView view(&model, &undo, &host, &remote);
    QTRY_VERIFY_WITH_TIMEOUT(
        choices(view.chooser())
            .contains(QStringLiteral("Remote — HTTP runner 127.0.0.1:%1").arg(port)),
        5000);
    QVERIFY(view.showRemoteTwin(key, QStringLiteral("heater-1")));
    MonitorController *c = view.controller();
    QVERIFY2(c->message().isEmpty(), qPrintable(c->message()));
    TileModel *power = findTile(c, TileType::Gauge, QStringLiteral("power"));
    QVERIFY(power);
    QCOMPARE(power->maximum(), 2000.0);
    QTRY_COMPARE_WITH_TIMEOUT(power->text(), QStringLiteral("1,234.50"), 10000);
    TileModel *setpoint = findTile(c, TileType::Gauge, QStringLiteral("setpoint"));
    TileModel *action = findTile(c, TileType::Action, QStringLiteral("setSetpoint"));
    QVERIFY(setpoint && action);
    QTRY_COMPARE_WITH_TIMEOUT(remote.mirrorHost()->engine()->lifecycle(c->dashboard().twin),
                              LifecycleState::Synchronized, 10000);
    // An action on the mirror goes to the remote twin over HTTP, and its change comes back on
    // the stream.
    action->invoke(QStringLiteral("24.5"));
    QTRY_VERIFY_WITH_TIMEOUT(!action->isBusy(), 10000);
    QVERIFY2(!action->failed(), qPrintable(action->result()));
    QTRY_COMPARE_WITH_TIMEOUT(setpoint->text(), QStringLiteral("24.50"), 10000);

    // The runner goes away: its twins are offline, reported once.
    runner.terminate();
    QVERIFY(runner.waitForFinished(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!remote.twin(key, QStringLiteral("heater-1"))->isOnline(), 15000);
    QCOMPARE(remote.problems().back().source, QStringLiteral("HTTP runner 127.0.0.1:%1").arg(port));
}

void TestRemoteTwins::unreachableBrokerIsReported()
{
    RemoteTwins remote;
    RemoteSource source;
    source.port = Test::freePort(); // nothing listens there
    QVERIFY(remote.addSource(source));
    const QString label = QStringLiteral("broker 127.0.0.1:%1").arg(source.port);
    QTRY_COMPARE_WITH_TIMEOUT(remote.problemCount(), 1, 10000);
    QCOMPARE(remote.problems().front().source, label);
    // The first attempt that fails says why, once: later attempts are not news.
    QCOMPARE(remote.problems().front().message,
             QStringLiteral("cannot connect to the broker 127.0.0.1:%1: Connection refused")
                 .arg(source.port));
    QTest::qWait(2500);
    QCOMPARE(remote.problemCount(), 1);
    QVERIFY(remote.twins().empty());
    // Choosing a twin it never announced says so instead of failing silently.
    GraphModel model;
    QUndoStack undo;
    EngineHost host;
    MonitorController c(&model, &undo, &host);
    c.setRemoteTwins(&remote);
    QVERIFY(!c.showRemoteTwin(source.key(), QStringLiteral("ghost")));
    QCOMPARE(c.message(), QStringLiteral("%1 does not announce a twin 'ghost'.").arg(label));
    // Bad sources are refused with the reason.
    QString error;
    RemoteSource bad = source;
    bad.prefix = QStringLiteral("site/#");
    QVERIFY(!remote.addSource(bad, &error));
    QVERIFY2(error.contains(QStringLiteral("prefix")), qPrintable(error));
    QCOMPARE(remote.sources().size(), std::size_t(1));
}

void TestRemoteTwins::sourcesAreRememberedWithoutPasswords()
{
    const quint16 port = Test::freePort();
    {
        RemoteTwins remote;
        RemoteSourcesDialog dialog(&remote);
        dialog.portField()->setValue(port);
        dialog.prefixField()->setText(QStringLiteral("plant"));
        QVERIFY(dialog.addFromForm());
        QCOMPARE(dialog.sourceList()->count(), 1);
        QVERIFY2(dialog.sourceList()->item(0)->text().contains(QStringLiteral("prefix plant")),
                 qPrintable(dialog.sourceList()->item(0)->text()));
        dialog.prefixField()->setText(QStringLiteral("a/+"));
        QVERIFY(!dialog.addFromForm());
        RemoteSource withPassword = remote.sources().front();
        withPassword.username = QStringLiteral("ops");
        withPassword.password = QStringLiteral("s3cret");
        QVERIFY(remote.addSource(withPassword));
        // An HTTP runner with a bearer token.
        dialog.kindField()->setCurrentIndex(2);
        QCOMPARE(dialog.portField()->value(), 8080);
        QVERIFY(dialog.tokenField()->isEnabled());
        QVERIFY(!dialog.prefixField()->isEnabled());
        dialog.tokenField()->setText(QStringLiteral("runner-token-0123456789"));
        QVERIFY(dialog.addFromForm());
        QCOMPARE(dialog.sourceList()->count(), 2);
        QVERIFY(
            !dialog.sourceList()
                 ->findItems(QStringLiteral("HTTP runner 127.0.0.1:8080 — "), Qt::MatchStartsWith)
                 .isEmpty());
        if (qEnvironmentVariableIsSet("TWINLOOM_SCREENSHOT_DIR")) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.grab().save(qEnvironmentVariable("TWINLOOM_SCREENSHOT_DIR") +
                               QStringLiteral("/remote-sources.png"));
        }
        remote.saveSettings();
    }
    const QByteArray saved = QSettings().value(QStringLiteral("remote/sources")).toByteArray();
    QVERIFY(saved.contains("\"ops\""));
    QVERIFY(!saved.contains("s3cret"));
    QVERIFY(saved.contains("\"http\""));
    QVERIFY(!saved.contains("runner-token"));
    RemoteTwins again;
    again.loadSettings();
    QCOMPARE(again.sources().size(), std::size_t(2));
    for (const RemoteSource &s : again.sources())
        QVERIFY(s.token.isEmpty() && s.password.isEmpty());
    const auto sources = again.sources();
    const auto broker = std::find_if(sources.begin(), sources.end(), [](const RemoteSource &s) {
        return s.kind == RemoteSource::Kind::Mqtt;
    });
    QVERIFY(broker != sources.end());
    QCOMPARE(broker->port, int(port));
    QCOMPARE(broker->prefix, QStringLiteral("plant"));
    QCOMPARE(broker->username, QStringLiteral("ops"));
}

QTEST_MAIN(TestRemoteTwins)
#include "tst_remotetwins.moc"
