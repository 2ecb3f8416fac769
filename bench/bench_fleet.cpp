// Deploys a node of N simulated sensor twins to an agent (twinloom-run --agent, on a local
// Mosquitto) and measures the time until every twin is Synchronized, over several deployments;
// and the agent's resident memory when idle and when running them. Prints one JSON document.
//
//   bench_fleet [--twins 1000] [--runs 5] [--broker-nagle]

#include "app/fleet/controlclient.h"
#include "bench/benchsupport.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <cstdio>
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
    parser.addOptions({twinsOption, runsOption, nagleOption});
    parser.addHelpOption();
    parser.process(app);
    const int twins = std::max(1, parser.value(twinsOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());

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
        {"agentIdleResidentMiB", idleMiB},
        {"agentRunningResidentMiB", runningMiB},
        {"loadAverage", Bench::loadAverage()}};
    std::printf("%s\n", result.dump(2).c_str());
    return 0;
}
