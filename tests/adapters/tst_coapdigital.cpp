// The coap digital adapter served to libcoap's coap-client: discovery, GET in JSON and CBOR,
// Observe notifications, PUT of desired values, POST of actions, block transfers, bad requests,
// one server shared by the twins of an endpoint, and DTLS with a pre-shared key.

#include "adapters/builtinadapters.h"
#include "adapters/coap/coapdigitaladapter.h"
#include "engine/engine.h"
#include "tests/support/coappeer.h"
#include "tests/support/twintest.h"

#include <QtCore/QCborValue>
#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

using namespace twinloom;
using twinloom::Test::coapClient;
using twinloom::Test::CoapObserver;

namespace {

// Whether the client printed the value as a line of its own (its log lines carry timestamps,
// which may contain any digits).
bool printedValue(const QByteArray &out, const QByteArray &value)
{
    for (const QByteArray &line : out.split('\n')) {
        if (line.trimmed() == value)
            return true;
    }
    return false;
}
const char *kModel = R"({"@id": "dtmi:test:Room;1", "contents": [
  {"@type": "Property", "name": "temperature", "schema": "double", "unit": "degreeCelsius"},
  {"@type": "Property", "name": "setpoint", "schema": "double", "writable": true},
  {"@type": "Property", "name": "note", "schema": "string", "writable": true},
  {"@type": "Event", "name": "alarm", "schema": "string"},
  {"@type": "Command", "name": "setSetpoint", "request": {"name": "value", "schema": "double"},
   "response": {"name": "value", "schema": "double"}},
  {"@type": "Command", "name": "setNote", "request": {"name": "text", "schema": "string"}}]})";

// A room whose device is simulated: its actions set the device's variables, which it publishes.
nlohmann::json room(const QString &id, const nlohmann::json &coapConfig)
{
    return {{"id", id.toStdString()},
            {"model", "dtmi:test:Room;1"},
            {"physicalAdapters",
             {{{"id", "sim"},
               {"type", "sim"},
               {"config",
                {{"variables", {{"setpoint", 21.0}, {"note", ""}}},
                 {"publishVariables", true},
                 {"actions",
                  {{{"name", "setSetpoint"}, {"sets", "setpoint"}},
                   {{"name", "setNote"}, {"sets", "note"}}}}}}}}},
            {"digitalAdapters", {{{"id", "coap"}, {"type", "coap"}, {"config", coapConfig}}}},
            {"shadowing", {{"desired", {{{"property", "setpoint"}, {"action", "setSetpoint"}}}}}}};
}

bool addRoom(Engine &engine, const QString &id, const nlohmann::json &coapConfig, Diagnostics &d)
{
    auto desc = TwinDescriptor::fromJson(room(id, coapConfig), QStringLiteral("/twins/0"), d);
    return desc && engine.addTwin(*desc, d, QStringLiteral("/twins/0"));
}

QString uri(quint16 port, const QString &path)
{
    return QStringLiteral("coap://127.0.0.1:%1%2").arg(port).arg(path);
}

Test::CoapRun request(const char *method, quint16 port, const QString &path,
                      const QStringList &extra = {}, int breakSeconds = 5)
{
    return coapClient(QStringList{QStringLiteral("-m"), QLatin1String(method)} + extra +
                          QStringList{uri(port, path)},
                      false, breakSeconds);
}

} // namespace

class TestCoapDigital : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        registerBuiltinAdapters(AdapterRegistry::global());
        if (Test::coapTool("coap-client", false).isEmpty())
            QSKIP("coap-client-notls is not installed (Debian package libcoap3-bin)");
    }
    void init();
    void cleanup();
    void listensOnLoopbackByDefault();
    void discoveryListsEveryTwin();
    void getInJsonAndCbor();
    void description();
    void observeNotifications();
    void putDesiredValue();
    void postAction();
    void blockTransfers();
    void badRequests();
    void deepDocumentBlockwise();
    void blockwiseBodiesAreBounded();
    void dtlsWithPreSharedKey();
    void configurationErrors();

private:
    std::unique_ptr<Engine> m_engine;
    quint16 m_port = 0;
};

void TestCoapDigital::init()
{
    m_port = Test::freeUdpPort();
    m_engine = std::make_unique<Engine>();
    Diagnostics d;
    QVERIFY(m_engine->addModel(nlohmann::json::parse(kModel), d));
    const nlohmann::json config = {{"port", m_port}};
    // Two twins, one endpoint: one server.
    QVERIFY2(addRoom(*m_engine, QStringLiteral("room-1"), config, d), qPrintable(d.toString()));
    QVERIFY2(addRoom(*m_engine, QStringLiteral("room-2"), config, d), qPrintable(d.toString()));
    m_engine->startAll();
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->lifecycle(QStringLiteral("room-1")),
                              LifecycleState::Synchronized, 5000);
    // A twin's resources appear once the server has its description, a moment after it starts.
    QTRY_VERIFY_WITH_TIMEOUT(
        [this] {
            const QByteArray core = request("get", m_port, QStringLiteral("/.well-known/core")).out;
            return core.contains("/twins/room-1/actions/setNote") &&
                   core.contains("/twins/room-2/actions/setNote");
        }(),
        10000);
}

void TestCoapDigital::cleanup()
{
    m_engine.reset();
}

void TestCoapDigital::listensOnLoopbackByDefault()
{
    // The twins are served to this machine alone unless "host" says otherwise: the kernel's
    // table of UDP sockets shows the server's port bound to 127.0.0.1, on no other address.
    QStringList bound;
    for (const char *table : {"/proc/net/udp", "/proc/net/udp6"}) {
        QFile f{QString::fromLatin1(table)};
        if (!f.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : f.readAll().split('\n')) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() < 2 || !fields[1].contains(':'))
                continue;
            const QList<QByteArray> local = fields[1].split(':');
            bool ok = false;
            if (local.value(1).toUInt(&ok, 16) == m_port && ok)
                bound << QString::fromLatin1(local.value(0));
        }
    }
    QCOMPARE(bound, QStringList{QStringLiteral("0100007F")}); // 127.0.0.1, little-endian hex
}

void TestCoapDigital::discoveryListsEveryTwin()
{
    Test::CoapRun r;
    QTRY_VERIFY((r = request("get", m_port, QStringLiteral("/.well-known/core")))
                    .out.contains("room-2/actions"));
    const QString links = QString::fromUtf8(r.out);
    for (const char *twin : {"room-1", "room-2"}) {
        const QString t = QLatin1String(twin);
        QVERIFY2(links.contains(QStringLiteral("</twins/%1>;").arg(t)), qPrintable(links));
        QVERIFY2(links.contains(QStringLiteral("</twins/%1/properties/temperature>;rt=\"twinloom."
                                               "property\";if=\"core.s\";ct=\"50 60\";obs")
                                    .arg(t)),
                 qPrintable(links));
        QVERIFY2(links.contains(QStringLiteral("</twins/%1/properties/setpoint>;rt=\"twinloom."
                                               "property\";if=\"core.p\"")
                                    .arg(t)),
                 qPrintable(links));
        QVERIFY(links.contains(
            QStringLiteral("</twins/%1/actions/setSetpoint>;rt=\"twinloom.action\";if=\"core.a\"")
                .arg(t)));
        QVERIFY(links.contains(
            QStringLiteral("</twins/%1/events/alarm>;rt=\"twinloom.event\";if=\"core.s\";ct=\"50 "
                           "60\";obs")
                .arg(t)));
    }
}

void TestCoapDigital::getInJsonAndCbor()
{
    PhysicalEvent e = Test::propertyEvent(QStringLiteral("temperature"), Value(21.5));
    QVERIFY(m_engine->ingest(QStringLiteral("room-1"), e));
    QTRY_COMPARE(request("get", m_port, QStringLiteral("/twins/room-1/properties/temperature"))
                     .out.trimmed(),
                 QByteArray("21.5"));
    const Test::CoapRun cbor =
        request("get", m_port, QStringLiteral("/twins/room-1/properties/temperature"),
                {QStringLiteral("-A"), QStringLiteral("60")});
    QCOMPARE(QCborValue::fromCbor(cbor.out).toDouble(), 21.5);
    // Text for a scalar, on request.
    QCOMPARE(request("get", m_port, QStringLiteral("/twins/room-1/properties/setpoint"),
                     {QStringLiteral("-A"), QStringLiteral("0")})
                 .out.trimmed(),
             QByteArray("21"));
    // room-2 has its own values.
    QCOMPARE(request("get", m_port, QStringLiteral("/twins/room-2/properties/temperature"))
                 .out.trimmed(),
             QByteArray("null"));
}

void TestCoapDigital::description()
{
    const Test::CoapRun r = request("get", m_port, QStringLiteral("/twins/room-1"));
    const auto j = nlohmann::json::parse(r.out.constBegin(), r.out.constEnd(), nullptr, false);
    QVERIFY2(j.is_object(), r.out.constData());
    QCOMPARE(j["id"], "room-1");
    QCOMPARE(j["model"], "dtmi:test:Room;1");
    QCOMPARE(j["lifecycle"], "Synchronized");
    QCOMPARE(j["properties"]["temperature"]["href"], "/twins/room-1/properties/temperature");
    QCOMPARE(j["properties"]["temperature"]["unit"], "degreeCelsius");
    QCOMPARE(j["properties"]["setpoint"]["writable"], true);
    QCOMPARE(j["actions"]["setSetpoint"]["href"], "/twins/room-1/actions/setSetpoint");
    QCOMPARE(j["events"]["alarm"]["href"], "/twins/room-1/events/alarm");
    const Test::CoapRun cbor = request("get", m_port, QStringLiteral("/twins/room-1"),
                                       {QStringLiteral("-A"), QStringLiteral("60")});
    const QCborValue c = QCborValue::fromCbor(cbor.out);
    QCOMPARE(c[QStringLiteral("id")].toString(), QStringLiteral("room-1"));
}

void TestCoapDigital::observeNotifications()
{
    CoapObserver temperature(uri(m_port, QStringLiteral("/twins/room-1/properties/temperature")),
                             4);
    CoapObserver alarm(uri(m_port, QStringLiteral("/twins/room-1/events/alarm")), 4);
    QTest::qWait(500); // both registered
    for (double v : {1.5, 2.5, 3.5}) {
        QVERIFY(m_engine->ingest(QStringLiteral("room-1"),
                                 Test::propertyEvent(QStringLiteral("temperature"), Value(v))));
        QTest::qWait(150);
    }
    PhysicalEvent smoke;
    smoke.kind = PhysicalEvent::Kind::Event;
    smoke.key = QStringLiteral("alarm");
    smoke.value = Value(QStringLiteral("smoke"));
    QVERIFY(m_engine->ingest(QStringLiteral("room-1"), smoke));
    QTRY_COMPARE(temperature.lines(), (QStringList{QStringLiteral("null"), QStringLiteral("1.5"),
                                                   QStringLiteral("2.5"), QStringLiteral("3.5")}));
    QTRY_COMPARE(alarm.lines(), (QStringList{QStringLiteral("null"), QStringLiteral("\"smoke\"")}));
}

void TestCoapDigital::putDesiredValue()
{
    const Test::CoapRun r = request(
        "put", m_port, QStringLiteral("/twins/room-1/properties/setpoint"),
        {QStringLiteral("-e"), QStringLiteral("23.5"), QStringLiteral("-t"), QStringLiteral("50")});
    QCOMPARE(r.out.trimmed(), QByteArray("23.5"));
    // The desired value went to the device, which reports it.
    QTRY_COMPARE(Test::reported(*m_engine, QStringLiteral("room-1"), u"setpoint"), Value(23.5));
    const TwinSnapshot s = m_engine->snapshot(QStringLiteral("room-1")).result();
    QCOMPARE(s.property(u"setpoint")->desired, Value(23.5));
    // CBOR in, JSON out.
    QCborValue v(19.0);
    const QByteArray bytes = v.toCbor();
    QTemporaryFile f;
    QVERIFY(f.open());
    f.write(bytes);
    f.close();
    const Test::CoapRun c =
        request("put", m_port, QStringLiteral("/twins/room-1/properties/setpoint"),
                {QStringLiteral("-f"), f.fileName(), QStringLiteral("-t"), QStringLiteral("60")});
    QCOMPARE(c.out.trimmed(), QByteArray("19.0"));
    QTRY_COMPARE(Test::reported(*m_engine, QStringLiteral("room-1"), u"setpoint"), Value(19.0));
}

void TestCoapDigital::postAction()
{
    const Test::CoapRun r =
        request("post", m_port, QStringLiteral("/twins/room-1/actions/setSetpoint"),
                {QStringLiteral("-e"), QStringLiteral("19.5")});
    QCOMPARE(r.out.trimmed(), QByteArray("19.5")); // the device's answer: the new value
    QTRY_COMPARE(Test::reported(*m_engine, QStringLiteral("room-1"), u"setpoint"), Value(19.5));
    QCOMPARE(Test::reported(*m_engine, QStringLiteral("room-2"), u"setpoint"), Value(21.0));
    // Confirmable requests are acknowledged at once and answered separately.
    const Test::CoapRun cbor = request(
        "post", m_port, QStringLiteral("/twins/room-2/actions/setSetpoint"),
        {QStringLiteral("-e"), QStringLiteral("18"), QStringLiteral("-A"), QStringLiteral("60")});
    QCOMPARE(QCborValue::fromCbor(cbor.out).toDouble(), 18.0);
}

void TestCoapDigital::blockTransfers()
{
    QString text;
    for (int i = 0; i < 400; ++i)
        text += QStringLiteral("%1").arg(i, 9, 10, QLatin1Char('0')) + QLatin1Char('|');
    const QByteArray json = QByteArray::fromStdString(nlohmann::json(text.toStdString()).dump());
    QTemporaryFile f;
    QVERIFY(f.open());
    f.write(json);
    f.close();
    // 4,002 bytes up in 64-byte Block1 blocks, 4,002 bytes down in Block2 blocks: 126 exchanges,
    // given time for a machine busy with other tests.
    const Test::CoapRun r =
        request("post", m_port, QStringLiteral("/twins/room-1/actions/setNote"),
                {QStringLiteral("-f"), f.fileName(), QStringLiteral("-t"), QStringLiteral("50"),
                 QStringLiteral("-b"), QStringLiteral("64")},
                20);
    QVERIFY2(r.out.trimmed() == json, r.err.constData());
    QTRY_COMPARE(Test::reported(*m_engine, QStringLiteral("room-1"), u"note"), Value(text));
    const Test::CoapRun get =
        request("get", m_port, QStringLiteral("/twins/room-1/properties/note"));
    QCOMPARE(get.out.trimmed(), json);
}

void TestCoapDigital::badRequests()
{
    struct Case
    {
        const char *method;
        QString path;
        QStringList extra;
        QByteArray expected;
    };
    const QString setpoint = QStringLiteral("/twins/room-1/properties/setpoint");
    const QString action = QStringLiteral("/twins/room-1/actions/setSetpoint");
    const std::vector<Case> cases = {
        {"put", setpoint, {QStringLiteral("-e"), QStringLiteral("{oops")}, "4.00"},
        {"put",
         QStringLiteral("/twins/room-1/properties/temperature"),
         {QStringLiteral("-e"), QStringLiteral("1")},
         "4.05"},
        {"put", setpoint, {QStringLiteral("-e"), QStringLiteral("\"warm\"")}, "4.00"},
        {"put",
         setpoint,
         {QStringLiteral("-e"), QStringLiteral("1"), QStringLiteral("-t"), QStringLiteral("41")},
         "4.15"},
        {"get", setpoint, {QStringLiteral("-A"), QStringLiteral("41")}, "4.06"},
        {"post", action, {}, "4.00"},
        {"post", action, {QStringLiteral("-e"), QStringLiteral("\"abc\"")}, "4.00"},
        {"get", QStringLiteral("/twins/room-9/properties/x"), {}, "4.04"},
        {"delete", setpoint, {}, "4.05"},
    };
    const std::shared_ptr<CoapServer> server =
        CoapServer::find(m_engine.get(), QStringLiteral("127.0.0.1"), m_port);
    QVERIFY(server);
    const std::uint64_t badBefore = server->counters().badRequests.load();
    for (const Case &c : cases) {
        const Test::CoapRun r = request(c.method, m_port, c.path, c.extra);
        QVERIFY2(r.err.contains(c.expected) || r.out.contains(c.expected),
                 qPrintable(QStringLiteral("%1 %2 %3: %4 %5")
                                .arg(QLatin1String(c.method), c.path, c.extra.join(u' '),
                                     QString::fromUtf8(r.out), QString::fromUtf8(r.err))));
    }
    // The diagnostic says what is wrong.
    const Test::CoapRun r =
        request("post", m_port, action, {QStringLiteral("-e"), QStringLiteral("\"abc\"")});
    const QByteArray said = r.err + r.out;
    QVERIFY2(said.contains("action 'setSetpoint'"), said.constData());
    const Test::CoapRun none = request("post", m_port, action);
    const QByteArray noneSaid = none.err + none.out;
    QVERIFY2(noneSaid.contains("needs an argument 'value' of type double"), noneSaid.constData());
    // Counted: all but the unknown path and DELETE, which libcoap refuses by itself.
    QCOMPARE(server->counters().badRequests.load() - badBefore, cases.size() - 2 + 2);
    // Nothing changed, and the server still answers.
    QCOMPARE(Test::reported(*m_engine, QStringLiteral("room-1"), u"setpoint"), Value(21.0));
    QCOMPARE(request("get", m_port, setpoint).out.trimmed(), QByteArray("21.0"));
}

void TestCoapDigital::deepDocumentBlockwise()
{
    // Nested arrays PUT in 1,024-byte Block1 blocks once killed the runner: now a 4.00 that says
    // why, and the twin goes on. (30,000 levels: 60,000 bytes, within the 64 KiB body limit.)
    QTemporaryFile f;
    QVERIFY(f.open());
    f.write(QByteArray(30000, '[') + QByteArray(30000, ']'));
    f.close();
    const Test::CoapRun r = request(
        "put", m_port, QStringLiteral("/twins/room-1/properties/setpoint"),
        {QStringLiteral("-f"), f.fileName(), QStringLiteral("-b"), QStringLiteral("1024")}, 30);
    const QByteArray said = r.err + r.out;
    QVERIFY2(said.contains("4.00") && said.contains("nested deeper than 64 levels"),
             said.constData());
    QCOMPARE(
        request("get", m_port, QStringLiteral("/twins/room-1/properties/setpoint")).out.trimmed(),
        QByteArray("21.0"));
}

void TestCoapDigital::dtlsWithPreSharedKey()
{
    if (Test::coapTool("coap-client", true).isEmpty())
        QSKIP("coap-client-openssl is not installed");
    const quint16 port = Test::freeUdpPort();
    Diagnostics d;
    QVERIFY2(addRoom(*m_engine, QStringLiteral("secure"),
                     {{"port", port}, {"dtls", {{"identity", "operator"}, {"key", "s3cret"}}}}, d),
             qPrintable(d.toString()));
    m_engine->startTwin(QStringLiteral("secure")).waitForFinished();
    const QString secure =
        QStringLiteral("coaps://127.0.0.1:%1/twins/secure/properties/setpoint").arg(port);
    Test::CoapRun r;
    QTRY_COMPARE((r = coapClient({QStringLiteral("-u"), QStringLiteral("operator"),
                                  QStringLiteral("-k"), QStringLiteral("s3cret"), secure},
                                 true))
                     .out.trimmed(),
                 QByteArray("21.0"));
    // A wrong key or an unknown identity gets nothing.
    r = coapClient({QStringLiteral("-u"), QStringLiteral("operator"), QStringLiteral("-k"),
                    QStringLiteral("guess"), secure},
                   true, 3);
    QVERIFY2(!printedValue(r.out, "21.0"), r.out.constData());
    r = coapClient({QStringLiteral("-u"), QStringLiteral("intruder"), QStringLiteral("-k"),
                    QStringLiteral("s3cret"), secure},
                   true, 3);
    QVERIFY2(!printedValue(r.out, "21.0"), r.out.constData());
    // Plain CoAP on that port gets nothing either.
    r = coapClient({QStringLiteral("-m"), QStringLiteral("get"),
                    uri(port, QStringLiteral("/twins/secure/properties/setpoint"))},
                   false, 2);
    QVERIFY2(!printedValue(r.out, "21.0"), r.out.constData());
}

void TestCoapDigital::blockwiseBodiesAreBounded()
{
    using Test::CoapMessage;
    const std::shared_ptr<CoapServer> server =
        CoapServer::find(m_engine.get(), QStringLiteral("127.0.0.1"), m_port);
    QVERIFY(server);
    Test::CoapSocket client; // one session: its blocks belong together
    QVERIFY(client.isBound());
    quint16 mid = 1000;
    const auto block = [&](quint32 num, bool more, const QByteArray &payload,
                           std::optional<quint64> size1 = {}) {
        CoapMessage m;
        m.code = 0x03; // PUT
        m.mid = mid++;
        m.token = "b" + QByteArray::number(num);
        m.addPath(QStringLiteral("/twins/room-1/properties/note"));
        m.addOption(12, CoapMessage::uintValue(50)); // Content-Format: JSON
        // Block1: the number, more to come, 1,024-byte blocks (SZX 6).
        m.addOption(27, CoapMessage::uintValue((quint64(num) << 4) | (more ? 8 : 0) | 6));
        if (size1)
            m.addOption(60, CoapMessage::uintValue(*size1));
        m.payload = payload;
        return client.exchange(m, m_port);
    };
    const QByteArray chunk(1024, 'x');
    // A body that never ends: each block is taken (2.31 Continue) up to the limit of 65,536
    // bytes; the 65th is refused with 4.13, and Size1 says the limit.
    for (quint32 n = 0; n < 64; ++n) {
        const auto answer = block(n, true, n == 0 ? "\"" + chunk.mid(1) : chunk);
        QVERIFY2(answer, qPrintable(QStringLiteral("block %1 had no answer").arg(n)));
        QCOMPARE(int(answer->code), 0x5f);
    }
    const auto refused = block(64, true, chunk);
    QVERIFY(refused);
    QCOMPARE(int(refused->code), 0x8d);
    QCOMPARE(CoapMessage::uintOf(refused->option(60)), 65536u);
    QVERIFY2(refused->payload.contains("over the limit of 65536 bytes"), refused->payload);
    QCOMPARE(server->counters().tooLarge.load(), 1u);
    // What follows of that body has nothing to continue: 4.08 Request Entity Incomplete.
    const auto after = block(65, false, "x\"");
    QVERIFY(after);
    QCOMPARE(int(after->code), 0x88);
    // A block far into a body that never began (number 1,048,575, more to come) is no value.
    const auto stray = block(1048575, true, "\"x\"");
    QVERIFY(stray);
    QCOMPARE(int(stray->code), 0x88);
    QVERIFY2(stray->payload.contains("block 1048575 arrived without the blocks before it"),
             stray->payload);
    // A client that announces the size (Size1) is refused at its first block.
    const auto announced = block(0, true, "\"" + chunk.mid(1), 1'000'000);
    QVERIFY(announced);
    QCOMPARE(int(announced->code), 0x8d);
    QCOMPARE(server->counters().tooLarge.load(), 2u);
    // Nothing of them was kept, and a body within the limit, in blocks, is still taken whole.
    const auto desiredNote = [this] {
        const TwinSnapshot s = m_engine->snapshot(QStringLiteral("room-1")).result();
        const auto *p = s.property(u"note");
        return p ? p->desired : Value();
    };
    QCOMPARE(desiredNote(), Value());
    const QByteArray body = "\"" + QByteArray(2500, 'y') + "\"";
    for (quint32 n = 0; n * 1024 < quint32(body.size()); ++n) {
        const bool more = (n + 1) * 1024 < quint32(body.size());
        const auto answer = block(n, more, body.mid(n * 1024, 1024));
        QVERIFY(answer);
        if (more)
            QCOMPARE(int(answer->code), 0x5f);
    }
    QTRY_COMPARE(desiredNote(), Value(QString(2500, QLatin1Char('y'))));
}

void TestCoapDigital::configurationErrors()
{
    Diagnostics d;
    QVERIFY(!addRoom(*m_engine, QStringLiteral("x"),
                     {{"host", ""}, {"port", 0}, {"dtls", {{"identity", "a"}}}}, d));
    QStringList pointers;
    for (const Diagnostic &x : d.items())
        pointers << x.pointer.mid(QStringLiteral("/twins/0/digitalAdapters/0/config").size());
    QCOMPARE(pointers, (QStringList{QStringLiteral("/host"), QStringLiteral("/dtls"),
                                    QStringLiteral("/port")}));
    // A port already serving plain CoAP cannot also serve DTLS: the twin goes to Error rather
    // than run with half its interface, and its problem says why; the failure is counted.
    QSignalSpy problems(m_engine.get(), &Engine::problem);
    Diagnostics ok;
    const quint16 taken = m_port;
    QVERIFY(addRoom(*m_engine, QStringLiteral("clash"), {{"port", taken}, {"dtls", {{"key", "k"}}}},
                    ok));
    m_engine->startTwin(QStringLiteral("clash")).waitForFinished();
    QTRY_COMPARE(m_engine->lifecycle(QStringLiteral("clash")), LifecycleState::Error);
    QTRY_COMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).at(0).toString(), QStringLiteral("clash"));
    QVERIFY2(problems.at(0).at(1).toString().startsWith(QStringLiteral("adapter 'coap':")),
             qPrintable(problems.at(0).at(1).toString()));
    QCOMPARE(m_engine->twinMetrics(QStringLiteral("clash")).eventsFailed, 1u);
    // Another process (here: another engine) holds the port: the same.
    Engine other;
    QSignalSpy otherProblems(&other, &Engine::problem);
    QVERIFY(other.addModel(nlohmann::json::parse(kModel), ok));
    QVERIFY(addRoom(other, QStringLiteral("late"), {{"port", taken}}, ok));
    other.startAll();
    QTRY_COMPARE(otherProblems.size(), 1);
    const QString why = otherProblems.at(0).at(1).toString();
    QVERIFY2(why.contains(QString::number(taken)), qPrintable(why));
    QCOMPARE(other.twinMetrics(QStringLiteral("late")).eventsFailed, 1u);
    // The first engine still serves.
    QCOMPARE(
        request("get", m_port, QStringLiteral("/twins/room-1/properties/setpoint")).out.trimmed(),
        QByteArray("21.0"));
}

QTEST_GUILESS_MAIN(TestCoapDigital)
#include "tst_coapdigital.moc"
