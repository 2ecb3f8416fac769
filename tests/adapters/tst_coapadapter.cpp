// The coap physical adapter against libcoap's own coap-server: discovery, Observe, polling with
// the Max-Age cache, actions, block transfers, malformed payloads, an unreachable device that
// comes back, and DTLS with a pre-shared key.

#include "adapters/builtinadapters.h"
#include "adapters/coap/coapphysicaladapter.h"
#include "adapters/coap/linkformat.h"
#include "adapters/linkstatus.h"
#include "engine/engine.h"
#include "tests/support/coappeer.h"
#include "tests/support/twintest.h"

#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

#include <csignal>
#include <sys/resource.h>
#include <sys/types.h>

using namespace twinloom;
using twinloom::Test::coapClient;
using twinloom::Test::CoapServerPeer;

namespace {
const char *kModel = R"({"@id": "dtmi:test:CoapDevice;1", "contents": [
  {"@type": "Property", "name": "time", "schema": "string"},
  {"@type": "Property", "name": "temp", "schema": "double"},
  {"@type": "Property", "name": "temperature", "schema": "double"},
  {"@type": "Property", "name": "example_data", "schema": "string"},
  {"@type": "Property", "name": "big", "schema": "string"},
  {"@type": "Command", "name": "store", "request": {"name": "text", "schema": "string"}},
  {"@type": "Command", "name": "quiet", "request": {"name": "text", "schema": "string"}},
  {"@type": "Command", "name": "bad"}]})";

CoapPhysicalAdapter *addTwin(Engine &engine, const QString &id, const nlohmann::json &config,
                             Diagnostics &d)
{
    return Test::addCoapTwin(engine, id, QStringLiteral("dtmi:test:CoapDevice;1"), config, d);
}

nlohmann::json config(quint16 port, const char *rest)
{
    nlohmann::json c = nlohmann::json::parse(rest);
    c["port"] = port;
    return c;
}

QString problemsText(const QSignalSpy &spy)
{
    QStringList all;
    for (const auto &p : spy)
        all << p[1].toString();
    return all.join(QLatin1Char('\n'));
}

bool put(const CoapServerPeer &server, const QString &path, const QByteArray &payload,
         int contentFormat = 0)
{
    const Test::CoapRun r =
        coapClient({QStringLiteral("-m"), QStringLiteral("put"), QStringLiteral("-t"),
                    QString::number(contentFormat), QStringLiteral("-e"),
                    QString::fromUtf8(payload), server.uri(path)});
    return r.exitCode == 0;
}
} // namespace

class TestCoapAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        registerBuiltinAdapters(AdapterRegistry::global());
        if (Test::coapTool("coap-server", false).isEmpty())
            QSKIP("coap-server-notls is not installed (Debian package libcoap3-bin)");
    }
    void fiveHundredTwinsUnderTheDefaultDescriptorLimit();
    void linkFormat();
    void discoveryObserveAndFilters();
    void pollingHonoursMaxAge();
    void actionsPutAndPost();
    void blockTransfers();
    void endlessBodyIsGivenUp();
    void unreachableThenBack();
    void silentDeviceFoundByPing();
    void discoveryOfNothingIsAskedAgain();
    void malformedPayloadsAndMissingResources();
    void dtlsWithPreSharedKey();
    void configurationErrors();
};

void TestCoapAdapter::linkFormat()
{
    QString error;
    auto links = parseLinkFormat(
        R"(</>;title="General Info";ct=0,</time>;if="clock";rt="ticks";title="Internal Clock";ct=0;obs,</async>;ct=0,
           </twins/a%2Fb/properties/t>;rt="twinloom.property x.y";if="core.s";ct="50 60";obs)",
        &error);
    QVERIFY2(links, qPrintable(error));
    QCOMPARE(links->size(), 4);
    QCOMPARE(links->at(0).target, QStringLiteral("/"));
    QCOMPARE(links->at(0).title, QStringLiteral("General Info"));
    QCOMPARE(links->at(1).target, QStringLiteral("/time"));
    QVERIFY(links->at(1).observable);
    QVERIFY(links->at(1).hasInterface(u"clock"));
    QVERIFY(links->at(1).hasResourceType(u"ticks"));
    QCOMPARE(links->at(1).contentFormats, QList<int>{0});
    QVERIFY(!links->at(2).observable);
    QCOMPARE(links->at(3).contentFormats, (QList<int>{50, 60}));
    QCOMPARE(links->at(3).resourceTypes,
             (QStringList{QStringLiteral("twinloom.property"), QStringLiteral("x.y")}));
    QVERIFY(parseLinkFormat("", &error)->isEmpty());
    QVERIFY(!parseLinkFormat("/time;obs", &error));
    QVERIFY2(error.contains(QStringLiteral("starts with '<'")), qPrintable(error));
    QVERIFY(!parseLinkFormat("</time;obs", &error));
    QVERIFY(!parseLinkFormat(R"(</t>;title="open)", &error));
    QVERIFY(error.contains(QStringLiteral("not closed")));
    QVERIFY(!parseLinkFormat("</t>;ct=x", &error));
    QVERIFY(!parseLinkFormat("</a> </b>", &error));
}

void TestCoapAdapter::fiveHundredTwinsUnderTheDefaultDescriptorLimit()
{
    // 500 twins, each observing /time on the same server, with the 1,024 descriptors a process
    // gets by default: the clients of a worker share one libcoap context, each costs a socket.
    rlimit original{};
    QCOMPARE(::getrlimit(RLIMIT_NOFILE, &original), 0);
    rlimit limited = original;
    limited.rlim_cur = std::min<rlim_t>(1024, original.rlim_max);
    QCOMPARE(::setrlimit(RLIMIT_NOFILE, &limited), 0);
    const auto restore = qScopeGuard([&original] { ::setrlimit(RLIMIT_NOFILE, &original); });
    CoapServerPeer server;
    QVERIFY2(server.start(), server.log().constData());
    constexpr int kTwins = 500;
    Engine engine;
    Diagnostics d;
    QVERIFY(engine.addModel(nlohmann::json::parse(kModel), d));
    for (int i = 0; i < kTwins; ++i)
        QVERIFY2(addTwin(engine, QStringLiteral("dev%1").arg(i),
                         config(server.port(), R"({"resources": [{"path": "/time",
                             "property": "time", "observe": true}]})"),
                         d),
                 qPrintable(d.toString()));
    QSignalSpy problems(&engine, &Engine::problem);
    engine.startAll();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int i = 0; i < kTwins; ++i)
                if (engine.lifecycle(QStringLiteral("dev%1").arg(i)) !=
                    LifecycleState::Synchronized)
                    return false;
            return true;
        }(),
        30000);
    QVERIFY(CoapClient::contextCount() <= engine.workerCount());
    QTRY_VERIFY_WITH_TIMEOUT(!Test::reported(engine, QStringLiteral("dev499"), u"time").isNull(),
                             5000);
    QVERIFY2(problems.isEmpty(), qPrintable(problemsText(problems)));
    engine.stopAll();
    QCOMPARE(CoapClient::contextCount(), 0);
}

void TestCoapAdapter::discoveryObserveAndFilters()
{
    CoapServerPeer server;
    QVERIFY2(server.start(), server.log().constData());
    QVERIFY(put(server, QStringLiteral("/temp"), "21.5"));
    Engine engine;
    Diagnostics d;
    QVERIFY(engine.addModel(nlohmann::json::parse(kModel), d));
    QSignalSpy problems(&engine, &Engine::problem);
    CoapPhysicalAdapter *a = addTwin(engine, QStringLiteral("dev"), config(server.port(), R"({
        "discovery": {"include": ["/t*", "/example_data"], "ignore": ["/example_data"]},
        "checkInterval": "PT1S"})"),
                                     d);
    QVERIFY2(a, qPrintable(d.toString()));
    engine.startAll();
    QTRY_COMPARE_WITH_TIMEOUT(engine.lifecycle(QStringLiteral("dev")), LifecycleState::Synchronized,
                              5000);
    // Both discovered resources are observable: observed, not polled.
    QTRY_COMPARE(Test::reported(engine, QStringLiteral("dev"), u"temp"), Value(21.5));
    QTRY_VERIFY(!Test::reported(engine, QStringLiteral("dev"), u"time").isNull());
    QCOMPARE(a->counters().registrations.load(), 2u);
    // A change on the device reaches the twin as a notification.
    QVERIFY(put(server, QStringLiteral("/temp"), "22.75"));
    QTRY_COMPARE(Test::reported(engine, QStringLiteral("dev"), u"temp"), Value(22.75));
    // /time notifies every second.
    const Value first = Test::reported(engine, QStringLiteral("dev"), u"time");
    QTRY_VERIFY_WITH_TIMEOUT(Test::reported(engine, QStringLiteral("dev"), u"time") != first, 3000);
    QVERIFY(a->counters().notifications.load() >= 2);
    // Filtered out: neither ignored nor not-included resources are read.
    QCOMPARE(Test::reported(engine, QStringLiteral("dev"), u"example_data"), Value());
    QCOMPARE(server.requests("GET", "example_data"), 0);
    QCOMPARE(server.requests("GET", "async"), 0);
    QCOMPARE(engine.twinMetrics(QStringLiteral("dev")).eventsFailed, 0u);
    QVERIFY2(problems.isEmpty(), qPrintable(problemsText(problems)));
    engine.stopAll();
}

void TestCoapAdapter::pollingHonoursMaxAge()
{
    CoapServerPeer server;
    QVERIFY(server.start());
    Engine engine;
    Diagnostics d;
    QVERIFY(engine.addModel(nlohmann::json::parse(kModel), d));
    // /time says Max-Age 1: polling every 100 ms reaches the device about once a second.
    CoapPhysicalAdapter *a = addTwin(engine, QStringLiteral("dev"), config(server.port(), R"({
        "resources": [{"path": "/time", "property": "time", "observe": false, "interval": "PT0.1S"}]})"),
                                     d);
    QVERIFY2(a, qPrintable(d.toString()));
    engine.startAll();
    QTRY_COMPARE_WITH_TIMEOUT(engine.lifecycle(QStringLiteral("dev")), LifecycleState::Synchronized,
                              5000);
    QTRY_VERIFY(!Test::reported(engine, QStringLiteral("dev"), u"time").isNull());
    QElapsedTimer t;
    t.start();
    const int before = server.requests("GET", "time");
    QTest::qWait(2500);
    const double seconds = static_cast<double>(t.elapsed()) / 1000.0;
    const int reached = server.requests("GET", "time") - before;
    QVERIFY2(reached >= 2 && reached <= std::ceil(seconds) + 1,
             qPrintable(QStringLiteral("%1 GETs in %2 s").arg(reached).arg(seconds)));
    QVERIFY2(a->counters().cacheHits.load() >= 15,
             qPrintable(QString::number(a->counters().cacheHits.load())));
    // What the device saw is what the adapter sent.
    QCOMPARE(static_cast<int>(a->counters().requests.load()), server.requests("GET", "time"));
    QCOMPARE(a->counters().registrations.load(), 0u);
    engine.stopAll();
}

void TestCoapAdapter::actionsPutAndPost()
{
    CoapServerPeer server;
    QVERIFY(server.start());
    Engine engine;
    Diagnostics d;
    QVERIFY(engine.addModel(nlohmann::json::parse(kModel), d));
    CoapPhysicalAdapter *a = addTwin(engine, QStringLiteral("dev"), config(server.port(), R"({
        "actions": [{"name": "store", "path": "/note", "method": "PUT", "codec": "text"},
                    {"name": "quiet", "path": "/quiet", "method": "PUT", "codec": "text", "confirmable": false},
                    {"name": "bad", "path": "/time", "method": "POST"}]})"),
                                     d);
    QVERIFY2(a, qPrintable(d.toString()));
    engine.startAll();
    QTRY_COMPARE_WITH_TIMEOUT(engine.lifecycle(QStringLiteral("dev")), LifecycleState::Synchronized,
                              5000);
    ActionResult r = engine
                         .invokeAction(QStringLiteral("dev"), QStringLiteral("store"),
                                       Value(QStringLiteral("first note")))
                         .result();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.code, 201); // 2.01 Created: the dynamic resource appeared
    r = engine
            .invokeAction(QStringLiteral("dev"), QStringLiteral("store"),
                          Value(QStringLiteral("second note")))
            .result();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.code, 204); // 2.04 Changed
    Test::CoapRun get = coapClient(
        {QStringLiteral("-m"), QStringLiteral("get"), server.uri(QStringLiteral("/note"))});
    QCOMPARE(get.out.trimmed(), QByteArray("second note"));
    // Non-confirmable: the device answers with a non-confirmable response.
    r = engine
            .invokeAction(QStringLiteral("dev"), QStringLiteral("quiet"),
                          Value(QStringLiteral("psst")))
            .result();
    QVERIFY2(r.ok, qPrintable(r.error));
    QTRY_VERIFY(server.log().contains("t:NON c:PUT"));
    // POST on /time is not allowed: the code comes back with the failure.
    r = engine.invokeAction(QStringLiteral("dev"), QStringLiteral("bad")).result();
    QVERIFY(!r.ok);
    QCOMPARE(r.code, 405);
    QVERIFY2(r.error.contains(QStringLiteral("4.05 Method Not Allowed")), qPrintable(r.error));
    engine.stopAll();
}

void TestCoapAdapter::blockTransfers()
{
    CoapServerPeer server;
    QVERIFY(server.start());
    Engine engine;
    Diagnostics d;
    QVERIFY(engine.addModel(nlohmann::json::parse(kModel), d));
    CoapPhysicalAdapter *a = addTwin(engine, QStringLiteral("dev"), config(server.port(), R"({
        "resources": [{"path": "/example_data", "property": "big", "codec": "text", "observe": false}],
        "actions": [{"name": "store", "path": "/large", "method": "PUT", "codec": "text"}]})"),
                                     d);
    QVERIFY2(a, qPrintable(d.toString()));
    engine.startAll();
    QTRY_COMPARE_WITH_TIMEOUT(engine.lifecycle(QStringLiteral("dev")), LifecycleState::Synchronized,
                              5000);
    // 1,500 bytes arrive in two Block2 blocks and are delivered as one value.
    QTRY_COMPARE(Test::reported(engine, QStringLiteral("dev"), u"big").toString().size(), 1500);
    QVERIFY(Test::reported(engine, QStringLiteral("dev"), u"big")
                .toString()
                .startsWith(QStringLiteral("a123456789b123456789")));
    QTRY_VERIFY(server.log().contains("Block2:1/"));
    // 3,000 bytes leave in Block1 blocks.
    QString text;
    for (int i = 0; i < 300; ++i)
        text += QStringLiteral("%1").arg(i, 9, 10, QLatin1Char('0')) + QLatin1Char('|');
    const ActionResult r =
        engine.invokeAction(QStringLiteral("dev"), QStringLiteral("store"), Value(text)).result();
    QVERIFY2(r.ok, qPrintable(r.error));
    QTRY_VERIFY(server.log().contains("Block1:2/"));
    const Test::CoapRun get = coapClient(
        {QStringLiteral("-m"), QStringLiteral("get"), server.uri(QStringLiteral("/large"))});
    QCOMPARE(get.out.trimmed(), text.toUtf8());
    engine.stopAll();
}

void TestCoapAdapter::endlessBodyIsGivenUp()
{
    // A device whose /big never ends: every Block2 block says more follows. libcoap alone would
    // download it for ever; the adapter gives the body up past "maxPayload", says so, opens a
    // new session without that resource, and goes on reading the others.
    using Test::CoapMessage;
    Test::CoapSocket device(Test::freeUdpPort());
    QVERIFY(device.isBound());
    Engine engine;
    Diagnostics d;
    QVERIFY(engine.addModel(nlohmann::json::parse(kModel), d));
    CoapPhysicalAdapter *a = addTwin(engine, QStringLiteral("dev"), config(device.port(), R"({
        "resources": [{"path": "/big", "property": "big", "codec": "text", "observe": false},
                      {"path": "/temp", "property": "temp", "codec": "text", "observe": false}],
        "pollInterval": "PT0.5S", "retryInterval": "PT0.5S", "maxPayload": 10000})"),
                                     d);
    QVERIFY2(a, qPrintable(d.toString()));
    QSignalSpy problems(&engine, &Engine::problem);
    engine.startAll();
    int bigRequests = 0;
    int bigRequestsWhenRefused = -1;
    int tempReadsAfter = 0;
    QElapsedTimer clock;
    clock.start();
    QElapsedTimer sinceRefused;
    while (clock.elapsed() < 20000 && (!sinceRefused.isValid() || sinceRefused.elapsed() < 3000)) {
        QCoreApplication::processEvents();
        QHostAddress from;
        quint16 fromPort = 0;
        const auto m = device.receive(20, &from, &fromPort);
        if (bigRequestsWhenRefused < 0 && problemsText(problems).contains(u"over the limit")) {
            bigRequestsWhenRefused = bigRequests;
            sinceRefused.start();
        }
        if (!m || m->type == CoapMessage::Ack || m->type == CoapMessage::Rst)
            continue;
        CoapMessage answer;
        answer.mid = m->mid;
        answer.token = m->token;
        if (m->code == 0) { // a ping: the reset is the answer
            answer.type = CoapMessage::Rst;
            answer.token.clear();
            device.send(answer, fromPort, from);
            continue;
        }
        answer.type = m->type == CoapMessage::Con ? CoapMessage::Ack : CoapMessage::Non;
        answer.code = 0x45; // 2.05 Content
        if (m->path() == QLatin1String("/big")) {
            ++bigRequests;
            const quint64 num = m->hasOption(23) ? CoapMessage::uintOf(m->option(23)) >> 4 : 0;
            answer.addOption(23, CoapMessage::uintValue((num << 4) | 8 | 6)); // more follows
            answer.payload = QByteArray(1024, 'b');
        } else if (m->path() == QLatin1String("/temp")) {
            if (sinceRefused.isValid())
                ++tempReadsAfter;
            answer.payload = "21.5";
        } else {
            answer.code = 0x84; // 4.04
        }
        device.send(answer, fromPort, from);
    }
    QVERIFY2(bigRequestsWhenRefused > 0, qPrintable(problemsText(problems)));
    // Ten blocks pass the limit of 10,000 bytes; libcoap has asked for a few more by then, and
    // nothing after the session is closed.
    QVERIFY2(bigRequests >= 10 && bigRequests <= bigRequestsWhenRefused + 3,
             qPrintable(QStringLiteral("%1 requests, %2 when refused")
                            .arg(bigRequests)
                            .arg(bigRequestsWhenRefused)));
    QVERIFY2(problemsText(problems).contains(
                 u"GET /big: the device sent a body over the limit of 10000 bytes"),
             qPrintable(problemsText(problems)));
    // The other resource is read on the new session.
    QVERIFY(tempReadsAfter > 0);
    QTRY_COMPARE(Test::reported(engine, QStringLiteral("dev"), u"temp"), Value(21.5));
    QVERIFY(Test::reported(engine, QStringLiteral("dev"), u"big").isNull());
    engine.stopAll();
}

void TestCoapAdapter::unreachableThenBack()
{
    CoapServerPeer server;
    QVERIFY(server.start());
    Engine engine;
    Diagnostics d;
    QVERIFY(engine.addModel(nlohmann::json::parse(kModel), d));
    CoapPhysicalAdapter *a = addTwin(engine, QStringLiteral("dev"), config(server.port(), R"({
        "resources": [{"path": "/time", "property": "time"}],
        "checkInterval": "PT1S", "ackTimeout": 1, "maxRetransmit": 1, "retryInterval": "PT0.5S"})"),
                                     d);
    QVERIFY2(a, qPrintable(d.toString()));
    QSignalSpy problems(&engine, &Engine::problem);
    engine.startAll();
    QTRY_COMPARE_WITH_TIMEOUT(engine.lifecycle(QStringLiteral("dev")), LifecycleState::Synchronized,
                              5000);
    QTRY_VERIFY(!Test::reported(engine, QStringLiteral("dev"), u"time").isNull());
    QCOMPARE(a->counters().registrations.load(), 1u);
    // The device goes away: within its configured bound the twin is Unbound.
    const Timestamp bound = a->unreachableWithin();
    // 1 s of silence, the next 200 ms tick, then 1 s × 1.5 × (2² − 1) of retransmissions.
    QCOMPARE(bound, Timestamp(1'000'000 + 200'000 + 4'500'000));
    server.stop();
    QElapsedTimer t;
    t.start();
    QTRY_COMPARE_WITH_TIMEOUT(engine.lifecycle(QStringLiteral("dev")), LifecycleState::Unbound,
                              10000);
    const qint64 took = t.elapsed();
    QVERIFY2(took <= bound / 1000 + 1000, qPrintable(QStringLiteral("%1 ms").arg(took)));
    QTRY_VERIFY(problemsText(problems).contains(QStringLiteral("CoAP device 127.0.0.1:")));
    // Actions fail at once while it is away.
    const ActionResult r = engine
                               .invokeAction(QStringLiteral("dev"), QStringLiteral("store"),
                                             Value(QStringLiteral("x")))
                               .result();
    QVERIFY(!r.ok);
    // It restarts on the same port, knowing nothing of us: the observation is made again.
    const std::uint64_t registrations = a->counters().registrations.load();
    QVERIFY(server.start());
    QTRY_COMPARE_WITH_TIMEOUT(engine.lifecycle(QStringLiteral("dev")), LifecycleState::Synchronized,
                              5000);
    QTRY_VERIFY(a->counters().registrations.load() > registrations);
    const Value before = Test::reported(engine, QStringLiteral("dev"), u"time");
    QTRY_VERIFY_WITH_TIMEOUT(Test::reported(engine, QStringLiteral("dev"), u"time") != before,
                             4000);
    QCOMPARE(a->counters().unreachable.load(), 1u);
    // What /metrics says of the device: up, reached twice, lost once or more.
    const QString endpoint = QStringLiteral("127.0.0.1:%1").arg(server.port());
    bool listed = false;
    for (const LinkStatus::Snapshot &l : LinkStatus::all()) {
        if (l.protocol != QLatin1String("coap") || l.endpoint != endpoint)
            continue;
        listed = true;
        QVERIFY(l.connected);
        QCOMPARE(l.connects, 2u);
        QVERIFY(l.failures >= 1);
    }
    QVERIFY(listed);
    engine.stopAll();
}

void TestCoapAdapter::silentDeviceFoundByPing()
{
    // A device that hangs sends no ICMP error and answers nothing: with the default
    // retransmission schedule a request would wait 93 s, the ping's own timeout decides sooner.
    CoapServerPeer server;
    QVERIFY(server.start());
    Engine engine;
    Diagnostics d;
    QVERIFY(engine.addModel(nlohmann::json::parse(kModel), d));
    CoapPhysicalAdapter *a = addTwin(engine, QStringLiteral("dev"), config(server.port(), R"({
        "resources": [{"path": "/time", "property": "time", "observe": false}],
        "pollInterval": "PT60S", "checkInterval": "PT1S", "pingTimeout": "PT1S",
        "retryInterval": "PT60S"})"),
                                     d);
    QVERIFY2(a, qPrintable(d.toString()));
    QCOMPARE(a->unreachableWithin(), Timestamp(1'000'000 + 200'000 + 1'000'000));
    QSignalSpy problems(&engine, &Engine::problem);
    engine.startAll();
    QTRY_COMPARE_WITH_TIMEOUT(engine.lifecycle(QStringLiteral("dev")), LifecycleState::Synchronized,
                              5000);
    // Pings answered for a while: the twin stays bound.
    QTest::qWait(2500);
    QCOMPARE(engine.lifecycle(QStringLiteral("dev")), LifecycleState::Synchronized);
    QVERIFY(::kill(static_cast<pid_t>(server.pid()), SIGSTOP) == 0);
    const auto resume = qScopeGuard([&] { ::kill(static_cast<pid_t>(server.pid()), SIGCONT); });
    QElapsedTimer t;
    t.start();
    QTRY_COMPARE_WITH_TIMEOUT(engine.lifecycle(QStringLiteral("dev")), LifecycleState::Unbound,
                              10000);
    QVERIFY2(t.elapsed() <= a->unreachableWithin() / 1000 + 1000,
             qPrintable(QStringLiteral("%1 ms").arg(t.elapsed())));
    QTRY_VERIFY2(problemsText(problems).contains(QStringLiteral("no answer to a ping within 1 s")),
                 qPrintable(problemsText(problems)));
    engine.stopAll();
}

void TestCoapAdapter::discoveryOfNothingIsAskedAgain()
{
    // A device (or a runner whose twins have not started yet) that lists nothing to keep: the
    // twin is not bound to nothing for good; discovery is asked again at every retry.
    CoapServerPeer server;
    QVERIFY(server.start());
    Engine engine;
    Diagnostics d;
    QVERIFY(engine.addModel(nlohmann::json::parse(kModel), d));
    CoapPhysicalAdapter *a = addTwin(engine, QStringLiteral("dev"), config(server.port(), R"({
        "discovery": {"include": ["/nothing*"]}, "retryInterval": "PT0.2S"})"),
                                     d);
    QVERIFY2(a, qPrintable(d.toString()));
    QSignalSpy problems(&engine, &Engine::problem);
    engine.startAll();
    QTRY_VERIFY_WITH_TIMEOUT(server.requests("GET", "core") >= 3, 5000);
    QVERIFY(engine.lifecycle(QStringLiteral("dev")) != LifecycleState::Synchronized);
    QVERIFY(engine.lifecycle(QStringLiteral("dev")) != LifecycleState::Bound);
    // Said once, not at every retry.
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problemsText(problems).contains(QStringLiteral("found no resource to synchronise")),
             qPrintable(problemsText(problems)));
    engine.stopAll();
}

void TestCoapAdapter::malformedPayloadsAndMissingResources()
{
    CoapServerPeer server;
    QVERIFY(server.start());
    QVERIFY(put(server, QStringLiteral("/j"), R"({"t": 21.5})", 50));
    Engine engine;
    Diagnostics d;
    QVERIFY(engine.addModel(nlohmann::json::parse(kModel), d));
    QSignalSpy problems(&engine, &Engine::problem);
    CoapPhysicalAdapter *a = addTwin(engine, QStringLiteral("dev"), config(server.port(), R"({
        "resources": [{"path": "/j", "property": "temperature", "pointer": "/t"},
                      {"path": "/nothere", "property": "temp"}],
        "maxPayload": 64, "retryInterval": "PT10S"})"),
                                     d);
    QVERIFY2(a, qPrintable(d.toString()));
    engine.startAll();
    QTRY_COMPARE_WITH_TIMEOUT(engine.lifecycle(QStringLiteral("dev")), LifecycleState::Synchronized,
                              5000);
    QTRY_COMPARE(Test::reported(engine, QStringLiteral("dev"), u"temperature"), Value(21.5));
    QTRY_VERIFY(problemsText(problems).contains(QStringLiteral("GET /nothere: 4.04 Not Found")));
    const std::uint64_t failedBefore = engine.twinMetrics(QStringLiteral("dev")).eventsFailed;
    QVERIFY(put(server, QStringLiteral("/j"), "{\"t\": 21", 50)); // malformed
    QTRY_COMPARE(engine.twinMetrics(QStringLiteral("dev")).eventsFailed, failedBefore + 1);
    QVERIFY(put(server, QStringLiteral("/j"), R"({"x": 1})", 50)); // no field
    QTRY_COMPARE(engine.twinMetrics(QStringLiteral("dev")).eventsFailed, failedBefore + 2);
    QVERIFY(put(server, QStringLiteral("/j"), QByteArray(80, ' ') + "{}", 50)); // oversize
    QTRY_COMPARE(engine.twinMetrics(QStringLiteral("dev")).eventsFailed, failedBefore + 3);
    QVERIFY(put(server, QStringLiteral("/j"), R"({"t": "warm"})", 50)); // wrong type
    QTRY_COMPARE(engine.twinMetrics(QStringLiteral("dev")).eventsFailed, failedBefore + 4);
    QVERIFY(put(server, QStringLiteral("/j"), R"({"t": 23})", 50)); // fine again
    QTRY_COMPARE(Test::reported(engine, QStringLiteral("dev"), u"temperature"), Value(23.0));
    const QString all = problemsText(problems);
    QVERIFY2(all.contains(QStringLiteral("/j: the payload is not valid JSON")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("/j: the payload has nothing at '/t'")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("over the limit of 64")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("expected double, got string")), qPrintable(all));
    QCOMPARE(a->counters().failures.load(), 4u); // 4.04, JSON, pointer, size
    QCOMPARE(engine.lifecycle(QStringLiteral("dev")), LifecycleState::Synchronized);
    engine.stopAll();
}

void TestCoapAdapter::dtlsWithPreSharedKey()
{
    if (Test::coapTool("coap-server", true).isEmpty())
        QSKIP("coap-server-openssl is not installed");
    CoapServerPeer server(true);
    QVERIFY2(server.start({QStringLiteral("-k"), QStringLiteral("s3cret-key")}),
             server.log().constData());
    qputenv("TWINLOOM_TEST_COAP_ID", "twin-client");
    qputenv("TWINLOOM_TEST_COAP_KEY", "s3cret-key");
    Engine engine;
    Diagnostics d;
    QVERIFY(engine.addModel(nlohmann::json::parse(kModel), d));
    // Through a descriptor, so that the ${env:…} references are resolved as in a project.
    auto twin = [&](const char *id, const char *key) {
        nlohmann::json t = {
            {"id", id},
            {"model", "dtmi:test:CoapDevice;1"},
            {"physicalAdapters",
             {{{"id", "coap"},
               {"type", "coap"},
               {"config",
                {{"port", server.dtlsPort()},
                 {"dtls", {{"identity", "${env:TWINLOOM_TEST_COAP_ID}"}, {"key", key}}},
                 {"resources", {{{"path", "/time"}, {"property", "time"}}}},
                 {"retryInterval", "PT0.5S"},
                 {"ackTimeout", 1},
                 {"maxRetransmit", 1}}}}}}};
        auto desc = TwinDescriptor::fromJson(t, QStringLiteral("/twins/0"), d);
        return desc && engine.addTwin(*desc, d, QStringLiteral("/twins/0"));
    };
    QVERIFY2(twin("good", "${env:TWINLOOM_TEST_COAP_KEY}"), qPrintable(d.toString()));
    QVERIFY2(twin("wrong", "not-the-key"), qPrintable(d.toString()));
    QSignalSpy problems(&engine, &Engine::problem);
    engine.startAll();
    QTRY_COMPARE_WITH_TIMEOUT(engine.lifecycle(QStringLiteral("good")),
                              LifecycleState::Synchronized, 8000);
    QTRY_VERIFY(!Test::reported(engine, QStringLiteral("good"), u"time").isNull());
    // The wrong key never binds, and says why.
    QTRY_VERIFY_WITH_TIMEOUT(problemsText(problems).contains(QStringLiteral("DTLS handshake")),
                             10000);
    QCOMPARE(engine.lifecycle(QStringLiteral("wrong")), LifecycleState::Started);
    QVERIFY(Test::reported(engine, QStringLiteral("wrong"), u"time").isNull());
    engine.stopAll();
}

void TestCoapAdapter::configurationErrors()
{
    Engine engine;
    Diagnostics m;
    QVERIFY(engine.addModel(nlohmann::json::parse(kModel), m));
    Diagnostics d;
    QVERIFY(!addTwin(engine, QStringLiteral("x"), nlohmann::json::parse(R"({
        "port": 70000, "dtls": {"key": "k"}, "discovery": {"include": "/a"},
        "resources": [{"path": "no-slash", "property": "t"}, {"path": "/a"}, {"path": "/b", "property": "t", "pointer": "x"},
                      {"path": "/c", "property": "t", "codec": "xml"}],
        "actions": [{"name": "go", "path": "/go", "method": "DELETE"}, {"path": "/x"}],
        "ackTimeout": 0.5, "maxRetransmit": 20, "pollInterval": "soon"})"),
                     d));
    QStringList pointers;
    for (const Diagnostic &x : d.items())
        pointers << x.pointer.mid(QStringLiteral("/twins/0/physicalAdapters/0/config").size());
    QCOMPARE(pointers,
             QStringList({QStringLiteral("/dtls"), QStringLiteral("/port"),
                          QStringLiteral("/discovery/include"), QStringLiteral("/resources/0/path"),
                          QStringLiteral("/resources/1"), QStringLiteral("/resources/2/pointer"),
                          QStringLiteral("/resources/3/codec"), QStringLiteral("/actions/0/method"),
                          QStringLiteral("/actions/1"), QStringLiteral("/pollInterval"),
                          QStringLiteral("/ackTimeout"), QStringLiteral("/maxRetransmit")}));
    Diagnostics none;
    QVERIFY(!addTwin(engine, QStringLiteral("y"), nlohmann::json::object(), none));
    QCOMPARE(none.items().size(), 1u);
    QVERIFY(none.items().front().message.contains(QStringLiteral("discovery")));
}

QTEST_GUILESS_MAIN(TestCoapAdapter)
#include "tst_coapadapter.moc"
