// End to end through a real Mosquitto on loopback (started with set_tcp_nodelay): devices publish
// telemetry → MQTT physical adapter → twin → MQTT digital adapter → a subscriber, against the raw
// broker echo (publisher straight to subscriber) and, when it is installed, Node-RED 4 carrying
// the same shape (one broker connection, MQTT in → function → MQTT out), measured with the same
// probe in the same run, contenders alternating. Prints one JSON document.
//
//   bench_mqtt [--twins 10,1000,10000] [--messages M] [--rate R] [--trials T] [--workers W]
//              [--nofile N] [--node-red PATH] [--only raw|twin]
//
// For each twin count (each twin has an mqtt physical and an mqtt digital adapter), with the
// soft limit of open files at N (default 1,024, the runner's usual limit): the time until all
// twins are Synchronized, the process's connections to the broker, descriptors and resident
// memory, the workers' CPU and p50/p99 latency at R messages/s spread over all twins, and the
// maximum throughput (median of T trials). Node-RED is looked for on PATH and in
// build/npm-bench (scripts/setup-bench installs it there); it is reported as absent otherwise.

#include "adapters/builtinadapters.h"
#include "adapters/mqtt/mqttclient.h"
#include "bench/benchsupport.h"
#include "engine/engine.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <iostream>
#include <mutex>
#include <sys/resource.h>
#include <thread>
#include <unistd.h>

using namespace twinloom;

namespace {
using Bench::percentile;
using Bench::processCpuSeconds;
using Bench::residentMiB;
using Bench::threadCpuSeconds;

struct Probe
{
    std::mutex mutex;
    std::vector<double> latencies; // µs
    std::atomic<std::uint64_t> received{0};
    std::atomic<std::int64_t> last{0};
    // What the measured path delivers to; late messages of another path are not counted.
    std::mutex prefixMutex;
    QString prefix;
};

// Times the engine's workers went to sleep waiting for work (voluntary context switches).
double workerSleeps()
{
    double sleeps = 0;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        QFile status(tasks.filePath(tid + QStringLiteral("/status")));
        if (!comm.open(QIODevice::ReadOnly) || !comm.readAll().startsWith("twinloom-worker") ||
            !status.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("voluntary_ctxt_switches:"))
                sleeps += line.mid(line.indexOf(':') + 1).trimmed().toDouble();
        }
    }
    return sleeps;
}

MqttConnection connectionTo(quint16 port)
{
    MqttConnection c;
    c.port = port;
    c.maxInflight = 1000;
    return c;
}

// Publishes `count` messages over `devices` topics, at `rate` per second (0 = as fast as
// possible), each carrying its send time; the probe's subscriber reads them.
nlohmann::json measure(MqttClient &publisher, const QString &topicFormat, const QString &outPrefix,
                       int devices, int count, double rate, Probe &probe, double waitSeconds,
                       qint64 brokerPid)
{
    {
        std::lock_guard lock(probe.prefixMutex);
        probe.prefix = outPrefix;
    }
    probe.received = 0;
    probe.last = 0;
    {
        std::lock_guard lock(probe.mutex);
        probe.latencies.clear();
    }
    const Timestamp start = Clock::now();
    QElapsedTimer t;
    t.start();
    const double cpu0 = processCpuSeconds();
    const double broker0 = processCpuSeconds(brokerPid);
    const double workers0 = threadCpuSeconds("twinloom-worker");
    const double sleeps0 = workerSleeps();
    for (int i = 0; i < count; ++i) {
        if (rate > 0) {
            const auto due = static_cast<qint64>(static_cast<double>(i) * 1e9 / rate);
            while (t.nsecsElapsed() < due)
                std::this_thread::sleep_for(std::chrono::microseconds(50));
        }
        publisher.publish(topicFormat.arg(i % devices),
                          QByteArray::number(static_cast<double>(Clock::now()), 'f', 0), 0, false);
    }
    QElapsedTimer wait;
    wait.start();
    QElapsedTimer quiet;
    quiet.start();
    std::uint64_t before = 0;
    while (wait.elapsed() < waitSeconds * 1000) {
        // The publisher's thread: what its socket did not take yet goes out meanwhile.
        QEventLoop pause;
        QTimer::singleShot(50, &pause, &QEventLoop::quit);
        pause.exec();
        const std::uint64_t now = probe.received.load();
        if (now >= static_cast<std::uint64_t>(count))
            break; // all there
        if (now != before) {
            before = now;
            quiet.restart();
        } else if (quiet.elapsed() > 2000) {
            break; // nothing more is coming
        }
    }
    // From the first message sent to the last one received.
    const double seconds = static_cast<double>(probe.last.load() - start) / 1e6;
    std::lock_guard lock(probe.mutex);
    return {{"sent", count},
            {"received", probe.received.load()},
            {"seconds", seconds},
            {"messages_per_second",
             seconds > 0 ? static_cast<double>(probe.received.load()) / seconds : 0.0},
            {"latency_p50_us", percentile(probe.latencies, 0.5)},
            {"latency_p99_us", percentile(probe.latencies, 0.99)},
            {"process_cpu_seconds", processCpuSeconds() - cpu0},
            {"broker_cpu_seconds", processCpuSeconds(brokerPid) - broker0},
            {"engine_worker_cpu_seconds", threadCpuSeconds("twinloom-worker") - workers0},
            {"engine_worker_sleeps", workerSleeps() - sleeps0}};
}
} // namespace

namespace {
quint16 freePort()
{
    QTcpServer probePort;
    probePort.listen(QHostAddress::LocalHost, 0);
    return probePort.serverPort();
}

bool waitForPort(quint16 port, int attempts)
{
    for (int i = 0; i < attempts; ++i) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        if (s.waitForConnected(50))
            return true;
        QThread::msleep(50);
    }
    return false;
}

// Mosquitto on loopback with TCP_NODELAY on its side too, so that no contender waits for Nagle.
bool startBroker(QProcess &broker, const QTemporaryDir &dir, quint16 port)
{
    const QString config = dir.filePath(QStringLiteral("mosquitto.conf"));
    QFile f(config);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QStringLiteral("listener %1 127.0.0.1\nallow_anonymous true\nset_tcp_nodelay true\n"
                           "max_queued_messages 100000\n")
                .arg(port)
                .toUtf8());
    f.close();
    broker.start(
        QStandardPaths::findExecutable(QStringLiteral("mosquitto"),
                                       {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")}),
        {QStringLiteral("-c"), config});
    return broker.waitForStarted(5000) && waitForPort(port, 100);
}

// Node-RED with one broker connection and the twins' shape: MQTT in → function → MQTT out.
// (Node ids must differ from node types: Node-RED takes an id equal to a type for a config node.)
bool startNodeRed(QProcess &nodeRed, const QString &program, const QTemporaryDir &dir,
                  quint16 brokerPort, QString *version)
{
    const QString userDir = dir.filePath(QStringLiteral("node-red"));
    QDir().mkpath(userDir);
    const nlohmann::json flows = nlohmann::json::array(
        {{{"id", "bench-broker"},
          {"type", "mqtt-broker"},
          {"broker", "127.0.0.1"},
          {"port", std::to_string(brokerPort)},
          {"clientid", "node-red-bench"},
          {"autoConnect", true},
          {"usetls", false},
          {"protocolVersion", "4"},
          {"keepalive", "60"},
          {"cleansession", true}},
         {{"id", "bench-tab"}, {"type", "tab"}, {"label", "bench"}},
         {{"id", "bench-in"},
          {"type", "mqtt in"},
          {"z", "bench-tab"},
          {"topic", "nodered/+/t"},
          {"qos", "0"},
          {"datatype", "utf8"},
          {"broker", "bench-broker"},
          {"nl", false},
          {"rap", false},
          {"inputs", 0},
          {"wires", {{"bench-function"}}}},
         {{"id", "bench-function"},
          {"type", "function"},
          {"z", "bench-tab"},
          {"func", "msg.topic = 'nodered-out/' + msg.topic.split('/')[1] + '/properties/t';\n"
                   "msg.payload = '{\"value\":' + msg.payload + '}';\nreturn msg;"},
          {"outputs", 1},
          {"wires", {{"bench-out"}}}},
         {{"id", "bench-out"},
          {"type", "mqtt out"},
          {"z", "bench-tab"},
          {"topic", ""},
          {"qos", "0"},
          {"retain", "false"},
          {"broker", "bench-broker"},
          {"wires", nlohmann::json::array()}}});
    QFile f(userDir + QStringLiteral("/flows.json"));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QByteArray::fromStdString(flows.dump()));
    f.close();
    nodeRed.setProcessChannelMode(QProcess::MergedChannels);
    nodeRed.start(program, {QStringLiteral("--userDir"), userDir, QStringLiteral("--port"),
                            QString::number(freePort()), QStringLiteral("flows.json")});
    if (!nodeRed.waitForStarted(5000))
        return false;
    QByteArray log;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 60000 && nodeRed.state() == QProcess::Running) {
        nodeRed.waitForReadyRead(200);
        log += nodeRed.readAll();
        if (log.contains("Connected to broker")) {
            const qsizetype v = log.indexOf("Node-RED version: ");
            if (v >= 0)
                *version =
                    QString::fromUtf8(log.mid(v + 18, log.indexOf('\n', v) - v - 18)).trimmed();
            return true;
        }
    }
    std::cerr << log.constData();
    return false;
}

void addTwins(Engine &engine, int count, quint16 port)
{
    Diagnostics d;
    engine.addModel(nlohmann::json::parse(R"({"@id": "dtmi:bench:Device;1", "contents": [
        {"@type": "Property", "name": "t", "schema": "double"}]})"),
                    d);
    for (int i = 0; i < count; ++i) {
        const nlohmann::json t = {
            {"id", "dev" + std::to_string(i)},
            {"model", "dtmi:bench:Device;1"},
            {"physicalAdapters",
             {{{"type", "mqtt"},
               {"config",
                {{"broker", {{"port", port}}},
                 {"qos", 0},
                 {"subscriptions",
                  {{{"topic", "devices/{twin}/t"}, {"codec", "text"}, {"property", "t"}}}}}}}}},
            // One message out per message in, the shape of the raw echo and of Node-RED's flow:
            // the WoT value topics are left out.
            {"digitalAdapters",
             {{{"type", "mqtt"},
               {"config",
                {{"broker", {{"port", port}}},
                 {"retainProperties", false},
                 {"valueTopics", false}}}}}}};
        auto desc = TwinDescriptor::fromJson(t, QStringLiteral("/twins"), d);
        if (!desc || !engine.addTwin(*desc, d)) {
            std::cerr << qPrintable(d.toString()) << '\n';
            std::exit(3);
        }
    }
}

// How many of the first `count` twins are Synchronized after waiting at most `seconds`.
int waitSynchronized(const Engine &engine, int count, double seconds)
{
    QElapsedTimer t;
    t.start();
    int next = 0;
    while (next < count && t.elapsed() < seconds * 1000) {
        while (next < count &&
               engine.lifecycle(QStringLiteral("dev%1").arg(next)) == LifecycleState::Synchronized)
            ++next;
        if (next < count)
            QThread::msleep(5);
    }
    return next;
}

double median(const std::vector<double> &v)
{
    return percentile(v, 0.5);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::vector<int> twinCounts{10, 1000, 10000};
    int messages = 100000;
    double rate = 1000;
    int trials = 3;
    int workers = 0;
    rlim_t nofile = 1024;
    QString nodeRedPath;
    QString only; // for profiling one path
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        const QString &value = args[i + 1];
        if (args[i] == QLatin1String("--twins")) {
            twinCounts.clear();
            for (const QString &n : value.split(QLatin1Char(',')))
                twinCounts.push_back(std::max(1, n.toInt()));
        } else if (args[i] == QLatin1String("--messages"))
            messages = std::max(100, value.toInt());
        else if (args[i] == QLatin1String("--rate"))
            rate = std::max(1.0, value.toDouble());
        else if (args[i] == QLatin1String("--workers"))
            workers = std::max(0, value.toInt());
        else if (args[i] == QLatin1String("--trials"))
            trials = std::max(1, value.toInt());
        else if (args[i] == QLatin1String("--nofile"))
            nofile = static_cast<rlim_t>(std::max(64, value.toInt()));
        else if (args[i] == QLatin1String("--node-red"))
            nodeRedPath = value;
        else if (args[i] == QLatin1String("--only"))
            only = value;
    }
    QTemporaryDir dir;
    const quint16 port = freePort();
    QProcess broker;
    if (!startBroker(broker, dir, port)) {
        std::cerr << "cannot start mosquitto\n";
        return 3;
    }

    nlohmann::json out;
    out["benchmark"] = "mqtt";
    out["qos"] = 0;
    out["trials"] = trials;
    out["messages_per_trial"] = messages;
    out["rate"] = rate;
    out["broker"] = {{"set_tcp_nodelay", true}};

    // Node-RED first, with the process's own limit of open files: it needs one connection.
    QProcess nodeRed;
    const QString nodeRedProgram = only.isEmpty() ? Bench::findNodeRed(nodeRedPath) : QString();
    QString nodeRedVersion;
    const bool withNodeRed = !nodeRedProgram.isEmpty() &&
                             startNodeRed(nodeRed, nodeRedProgram, dir, port, &nodeRedVersion);
    out["node_red"] = {{"present", withNodeRed}};
    if (withNodeRed)
        out["node_red"]["version"] = nodeRedVersion.toStdString();
    else
        out["node_red"]["reason"] = nodeRedProgram.isEmpty()
                                        ? "node-red not found (scripts/setup-bench installs it)"
                                        : "node-red did not connect to the broker";

    // The probe's two clients are driven like the engine's: each on a thread of its own whose
    // event loop does its I/O, reading every packet a socket holds at once. Every path pays for
    // the same probe, and the probe takes as little as it can from the machine it measures.
    Probe probe;
    QThread subscriberThread;
    QThread publisherThread;
    subscriberThread.start();
    publisherThread.start();
    QObject subscriberHome;
    QObject publisherHome;
    subscriberHome.moveToThread(&subscriberThread);
    publisherHome.moveToThread(&publisherThread);
    MqttClient subscriber(connectionTo(port));
    subscriber.setSubscriptions({QStringLiteral("raw/#"), QStringLiteral("nodered-out/#"),
                                 QStringLiteral("twinloom/+/properties/t")},
                                0);
    subscriber.setMessageHandler([&](const MqttMessage &m) {
        // Raw: the payload is the send time; twin: {"value":send time,…}, read the same way.
        static constexpr char kValue[] = "{\"value\":";
        const QByteArray &p = m.payload;
        const qsizetype skip = p.startsWith(kValue) ? qsizetype(sizeof kValue - 1) : 0;
        double sent = 0;
        std::from_chars(p.constData() + skip, p.constData() + p.size(), sent);
        const std::int64_t now = Clock::now();
        {
            std::lock_guard lock(probe.prefixMutex);
            if (!m.topic.startsWith(probe.prefix))
                return;
        }
        probe.received.fetch_add(1);
        probe.last.store(now);
        std::lock_guard lock(probe.mutex);
        probe.latencies.push_back(static_cast<double>(now) - sent);
    });
    MqttClient publisher(connectionTo(port));
    QString error;
    QMetaObject::invokeMethod(
        &subscriberHome, [&] { subscriber.start(&error, &subscriberHome); },
        Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(
        &publisherHome, [&] { publisher.start(&error, &publisherHome); },
        Qt::BlockingQueuedConnection);
    while (!subscriber.isConnected() || !publisher.isConnected())
        QThread::msleep(10);
    QThread::msleep(200);
    // Runs a measurement on the publisher's thread.
    const auto run = [&](const QString &topicFormat, const QString &outPrefix, int devices,
                         int count, double perSecond, double waitSeconds) {
        nlohmann::json result;
        QMetaObject::invokeMethod(
            &publisherHome,
            [&] {
                result = measure(publisher, topicFormat, outPrefix, devices, count, perSecond,
                                 probe, waitSeconds, broker.processId());
            },
            Qt::BlockingQueuedConnection);
        return result;
    };
    const QString rawTopic = QStringLiteral("raw/%1");
    const QString twinTopic = QStringLiteral("devices/dev%1/t");
    const QString nodeRedTopic = QStringLiteral("nodered/%1/t");

    // The twins run with the limit of open files a runner usually has.
    rlimit limit{};
    getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = std::min(nofile, limit.rlim_max);
    setrlimit(RLIMIT_NOFILE, &limit);
    out["nofile_soft"] = limit.rlim_cur;

    registerBuiltinAdapters(AdapterRegistry::global());
    const int probeConnections = Bench::connectionsTo(port);
    std::vector<double> rawAll;
    std::vector<double> nodeRedAll;
    for (const int count : twinCounts) {
        nlohmann::json row;
        row["twins"] = count;
        const double rssBefore = residentMiB();
        const int fdsBefore = Bench::openDescriptors();
        EngineOptions options;
        options.workerThreads = workers;
        options.name = QStringLiteral("bench");
        auto engine = std::make_unique<Engine>(options);
        row["workers"] = engine->metrics().workers;
        if (only != QLatin1String("raw")) {
            addTwins(*engine, count, port);
            QElapsedTimer t;
            t.start();
            engine->startAll();
            const int synchronized = waitSynchronized(*engine, count, 120);
            row["synchronized"] = synchronized;
            row["seconds_to_synchronized"] = static_cast<double>(t.nsecsElapsed()) / 1e9;
            const int connections = Bench::connectionsTo(port) - probeConnections;
            row["broker_connections"] = connections;
            row["broker_connections_per_worker"] =
                static_cast<double>(connections) / std::max(1, engine->metrics().workers);
            row["descriptors"] = Bench::openDescriptors() - fdsBefore;
            row["resident_mib_process"] = residentMiB();
            row["resident_mib_engine_and_adapters"] = residentMiB() - rssBefore;
            // The digital adapters' first publications (descriptions, lifecycle) settle.
            QThread::sleep(2);
            // What the twins cost when nothing happens (timers, keep-alives).
            const double idle0 = threadCpuSeconds("twinloom-worker");
            QThread::sleep(2);
            row["idle_worker_cpu_percent"] = 50 * (threadCpuSeconds("twinloom-worker") - idle0);
        }
        // Open loop at a fixed rate, spread over all twins: latency and what the workers pay.
        if (only != QLatin1String("raw")) {
            nlohmann::json r = run(twinTopic, QStringLiteral("twinloom/"), count,
                                   static_cast<int>(rate * 5), rate, 5);
            const double seconds = std::max(1e-9, r["seconds"].get<double>());
            r["worker_cpu_percent"] = 100 * r["engine_worker_cpu_seconds"].get<double>() / seconds;
            row["at_rate"] = std::move(r);
        }
        // Maximum throughput, the contenders alternating.
        std::vector<double> raw;
        std::vector<double> twin;
        std::vector<double> nodeRedTrials;
        for (int trial = 0; trial < trials; ++trial) {
            if (only != QLatin1String("twin")) {
                nlohmann::json r = run(rawTopic, QStringLiteral("raw/"), count, messages, 0, 10);
                raw.push_back(r["messages_per_second"].get<double>());
                row["raw_echo_trials"].push_back(std::move(r));
            }
            if (only != QLatin1String("raw")) {
                nlohmann::json r =
                    run(twinTopic, QStringLiteral("twinloom/"), count, messages, 0, 15);
                twin.push_back(r["messages_per_second"].get<double>());
                row["twin_trials"].push_back(std::move(r));
            }
            if (withNodeRed) {
                const double cpu0 = processCpuSeconds(nodeRed.processId());
                nlohmann::json r =
                    run(nodeRedTopic, QStringLiteral("nodered-out/"), count, messages, 0, 30);
                r["node_red_cpu_seconds"] = processCpuSeconds(nodeRed.processId()) - cpu0;
                nodeRedTrials.push_back(r["messages_per_second"].get<double>());
                row["node_red_trials"].push_back(std::move(r));
            }
        }
        if (!twin.empty())
            row["twin_messages_per_second"] = median(twin);
        if (!raw.empty()) {
            row["raw_echo_messages_per_second"] = median(raw);
            rawAll.insert(rawAll.end(), raw.begin(), raw.end());
            if (!twin.empty())
                row["ratio_to_raw_echo"] = median(twin) / std::max(1.0, median(raw));
        }
        if (!nodeRedTrials.empty()) {
            row["node_red_messages_per_second"] = median(nodeRedTrials);
            nodeRedAll.insert(nodeRedAll.end(), nodeRedTrials.begin(), nodeRedTrials.end());
            if (!twin.empty())
                row["ratio_to_node_red"] = median(twin) / std::max(1.0, median(nodeRedTrials));
        }
        const EngineMetrics m = engine->metrics();
        row["engine"] = {{"eventsIn", m.eventsIn},
                         {"eventsDropped", m.eventsDropped},
                         {"changesOut", m.changesOut}};
        QElapsedTimer stopping;
        stopping.start();
        engine->stopAll();
        engine.reset();
        row["seconds_to_stop"] = static_cast<double>(stopping.nsecsElapsed()) / 1e9;
        out["runs"].push_back(std::move(row));
    }
    if (!rawAll.empty())
        out["raw_echo_latency"] =
            run(rawTopic, QStringLiteral("raw/"), 10, static_cast<int>(rate * 5), rate, 5);
    if (withNodeRed) {
        nlohmann::json r = run(nodeRedTopic, QStringLiteral("nodered-out/"), 10,
                               static_cast<int>(rate * 5), rate, 5);
        out["node_red"]["latency_at_rate"] = std::move(r);
        out["node_red"]["resident_mib"] = residentMiB(nodeRed.processId());
        out["node_red"]["broker_connections"] = Bench::connectionsTo(port, nodeRed.processId());
        nodeRed.terminate();
        nodeRed.waitForFinished(10000);
    }

    QMetaObject::invokeMethod(
        &publisherHome, [&] { publisher.stop(); }, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(
        &subscriberHome, [&] { subscriber.stop(); }, Qt::BlockingQueuedConnection);
    publisherThread.quit();
    subscriberThread.quit();
    publisherThread.wait();
    subscriberThread.wait();
    broker.terminate();
    broker.waitForFinished(5000);
    std::cout << out.dump(2) << std::endl;
    return 0;
}
