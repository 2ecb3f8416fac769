// A twin's entanglement with its counterpart: time in each life cycle state against a made-up
// clock, the three shares and their product from known figures, and the figures a running twin
// reports after known drops, failures and an unbound period.

#include "engine/engine.h"
#include "engine/entanglement.h"
#include "engine/metrics.h"
#include "tests/support/twintest.h"

#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

using namespace twinloom;

namespace {
const char *kSensorModel = R"({
  "@id": "dtmi:test:Sensor;1",
  "contents": [
    {"@type": "Property", "name": "temperature", "schema": "double", "maxAge": "PT1H"},
    {"@type": "Property", "name": "humidity", "schema": "double", "maxAge": "PT1H"},
    {"@type": "Property", "name": "label", "schema": "string"}
  ]})";

constexpr Timestamp kSecond = 1'000'000;

PropertySnapshot aged(const QString &name, Timestamp updatedAt, Timestamp maxAge)
{
    PropertySnapshot p;
    p.name = name;
    p.updatedAt = updatedAt;
    p.maxAge = maxAge;
    return p;
}
} // namespace

class TestEntanglement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timeInEachState();
    void sharesAndTheirProduct();
    void nothingToMeasureIsFullyEntangled();
    void runningTwinReportsItsFigures();
};

void TestEntanglement::timeInEachState()
{
    LifecycleTimes t;
    const Timestamp t0 = 1'000 * kSecond;
    QCOMPARE(t.runningTime(t0), 0);
    t.enter(LifecycleState::Started, t0);
    t.enter(LifecycleState::Bound, t0 + 2 * kSecond);
    t.enter(LifecycleState::Synchronized, t0 + 3 * kSecond);
    t.enter(LifecycleState::Unbound, t0 + 10 * kSecond);
    // 7 s Synchronized, 4 s Unbound so far.
    QCOMPARE(t.timeIn(LifecycleState::Unbound, t0 + 14 * kSecond), 4 * kSecond);
    t.enter(LifecycleState::Bound, t0 + 14 * kSecond);
    t.enter(LifecycleState::Synchronized, t0 + 14 * kSecond);
    t.enter(LifecycleState::NotSynchronized, t0 + 16 * kSecond);
    const Timestamp now = t0 + 20 * kSecond;
    QCOMPARE(t.timeIn(LifecycleState::Started, now), 2 * kSecond);
    QCOMPARE(t.timeIn(LifecycleState::Bound, now), 1 * kSecond);
    QCOMPARE(t.timeIn(LifecycleState::Synchronized, now), 9 * kSecond);
    QCOMPARE(t.timeIn(LifecycleState::NotSynchronized, now), 4 * kSecond);
    QCOMPARE(t.runningTime(now), 20 * kSecond);
    QCOMPARE(t.boundTime(now), 14 * kSecond);
    // Stopped time is not running time; a second run adds to the first.
    t.enter(LifecycleState::Unbound, now);
    t.enter(LifecycleState::Stopped, now + kSecond);
    QCOMPARE(t.runningTime(now + 100 * kSecond), 21 * kSecond);
    t.enter(LifecycleState::Started, now + 100 * kSecond);
    t.enter(LifecycleState::Bound, now + 101 * kSecond);
    QCOMPARE(t.runningTime(now + 105 * kSecond), 26 * kSecond);
    QCOMPARE(t.boundTime(now + 105 * kSecond), 18 * kSecond);
}

void TestEntanglement::sharesAndTheirProduct()
{
    const Timestamp now = 5'000 * kSecond;
    TwinSnapshot snap;
    snap.properties = {aged(QStringLiteral("fresh"), now - 5 * kSecond, 10 * kSecond),
                       aged(QStringLiteral("edge"), now - 10 * kSecond, 10 * kSecond),
                       aged(QStringLiteral("old"), now - 11 * kSecond, 10 * kSecond),
                       aged(QStringLiteral("never"), 0, 10 * kSecond),
                       aged(QStringLiteral("unlimited"), now - 3'600 * kSecond, 0)};
    TwinMetrics m;
    m.eventsOffered = 200;
    m.eventsDropped = 30;
    m.eventsFailed = 10;
    m.runningTime = 80 * kSecond;
    m.boundTime = 60 * kSecond;
    const Entanglement e = Entanglement::measure(snap, m, now);
    QCOMPARE(e.limitedProperties, 4);
    QCOMPARE(e.timelyProperties, 2);
    QCOMPARE(e.timeliness(), 0.5);
    QCOMPARE(e.eventsLost, 40u);
    QCOMPARE(e.reliability(), 0.8);
    QCOMPARE(e.availability(), 0.75);
    QCOMPARE(e.odte(), 0.5 * 0.8 * 0.75);
    // More lost than offered (failures reported by adapters for events they never handed on).
    m.eventsOffered = 5;
    m.eventsFailed = 10;
    m.eventsDropped = 0;
    QCOMPARE(Entanglement::measure(snap, m, now).reliability(), 0.0);
}

void TestEntanglement::nothingToMeasureIsFullyEntangled()
{
    const Entanglement e = Entanglement::measure({}, {}, 1'000 * kSecond);
    QCOMPARE(e.timeliness(), 1.0);
    QCOMPARE(e.reliability(), 1.0);
    QCOMPARE(e.availability(), 1.0);
    QCOMPARE(e.odte(), 1.0);
}

void TestEntanglement::runningTwinReportsItsFigures()
{
    Engine engine;
    Diagnostics d;
    QVERIFY2(engine.addModel(nlohmann::json::parse(kSensorModel), d), qPrintable(d.toString()));
    auto device = std::make_unique<ProgrammaticPhysicalAdapter>(QStringLiteral("dev"));
    ProgrammaticPhysicalAdapter *dev = device.get();
    TwinSetup setup;
    setup.id = QStringLiteral("s");
    setup.model = QStringLiteral("dtmi:test:Sensor;1");
    setup.physicalAdapters.push_back(std::move(device));
    QVERIFY(engine.addTwin(std::move(setup), d));
    const QString s = QStringLiteral("s");

    // Three events before the twin runs: dropped.
    for (int i = 0; i < 3; ++i)
        engine.ingest(s, Test::propertyEvent(QStringLiteral("temperature"), double(i)));
    QTRY_COMPARE(engine.twinMetrics(s).eventsDropped, 3u);
    QCOMPARE(engine.twinMetrics(s).runningTime, 0);

    engine.startTwin(s).waitForFinished();
    QTRY_COMPARE(engine.lifecycle(s), LifecycleState::Synchronized);
    // Five good events, two of the wrong type (failed), one failure reported by the adapter.
    for (int i = 0; i < 5; ++i)
        engine.ingest(s, Test::propertyEvent(QStringLiteral("temperature"), 20.0 + i));
    for (int i = 0; i < 2; ++i)
        engine.ingest(s, Test::propertyEvent(QStringLiteral("humidity"), QStringLiteral("wet")));
    dev->reportFailure(QStringLiteral("payload does not decode"));
    QTRY_COMPARE(engine.twinMetrics(s).eventsFailed, 3u);
    QTRY_COMPARE(engine.twinMetrics(s).changesOut, 5u);

    // An unbound period of at least 300 ms.
    dev->notifyUnbound(QStringLiteral("link lost"));
    QTRY_COMPARE(engine.lifecycle(s), LifecycleState::Unbound);
    QTest::qWait(300);
    dev->notifyBound();
    QTRY_COMPARE(engine.lifecycle(s), LifecycleState::Synchronized);
    QTest::qWait(50);

    const TwinMetrics m = engine.twinMetrics(s);
    QCOMPARE(m.eventsOffered, 10u);
    QCOMPARE(m.eventsDropped, 3u);
    QCOMPARE(m.eventsFailed, 3u);
    QVERIFY2(m.runningTime - m.boundTime >= 300'000,
             qPrintable(QStringLiteral("%1 of %2 µs").arg(m.boundTime).arg(m.runningTime)));
    QVERIFY(m.boundTime >= 50'000);

    const TwinSnapshot snap = engine.snapshot(s).result();
    QCOMPARE(snap.property(u"temperature")->maxAge, 3'600 * kSecond);
    QCOMPARE(snap.property(u"label")->maxAge, 0);
    const Entanglement e = Entanglement::measure(snap, m, Clock::now());
    // temperature is fresh, humidity was never set.
    QCOMPARE(e.limitedProperties, 2);
    QCOMPARE(e.timelyProperties, 1);
    QCOMPARE(e.reliability(), 0.4);
    QCOMPARE(e.availability(), double(m.boundTime) / double(m.runningTime));
    QVERIFY(e.availability() < 1.0);
    QCOMPARE(e.odte(), 0.5 * 0.4 * e.availability());

    // Stopped, the running time stands still.
    engine.stopTwin(s).waitForFinished();
    const Timestamp stopped = engine.twinMetrics(s).runningTime;
    QTest::qWait(30);
    QCOMPARE(engine.twinMetrics(s).runningTime, stopped);
}

QTEST_GUILESS_MAIN(TestEntanglement)
#include "tst_entanglement.moc"
