// The fleet control plane with real peers: a Mosquitto broker, agents (twinloom-run --agent) and
// twinloom-ctl as separate processes, and mosquitto_pub for messages no Twinloom client would send.

#include "app/fleet/controlclient.h"
#include "app/fleet/fleetprotocol.h"
#include "tests/support/mosquittobroker.h"

#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include <csignal>
#include <memory>

using namespace twinloom;

namespace {
const QByteArray kKey = "a-fleet-key-of-some-length-0123";

QProcessEnvironment fleetEnvironment(const QByteArray &key = kKey)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TWINLOOM_AGENT_KEY"), QString::fromLatin1(key));
    return env;
}

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestFleet : public QObject
{
    Q_OBJECT

private:
    Test::MosquittoBroker m_broker;
    QTemporaryDir m_dir;
    std::map<QString, std::unique_ptr<QProcess>> m_agents;
    std::map<QString, QByteArray> m_agentLogs;

    QString control() const
    {
        return QStringLiteral("mqtt://127.0.0.1:%1/test-fleet").arg(m_broker.port());
    }

    bool startAgent(const QString &name)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(fleetEnvironment());
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->start(QStringLiteral(TWINLOOM_RUN),
                       {QStringLiteral("--agent"), name, QStringLiteral("--control"), control(),
                        QStringLiteral("--data-dir"), m_dir.filePath(name),
                        QStringLiteral("--heartbeat"), QStringLiteral("0.5")});
        if (!process->waitForStarted(5000))
            return false;
        m_agents[name] = std::move(process);
        m_agentLogs[name].clear();
        // Online once it has said so.
        return waitFor(
            [&] { return agentLog(name).contains(QLatin1String("connected to the control")); },
            10000);
    }

    QString agentLog(const QString &name)
    {
        auto it = m_agents.find(name);
        if (it != m_agents.end() && it->second)
            m_agentLogs[name] += it->second->readAll();
        return QString::fromUtf8(m_agentLogs[name]);
    }

    void killAgent(const QString &name)
    {
        auto &process = m_agents[name];
        if (!process)
            return;
        ::kill(static_cast<pid_t>(process->processId()), SIGKILL);
        process->waitForFinished(5000);
        agentLog(name);
        process.reset();
    }

    template<typename Predicate>
    static bool waitFor(Predicate done, int timeoutMs)
    {
        QElapsedTimer clock;
        clock.start();
        while (!done()) {
            if (clock.elapsed() > timeoutMs)
                return false;
            QTest::qWait(50);
        }
        return true;
    }

    Result ctl(const QStringList &args, const QByteArray &key = kKey)
    {
        QProcess process;
        process.setProcessEnvironment(fleetEnvironment(key));
        process.start(QStringLiteral(TWINLOOM_CTL),
                      QStringList{QStringLiteral("--control"), control(),
                                  QStringLiteral("--timeout"), QStringLiteral("20")} +
                          args);
        Result r;
        if (!process.waitForFinished(60000)) {
            Test::stopProcess(process);
            return r;
        }
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }

    // Twin id → lifecycle, from `twinloom-ctl status --json`.
    std::map<QString, QString> lifecycles()
    {
        const Result r = ctl({QStringLiteral("status"), QStringLiteral("--json")});
        std::map<QString, QString> out;
        const auto json = nlohmann::json::parse(r.out.toStdString(), nullptr, false);
        if (r.exitCode != 0 || !json.is_array())
            return out;
        for (const auto &t : json)
            out[QString::fromStdString(t.value("twin", std::string()))] =
                QString::fromStdString(t.value("agent", std::string())) + QLatin1Char('/') +
                QString::fromStdString(t.value("lifecycle", std::string()));
        return out;
    }

    int countIn(const std::map<QString, QString> &states, const QString &value)
    {
        int n = 0;
        for (const auto &[twin, state] : states)
            n += state == value ? 1 : 0;
        return n;
    }

    // Publishes a raw command to an agent with mosquitto_pub (MQTT 5, with a response topic).
    bool publishRaw(const QString &agent, const QByteArray &payload)
    {
        QProcess pub;
        pub.start(Test::findTool(QStringLiteral("mosquitto_pub")),
                  {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                   QString::number(m_broker.port()), QStringLiteral("-V"), QStringLiteral("5"),
                   QStringLiteral("-t"), QStringLiteral("test-fleet/agents/%1/commands").arg(agent),
                   QStringLiteral("-q"), QStringLiteral("1"), QStringLiteral("-D"),
                   QStringLiteral("publish"), QStringLiteral("response-topic"),
                   QStringLiteral("test-fleet/replies/raw"), QStringLiteral("-s")});
        pub.write(payload);
        pub.closeWriteChannel();
        return pub.waitForFinished(5000) && pub.exitCode() == 0;
    }

    static QString smartBuilding()
    {
        return QStringLiteral(TWINLOOM_SOURCE_DIR "/examples/smart-building.twinloom.json");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // As the README advises for a control broker: replies leave at once.
        QVERIFY(m_broker.start(
            {QStringLiteral("allow_anonymous true"), QStringLiteral("set_tcp_nodelay true")}));
        QVERIFY(startAgent(QStringLiteral("gw1")));
        QVERIFY(startAgent(QStringLiteral("gw2")));
    }

    void cleanupTestCase()
    {
        for (auto &[name, process] : m_agents)
            if (process)
                Test::stopProcess(*process);
    }

    void signerRefusesTamperingOldTimesAndReplays()
    {
        Fleet::Signer sender(kKey);
        Fleet::Signer receiver(kKey);
        QString error;
        const QByteArray sealed = sender.seal({{"command", "status"}, {"agent", "gw1"}});
        const auto body = receiver.open(sealed, &error);
        QVERIFY2(body.has_value(), qPrintable(error));
        QCOMPARE(body->value("command", std::string()), std::string("status"));
        QVERIFY(!receiver.open(sealed, &error));
        QVERIFY2(error.contains(QLatin1String("replayed")), qPrintable(error));

        QByteArray tampered = sender.seal({{"command", "status"}, {"agent", "gw1"}});
        tampered.replace("gw1", "gw2");
        QVERIFY(!receiver.open(tampered, &error));
        QVERIFY2(error.contains(QLatin1String("signature")), qPrintable(error));

        Fleet::Signer other(QByteArray("another-key-of-enough-length"));
        QVERIFY(!receiver.open(other.seal({{"command", "status"}}), &error));
        QVERIFY2(error.contains(QLatin1String("signature")), qPrintable(error));

        const qint64 old = QDateTime::currentMSecsSinceEpoch() - 120'000;
        QVERIFY(!receiver.open(sender.sealExactly({{"command", "status"},
                                                   {"time", old},
                                                   {"nonce", "00112233445566778899aabbccddeeff"}}),
                               &error));
        QVERIFY2(error.contains(QLatin1String("window")), qPrintable(error));
        for (const QByteArray &bad : {QByteArray("{"), QByteArray("[]"),
                                      QByteArray("{\"body\": 1}"), QByteArray(100'000, '[')}) {
            QVERIFY(!receiver.open(bad, &error));
            QVERIFY(!error.isEmpty());
        }
    }

    void endpointUrls()
    {
        QString error;
        const auto e =
            Fleet::ControlEndpoint::parse(QStringLiteral("mqtt://ops@broker:1884/site/a"), &error);
        QVERIFY2(e.has_value(), qPrintable(error));
        QCOMPARE(e->connection.host, QStringLiteral("broker"));
        QCOMPARE(e->connection.port, 1884);
        QCOMPARE(e->connection.username, QStringLiteral("ops"));
        QCOMPARE(e->connection.protocol, 5);
        QCOMPARE(e->commandTopic(QStringLiteral("gw1")),
                 QStringLiteral("site/a/agents/gw1/commands"));
        for (const char *bad : {"http://broker", "mqtt://", "mqtt://u:secret@broker",
                                "mqtts://broker", "mqtt://broker/a/#", "mqtt://broker?ca=x"}) {
            QVERIFY2(!Fleet::ControlEndpoint::parse(QString::fromLatin1(bad), &error), bad);
            QVERIFY(!error.isEmpty());
        }
    }

    void agentsAreListed()
    {
        const Result r = ctl({QStringLiteral("agents"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const auto json = nlohmann::json::parse(r.out.toStdString(), nullptr, false);
        QVERIFY2(json.is_array() && json.size() == 2, qPrintable(r.out));
        for (const auto &agent : json) {
            QCOMPARE(agent.value("state", std::string()), std::string("online"));
            QVERIFY(agent["load"].value("residentBytes", 0) > 0);
        }
        const Result table = ctl({QStringLiteral("agents")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains(QLatin1String("gw1")) &&
                     table.out.contains(QLatin1String("online")),
                 qPrintable(table.out));
    }

    void deployRunsEachNodeOnItsAgent()
    {
        const Result r = ctl({QStringLiteral("deploy"), smartBuilding(), QStringLiteral("--map"),
                              QStringLiteral("edge-1=gw1,edge-2=gw1"), QStringLiteral("--map"),
                              QStringLiteral("edge-3=gw2,fog=gw2,cloud=gw2")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QLatin1String("room-1-1")), qPrintable(r.out));
        std::map<QString, QString> states;
        QVERIFY(waitFor(
            [&] {
                states = lifecycles();
                return countIn(states, QStringLiteral("gw1/Synchronized")) == 24 &&
                       countIn(states, QStringLiteral("gw2/Synchronized")) == 16;
            },
            15000));
        QCOMPARE(states.size(), std::size_t{40});
        // The agents' statuses count them too.
        const auto json = nlohmann::json::parse(
            ctl({QStringLiteral("agents"), QStringLiteral("--json")}).out.toStdString(), nullptr,
            false);
        int twins = 0;
        for (const auto &agent : json)
            twins += agent.value("twins", 0);
        QCOMPARE(twins, 40);
    }

    void updateRestartsOnlyWhatChanged()
    {
        QFile source(smartBuilding());
        QVERIFY(source.open(QIODevice::ReadOnly));
        nlohmann::json project = nlohmann::json::parse(source.readAll().toStdString());
        for (auto &twin : project["twins"])
            if (twin["id"] == "sensor-1-1")
                twin["physicalAdapters"][0]["config"]["seed"] = 4242;
        const QString path = m_dir.filePath(QStringLiteral("changed.twinloom.json"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QByteArray::fromStdString(project.dump(2)));
        out.close();
        const Result r = ctl({QStringLiteral("update"), path, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const auto twins = nlohmann::json::parse(r.out.toStdString(), nullptr, false);
        QVERIFY2(twins.is_array() && twins.size() == 40, qPrintable(r.out));
        QStringList restarted;
        for (const auto &t : twins)
            if (t.value("restarted", true))
                restarted << QString::fromStdString(t.value("twin", std::string()));
        QCOMPARE(restarted, QStringList{QStringLiteral("sensor-1-1")});
        // The same version again restarts nothing; the example back restarts the sensor.
        const Result again = ctl({QStringLiteral("update"), path});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.err.contains(QLatin1String("0 twin(s) restarted")), qPrintable(again.err));
        const Result back = ctl({QStringLiteral("update"), smartBuilding()});
        QVERIFY2(back.err.contains(QLatin1String("1 twin(s) restarted")), qPrintable(back.err));
        QVERIFY(waitFor(
            [&] {
                const auto states = lifecycles();
                return countIn(states, QStringLiteral("gw1/Synchronized")) == 24 &&
                       countIn(states, QStringLiteral("gw2/Synchronized")) == 16;
            },
            15000));
        // Moving a node to another agent is a deploy with another map: the old agent gives it back.
        const Result moved =
            ctl({QStringLiteral("deploy"), smartBuilding(), QStringLiteral("--map"),
                 QStringLiteral("edge-1=gw1,edge-2=gw2,edge-3=gw2,fog=gw2,cloud=gw2")});
        QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
        QCOMPARE(lifecycles()[QStringLiteral("room-2-1")].section(QLatin1Char('/'), 0, 0),
                 QStringLiteral("gw2"));
        QCOMPARE(countIn(lifecycles(), QStringLiteral("gw1/Synchronized")), 12);
        const Result home =
            ctl({QStringLiteral("deploy"), smartBuilding(), QStringLiteral("--map"),
                 QStringLiteral("edge-1=gw1,edge-2=gw1,edge-3=gw2,fog=gw2,cloud=gw2")});
        QVERIFY2(home.exitCode == 0, qPrintable(home.err));
        QVERIFY(
            waitFor([&] { return countIn(lifecycles(), QStringLiteral("gw1/Synchronized")) == 24; },
                    15000));
    }

    void stopAndStartATwinAndANode()
    {
        Result r =
            ctl({QStringLiteral("stop"), QStringLiteral("--twin"), QStringLiteral("room-1-1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(lifecycles()[QStringLiteral("room-1-1")], QStringLiteral("gw1/Stopped"));
        r = ctl({QStringLiteral("start"), QStringLiteral("--twin"), QStringLiteral("room-1-1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(waitFor(
            [&] {
                return lifecycles()[QStringLiteral("room-1-1")] ==
                       QLatin1String("gw1/Synchronized");
            },
            10000));
        r = ctl({QStringLiteral("stop"), QStringLiteral("--agent"), QStringLiteral("gw2"),
                 QStringLiteral("--node"), QStringLiteral("fog")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(lifecycles()[QStringLiteral("floor-2")], QStringLiteral("gw2/Stopped"));
        r = ctl({QStringLiteral("start"), QStringLiteral("--node"), QStringLiteral("fog")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(waitFor(
            [&] {
                return lifecycles()[QStringLiteral("floor-2")] == QLatin1String("gw2/Synchronized");
            },
            10000));
    }

    void wrongKeyOldTimeAndReplayAreRefused()
    {
        // A client with another key trusts no status, so it sends nothing, and says why.
        const QByteArray wrongKey = "a-key-the-agents-do-not-know";
        const Result wrong = ctl({QStringLiteral("status")}, wrongKey);
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains(QLatin1String("gw1 (its status was set aside: the signature "
                                                  "is wrong")),
                 qPrintable(wrong.err));
        // A command signed with another key is refused by the agent.
        QVERIFY(publishRaw(QStringLiteral("gw1"), Fleet::Signer(wrongKey).seal(
                                                      {{"command", "status"}, {"agent", "gw1"}})));
        QVERIFY(waitFor(
            [&] {
                return agentLog(QStringLiteral("gw1"))
                    .contains(QLatin1String("refused a command: the signature is wrong"));
            },
            5000));

        Fleet::Signer signer(kKey);
        const QByteArray command = signer.seal({{"command", "undeploy"}, {"agent", "gw1"}});
        QVERIFY(publishRaw(QStringLiteral("gw2"), command)); // for another agent
        QVERIFY(waitFor(
            [&] {
                return agentLog(QStringLiteral("gw2"))
                    .contains(QLatin1String("is for the agent 'gw1'"));
            },
            5000));
        const QByteArray old =
            signer.sealExactly({{"command", "undeploy"},
                                {"agent", "gw1"},
                                {"time", QDateTime::currentMSecsSinceEpoch() - 300'000},
                                {"nonce", "0123456789abcdef0123456789abcdef"}});
        QVERIFY(publishRaw(QStringLiteral("gw1"), old));
        QVERIFY(waitFor(
            [&] { return agentLog(QStringLiteral("gw1")).contains(QLatin1String("window")); },
            5000));
        // A command taken once is refused the second time: here a status, harmless, replayed.
        const QByteArray status = signer.seal({{"command", "status"}, {"agent", "gw1"}});
        QVERIFY(publishRaw(QStringLiteral("gw1"), status));
        QVERIFY(publishRaw(QStringLiteral("gw1"), status));
        QVERIFY(waitFor(
            [&] { return agentLog(QStringLiteral("gw1")).contains(QLatin1String("replayed")); },
            5000));
        // None of it touched the twins.
        QCOMPARE(countIn(lifecycles(), QStringLiteral("gw1/Synchronized")), 24);
        const auto json = nlohmann::json::parse(
            ctl({QStringLiteral("agents"), QStringLiteral("--json")}).out.toStdString(), nullptr,
            false);
        for (const auto &agent : json)
            QVERIFY(agent.value("refusedCommands", 0) >= 1);
    }

    // Statuses are signed: one written without the key (a forged "offline" of a live agent, an
    // invented agent) is set aside and said; a signed status or command may still hold wrong
    // types: neither crashes the client or the agent.
    void forgedAndMalformedStatusesAndCommandsAreErrors()
    {
        const QString fake = QStringLiteral("test-fleet/agents/fake/status");
        const QString gw1 = QStringLiteral("test-fleet/agents/gw1/status");
        QVERIFY(m_broker.publish(fake, R"({"agent": "fake", "state": "online", "time": "x",
                                           "load": {"cpu": "y"}, "twins": []})",
                                 1, true));
        Fleet::Signer signer(kKey);
        const Fleet::Signer other("another key of sixteen bytes or more");
        QString error;
        Fleet::ControlClient client(*Fleet::ControlEndpoint::parse(control(), &error), kKey);
        QVERIFY2(client.open(5000, &error), qPrintable(error));
        client.settle(300, 3000);
        QVERIFY(client.onlineAgents().contains(QStringLiteral("gw1")));
        QVERIFY(client.statusErrors().count(QStringLiteral("fake")));
        // What the client holds of gw1 after each message on its status topic (gw1's own
        // statuses keep coming too, and clear what was set aside).
        QStringList setAside;
        bool alwaysOnline = true;
        QObject::connect(&client, &Fleet::ControlClient::agentChanged, this,
                         [&](const QString &name) {
                             if (name != QLatin1String("gw1"))
                                 return;
                             alwaysOnline = alwaysOnline &&
                                            client.onlineAgents().contains(QStringLiteral("gw1"));
                             if (const auto e = client.statusErrors().find(name);
                                 e != client.statusErrors().end())
                                 setAside << e->second;
                         });
        // An older status of gw1 itself, signed, replayed: it does not undo the newer one.
        QVERIFY(m_broker.publish(gw1,
                                 signer.sealExactly({{"agent", "gw1"},
                                                     {"state", "offline"},
                                                     {"reason", "stopped"},
                                                     {"time", 1000},
                                                     {"nonce", "0123456789abcdef0123"}}),
                                 1, false));
        // Forged, not retained (gw1's own status stays on the broker for later clients): without
        // a signature, and with another key.
        QVERIFY(m_broker.publish(gw1, R"({"agent": "gw1", "state": "offline", "reason": "lost"})",
                                 1, false));
        QVERIFY(m_broker.publish(
            gw1, other.seal({{"agent", "gw1"}, {"state", "offline"}, {"reason", "stopped"}}), 1,
            false));
        QVERIFY(waitFor([&] { return setAside.size() >= 2; }, 5000));
        QVERIFY(alwaysOnline);
        QVERIFY2(setAside.filter(QStringLiteral("not a signed message")).size() == 1 &&
                     setAside.filter(QStringLiteral("the signature is wrong")).size() == 1,
                 qPrintable(setAside.join(QLatin1Char('\n'))));
        const Result listed = ctl({QStringLiteral("agents"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(!listed.out.contains(QLatin1String("fake")), qPrintable(listed.out));
        QVERIFY2(listed.err.contains(QLatin1String("the status of 'fake' was set aside")),
                 qPrintable(listed.err));
        QProcess clear; // an empty retained message removes it
        clear.start(Test::findTool(QStringLiteral("mosquitto_pub")),
                    {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                     QString::number(m_broker.port()), QStringLiteral("-t"), fake,
                     QStringLiteral("-r"), QStringLiteral("-n")});
        QVERIFY(clear.waitForFinished(5000) && clear.exitCode() == 0);

        QVERIFY(publishRaw(QStringLiteral("gw1"), signer.seal({{"command", "deploy-begin"},
                                                               {"agent", "gw1"},
                                                               {"deployment", "x"},
                                                               {"size", "a lot"},
                                                               {"chunks", {1, 2}}})));
        QVERIFY(waitFor(
            [&] {
                return agentLog(QStringLiteral("gw1"))
                    .contains(QLatin1String("the command is malformed"));
            },
            5000));
        QCOMPARE(ctl({QStringLiteral("status"), QStringLiteral("--agent"), QStringLiteral("gw1")})
                     .exitCode,
                 0);
    }

    void aBundleFailingItsChecksumDeploysNothing()
    {
        QString error;
        Fleet::ControlClient client(*Fleet::ControlEndpoint::parse(control(), &error), kKey);
        QVERIFY2(client.open(5000, &error), qPrintable(error));
        QFile file(smartBuilding());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = QByteArray("PK\x03\x04", 4) + file.readAll();
        QVERIFY(client.request(QStringLiteral("gw2"),
                               {{"command", "deploy-begin"},
                                {"deployment", "broken"},
                                {"size", bytes.size()},
                                {"chunks", 1},
                                {"sha256", std::string(64, 'a')}},
                               5000, &error));
        QVERIFY(client.request(QStringLiteral("gw2"),
                               {{"command", "deploy-chunk"},
                                {"deployment", "broken"},
                                {"index", 0},
                                {"data", bytes.toBase64().toStdString()}},
                               5000, &error));
        QVERIFY(!client.request(
            QStringLiteral("gw2"),
            {{"command", "deploy-commit"}, {"deployment", "broken"}, {"nodes", {"fog"}}}, 5000,
            &error));
        QVERIFY2(error.contains(QLatin1String("checksum")) &&
                     error.contains(QLatin1String("nothing was deployed")),
                 qPrintable(error));
        // The right checksum, but not a bundle: a clear error, and what ran runs on.
        QVERIFY(client.sendBundle(QStringLiteral("gw2"), {QStringLiteral("smart-building"), bytes},
                                  5000, &error));
        QVERIFY(!client.request(
            QStringLiteral("gw2"),
            {{"command", "deploy-commit"}, {"deployment", "smart-building"}, {"nodes", {"fog"}}},
            5000, &error));
        QVERIFY2(error.contains(QLatin1String("cannot be extracted")), qPrintable(error));
        QCOMPARE(countIn(lifecycles(), QStringLiteral("gw2/Synchronized")), 16);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("gw2/deployments/broken.zip"))));
        QVERIFY(!QFile::exists(
            m_dir.filePath(QStringLiteral("gw2/deployments/smart-building.zip.new"))));
        // A chunk out of order ends the transfer.
        QVERIFY(client.request(QStringLiteral("gw2"),
                               {{"command", "deploy-begin"},
                                {"deployment", "x"},
                                {"size", 10},
                                {"chunks", 1},
                                {"sha256", std::string(64, 'a')}},
                               5000, &error));
        QVERIFY(!client.request(
            QStringLiteral("gw2"),
            {{"command", "deploy-chunk"}, {"deployment", "x"}, {"index", 3}, {"data", "AAAA"}},
            5000, &error));
        QVERIFY2(error.contains(QLatin1String("chunk 3")), qPrintable(error));
    }

    void deployToAnOfflineOrUnknownAgentDeploysNothing()
    {
        const Result r = ctl({QStringLiteral("deploy"), smartBuilding(), QStringLiteral("--map"),
                              QStringLiteral("edge-1=gw9")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("gw9")) &&
                     r.err.contains(QLatin1String("nothing was deployed")),
                 qPrintable(r.err));
        const Result usage = ctl({QStringLiteral("deploy"), smartBuilding(),
                                  QStringLiteral("--map"), QStringLiteral("attic=gw1")});
        QCOMPARE(usage.exitCode, 1);
        QVERIFY2(usage.err.contains(QLatin1String("attic")), qPrintable(usage.err));
    }

    void anAgentKilledRunsItsTwinsAgain()
    {
        killAgent(QStringLiteral("gw1"));
        // Its last will says it is gone.
        QVERIFY(waitFor(
            [&] {
                const auto json = nlohmann::json::parse(
                    ctl({QStringLiteral("agents"), QStringLiteral("--json")}).out.toStdString(),
                    nullptr, false);
                for (const auto &agent : json)
                    if (agent.value("agent", std::string()) == "gw1")
                        return agent.value("state", std::string()) == "offline";
                return false;
            },
            10000));
        QVERIFY(startAgent(QStringLiteral("gw1")));
        QVERIFY2(
            agentLog(QStringLiteral("gw1")).contains(QLatin1String("runs 'smart-building' again")),
            qPrintable(agentLog(QStringLiteral("gw1"))));
        QVERIFY(
            waitFor([&] { return countIn(lifecycles(), QStringLiteral("gw1/Synchronized")) == 24; },
                    15000));
    }

    void aTransferCutByAVanishedAgentLeavesNothing()
    {
        QString error;
        Fleet::ControlClient client(*Fleet::ControlEndpoint::parse(control(), &error), kKey);
        QVERIFY2(client.open(5000, &error), qPrintable(error));
        const QByteArray big(Fleet::kChunkBytes * 3, 'z');
        QVERIFY2(client.request(QStringLiteral("gw1"),
                                {{"command", "deploy-begin"},
                                 {"deployment", "half"},
                                 {"size", big.size()},
                                 {"chunks", 3},
                                 {"sha256", Fleet::sha256Hex(big).toStdString()}},
                                5000, &error),
                 qPrintable(error));
        QVERIFY(client.request(QStringLiteral("gw1"),
                               {{"command", "deploy-chunk"},
                                {"deployment", "half"},
                                {"index", 0},
                                {"data", big.left(Fleet::kChunkBytes).toBase64().toStdString()}},
                               5000, &error));
        killAgent(QStringLiteral("gw1"));
        QVERIFY(!client.request(
            QStringLiteral("gw1"),
            {{"command", "deploy-chunk"}, {"deployment", "half"}, {"index", 1}, {"data", "AAAA"}},
            3000, &error));
        QVERIFY2(error.contains(QLatin1String("offline")) ||
                     error.contains(QLatin1String("did not answer")),
                 qPrintable(error));
        QVERIFY(startAgent(QStringLiteral("gw1")));
        QVERIFY(!client.request(
            QStringLiteral("gw1"),
            {{"command", "deploy-commit"}, {"deployment", "half"}, {"nodes", {"edge-1"}}}, 5000,
            &error));
        QVERIFY2(error.contains(QLatin1String("no transfer")), qPrintable(error));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("gw1/deployments/half.zip"))));
        QVERIFY(
            waitFor([&] { return countIn(lifecycles(), QStringLiteral("gw1/Synchronized")) == 24; },
                    15000));
    }

    void undeployRemovesEverything()
    {
        Result r =
            ctl({QStringLiteral("undeploy"), QStringLiteral("--agent"), QStringLiteral("gw2")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto states = lifecycles();
        QCOMPARE(states.size(), std::size_t{24});
        r = ctl({QStringLiteral("undeploy")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(lifecycles().empty());
        QVERIFY(QDir(m_dir.filePath(QStringLiteral("gw1/deployments"))).isEmpty());
        // Nothing runs again after a restart.
        killAgent(QStringLiteral("gw1"));
        QVERIFY(startAgent(QStringLiteral("gw1")));
        QVERIFY(lifecycles().empty());
    }

    // The README's broker configuration: users, an ACL, and a device that holds a validly signed
    // command but may not publish it.
    void theDocumentedAclKeepsDevicesOffTheCommandTopics()
    {
        QTemporaryDir conf;
        const QString passwd = conf.filePath(QStringLiteral("passwd"));
        for (const auto &[user, password] :
             {std::pair{"ops", "ops-secret"}, std::pair{"gw3", "gw3-secret"},
              std::pair{"device-1", "device-secret"}}) {
            QProcess tool;
            QStringList args{QStringLiteral("-b")};
            if (!QFile::exists(passwd))
                args << QStringLiteral("-c");
            tool.start(Test::findTool(QStringLiteral("mosquitto_passwd")),
                       args + QStringList{passwd, QString::fromLatin1(user),
                                          QString::fromLatin1(password)});
            QVERIFY(tool.waitForFinished(10000));
            QCOMPARE(tool.exitCode(), 0);
        }
        QFile::setPermissions(passwd, QFile::ReadOwner | QFile::WriteOwner);
        const QString acl = conf.filePath(QStringLiteral("twinloom.acl"));
        QFile aclFile(acl);
        QVERIFY(aclFile.open(QIODevice::WriteOnly));
        aclFile.write("user ops\n"
                      "topic write twinloom/fleet/agents/+/commands\n"
                      "topic read twinloom/fleet/agents/+/status\n"
                      "topic read twinloom/fleet/replies/#\n"
                      "pattern read twinloom/fleet/agents/%u/commands\n"
                      "pattern write twinloom/fleet/agents/%u/status\n"
                      "pattern write twinloom/fleet/replies/#\n");
        aclFile.close();
        QFile::setPermissions(acl, QFile::ReadOwner | QFile::WriteOwner);
        Test::MosquittoBroker broker;
        QVERIFY(broker.start(
            {QStringLiteral("allow_anonymous false"), QStringLiteral("password_file ") + passwd,
             QStringLiteral("acl_file ") + acl, QStringLiteral("set_tcp_nodelay true")}));
        const QString url = QStringLiteral("mqtt://%1@127.0.0.1:%2");
        QProcess agent;
        QProcessEnvironment env = fleetEnvironment();
        env.insert(QStringLiteral("TWINLOOM_CONTROL_PASSWORD"), QStringLiteral("gw3-secret"));
        agent.setProcessEnvironment(env);
        agent.setProcessChannelMode(QProcess::MergedChannels);
        agent.start(QStringLiteral(TWINLOOM_RUN),
                    {QStringLiteral("--agent"), QStringLiteral("gw3"), QStringLiteral("--control"),
                     url.arg(QStringLiteral("gw3")).arg(broker.port()),
                     QStringLiteral("--data-dir"), conf.filePath(QStringLiteral("gw3"))});
        QByteArray log;
        QVERIFY(waitFor(
            [&] {
                log += agent.readAll();
                return log.contains("connected to the control");
            },
            10000));

        QProcess ctlProcess;
        env = fleetEnvironment();
        env.insert(QStringLiteral("TWINLOOM_CONTROL_PASSWORD"), QStringLiteral("ops-secret"));
        ctlProcess.setProcessEnvironment(env);
        ctlProcess.start(QStringLiteral(TWINLOOM_CTL),
                         {QStringLiteral("--control"),
                          url.arg(QStringLiteral("ops")).arg(broker.port()),
                          QStringLiteral("deploy"), smartBuilding(), QStringLiteral("--map"),
                          QStringLiteral("edge-3=gw3")});
        QVERIFY(ctlProcess.waitForFinished(30000));
        QVERIFY2(ctlProcess.exitCode() == 0, ctlProcess.readAllStandardError().constData());
        QVERIFY(ctlProcess.readAllStandardOutput().contains("room-3-4"));

        // A device with a valid signature (a stolen key) is still kept off by the broker.
        Fleet::Signer signer(kKey);
        QProcess pub;
        pub.start(Test::findTool(QStringLiteral("mosquitto_pub")),
                  {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                   QString::number(broker.port()), QStringLiteral("-u"), QStringLiteral("device-1"),
                   QStringLiteral("-P"), QStringLiteral("device-secret"), QStringLiteral("-q"),
                   QStringLiteral("1"), QStringLiteral("-t"),
                   QStringLiteral("twinloom/fleet/agents/gw3/commands"), QStringLiteral("-m"),
                   QString::fromUtf8(signer.seal({{"command", "undeploy"}, {"agent", "gw3"}}))});
        QVERIFY(pub.waitForFinished(10000));
        QTest::qWait(1000);
        log += agent.readAll();
        QVERIFY2(!log.contains("'undeploy' done") && !log.contains("refused"), log.constData());
        QVERIFY(QFile::exists(conf.filePath(QStringLiteral("gw3/deployments/smart-building.zip"))));
        // Without the password, no one connects.
        QProcess anonymous;
        anonymous.setProcessEnvironment(fleetEnvironment());
        anonymous.start(
            QStringLiteral(TWINLOOM_CTL),
            {QStringLiteral("--control"), url.arg(QStringLiteral("ops")).arg(broker.port()),
             QStringLiteral("--timeout"), QStringLiteral("3"), QStringLiteral("agents")});
        QVERIFY(anonymous.waitForFinished(20000));
        QCOMPARE(anonymous.exitCode(), 2);
        Test::stopProcess(agent);
    }

    // A twin fed by a device at 100 samples/s moves between agents and back while a subscriber
    // of its digital side counts: nothing is lost, nothing applied twice.
    void migrationUnderLoadLosesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("meters.twinloom.json"));
        const nlohmann::json broker = {{"host", "127.0.0.1"}, {"port", m_broker.port()}};
        const nlohmann::json project = {
            {"format", "twinloom-project"},
            {"version", 1},
            {"name", "meters"},
            {"nodes", {{{"name", "edge-1"}}, {{"name", "edge-2"}}}},
            {"models",
             {{{"@id", "dtmi:test:Meter;1"},
               {"@type", "Interface"},
               {"@context", "dtmi:dtdl:context;3"},
               {"contents", {{{"@type", "Property"}, {"name", "counter"}, {"schema", "long"}}}}}}},
            {"twins",
             {{{"id", "meter-1"},
               {"model", "dtmi:test:Meter;1"},
               {"node", "edge-1"},
               {"physicalAdapters",
                {{{"id", "device"},
                  {"type", "mqtt"},
                  {"config",
                   {{"broker", broker},
                    {"qos", 1},
                    {"subscriptions",
                     {{{"topic", "meters/{twin}"}, {"codec", "senml"}, {"prefix", ""}}}}}}}}},
               {"digitalAdapters",
                {{{"id", "mqtt"},
                  {"type", "mqtt"},
                  {"config", {{"broker", broker}, {"prefix", "tl"}, {"qos", 1}}}}}}}}}};
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QByteArray::fromStdString(project.dump(2)));
        out.close();
        Result r = ctl({QStringLiteral("deploy"), path, QStringLiteral("--map"),
                        QStringLiteral("edge-1=gw1,edge-2=gw2")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY(waitFor(
            [&] {
                return lifecycles()[QStringLiteral("meter-1")] == QLatin1String("gw1/Synchronized");
            },
            10000));

        Test::MqttCapture values(m_broker.port(),
                                 QStringLiteral("tl/meter-1/values/properties/counter"),
                                 {QStringLiteral("-q"), QStringLiteral("1")});
        QTest::qWait(300);
        constexpr int kSamples = 1000; // 10 s at 100/s
        // The device: SenML samples stamped with their time, through mosquitto_pub.
        const QString script = m_dir.filePath(QStringLiteral("device.py"));
        QFile code(script);
        QVERIFY(code.open(QIODevice::WriteOnly));
        code.write("import json, sys, time\n"
                   "count = int(sys.argv[1])\n"
                   "start = time.time()\n"
                   "for n in range(1, count + 1):\n"
                   "    print(json.dumps([{'n': 'counter', 'v': n, 't': start + n / 1000.0}]), "
                   "flush=True)\n"
                   "    time.sleep(max(0.0, start + n / 100.0 - time.time()))\n");
        code.close();
        QProcess device;
        device.start(
            QStringLiteral("/bin/bash"),
            {QStringLiteral("-o"), QStringLiteral("pipefail"), QStringLiteral("-c"),
             QStringLiteral("python3 %1 %2 | %3 -h 127.0.0.1 -p %4 -q 1 -t meters/meter-1 -l")
                 .arg(script)
                 .arg(kSamples)
                 .arg(Test::findTool(QStringLiteral("mosquitto_pub")))
                 .arg(m_broker.port())});
        QVERIFY(device.waitForStarted(5000));
        QTest::qWait(1500);
        std::vector<double> pauses;
        QString where = QStringLiteral("gw1");
        for (int i = 0; i < 4; ++i) {
            const QString to =
                where == QLatin1String("gw1") ? QStringLiteral("gw2") : QStringLiteral("gw1");
            r = ctl({QStringLiteral("migrate"), QStringLiteral("meter-1"), QStringLiteral("--to"),
                     to, QStringLiteral("--json")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
            const auto result = nlohmann::json::parse(r.out.toStdString(), nullptr, false);
            QVERIFY2(result.is_object(), qPrintable(r.out));
            QCOMPARE(result.value("from", std::string()), where.toStdString());
            QCOMPARE(result.value("dropped", -1), 0);
            pauses.push_back(result.value("pauseMs", 0.0));
            qInfo("%s", result.dump().c_str());
            where = to;
            QCOMPARE(lifecycles()[QStringLiteral("meter-1")].section(QLatin1Char('/'), 0, 0), to);
            QTest::qWait(1200);
        }
        QVERIFY(device.state() == QProcess::NotRunning || device.waitForFinished(30000));
        QVERIFY2(device.exitCode() == 0, device.readAllStandardError().constData());
        std::map<qint64, int> counts;
        QVERIFY(waitFor(
            [&] {
                counts.clear();
                for (const QString &line : values.lines())
                    ++counts[line.section(QLatin1Char(' '), 1).toLongLong()];
                return counts.count(kSamples) != 0;
            },
            10000));
        QStringList lost;
        int repeated = 0;
        for (int n = 1; n <= kSamples; ++n) {
            if (counts.count(n) == 0)
                lost << QString::number(n);
            else
                repeated += counts[n] - 1;
        }
        qInfo("migration pauses (ms): %.1f %.1f %.1f %.1f; values published twice: %d", pauses[0],
              pauses[1], pauses[2], pauses[3], repeated);
        QVERIFY2(lost.isEmpty(),
                 qPrintable(QStringLiteral("lost: ") + lost.mid(0, 20).join(QLatin1Char(' '))));
        QCOMPARE(repeated, 0);
        // After a move it runs on the agent it moved to, also after that agent restarts, and not
        // on the one it left.
        r = ctl({QStringLiteral("migrate"), QStringLiteral("meter-1"), QStringLiteral("--to"),
                 QStringLiteral("gw2")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        killAgent(QStringLiteral("gw1"));
        QVERIFY(startAgent(QStringLiteral("gw1")));
        killAgent(QStringLiteral("gw2"));
        QVERIFY(startAgent(QStringLiteral("gw2")));
        QVERIFY(waitFor(
            [&] {
                return lifecycles()[QStringLiteral("meter-1")] == QLatin1String("gw2/Synchronized");
            },
            10000));
        QCOMPARE(lifecycles().size(), std::size_t{1});
        // A twin aggregated by another of its node moves only with it.
        r = ctl(
            {QStringLiteral("undeploy"), QStringLiteral("--deployment"), QStringLiteral("meters")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = ctl({QStringLiteral("deploy"), smartBuilding(), QStringLiteral("--map"),
                 QStringLiteral("edge-1=gw1,fog=gw2")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = ctl({QStringLiteral("migrate"), QStringLiteral("sensor-1-1"), QStringLiteral("--to"),
                 QStringLiteral("gw2")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("room-1-1")), qPrintable(r.err));
        QCOMPARE(lifecycles()[QStringLiteral("sensor-1-1")].section(QLatin1Char('/'), 0, 0),
                 QStringLiteral("gw1"));
        r = ctl({QStringLiteral("undeploy")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void commandLineMistakes()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("TWINLOOM_AGENT_KEY"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(TWINLOOM_CTL),
                      {QStringLiteral("--control"), control(), QStringLiteral("agents")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardError().contains("TWINLOOM_AGENT_KEY"));
        // An agent without a key does not start.
        process.start(QStringLiteral(TWINLOOM_RUN), {QStringLiteral("--agent"), QStringLiteral("x"),
                                                     QStringLiteral("--control"), control()});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardError().contains("TWINLOOM_AGENT_KEY"));
        const Result unknown = ctl({QStringLiteral("migrate-everything")});
        QCOMPARE(unknown.exitCode, 1);
        const Result nothing =
            ctl({QStringLiteral("stop"), QStringLiteral("--twin"), QStringLiteral("no-such-twin")});
        QCOMPARE(nothing.exitCode, 2);
        QVERIFY2(nothing.err.contains(QLatin1String("no-such-twin")), qPrintable(nothing.err));
        const Result noBroker = [&] {
            QProcess p;
            p.setProcessEnvironment(fleetEnvironment());
            p.start(QStringLiteral(TWINLOOM_CTL),
                    {QStringLiteral("--control"),
                     QStringLiteral("mqtt://127.0.0.1:%1").arg(Test::freePort()),
                     QStringLiteral("--timeout"), QStringLiteral("2"), QStringLiteral("agents")});
            p.waitForFinished(10000);
            return Result{p.exitCode(), QString(), QString::fromUtf8(p.readAllStandardError())};
        }();
        QCOMPARE(noBroker.exitCode, 2);
        QVERIFY2(noBroker.err.contains(QLatin1String("127.0.0.1")), qPrintable(noBroker.err));
    }
};

QTEST_GUILESS_MAIN(TestFleet)
#include "tst_fleet.moc"
