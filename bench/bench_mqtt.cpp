// End to end through a real Mosquitto on loopback: devices publish telemetry → MQTT physical
// adapter → twin → MQTT digital adapter → a subscriber, against the raw broker echo (publisher
// straight to subscriber) measured with the same probe in the same run. Prints one JSON document.
//
//   bench_mqtt [--devices N] [--messages M] [--rate R] [--trials T] [--workers W]
//              [--only raw|twin] [--relay]
//
// --relay adds a third path: on one thread, one libmosquitto client per device reads its topic
// and another publishes each message on, as the twins' adapters do, with no twin in between.
// It shows what the MQTT I/O alone costs on the machine.
//
// The throughput of both paths is measured T times, alternately, and the ratio is that of the
// medians: on a shared machine one trial alone can be off by 2x.

#include "adapters/builtinadapters.h"
#include "adapters/mqtt/mqttclient.h"
#include "engine/engine.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
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
struct Probe
{
    std::mutex mutex;
    std::vector<double> latencies; // µs
    std::atomic<std::uint64_t> received{0};
    std::atomic<std::int64_t> last{0};
};

double percentile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(q * static_cast<double>(v.size() - 1))];
}

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double residentMiB()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return f.readAll().split(' ').value(1).toDouble() * static_cast<double>(sysconf(_SC_PAGESIZE)) /
           1048576.0;
}

// CPU seconds of this process's threads whose name starts with `prefix` (the engine's workers).
double threadCpuSeconds(const QByteArray &prefix)
{
    double ticks = 0;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        QFile stat(tasks.filePath(tid + QStringLiteral("/stat")));
        if (!comm.open(QIODevice::ReadOnly) || !comm.readAll().startsWith(prefix) ||
            !stat.open(QIODevice::ReadOnly))
            continue;
        // Fields after the parenthesised name: state is field 3, utime 14, stime 15.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (f.size() > 12)
            ticks += f[11].toDouble() + f[12].toDouble();
    }
    return ticks / static_cast<double>(sysconf(_SC_CLK_TCK));
}

// CPU seconds of another process (the broker).
double processCpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return f.size() > 12
               ? (f[11].toDouble() + f[12].toDouble()) / static_cast<double>(sysconf(_SC_CLK_TCK))
               : 0;
}

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
nlohmann::json measure(MqttClient &publisher, const QString &topicFormat, int devices, int count,
                       double rate, Probe &probe, double waitSeconds, qint64 brokerPid)
{
    probe.received = 0;
    probe.last = 0;
    {
        std::lock_guard lock(probe.mutex);
        probe.latencies.clear();
    }
    const Timestamp start = Clock::now();
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuSeconds();
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
    std::uint64_t before = 0;
    while (wait.elapsed() < waitSeconds * 1000) {
        // The publisher's thread: what its socket did not take yet goes out meanwhile.
        QEventLoop pause;
        QTimer::singleShot(50, &pause, &QEventLoop::quit);
        pause.exec();
        const std::uint64_t now = probe.received.load();
        if (now >= static_cast<std::uint64_t>(count) || (now == before && wait.elapsed() > 1000))
            break; // all there, or nothing more is coming
        before = now;
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
            {"process_cpu_seconds", cpuSeconds() - cpu0},
            {"broker_cpu_seconds", processCpuSeconds(brokerPid) - broker0},
            {"engine_worker_cpu_seconds", threadCpuSeconds("twinloom-worker") - workers0},
            {"engine_worker_sleeps", workerSleeps() - sleeps0}};
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int devices = 10;
    int messages = 100000;
    double rate = 1000;
    int trials = 3;
    int workers = 0;
    QString only; // for profiling one path
    bool relay = false;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--relay")) {
            relay = true;
            continue;
        }
        if (i + 1 >= args.size())
            break;
        if (args[i] == QLatin1String("--devices"))
            devices = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--messages"))
            messages = std::max(100, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--rate"))
            rate = args[i + 1].toDouble();
        else if (args[i] == QLatin1String("--workers"))
            workers = std::max(0, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--trials"))
            trials = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--only"))
            only = args[i + 1];
        ++i;
    }
    QTcpServer probePort;
    probePort.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probePort.serverPort();
    probePort.close();
    QString mosquitto = QStandardPaths::findExecutable(
        QStringLiteral("mosquitto"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    QProcess broker;
    broker.start(mosquitto, {QStringLiteral("-p"), QString::number(port)});
    for (int i = 0; i < 100; ++i) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        if (s.waitForConnected(50))
            break;
        QThread::msleep(20);
    }

    // The probe's two clients are driven like the engine's: each on a thread of its own whose
    // event loop does its I/O, reading every packet a socket holds at once. Both paths pay for
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
    subscriber.setSubscriptions({QStringLiteral("raw/#"), QStringLiteral("relay-out/#"),
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
    const auto run = [&](const QString &topicFormat, int count, double perSecond,
                         double waitSeconds) {
        nlohmann::json result;
        QMetaObject::invokeMethod(
            &publisherHome,
            [&] {
                result = measure(publisher, topicFormat, devices, count, perSecond, probe,
                                 waitSeconds, broker.processId());
            },
            Qt::BlockingQueuedConnection);
        return result;
    };

    nlohmann::json out;
    out["benchmark"] = "mqtt";
    out["devices"] = devices;
    out["qos"] = 0;
    out["trials"] = trials;

    // The twins run from the start: idle, they cost the raw echo nothing.
    registerBuiltinAdapters(AdapterRegistry::global());
    const double rssBefore = residentMiB();
    EngineOptions options;
    options.workerThreads = workers;
    Engine engine(options);
    if (only != QLatin1String("raw")) {
        Diagnostics d;
        engine.addModel(nlohmann::json::parse(R"({"@id": "dtmi:bench:Device;1", "contents": [
            {"@type": "Property", "name": "t", "schema": "double"}]})"),
                        d);
        for (int i = 0; i < devices; ++i) {
            nlohmann::json t = {
                {"id", "dev" + std::to_string(i)},
                {"model", "dtmi:bench:Device;1"},
                {"physicalAdapters",
                 {{{"type", "mqtt"},
                   {"config",
                    {{"broker", {{"port", port}}},
                     {"qos", 0},
                     {"subscriptions",
                      {{{"topic", "devices/{twin}/t"}, {"codec", "text"}, {"property", "t"}}}}}}}}},
                {"digitalAdapters",
                 {{{"type", "mqtt"},
                   {"config", {{"broker", {{"port", port}}}, {"retainProperties", false}}}}}}};
            auto desc = TwinDescriptor::fromJson(t, QStringLiteral("/twins"), d);
            if (!desc || !engine.addTwin(*desc, d)) {
                std::cerr << qPrintable(d.toString()) << '\n';
                return 3;
            }
        }
        engine.startAll();
        for (int i = 0; i < devices; ++i) {
            while (engine.lifecycle(QStringLiteral("dev%1").arg(i)) != LifecycleState::Synchronized)
                QThread::msleep(10);
        }
        QThread::msleep(300);
    }

    QThread relayThread;
    relayThread.setObjectName(QStringLiteral("relay"));
    QObject relayHome;
    std::vector<std::unique_ptr<MqttClient>> relayClients;
    if (relay) {
        relayThread.start();
        relayHome.moveToThread(&relayThread);
        for (int i = 0; i < devices; ++i) {
            auto in = std::make_unique<MqttClient>(connectionTo(port));
            auto onward = std::make_unique<MqttClient>(connectionTo(port));
            in->setSubscriptions({QStringLiteral("relay-in/%1").arg(i)}, 0);
            in->setMessageHandler(
                [o = onward.get(), topic = QStringLiteral("relay-out/%1").arg(i)](
                    const MqttMessage &m) { o->publish(topic, m.payload, 0, false); });
            relayClients.push_back(std::move(in));
            relayClients.push_back(std::move(onward));
        }
        QMetaObject::invokeMethod(
            &relayHome,
            [&] {
                for (auto &c : relayClients)
                    c->start(&error, &relayHome);
            },
            Qt::BlockingQueuedConnection);
        for (auto &c : relayClients) {
            while (!c->isConnected())
                QThread::msleep(10);
        }
        QThread::msleep(300);
    }

    const QString rawTopic = QStringLiteral("raw/%1");
    const QString twinTopic = QStringLiteral("devices/dev%1/t");
    std::vector<double> raw;
    std::vector<double> twin;
    std::vector<double> relayed;
    double relayCpu = threadCpuSeconds("relay");
    for (int trial = 0; trial < trials; ++trial) {
        if (only != QLatin1String("twin")) {
            nlohmann::json r = run(rawTopic, messages, 0, 10);
            raw.push_back(r["messages_per_second"].get<double>());
            out["raw_echo_throughput_trials"].push_back(std::move(r));
        }
        if (relay) {
            nlohmann::json r = run(QStringLiteral("relay-in/%1"), messages, 0, 15);
            r["relay_thread_cpu_seconds"] = threadCpuSeconds("relay") - relayCpu;
            relayCpu = threadCpuSeconds("relay");
            relayed.push_back(r["messages_per_second"].get<double>());
            out["relay_throughput_trials"].push_back(std::move(r));
        }
        if (only != QLatin1String("raw")) {
            nlohmann::json r = run(twinTopic, messages, 0, 15);
            twin.push_back(r["messages_per_second"].get<double>());
            out["twin_throughput_trials"].push_back(std::move(r));
        }
    }
    if (!raw.empty()) {
        out["raw_echo_throughput"] = {{"messages_per_second", percentile(raw, 0.5)}};
        out["raw_echo_latency"] = run(rawTopic, static_cast<int>(rate * 5), rate, 5);
    }
    if (!twin.empty()) {
        out["twin_throughput"] = {{"messages_per_second", percentile(twin, 0.5)}};
        out["twin_latency"] = run(twinTopic, static_cast<int>(rate * 5), rate, 5);
        const EngineMetrics m = engine.metrics();
        out["engine"] = {{"eventsIn", m.eventsIn},
                         {"eventsDropped", m.eventsDropped},
                         {"changesOut", m.changesOut}};
        out["resident_mib_engine_and_adapters"] = residentMiB() - rssBefore;
    }
    out["resident_mib_process"] = residentMiB();
    if (!relayed.empty()) {
        out["relay_throughput"] = {{"messages_per_second", percentile(relayed, 0.5)}};
        if (!raw.empty() && percentile(raw, 0.5) > 0)
            out["relay_ratio"] = percentile(relayed, 0.5) / percentile(raw, 0.5);
    }
    if (!raw.empty() && !twin.empty()) {
        const double r = percentile(raw, 0.5);
        out["throughput_ratio"] = r > 0 ? percentile(twin, 0.5) / r : 0;
        out["latency_p50_budget_us"] =
            2 * out["raw_echo_latency"]["latency_p50_us"].get<double>() + 100;
    }
    if (relay) {
        QMetaObject::invokeMethod(
            &relayHome,
            [&] {
                for (auto &c : relayClients)
                    c->stop();
            },
            Qt::BlockingQueuedConnection);
        relayThread.quit();
        relayThread.wait();
    }
    engine.stopAll();
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
