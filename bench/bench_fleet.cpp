// Deploys a node of N simulated sensor twins to an agent (twinloom-run --agent, on a local
// Mosquitto) and measures the time until every twin is Synchronized, over several deployments;
// and the agent's resident memory when idle and when running them. Then moves a twin fed 100
// samples/s by a device between two agents M times and counts, at a subscriber of its digital
// side, the samples lost and repeated and the pause. Prints one JSON document.
//
//   bench_fleet [--twins 1000] [--runs 5] [--migrations 20] [--broker-nagle]

#include "adapters/mqtt/mqttclient.h"
#include "app/fleet/controlclient.h"
#include "bench/benchsupport.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <cstdio>
#include <map>
#include <mutex>
#include <unistd.h>

namespace {

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

bool waitForPort(quint16 port)
{
    for (int i = 0; i < 250; ++i) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        if (probe.waitForConnected(100))
            return true;
        QThread::msleep(20);
    }
    return false;
}

// The smart-building example's models with `twins` copies of its first sensor on one node.
bool writeProject(const QString &path, int twins)
{
    QFile source(QStringLiteral(TWINLOOM_SOURCE_DIR "/examples/smart-building.twinloom.json"));
    if (!source.open(QIODevice::ReadOnly))
        return false;
    nlohmann::json project = nlohmann::json::parse(source.readAll().toStdString());
    nlohmann::json sensor;
    for (const auto &t : project["twins"])
        if (t["id"] == "sensor-1-1")
            sensor = t;
    project["name"] = "Fleet benchmark";
    project["nodes"] = nlohmann::json::array({{{"name", "edge"}, {"tier", "edge"}}});
    project["twins"] = nlohmann::json::array();
    project.erase("layout");
    project.erase("dashboards");
    for (int i = 0; i < twins; ++i) {
        nlohmann::json t = sensor;
        t["id"] = "sensor-" + std::to_string(i);
        t["displayName"] = "Sensor " + std::to_string(i);
        t["node"] = "edge";
        t["physicalAdapters"][0]["config"]["seed"] = i + 1;
        project["twins"].push_back(std::move(t));
    }
    QFile out(path);
    return out.open(QIODevice::WriteOnly) &&
           out.write(QByteArray::fromStdString(project.dump())) > 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption twinsOption(QStringLiteral("twins"), QStringLiteral("Twins."),
                                         QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Deployments."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption nagleOption(
        QStringLiteral("broker-nagle"),
        QStringLiteral("Leave the broker's set_tcp_nodelay off (Mosquitto's default)."));
    const QCommandLineOption migrationsOption(QStringLiteral("migrations"),
                                              QStringLiteral("Migrations under load."),
                                              QStringLiteral("N"), QStringLiteral("20"));
    parser.addOptions({twinsOption, runsOption, nagleOption, migrationsOption});
    parser.addHelpOption();
    parser.process(app);
    const int twins = std::max(1, parser.value(twinsOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int migrations = std::max(0, parser.value(migrationsOption).toInt());

    QTemporaryDir dir;
    const quint16 port = freePort();
    // As the README advises for a control broker: small replies leave at once.
    QFile conf(dir.filePath(QStringLiteral("mosquitto.conf")));
    if (!conf.open(QIODevice::WriteOnly))
        return 1;
    conf.write(
        QStringLiteral("listener %1 127.0.0.1\nallow_anonymous true\nset_tcp_nodelay %2\n%3")
            .arg(port)
            .arg(parser.isSet(nagleOption) ? QStringLiteral("false") : QStringLiteral("true"),
                 ::geteuid() == 0 ? QStringLiteral("user root\n") : QString())
            .toUtf8());
    conf.close();
    QProcess broker;
    broker.start(
        QStandardPaths::findExecutable(QStringLiteral("mosquitto"),
                                       {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")}),
        {QStringLiteral("-c"), conf.fileName()});
    if (!broker.waitForStarted(5000) || !waitForPort(port)) {
        std::fprintf(stderr, "bench_fleet: mosquitto did not start\n");
        return 1;
    }
    const QByteArray key = "bench-fleet-key-0123456789";
    qputenv("TWINLOOM_AGENT_KEY", key);
    const QString control = QStringLiteral("mqtt://127.0.0.1:%1").arg(port);
    QProcess agent;
    agent.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    agent.start(QCoreApplication::applicationDirPath() + QStringLiteral("/../bin/twinloom-run"),
                {QStringLiteral("--agent"), QStringLiteral("bench"), QStringLiteral("--control"),
                 control, QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("agent")),
                 QStringLiteral("--log-level"), QStringLiteral("warning")});
    if (!agent.waitForStarted(5000)) {
        std::fprintf(stderr, "bench_fleet: the agent did not start\n");
        return 1;
    }
    QString error;
    twinloom::Fleet::ControlClient client(*twinloom::Fleet::ControlEndpoint::parse(control, &error),
                                          key);
    if (!client.open(5000, &error)) {
        std::fprintf(stderr, "bench_fleet: %s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer wait;
    wait.start();
    while (client.agents().count(QStringLiteral("bench")) == 0 && wait.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    QThread::msleep(2000); // settled
    const double idleMiB = Bench::residentMiB(agent.processId());

    const QString projectPath = dir.filePath(QStringLiteral("fleet.twinloom.json"));
    if (!writeProject(projectPath, twins)) {
        std::fprintf(stderr, "bench_fleet: cannot write the project\n");
        return 1;
    }
    // The bundle, made as twinloom-ctl makes it.
    QProcess exporter;
    const QString bundlePath = dir.filePath(QStringLiteral("fleet.zip"));
    exporter.start(QCoreApplication::applicationDirPath() + QStringLiteral("/../bin/twinloom-run"),
                   {projectPath, QStringLiteral("--export-bundle"), bundlePath});
    exporter.waitForFinished(60000);
    QFile bundleFile(bundlePath);
    if (exporter.exitCode() != 0 || !bundleFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_fleet: cannot export the bundle\n");
        return 1;
    }
    const QByteArray bundle = bundleFile.readAll();

    std::vector<double> total, transfer, commit;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        if (!client.sendBundle(QStringLiteral("bench"), {QStringLiteral("fleet"), bundle}, 30000,
                               &error)) {
            std::fprintf(stderr, "bench_fleet: %s\n", qPrintable(error));
            return 1;
        }
        transfer.push_back(clock.nsecsElapsed() / 1e6);
        const auto committed = client.request(
            QStringLiteral("bench"),
            {{"command", "deploy-commit"}, {"deployment", "fleet"}, {"nodes", {"edge"}}}, 60000,
            &error);
        if (!committed) {
            std::fprintf(stderr, "bench_fleet: %s\n", qPrintable(error));
            return 1;
        }
        commit.push_back(clock.nsecsElapsed() / 1e6);
        // Until the agent reports every twin Synchronized.
        for (;;) {
            const auto status =
                client.request(QStringLiteral("bench"), {{"command", "status"}}, 30000, &error);
            if (!status) {
                std::fprintf(stderr, "bench_fleet: %s\n", qPrintable(error));
                return 1;
            }
            int synchronized = 0;
            for (const auto &t : status->value("twinStates", nlohmann::json::array()))
                synchronized += t.value("lifecycle", std::string()) == "Synchronized" ? 1 : 0;
            if (synchronized == twins)
                break;
            if (clock.elapsed() > 60000) {
                std::fprintf(stderr, "bench_fleet: %d of %d twins Synchronized after 60 s\n",
                             synchronized, twins);
                return 1;
            }
            QThread::msleep(10);
        }
        total.push_back(clock.nsecsElapsed() / 1e6);
    }
    const double runningMiB = Bench::residentMiB(agent.processId());
    client.request(QStringLiteral("bench"), {{"command", "undeploy"}}, 30000, &error);

    // Migration under load: a second agent, a twin fed by a device at 100 samples/s.
    QProcess second;
    second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    second.start(QCoreApplication::applicationDirPath() + QStringLiteral("/../bin/twinloom-run"),
                 {QStringLiteral("--agent"), QStringLiteral("bench2"), QStringLiteral("--control"),
                  control, QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("agent2")),
                  QStringLiteral("--log-level"), QStringLiteral("warning")});
    wait.restart();
    while (client.onlineAgents().size() < 2 && wait.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const nlohmann::json brokerConfig = {{"host", "127.0.0.1"}, {"port", port}};
    const nlohmann::json meters = {
        {"format", "twinloom-project"},
        {"version", 1},
        {"name", "meters"},
        {"nodes", {{{"name", "a"}}, {{"name", "b"}}}},
        {"models",
         {{{"@id", "dtmi:bench:Meter;1"},
           {"@type", "Interface"},
           {"@context", "dtmi:dtdl:context;3"},
           {"contents", {{{"@type", "Property"}, {"name", "counter"}, {"schema", "long"}}}}}}},
        {"twins",
         {{{"id", "meter"},
           {"model", "dtmi:bench:Meter;1"},
           {"node", "a"},
           {"physicalAdapters",
            {{{"id", "device"},
              {"type", "mqtt"},
              {"config",
               {{"broker", brokerConfig},
                {"qos", 1},
                {"subscriptions",
                 {{{"topic", "meters/{twin}"}, {"codec", "senml"}, {"prefix", ""}}}}}}}}},
           {"digitalAdapters",
            {{{"id", "mqtt"},
              {"type", "mqtt"},
              {"config", {{"broker", brokerConfig}, {"prefix", "tl"}, {"qos", 1}}}}}}}}}};
    QFile metersFile(dir.filePath(QStringLiteral("meters.twinloom.json")));
    metersFile.open(QIODevice::WriteOnly);
    metersFile.write(QByteArray::fromStdString(meters.dump()));
    metersFile.close();
    const QString metersBundle = dir.filePath(QStringLiteral("meters.zip"));
    exporter.start(QCoreApplication::applicationDirPath() + QStringLiteral("/../bin/twinloom-run"),
                   {metersFile.fileName(), QStringLiteral("--export-bundle"), metersBundle});
    exporter.waitForFinished(60000);
    QFile metersBundleFile(metersBundle);
    metersBundleFile.open(QIODevice::ReadOnly);
    if (!client.sendBundle(QStringLiteral("bench"),
                           {QStringLiteral("meters"), metersBundleFile.readAll()}, 30000, &error) ||
        !client.request(QStringLiteral("bench"),
                        {{"command", "deploy-commit"}, {"deployment", "meters"}, {"nodes", {"a"}}},
                        30000, &error)) {
        std::fprintf(stderr, "bench_fleet: %s\n", qPrintable(error));
        return 1;
    }
    // The subscriber: every value with the time it arrived.
    std::mutex mutex;
    std::vector<std::pair<qint64, qint64>> received; // value, arrival (ms)
    QElapsedTimer since;
    since.start();
    twinloom::MqttConnection subscriberConnection;
    subscriberConnection.port = port;
    twinloom::MqttClient subscriber(subscriberConnection);
    subscriber.setSubscriptions({QStringLiteral("tl/meter/values/properties/counter")}, 1);
    subscriber.setMessageHandler([&](const twinloom::MqttMessage &m) {
        std::lock_guard lock(mutex);
        received.emplace_back(m.payload.toLongLong(), since.elapsed());
    });
    twinloom::MqttClient device(subscriberConnection);
    if (!subscriber.start(&error) || !device.start(&error)) {
        std::fprintf(stderr, "bench_fleet: %s\n", qPrintable(error));
        return 1;
    }
    QThread::msleep(500);
    qint64 sent = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        ++sent;
        const double t = static_cast<double>(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
        device.publish(
            QStringLiteral("meters/meter"),
            QByteArray::fromStdString(
                nlohmann::json::array({{{"n", "counter"}, {"v", sent}, {"t", t}}}).dump()),
            1, false);
    });
    tick.start(10);
    auto spin = [](int ms) {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    };
    spin(1000);
    std::vector<double> pauses, gaps;
    QString where = QStringLiteral("bench");
    int failedMoves = 0;
    for (int i = 0; i < migrations; ++i) {
        const QString to =
            where == QLatin1String("bench") ? QStringLiteral("bench2") : QStringLiteral("bench");
        const qint64 start = since.elapsed();
        const auto moved = client.migrate(QStringLiteral("meter"), to, 30000, &error);
        if (!moved) {
            std::fprintf(stderr, "bench_fleet: %s\n", qPrintable(error));
            ++failedMoves;
            spin(500);
            continue;
        }
        pauses.push_back(moved->value("pauseMs", 0.0));
        where = to;
        spin(500);
        // The longest silence the subscriber saw around the move.
        std::lock_guard lock(mutex);
        qint64 previous = -1;
        double gap = 0;
        for (const auto &[value, at] : received) {
            if (at < start - 100)
                continue;
            if (previous >= 0)
                gap = std::max(gap, static_cast<double>(at - previous));
            previous = at;
        }
        gaps.push_back(gap);
    }
    tick.stop();
    spin(2000);
    subscriber.stop();
    device.stop();
    std::map<qint64, int> counts;
    for (const auto &[value, at] : received)
        ++counts[value];
    qint64 lost = 0, repeated = 0;
    for (qint64 n = 1; n <= sent; ++n) {
        const auto it = counts.find(n);
        if (it == counts.end())
            ++lost;
        else
            repeated += it->second - 1;
    }
    second.terminate();
    second.waitForFinished(10000);
    agent.terminate();
    agent.waitForFinished(10000);
    broker.terminate();
    broker.waitForFinished(5000);

    const nlohmann::json result = {
        {"benchmark", "fleet"},
        {"twins", twins},
        {"runs", runs},
        {"brokerTcpNoDelay", !parser.isSet(nagleOption)},
        {"bundleBytes", bundle.size()},
        {"deployToSynchronizedMs",
         {{"p50", Bench::percentile(total, 0.5)}, {"max", Bench::percentile(total, 1.0)}}},
        {"transferMs", {{"p50", Bench::percentile(transfer, 0.5)}}},
        {"commitMs", {{"p50", Bench::percentile(commit, 0.5)}}},
        {"migration",
         {{"moves", migrations},
          {"failedMoves", failedMoves},
          {"samplesSent", sent},
          {"lost", lost},
          {"repeated", repeated},
          {"pauseMs",
           {{"p50", Bench::percentile(pauses, 0.5)}, {"max", Bench::percentile(pauses, 1.0)}}},
          {"subscriberGapMs",
           {{"p50", Bench::percentile(gaps, 0.5)}, {"max", Bench::percentile(gaps, 1.0)}}}}},
        {"agentIdleResidentMiB", idleMiB},
        {"agentRunningResidentMiB", runningMiB},
        {"loadAverage", Bench::loadAverage()}};
    std::printf("%s\n", result.dump(2).c_str());
    return 0;
}
