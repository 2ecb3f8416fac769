// twinloom-run end to end, as a separate process: exit codes, JSON lines, lifecycle order,
// values, signals and bundles.

#include "bundle/bundle.h"
#include "project.h"
#include "support/mosquittobroker.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include <csignal>

using namespace twinloom;

namespace {
const QString kExample =
    QStringLiteral(TWINLOOM_SOURCE_DIR "/examples/smart-building.twinloom.json");

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::NormalExit;
    QByteArray out;
    QByteArray err;
    QList<QJsonObject> lines;

    QList<QJsonObject> changesOf(const QString &twin) const
    {
        QList<QJsonObject> found;
        for (const QJsonObject &l : lines) {
            if (l.value(QStringLiteral("twin")).toString() == twin)
                found << l;
        }
        return found;
    }
    QStringList lifecycleOf(const QString &twin) const
    {
        QStringList states;
        for (const QJsonObject &l : changesOf(twin)) {
            for (const QJsonValue &c : l.value(QStringLiteral("changes")).toArray()) {
                if (c[QStringLiteral("kind")].toString() == QLatin1String("lifecycle"))
                    states << c[QStringLiteral("value")].toString();
            }
        }
        return states;
    }
    QList<double> valuesOf(const QString &twin, const QString &property) const
    {
        QList<double> values;
        for (const QJsonObject &l : changesOf(twin)) {
            for (const QJsonValue &c : l.value(QStringLiteral("changes")).toArray()) {
                if (c[QStringLiteral("kind")].toString() == QLatin1String("property") &&
                    c[QStringLiteral("name")].toString() == property)
                    values << c[QStringLiteral("value")].toDouble();
            }
        }
        return values;
    }
};

void parseLines(Run &r)
{
    for (const QByteArray &line : r.out.split('\n')) {
        if (!line.startsWith('{'))
            continue; // plain text: --help, --check
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        QVERIFY2(doc.isObject(), line.constData());
        r.lines << doc.object();
    }
}

Run run(const QStringList &args, int timeoutMs = 60000)
{
    QProcess p;
    p.start(QStringLiteral(TWINLOOM_RUN), args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitCode();
    r.status = p.exitStatus();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    parseLines(r);
    return r;
}
} // namespace

class TestTwinloomRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpIsComplete();
    void usageErrors();
    void checkValidProject();
    void invalidProjectExitsTwo();
    void runsExampleAndStreamsChanges();
    void oneNodeOnly();
    void sigtermStopsGracefully();
    void runsABundle();
    void metricsLines();
    void runnersMeetOnABroker();
};

void TestTwinloomRun::helpIsComplete()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *needle : {"--node", "--duration", "--changes", "--metrics-interval", "--check",
                               "--log-level", "Exit codes", "SIGTERM", "PROJECT|BUNDLE"})
        QVERIFY2(r.out.contains(needle), needle);
}

void TestTwinloomRun::usageErrors()
{
    QCOMPARE(run({}).exitCode, 1);
    QCOMPARE(run({kExample, QStringLiteral("--duration"), QStringLiteral("soon")}).exitCode, 1);
    QCOMPARE(run({kExample, QStringLiteral("--changes"), QStringLiteral("xml")}).exitCode, 1);
    const Run r = run({kExample, QStringLiteral("--log-level"), QStringLiteral("chatty")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("--log-level"));
}

void TestTwinloomRun::checkValidProject()
{
    const Run r = run({kExample, QStringLiteral("--check")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("valid; 5 models, 40 twins"), r.out.constData());
    const Run node = run(
        {kExample, QStringLiteral("--check"), QStringLiteral("--node"), QStringLiteral("edge-2")});
    QCOMPARE(node.exitCode, 0);
    QVERIFY2(node.out.contains("12 twins on node 'edge-2'"), node.out.constData());
    const Run unknown = run(
        {kExample, QStringLiteral("--check"), QStringLiteral("--node"), QStringLiteral("moon")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains("no node 'moon'"));
}

void TestTwinloomRun::invalidProjectExitsTwo()
{
    QTemporaryDir dir;
    Diagnostics d;
    auto project = Project::load(kExample, d);
    QVERIFY(project);
    auto doc = project->document();
    doc["twins"][3]["physicalAdapters"][0]["config"]["signals"][0]["generator"] = "fractal";
    doc["twins"][5]["model"] = "dtmi:twinloom:example:Nothing;1";
    const QString path = dir.filePath(QStringLiteral("broken.twinloom.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray::fromStdString(doc.dump(2)));
    f.close();
    const Run r = run({path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("/twins/3/physicalAdapters/0/config/signals/0/generator"),
             r.err.constData());
    QVERIFY2(r.err.contains("/twins/5/model"), r.err.constData());
    QVERIFY(r.err.contains("nothing was started"));
    QVERIFY(r.lines.isEmpty());
    QCOMPARE(run({dir.filePath(QStringLiteral("missing.twinloom.json"))}).exitCode, 2);
}

void TestTwinloomRun::runsExampleAndStreamsChanges()
{
    const Run r = run({kExample, QStringLiteral("--duration"), QStringLiteral("3"),
                       QStringLiteral("--changes"), QStringLiteral("jsonl"),
                       QStringLiteral("--log-level"), QStringLiteral("warning")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    // Every twin goes through the whole life cycle, in order.
    const QStringList expected{QStringLiteral("Started"), QStringLiteral("Bound"),
                               QStringLiteral("Synchronized"), QStringLiteral("Unbound"),
                               QStringLiteral("Stopped")};
    for (const QString &twin : {QStringLiteral("sensor-1-1"), QStringLiteral("room-2-3"),
                                QStringLiteral("floor-3"), QStringLiteral("building")})
        QCOMPARE(r.lifecycleOf(twin), expected);
    // Simulated values within their ranges; a room shows its sensor's temperature.
    const QList<double> sensor =
        r.valuesOf(QStringLiteral("sensor-1-1"), QStringLiteral("temperature"));
    QVERIFY2(sensor.size() >= 2, qPrintable(QString::number(sensor.size())));
    for (double t : sensor)
        QVERIFY(t > 18 && t < 24);
    const QList<double> room =
        r.valuesOf(QStringLiteral("room-1-1"), QStringLiteral("temperature"));
    QVERIFY(!room.isEmpty());
    QCOMPARE(room.last(), sensor.last());
    QVERIFY(!r.valuesOf(QStringLiteral("building"), QStringLiteral("temperature")).isEmpty());
    // Sequence numbers of a twin grow without gaps among its state changes.
    qint64 last = 0;
    for (const QJsonObject &l : r.changesOf(QStringLiteral("sensor-1-1"))) {
        const qint64 seq = l.value(QStringLiteral("seq")).toInteger();
        QVERIFY(seq >= last);
        last = seq;
    }
}

void TestTwinloomRun::oneNodeOnly()
{
    const Run r = run({kExample, QStringLiteral("--node"), QStringLiteral("edge-1"),
                       QStringLiteral("--duration"), QStringLiteral("1.5"),
                       QStringLiteral("--changes"), QStringLiteral("jsonl")});
    QCOMPARE(r.exitCode, 0);
    QSet<QString> twins;
    for (const QJsonObject &l : r.lines)
        twins.insert(l.value(QStringLiteral("twin")).toString());
    QCOMPARE(twins.size(), 12);
    for (const QString &t : twins)
        QVERIFY2(t.endsWith(QLatin1String("-1-1")) || t.contains(QLatin1String("-1-")),
                 qPrintable(t));
}

void TestTwinloomRun::sigtermStopsGracefully()
{
    QProcess p;
    p.start(QStringLiteral(TWINLOOM_RUN),
            {kExample, QStringLiteral("--changes"), QStringLiteral("jsonl")});
    QVERIFY(p.waitForStarted());
    // Wait until the building is in sync, then ask it to stop.
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (!out.contains("\"twin\":\"building\"") && t.elapsed() < 20000) {
        p.waitForReadyRead(200);
        out += p.readAllStandardOutput();
    }
    QVERIFY(out.contains("\"building\""));
    ::kill(static_cast<pid_t>(p.processId()), SIGTERM);
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    Run r;
    r.out = out + p.readAllStandardOutput();
    parseLines(r);
    QCOMPARE(r.lifecycleOf(QStringLiteral("building")).last(), QStringLiteral("Stopped"));
    QCOMPARE(r.lifecycleOf(QStringLiteral("sensor-3-4")).last(), QStringLiteral("Stopped"));
    // The building stops before its floors, floors before their rooms.
    auto stoppedAt = [&](const QString &twin) {
        for (qsizetype i = 0; i < r.lines.size(); ++i) {
            const QJsonObject &l = r.lines[i];
            if (l.value(QStringLiteral("twin")).toString() == twin &&
                l.value(QStringLiteral("changes"))
                        .toArray()
                        .first()[QStringLiteral("value")]
                        .toString() == QLatin1String("Stopped"))
                return i;
        }
        return qsizetype(-1);
    };
    QVERIFY(stoppedAt(QStringLiteral("building")) < stoppedAt(QStringLiteral("floor-1")));
    QVERIFY(stoppedAt(QStringLiteral("floor-1")) < stoppedAt(QStringLiteral("room-1-1")));
    QVERIFY(stoppedAt(QStringLiteral("room-1-1")) < stoppedAt(QStringLiteral("sensor-1-1")));
}

void TestTwinloomRun::runsABundle()
{
    QTemporaryDir dir;
    Diagnostics d;
    auto project = Project::load(kExample, d);
    QVERIFY(project);
    const QString bundle = dir.filePath(QStringLiteral("building.zip"));
    const Run exported = run({kExample, QStringLiteral("--export-bundle"), bundle});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(Bundle::isBundle(bundle));
    const Run extracted =
        run({bundle, QStringLiteral("--extract"), dir.filePath(QStringLiteral("site"))});
    QCOMPARE(extracted.exitCode, 0);
    QCOMPARE(extracted.out.trimmed(),
             dir.filePath(QStringLiteral("site/project.twinloom.json")).toUtf8());
    Diagnostics ld;
    QCOMPARE(
        Project::load(dir.filePath(QStringLiteral("site/project.twinloom.json")), ld)->toBytes(),
        project->toBytes());
    const Run r = run({bundle, QStringLiteral("--duration"), QStringLiteral("1"),
                       QStringLiteral("--changes"), QStringLiteral("jsonl")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lifecycleOf(QStringLiteral("building")).last(), QStringLiteral("Stopped"));
}

void TestTwinloomRun::metricsLines()
{
    const Run r = run({kExample, QStringLiteral("--duration"), QStringLiteral("1.5"),
                       QStringLiteral("--metrics-interval"), QStringLiteral("0.5")});
    QCOMPARE(r.exitCode, 0);
    QList<QJsonObject> metrics;
    for (const QJsonObject &l : r.lines) {
        if (l.contains(QStringLiteral("metrics")))
            metrics << l.value(QStringLiteral("metrics")).toObject();
    }
    QVERIFY2(metrics.size() >= 3, qPrintable(QString::number(metrics.size())));
    QCOMPARE(metrics.last().value(QStringLiteral("twins")).toInt(), 40);
    QVERIFY(metrics.last().value(QStringLiteral("changesOut")).toDouble() > 40);
    QCOMPARE(metrics.last().value(QStringLiteral("eventsFailed")).toDouble(), 0.0);
    QCOMPARE(metrics.last()
                 .value(QStringLiteral("lifecycle"))
                 .toObject()
                 .value(QStringLiteral("Stopped"))
                 .toInt(),
             40);
}

void TestTwinloomRun::runnersMeetOnABroker()
{
    // The edge-and-cloud example, on a broker of the test's own: floor 1 runs in one runner, the
    // building in another, made of the floors it reads from the broker.
    Test::MosquittoBroker broker;
    QVERIFY(broker.start());
    Diagnostics d;
    auto project = Project::load(
        QStringLiteral(TWINLOOM_SOURCE_DIR "/examples/smart-building-edge-cloud.twinloom.json"), d);
    QVERIFY2(project, qPrintable(d.toString()));
    auto doc = project->document();
    for (auto &twin : doc["twins"]) {
        for (const char *side : {"physicalAdapters", "digitalAdapters"}) {
            if (!twin.contains(side))
                continue;
            for (auto &adapter : twin[side]) {
                if (adapter["config"].contains("broker"))
                    adapter["config"]["broker"]["port"] = broker.port();
            }
        }
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("site.twinloom.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(doc.dump(2)));
    file.close();
    QProcess edge;
    edge.start(QStringLiteral(TWINLOOM_RUN),
               {path, QStringLiteral("--node"), QStringLiteral("edge-1"),
                QStringLiteral("--duration"), QStringLiteral("6")});
    QVERIFY(edge.waitForStarted());
    const Run cloud =
        run({path, QStringLiteral("--node"), QStringLiteral("cloud"), QStringLiteral("--duration"),
             QStringLiteral("4"), QStringLiteral("--changes"), QStringLiteral("jsonl")});
    QVERIFY(edge.waitForFinished(20000));
    QCOMPARE(edge.exitCode(), 0);
    QCOMPARE(cloud.exitCode, 0);
    const QList<double> temperature =
        cloud.valuesOf(QStringLiteral("building"), QStringLiteral("temperature"));
    QVERIFY2(!temperature.isEmpty(), cloud.out.left(2000).constData());
    for (double t : temperature)
        QVERIFY(t > 18 && t < 24);
    QVERIFY(cloud.lifecycleOf(QStringLiteral("building")).contains(QStringLiteral("Synchronized")));
}

QTEST_GUILESS_MAIN(TestTwinloomRun)
#include "tst_twinloomrun.moc"
