// The fleet across hosts: three network namespaces (edge-1, edge-2, cloud) joined by veth pairs,
// each with its own Mosquitto, the edge brokers bridged to the cloud broker (MQTT 5, QoS 1, local
// queueing), an agent in each, and the edge-cloud example deployed from twinloom-ctl in the
// cloud. The edge-1 link is taken down for 30 s. Needs root (ip netns); skips, saying why, where
// namespaces cannot be made.

#include "tests/support/mosquittobroker.h"

#include <QtCore/QDir>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

#include <csignal>
#include <memory>
#include <set>
#include <unistd.h>

using namespace twinloom;

namespace {
const QString kKey = QStringLiteral("a-fleet-key-across-hosts-0123");

// Runs a command to its end; its exit code, or -1.
int run(const QString &program, const QStringList &args, QString *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(30000)) {
        Test::stopProcess(p);
        return -1;
    }
    if (output)
        *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}
} // namespace

class TestFleetHosts : public QObject
{
    Q_OBJECT

    QString m_ip;
    QString m_prefix; // of namespace and link names, unique to this run
    QStringList m_namespaces;
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<QProcess>> m_processes;
    std::map<QString, QProcess *> m_agents;

    QString ns(const QString &host) const { return m_prefix + host; }

    bool ip(const QStringList &args, QString *why = nullptr)
    {
        QString out;
        const int code = run(m_ip, args, &out);
        if (code != 0 && why)
            *why = QStringLiteral("ip %1: %2").arg(args.join(QLatin1Char(' ')), out.trimmed());
        return code == 0;
    }

    // Starts `program` inside the namespace of `host`.
    QProcess *spawn(const QString &host, const QString &program, const QStringList &args)
    {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TWINLOOM_AGENT_KEY"), kKey);
        p->setProcessEnvironment(env);
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->start(m_ip,
                 QStringList{QStringLiteral("netns"), QStringLiteral("exec"), ns(host), program} +
                     args);
        p->waitForStarted(5000);
        m_processes.push_back(std::move(p));
        return m_processes.back().get();
    }

    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // twinloom-ctl inside the namespace of `host`, on its local broker.
    Result ctl(const QString &host, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TWINLOOM_AGENT_KEY"), kKey);
        p.setProcessEnvironment(env);
        p.start(m_ip, QStringList{QStringLiteral("netns"), QStringLiteral("exec"), ns(host),
                                  QStringLiteral(TWINLOOM_CTL), QStringLiteral("--control"),
                                  QStringLiteral("mqtt://127.0.0.1:1883"),
                                  QStringLiteral("--timeout"), QStringLiteral("3")} +
                          args);
        Result r;
        if (!p.waitForFinished(60000)) {
            Test::stopProcess(p);
            return r;
        }
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    // Twin → "agent/lifecycle", as `host` sees the fleet.
    std::map<QString, QString> lifecycles(const QString &host, int *exitCode = nullptr,
                                          const QString &agent = {})
    {
        QStringList args{QStringLiteral("status"), QStringLiteral("--json")};
        if (!agent.isEmpty())
            args << QStringLiteral("--agent") << agent;
        const Result r = ctl(host, args);
        if (exitCode)
            *exitCode = r.exitCode;
        std::map<QString, QString> out;
        const auto json = nlohmann::json::parse(r.out.toStdString(), nullptr, false);
        if (!json.is_array())
            return out;
        for (const auto &t : json)
            out[QString::fromStdString(t.value("twin", std::string()))] =
                QString::fromStdString(t.value("agent", std::string())) + QLatin1Char('/') +
                QString::fromStdString(t.value("lifecycle", std::string()));
        return out;
    }

    static int countIn(const std::map<QString, QString> &states, const QString &value)
    {
        int n = 0;
        for (const auto &[twin, state] : states)
            n += state == value ? 1 : 0;
        return n;
    }

    template<typename Predicate>
    static bool waitFor(Predicate done, int timeoutMs)
    {
        QElapsedTimer clock;
        clock.start();
        while (!done()) {
            if (clock.elapsed() > timeoutMs)
                return false;
            QTest::qWait(250);
        }
        return true;
    }

    QString writeConfig(const QString &name, const QString &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(text.toUtf8());
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ip = Test::findTool(QStringLiteral("ip"));
        if (m_ip.isEmpty())
            QSKIP("the ip tool (iproute2) is not installed: no network namespaces");
        if (::geteuid() != 0)
            QSKIP("network namespaces need root: this test runs as another user");
        m_prefix = QStringLiteral("tl%1").arg(QCoreApplication::applicationPid() % 100000);
        QString why;
        for (const QString &host :
             {QStringLiteral("e1"), QStringLiteral("e2"), QStringLiteral("cl")}) {
            if (!ip({QStringLiteral("netns"), QStringLiteral("add"), ns(host)}, &why))
                QSKIP(qPrintable(
                    QStringLiteral("network namespaces cannot be made here (%1)").arg(why)));
            m_namespaces << ns(host);
            QVERIFY2(ip({QStringLiteral("-n"), ns(host), QStringLiteral("link"),
                         QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up")},
                        &why),
                     qPrintable(why));
        }
        // edge-k ↔ cloud on 10.201.k.0/24: the edge end .1, the cloud end .2.
        for (int k : {1, 2}) {
            const QString edge = ns(QStringLiteral("e%1").arg(k));
            const QString a = m_prefix + QStringLiteral("a%1").arg(k);
            const QString b = m_prefix + QStringLiteral("b%1").arg(k);
            QVERIFY2(ip({QStringLiteral("link"), QStringLiteral("add"), a, QStringLiteral("type"),
                         QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"), b},
                        &why),
                     qPrintable(why));
            QVERIFY(ip(
                {QStringLiteral("link"), QStringLiteral("set"), a, QStringLiteral("netns"), edge},
                &why));
            QVERIFY(ip({QStringLiteral("link"), QStringLiteral("set"), b, QStringLiteral("netns"),
                        ns(QStringLiteral("cl"))},
                       &why));
            QVERIFY(ip({QStringLiteral("-n"), edge, QStringLiteral("addr"), QStringLiteral("add"),
                        QStringLiteral("10.201.%1.1/24").arg(k), QStringLiteral("dev"), a},
                       &why));
            QVERIFY(ip({QStringLiteral("-n"), ns(QStringLiteral("cl")), QStringLiteral("addr"),
                        QStringLiteral("add"), QStringLiteral("10.201.%1.2/24").arg(k),
                        QStringLiteral("dev"), b},
                       &why));
            QVERIFY(ip({QStringLiteral("-n"), edge, QStringLiteral("link"), QStringLiteral("set"),
                        a, QStringLiteral("up")},
                       &why));
            QVERIFY(ip({QStringLiteral("-n"), ns(QStringLiteral("cl")), QStringLiteral("link"),
                        QStringLiteral("set"), b, QStringLiteral("up")},
                       &why));
        }
        const QString mosquitto = Test::findTool(QStringLiteral("mosquitto"));
        const QString base = QStringLiteral("listener 1883 0.0.0.0\nallow_anonymous true\n"
                                            "set_tcp_nodelay true\nuser root\n"
                                            "max_queued_messages 100000\n");
        spawn(QStringLiteral("cl"), mosquitto,
              {QStringLiteral("-c"), writeConfig(QStringLiteral("cloud.conf"), base)});
        for (int k : {1, 2}) {
            // The bridge: QoS 1 both ways, a persistent session whose messages the brokers
            // queue while the link is down, MQTT 5 for the commands' response topics.
            const QString bridge =
                base + QStringLiteral("connection cloud\naddress 10.201.%1.2:1883\n"
                                      "topic twinloom/# both 1\ncleansession false\n"
                                      "bridge_protocol_version mqttv50\n"
                                      "restart_timeout 1 2\nkeepalive_interval 5\n"
                                      // The hosts share a host name here: each
                                      // bridge needs a client id of its own.
                                      "remote_clientid bridge-edge-%1\n"
                                      "local_clientid bridge-edge-%1-local\n")
                           .arg(k);
            spawn(
                QStringLiteral("e%1").arg(k), mosquitto,
                {QStringLiteral("-c"), writeConfig(QStringLiteral("edge-%1.conf").arg(k), bridge)});
        }
        QTest::qWait(1000);
        for (const auto &[host, name] : {std::pair{QStringLiteral("e1"), QStringLiteral("edge-1")},
                                         std::pair{QStringLiteral("e2"), QStringLiteral("edge-2")},
                                         std::pair{QStringLiteral("cl"), QStringLiteral("cloud")}})
            m_agents[name] =
                spawn(host, QStringLiteral(TWINLOOM_RUN),
                      {QStringLiteral("--agent"), name, QStringLiteral("--control"),
                       QStringLiteral("mqtt://127.0.0.1:1883"), QStringLiteral("--data-dir"),
                       m_dir.filePath(name), QStringLiteral("--heartbeat"), QStringLiteral("2")});
        // The cloud sees every agent through the bridges.
        QVERIFY(waitFor(
            [&] {
                const Result r =
                    ctl(QStringLiteral("cl"), {QStringLiteral("agents"), QStringLiteral("--json")});
                const auto json = nlohmann::json::parse(r.out.toStdString(), nullptr, false);
                int online = 0;
                for (const auto &a : json.is_array() ? json : nlohmann::json::array())
                    online += a.value("state", std::string()) == "online" ? 1 : 0;
                return online == 3;
            },
            30000));
    }

    void cleanupTestCase()
    {
        for (auto it = m_processes.rbegin(); it != m_processes.rend(); ++it)
            Test::stopProcess(**it);
        for (const QString &n : std::as_const(m_namespaces))
            ip({QStringLiteral("netns"), QStringLiteral("del"), n});
    }

    void deployFromTheCloudAcrossHosts()
    {
        const Result r =
            ctl(QStringLiteral("cl"),
                {QStringLiteral("deploy"),
                 QStringLiteral(TWINLOOM_SOURCE_DIR
                                "/examples/smart-building-edge-cloud.twinloom.json"),
                 QStringLiteral("--map"),
                 QStringLiteral("edge-1=edge-1,edge-2=edge-2,edge-3=edge-2,cloud=cloud")});
        if (r.exitCode != 0)
            for (const auto &[name, agent] : m_agents)
                qWarning("%s: %s", qPrintable(name),
                         (agent->waitForReadyRead(200), agent->readAll()).constData());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        std::map<QString, QString> states;
        QVERIFY(waitFor(
            [&] {
                states = lifecycles(QStringLiteral("cl"));
                return countIn(states, QStringLiteral("edge-1/Synchronized")) == 13 &&
                       countIn(states, QStringLiteral("edge-2/Synchronized")) == 26 &&
                       countIn(states, QStringLiteral("cloud/Synchronized")) == 1;
            },
            30000));
    }

    // floor-1's property messages as a subscriber on `host`'s broker sees them: (topic, seq)
    // pairs, in their order of arrival.
    QProcess *countFloor1(const QString &host)
    {
        return spawn(host, Test::findTool(QStringLiteral("mosquitto_sub")),
                     {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                      QStringLiteral("1883"), QStringLiteral("-q"), QStringLiteral("1"),
                      QStringLiteral("-t"), QStringLiteral("twinloom/floor-1/properties/+"),
                      QStringLiteral("-F"), QStringLiteral("%t %p")});
    }

    static std::vector<std::pair<QString, qint64>> received(QProcess *subscriber)
    {
        std::vector<std::pair<QString, qint64>> out;
        const QList<QByteArray> lines = subscriber->readAll().split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype space = line.indexOf(' ');
            if (space < 0)
                continue;
            const auto j = nlohmann::json::parse(line.mid(space + 1).toStdString(), nullptr, false);
            if (j.is_object() && j.contains("seq") && j["seq"].is_number_integer())
                out.emplace_back(QString::fromUtf8(line.left(space)), j["seq"].get<qint64>());
        }
        return out;
    }

    void aPartitionedEdgeRunsOnAndComesBack()
    {
        // What floor-1 publishes, seen on its own broker and in the cloud, across the partition.
        QProcess *atTheEdge = countFloor1(QStringLiteral("e1"));
        QProcess *inTheCloud = countFloor1(QStringLiteral("cl"));
        QTest::qWait(1000);
        const QString link = m_prefix + QStringLiteral("a1");
        QString why;
        QVERIFY2(ip({QStringLiteral("-n"), ns(QStringLiteral("e1")), QStringLiteral("link"),
                     QStringLiteral("set"), link, QStringLiteral("down")},
                    &why),
                 qPrintable(why));
        QElapsedTimer partition;
        partition.start();
        // The building in the cloud hears nothing more from floor-1: NotSynchronized after the
        // example's partStaleAfter (6 s), Unbound after its partLostAfter (15 s).
        qint64 behindAt = -1;
        qint64 unboundAt = -1;
        const auto watchBuilding = [&] {
            const QString state = lifecycles(QStringLiteral("cl"), nullptr, QStringLiteral("cloud"))
                                      .
                                      operator[](QStringLiteral("building"));
            if (behindAt < 0 && state == QLatin1String("cloud/NotSynchronized"))
                behindAt = partition.elapsed();
            if (unboundAt < 0 && state == QLatin1String("cloud/Unbound"))
                unboundAt = partition.elapsed();
        };
        // The cloud cannot reach edge-1 and says so; edge-1 runs on, as its own host sees.
        QVERIFY(waitFor(
            [&] {
                watchBuilding();
                const Result r = ctl(QStringLiteral("cl"), {QStringLiteral("status")});
                return r.exitCode == 2 && r.err.contains(QLatin1String("edge-1"));
            },
            20000));
        int code = -1;
        const auto local = lifecycles(QStringLiteral("e1"), &code, QStringLiteral("edge-1"));
        QCOMPARE(code, 0);
        QCOMPARE(countIn(local, QStringLiteral("edge-1/Synchronized")), 13);
        QCOMPARE(countIn(lifecycles(QStringLiteral("e2"), &code, QStringLiteral("edge-2")),
                         QStringLiteral("edge-2/Synchronized")),
                 26);
        // A command for the cut-off agent fails clearly and changes nothing elsewhere.
        const Result stop =
            ctl(QStringLiteral("cl"),
                {QStringLiteral("stop"), QStringLiteral("--agent"), QStringLiteral("edge-1")});
        QCOMPARE(stop.exitCode, 2);
        while (partition.elapsed() < 30000) {
            watchBuilding();
            QTest::qWait(300);
        }
        qInfo("the building was NotSynchronized %lld ms, Unbound %lld ms into the partition",
              behindAt, unboundAt);
        QVERIFY2(behindAt >= 0 && unboundAt > behindAt,
                 qPrintable(QStringLiteral("%1 %2").arg(behindAt).arg(unboundAt)));
        // Within the bounds, give or take a heartbeat (2 s) and the time to ask.
        QVERIFY(behindAt < 6000 + 5000);
        QVERIFY(unboundAt < 15000 + 5000);
        QVERIFY(ip({QStringLiteral("-n"), ns(QStringLiteral("e1")), QStringLiteral("link"),
                    QStringLiteral("set"), link, QStringLiteral("up")},
                   &why));
        QElapsedTimer back;
        back.start();
        QVERIFY(waitFor(
            [&] {
                const auto states = lifecycles(QStringLiteral("cl"), &code);
                return code == 0 && countIn(states, QStringLiteral("edge-1/Synchronized")) == 13 &&
                       countIn(states, QStringLiteral("cloud/Synchronized")) == 1;
            },
            60000));
        qInfo("the cloud reached edge-1 again %lld ms after the link came back", back.elapsed());
        // Nothing floor-1 published during the partition is lost on the way to the cloud: the
        // messages its own broker saw (the edge-1 subscriber never lost its link) all reach the
        // cloud, once the bridge has delivered what it queued.
        QTest::qWait(3000);
        std::vector<std::pair<QString, qint64>> edge = received(atTheEdge);
        const std::vector<std::pair<QString, qint64>> cloud = received(inTheCloud);
        QVERIFY(!edge.empty() && !cloud.empty());
        const qint64 first = std::max(edge.front().second, cloud.front().second);
        qint64 last = 0;
        for (const auto &m : cloud)
            last = std::max(last, m.second);
        std::set<std::pair<QString, qint64>> inCloud(cloud.begin(), cloud.end());
        int expected = 0;
        int lost = 0;
        for (const auto &m : edge) {
            if (m.second < first || m.second > last)
                continue;
            ++expected;
            lost += inCloud.count(m) ? 0 : 1;
        }
        qInfo("floor-1 across the partition: %d messages (seq %lld to %lld) at the edge, %d lost "
              "in the cloud, %d repeated",
              expected, first, last, lost, int(cloud.size() - inCloud.size()));
        QVERIFY(expected > 100);
        QCOMPARE(lost, 0);
    }

    void anAgentKilledOnItsHostRunsItsTwinsAgain()
    {
        QProcess *agent = m_agents[QStringLiteral("edge-2")];
        ::kill(static_cast<pid_t>(agent->processId()), SIGKILL);
        agent->waitForFinished(5000);
        QVERIFY(waitFor(
            [&] {
                const Result r = ctl(QStringLiteral("cl"), {QStringLiteral("agents")});
                return r.out.contains(QLatin1String("offline (lost)"));
            },
            20000));
        m_agents[QStringLiteral("edge-2")] =
            spawn(QStringLiteral("e2"), QStringLiteral(TWINLOOM_RUN),
                  {QStringLiteral("--agent"), QStringLiteral("edge-2"), QStringLiteral("--control"),
                   QStringLiteral("mqtt://127.0.0.1:1883"), QStringLiteral("--data-dir"),
                   m_dir.filePath(QStringLiteral("edge-2")), QStringLiteral("--heartbeat"),
                   QStringLiteral("2")});
        QVERIFY(waitFor(
            [&] {
                return countIn(lifecycles(QStringLiteral("cl")),
                               QStringLiteral("edge-2/Synchronized")) == 26;
            },
            30000));
        const Result r = ctl(QStringLiteral("cl"), {QStringLiteral("undeploy")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestFleetHosts)
#include "tst_fleethosts.moc"
