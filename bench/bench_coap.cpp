// Observe notifications carried device → twin → CoAP observer on loopback. The "device" is a
// twin served by a coap digital adapter and fed by a program; the measured twin observes it with
// the coap physical adapter and serves itself with a coap digital adapter; a libcoap observer in
// this process observes that. Each value is its send time, so the observer reads the latency.
// Prints one JSON document.
//
//   bench_coap [--values N] [--throughput-rate R] [--rate R] [--twins 100,500,900] [--nofile N]
//
// Then, at scale: for each twin count, that many twins each observe /time on libcoap's own
// coap-server, with the soft limit of open files at N (default 1,024, a runner's usual limit):
// the time until all are Synchronized and until every twin has had a notification, the libcoap
// contexts, descriptors and resident memory of the process.

#include "adapters/builtinadapters.h"
#include "adapters/coap/coapclient.h"
#include "adapters/coap/coapcommon.h"
#include "bench/benchsupport.h"
#include "engine/engine.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QThread>
#include <QtNetwork/QUdpSocket>

#include <coap3/coap.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <iostream>
#include <sys/resource.h>
#include <thread>

using namespace twinloom;

namespace {
struct Observer
{
    std::vector<double> latencies; // µs
    std::uint64_t received = 0;
    Timestamp last = 0;
};
Observer observer;

coap_response_t onNotification(coap_session_t *, const coap_pdu_t *, const coap_pdu_t *received,
                               const coap_mid_t)
{
    const QByteArray body = Coap::payload(received);
    bool ok = false;
    const double sent = body.toDouble(&ok);
    if (ok && sent > 0) {
        const Timestamp now = Clock::now();
        observer.latencies.push_back(static_cast<double>(now) - sent);
        ++observer.received;
        observer.last = now;
    }
    return COAP_RESPONSE_OK;
}

using Bench::percentile;

quint16 freePort()
{
    QUdpSocket s;
    s.bind(QHostAddress::LocalHost, 0);
    return s.localPort();
}

void pump(int milliseconds)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < milliseconds)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

// Publishes `count` values at `rate` per second (0: as fast as possible) from another thread,
// while this thread serves the observer; returns the figures of the run.
nlohmann::json measure(ProgrammaticPhysicalAdapter *device, int count, double rate)
{
    observer = {};
    observer.latencies.reserve(static_cast<std::size_t>(count));
    std::atomic<bool> done{false};
    const Timestamp start = Clock::now();
    std::thread producer([&] {
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < count; ++i) {
            if (rate > 0) {
                const auto due = static_cast<qint64>(static_cast<double>(i) * 1e9 / rate);
                while (t.nsecsElapsed() < due)
                    std::this_thread::sleep_for(std::chrono::microseconds(50));
            }
            device->publishProperty(QStringLiteral("t"), Value(static_cast<double>(Clock::now())));
        }
        done = true;
    });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    producer.join();
    pump(1000); // what is still on its way
    const double seconds = static_cast<double>(observer.last - start) / 1e6;
    return {{"sent", count},
            {"notifications_received", observer.received},
            {"seconds", seconds},
            {"notifications_per_second",
             seconds > 0 ? static_cast<double>(observer.received) / seconds : 0.0},
            {"latency_p50_us", percentile(observer.latencies, 0.5)},
            {"latency_p99_us", percentile(observer.latencies, 0.99)}};
}
// `count` twins observing /time on one coap-server, under the process's current limits.
nlohmann::json scale(int count, quint16 serverPort)
{
    nlohmann::json row{{"twins", count}};
    const double rssBefore = Bench::residentMiB();
    const int fdsBefore = Bench::openDescriptors();
    Engine engine;
    Diagnostics d;
    engine.addModel(nlohmann::json::parse(R"({"@id": "dtmi:bench:Clock;1", "contents": [
        {"@type": "Property", "name": "time", "schema": "string"}]})"),
                    d);
    for (int i = 0; i < count; ++i) {
        const nlohmann::json twin = {
            {"id", "clock" + std::to_string(i)},
            {"model", "dtmi:bench:Clock;1"},
            {"physicalAdapters",
             {{{"type", "coap"},
               {"config",
                {{"port", serverPort},
                 {"resources",
                  {{{"path", "/time"}, {"property", "time"}, {"observe", true}}}}}}}}}};
        auto desc = TwinDescriptor::fromJson(twin, QStringLiteral("/twins"), d);
        if (!desc || !engine.addTwin(*desc, d)) {
            row["error"] = d.toString().toStdString();
            return row;
        }
    }
    int problems = 0;
    QObject::connect(&engine, &Engine::problem, [&problems] { ++problems; });
    QElapsedTimer t;
    t.start();
    engine.startAll();
    const auto all = [&](auto done) {
        int next = 0;
        while (next < count && t.elapsed() < 60000) {
            while (next < count && done(QStringLiteral("clock%1").arg(next)))
                ++next;
            if (next < count)
                pump(5);
        }
        return next;
    };
    row["synchronized"] = all(
        [&](const QString &id) { return engine.lifecycle(id) == LifecycleState::Synchronized; });
    row["seconds_to_synchronized"] = static_cast<double>(t.nsecsElapsed()) / 1e9;
    // coap-server's /time notifies once a second: every twin has had one within about a second.
    row["notified"] = all([&](const QString &id) {
        const TwinSnapshot s = engine.snapshot(id).result();
        const PropertySnapshot *p = s.property(u"time");
        return p && !p->reported.isNull();
    });
    row["seconds_to_first_notification"] = static_cast<double>(t.nsecsElapsed()) / 1e9;
    row["libcoap_contexts"] = CoapClient::contextCount();
    row["workers"] = engine.metrics().workers;
    row["descriptors"] = Bench::openDescriptors() - fdsBefore;
    row["resident_mib_engine_and_adapters"] = Bench::residentMiB() - rssBefore;
    row["problems"] = problems;
    engine.stopAll();
    return row;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int values = 50000;
    double rate = 1000;
    double throughputRate = 20000;
    std::vector<int> twinCounts{100, 500, 900};
    rlim_t nofile = 1024;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--values"))
            values = std::max(100, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--rate"))
            rate = args[i + 1].toDouble();
        else if (args[i] == QLatin1String("--throughput-rate"))
            throughputRate = args[i + 1].toDouble();
        else if (args[i] == QLatin1String("--nofile"))
            nofile = static_cast<rlim_t>(std::max(64, args[i + 1].toInt()));
        else if (args[i] == QLatin1String("--twins")) {
            twinCounts.clear();
            for (const QString &n : args[i + 1].split(QLatin1Char(',')))
                twinCounts.push_back(std::max(1, n.toInt()));
        }
    }
    registerBuiltinAdapters(AdapterRegistry::global());
    const quint16 devicePort = freePort();
    const quint16 twinPort = freePort();
    Engine engine;
    Diagnostics d;
    engine.addModel(nlohmann::json::parse(R"({"@id": "dtmi:bench:Device;1", "contents": [
        {"@type": "Property", "name": "t", "schema": "double"}]})"),
                    d);
    auto digital = [&](const QString &twin, quint16 port) {
        AdapterBuildContext c;
        c.id = QStringLiteral("coap");
        c.twinId = twin;
        c.config = {{"port", port}};
        c.pointer = QStringLiteral("/digital");
        c.diagnostics = &d;
        c.engine = &engine;
        return engine.adapters().createDigital(QStringLiteral("coap"), c);
    };
    TwinSetup device;
    device.id = QStringLiteral("device");
    device.model = QStringLiteral("dtmi:bench:Device;1");
    auto feeder = std::make_unique<ProgrammaticPhysicalAdapter>(QStringLiteral("api"));
    ProgrammaticPhysicalAdapter *feed = feeder.get();
    device.physicalAdapters.push_back(std::move(feeder));
    device.digitalAdapters.push_back(digital(device.id, devicePort));
    engine.addTwin(std::move(device), d);
    const nlohmann::json twin = {
        {"id", "twin"},
        {"model", "dtmi:bench:Device;1"},
        {"physicalAdapters",
         {{{"id", "coap"},
           {"type", "coap"},
           {"config",
            {{"port", devicePort},
             {"resources", {{{"path", "/twins/device/properties/t"}, {"property", "t"}}}}}}}}},
        {"digitalAdapters",
         {{{"id", "coap"}, {"type", "coap"}, {"config", {{"port", twinPort}}}}}}};
    auto desc = TwinDescriptor::fromJson(twin, QStringLiteral("/twins/1"), d);
    if (!desc || !engine.addTwin(*desc, d) || d.hasErrors()) {
        std::cerr << qPrintable(d.toString()) << '\n';
        return 3;
    }
    engine.startAll();
    feed->publishProperty(QStringLiteral("t"), Value(0.0));
    QElapsedTimer wait;
    wait.start();
    while (engine.lifecycle(QStringLiteral("twin")) != LifecycleState::Synchronized &&
           wait.elapsed() < 10000)
        pump(10);

    // The observer: libcoap driven from this thread's event loop, as the adapters are.
    Coap::initialise();
    coap_context_t *context = coap_new_context(nullptr);
    coap_context_set_block_mode(context, COAP_BLOCK_USE_LIBCOAP | COAP_BLOCK_SINGLE_BODY);
    coap_register_response_handler(context, &onNotification);
    auto io = std::make_unique<CoapIo>(context);
    coap_address_t address;
    coap_address_init(&address);
    address.addr.sin.sin_family = AF_INET;
    address.addr.sin.sin_port = htons(twinPort);
    address.addr.sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.size = sizeof(address.addr.sin);
    coap_session_t *session = coap_new_client_session(context, nullptr, &address, COAP_PROTO_UDP);
    auto observe = [&] {
        coap_pdu_t *pdu = coap_new_pdu(COAP_MESSAGE_CON, COAP_REQUEST_CODE_GET, session);
        uint8_t token[8];
        size_t length = 0;
        coap_session_new_token(session, &length, token);
        coap_add_token(pdu, length, token);
        uint8_t buffer[4];
        coap_add_option(pdu, COAP_OPTION_OBSERVE,
                        coap_encode_var_safe(buffer, sizeof(buffer), COAP_OBSERVE_ESTABLISH),
                        buffer);
        for (const char *segment : {"twins", "twin", "properties", "t"})
            coap_add_option(pdu, COAP_OPTION_URI_PATH, std::strlen(segment),
                            reinterpret_cast<const uint8_t *>(segment));
        coap_send(session, pdu);
        io->process();
    };
    // Until a value makes it all the way (the twin may still be observing the device).
    int registrations = 0;
    for (int attempt = 0; attempt < 20 && observer.received == 0; ++attempt) {
        if (attempt % 4 == 0) {
            observe();
            ++registrations;
        }
        feed->publishProperty(QStringLiteral("t"), Value(static_cast<double>(Clock::now())));
        pump(250);
    }
    if (observer.received == 0) {
        std::cerr << "no notification reached the observer\n";
        return 3;
    }

    nlohmann::json out;
    out["benchmark"] = "coap";
    out["path"] = "program -> device twin (coap server) -> Observe -> twin (coap physical) -> "
                  "coap server -> Observe -> observer";
    // Values come faster than one notification per value can be carried: Observe sends the
    // latest state (RFC 7641 §4.5), so this counts the notifications carried per second.
    out["observeRegistrations"] = registrations; // 1 unless the chain was slow to come up
    out["throughput"] = measure(feed, values, throughputRate);
    out["throughput"]["rate"] = throughputRate;
    out["latency"] = measure(feed, static_cast<int>(rate * 5), rate);
    out["latency"]["rate"] = rate;
    for (const char *id : {"device", "twin"}) {
        const TwinMetrics t = engine.twinMetrics(QLatin1String(id));
        out["twins"][id] = {
            {"lifecycle", lifecycleStateName(engine.lifecycle(QLatin1String(id))).toStdString()},
            {"eventsIn", t.eventsIn},
            {"eventsDropped", t.eventsDropped},
            {"changesOut", t.changesOut}};
    }
    const EngineMetrics m = engine.metrics();
    out["engine"] = {
        {"eventsIn", m.eventsIn}, {"eventsDropped", m.eventsDropped}, {"changesOut", m.changesOut}};
    coap_session_release(session);
    pump(100);
    engine.stopAll();
    io.reset(); // its socket notifiers before the sockets
    coap_free_context(context);

    rlimit limit{};
    getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = std::min(nofile, limit.rlim_max);
    setrlimit(RLIMIT_NOFILE, &limit);
    out["scale"]["nofile_soft"] = limit.rlim_cur;
    // A server of its own for each count: the observers of the run before are not its load.
    for (const int count : twinCounts) {
        QProcess server;
        const quint16 serverPort = freePort();
        server.start(QStandardPaths::findExecutable(QStringLiteral("coap-server-notls")),
                     {QStringLiteral("-A"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                      QString::number(serverPort)});
        if (!server.waitForStarted(5000)) {
            out["scale"]["error"] = "coap-server-notls (libcoap3-bin) could not be started";
            break;
        }
        pump(300);
        out["scale"]["runs"].push_back(scale(count, serverPort));
        server.terminate();
        server.waitForFinished(5000);
    }
    std::cout << out.dump(2) << std::endl;
    return 0;
}
