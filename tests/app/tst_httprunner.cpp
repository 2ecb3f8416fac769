// twinloom-run --http against real peers: a Prometheus server that scrapes it (its query API must
// give back the engine's own counters), curl, tokens from the environment, an address in use,
// and ten thousand connections opened and left idle.

#include "tests/support/httpclient.h"
#include "tests/support/mosquittobroker.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QTcpServer>
#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using twinloom::Test::freePort;
using twinloom::Test::httpRequest;

namespace {

constexpr int kTwins = 3;
constexpr int kSteps = 5;

// Rooms whose simulated sensor sends kSteps values and then stops: their counters are known.
QByteArray project()
{
    nlohmann::json model = nlohmann::json::parse(R"({"@id": "dtmi:test:Room;1", "contents": [
      {"@type": "Property", "name": "temperature", "schema": "double"}]})");
    nlohmann::json p;
    p["format"] = "twinloom-project";
    p["version"] = 1;
    p["name"] = "http";
    p["models"] = nlohmann::json::array({model});
    p["twins"] = nlohmann::json::array();
    for (int i = 0; i < kTwins; ++i) {
        nlohmann::json signal;
        signal["name"] = "temperature";
        signal["generator"] = "steps";
        signal["values"] = {20.0, 20.5, 21.0, 21.5, 22.0};
        signal["interval"] = "PT0.05S";
        signal["rate"] = 20; // one sample per step
        signal["loop"] = false;
        nlohmann::json sim;
        sim["id"] = "sim";
        sim["type"] = "sim";
        sim["config"]["signals"] = nlohmann::json::array({signal});
        nlohmann::json twin;
        twin["id"] = "room-" + std::to_string(i + 1);
        twin["model"] = "dtmi:test:Room;1";
        twin["physicalAdapters"] = nlohmann::json::array({sim});
        p["twins"].push_back(twin);
    }
    return QByteArray::fromStdString(p.dump(2));
}

// A runner started with --http on a free port; stopped by PID at the end.
class Runner
{
public:
    bool start(const QString &projectFile, const QStringList &extra = {},
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        m_port = freePort();
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral(TWINLOOM_RUN),
                        QStringList{projectFile, QStringLiteral("--http"),
                                    QStringLiteral("127.0.0.1:%1").arg(m_port)} +
                            extra);
        if (!m_process.waitForStarted(5000))
            return false;
        // Ready once /readyz says so.
        QNetworkAccessManager net;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 15000 && m_process.state() == QProcess::Running) {
            if (httpRequest(net, "GET", url(QStringLiteral("/readyz")), {}, {}, 1000).status == 200)
                return true;
            QTest::qWait(100);
        }
        return false;
    }
    ~Runner() { twinloom::Test::stopProcess(m_process); }
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
    }
    quint16 port() const { return m_port; }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace

class TestHttpRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void servesEveryTwin();
    void prometheusScrapesTheEngine();
    void tokensComeFromTheEnvironment();
    void addressInUseFailsTheRun();
    void tenThousandIdleConnections();

private:
    QTemporaryDir m_dir;
    QString m_project;
    QNetworkAccessManager m_net;
};

void TestHttpRunner::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("rooms.twinloom.json"));
    QFile f(m_project);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(project());
}

void TestHttpRunner::servesEveryTwin()
{
    Runner runner;
    QVERIFY(runner.start(m_project));
    auto list = httpRequest(m_net, "GET", runner.url(QStringLiteral("/api/twins")));
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json()["count"].get<int>(), kTwins);
    QTRY_VERIFY_WITH_TIMEOUT(
        httpRequest(m_net, "GET",
                    runner.url(QStringLiteral("/api/twins/room-2/properties/temperature")))
            .body.startsWith("2"),
        5000);
    auto viaCurl = twinloom::Test::curl({runner.url(QStringLiteral("/api/twins/room-1/state"))});
    QCOMPARE(viaCurl.status, 200);
    QVERIFY(viaCurl.body.contains("\"temperature\""));
    // The runner names where it serves.
    runner.process().terminate();
    QVERIFY(runner.process().waitForFinished(10000));
    QCOMPARE(runner.process().exitCode(), 0);
    const QByteArray err = runner.process().readAllStandardError();
    QVERIFY2(err.contains(QByteArray("HTTP interface on http://127.0.0.1:" +
                                     QByteArray::number(runner.port()))),
             err.constData());
}

void TestHttpRunner::prometheusScrapesTheEngine()
{
    const QString prometheus = QStandardPaths::findExecutable(QStringLiteral("prometheus"));
    if (prometheus.isEmpty())
        QSKIP("prometheus is not installed (Debian package prometheus)");
    Runner runner;
    QVERIFY(runner.start(m_project));
    // Every sensor has sent its values: the engine's counters stay where they are.
    QTRY_COMPARE_WITH_TIMEOUT(
        twinloom::Test::metricValue(
            httpRequest(m_net, "GET", runner.url(QStringLiteral("/metrics"))).body,
            "twinloom_events_in_total"),
        double(kTwins * kSteps), 10000);
    const QByteArray own = httpRequest(m_net, "GET", runner.url(QStringLiteral("/metrics"))).body;

    QTemporaryDir data;
    const quint16 promPort = freePort();
    QFile config(data.filePath(QStringLiteral("prometheus.yml")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QStringLiteral("global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\n"
                                "scrape_configs:\n  - job_name: twinloom\n    static_configs:\n"
                                "      - targets: ['127.0.0.1:%1']\n")
                     .arg(runner.port())
                     .toUtf8());
    config.close();
    QProcess prom;
    prom.setProcessChannelMode(QProcess::MergedChannels);
    prom.start(prometheus,
               {QStringLiteral("--config.file=") + config.fileName(),
                QStringLiteral("--storage.tsdb.path=") + data.filePath(QStringLiteral("tsdb")),
                QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(promPort)});
    QVERIFY(prom.waitForStarted(5000));
    auto query = [&](const QString &expression) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("query"), expression);
        QUrl u(QStringLiteral("http://127.0.0.1:%1/api/v1/query").arg(promPort));
        u.setQuery(q);
        return httpRequest(m_net, "GET", u.toString(), {}, {}, 3000).json();
    };
    auto results = [&](const QString &expression) {
        const auto j = query(expression);
        return j.is_object() && j.value("status", "") == "success" ? j["data"]["result"]
                                                                   : nlohmann::json::array();
    };
    // Scraped: the target is up.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto up = results(QStringLiteral("up{job=\"twinloom\"}"));
            return up.size() == 1 && up[0]["value"][1] == "1";
        }(),
        30000);
    // What Prometheus stored is what the engine counts.
    const auto perTwin = results(QStringLiteral("twinloom_twin_events_in_total"));
    QCOMPARE(int(perTwin.size()), kTwins);
    for (const auto &series : perTwin) {
        const QByteArray name =
            "twinloom_twin_events_in_total{twin=\"" +
            QByteArray::fromStdString(series["metric"]["twin"].get<std::string>()) + "\"}";
        QCOMPARE(QByteArray::fromStdString(series["value"][1].get<std::string>()).toDouble(),
                 twinloom::Test::metricValue(own, name));
        QCOMPARE(QByteArray::fromStdString(series["value"][1].get<std::string>()).toDouble(),
                 double(kSteps));
    }
    for (const char *metric : {"twinloom_events_in_total", "twinloom_changes_out_total",
                               "twinloom_commit_latency_seconds_count"}) {
        const auto r = results(QLatin1String(metric));
        QCOMPARE(int(r.size()), 1);
        QCOMPARE(QByteArray::fromStdString(r[0]["value"][1].get<std::string>()).toDouble(),
                 twinloom::Test::metricValue(own, metric));
    }
    const auto synchronized = results(QStringLiteral("twinloom_twins{state=\"Synchronized\"}"));
    QCOMPARE(int(synchronized.size()), 1);
    QCOMPARE(synchronized[0]["value"][1].get<std::string>(), std::to_string(kTwins));
    // The histogram is one Prometheus understands.
    const auto p99 = results(QStringLiteral(
        "histogram_quantile(0.99, sum(twinloom_commit_latency_seconds_bucket) by (le))"));
    QCOMPARE(int(p99.size()), 1);
    const double seconds =
        QByteArray::fromStdString(p99[0]["value"][1].get<std::string>()).toDouble();
    QVERIFY2(seconds > 0 && seconds < 10, p99.dump().c_str());
    QVERIFY(!results(QStringLiteral("process_resident_memory_bytes")).empty());
    twinloom::Test::stopProcess(prom);
}

void TestHttpRunner::tokensComeFromTheEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TWINLOOM_HTTP_TOKEN"), QStringLiteral("a-write-token-0123456789"));
    env.insert(QStringLiteral("TWINLOOM_HTTP_READ_TOKEN"),
               QStringLiteral("a-read-token-0123456789"));
    Runner runner;
    QVERIFY(runner.start(m_project, {}, env));
    QCOMPARE(httpRequest(m_net, "GET", runner.url(QStringLiteral("/api/twins"))).status, 401);
    QCOMPARE(httpRequest(m_net, "GET", runner.url(QStringLiteral("/api/twins")), {},
                         {{"Authorization", "Bearer a-read-token-0123456789"}})
                 .status,
             200);
    // Never on the command line, never in what it prints.
    runner.process().terminate();
    QVERIFY(runner.process().waitForFinished(10000));
    QVERIFY(!runner.process().readAll().contains("0123456789"));
    QVERIFY(!runner.process().readAllStandardError().contains("0123456789"));
    // A token too short to be one is refused before anything starts.
    env.insert(QStringLiteral("TWINLOOM_HTTP_TOKEN"), QStringLiteral("short"));
    QProcess weak;
    weak.setProcessEnvironment(env);
    weak.start(QStringLiteral(TWINLOOM_RUN),
               {m_project, QStringLiteral("--http"), QStringLiteral("127.0.0.1:0")});
    QVERIFY(weak.waitForFinished(10000));
    QCOMPARE(weak.exitCode(), 3);
    QVERIFY(weak.readAllStandardError().contains("16 characters"));
}

void TestHttpRunner::addressInUseFailsTheRun()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost));
    QProcess p;
    p.start(QStringLiteral(TWINLOOM_RUN), {m_project, QStringLiteral("--http"),
                                           QStringLiteral("127.0.0.1:%1").arg(taken.serverPort())});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 3);
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(err.contains(QByteArray::number(taken.serverPort())) &&
                 err.contains("nothing was started"),
             err.constData());
    // A malformed address is a usage error.
    QProcess bad;
    bad.start(QStringLiteral(TWINLOOM_RUN),
              {m_project, QStringLiteral("--http"), QStringLiteral("8080")});
    QVERIFY(bad.waitForFinished(10000));
    QCOMPARE(bad.exitCode(), 1);
}

void TestHttpRunner::tenThousandIdleConnections()
{
    // The client side needs a descriptor per connection too.
    rlimit limit{};
    QVERIFY(::getrlimit(RLIMIT_NOFILE, &limit) == 0);
    limit.rlim_cur = limit.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &limit);
    const int wanted = 10000;
    const int count =
        static_cast<int>(std::min<rlim_t>(wanted, limit.rlim_cur > 600 ? limit.rlim_cur - 500 : 0));
    if (count < wanted)
        qWarning("only %d descriptors: opening %d idle connections instead of %d",
                 int(limit.rlim_cur), count, wanted);
    QVERIFY(count >= 500);

    Runner runner;
    QVERIFY(runner.start(m_project));
    std::vector<int> sockets;
    sockets.reserve(static_cast<std::size_t>(count));
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(runner.port());
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < count; ++i) {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        QVERIFY(fd >= 0);
        const int rc = ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address);
        QVERIFY2(rc == 0 || errno == EINPROGRESS, strerror(errno));
        sockets.push_back(fd);
        // Let the server accept as they come, as a real flood would be spread over time.
        if (i % 500 == 499)
            QTest::qWait(20);
    }
    const qint64 openMs = t.elapsed();
    // Served while they are all open and silent.
    t.restart();
    auto r = httpRequest(m_net, "GET", runner.url(QStringLiteral("/api/twins/room-1/state")), {},
                         {}, 10000);
    const qint64 servedMs = t.elapsed();
    QCOMPARE(r.status, 200);
    const QByteArray metrics =
        httpRequest(m_net, "GET", runner.url(QStringLiteral("/metrics"))).body;
    qInfo("%d idle connections opened in %lld ms; a request answered in %lld ms; %.0f open, "
          "resident memory %.1f MB",
          count, openMs, servedMs,
          twinloom::Test::metricValue(metrics, "twinloom_http_open_connections"),
          twinloom::Test::metricValue(metrics, "process_resident_memory_bytes") / 1e6);
    QVERIFY(servedMs < 5000);
    for (int fd : sockets)
        ::close(fd);
    // The runner goes on, and frees them.
    QTRY_VERIFY_WITH_TIMEOUT(
        twinloom::Test::metricValue(
            httpRequest(m_net, "GET", runner.url(QStringLiteral("/metrics"))).body,
            "twinloom_http_open_connections") < 10,
        10000);
    QCOMPARE(runner.process().state(), QProcess::Running);
}

QTEST_MAIN(TestHttpRunner)
#include "tst_httprunner.moc"
