// The HTTP interface under load, against twinloom-run --http with --twins twins (default 1,000):
//  - GET …/properties/{name} of a random twin with wrk (keep-alive): requests/s, latency p50/p99,
//    beside Node-RED doing the same (http in → function → http response) when it is installed
//    (scripts/setup-bench puts it in build/npm-bench), else reported as absent;
//  - the latency at half the saturation rate, from an open-loop generator that sends on a fixed
//    schedule and counts from the scheduled time (no coordinated omission);
//  - WebSocket fan-out: --clients clients subscribed to every twin, the twins changing at --hz,
//    delivery latency p50/p99 (commit → received) and drops;
//  - what the API adds to an idle runner's resident memory.
// Prints one JSON document.
//
//   bench_http [--twins N] [--seconds S] [--clients C] [--hz H] [--connections N]
//              [--runner PATH] [--node-red PATH] [--only fanout]

#include "bench/benchsupport.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <nlohmann/json.hpp>

#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <fcntl.h>
#include <iostream>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <random>
#include <sys/socket.h>
#include <unistd.h>

namespace {

using Clock = std::chrono::steady_clock;

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool httpOk(quint16 port, const QByteArray &path)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(200))
        return false;
    s.write("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QByteArray in;
    while (s.waitForReadyRead(1000))
        in += s.readAll();
    return in.startsWith("HTTP/1.1 200");
}

bool waitFor(quint16 port, const QByteArray &path, int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        if (httpOk(port, path))
            return true;
        QThread::msleep(100);
    }
    return false;
}

QByteArray project(int twins, double hz)
{
    nlohmann::json p;
    p["format"] = "twinloom-project";
    p["version"] = 1;
    p["name"] = "bench-http";
    p["models"] = nlohmann::json::array({nlohmann::json::parse(
        R"({"@id": "dtmi:bench:Room;1", "contents": [
            {"@type": "Property", "name": "temperature", "schema": "double"}]})")});
    p["twins"] = nlohmann::json::array();
    for (int i = 0; i < twins; ++i) {
        nlohmann::json signal;
        signal["name"] = "temperature";
        signal["generator"] = "sine";
        signal["offset"] = 21;
        signal["amplitude"] = 2;
        signal["period"] = "PT60S";
        signal["rate"] = hz;
        signal["phase"] = i % 60;
        nlohmann::json sim;
        sim["type"] = "sim";
        sim["config"]["seed"] = i;
        sim["config"]["signals"] = nlohmann::json::array({signal});
        nlohmann::json twin;
        twin["id"] = "room-" + std::to_string(i);
        twin["model"] = "dtmi:bench:Room;1";
        twin["physicalAdapters"] = nlohmann::json::array({sim});
        p["twins"].push_back(twin);
    }
    return QByteArray::fromStdString(p.dump());
}

// wrk with a script that asks for a random twin each time and prints its summary as JSON.
nlohmann::json runWrk(quint16 port, const QString &pathTemplate, int twins, int connections,
                      int seconds, const QTemporaryDir &dir)
{
    const QString script = dir.filePath(QStringLiteral("random-twin.lua"));
    QFile f(script);
    f.open(QIODevice::WriteOnly);
    f.write(QStringLiteral(R"(math.randomseed(42)
request = function()
  local path = string.gsub("%1", "{twin}", "room-" .. math.random(0, %2))
  return wrk.format("GET", path)
end
done = function(summary, latency, requests)
  io.write(string.format('{"requests": %d, "seconds": %f, "errors": %d, "non2xx": %d, "p50_us": %d, "p99_us": %d, "max_us": %d}\n',
    summary.requests, summary.duration / 1e6,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, latency:percentile(50), latency:percentile(99), latency.max))
end
)")
                .arg(pathTemplate)
                .arg(twins - 1)
                .toUtf8());
    f.close();
    QProcess wrk;
    wrk.start(QStringLiteral("wrk"),
              {QStringLiteral("-t2"), QStringLiteral("-c%1").arg(connections),
               QStringLiteral("-d%1s").arg(seconds), QStringLiteral("-s"), script,
               QStringLiteral("http://127.0.0.1:%1").arg(port)});
    wrk.waitForFinished(seconds * 1000 + 30000);
    const QByteArray out = wrk.readAllStandardOutput();
    const qsizetype brace = out.lastIndexOf("{\"requests\"");
    nlohmann::json r = brace < 0
                           ? nlohmann::json()
                           : nlohmann::json::parse(out.mid(brace).toStdString(), nullptr, false);
    if (!r.is_object())
        return {{"error", out.toStdString() + wrk.readAllStandardError().toStdString()}};
    r["requests_per_s"] = std::round(r["requests"].get<double>() / r["seconds"].get<double>());
    r["p50_ms"] = r["p50_us"].get<double>() / 1000;
    r["p99_ms"] = r["p99_us"].get<double>() / 1000;
    return r;
}

// An open-loop load: `connections` keep-alive connections share `rate` requests/s on a fixed
// schedule; a request waits for its connection's previous answer, and its latency counts from
// when it was due.
nlohmann::json openLoop(quint16 port, int twins, double rate, int connections, int seconds)
{
    struct Conn
    {
        int fd = -1;
        QByteArray in;
        bool busy = false;
        std::vector<Clock::time_point> due; // requests waiting their turn, oldest first
        Clock::time_point sentDue;
    };
    std::vector<Conn> conns(static_cast<std::size_t>(connections));
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    for (Conn &c : conns) {
        c.fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (::connect(c.fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0)
            return {{"error", "connect failed"}};
        int one = 1;
        ::setsockopt(c.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    }
    std::mt19937 random(7);
    std::vector<double> latencies;
    const auto start = Clock::now();
    const auto end = start + std::chrono::seconds(seconds);
    const auto interval = std::chrono::duration<double>(1.0 / rate);
    std::uint64_t scheduled = 0;
    std::vector<pollfd> fds(conns.size());
    auto send = [&](Conn &c) {
        const QByteArray req =
            "GET /api/twins/room-" +
            QByteArray::number(static_cast<int>(random() % static_cast<unsigned>(twins))) +
            "/properties/temperature HTTP/1.1\r\nHost: x\r\n\r\n";
        if (::write(c.fd, req.constData(), static_cast<size_t>(req.size())) == req.size()) {
            c.busy = true;
            c.sentDue = c.due.front();
            c.due.erase(c.due.begin());
        }
    };
    while (Clock::now() < end) {
        // Everything due by now is assigned round-robin.
        const auto now = Clock::now();
        while (start + std::chrono::duration_cast<Clock::duration>(
                           interval * static_cast<double>(scheduled)) <=
               now) {
            Conn &c = conns[scheduled % conns.size()];
            c.due.push_back(start + std::chrono::duration_cast<Clock::duration>(
                                        interval * static_cast<double>(scheduled)));
            ++scheduled;
        }
        for (Conn &c : conns) {
            if (!c.busy && !c.due.empty())
                send(c);
        }
        for (std::size_t i = 0; i < conns.size(); ++i)
            fds[i] = {conns[i].fd, POLLIN, 0};
        ::poll(fds.data(), fds.size(), 1);
        for (std::size_t i = 0; i < conns.size(); ++i) {
            if (!(fds[i].revents & POLLIN))
                continue;
            Conn &c = conns[i];
            char buffer[16384];
            const ssize_t n = ::read(c.fd, buffer, sizeof buffer);
            if (n <= 0)
                return {{"error", "the server closed a connection"}};
            c.in.append(buffer, n);
            for (;;) {
                const qsizetype headerEnd = c.in.indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    break;
                const qsizetype cl = c.in.indexOf("Content-Length: ");
                const int length = c.in.mid(cl + 16, c.in.indexOf("\r\n", cl) - cl - 16).toInt();
                if (c.in.size() < headerEnd + 4 + length)
                    break;
                c.in.remove(0, headerEnd + 4 + length);
                latencies.push_back(
                    std::chrono::duration<double, std::milli>(Clock::now() - c.sentDue).count());
                c.busy = false;
                if (!c.due.empty())
                    send(c);
            }
        }
    }
    for (Conn &c : conns)
        ::close(c.fd);
    return {{"rate_per_s", std::round(rate)},
            {"answered", latencies.size()},
            {"p50_ms", Bench::percentile(latencies, 0.5)},
            {"p99_ms", Bench::percentile(latencies, 0.99)},
            {"max_ms", Bench::percentile(latencies, 1.0)}};
}

// WebSocket clients subscribed to every twin's properties; latency from the change's commit time
// (same machine, same wall clock) to its arrival, sampled.
nlohmann::json fanOut(quint16 port, int clients, int seconds)
{
    std::vector<int> fds;
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    std::vector<QByteArray> buffers(static_cast<std::size_t>(clients));
    for (int i = 0; i < clients; ++i) {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (::connect(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0)
            return {{"error", "connect failed"}};
        const QByteArray upgrade =
            "GET /api/stream?filter=twins/%2B/properties/%23 HTTP/1.1\r\nHost: x\r\n"
            "Upgrade: websocket\r\nConnection: Upgrade\r\n"
            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
        if (::write(fd, upgrade.constData(), static_cast<size_t>(upgrade.size())) != upgrade.size())
            return {{"error", "upgrade failed"}};
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
        fds.push_back(fd);
    }
    std::vector<bool> upgraded(fds.size(), false);
    std::vector<double> latencies;
    std::uint64_t messages = 0, reportedDrops = 0, sampled = 0;
    std::vector<pollfd> polls(fds.size());
    const auto end = Clock::now() + std::chrono::seconds(seconds);
    const auto warm = Clock::now() + std::chrono::seconds(1);
    while (Clock::now() < end) {
        for (std::size_t i = 0; i < fds.size(); ++i)
            polls[i] = {fds[i], POLLIN, 0};
        ::poll(polls.data(), polls.size(), 10);
        for (std::size_t i = 0; i < fds.size(); ++i) {
            if (!(polls[i].revents & POLLIN))
                continue;
            // Everything the socket holds, then the frames in it.
            static char chunk[1 << 18];
            QByteArray &in = buffers[i];
            ssize_t n = 0;
            while ((n = ::read(fds[i], chunk, sizeof chunk)) > 0)
                in.append(chunk, n);
            if (!upgraded[i]) {
                const qsizetype end2 = in.indexOf("\r\n\r\n");
                if (end2 < 0)
                    continue;
                in.remove(0, end2 + 4);
                upgraded[i] = true;
            }
            qsizetype pos = 0;
            while (in.size() - pos >= 2) {
                quint64 len = static_cast<quint8>(in[pos + 1]) & 0x7F;
                qsizetype off = 2;
                if (len == 126) {
                    if (in.size() - pos < 4)
                        break;
                    len = (quint64(quint8(in[pos + 2])) << 8) | quint8(in[pos + 3]);
                    off = 4;
                }
                if (in.size() - pos < off + qsizetype(len))
                    break;
                const QByteArrayView body(in.constData() + pos + off, qsizetype(len));
                ++messages;
                if (body.contains("\"dropped\"")) {
                    const QByteArray b = body.toByteArray();
                    const qsizetype c = b.indexOf("\"count\":");
                    reportedDrops += b.mid(c + 8).split(',').value(0).toULongLong();
                } else if (Clock::now() > warm && ++sampled % 50 == 0) {
                    // The commit's time of day ("…T06:57:20.123456Z") against now, in µs.
                    static const QByteArrayView key("\"committed\":\"");
                    const qsizetype c = QByteArrayView(body).indexOf(key);
                    if (c >= 0 && body.size() >= c + key.size() + 27) {
                        const char *t = body.data() + c + key.size() + 11;
                        auto num = [t](int at, int digits) {
                            long v = 0;
                            for (int k = 0; k < digits; ++k)
                                v = v * 10 + (t[at + k] - '0');
                            return v;
                        };
                        const double committed =
                            double((num(0, 2) * 3600 + num(3, 2) * 60 + num(6, 2))) * 1e6 +
                            double(num(9, 6));
                        const auto since = std::chrono::system_clock::now().time_since_epoch();
                        const double nowUs = double(
                            std::chrono::duration_cast<std::chrono::microseconds>(since).count() %
                            86'400'000'000LL);
                        latencies.push_back((nowUs - committed) / 1000);
                    }
                }
                pos += off + qsizetype(len);
            }
            in.remove(0, pos);
        }
    }
    for (int fd : fds)
        ::close(fd);
    return {{"clients", clients},
            {"messages", messages},
            {"messages_per_s", std::round(double(messages) / seconds)},
            {"latency_p50_ms", Bench::percentile(latencies, 0.5)},
            {"latency_p99_ms", Bench::percentile(latencies, 0.99)},
            {"drops_reported_to_clients", reportedDrops}};
}

// Node-RED answering the same route from a table of the same number of twins.
bool startNodeRed(QProcess &nodeRed, const QString &program, const QTemporaryDir &dir, quint16 port,
                  int twins)
{
    const QString userDir = dir.filePath(QStringLiteral("node-red"));
    QDir().mkpath(userDir);
    const std::string func =
        "let t = global.get('twins');\n"
        "if (!t) { t = {}; for (let i = 0; i < " +
        std::to_string(twins) +
        "; i++) t['room-' + i] = {temperature: 21.5}; global.set('twins', t); }\n"
        "const twin = t[msg.req.params.twin];\n"
        "if (!twin) { msg.statusCode = 404; msg.payload = '{}'; return msg; }\n"
        "msg.payload = JSON.stringify(twin[msg.req.params.name]);\n"
        "msg.headers = {'content-type': 'application/json'};\nreturn msg;";
    nlohmann::json flows = nlohmann::json::array();
    flows.push_back({{"id", "bench-tab"}, {"type", "tab"}, {"label", "bench"}});
    flows.push_back({{"id", "bench-in"},
                     {"type", "http in"},
                     {"z", "bench-tab"},
                     {"url", "/api/twins/:twin/properties/:name"},
                     {"method", "get"},
                     {"wires", {{"bench-function"}}}});
    flows.push_back({{"id", "bench-function"},
                     {"type", "function"},
                     {"z", "bench-tab"},
                     {"func", func},
                     {"outputs", 1},
                     {"wires", {{"bench-response"}}}});
    flows.push_back({{"id", "bench-response"},
                     {"type", "http response"},
                     {"z", "bench-tab"},
                     {"wires", nlohmann::json::array()}});
    QFile f(userDir + QStringLiteral("/flows.json"));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QByteArray::fromStdString(flows.dump()));
    f.close();
    nodeRed.setProcessChannelMode(QProcess::MergedChannels);
    nodeRed.start(program, {QStringLiteral("--userDir"), userDir, QStringLiteral("--port"),
                            QString::number(port), QStringLiteral("flows.json")});
    return nodeRed.waitForStarted(5000) &&
           waitFor(port, "/api/twins/room-1/properties/temperature", 60000);
}

void stop(QProcess &p)
{
    if (p.state() == QProcess::NotRunning)
        return;
    p.terminate();
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished();
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int twins = 1000, seconds = 10, clients = 100, connections = 64;
    double hz = 10;
    QString runnerPath =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../bin/twinloom-run");
    QString nodeRedPath;
    QString only;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        const QString &k = args[i];
        const QString &v = args[i + 1];
        if (k == QLatin1String("--twins"))
            twins = v.toInt();
        else if (k == QLatin1String("--seconds"))
            seconds = v.toInt();
        else if (k == QLatin1String("--clients"))
            clients = v.toInt();
        else if (k == QLatin1String("--hz"))
            hz = v.toDouble();
        else if (k == QLatin1String("--connections"))
            connections = v.toInt();
        else if (k == QLatin1String("--runner"))
            runnerPath = v;
        else if (k == QLatin1String("--node-red"))
            nodeRedPath = v;
        else if (k == QLatin1String("--only"))
            only = v;
    }
    if (QStandardPaths::findExecutable(QStringLiteral("wrk")).isEmpty()) {
        std::cerr << "bench_http: wrk is not installed (Debian package wrk)\n";
        return 1;
    }
    QTemporaryDir dir;
    nlohmann::json result;
    result["benchmark"] = "http";
    result["twins"] = twins;
    result["loadavg_before"] = Bench::loadAverage();

    const bool all = only.isEmpty();
    // 1. What the API adds to an idle runner (its twins changing once a minute).
    if (all) {
        const QString file = dir.filePath(QStringLiteral("idle.twinloom.json"));
        QFile f(file);
        f.open(QIODevice::WriteOnly);
        f.write(project(twins, 1.0 / 60));
        f.close();
        QProcess plain, served;
        plain.start(runnerPath, {file});
        const quint16 port = freePort();
        served.start(runnerPath,
                     {file, QStringLiteral("--http"), QStringLiteral("127.0.0.1:%1").arg(port)});
        waitFor(port, "/readyz", 30000);
        QThread::sleep(5);
        const double a = Bench::residentMiB(plain.processId());
        const double b = Bench::residentMiB(served.processId());
        result["idle_rss_mib"] = {{"without_http", a}, {"with_http", b}, {"added_by_http", b - a}};
        stop(plain);
        stop(served);
    }

    // 2. Requests/s and latency with wrk, then the open-loop latency at half of it.
    const QString file = dir.filePath(QStringLiteral("rooms.twinloom.json"));
    {
        QFile f(file);
        f.open(QIODevice::WriteOnly);
        f.write(project(twins, hz));
    }
    QProcess runner;
    const quint16 port = freePort();
    runner.start(runnerPath,
                 {file, QStringLiteral("--http"), QStringLiteral("127.0.0.1:%1").arg(port)});
    if (!waitFor(port, "/readyz", 60000)) {
        std::cerr << "bench_http: the runner did not get ready\n"
                  << runner.readAllStandardError().constData();
        return 1;
    }
    QThread::sleep(1);
    const QString route = QStringLiteral("/api/twins/{twin}/properties/temperature");
    double saturation = 0;
    if (all) {
        nlohmann::json twinloom = runWrk(port, route, twins, connections, seconds, dir);
        result["get_property"]["twinloom"] = twinloom;
        saturation = twinloom.value("requests_per_s", 0.0);
        if (saturation > 0)
            result["get_property"]["twinloom_half_saturation"] =
                openLoop(port, twins, saturation / 2, 32, seconds);
    }

    // 3. WebSocket fan-out.
    stop(runner);
    runner.start(runnerPath,
                 {file, QStringLiteral("--http"), QStringLiteral("127.0.0.1:%1").arg(port)});
    waitFor(port, "/readyz", 60000);
    QThread::sleep(1);
    nlohmann::json fan = fanOut(port, clients, seconds);
    fan["changes_per_s"] = twins * hz;
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        s.waitForConnected(1000);
        s.write("GET /metrics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QByteArray metrics;
        while (s.waitForReadyRead(2000))
            metrics += s.readAll();
        for (const QByteArray &line : metrics.split('\n')) {
            if (line.startsWith("twinloom_stream_dropped_total "))
                fan["drops_counted_by_server"] = line.mid(30).toDouble();
        }
    }
    result["websocket_fan_out"] = fan;
    stop(runner);

    // 4. Node-RED doing what step 2 measured, in the same run.
    const QString nodeRedProgram = all ? Bench::findNodeRed(nodeRedPath) : QString();
    if (!all) {
    } else if (nodeRedProgram.isEmpty()) {
        result["get_property"]["node_red"] = "absent (scripts/setup-bench installs it)";
    } else {
        QProcess nodeRed;
        const quint16 nrPort = freePort();
        if (startNodeRed(nodeRed, nodeRedProgram, dir, nrPort, twins)) {
            nlohmann::json nr = runWrk(nrPort, route, twins, connections, seconds, dir);
            result["get_property"]["node_red"] = nr;
            if (nr.value("requests_per_s", 0.0) > 0)
                result["get_property"]["twinloom_over_node_red"] =
                    std::round(saturation / nr["requests_per_s"].get<double>() * 100) / 100;
        } else {
            result["get_property"]["node_red"] = "failed to start";
        }
        stop(nodeRed);
    }
    result["loadavg_after"] = Bench::loadAverage();
    std::cout << result.dump(2) << std::endl;
    return 0;
}
