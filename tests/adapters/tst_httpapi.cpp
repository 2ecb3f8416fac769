// The http digital adapter served to real clients (Qt's network classes, curl, a WebSocket client
// and a raw socket for what good clients never send): every route, every error as problem
// details, tokens, CORS, TLS, time-outs, pipelining, the change stream and its bounded queue.

#include "adapters/builtinadapters.h"
#include "adapters/http/httpapi.h"
#include "engine/engine.h"
#include "engine/history/sqlhistorystore.h"
#include "tests/support/httpclient.h"
#include "tests/support/twintest.h"

#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>
#include <QtWebSockets/QWebSocket>

#include <nlohmann/json.hpp>

using namespace twinloom;
using Test::httpRequest;
using Test::rawExchange;
using Test::rawStatus;

namespace {

const char *kModel = R"({"@id": "dtmi:test:Room;1", "contents": [
  {"@type": "Property", "name": "temperature", "schema": "double", "unit": "degreeCelsius",
   "history": 100},
  {"@type": "Property", "name": "setpoint", "schema": "double", "writable": true,
   "minimum": 5, "maximum": 35},
  {"@type": "Property", "name": "note", "schema": "string", "writable": true},
  {"@type": "Event", "name": "alarm", "schema": "string"},
  {"@type": "Relationship", "name": "next", "target": "dtmi:test:Room;1"},
  {"@type": "Command", "name": "setSetpoint", "request": {"name": "value", "schema": "double"},
   "response": {"name": "value", "schema": "double"}},
  {"@type": "Command", "name": "setNote", "request": {"name": "text", "schema": "string"}}]})";

nlohmann::json room(const QString &id, const nlohmann::json &httpConfig)
{
    nlohmann::json sim;
    sim["variables"] = {{"setpoint", 21.0}, {"note", ""}};
    sim["publishVariables"] = true;
    sim["actions"] = nlohmann::json::array();
    sim["actions"].push_back({{"name", "setSetpoint"}, {"sets", "setpoint"}});
    sim["actions"].push_back({{"name", "setNote"}, {"sets", "note"}});
    nlohmann::json physical = nlohmann::json::array();
    physical.push_back({{"id", "sim"}, {"type", "sim"}, {"config", sim}});
    nlohmann::json digital = nlohmann::json::array();
    digital.push_back({{"id", "http"}, {"type", "http"}, {"config", httpConfig}});
    nlohmann::json desired = nlohmann::json::array();
    desired.push_back({{"property", "setpoint"}, {"action", "setSetpoint"}});
    nlohmann::json twin;
    twin["id"] = id.toStdString();
    twin["model"] = "dtmi:test:Room;1";
    twin["physicalAdapters"] = physical;
    twin["digitalAdapters"] = digital;
    twin["shadowing"] = {{"desired", desired}};
    return twin;
}

// The parts of one WebSocket frame a server sent (unmasked), or nullopt while incomplete.
std::optional<std::pair<int, QByteArray>> takeFrame(QByteArray &in)
{
    if (in.size() < 2)
        return std::nullopt;
    const int opcode = static_cast<quint8>(in[0]) & 0x0F;
    quint64 length = static_cast<quint8>(in[1]) & 0x7F;
    qsizetype offset = 2;
    if (length == 126) {
        if (in.size() < 4)
            return std::nullopt;
        length = qFromBigEndian<quint16>(in.constData() + 2);
        offset = 4;
    } else if (length == 127) {
        if (in.size() < 10)
            return std::nullopt;
        length = qFromBigEndian<quint64>(in.constData() + 2);
        offset = 10;
    }
    if (in.size() < offset + static_cast<qsizetype>(length))
        return std::nullopt;
    QByteArray payload = in.mid(offset, static_cast<qsizetype>(length));
    in.remove(0, offset + static_cast<qsizetype>(length));
    return std::pair{opcode, payload};
}

} // namespace

class TestHttpApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerBuiltinAdapters(AdapterRegistry::global()); }
    void init();
    void cleanup();
    void listensOnLoopbackAndListsTwins();
    void descriptionStateAndRelationships();
    void readPropertyEventAndHistory();
    void writeDesiredValue();
    void historyFromTheStore();
    void invokeAction();
    void errorsAreProblemDetails();
    void openApiDocumentsEveryRoute();
    void healthReadinessAndStarting();
    void curlAgainstTheRoutes();
    void bearerTokens();
    void corsAllowList();
    void tls();
    void malformedRequests();
    void pipeliningKeepsOrder();
    void timeoutsFreeTheServer();
    void clientKilledMidRequest();
    void idleConnectionsCannotHoldTheServer();
    void streamSubscribesAndReceives();
    void slowStreamClientIsBounded();
    void configurationErrors();

private:
    // An engine of two rooms served on a free port with `config` (more fields of the adapter).
    void startEngine(const nlohmann::json &config = nlohmann::json::object());
    QString url(const QString &path) const { return m_api->baseUrl() + path; }
    Test::HttpResult get(const QString &path,
                         const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        return httpRequest(m_net, "GET", url(path), {}, headers);
    }

    std::unique_ptr<Engine> m_engine;
    std::shared_ptr<HttpApi> m_api;
    quint16 m_port = 0;
    QNetworkAccessManager m_net;
};

void TestHttpApi::startEngine(const nlohmann::json &extra)
{
    cleanup();
    m_engine = std::make_unique<Engine>();
    Diagnostics d;
    QVERIFY(m_engine->addModel(nlohmann::json::parse(kModel), d));
    nlohmann::json config = extra;
    config["port"] = 0;
    for (const char *id : {"room-1", "room-2"}) {
        auto desc = TwinDescriptor::fromJson(room(QLatin1String(id), config),
                                             QStringLiteral("/twins/0"), d);
        QVERIFY2(desc && m_engine->addTwin(*desc, d, QStringLiteral("/twins/0")),
                 qPrintable(d.toString()));
    }
    m_engine->startAll();
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->lifecycle(QStringLiteral("room-2")),
                              LifecycleState::Synchronized, 5000);
    m_api = HttpApi::find(m_engine.get(), QStringLiteral("127.0.0.1"), 0);
    QVERIFY(m_api);
    m_port = static_cast<quint16>(m_api->port());
    QVERIFY(m_port > 0);
    // Served once the server has each twin's snapshot.
    QList<std::pair<QByteArray, QByteArray>> auth;
    if (config.contains("tokens"))
        auth.append(
            {"Authorization",
             "Bearer " + QByteArray::fromStdString(config["tokens"]["read"].get<std::string>())});
    QTRY_VERIFY_WITH_TIMEOUT(get(QStringLiteral("/api/twins/room-2/state"), auth).status == 200,
                             5000);
}

void TestHttpApi::init()
{
    startEngine();
}

void TestHttpApi::cleanup()
{
    m_api.reset();
    m_engine.reset();
    m_net.clearConnectionCache();
}

void TestHttpApi::listensOnLoopbackAndListsTwins()
{
    QCOMPARE(m_api->endpoint().host, QStringLiteral("127.0.0.1"));
    auto r = get(QStringLiteral("/api/twins"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    const auto j = r.json();
    QCOMPARE(j["count"].get<int>(), 2);
    QCOMPARE(j["twins"][0]["id"].get<std::string>(), std::string("room-1"));
    QCOMPARE(j["twins"][0]["href"].get<std::string>(), std::string("/api/twins/room-1"));
    QCOMPARE(j["twins"][0]["lifecycle"].get<std::string>(), std::string("Synchronized"));
    QCOMPARE(get(QStringLiteral("/api/twins?model=dtmi:test:Room;1")).json()["count"].get<int>(),
             2);
    QCOMPARE(get(QStringLiteral("/api/twins?model=dtmi:test:Other;1")).json()["count"].get<int>(),
             0);
    QCOMPARE(get(QStringLiteral("/api/twins?state=Synchronized")).json()["count"].get<int>(), 2);
    QCOMPARE(get(QStringLiteral("/api/twins?node=edge")).json()["count"].get<int>(), 0);
    QCOMPARE(get(QStringLiteral("/api/twins?state=Sleeping")).status, 400);
    // Stopping a twin shows in its state.
    m_engine->stopTwin(QStringLiteral("room-2")).waitForFinished();
    QTRY_COMPARE_WITH_TIMEOUT(
        get(QStringLiteral("/api/twins?state=Stopped")).json()["count"].get<int>(), 1, 5000);
}

void TestHttpApi::descriptionStateAndRelationships()
{
    auto d = get(QStringLiteral("/api/twins/room-1")).json();
    QCOMPARE(d["id"].get<std::string>(), std::string("room-1"));
    QCOMPARE(d["model"].get<std::string>(), std::string("dtmi:test:Room;1"));
    QCOMPARE(d["properties"]["temperature"]["href"].get<std::string>(),
             std::string("/api/twins/room-1/properties/temperature"));
    QCOMPARE(d["actions"]["setNote"]["href"].get<std::string>(),
             std::string("/api/twins/room-1/actions/setNote"));
    QVERIFY(d["properties"]["setpoint"]["writable"].get<bool>());

    QVERIFY(m_engine->ingest(QStringLiteral("room-1"),
                             Test::propertyEvent(QStringLiteral("temperature"), Value(22.25))));
    QTRY_VERIFY_WITH_TIMEOUT(get(QStringLiteral("/api/twins/room-1/state"))
                                     .json()["properties"]["temperature"]["value"] == 22.25,
                             5000);
    auto s = get(QStringLiteral("/api/twins/room-1/state")).json();
    const auto &t = s["properties"]["temperature"];
    QCOMPARE(t["unit"].get<std::string>(), std::string("degreeCelsius"));
    QVERIFY(t["time"].is_string());
    QVERIFY(t["age"].get<double>() >= 0 && t["age"].get<double>() < 5);
    QCOMPARE(t["quality"].get<std::string>(), std::string("good"));
    QVERIFY(s["properties"]["setpoint"].contains("desired"));
    QCOMPARE(s["lifecycle"].get<std::string>(), std::string("Synchronized"));

    auto rel = get(QStringLiteral("/api/twins/room-1/relationships")).json();
    QVERIFY(rel["next"]["instances"].is_array());
    QCOMPARE(rel["next"]["target"].get<std::string>(), std::string("dtmi:test:Room;1"));
}

void TestHttpApi::readPropertyEventAndHistory()
{
    // Null until known.
    QCOMPARE(get(QStringLiteral("/api/twins/room-1/events/alarm")).body, QByteArray("null"));
    for (double v : {20.0, 20.5, 21.0}) {
        QVERIFY(m_engine->ingest(QStringLiteral("room-1"),
                                 Test::propertyEvent(QStringLiteral("temperature"), Value(v))));
    }
    PhysicalEvent alarm;
    alarm.kind = PhysicalEvent::Kind::Event;
    alarm.key = QStringLiteral("alarm");
    alarm.value = Value(QStringLiteral("too hot"));
    QVERIFY(m_engine->ingest(QStringLiteral("room-1"), alarm));
    QTRY_COMPARE_WITH_TIMEOUT(get(QStringLiteral("/api/twins/room-1/properties/temperature")).body,
                              QByteArray("21.0"), 5000);
    auto r = get(QStringLiteral("/api/twins/room-1/properties/temperature"));
    QVERIFY(!r.header("Last-Modified").isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(get(QStringLiteral("/api/twins/room-1/events/alarm")).body,
                              QByteArray("\"too hot\""), 5000);
    // HEAD: the headers only.
    auto head =
        httpRequest(m_net, "HEAD", url(QStringLiteral("/api/twins/room-1/properties/temperature")));
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.isEmpty());
    QCOMPARE(head.header("Content-Length"), QByteArray("4"));

    auto h = get(QStringLiteral("/api/twins/room-1/properties/temperature/history")).json();
    QVERIFY2(h["count"].get<int>() == 3, h.dump().c_str());
    QCOMPARE(h["samples"][2]["value"].get<double>(), 21.0);
    auto limited =
        get(QStringLiteral("/api/twins/room-1/properties/temperature/history?limit=2")).json();
    QCOMPARE(limited["count"].get<int>(), 2);
    QCOMPARE(limited["samples"][0]["value"].get<double>(), 20.5);
    auto future = get(QStringLiteral("/api/twins/room-1/properties/temperature/history?from=") +
                      QString::number(QDateTime::currentSecsSinceEpoch() + 3600));
    QCOMPARE(future.json()["count"].get<int>(), 0);
    auto past = get(
        QStringLiteral("/api/twins/room-1/properties/temperature/history?to=2000-01-01T00:00:00Z"));
    QCOMPARE(past.json()["count"].get<int>(), 0);
    QCOMPARE(get(QStringLiteral("/api/twins/room-1/properties/temperature/history?from=yesterday"))
                 .status,
             400);
    QCOMPARE(get(QStringLiteral("/api/twins/room-1/properties/temperature/history?limit=0")).status,
             400);
}

void TestHttpApi::historyFromTheStore()
{
    const QString base = QStringLiteral("/api/twins/room-1/");
    // Without a store: events have no history, properties answer from memory.
    QCOMPARE(get(base + QStringLiteral("events/alarm/history")).status, 409);
    QCOMPARE(get(base + QStringLiteral("properties/temperature/history")).json()["source"],
             "memory");

    QTemporaryDir dir;
    QString error;
    Diagnostics d;
    auto config = HistoryConfig::fromJson(nlohmann::json::parse(R"({"flushInterval": "PT0.02S"})"),
                                          QStringLiteral("/history"), d);
    QVERIFY(config);
    auto store = SqlHistoryStore::open(*config, dir.filePath(QStringLiteral("h.sqlite")), &error);
    QVERIFY2(store, qPrintable(error));
    store->attach(*m_engine);
    m_engine->setHistoryStore(store);
    // A week ago, hourly, as a store keeps what memory forgot; then live values.
    const Timestamp now = Clock::now();
    const Timestamp hour = 3'600'000'000;
    const Timestamp weekAgo = (now - 7 * 24 * hour) / (6 * hour) * (6 * hour);
    for (int i = 0; i < 24; ++i)
        QVERIFY(store->append(QStringLiteral("room-1"), false, QStringLiteral("temperature"),
                              weekAgo + i * hour, Value(10.0 + i)));
    for (double v : {30.0, 31.0, 32.0}) {
        PhysicalEvent e;
        e.key = QStringLiteral("temperature");
        e.value = Value(v);
        QVERIFY(m_engine->ingest(QStringLiteral("room-1"), std::move(e)));
    }
    PhysicalEvent alarm;
    alarm.kind = PhysicalEvent::Kind::Event;
    alarm.key = QStringLiteral("alarm");
    alarm.value = Value(QStringLiteral("smoke"));
    QVERIFY(m_engine->ingest(QStringLiteral("room-1"), std::move(alarm)));
    m_engine->snapshot(QStringLiteral("room-1")).waitForFinished();
    // The store hears of the twin's changes through its observer, after the twin committed them:
    // flushed, it holds the event once it has reached it.
    QVERIFY(store->flush(10000));
    QTRY_VERIFY_WITH_TIMEOUT(
        store->flush(1000) &&
            get(base + QStringLiteral("events/alarm/history?from=now-PT1H")).json()["count"] == 1,
        10000);

    auto all = get(base + QStringLiteral("properties/temperature/history?from=now-P8D&limit=100"));
    QCOMPARE(all.status, 200);
    auto j = all.json();
    QCOMPARE(j["source"], "store");
    QCOMPARE(j["samples"][0]["value"].get<double>(), 10.0);
    QCOMPARE(j["samples"][0]["time"].get<std::string>(), Clock::toIsoUtf8(weekAgo).toStdString());
    QCOMPARE(j["samples"].back()["value"].get<double>(), 32.0);
    QCOMPARE(j["count"].get<int>(), static_cast<int>(j["samples"].size()));
    QVERIFY(j["count"].get<int>() >= 27);

    // Buckets of six hours over that day: four, with min, max and mean.
    const QString dayStart = QString::fromLatin1(Clock::toIsoUtf8(weekAgo));
    const QString dayEnd = QString::fromLatin1(Clock::toIsoUtf8(weekAgo + 24 * hour));
    auto buckets =
        get(base + QStringLiteral("properties/temperature/history?from=%1&to=%2&step=PT6H")
                       .arg(dayStart, dayEnd))
            .json();
    QCOMPARE(buckets["step"].get<double>(), 6 * 3600.0);
    QCOMPARE(buckets["buckets"].size(), std::size_t(4));
    QCOMPARE(buckets["buckets"][1]["count"].get<int>(), 6);
    QCOMPARE(buckets["buckets"][1]["min"].get<double>(), 16.0);
    QCOMPARE(buckets["buckets"][1]["max"].get<double>(), 21.0);
    QCOMPARE(buckets["buckets"][1]["mean"].get<double>(), 18.5);

    // The value at a time: the last one before it.
    auto at = get(base + QStringLiteral("properties/temperature/history?at=%1")
                             .arg(QString::fromLatin1(Clock::toIsoUtf8(weekAgo + 5 * hour + 1))))
                  .json();
    QCOMPARE(at["value"].get<double>(), 15.0);
    auto before = get(base + QStringLiteral("properties/temperature/history?at=2000-01-01")).json();
    QVERIFY(before["value"].is_null());

    auto events = get(base + QStringLiteral("events/alarm/history?from=now-PT1H")).json();
    QCOMPARE(events["count"].get<int>(), 1);
    QCOMPARE(events["samples"][0]["value"], "smoke");

    QCOMPARE(get(base + QStringLiteral("properties/temperature/history?step=PT1M")).status, 400);
    QCOMPARE(
        get(base + QStringLiteral("properties/temperature/history?from=now-P1D&step=soon")).status,
        400);
    QCOMPARE(get(base + QStringLiteral("properties/temperature/history?from=now-P1000D&step=PT1S"))
                 .status,
             400); // too many buckets
    QCOMPARE(get(base + QStringLiteral("events/alarm/history?step=PT1M&from=now-P1D")).status, 400);
    QCOMPARE(get(base + QStringLiteral("events/nothing/history")).status, 404);
    // The store's counters in /metrics.
    const QByteArray metrics = get(QStringLiteral("/metrics")).body;
    QVERIFY2(metrics.contains("\ntwinloom_history_samples_total "), metrics.constData());
    QVERIFY(metrics.contains("\ntwinloom_history_dropped_total 0\n"));
    QVERIFY(metrics.contains("\ntwinloom_history_writing 1\n"));
    m_engine->setHistoryStore(nullptr);
    QVERIFY(!get(QStringLiteral("/metrics")).body.contains("twinloom_history_"));
    store->detach();
}

void TestHttpApi::writeDesiredValue()
{
    const QString setpoint = url(QStringLiteral("/api/twins/room-1/properties/setpoint"));
    auto r = httpRequest(m_net, "PUT", setpoint, "23.5");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("23.5"));
    // The desired value reaches the device, which reports it back.
    QTRY_COMPARE_WITH_TIMEOUT(get(QStringLiteral("/api/twins/room-1/properties/setpoint")).body,
                              QByteArray("23.5"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(
        get(QStringLiteral("/api/twins/room-1/state")).json()["properties"]["setpoint"]["desired"],
        nlohmann::json(23.5), 5000);
    // An integer is a double here.
    QCOMPARE(httpRequest(m_net, "PUT", setpoint, "24").status, 200);
    // Outside the schema or its range: 422, and nothing changes.
    auto wrong = httpRequest(m_net, "PUT", setpoint, "\"hot\"");
    QCOMPARE(wrong.status, 422);
    QVERIFY(wrong.json()["detail"].get<std::string>().find("setpoint") != std::string::npos);
    QCOMPARE(httpRequest(m_net, "PUT", setpoint, "99").status, 422);
    QCOMPARE(httpRequest(m_net, "PUT", setpoint, "").status, 422);
    QCOMPARE(
        get(QStringLiteral("/api/twins/room-1/state")).json()["properties"]["setpoint"]["desired"],
        nlohmann::json(24.0));
    // Read-only, unknown, malformed, not JSON.
    auto readOnly = httpRequest(
        m_net, "PUT", url(QStringLiteral("/api/twins/room-1/properties/temperature")), "1");
    QCOMPARE(readOnly.status, 405);
    QCOMPARE(readOnly.header("Allow"), QByteArray("GET, HEAD"));
    QCOMPARE(
        httpRequest(m_net, "PUT", url(QStringLiteral("/api/twins/room-1/properties/nope")), "1")
            .status,
        404);
    QCOMPARE(httpRequest(m_net, "PUT", setpoint, "{\"value\": ").status, 400);
    QCOMPARE(httpRequest(m_net, "PUT", setpoint, "23", {{"Content-Type", "text/plain"}}).status,
             415);
    // A stopped twin takes no writes.
    m_engine->stopTwin(QStringLiteral("room-1")).waitForFinished();
    QTRY_COMPARE_WITH_TIMEOUT(httpRequest(m_net, "PUT", setpoint, "22").status, 409, 5000);
}

void TestHttpApi::invokeAction()
{
    const QString action = url(QStringLiteral("/api/twins/room-2/actions/setNote"));
    auto r = httpRequest(m_net, "POST", action, "\"hello\"");
    QCOMPARE(r.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(get(QStringLiteral("/api/twins/room-2/properties/note")).body,
                              QByteArray("\"hello\""), 5000);
    auto s = httpRequest(m_net, "POST",
                         url(QStringLiteral("/api/twins/room-2/actions/setSetpoint")), "19");
    QCOMPARE(s.status, 200);
    QCOMPARE(s.body, QByteArray("19.0"));
    QCOMPARE(httpRequest(m_net, "POST", action, "").status, 422);
    QCOMPARE(httpRequest(m_net, "POST", action, "{\"a\": [1, 2]}").status, 422);
    QCOMPARE(httpRequest(m_net, "POST", url(QStringLiteral("/api/twins/room-2/actions/nope")), "1")
                 .status,
             404);
    QCOMPARE(httpRequest(m_net, "GET", action).status, 405);
    m_engine->stopTwin(QStringLiteral("room-2")).waitForFinished();
    QTRY_COMPARE_WITH_TIMEOUT(httpRequest(m_net, "POST", action, "\"x\"").status, 409, 5000);
}

void TestHttpApi::errorsAreProblemDetails()
{
    auto r = get(QStringLiteral("/api/twins/nobody"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
    auto p = r.json();
    QCOMPARE(p["status"].get<int>(), 404);
    QCOMPARE(p["title"].get<std::string>(), std::string("Not Found"));
    QCOMPARE(p["type"].get<std::string>(), std::string("about:blank"));
    QCOMPARE(p["instance"].get<std::string>(), std::string("/api/twins/nobody"));
    QVERIFY(p["detail"].get<std::string>().find("nobody") != std::string::npos);
    QCOMPARE(get(QStringLiteral("/nowhere")).status, 404);
    QCOMPARE(get(QStringLiteral("/api/twins/room-1/properties/nope")).status, 404);
    QCOMPARE(get(QStringLiteral("/api/twins/room-1/events/nope")).status, 404);
    auto m = httpRequest(m_net, "DELETE", url(QStringLiteral("/api/twins/room-1")));
    QCOMPARE(m.status, 405);
    QCOMPARE(m.header("Allow"), QByteArray("GET"));
    // A body over the limit: 413 before it is read.
    startEngine({{"maxBody", 1024}});
    auto big = httpRequest(m_net, "PUT", url(QStringLiteral("/api/twins/room-1/properties/note")),
                           "\"" + QByteArray(4000, 'x') + "\"");
    QCOMPARE(big.status, 413);
    QCOMPARE(httpRequest(m_net, "PUT", url(QStringLiteral("/api/twins/room-1/properties/note")),
                         "\"ok\"")
                 .status,
             200);
}

void TestHttpApi::openApiDocumentsEveryRoute()
{
    auto r = get(QStringLiteral("/api/openapi.json"));
    QCOMPARE(r.status, 200);
    const auto doc = r.json();
    QCOMPARE(doc["openapi"].get<std::string>(), std::string("3.1.0"));
    QCOMPARE(doc["servers"][0]["url"].get<std::string>(),
             QStringLiteral("http://127.0.0.1:%1").arg(m_port).toStdString());
    int operations = 0;
    for (const auto &[path, item] : doc["paths"].items()) {
        for (const auto &[method, op] : item.items()) {
            ++operations;
            QVERIFY(op.contains("operationId"));
            QVERIFY(op["responses"].size() > 0);
            QString concrete = QString::fromStdString(path)
                                   .replace(QStringLiteral("{twin}"), QStringLiteral("room-1"))
                                   .replace(QStringLiteral("{property}"), QStringLiteral("note"))
                                   .replace(QStringLiteral("{action}"), QStringLiteral("setNote"))
                                   .replace(QStringLiteral("{event}"), QStringLiteral("alarm"));
            // Each documented operation is served: never 404 or 405 for a member that exists.
            const QByteArray verb = QByteArray::fromStdString(method).toUpper();
            auto answer = httpRequest(m_net, verb, url(concrete),
                                      verb == "GET" ? QByteArray() : QByteArray("\"x\""));
            QVERIFY2(answer.status != 404 && answer.status != 405,
                     qPrintable(QStringLiteral("%1 %2 → %3")
                                    .arg(QString::fromLatin1(verb), concrete)
                                    .arg(answer.status)));
        }
    }
    QCOMPARE(operations, 15);
}

void TestHttpApi::healthReadinessAndStarting()
{
    QCOMPARE(get(QStringLiteral("/healthz")).status, 200);
    QCOMPARE(get(QStringLiteral("/readyz")).status, 200);
    m_api->setReady(false);
    auto r = get(QStringLiteral("/api/twins/room-1/state"));
    QCOMPARE(r.status, 503);
    QCOMPARE(r.header("Retry-After"), QByteArray("1"));
    QCOMPARE(get(QStringLiteral("/readyz")).status, 503);
    QCOMPARE(get(QStringLiteral("/healthz")).status, 200);
    m_api->setReady(true);
    m_engine->stopTwin(QStringLiteral("room-2")).waitForFinished();
    QTRY_COMPARE_WITH_TIMEOUT(get(QStringLiteral("/readyz")).status, 503, 5000);
    auto why = get(QStringLiteral("/readyz")).json();
    QCOMPARE(why["twins"][0]["id"].get<std::string>(), std::string("room-2"));
}

void TestHttpApi::curlAgainstTheRoutes()
{
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
        QSKIP("curl is not installed (Debian package curl)");
    auto list = Test::curl({url(QStringLiteral("/api/twins"))});
    QCOMPARE(list.status, 200);
    QVERIFY(list.body.contains("room-2"));
    auto put = Test::curl({QStringLiteral("-X"), QStringLiteral("PUT"), QStringLiteral("-H"),
                           QStringLiteral("Content-Type: application/json"), QStringLiteral("-d"),
                           QStringLiteral("\"from curl\""),
                           url(QStringLiteral("/api/twins/room-1/properties/note"))});
    QCOMPARE(put.status, 200);
    QCOMPARE(put.body, QByteArray("\"from curl\""));
    QTRY_VERIFY_WITH_TIMEOUT(Test::curl({url(QStringLiteral("/api/twins/room-1/state"))})
                                 .body.contains("\"desired\":\"from curl\""),
                             5000);
    // curl's default form type is not JSON.
    auto form = Test::curl({QStringLiteral("-X"), QStringLiteral("PUT"), QStringLiteral("-d"),
                            QStringLiteral("1"),
                            url(QStringLiteral("/api/twins/room-1/properties/setpoint"))});
    QCOMPARE(form.status, 415);
    // A body sent chunked, and one behind Expect: 100-continue.
    auto chunked = Test::curl({QStringLiteral("-X"), QStringLiteral("POST"), QStringLiteral("-H"),
                               QStringLiteral("Transfer-Encoding: chunked"), QStringLiteral("-H"),
                               QStringLiteral("Content-Type: application/json"),
                               QStringLiteral("-d"), QStringLiteral("\"chunks\""),
                               url(QStringLiteral("/api/twins/room-1/actions/setNote"))});
    QCOMPARE(chunked.status, 200);
    auto expect =
        Test::curl({QStringLiteral("-X"), QStringLiteral("POST"), QStringLiteral("-H"),
                    QStringLiteral("Expect: 100-continue"), QStringLiteral("-H"),
                    QStringLiteral("Content-Type: application/json"), QStringLiteral("-d"),
                    QStringLiteral("\"") + QString(3000, QLatin1Char('e')) + QStringLiteral("\""),
                    url(QStringLiteral("/api/twins/room-1/actions/setNote"))});
    QCOMPARE(expect.status, 200);
    auto metrics = Test::curl({url(QStringLiteral("/metrics"))});
    QCOMPARE(metrics.status, 200);
    QVERIFY(metrics.body.contains("twinloom_twin_events_in_total{twin=\"room-1\"}"));
    QVERIFY(metrics.body.contains("# TYPE twinloom_commit_latency_seconds histogram"));
    QVERIFY(metrics.body.contains("process_resident_memory_bytes"));
}

void TestHttpApi::bearerTokens()
{
    startEngine(
        {{"tokens", {{"read", "read-token-0123456789"}, {"write", "write-token-0123456789"}}}});
    const QString state = QStringLiteral("/api/twins/room-1/state");
    auto none = get(state);
    QCOMPARE(none.status, 401);
    QVERIFY(none.header("WWW-Authenticate").startsWith("Bearer"));
    QCOMPARE(get(state, {{"Authorization", "Bearer wrong-token-0123456789"}}).status, 401);
    QCOMPARE(get(state, {{"Authorization", "Bearer read-token-0123456789"}}).status, 200);
    QCOMPARE(get(state, {{"Authorization", "Bearer write-token-0123456789"}}).status, 200);
    const QString note = url(QStringLiteral("/api/twins/room-1/properties/note"));
    auto reader = httpRequest(m_net, "PUT", note, "\"x\"",
                              {{"Authorization", "Bearer read-token-0123456789"}});
    QCOMPARE(reader.status, 403);
    QVERIFY(reader.header("WWW-Authenticate").contains("insufficient_scope"));
    QCOMPARE(httpRequest(m_net, "PUT", note, "\"x\"",
                         {{"Authorization", "Bearer write-token-0123456789"}})
                 .status,
             200);
    QCOMPARE(get(QStringLiteral("/metrics")).status, 401);
    // Health is for orchestrators, which carry no token; so is the API's description.
    QCOMPARE(get(QStringLiteral("/healthz")).status, 200);
    QCOMPARE(get(QStringLiteral("/api/openapi.json")).status, 200);
    QVERIFY(!get(QStringLiteral("/api/openapi.json")).body.contains("read-token"));
    QVERIFY(get(QStringLiteral("/api/openapi.json"))
                .json()["paths"]["/api/twins"]["get"]
                .contains("security"));
}

void TestHttpApi::corsAllowList()
{
    startEngine({{"cors", {"https://dash.example"}}});
    auto pre =
        httpRequest(m_net, "OPTIONS", url(QStringLiteral("/api/twins/room-1/properties/note")), {},
                    {{"Origin", "https://dash.example"}, {"Access-Control-Request-Method", "PUT"}});
    QCOMPARE(pre.status, 204);
    QCOMPARE(pre.header("Access-Control-Allow-Origin"), QByteArray("https://dash.example"));
    QCOMPARE(pre.header("Access-Control-Allow-Methods"), QByteArray("GET, PUT"));
    auto allowed = get(QStringLiteral("/api/twins"), {{"Origin", "https://dash.example"}});
    QCOMPARE(allowed.header("Access-Control-Allow-Origin"), QByteArray("https://dash.example"));
    auto other = get(QStringLiteral("/api/twins"), {{"Origin", "https://evil.example"}});
    QCOMPARE(other.status, 200);
    QVERIFY(other.header("Access-Control-Allow-Origin").isEmpty());
}

void TestHttpApi::tls()
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QSKIP("openssl is not installed");
    QTemporaryDir dir;
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                   dir.filePath(QStringLiteral("cert.pem")), QStringLiteral("-days"),
                   QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
    QVERIFY(openssl.waitForFinished(30000));
    QCOMPARE(openssl.exitCode(), 0);
    nlohmann::json tlsConfig;
    tlsConfig["certificate"] = dir.filePath(QStringLiteral("cert.pem")).toStdString();
    tlsConfig["key"] = dir.filePath(QStringLiteral("key.pem")).toStdString();
    startEngine({{"tls", tlsConfig}});
    const QString https = QStringLiteral("https://127.0.0.1:%1/api/twins").arg(m_port);
    auto r = httpRequest(m_net, "GET", https);
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.contains("room-1"));
    auto viaCurl = Test::curl({QStringLiteral("-k"), https});
    QCOMPARE(viaCurl.status, 200);
    // Plain HTTP to the TLS port gets nothing served.
    auto plain = rawExchange(m_port, "GET /api/twins HTTP/1.1\r\nHost: x\r\n\r\n", 2000);
    QCOMPARE(rawStatus(plain.received), 0);
    QCOMPARE(m_api->baseUrl(), QStringLiteral("https://127.0.0.1:%1").arg(m_port));
}

void TestHttpApi::malformedRequests()
{
    struct Case
    {
        QByteArray bytes;
        int status;
    };
    const std::vector<Case> cases = {
        {"GARBAGE\r\n\r\n", 400},
        {"GET /api/twins HTTP/2.0\r\n\r\n", 505},
        {"GET api/twins HTTP/1.1\r\n\r\n", 400},
        {"GET /api/twins/%FF%FE HTTP/1.1\r\nHost: x\r\n\r\n", 400},
        {"GET /api/twins?model=%C3%28 HTTP/1.1\r\nHost: x\r\n\r\n", 400},
        {"GET /api/twins HTTP/1.1\r\n bad fold\r\n\r\n", 400},
        {"GET /api/twins HTTP/1.1\r\nX-Big: " + QByteArray(20000, 'a') + "\r\n\r\n", 431},
        {"PUT /api/twins/room-1/properties/note HTTP/1.1\r\nContent-Length: 5\r\n"
         "Transfer-Encoding: chunked\r\n\r\n",
         400},
        {"PUT /api/twins/room-1/properties/note HTTP/1.1\r\nContent-Length: -5\r\n\r\n", 400},
        {"PUT /api/twins/room-1/properties/note HTTP/1.1\r\nContent-Length: 99999999999\r\n\r\n",
         413},
        {"PUT /api/twins/room-1/properties/note HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n", 501},
        {"PUT /api/twins/room-1/properties/note HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
         "zz\r\n",
         400},
    };
    for (const Case &c : cases) {
        auto r = rawExchange(m_port, c.bytes);
        QVERIFY2(rawStatus(r.received) == c.status,
                 qPrintable(QString::fromLatin1(c.bytes.left(60)) + QStringLiteral(" → ") +
                            QString::fromLatin1(r.received.left(60))));
        QVERIFY(r.closedByServer);
        QVERIFY(r.received.contains("application/problem+json"));
    }
    // Still serving, and counted.
    QCOMPARE(get(QStringLiteral("/api/twins")).status, 200);
    auto metrics = get(QStringLiteral("/metrics")).body;
    QVERIFY(metrics.contains("twinloom_http_client_errors_total"));
}

void TestHttpApi::pipeliningKeepsOrder()
{
    QVERIFY(m_engine->ingest(QStringLiteral("room-1"),
                             Test::propertyEvent(QStringLiteral("temperature"), Value(30.5))));
    QTRY_COMPARE_WITH_TIMEOUT(get(QStringLiteral("/api/twins/room-1/properties/temperature")).body,
                              QByteArray("30.5"), 5000);
    // An action answered later, then a read answered at once: the answers keep the requests' order.
    const QByteArray requests =
        "POST /api/twins/room-1/actions/setNote HTTP/1.1\r\nHost: x\r\nContent-Type: "
        "application/json\r\nContent-Length: 7\r\n\r\n\"first\""
        "GET /api/twins/room-1/properties/temperature HTTP/1.1\r\nHost: x\r\n\r\n"
        "GET /api/twins/room-2/properties/nope HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    auto r = rawExchange(m_port, requests, 5000);
    QVERIFY(r.closedByServer);
    const qsizetype first = r.received.indexOf("HTTP/1.1 200");
    const qsizetype second = r.received.indexOf("HTTP/1.1 200", first + 1);
    const qsizetype third = r.received.indexOf("HTTP/1.1 404");
    QVERIFY2(first >= 0 && second > first && third > second, r.received.constData());
    QVERIFY(r.received.mid(second).contains("30.5"));
    QVERIFY(r.received.left(second).contains("\"first\""));
}

void TestHttpApi::timeoutsFreeTheServer()
{
    startEngine({{"headerTimeout", 0.5}, {"idleTimeout", 0.5}});
    // A client that begins a request and stalls hears 408 and is closed.
    QTcpSocket slow;
    slow.connectToHost(QStringLiteral("127.0.0.1"), m_port);
    QVERIFY(slow.waitForConnected(3000));
    slow.write("GET /api/twins HTTP/1.1\r\n");
    QElapsedTimer t;
    t.start();
    QByteArray got;
    while (slow.state() == QAbstractSocket::ConnectedState && t.elapsed() < 5000) {
        slow.write("X");
        slow.waitForReadyRead(100);
        got += slow.readAll();
    }
    got += slow.readAll();
    QCOMPARE(rawStatus(got), 408);
    QVERIFY(t.elapsed() < 3000);
    // A client that sends nothing, and one kept alive with nothing more to ask, are closed.
    auto silent = rawExchange(m_port, {}, 3000);
    QVERIFY(silent.closedByServer);
    QVERIFY(silent.received.isEmpty());
    auto kept = rawExchange(m_port, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n", 3000);
    QCOMPARE(rawStatus(kept.received), 200);
    QVERIFY(kept.closedByServer);
    QVERIFY(get(QStringLiteral("/metrics")).body.contains("twinloom_http_timeouts_total"));
}

void TestHttpApi::clientKilledMidRequest()
{
    for (int i = 0; i < 20; ++i) {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        QVERIFY(socket.waitForConnected(3000));
        socket.write("PUT /api/twins/room-1/properties/note HTTP/1.1\r\nContent-Type: "
                     "application/json\r\nContent-Length: 1000\r\n\r\n\"half");
        socket.waitForBytesWritten(1000);
        socket.abort();
    }
    QCOMPARE(get(QStringLiteral("/api/twins")).status, 200);
    QCOMPARE(httpRequest(m_net, "PUT", url(QStringLiteral("/api/twins/room-1/properties/note")),
                         "\"whole\"")
                 .status,
             200);
}

void TestHttpApi::idleConnectionsCannotHoldTheServer()
{
    startEngine({{"maxConnections", 32}, {"headerTimeout", 60}});
    std::vector<std::unique_ptr<QTcpSocket>> silent;
    for (int i = 0; i < 100; ++i) {
        silent.push_back(std::make_unique<QTcpSocket>());
        silent.back()->connectToHost(QStringLiteral("127.0.0.1"), m_port);
    }
    for (auto &s : silent)
        QVERIFY(s->waitForConnected(3000));
    QTest::qWait(200);
    // The oldest silent ones made room: a real client is served at once.
    QElapsedTimer t;
    t.start();
    QCOMPARE(get(QStringLiteral("/api/twins")).status, 200);
    QVERIFY(t.elapsed() < 3000);
    const QByteArray metrics = get(QStringLiteral("/metrics")).body;
    QVERIFY(Test::metricValue(metrics, "twinloom_http_evicted_total") >= 68);
}

void TestHttpApi::streamSubscribesAndReceives()
{
    QWebSocket ws;
    QList<nlohmann::json> messages;
    connect(&ws, &QWebSocket::textMessageReceived, this, [&messages](const QString &text) {
        messages.append(nlohmann::json::parse(text.toStdString(), nullptr, false));
    });
    ws.open(QUrl(
        QStringLiteral("ws://127.0.0.1:%1/api/stream?filter=twins/%2B/lifecycle").arg(m_port)));
    QTRY_COMPARE_WITH_TIMEOUT(ws.state(), QAbstractSocket::ConnectedState, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), 5000);
    QCOMPARE(messages[0]["type"].get<std::string>(), std::string("subscribed"));
    QCOMPARE(messages[0]["filter"].get<std::string>(), std::string("twins/+/lifecycle"));
    ws.sendTextMessage(QStringLiteral("{\"subscribe\": \"twins/room-1/properties/temperature\"}"));
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 2, 5000);
    QCOMPARE(messages[1]["type"].get<std::string>(), std::string("subscribed"));
    QVERIFY(m_engine->ingest(QStringLiteral("room-2"),
                             Test::propertyEvent(QStringLiteral("temperature"), Value(1.0))));
    QVERIFY(m_engine->ingest(QStringLiteral("room-1"),
                             Test::propertyEvent(QStringLiteral("temperature"), Value(17.25))));
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 3, 5000);
    const auto &change = messages[2];
    QCOMPARE(change["type"].get<std::string>(), std::string("change"));
    QCOMPARE(change["topic"].get<std::string>(),
             std::string("twins/room-1/properties/temperature"));
    QCOMPARE(change["value"].get<double>(), 17.25);
    QVERIFY(change["sequence"].get<int>() > 0);
    // Lifecycle changes under the first filter.
    m_engine->stopTwin(QStringLiteral("room-2")).waitForFinished();
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(messages.begin(), messages.end(),
                                         [](const nlohmann::json &m) {
                                             return m.value("topic", "") ==
                                                        "twins/room-2/lifecycle" &&
                                                    m.value("value", "") == "Stopped";
                                         }),
                             5000);
    // Bad messages are answered, not fatal.
    const auto before = messages.size();
    ws.sendTextMessage(QStringLiteral("{\"subscribe\": \"twins/#/x\"}"));
    ws.sendTextMessage(QStringLiteral("not json"));
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), before + 2, 5000);
    QCOMPARE(messages[before]["type"].get<std::string>(), std::string("error"));
    QCOMPARE(messages[before + 1]["type"].get<std::string>(), std::string("error"));
    QCOMPARE(ws.state(), QAbstractSocket::ConnectedState);
    // Unsubscribed: no more changes.
    ws.sendTextMessage(
        QStringLiteral("{\"unsubscribe\": \"twins/room-1/properties/temperature\"}"));
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), before + 3, 5000);
    QVERIFY(m_engine->ingest(QStringLiteral("room-1"),
                             Test::propertyEvent(QStringLiteral("temperature"), Value(3.0))));
    QTest::qWait(300);
    QCOMPARE(messages.size(), before + 3);
    // A plain GET of the stream is told to upgrade.
    QCOMPARE(get(QStringLiteral("/api/stream")).status, 426);
    ws.close();
}

void TestHttpApi::slowStreamClientIsBounded()
{
    startEngine({{"streamBuffer", 65536}, {"slowClientTimeout", 2}});
    // A client that subscribes to everything and then reads nothing.
    QTcpSocket socket;
    socket.setReadBufferSize(4096);
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
    QVERIFY(socket.waitForConnected(3000));
    socket.write("GET /api/stream?filter=twins/%23 HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
                 "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                 "Sec-WebSocket-Version: 13\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(socket.bytesAvailable() > 0 || socket.waitForReadyRead(50), 3000);
    QByteArray in = socket.read(4096);
    QVERIFY2(in.startsWith("HTTP/1.1 101"), in.constData());
    QVERIFY(in.contains("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
    // More than the socket buffers and the 64 KiB queue hold, until the stream drops some: no
    // longer, so that the client starts reading well within slowClientTimeout (a sanitizer build
    // on a loaded machine takes seconds for the whole burst, and would be closed as too slow).
    const QString note = QString(200, QLatin1Char('n'));
    for (int i = 0; i < 60000 && m_api->stats().streamDropped.load() == 0; ++i) {
        m_engine->ingest(
            QStringLiteral("room-1"),
            Test::propertyEvent(QStringLiteral("note"), Value(note + QString::number(i))));
        if (i % 500 == 0)
            QCoreApplication::processEvents();
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_api->stats().streamDropped.load() > 0, 10000);
    // Now it reads: it hears how much it lost, and the stream goes on.
    socket.setReadBufferSize(0);
    in = in.mid(in.indexOf("\r\n\r\n") + 4);
    bool toldDropped = false;
    QElapsedTimer t;
    t.start();
    while (!toldDropped && t.elapsed() < 15000) {
        socket.waitForReadyRead(100);
        in += socket.readAll();
        while (auto frame = takeFrame(in)) {
            if (frame->first == 1 && frame->second.contains("\"dropped\""))
                toldDropped = true;
        }
    }
    QVERIFY(toldDropped);
    QVERIFY(get(QStringLiteral("/metrics")).body.contains("twinloom_stream_dropped_total"));
    // It leaves, so that the one below is the only client that falls behind.
    socket.abort();
    QTRY_VERIFY_WITH_TIMEOUT(
        get(QStringLiteral("/metrics")).body.contains("\ntwinloom_stream_clients 0\n"), 10000);

    // One that stays behind longer than slowClientTimeout is closed with 1008. Its small receive
    // window fills the kernel's buffers sooner; a slow (sanitizer) build needs more changes.
    QTcpSocket stuck;
    stuck.setReadBufferSize(4096);
    stuck.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
    stuck.connectToHost(QStringLiteral("127.0.0.1"), m_port);
    QVERIFY(stuck.waitForConnected(3000));
    stuck.write("GET /api/stream?filter=twins/%23 HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
                "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                "Sec-WebSocket-Version: 13\r\n\r\n");
    QVERIFY(stuck.waitForReadyRead(3000));
    t.restart();
    int i = 0;
    while (m_api->stats().streamClosedSlow.load() == 0 && t.elapsed() < 60000) {
        for (int k = 0; k < 500; ++k, ++i)
            m_engine->ingest(
                k % 2 ? QStringLiteral("room-1") : QStringLiteral("room-2"),
                Test::propertyEvent(QStringLiteral("note"), Value(note + QString::number(i))));
        QTest::qWait(5);
    }
    QCOMPARE(m_api->stats().streamClosedSlow.load(), 1u);
    QTRY_VERIFY_WITH_TIMEOUT(
        stuck.state() != QAbstractSocket::ConnectedState || stuck.bytesAvailable() > 0, 10000);
}

void TestHttpApi::configurationErrors()
{
    Diagnostics d;
    nlohmann::json bad;
    bad["port"] = 70000;
    bad["tokens"] = {{"read", "short"}};
    bad["tls"] = {{"certificate", "/nonexistent/cert.pem"}, {"key", "/nonexistent/key.pem"}};
    bad["cors"] = "everyone";
    AdapterBuildContext c;
    c.id = QStringLiteral("http");
    c.twinId = QStringLiteral("t");
    c.config = bad;
    c.pointer = QStringLiteral("/twins/0/digitalAdapters/0/config");
    c.diagnostics = &d;
    QVERIFY(!AdapterRegistry::global().createDigital(QStringLiteral("http"), c));
    const QString text = d.toString();
    for (const char *expected : {"/port", "/tokens/read", "/tls/certificate", "/tls/key", "/cors"})
        QVERIFY2(text.contains(QLatin1String(expected)), qPrintable(text));
    // An address in use is the twin's failure, with the reason.
    startEngine();
    Engine other;
    Diagnostics od;
    QVERIFY(other.addModel(nlohmann::json::parse(kModel), od));
    auto desc = TwinDescriptor::fromJson(room(QStringLiteral("r"), {{"port", m_port}}),
                                         QStringLiteral("/twins/0"), od);
    QVERIFY(desc && other.addTwin(*desc, od));
    other.startAll();
    QTRY_COMPARE_WITH_TIMEOUT(other.lifecycle(QStringLiteral("r")), LifecycleState::Error, 5000);
}

QTEST_MAIN(TestHttpApi)
#include "tst_httpapi.moc"
