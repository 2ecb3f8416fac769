#include "engine/engine.h"
#include "engine/mappingshadowing.h"
#include "engine/script/scriptstep.h"

#include <QtCore/QSemaphore>
#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

#include <atomic>
#include <thread>

using namespace twinloom;

namespace {
const char *kRoomModel = R"({
  "@id": "dtmi:test:Room;1",
  "contents": [
    {"@type": "Property", "name": "temperature", "schema": "double", "history": 100},
    {"@type": "Property", "name": "humidity", "schema": "double"},
    {"@type": "Property", "name": "counter", "schema": "long"},
    {"@type": "Property", "name": "setpoint", "schema": "double", "writable": true},
    {"@type": "Event", "name": "alarm", "schema": "string"},
    {"@type": "Command", "name": "setSetpoint", "request": {"name": "value", "schema": "double"},
     "response": {"name": "applied", "schema": "double"}},
    {"@type": "Command", "name": "reboot"},
    {"@type": "Relationship", "name": "isIn", "maxMultiplicity": 1}
  ]})";

nlohmann::json twinJson(const QString &id, const char *extra = "{}")
{
    nlohmann::json j = nlohmann::json::parse(extra);
    j["id"] = id.toStdString();
    j["model"] = "dtmi:test:Room;1";
    if (!j.contains("physicalAdapters"))
        j["physicalAdapters"] = nlohmann::json::parse(R"([{"id": "dev", "type": "api"}])");
    return j;
}

void addModel(Engine &engine)
{
    Diagnostics d;
    QVERIFY2(engine.addModel(nlohmann::json::parse(kRoomModel), d), qPrintable(d.toString()));
}

bool addTwin(Engine &engine, const nlohmann::json &j, Diagnostics &d)
{
    auto desc = TwinDescriptor::fromJson(j, QStringLiteral("/twins/0"), d);
    return desc && engine.addTwin(*desc, d, QStringLiteral("/twins/0"));
}

PhysicalEvent physical(const QString &key, Value v)
{
    PhysicalEvent e;
    e.key = key;
    e.value = std::move(v);
    return e;
}

// A shadowing function that holds the worker on its first event until released, so that tests
// can fill a mailbox deterministically.
class GateShadowing : public ShadowingFunction
{
public:
    QSemaphore entered;
    QSemaphore release;
    bool gated = true;

    void onPhysicalEvent(ShadowingContext &ctx, const PhysicalEvent &e) override
    {
        if (gated) {
            gated = false;
            entered.release();
            release.acquire();
        }
        auto tx = ctx.beginTransaction();
        tx.setReported(e.key, e.value);
        ctx.commit(tx);
    }
    void onDigitalAction(ShadowingContext &ctx, const DigitalActionRequest &r) override
    {
        ctx.completeDigitalAction(r.correlationId, ActionResult::failure(QStringLiteral("no")));
    }
};

// A device that never answers actions, for timeouts.
class SilentDevice : public PhysicalAdapter
{
public:
    using PhysicalAdapter::PhysicalAdapter;
    QString type() const override { return QStringLiteral("silent"); }
    void start() override { notifyBound(); }
    void stop() override {}
    void onAction(const PhysicalAction &) override {}
};
// room-1 with two programmatic adapters: `a` binds as it starts, `b` when told.
bool addTwoAdapterTwin(Engine &engine, ProgrammaticPhysicalAdapter *&a,
                       ProgrammaticPhysicalAdapter *&b)
{
    auto first = std::make_unique<ProgrammaticPhysicalAdapter>(QStringLiteral("a"));
    auto second = std::make_unique<ProgrammaticPhysicalAdapter>(QStringLiteral("b"), false);
    a = first.get();
    b = second.get();
    TwinSetup setup;
    setup.id = QStringLiteral("room-1");
    setup.model = QStringLiteral("dtmi:test:Room;1");
    setup.physicalAdapters.push_back(std::move(first));
    setup.physicalAdapters.push_back(std::move(second));
    Diagnostics d;
    return engine.addTwin(std::move(setup), d);
}

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerScriptStep(); }
    void configurationErrorsNameTheirPointer();
    void duplicateTwinRefused();
    void lifecycleSequence();
    void unboundAndBoundAgain();
    void noPhysicalAdapterIsNeverBound();
    void burstProcessedWhenItEnds();
    void controlWaitsOutsideBurst();
    void freshnessTurnsNotSynchronized();
    void anAdapterBehindTurnsNotSynchronized();
    void manyTwinsAcrossThreads();
    void latestValueBackPressure();
    void dropNewestBackPressure();
    void actionsReachTheDeviceAndReturn();
    void actionErrors();
    void actionTimeout();
    void desiredValueMapsToAction();
    void observationFiltersAndThreads();
    void coalescerFoldsUpdates();
    void coalescerKeepsEveryChange();
    void snapshotHistoryAndMetrics();
    void scriptStepFromConfiguration();
    void removeTwinWhileFed();
    void seedRelationships();
    void liveMigrationLosesAndRepeatsNothing();
};

void TestEngine::configurationErrorsNameTheirPointer()
{
    Engine engine;
    addModel(engine);
    Diagnostics d;
    nlohmann::json j = twinJson(QStringLiteral("room-1"), R"({
        "physicalAdapters": [{"id": "dev", "type": "api"}, {"type": "modbus"}],
        "shadowing": {"rules": [{"from": "t", "to": "temprature"}, {"from": "h", "pointer": "x/y", "to": "humidity"}]},
        "properties": {"pressure": {"maxAge": "PT5S"}}
    })");
    QVERIFY(!addTwin(engine, j, d));
    const QString all = d.toString();
    QCOMPARE(d.errorCount(), 4);
    QVERIFY2(all.contains(QStringLiteral("/twins/0/physicalAdapters/1/type")) &&
                 all.contains(QStringLiteral("'modbus'")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("/twins/0/shadowing/rules/0/to")) &&
                 all.contains(QStringLiteral("'temprature'")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("/twins/0/shadowing/rules/1/pointer")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("/twins/0/properties/pressure")), qPrintable(all));
    QVERIFY(!engine.contains(QStringLiteral("room-1")));

    Diagnostics d2;
    nlohmann::json unknownModel = twinJson(QStringLiteral("room-2"));
    unknownModel["model"] = "dtmi:test:Nope;1";
    QVERIFY(!addTwin(engine, unknownModel, d2));
    QCOMPARE(d2.items().front().pointer, QStringLiteral("/twins/0/model"));
    QVERIFY(d2.items().front().message.contains(QStringLiteral("dtmi:test:Nope;1")));

    Diagnostics d3;
    nlohmann::json badId = twinJson(QStringLiteral("room 3/x"));
    QVERIFY(!addTwin(engine, badId, d3));
    QCOMPARE(d3.items().front().pointer, QStringLiteral("/twins/0/id"));
    QVERIFY(engine.twinIds().isEmpty());
}

void TestEngine::duplicateTwinRefused()
{
    Engine engine;
    addModel(engine);
    Diagnostics d;
    QVERIFY(addTwin(engine, twinJson(QStringLiteral("a")), d));
    QVERIFY(!addTwin(engine, twinJson(QStringLiteral("a")), d));
    QVERIFY(d.toString().contains(QStringLiteral("already exists")));
    QCOMPARE(engine.twinIds(), QStringList{QStringLiteral("a")});
}

void TestEngine::lifecycleSequence()
{
    Engine engine;
    addModel(engine);
    Diagnostics d;
    QVERIFY(addTwin(engine, twinJson(QStringLiteral("room-1")), d));
    QStringList seen;
    QString error;
    QVERIFY(engine.subscribe(
        QStringLiteral("twins/room-1/lifecycle"), this,
        [&](const StateChange &c) {
            QCOMPARE(QThread::currentThread(), QCoreApplication::instance()->thread());
            for (const ResourceChange &r : c.changes)
                seen << r.value.toString();
        },
        &error));
    QCOMPARE(engine.lifecycle(QStringLiteral("room-1")), LifecycleState::Created);
    engine.startTwin(QStringLiteral("room-1")).waitForFinished();
    QTRY_COMPARE(engine.lifecycle(QStringLiteral("room-1")), LifecycleState::Synchronized);
    engine.stopTwin(QStringLiteral("room-1")).waitForFinished();
    QCOMPARE(engine.lifecycle(QStringLiteral("room-1")), LifecycleState::Stopped);
    QTRY_COMPARE(seen, QStringList({QStringLiteral("Started"), QStringLiteral("Bound"),
                                    QStringLiteral("Synchronized"), QStringLiteral("Unbound"),
                                    QStringLiteral("Stopped")}));
    // A stopped twin starts again.
    engine.startTwin(QStringLiteral("room-1")).waitForFinished();
    QTRY_COMPARE(engine.lifecycle(QStringLiteral("room-1")), LifecycleState::Synchronized);
    QVERIFY(engine.removeTwin(QStringLiteral("room-1")));
    QCOMPARE(engine.lifecycle(QStringLiteral("room-1")), LifecycleState::Destroyed);
    QTRY_COMPARE(seen.last(), QStringLiteral("Destroyed"));
}

void TestEngine::noPhysicalAdapterIsNeverBound()
{
    Engine engine;
    addModel(engine);
    Diagnostics d;
    QVERIFY(addTwin(engine, twinJson(QStringLiteral("room-1"), R"({"physicalAdapters": []})"), d));
    engine.startTwin(QStringLiteral("room-1")).waitForFinished();
    QTest::qWait(100);
    // It runs (it takes values and answers), but nothing binds it to a device.
    QCOMPARE(engine.lifecycle(QStringLiteral("room-1")), LifecycleState::Started);
    QVERIFY(engine.ingest(QStringLiteral("room-1"), physical(QStringLiteral("temperature"), 21.0)));
    QTRY_COMPARE(engine.snapshot(QStringLiteral("room-1")).result().properties.front().reported,
                 Value(21.0));
    QCOMPARE(engine.lifecycle(QStringLiteral("room-1")), LifecycleState::Started);
}

void TestEngine::unboundAndBoundAgain()
{
    Engine engine;
    addModel(engine);
    ProgrammaticPhysicalAdapter *a = nullptr;
    ProgrammaticPhysicalAdapter *b = nullptr;
    QVERIFY(addTwoAdapterTwin(engine, a, b));
    engine.startTwin(QStringLiteral("room-1")).waitForFinished();
    // Bound only when every physical adapter is bound.
    QTest::qWait(50);
    QCOMPARE(engine.lifecycle(QStringLiteral("room-1")), LifecycleState::Started);
    b->notifyBound();
    QTRY_COMPARE(engine.lifecycle(QStringLiteral("room-1")), LifecycleState::Synchronized);
    a->notifyUnbound(QStringLiteral("link lost"));
    QTRY_COMPARE(engine.lifecycle(QStringLiteral("room-1")), LifecycleState::Unbound);
    a->notifyBound();
    QTRY_COMPARE(engine.lifecycle(QStringLiteral("room-1")), LifecycleState::Synchronized);
}

void TestEngine::burstProcessedWhenItEnds()
{
    Engine engine;
    addModel(engine);
    auto device = std::make_unique<ProgrammaticPhysicalAdapter>(QStringLiteral("a"));
    ProgrammaticPhysicalAdapter *a = device.get();
    TwinSetup setup;
    setup.id = QStringLiteral("room-1");
    setup.model = QStringLiteral("dtmi:test:Room;1");
    setup.physicalAdapters.push_back(std::move(device));
    Diagnostics d;
    QVERIFY(engine.addTwin(std::move(setup), d));
    engine.startTwin(QStringLiteral("room-1")).waitForFinished();
    QTRY_COMPARE(engine.lifecycle(QStringLiteral("room-1")), LifecycleState::Synchronized);
    std::atomic<int> committed{0};
    engine.subscribeDirect(QStringLiteral("twins/room-1/properties/temperature"),
                           [&](const StateChange &) { committed.fetch_add(1); });
    // On the twin's thread: without a burst the values wait for the next turn of the event loop;
    // within one they are committed, all of them, as the burst ends.
    int afterPlainPublish = -1;
    int insideBurst = -1;
    int afterBurst = -1;
    QMetaObject::invokeMethod(
        a,
        [&] {
            a->publishProperty(QStringLiteral("temperature"), 20.0);
            afterPlainPublish = committed.load();
            {
                const PhysicalAdapter::Burst outer(*a);
                {
                    const PhysicalAdapter::Burst inner(*a); // bursts nest
                    a->publishProperty(QStringLiteral("temperature"), 21.0);
                }
                a->publishProperty(QStringLiteral("temperature"), 22.0);
                insideBurst = committed.load();
            }
            afterBurst = committed.load();
        },
        Qt::BlockingQueuedConnection);
    QCOMPARE(afterPlainPublish, 0);
    QCOMPARE(insideBurst, 0);
    QCOMPARE(afterBurst, 3);
    // Away from the twin's thread a burst changes nothing: values arrive as usual.
    {
        const PhysicalAdapter::Burst elsewhere(*a);
        a->publishProperty(QStringLiteral("temperature"), 23.0);
    }
    QTRY_COMPARE(committed.load(), 4);
    auto snap = engine.snapshot(QStringLiteral("room-1")).result();
    QCOMPARE(snap.property(u"temperature")->reported.toDouble(), 23.0);
}

void TestEngine::controlWaitsOutsideBurst()
{
    // A burst ends inside the adapter's own callback (a socket read). A stop asked for meanwhile
    // must not run there: it would tear down the adapter under the library that is calling it.
    Engine engine;
    addModel(engine);
    auto device = std::make_unique<ProgrammaticPhysicalAdapter>(QStringLiteral("a"));
    ProgrammaticPhysicalAdapter *a = device.get();
    TwinSetup setup;
    setup.id = QStringLiteral("room-1");
    setup.model = QStringLiteral("dtmi:test:Room;1");
    setup.physicalAdapters.push_back(std::move(device));
    Diagnostics d;
    QVERIFY(engine.addTwin(std::move(setup), d));
    engine.startTwin(QStringLiteral("room-1")).waitForFinished();
    QTRY_COMPARE(engine.lifecycle(QStringLiteral("room-1")), LifecycleState::Synchronized);
    std::atomic<int> committed{0};
    engine.subscribeDirect(QStringLiteral("twins/room-1/properties/temperature"),
                           [&](const StateChange &) { committed.fetch_add(1); });
    QFuture<void> stopped;
    QFuture<ActionResult> action;
    int afterBurst = -1;
    bool stoppedInside = true;
    bool actionInside = true;
    QMetaObject::invokeMethod(
        a,
        [&] {
            {
                const PhysicalAdapter::Burst burst(*a);
                a->publishProperty(QStringLiteral("temperature"), 21.0);
                action =
                    engine.invokeAction(QStringLiteral("room-1"), QStringLiteral("nope"), Value());
                stopped = engine.stopTwin(QStringLiteral("room-1"));
                a->publishProperty(QStringLiteral("temperature"), 22.0);
            }
            afterBurst = committed.load();
            stoppedInside = stopped.isFinished();
            actionInside = action.isFinished();
        },
        Qt::BlockingQueuedConnection);
    QCOMPARE(afterBurst, 2);   // the data ran as the burst ended
    QVERIFY(!stoppedInside);   // the stop did not
    QVERIFY(!actionInside);    // nor the action
    stopped.waitForFinished(); // both run on the next turn of the worker's loop
    action.waitForFinished();
    QCOMPARE(engine.lifecycle(QStringLiteral("room-1")), LifecycleState::Stopped);
    QVERIFY(action.result().error.contains(QStringLiteral("has no action 'nope'")));
}

void TestEngine::freshnessTurnsNotSynchronized()
{
    Engine engine;
    addModel(engine);
    Diagnostics d;
    QVERIFY(addTwin(
        engine,
        twinJson(QStringLiteral("room-1"), R"({"properties": {"temperature": {"maxAge": 0.15}}})"),
        d));
    QStringList seen;
    engine.subscribe(QStringLiteral("twins/room-1/lifecycle"), this,
                     [&](const StateChange &c) { seen << c.changes[0].value.toString(); });
    QElapsedTimer clock;
    clock.start();
    engine.startTwin(QStringLiteral("room-1")).waitForFinished();
    QTRY_COMPARE(engine.lifecycle(QStringLiteral("room-1")), LifecycleState::Synchronized);
    // No temperature arrives: stale after its maximum age.
    QTRY_COMPARE_WITH_TIMEOUT(engine.lifecycle(QStringLiteral("room-1")),
                              LifecycleState::NotSynchronized, 2000);
    QVERIFY2(clock.elapsed() >= 140, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(engine.ingest(QStringLiteral("room-1"), physical(QStringLiteral("temperature"), 20.0)));
    QTRY_COMPARE(engine.lifecycle(QStringLiteral("room-1")), LifecycleState::Synchronized);
    // A property without a maximum age does not keep it in sync.
    engine.ingest(QStringLiteral("room-1"), physical(QStringLiteral("humidity"), 40.0));
    QTRY_COMPARE_WITH_TIMEOUT(engine.lifecycle(QStringLiteral("room-1")),
                              LifecycleState::NotSynchronized, 2000);
    QTRY_COMPARE(seen,
                 QStringList({QStringLiteral("Started"), QStringLiteral("Bound"),
                              QStringLiteral("Synchronized"), QStringLiteral("NotSynchronized"),
                              QStringLiteral("Synchronized"), QStringLiteral("NotSynchronized")}));
    auto snap = engine.snapshot(QStringLiteral("room-1")).result();
    QVERIFY(snap.property(u"temperature")->stale);
    QVERIFY(!snap.property(u"humidity")->stale);
}

void TestEngine::anAdapterBehindTurnsNotSynchronized()
{
    Engine engine;
    addModel(engine);
    ProgrammaticPhysicalAdapter *a = nullptr;
    ProgrammaticPhysicalAdapter *b = nullptr;
    QVERIFY(addTwoAdapterTwin(engine, a, b));
    QStringList seen;
    engine.subscribe(QStringLiteral("twins/room-1/lifecycle"), this, [&](const StateChange &c) {
        seen << c.changes[0].value.toString() + QLatin1Char(' ') + c.changes[0].target;
    });
    engine.startTwin(QStringLiteral("room-1")).waitForFinished();
    // Behind before the twin is in sync: it goes from Bound straight to NotSynchronized.
    a->notifyBehind(QStringLiteral("a part is silent"));
    b->notifyBound();
    QTRY_COMPARE(engine.lifecycle(QStringLiteral("room-1")), LifecycleState::NotSynchronized);
    // Two adapters behind: in sync only when both are current.
    b->notifyBehind(QStringLiteral("late"));
    a->notifyCurrent();
    QTest::qWait(50);
    QCOMPARE(engine.lifecycle(QStringLiteral("room-1")), LifecycleState::NotSynchronized);
    b->notifyCurrent();
    QTRY_COMPARE(engine.lifecycle(QStringLiteral("room-1")), LifecycleState::Synchronized);
    // Unbinding clears it: bound again, the adapter is current until it says otherwise.
    a->notifyBehind(QStringLiteral("a part is silent"));
    QTRY_COMPARE(engine.lifecycle(QStringLiteral("room-1")), LifecycleState::NotSynchronized);
    a->notifyUnbound(QStringLiteral("lost"));
    QTRY_COMPARE(engine.lifecycle(QStringLiteral("room-1")), LifecycleState::Unbound);
    a->notifyBound();
    QTRY_COMPARE(engine.lifecycle(QStringLiteral("room-1")), LifecycleState::Synchronized);
    QTRY_COMPARE(seen, QStringList({QStringLiteral("Started "), QStringLiteral("Bound "),
                                    QStringLiteral("Synchronized "),
                                    QStringLiteral("NotSynchronized adapter 'a': a part is silent"),
                                    QStringLiteral("Synchronized "),
                                    QStringLiteral("NotSynchronized adapter 'a': a part is silent"),
                                    QStringLiteral("Unbound adapter 'a': lost"),
                                    QStringLiteral("Bound "), QStringLiteral("Synchronized ")}));
}

void TestEngine::manyTwinsAcrossThreads()
{
    EngineOptions options;
    options.mailboxCapacity = 1 << 20;
    Engine engine(options);
    addModel(engine);
    constexpr int kTwins = 200;
    constexpr int kProducers = 4;
    constexpr int kPerTwin = 2000;
    for (int i = 0; i < kTwins; ++i) {
        Diagnostics d;
        QVERIFY(addTwin(engine, twinJson(QStringLiteral("t%1").arg(i)), d));
    }
    engine.startAll();
    // Changes of one twin arrive in order and gap-free.
    std::atomic<std::int64_t> lastSeen{0};
    std::atomic<bool> ordered{true};
    std::uint64_t lastSequence = 0;
    engine.subscribeDirect(
        QStringLiteral("twins/t7/properties/counter"), [&](const StateChange &c) {
            const std::int64_t v = c.changes[0].value.toInt();
            if (v != lastSeen.load() + 1 || (lastSequence && c.sequence != lastSequence + 1))
                ordered = false;
            lastSequence = c.sequence;
            lastSeen = v;
        });
    std::vector<std::thread> producers;
    for (int p = 0; p < kProducers; ++p) {
        producers.emplace_back([&engine, p] {
            for (int n = 1; n <= kPerTwin; ++n) {
                for (int t = p; t < kTwins; t += kProducers)
                    engine.ingest(QStringLiteral("t%1").arg(t),
                                  physical(QStringLiteral("counter"), std::int64_t{n}));
            }
        });
    }
    for (auto &t : producers)
        t.join();
    engine.stopAll(); // drains every mailbox
    QVERIFY(ordered);
    QCOMPARE(lastSeen.load(), std::int64_t{kPerTwin});
    for (int i = 0; i < kTwins; ++i) {
        const QString id = QStringLiteral("t%1").arg(i);
        const TwinMetrics m = engine.twinMetrics(id);
        QCOMPARE(m.eventsIn, std::uint64_t{kPerTwin});
        QCOMPARE(m.eventsDropped, 0u);
        QCOMPARE(m.changesOut, std::uint64_t{kPerTwin});
        QCOMPARE(engine.snapshot(id).result().property(u"counter")->reported,
                 Value(std::int64_t{kPerTwin}));
    }
    const EngineMetrics em = engine.metrics();
    QCOMPARE(em.twins, kTwins);
    QCOMPARE(em.changesOut, std::uint64_t{kTwins} * kPerTwin);
    QVERIFY(em.commitLatencyP99 >= em.commitLatencyP50);
}

void TestEngine::latestValueBackPressure()
{
    EngineOptions options;
    options.mailboxCapacity = 8;
    Engine engine(options);
    addModel(engine);
    auto gate = std::make_unique<GateShadowing>();
    GateShadowing *g = gate.get();
    TwinSetup setup;
    setup.id = QStringLiteral("room-1");
    setup.model = QStringLiteral("dtmi:test:Room;1");
    setup.shadowing = std::move(gate);
    Diagnostics d;
    QVERIFY(engine.addTwin(std::move(setup), d));
    engine.startTwin(QStringLiteral("room-1")).waitForFinished();
    QVERIFY(engine.ingest(QStringLiteral("room-1"), physical(QStringLiteral("temperature"), 0.0)));
    QVERIFY(g->entered.tryAcquire(1, 5000));
    // The worker is held: 8 fit, then only the latest value per property is kept.
    for (int i = 1; i <= 100; ++i) {
        QVERIFY(engine.ingest(QStringLiteral("room-1"),
                              physical(QStringLiteral("temperature"), double(i))));
        QVERIFY(engine.ingest(QStringLiteral("room-1"),
                              physical(QStringLiteral("humidity"), double(i))));
    }
    PhysicalEvent event;
    event.kind = PhysicalEvent::Kind::Event;
    event.key = QStringLiteral("alarm");
    QVERIFY(!engine.ingest(QStringLiteral("room-1"), event)); // events are not coalesced: dropped
    QCOMPARE(engine.twinMetrics(QStringLiteral("room-1")).mailboxDepth, 10u);
    g->release.release();
    engine.stopTwin(QStringLiteral("room-1")).waitForFinished();
    const auto snap = engine.snapshot(QStringLiteral("room-1")).result();
    QCOMPARE(snap.property(u"temperature")->reported, Value(100.0));
    QCOMPARE(snap.property(u"humidity")->reported, Value(100.0));
    const TwinMetrics m = engine.twinMetrics(QStringLiteral("room-1"));
    // 201 accepted (1 + 8 queued + 2 overflow slots replaced 190 times + 2 first overflow entries).
    QCOMPARE(m.eventsIn, 201u);
    QCOMPARE(m.eventsDropped, 190u + 1u);
    QCOMPARE(m.changesOut, 1u + 8u + 2u);
}

void TestEngine::dropNewestBackPressure()
{
    EngineOptions options;
    options.mailboxCapacity = 8;
    options.overflowPolicy = OverflowPolicy::DropNewest;
    Engine engine(options);
    addModel(engine);
    auto gate = std::make_unique<GateShadowing>();
    GateShadowing *g = gate.get();
    TwinSetup setup;
    setup.id = QStringLiteral("room-1");
    setup.model = QStringLiteral("dtmi:test:Room;1");
    setup.shadowing = std::move(gate);
    Diagnostics d;
    QVERIFY(engine.addTwin(std::move(setup), d));
    engine.startTwin(QStringLiteral("room-1")).waitForFinished();
    engine.ingest(QStringLiteral("room-1"), physical(QStringLiteral("counter"), 0));
    QVERIFY(g->entered.tryAcquire(1, 5000));
    int accepted = 0;
    for (int i = 1; i <= 20; ++i)
        accepted +=
            engine.ingest(QStringLiteral("room-1"), physical(QStringLiteral("counter"), i)) ? 1 : 0;
    QCOMPARE(accepted, 8);
    g->release.release();
    engine.stopTwin(QStringLiteral("room-1")).waitForFinished();
    QCOMPARE(engine.snapshot(QStringLiteral("room-1")).result().property(u"counter")->reported,
             Value(8));
    QCOMPARE(engine.twinMetrics(QStringLiteral("room-1")).eventsDropped, 12u);
}

void TestEngine::actionsReachTheDeviceAndReturn()
{
    Engine engine;
    addModel(engine);
    auto device = std::make_unique<ProgrammaticPhysicalAdapter>(QStringLiteral("hvac"));
    QStringList received;
    device->setActionHandler([&](const PhysicalAction &a) {
        received << a.key + QLatin1Char('=') + a.payload.toString();
        return ActionResult::success(a.payload.toDouble() * 10, 204);
    });
    TwinSetup setup;
    setup.id = QStringLiteral("room-1");
    setup.model = QStringLiteral("dtmi:test:Room;1");
    setup.physicalAdapters.push_back(std::move(device));
    Diagnostics d;
    nlohmann::json config = nlohmann::json::parse(
        R"({"actions": [{"action": "setSetpoint", "to": "sp", "steps": [{"type": "scale", "factor": 0.1}]}]})");
    setup.shadowing = MappingShadowingFunction::fromJson(config, engine.model(setup.model), {}, d);
    QVERIFY(setup.shadowing);
    QVERIFY(engine.addTwin(std::move(setup), d));
    engine.startTwin(QStringLiteral("room-1")).waitForFinished();
    QTRY_COMPARE(engine.lifecycle(QStringLiteral("room-1")), LifecycleState::Synchronized);
    // The integer argument is converted to the request schema (double), scaled, and sent as "sp".
    const ActionResult r =
        engine.invokeAction(QStringLiteral("room-1"), QStringLiteral("setSetpoint"), 215).result();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.code, 204);
    QCOMPARE(r.value.toDouble(), 215.0);
    QCOMPARE(received, QStringList{QStringLiteral("sp=21.5")});
}

void TestEngine::actionErrors()
{
    Engine engine;
    addModel(engine);
    Diagnostics d;
    QVERIFY(addTwin(engine, twinJson(QStringLiteral("room-1")), d));
    ActionResult notRunning =
        engine.invokeAction(QStringLiteral("room-1"), QStringLiteral("reboot")).result();
    QVERIFY(!notRunning.ok);
    QVERIFY2(notRunning.error.contains(QStringLiteral("not running")),
             qPrintable(notRunning.error));
    engine.startTwin(QStringLiteral("room-1")).waitForFinished();
    QTRY_COMPARE(engine.lifecycle(QStringLiteral("room-1")), LifecycleState::Synchronized);
    const ActionResult unknown =
        engine.invokeAction(QStringLiteral("room-1"), QStringLiteral("explode")).result();
    QVERIFY(unknown.error.contains(QStringLiteral("has no action 'explode'")));
    const ActionResult wrongType =
        engine
            .invokeAction(QStringLiteral("room-1"), QStringLiteral("setSetpoint"),
                          QStringLiteral("warm"))
            .result();
    QVERIFY2(wrongType.error.contains(QStringLiteral("cannot convert")),
             qPrintable(wrongType.error));
    const ActionResult missingArg =
        engine.invokeAction(QStringLiteral("room-1"), QStringLiteral("setSetpoint")).result();
    QVERIFY2(missingArg.error.contains(QStringLiteral("needs an argument")),
             qPrintable(missingArg.error));
    // The api adapter without a handler does not take actions.
    const ActionResult refused =
        engine.invokeAction(QStringLiteral("room-1"), QStringLiteral("reboot")).result();
    QVERIFY2(refused.error.contains(QStringLiteral("does not take actions")),
             qPrintable(refused.error));
    const ActionResult noTwin =
        engine.invokeAction(QStringLiteral("nobody"), QStringLiteral("reboot")).result();
    QVERIFY(noTwin.error.contains(QStringLiteral("no twin 'nobody'")));
}

void TestEngine::actionTimeout()
{
    EngineOptions options;
    options.actionTimeoutMs = 100;
    Engine engine(options);
    addModel(engine);
    TwinSetup setup;
    setup.id = QStringLiteral("room-1");
    setup.model = QStringLiteral("dtmi:test:Room;1");
    setup.physicalAdapters.push_back(std::make_unique<SilentDevice>(QStringLiteral("silent")));
    Diagnostics d;
    QVERIFY(engine.addTwin(std::move(setup), d));
    engine.startTwin(QStringLiteral("room-1")).waitForFinished();
    QTRY_COMPARE(engine.lifecycle(QStringLiteral("room-1")), LifecycleState::Synchronized);
    QElapsedTimer t;
    t.start();
    const ActionResult r =
        engine.invokeAction(QStringLiteral("room-1"), QStringLiteral("reboot")).result();
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("within 100 ms")), qPrintable(r.error));
    QVERIFY(t.elapsed() >= 90);
    // A pending action is answered when the twin stops.
    auto pending = engine.invokeAction(QStringLiteral("room-1"), QStringLiteral("reboot"));
    engine.stopTwin(QStringLiteral("room-1")).waitForFinished();
    QVERIFY(pending.result().error.contains(QStringLiteral("stopped")));
}

void TestEngine::desiredValueMapsToAction()
{
    Engine engine;
    addModel(engine);
    auto device = std::make_unique<ProgrammaticPhysicalAdapter>(QStringLiteral("hvac"));
    std::atomic<double> applied{0};
    device->setActionHandler([&](const PhysicalAction &a) {
        applied = a.payload.toDouble();
        return ActionResult::success();
    });
    TwinSetup setup;
    setup.id = QStringLiteral("room-1");
    setup.model = QStringLiteral("dtmi:test:Room;1");
    setup.physicalAdapters.push_back(std::move(device));
    Diagnostics d;
    setup.shadowing = MappingShadowingFunction::fromJson(
        nlohmann::json::parse(
            R"({"desired": [{"property": "setpoint", "action": "setSetpoint"}]})"),
        engine.model(setup.model), {}, d);
    QVERIFY2(setup.shadowing, qPrintable(d.toString()));
    QVERIFY(engine.addTwin(std::move(setup), d));
    engine.startTwin(QStringLiteral("room-1")).waitForFinished();
    QTRY_COMPARE(engine.lifecycle(QStringLiteral("room-1")), LifecycleState::Synchronized);
    const ActionResult r =
        engine.writeDesired(QStringLiteral("room-1"), QStringLiteral("setpoint"), 23.5).result();
    QVERIFY2(r.ok, qPrintable(r.error));
    QTRY_COMPARE(applied.load(), 23.5);
    QCOMPARE(engine.snapshot(QStringLiteral("room-1")).result().property(u"setpoint")->desired,
             Value(23.5));
    const ActionResult bad =
        engine.writeDesired(QStringLiteral("room-1"), QStringLiteral("temperature"), 1.0).result();
    QVERIFY(bad.error.contains(QStringLiteral("not writable")));
}

void TestEngine::observationFiltersAndThreads()
{
    Engine engine;
    addModel(engine);
    Diagnostics d;
    QVERIFY(addTwin(engine, twinJson(QStringLiteral("a")), d));
    QVERIFY(addTwin(engine, twinJson(QStringLiteral("b")), d));
    engine.startAll();
    // Lifecycle changes are not what this test watches: let them settle first.
    QTRY_COMPARE(engine.lifecycle(QStringLiteral("a")), LifecycleState::Synchronized);
    QTRY_COMPARE(engine.lifecycle(QStringLiteral("b")), LifecycleState::Synchronized);
    QStringList temps;
    QStringList everything;
    QStringList events;
    engine.subscribe(QStringLiteral("twins/+/properties/temperature"), this,
                     [&](const StateChange &c) {
                         for (const ResourceChange &r : c.changes)
                             temps << c.twinId + QLatin1Char(':') + r.value.toString();
                     });
    engine.subscribe(QStringLiteral("twins/b/#"), this, [&](const StateChange &c) {
        for (const ResourceChange &r : c.changes)
            everything << resourceKindName(r.kind) + QLatin1Char(':') + r.key;
    });
    engine.subscribe(QStringLiteral("+/+/events/+"), this,
                     [&](const StateChange &c) { events << c.changes[0].value.toString(); });
    QString error;
    QCOMPARE(engine.subscribe(
                 QStringLiteral("twins/#/x"), this, [](const StateChange &) {}, &error),
             0u);
    QVERIFY(error.contains(QStringLiteral("'#'")));

    engine.ingest(QStringLiteral("a"), physical(QStringLiteral("temperature"), 1.0));
    engine.ingest(QStringLiteral("a"), physical(QStringLiteral("humidity"), 50.0));
    engine.ingest(QStringLiteral("b"), physical(QStringLiteral("temperature"), 2.0));
    engine.ingest(QStringLiteral("b"), physical(QStringLiteral("humidity"), 60.0));
    PhysicalEvent alarm;
    alarm.kind = PhysicalEvent::Kind::Event;
    alarm.key = QStringLiteral("alarm");
    alarm.value = QStringLiteral("smoke");
    engine.ingest(QStringLiteral("b"), alarm);
    QTRY_COMPARE(events, QStringList{QStringLiteral("smoke")});
    QTRY_COMPARE(temps.size(), 2);
    temps.sort();
    QCOMPARE(temps, QStringList({QStringLiteral("a:1"), QStringLiteral("b:2")}));
    QTRY_COMPARE(everything,
                 QStringList({QStringLiteral("property:temperature"),
                              QStringLiteral("property:humidity"), QStringLiteral("event:alarm")}));
}

void TestEngine::coalescerFoldsUpdates()
{
    Engine engine;
    addModel(engine);
    Diagnostics d;
    QVERIFY(addTwin(engine, twinJson(QStringLiteral("a")), d));
    engine.startAll();
    QTRY_COMPARE(engine.lifecycle(QStringLiteral("a")), LifecycleState::Synchronized);
    auto coalescer = engine.createCoalescer(QStringLiteral("twins/+/properties/#"));
    QVERIFY(coalescer);
    for (int i = 1; i <= 1000; ++i)
        engine.ingest(QStringLiteral("a"), physical(QStringLiteral("counter"), i));
    engine.ingest(QStringLiteral("a"), physical(QStringLiteral("temperature"), 5.0));
    QTRY_COMPARE(engine.twinMetrics(QStringLiteral("a")).changesOut, 1001u);
    auto frame = coalescer->take();
    QCOMPARE(frame.size(), 2u);
    QCOMPARE(frame[0].key, QStringLiteral("counter"));
    QCOMPARE(frame[0].value, Value(1000));
    QCOMPARE(frame[0].updates, 1000u);
    QCOMPARE(frame[0].operation, ChangeOperation::Add);
    QCOMPARE(frame[1].key, QStringLiteral("temperature"));
    QVERIFY(coalescer->take().empty());
}

void TestEngine::coalescerKeepsEveryChange()
{
    // Bounded at four: the oldest half goes when it is full, and is counted.
    ChangeCoalescer samples(4, ChangeCoalescer::Keep::Every);
    auto offer = [&](int i, Timestamp resourceTime) {
        StateChange c;
        c.twinId = QStringLiteral("a");
        c.sequence = std::uint64_t(i);
        c.sourceTime = 1000 + i;
        c.commitTime = 2000 + i;
        ResourceChange r;
        r.key = QStringLiteral("counter");
        r.value = Value(i);
        r.sourceTime = resourceTime;
        c.changes.push_back(r);
        samples.offer(c);
    };
    for (int i = 1; i <= 6; ++i)
        offer(i, i == 6 ? 0 : 100 + i);
    QCOMPARE(samples.pending(), 4u);
    QCOMPARE(samples.dropped(), 2u);
    std::vector<CoalescedChange> taken;
    samples.take(taken);
    QCOMPARE(taken.size(), 4u);
    for (std::size_t i = 0; i < taken.size(); ++i) {
        QCOMPARE(taken[i].value, Value(int(i) + 3));
        QCOMPARE(taken[i].updates, 1u);
    }
    QCOMPARE(taken[0].sourceTime, Timestamp(103));
    // A change without a time of its own was measured when its transaction was.
    QCOMPARE(taken[3].sourceTime, Timestamp(1006));
    QCOMPARE(taken[3].commitTime, Timestamp(2006));
    QCOMPARE(samples.pending(), 0u);
    // The next take hands back what came since, in the same vector.
    offer(7, 107);
    samples.take(taken);
    QCOMPARE(taken.size(), 1u);
    QCOMPARE(taken[0].value, Value(7));
    QVERIFY(samples.take().empty());
}

void TestEngine::snapshotHistoryAndMetrics()
{
    Engine engine;
    addModel(engine);
    Diagnostics d;
    QVERIFY(addTwin(engine, twinJson(QStringLiteral("a")), d));
    engine.startAll();
    for (int i = 0; i < 150; ++i)
        engine.ingest(QStringLiteral("a"), physical(QStringLiteral("temperature"), double(i)));
    QTRY_COMPARE(engine.twinMetrics(QStringLiteral("a")).changesOut, 150u);
    const auto history =
        engine.history(QStringLiteral("a"), QStringLiteral("temperature")).result();
    QCOMPARE(history.size(), 100u); // the model keeps 100
    QCOMPARE(history.front().value, Value(50.0));
    QCOMPARE(history.back().value, Value(149.0));
    const auto snap = engine.snapshot(QStringLiteral("a")).result();
    QCOMPARE(snap.lifecycle, LifecycleState::Synchronized);
    QCOMPARE(snap.sequence, 150u);
    QCOMPARE(snap.toJson()["properties"]["temperature"]["reported"].get<double>(), 149.0);
    const TwinMetrics m = engine.twinMetrics(QStringLiteral("a"));
    QCOMPARE(m.eventsIn, 150u);
    QCOMPARE(m.eventsFailed, 0u);
    QVERIFY(m.lastUpdateAge >= 0);
    QVERIFY(m.commitLatencyP50 > 0);
    // A wrong type is counted as failed and reported, and changes nothing.
    QSignalSpy problems(&engine, &Engine::problem);
    engine.ingest(QStringLiteral("a"),
                  physical(QStringLiteral("temperature"), QStringLiteral("hot")));
    QTRY_COMPARE(engine.twinMetrics(QStringLiteral("a")).eventsFailed, 1u);
    QTRY_COMPARE(problems.size(), 1);
    QVERIFY(problems[0][1].toString().contains(QStringLiteral("temperature")));
    QCOMPARE(engine.snapshot(QStringLiteral("a")).result().property(u"temperature")->reported,
             Value(149.0));
}

void TestEngine::scriptStepFromConfiguration()
{
    Engine engine;
    addModel(engine);
    Diagnostics d;
    QVERIFY2(addTwin(engine, twinJson(QStringLiteral("a"), R"({"shadowing": {"rules": [
                         {"from": "raw", "to": "temperature", "steps": [{"type": "script", "code": "value.c * 9 / 5 + 32"}]}
                     ]}})"),
                     d),
             qPrintable(d.toString()));
    engine.startAll();
    ValueObject raw{{QStringLiteral("c"), Value(100.0)}};
    engine.ingest(QStringLiteral("a"), physical(QStringLiteral("raw"), Value(raw)));
    QTRY_COMPARE(engine.twinMetrics(QStringLiteral("a")).changesOut, 1u);
    QCOMPARE(engine.snapshot(QStringLiteral("a")).result().property(u"temperature")->reported,
             Value(212.0));

    Diagnostics bad;
    QVERIFY(!addTwin(engine, twinJson(QStringLiteral("b"), R"({"shadowing": {"rules": [
                         {"from": "raw", "to": "temperature", "steps": [{"type": "script", "code": "value *"}]}]}})"),
                     bad));
    QCOMPARE(bad.items().front().pointer,
             QStringLiteral("/twins/0/shadowing/rules/0/steps/0/code"));
}

void TestEngine::removeTwinWhileFed()
{
    Engine engine;
    addModel(engine);
    for (int i = 0; i < 20; ++i) {
        Diagnostics d;
        QVERIFY(addTwin(engine, twinJson(QStringLiteral("t%1").arg(i)), d));
    }
    engine.startAll();
    std::atomic<bool> run{true};
    std::thread feeder([&] {
        for (int n = 0; run && n < 2000000; ++n)
            engine.ingest(QStringLiteral("t%1").arg(n % 20),
                          physical(QStringLiteral("counter"), n));
    });
    for (int i = 0; i < 20; i += 2)
        QVERIFY(engine.removeTwin(QStringLiteral("t%1").arg(i)));
    run = false;
    feeder.join();
    QCOMPARE(engine.twinIds().size(), 10);
    QVERIFY(!engine.ingest(QStringLiteral("t0"), physical(QStringLiteral("counter"), 1)));
}

void TestEngine::seedRelationships()
{
    Engine engine;
    addModel(engine);
    Diagnostics d;
    QVERIFY(addTwin(engine,
                    twinJson(QStringLiteral("a"),
                             R"({"relationships": [{"name": "isIn", "target": "floor-1"}]})"),
                    d));
    engine.startAll();
    QTRY_COMPARE(engine.snapshot(QStringLiteral("a")).result().relationships.size(), 1u);
    QCOMPARE(engine.snapshot(QStringLiteral("a")).result().relationships[0].target,
             QStringLiteral("floor-1"));
    // Restarting does not add it twice.
    engine.stopAll();
    engine.startAll();
    QCOMPARE(engine.snapshot(QStringLiteral("a")).result().relationships.size(), 1u);

    Diagnostics bad;
    QVERIFY(!addTwin(
        engine,
        twinJson(QStringLiteral("b"), R"({"relationships": [{"name": "owns", "target": "x"}]})"),
        bad));
    QVERIFY(bad.toString().contains(QStringLiteral("no relationship 'owns'")));
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"

// Two engines stand for two hosts; the same samples reach both (as a broker delivers them to both
// subscribers) while the twin moves from the first to the second.
void TestEngine::liveMigrationLosesAndRepeatsNothing()
{
    Engine source;
    Engine target;
    addModel(source);
    addModel(target);
    Diagnostics d;
    const nlohmann::json j = twinJson(QStringLiteral("room-1"), R"({"shadowing": {"rules": [
        {"from": "c", "to": "counter"}, {"from": "t", "to": "temperature"}]}})");
    QVERIFY2(addTwin(source, j, d) && addTwin(target, j, d), qPrintable(d.toString()));
    std::vector<std::int64_t> seen;
    std::mutex mutex;
    for (Engine *e : {&source, &target})
        e->subscribeDirect(QStringLiteral("twins/room-1/properties/counter"),
                           [&](const StateChange &c) {
                               std::lock_guard lock(mutex);
                               for (const ResourceChange &r : c.changes)
                                   seen.push_back(r.value.toInt());
                           });
    source.startTwin(QStringLiteral("room-1")).waitForFinished();
    const Timestamp base = Clock::now();
    auto sample = [&](int n) {
        PhysicalEvent e = physical(QStringLiteral("c"), Value(std::int64_t{n}));
        e.sourceTime = base + n;
        return e;
    };
    for (int n = 1; n <= 100; ++n)
        QVERIFY(source.ingest(QStringLiteral("room-1"), sample(n)));
    QVERIFY(source.ingest(QStringLiteral("room-1"), physical(QStringLiteral("t"), Value(21.5))));
    source.writeDesired(QStringLiteral("room-1"), QStringLiteral("setpoint"), Value(19.0))
        .waitForFinished();

    // The successor starts held: it takes samples in but applies none and publishes nothing.
    target.startTwinHeld(QStringLiteral("room-1")).waitForFinished();
    for (int n = 101; n <= 150; ++n) { // both hear these
        QVERIFY(source.ingest(QStringLiteral("room-1"), sample(n)));
        QVERIFY(target.ingest(QStringLiteral("room-1"), sample(n)));
    }
    QCOMPARE(target.snapshot(QStringLiteral("room-1")).result().sequence, std::uint64_t{0});
    const nlohmann::json handover = source.handOver(QStringLiteral("room-1")).result();
    QVERIFY2(!handover.contains("error"), handover.dump().c_str());
    QCOMPARE(source.lifecycle(QStringLiteral("room-1")), LifecycleState::Stopped);
    for (int n = 151; n <= 200; ++n) // only the successor hears these
        QVERIFY(target.ingest(QStringLiteral("room-1"), sample(n)));
    const TwinSnapshot before = source.snapshot(QStringLiteral("room-1")).result();
    const nlohmann::json result = target.takeOver(QStringLiteral("room-1"), handover).result();
    QVERIFY2(!result.contains("error"), result.dump().c_str());
    QCOMPARE(result.value("skipped", 0), 50);
    for (int n = 201; n <= 250; ++n)
        QVERIFY(target.ingest(QStringLiteral("room-1"), sample(n)));
    QTRY_COMPARE_WITH_TIMEOUT(
        target.snapshot(QStringLiteral("room-1")).result().property(u"counter")->reported.toInt(),
        std::int64_t{250}, 5000);
    const TwinSnapshot after = target.snapshot(QStringLiteral("room-1")).result();
    // The state came along, and the change sequence goes on from the predecessor's.
    QCOMPARE(after.property(u"temperature")->reported.toDouble(), 21.5);
    QCOMPARE(after.property(u"setpoint")->desired.toDouble(), 19.0);
    QCOMPARE(after.sequence, before.sequence + 100);
    std::lock_guard lock(mutex);
    QCOMPARE(seen.size(), std::size_t{250});
    for (std::size_t i = 0; i < seen.size(); ++i)
        QCOMPARE(seen[i], static_cast<std::int64_t>(i + 1));

    // A take-over by a twin that is not held, and a hand-over of no twin, are errors.
    QVERIFY(target.takeOver(QStringLiteral("room-1"), handover).result().contains("error"));
    QVERIFY(source.handOver(QStringLiteral("nobody")).result().contains("error"));
    QVERIFY(target.takeOver(QStringLiteral("nobody"), handover).result().contains("error"));
}
