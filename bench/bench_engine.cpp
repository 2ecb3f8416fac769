// Engine benchmarks: throughput through a pass-through mapping, enqueue-to-commit latency at half
// load, open-loop latency from the device's stamp to an observer of every change at a fixed rate,
// memory per idle twin and start-up time. Prints one JSON document.
//
//   bench_engine [--quick] [--workers N] [--producers N] [--seconds S] [--paced-rate R]
//                [--only-latency] [--only-paced]

#include "bench/benchsupport.h"
#include "engine/engine.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <iostream>
#include <mutex>
#include <sys/prctl.h>
#include <thread>
#include <time.h>
#include <unistd.h>

using namespace twinloom;

namespace {

struct Options
{
    int workers = 0;
    int producers = 1;
    double seconds = 3.0;
    double latencyRate = 0; // events/s for the latency run; 0 = half the measured maximum
    bool quick = false;
    bool onlyLatency = false;
    bool onlyPaced = false;
    double pacedRate = 150000;
};

double residentBytes()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() > 1 ? parts[1].toDouble() * static_cast<double>(sysconf(_SC_PAGESIZE)) : 0;
}

// An engine with `twins` sensors, each fed by its own api adapter, started and in sync.
struct Fixture
{
    std::unique_ptr<Engine> engine;
    std::vector<ProgrammaticPhysicalAdapter *> adapters;
    double addMs = 0;
    double startMs = 0;

    Fixture(int twins, const EngineOptions &options)
        : engine(std::make_unique<Engine>(options))
    {
        Diagnostics d;
        engine->addModel(Bench::sensorModel(), d);
        QElapsedTimer t;
        t.start();
        adapters.reserve(static_cast<std::size_t>(twins));
        for (int i = 0; i < twins; ++i) {
            TwinSetup s;
            s.id = QStringLiteral("s%1").arg(i);
            s.model = QStringLiteral("dtmi:bench:Sensor;1");
            auto a = std::make_unique<ProgrammaticPhysicalAdapter>(QStringLiteral("api"));
            adapters.push_back(a.get());
            s.physicalAdapters.push_back(std::move(a));
            if (!engine->addTwin(std::move(s), d)) {
                std::cerr << qPrintable(d.toString()) << '\n';
                std::exit(3);
            }
        }
        addMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
        t.restart();
        engine->startAll();
        // Started means the adapters were asked to bind; wait until every twin is in sync.
        for (int i = 0; i < twins; ++i) {
            const QString id = QStringLiteral("s%1").arg(i);
            while (engine->lifecycle(id) != LifecycleState::Synchronized)
                std::this_thread::yield();
        }
        startMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
    }
};

QStringList propertyKeys()
{
    QStringList keys;
    for (int i = 0; i < 10; ++i)
        keys << QStringLiteral("p%1").arg(i);
    return keys;
}

// Publishes as fast as the mailboxes accept for `seconds`; returns committed events per second.
nlohmann::json throughput(int twins, const Options &o)
{
    EngineOptions eo;
    eo.workerThreads = o.workers;
    eo.mailboxCapacity = 1024;
    eo.overflowPolicy = OverflowPolicy::DropNewest; // a refused event is retried: no loss
    Fixture f(twins, eo);
    const QStringList keys = propertyKeys();
    std::atomic<bool> stop{false};
    std::atomic<std::uint64_t> retries{0};
    std::vector<std::thread> producers;
    const std::uint64_t before = f.engine->metrics().changesOut;
    QElapsedTimer t;
    t.start();
    for (int p = 0; p < o.producers; ++p) {
        producers.emplace_back([&, p] {
            std::uint64_t n = 0;
            std::uint64_t refused = 0;
            const std::size_t count = f.adapters.size();
            std::size_t i = static_cast<std::size_t>(p);
            while (!stop.load(std::memory_order_relaxed)) {
                for (int burst = 0; burst < 256; ++burst) {
                    ProgrammaticPhysicalAdapter *a = f.adapters[i];
                    while (!a->publishProperty(keys[static_cast<int>(n % 10)],
                                               static_cast<double>(n))) {
                        ++refused;
                        std::this_thread::yield();
                    }
                    ++n;
                    i += static_cast<std::size_t>(o.producers);
                    if (i >= count)
                        i = static_cast<std::size_t>(p) % count;
                }
            }
            retries += refused;
        });
    }
    std::this_thread::sleep_for(std::chrono::duration<double>(o.seconds));
    stop = true;
    for (auto &th : producers)
        th.join();
    const double produceSeconds = static_cast<double>(t.nsecsElapsed()) / 1e9;
    f.engine->stopAll(); // drain
    const double seconds = static_cast<double>(t.nsecsElapsed()) / 1e9;
    const EngineMetrics m = f.engine->metrics();
    const double committed = static_cast<double>(m.changesOut - before);
    return {{"twins", twins},
            {"workers", m.workers},
            {"events", m.eventsIn},
            {"committed", m.changesOut - before},
            {"refused_by_full_mailbox", m.eventsDropped},
            {"failed", m.eventsFailed},
            {"seconds", seconds},
            {"producer_seconds", produceSeconds},
            {"events_per_second", committed / seconds},
            {"refused_and_retried", retries.load()},
            {"commit_latency_p50_us", static_cast<double>(m.commitLatencyP50) / 1000.0},
            {"commit_latency_p99_us", static_cast<double>(m.commitLatencyP99) / 1000.0}};
}

void sleepUntil(const timespec &deadline)
{
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, nullptr) == EINTR) {
    }
}

// Calls publish(n) at `rate` per second for `seconds`, paced in ticks of 50 µs: open loop, the
// pace does not wait for the engine. Returns the events published.
template<typename Publish>
std::uint64_t pace(double rate, double seconds, Publish publish)
{
    prctl(PR_SET_TIMERSLACK, 1UL, 0, 0, 0);
    constexpr long kTickNs = 50000;
    const double perTick = rate * static_cast<double>(kTickNs) / 1e9;
    const auto ticks = static_cast<std::uint64_t>(seconds * 1e9 / kTickNs);
    timespec next{};
    clock_gettime(CLOCK_MONOTONIC, &next);
    double owed = 0;
    std::uint64_t n = 0;
    for (std::uint64_t tick = 0; tick < ticks; ++tick) {
        owed += perTick;
        while (owed >= 1.0) {
            publish(n++);
            owed -= 1.0;
        }
        next.tv_nsec += kTickNs;
        if (next.tv_nsec >= 1000000000) {
            next.tv_nsec -= 1000000000;
            ++next.tv_sec;
        }
        sleepUntil(next);
    }
    return n;
}

// Publishes at `rate` events/s and reports the engine's enqueue-to-commit latency.
nlohmann::json latency(int twins, double rate, const Options &o)
{
    EngineOptions eo;
    eo.workerThreads = o.workers;
    Fixture f(twins, eo);
    const QStringList keys = propertyKeys();
    QElapsedTimer t;
    t.start();
    const std::uint64_t n = pace(rate, o.seconds, [&](std::uint64_t i) {
        f.adapters[i % f.adapters.size()]->publishProperty(keys[static_cast<int>(i % 10)],
                                                           static_cast<double>(i));
    });
    const double seconds = static_cast<double>(t.nsecsElapsed()) / 1e9;
    f.engine->stopAll();
    const EngineMetrics m = f.engine->metrics();
    return {{"twins", twins},
            {"workers", m.workers},
            {"target_rate", rate},
            {"achieved_rate", static_cast<double>(n) / seconds},
            {"dropped", m.eventsDropped},
            {"commit_latency_p50_us", static_cast<double>(m.commitLatencyP50) / 1000.0},
            {"commit_latency_p99_us", static_cast<double>(m.commitLatencyP99) / 1000.0}};
}

// At a fixed rate, each event stamped when the device hands it over (its source time), an
// observer of every change reads the stamp when the change reaches it: latency measured open
// loop, from outside the engine, as WLDT's figures are.
nlohmann::json paced(int twins, double rate, const Options &o)
{
    EngineOptions eo;
    eo.workerThreads = o.workers;
    Fixture f(twins, eo);
    const QStringList keys = propertyKeys();
    std::mutex mutex;
    std::vector<double> latencies; // µs
    latencies.reserve(static_cast<std::size_t>(rate * o.seconds * 1.1));
    f.engine->subscribeDirect(QStringLiteral("twins/+/properties/+"), [&](const StateChange &c) {
        const Timestamp now = Clock::now();
        std::lock_guard lock(mutex);
        for (const ResourceChange &r : c.changes)
            latencies.push_back(static_cast<double>(now - r.sourceTime));
    });
    QElapsedTimer t;
    t.start();
    const std::uint64_t n = pace(rate, o.seconds, [&](std::uint64_t i) {
        f.adapters[i % f.adapters.size()]->publishProperty(keys[static_cast<int>(i % 10)],
                                                           static_cast<double>(i), Clock::now());
    });
    const double seconds = static_cast<double>(t.nsecsElapsed()) / 1e9;
    f.engine->stopAll();
    const EngineMetrics m = f.engine->metrics();
    std::lock_guard lock(mutex);
    return {{"twins", twins},
            {"workers", m.workers},
            {"target_rate", rate},
            {"achieved_rate", static_cast<double>(n) / seconds},
            {"published", n},
            {"observed", latencies.size()},
            {"dropped", m.eventsDropped},
            {"stamp_to_observer_p50_us", Bench::percentile(latencies, 0.5)},
            {"stamp_to_observer_p99_us", Bench::percentile(latencies, 0.99)},
            {"stamp_to_observer_p999_us", Bench::percentile(latencies, 0.999)},
            {"stamp_to_observer_max_us", Bench::percentile(latencies, 1.0)}};
}

nlohmann::json idleMemory(int twins, const Options &o)
{
    EngineOptions eo;
    eo.workerThreads = o.workers;
    auto engine = std::make_unique<Engine>(eo);
    Diagnostics d;
    engine->addModel(Bench::sensorModel(), d);
    // Touch the per-thread and per-type machinery once so it is not counted per twin.
    const double before = residentBytes();
    for (int i = 0; i < twins; ++i) {
        TwinSetup s;
        s.id = QStringLiteral("s%1").arg(i);
        s.model = QStringLiteral("dtmi:bench:Sensor;1");
        s.physicalAdapters.push_back(
            std::make_unique<ProgrammaticPhysicalAdapter>(QStringLiteral("api")));
        engine->addTwin(std::move(s), d);
    }
    engine->startAll();
    for (int i = 0; i < twins; ++i) {
        while (engine->lifecycle(QStringLiteral("s%1").arg(i)) != LifecycleState::Synchronized)
            std::this_thread::yield();
    }
    const double after = residentBytes();
    return {{"twins", twins},
            {"properties_per_twin", 10},
            {"resident_bytes_per_twin", (after - before) / twins},
            {"resident_kib_per_twin", (after - before) / twins / 1024.0}};
}

nlohmann::json startup(int twins, const Options &o)
{
    EngineOptions eo;
    eo.workerThreads = o.workers;
    Fixture f(twins, eo);
    return {{"twins", twins},
            {"add_ms", f.addMs},
            {"start_to_synchronized_ms", f.startMs},
            {"total_ms", f.addMs + f.startMs}};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Options o;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--quick"))
            o.quick = true;
        else if (args[i] == QLatin1String("--workers") && i + 1 < args.size())
            o.workers = args[++i].toInt();
        else if (args[i] == QLatin1String("--producers") && i + 1 < args.size())
            o.producers = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--latency-rate") && i + 1 < args.size())
            o.latencyRate = args[++i].toDouble();
        else if (args[i] == QLatin1String("--only-latency"))
            o.onlyLatency = true;
        else if (args[i] == QLatin1String("--only-paced"))
            o.onlyPaced = true;
        else if (args[i] == QLatin1String("--paced-rate") && i + 1 < args.size())
            o.pacedRate = args[++i].toDouble();
        else if (args[i] == QLatin1String("--seconds") && i + 1 < args.size())
            o.seconds = args[++i].toDouble();
        else {
            std::cerr
                << "usage: bench_engine [--quick] [--workers N] [--producers N] [--seconds S] "
                   "[--paced-rate R] [--latency-rate R] [--only-latency] [--only-paced]\n";
            return 2;
        }
    }
    if (o.quick)
        o.seconds = 0.5;

    nlohmann::json out;
    out["benchmark"] = "engine";
    out["cores"] = std::thread::hardware_concurrency();
    {
        EngineOptions eo;
        eo.workerThreads = o.workers;
        out["workers"] = Engine(eo).metrics().workers;
    }
    out["producers"] = o.producers;
    out["load_average_1min"] = Bench::loadAverage();
    if (o.onlyLatency) {
        std::cout << latency(1000, o.latencyRate, o).dump(2) << std::endl;
        return 0;
    }
    // Each trial alone: a descheduled worker on a shared machine shows in one trial's p99.
    const auto pacedTrials = [&] {
        nlohmann::json trials = nlohmann::json::array();
        std::vector<double> p99s;
        for (int trial = 0; trial < (o.quick ? 1 : 3); ++trial) {
            nlohmann::json r = paced(1000, o.pacedRate, o);
            p99s.push_back(r["stamp_to_observer_p99_us"].get<double>());
            trials.push_back(std::move(r));
        }
        return nlohmann::json{{"rate", o.pacedRate},
                              {"trials", trials},
                              {"median_p99_us", Bench::percentile(p99s, 0.5)}};
    };
    if (o.onlyPaced) {
        out["paced_observer"] = pacedTrials();
        std::cout << out.dump(2) << std::endl;
        return 0;
    }
    // Memory first, while the allocator holds nothing freed by other runs.
    nlohmann::json memory = idleMemory(o.quick ? 2000 : 10000, o);
    nlohmann::json tp = nlohmann::json::array();
    double rate1000 = 0;
    for (int twins : {1, 1000, 10000}) {
        nlohmann::json r = throughput(twins, o);
        if (twins == 1000)
            rate1000 = r["events_per_second"].get<double>();
        tp.push_back(std::move(r));
    }
    out["throughput"] = std::move(tp);
    // p99 on two cores shared by the producer and the workers is noisy: report every trial.
    nlohmann::json trials = nlohmann::json::array();
    std::vector<double> p99s;
    const double rate = o.latencyRate > 0 ? o.latencyRate : rate1000 / 2;
    for (int trial = 0; trial < (o.quick ? 1 : 5); ++trial) {
        nlohmann::json r = latency(1000, rate, o);
        p99s.push_back(r["commit_latency_p99_us"].get<double>());
        trials.push_back(std::move(r));
    }
    std::sort(p99s.begin(), p99s.end());
    out["latency_half_load"] = {{"trials", trials}, {"median_p99_us", p99s[p99s.size() / 2]}};
    out["paced_observer"] = pacedTrials();
    out["idle_memory"] = memory;
    out["startup"] = startup(1000, o);
    std::cout << out.dump(2) << std::endl;
    return 0;
}
