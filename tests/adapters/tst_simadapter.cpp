#include "adapters/builtinadapters.h"
#include "adapters/sim/signalgenerator.h"
#include "adapters/sim/simadapter.h"
#include "engine/engine.h"

#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <numbers>

using namespace twinloom;

namespace {
std::unique_ptr<Sim::Signal> signal(const char *json, Diagnostics &d,
                                    const Sim::Variables &vars = {}, std::uint64_t seed = 1)
{
    return Sim::Signal::fromJson(nlohmann::json::parse(json), QStringLiteral("/signals/0"), d, 1.0,
                                 seed, 0, QStringLiteral(TWINLOOM_FIXTURES "/sim"), vars);
}

const char *kModel = R"({"@id": "dtmi:test:Room;1", "contents": [
  {"@type": "Property", "name": "temperature", "schema": "double"},
  {"@type": "Property", "name": "fast", "schema": "double"},
  {"@type": "Property", "name": "setpoint", "schema": "double"},
  {"@type": "Property", "name": "noise", "schema": "double"},
  {"@type": "Command", "name": "setSetpoint", "request": {"name": "value", "schema": "double"}}]})";

bool addTwin(Engine &engine, const QString &id, const char *simConfig, Diagnostics &d)
{
    nlohmann::json t = {
        {"id", id.toStdString()},
        {"model", "dtmi:test:Room;1"},
        {"physicalAdapters",
         {{{"id", "sim"}, {"type", "sim"}, {"config", nlohmann::json::parse(simConfig)}}}}};
    auto desc = TwinDescriptor::fromJson(t, QStringLiteral("/twins/0"), d);
    return desc && engine.addTwin(*desc, d, QStringLiteral("/twins/0"));
}
} // namespace

class TestSimAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerBuiltinAdapters(AdapterRegistry::global()); }
    void periodicGenerators();
    void stepsOnceAndLooped();
    void randomWalkStaysInBounds();
    void gaussianStatistics();
    void seedMakesItReproducible();
    void firstOrderConverges();
    void csvReplay();
    void schemaConversion();
    void configurationErrors();
    void runsInATwin();
    void thousandHertz();
    void actionMovesTheTemperature();
    void scheduleDisconnects();
};

void TestSimAdapter::periodicGenerators()
{
    Diagnostics d;
    auto sine = signal(
        R"({"name": "s", "generator": "sine", "offset": 10, "amplitude": 2, "period": 8, "phase": 0.25})",
        d);
    QVERIFY2(sine, qPrintable(d.toString()));
    // t = k s; value = 10 + 2 sin(2π (k/8 + 0.25))
    for (int k = 0; k < 9; ++k)
        QVERIFY(std::abs(sine->sample(k, {}).toDouble() -
                         (10 + 2 * std::sin(2 * std::numbers::pi * (k / 8.0 + 0.25)))) < 1e-12);
    QCOMPARE(sine->sample(9, {}).toDouble(),
             10 + 2 * std::sin(2 * std::numbers::pi * (9 / 8.0 + 0.25)));
    auto square = signal(
        R"({"name": "q", "generator": "square", "low": 1, "high": 5, "period": 4, "duty": 0.25})",
        d);
    QList<double> q;
    for (int k = 0; k < 8; ++k)
        q << square->sample(k, {}).toDouble();
    QCOMPARE(q, QList<double>({5, 1, 1, 1, 5, 1, 1, 1}));
    auto saw =
        signal(R"({"name": "w", "generator": "sawtooth", "low": 0, "high": 10, "period": 5})", d);
    QList<double> w;
    for (int k = 0; k < 6; ++k)
        w << saw->sample(k, {}).toDouble();
    QCOMPARE(w, QList<double>({0, 2, 4, 6, 8, 0}));
    auto constant = signal(R"({"name": "c", "generator": "constant", "value": 3})", d);
    QCOMPARE(constant->sample(0, {}), Value(3.0));
    auto text = signal(R"({"name": "c", "generator": "constant", "value": "idle"})", d);
    QCOMPARE(text->sample(5, {}), Value(QStringLiteral("idle")));
    QCOMPARE(sine->dueTime(3), std::optional<Timestamp>(3000000));
}

void TestSimAdapter::stepsOnceAndLooped()
{
    Diagnostics d;
    auto looped = signal(
        R"({"name": "m", "generator": "steps", "values": ["idle", "run", "stop"], "interval": 2})",
        d);
    QStringList seen;
    for (int k = 0; k < 8; ++k)
        seen << looped->sample(k, {}).toString();
    QCOMPARE(seen,
             QStringList({QStringLiteral("idle"), QStringLiteral("idle"), QStringLiteral("run"),
                          QStringLiteral("run"), QStringLiteral("stop"), QStringLiteral("stop"),
                          QStringLiteral("idle"), QStringLiteral("idle")}));
    auto once = signal(
        R"({"name": "m", "generator": "steps", "values": [1, 2], "interval": 1, "loop": false})",
        d);
    QVERIFY(once->dueTime(1));
    QVERIFY(!once->dueTime(2)); // ended
    QCOMPARE(once->sample(1, {}), Value(2.0));
}

void TestSimAdapter::randomWalkStaysInBounds()
{
    Diagnostics d;
    auto walk = signal(
        R"({"name": "h", "generator": "randomWalk", "start": 45, "step": 5, "min": 40, "max": 50})",
        d);
    QVERIFY(walk);
    QCOMPARE(walk->sample(0, {}), Value(45.0));
    double previous = 45;
    for (int k = 1; k < 10000; ++k) {
        const double v = walk->sample(k, {}).toDouble();
        QVERIFY(v >= 40 && v <= 50);
        QVERIFY(std::abs(v - previous) <= 10.0 + 1e-9);
        previous = v;
    }
}

void TestSimAdapter::gaussianStatistics()
{
    Diagnostics d;
    auto g = signal(R"({"name": "co2", "generator": "gaussian", "mean": 600, "stddev": 30})", d);
    double sum = 0;
    double sq = 0;
    constexpr int n = 20000;
    for (int k = 0; k < n; ++k) {
        const double v = g->sample(k, {}).toDouble();
        sum += v;
        sq += v * v;
    }
    const double mean = sum / n;
    const double stddev = std::sqrt(sq / n - mean * mean);
    QVERIFY2(std::abs(mean - 600) < 1.5, qPrintable(QString::number(mean)));
    QVERIFY2(std::abs(stddev - 30) < 1.5, qPrintable(QString::number(stddev)));
}

void TestSimAdapter::seedMakesItReproducible()
{
    Diagnostics d;
    const char *json = R"({"name": "x", "generator": "gaussian", "mean": 0, "stddev": 1})";
    auto a = signal(json, d, {}, 42);
    auto b = signal(json, d, {}, 42);
    auto c = signal(json, d, {}, 43);
    bool differs = false;
    for (int k = 0; k < 100; ++k) {
        const Value va = a->sample(k, {});
        QCOMPARE(va, b->sample(k, {}));
        differs = differs || va != c->sample(k, {});
    }
    QVERIFY(differs);
}

void TestSimAdapter::firstOrderConverges()
{
    Diagnostics d;
    Sim::Variables vars{{QStringLiteral("setpoint"), Value(25.0)}};
    auto room = signal(
        R"({"name": "t", "generator": "firstOrder", "initial": 20, "target": "setpoint", "tau": 10})",
        d, vars);
    QVERIFY2(room, qPrintable(d.toString()));
    QCOMPARE(room->sample(0, vars), Value(20.0));
    // One step of 1 s with tau 10 s: 20 + 5 (1 - e^-0.1).
    QVERIFY(std::abs(room->sample(1, vars).toDouble() - (20 + 5 * (1 - std::exp(-0.1)))) < 1e-12);
    double v = 0;
    for (int k = 2; k <= 50; ++k)
        v = room->sample(k, vars).toDouble();
    QVERIFY2(std::abs(v - 25) < 0.05, qPrintable(QString::number(v))); // 5 tau: within 1 %
    vars[QStringLiteral("setpoint")] = Value(18.0);
    for (int k = 51; k <= 120; ++k)
        v = room->sample(k, vars).toDouble();
    QVERIFY(std::abs(v - 18) < 0.01);
}

void TestSimAdapter::csvReplay()
{
    Diagnostics d;
    auto once = signal(
        R"({"name": "p", "generator": "csv", "file": "power.csv", "valueColumn": "power", "loop": false})",
        d);
    QVERIFY2(once, qPrintable(d.toString()));
    QList<double> values;
    QList<Timestamp> times;
    for (int k = 0; once->dueTime(k); ++k) {
        times << *once->dueTime(k);
        values << once->sample(k, {}).toDouble();
    }
    QCOMPARE(values, QList<double>({1, 2, 4, 3}));
    QCOMPARE(times, QList<Timestamp>({0, 500000, 1000000, 1500000}));
    auto looped = signal(
        R"({"name": "p", "generator": "csv", "file": "power.csv", "valueColumn": "power"})", d);
    // The loop restarts one average interval (0.5 s) after the last row.
    QCOMPARE(looped->dueTime(4), std::optional<Timestamp>(2000000));
    QCOMPARE(looped->dueTime(5), std::optional<Timestamp>(2500000));
    QCOMPARE(looped->sample(4, {}), Value(1.0));
    // Rows that all share one time (a replay that once spun a core and ignored SIGTERM): they
    // come together, once a second.
    auto same = signal(
        R"({"name": "p", "generator": "csv", "file": "same-time.csv", "valueColumn": "power"})", d);
    QVERIFY2(same, qPrintable(d.toString()));
    QCOMPARE(same->dueTime(0), std::optional<Timestamp>(0));
    QCOMPARE(same->dueTime(2), std::optional<Timestamp>(0));
    QCOMPARE(same->dueTime(3), std::optional<Timestamp>(1000000));
    QCOMPARE(same->dueTime(301), std::optional<Timestamp>(100000000));
}

void TestSimAdapter::schemaConversion()
{
    Diagnostics d;
    auto b = signal(
        R"({"name": "o", "schema": "boolean", "generator": "square", "low": 0, "high": 1, "period": 2})",
        d);
    QCOMPARE(b->sample(0, {}), Value(true));
    QCOMPARE(b->sample(1, {}), Value(false));
    auto i = signal(
        R"({"name": "n", "schema": "integer", "generator": "sawtooth", "low": 0, "high": 10, "period": 4})",
        d);
    QCOMPARE(i->sample(1, {}), Value(std::int64_t{3})); // 2.5 rounds away from zero
}

void TestSimAdapter::configurationErrors()
{
    Engine engine;
    engine.setBaseDirectory(QStringLiteral(TWINLOOM_FIXTURES "/sim"));
    Diagnostics m;
    QVERIFY(engine.addModel(nlohmann::json::parse(kModel), m));
    struct Case
    {
        const char *config;
        const char *pointer;
        const char *text;
    };
    const Case cases[] = {
        {R"({"signals": [{"name": "temperature", "generator": "fractal"}]})",
         "/signals/0/generator", "sine"},
        {R"({"rate": 0, "signals": []})", "/rate", "0.1 to 10000"},
        {R"({"signals": [{"name": "temperature", "generator": "constant", "value": 1, "rate": 20000}]})",
         "/signals/0/rate", "0.1 to 10000"},
        {R"({"signals": [{"name": "temperature", "generator": "csv", "file": "missing.csv"}]})",
         "/signals/0/file", "missing.csv"},
        {R"({"signals": [{"name": "temperature", "generator": "csv", "file": "broken.csv", "valueColumn": "power"}]})",
         "/signals/0/file", "row 4"},
        {R"({"signals": [{"name": "temperature", "generator": "constant", "value": 1},
                         {"name": "temperature", "generator": "constant", "value": 2}]})",
         "/signals/1/name", "used twice"},
        {R"({"variables": {"on": true}, "signals": [], "actions": [{"name": "go", "sets": "speed"}]})",
         "/actions/0/sets", "'speed'"},
        {R"({"signals": [{"name": "temperature", "generator": "sine"}]})", "/signals/0",
         "\"period\""},
        {R"({"signals": [{"name": "temperature", "generator": "firstOrder", "tau": 5, "target": "sp"}]})",
         "/signals/0/target", "'sp'"},
    };
    for (const Case &c : cases) {
        Diagnostics d;
        QVERIFY2(!addTwin(engine, QStringLiteral("x"), c.config, d), c.config);
        const Diagnostic *e = d.firstError();
        QVERIFY(e);
        QCOMPARE(e->pointer,
                 QStringLiteral("/twins/0/physicalAdapters/0/config") + QLatin1String(c.pointer));
        QVERIFY2(e->message.contains(QLatin1String(c.text)), qPrintable(e->message));
    }
}

void TestSimAdapter::runsInATwin()
{
    Engine engine;
    Diagnostics d;
    QVERIFY(engine.addModel(nlohmann::json::parse(kModel), d));
    QVERIFY2(
        addTwin(
            engine, QStringLiteral("a"),
            R"({"seed": 5, "rate": 20, "signals": [{"name": "temperature", "generator": "sine", "offset": 21,
                        "amplitude": 1, "period": 60}]})",
            d),
        qPrintable(d.toString()));
    QVERIFY(addTwin(
        engine, QStringLiteral("b"),
        R"({"seed": 5, "rate": 20, "signals": [{"name": "temperature", "generator": "sine", "offset": 21,
                       "amplitude": 1, "period": 60}]})",
        d));
    std::mutex mutex;
    QHash<QString, QList<double>> values;
    engine.subscribeDirect(QStringLiteral("twins/+/properties/temperature"),
                           [&](const StateChange &c) {
                               std::lock_guard lock(mutex);
                               values[c.twinId] << c.changes[0].value.toDouble();
                           });
    engine.startAll();
    QTRY_COMPARE(engine.lifecycle(QStringLiteral("a")), LifecycleState::Synchronized);
    QTRY_VERIFY(engine.twinMetrics(QStringLiteral("a")).changesOut >= 5);
    QTRY_VERIFY(engine.twinMetrics(QStringLiteral("b")).changesOut >= 5);
    const TwinSnapshot s = engine.snapshot(QStringLiteral("a")).result();
    const double t = s.property(u"temperature")->reported.toDouble();
    QVERIFY(t >= 20 && t <= 22);
    QVERIFY(s.property(u"temperature")->sourceTime > 0);
    engine.stopAll();
    // Same seed and same generator: the same values, sample for sample.
    QCOMPARE(engine.history(QStringLiteral("a"), QStringLiteral("temperature")).result().size(),
             0u); // no history kept
}

void TestSimAdapter::thousandHertz()
{
    Engine engine;
    Diagnostics d;
    QVERIFY(engine.addModel(nlohmann::json::parse(kModel), d));
    QVERIFY(addTwin(
        engine, QStringLiteral("fast"),
        R"({"signals": [{"name": "fast", "generator": "sawtooth", "rate": 1000, "period": 1}]})",
        d));
    std::atomic<int> changes{0};
    std::atomic<Timestamp> lastSource{0};
    std::atomic<bool> monotonic{true};
    engine.subscribeDirect(QStringLiteral("twins/fast/properties/fast"), [&](const StateChange &c) {
        if (c.sourceTime <= lastSource)
            monotonic = false;
        lastSource = c.sourceTime;
        ++changes;
    });
    QElapsedTimer outer;
    outer.start();
    engine.startAll();
    QElapsedTimer inner;
    inner.start();
    QTest::qWait(500);
    const qint64 atLeast = inner.elapsed();
    engine.stopAll();
    const qint64 atMost = outer.elapsed();
    // One sample per millisecond of running, whatever the load: late ticks catch up.
    QVERIFY2(changes >= atLeast * 9 / 10 - 20 && changes <= atMost + 20,
             qPrintable(QStringLiteral("%1 changes in %2..%3 ms")
                            .arg(changes.load())
                            .arg(atLeast)
                            .arg(atMost)));
    QVERIFY(monotonic); // each sample keeps its own time, 1 ms apart
}

void TestSimAdapter::actionMovesTheTemperature()
{
    Engine engine;
    Diagnostics d;
    QVERIFY(engine.addModel(nlohmann::json::parse(kModel), d));
    QVERIFY2(addTwin(engine, QStringLiteral("room"),
                     R"({"rate": 50, "variables": {"setpoint": 20}, "publishVariables": true,
                        "signals": [{"name": "temperature", "generator": "firstOrder", "initial": 20, "target": "setpoint", "tau": 0.2}],
                        "actions": [{"name": "setSetpoint", "sets": "setpoint"}]})",
                     d),
             qPrintable(d.toString()));
    engine.startAll();
    QTRY_COMPARE(engine.lifecycle(QStringLiteral("room")), LifecycleState::Synchronized);
    const ActionResult r =
        engine.invokeAction(QStringLiteral("room"), QStringLiteral("setSetpoint"), 26.0).result();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.value, Value(26.0));
    QTRY_COMPARE(engine.snapshot(QStringLiteral("room")).result().property(u"setpoint")->reported,
                 Value(26.0));
    QTRY_VERIFY_WITH_TIMEOUT(engine.snapshot(QStringLiteral("room"))
                                     .result()
                                     .property(u"temperature")
                                     ->reported.toDouble() > 25.5,
                             3000);
    const ActionResult bad =
        engine
            .invokeAction(QStringLiteral("room"), QStringLiteral("setSetpoint"),
                          QStringLiteral("warm"))
            .result();
    QVERIFY(!bad.ok);
}

void TestSimAdapter::scheduleDisconnects()
{
    Engine engine;
    Diagnostics d;
    QVERIFY(engine.addModel(nlohmann::json::parse(kModel), d));
    QVERIFY(addTwin(
        engine, QStringLiteral("flaky"),
        R"({"rate": 20, "signals": [{"name": "noise", "generator": "gaussian", "mean": 0, "stddev": 1}],
                       "schedule": {"disconnectAfter": 0.2, "disconnectFor": 0.2, "repeat": true}})",
        d));
    QStringList seen;
    engine.subscribe(QStringLiteral("twins/flaky/lifecycle"), this,
                     [&](const StateChange &c) { seen << c.changes[0].value.toString(); });
    engine.startAll();
    QTRY_VERIFY_WITH_TIMEOUT(seen.count(QStringLiteral("Unbound")) >= 2, 5000);
    engine.stopAll();
    QCOMPARE(seen.mid(0, 6),
             QStringList({QStringLiteral("Started"), QStringLiteral("Bound"),
                          QStringLiteral("Synchronized"), QStringLiteral("Unbound"),
                          QStringLiteral("Bound"), QStringLiteral("Synchronized")}));
}

QTEST_GUILESS_MAIN(TestSimAdapter)
#include "tst_simadapter.moc"
