// History benchmarks: sustained ingest into SQLite and PostgreSQL beside the raw floor (the same
// rows inserted with plain prepared statements in batched transactions, no Twinloom code), what
// recording costs the twins, bucketed queries (24 h of 1 Hz into 1,000 points; 30 days over 100
// properties) and bytes per sample. Prints one JSON document.
//
//   bench_history [--quick] [--samples N] [--no-postgres] [--only ingest|queries|twins]

#include "bench/benchsupport.h"
#include "engine/engine.h"
#include "engine/history/sqlhistorystore.h"
#include "tests/support/postgresserver.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QTemporaryDir>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <nlohmann/json.hpp>

#include <atomic>
#include <cmath>
#include <cstdlib>
#include <iostream>
#include <sqlite3.h>
#include <thread>

using namespace twinloom;

namespace {

constexpr Timestamp kSecond = 1'000'000;

struct Options
{
    bool quick = false;
    std::int64_t samples = 2'000'000;
    int series = 1000;
    bool postgres = true;
    QString only;
};

double msSince(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

qint64 fileBytes(const QString &path)
{
    qint64 bytes = 0;
    for (const char *suffix : {"", "-wal", "-shm"}) {
        const QFileInfo f(path + QLatin1String(suffix));
        if (f.exists())
            bytes += f.size();
    }
    return bytes;
}

// The value of sample i of series s: a number that changes, as a sensor's does.
double valueOf(std::int64_t i, int s)
{
    return 20.0 + std::sin(static_cast<double>(i) / 50.0 + s) * 5.0;
}

// Appends `samples` samples round-robin over `series` series, one second apart per series and
// ending now, as fast as the queue takes them (a full queue is waited on, never dropped); returns
// samples/s until everything is committed.
nlohmann::json ingestThroughStore(const QString &location, const Options &o)
{
    HistoryConfig config;
    config.tiers = HistoryConfig::defaultTiers();
    config.queueCapacity = 1'000'000;
    QString error;
    auto store = SqlHistoryStore::open(config, location, &error);
    if (!store)
        return {{"error", error.toStdString()}};
    QStringList twins;
    for (int s = 0; s < o.series; ++s)
        twins << QStringLiteral("twin-%1").arg(s);
    const QString name = QStringLiteral("temperature");
    const std::int64_t perSeries = o.samples / o.series;
    const Timestamp start = Clock::now() - perSeries * kSecond;
    std::uint64_t waits = 0;
    QElapsedTimer t;
    t.start();
    for (std::int64_t i = 0; i < perSeries; ++i) {
        for (int s = 0; s < o.series; ++s) {
            while (
                !store->append(twins[s], false, name, start + i * kSecond, Value(valueOf(i, s)))) {
                ++waits;
                std::this_thread::sleep_for(std::chrono::microseconds(200));
            }
        }
    }
    const double producedMs = msSince(t);
    store->flush(600'000);
    const double ms = msSince(t);
    const HistoryStatus st = store->status();
    store.reset();
    const double n = static_cast<double>(perSeries) * o.series;
    nlohmann::json j{{"samples", static_cast<std::int64_t>(n)},
                     {"series", o.series},
                     {"seconds", ms / 1000},
                     {"samples_per_second", n / (ms / 1000)},
                     {"appended_in_seconds", producedMs / 1000},
                     {"recorded", st.recorded},
                     {"full_queue_waits", waits},
                     {"batches", st.batches}};
    if (!location.contains(QLatin1String("://"))) {
        const qint64 bytes = fileBytes(location);
        j["bytes"] = bytes;
        j["bytes_per_sample"] = static_cast<double>(bytes) / n;
    }
    return j;
}

// The raw floor with SQLite's C API: the same table, one prepared INSERT per row, 10,000 rows
// per transaction, WAL and synchronous=NORMAL as the store uses.
nlohmann::json floorSqliteC(const QString &path, const Options &o)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return {{"error", "cannot open"}};
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", nullptr, nullptr,
                 nullptr);
    sqlite3_exec(db,
                 "CREATE TABLE samples(series INTEGER NOT NULL, t INTEGER NOT NULL, num REAL, "
                 "txt TEXT, PRIMARY KEY(series, t)) WITHOUT ROWID",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO samples(series, t, num, txt) VALUES (?, ?, ?, NULL)", -1,
                       &insert, nullptr);
    const std::int64_t perSeries = o.samples / o.series;
    const Timestamp start = Clock::now() - perSeries * kSecond;
    QElapsedTimer t;
    t.start();
    std::int64_t n = 0;
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    for (std::int64_t i = 0; i < perSeries; ++i) {
        for (int s = 0; s < o.series; ++s) {
            sqlite3_bind_int64(insert, 1, s + 1);
            sqlite3_bind_int64(insert, 2, start + i * kSecond);
            sqlite3_bind_double(insert, 3, valueOf(i, s));
            sqlite3_step(insert);
            sqlite3_reset(insert);
            if (++n % 10000 == 0) {
                sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
                sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
            }
        }
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double ms = msSince(t);
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return {{"samples", n},
            {"seconds", ms / 1000},
            {"samples_per_second", static_cast<double>(n) / (ms / 1000)},
            {"bytes_per_sample", static_cast<double>(fileBytes(path)) / static_cast<double>(n)}};
}

// The raw floor through Qt Sql (QSQLITE or QPSQL): one prepared INSERT per row, 10,000 rows per
// transaction.
nlohmann::json floorQtSql(const QString &driver, const std::function<void(QSqlDatabase &)> &setup,
                          const Options &o)
{
    nlohmann::json result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, QStringLiteral("floor"));
        setup(db);
        if (!db.open())
            return {{"error", db.lastError().text().toStdString()}};
        QSqlQuery q(db);
        const bool pg = driver == QLatin1String("QPSQL");
        if (!pg) {
            q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
            q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        }
        q.exec(QStringLiteral("DROP TABLE IF EXISTS floor_samples"));
        q.exec(pg ? QStringLiteral("CREATE TABLE floor_samples(series BIGINT NOT NULL, t BIGINT "
                                   "NOT NULL, num DOUBLE PRECISION, txt TEXT, PRIMARY KEY(series, "
                                   "t))")
                  : QStringLiteral("CREATE TABLE floor_samples(series INTEGER NOT NULL, t INTEGER "
                                   "NOT NULL, num REAL, txt TEXT, PRIMARY KEY(series, t)) WITHOUT "
                                   "ROWID"));
        QSqlQuery insert(db);
        insert.prepare(
            QStringLiteral("INSERT INTO floor_samples(series, t, num, txt) VALUES (?, ?, ?, ?)"));
        const std::int64_t perSeries = o.samples / o.series;
        const Timestamp start = Clock::now() - perSeries * kSecond;
        const QVariant nullText{QMetaType::fromType<QString>()};
        QElapsedTimer t;
        t.start();
        std::int64_t n = 0;
        db.transaction();
        for (std::int64_t i = 0; i < perSeries; ++i) {
            for (int s = 0; s < o.series; ++s) {
                insert.bindValue(0, s + 1);
                insert.bindValue(1, static_cast<qlonglong>(start + i * kSecond));
                insert.bindValue(2, valueOf(i, s));
                insert.bindValue(3, nullText);
                if (!insert.exec()) {
                    result["error"] = insert.lastError().text().toStdString();
                    break;
                }
                if (++n % 10000 == 0) {
                    db.commit();
                    db.transaction();
                }
            }
        }
        db.commit();
        const double ms = msSince(t);
        result["samples"] = n;
        result["seconds"] = ms / 1000;
        result["samples_per_second"] = static_cast<double>(n) / (ms / 1000);
        if (pg)
            q.exec(QStringLiteral("DROP TABLE floor_samples"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("floor"));
    return result;
}

template<typename F>
nlohmann::json timeRuns(int runs, F fn)
{
    std::vector<double> ms;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        fn();
        ms.push_back(msSince(t));
    }
    return {{"runs", runs},
            {"median_ms", Bench::percentile(ms, 0.5)},
            {"max_ms", *std::max_element(ms.begin(), ms.end())}};
}

// 24 h of 1 Hz data for one property, bucketed into 1,000 points; and 30 days of one sample a
// minute for 100 properties, each bucketed into 1,000 points.
nlohmann::json queries(const QTemporaryDir &dir, const Options &o)
{
    nlohmann::json out;
    HistoryConfig config;
    config.tiers = HistoryConfig::defaultTiers();
    config.queueCapacity = 1'000'000;
    QString error;
    const QString path = dir.filePath(QStringLiteral("queries.sqlite"));
    auto store = SqlHistoryStore::open(config, path, &error);
    if (!store)
        return {{"error", error.toStdString()}};
    const Timestamp now = Clock::now();
    auto append = [&](const QString &twin, const QString &name, Timestamp t, double v) {
        while (!store->append(twin, false, name, t, Value(v)))
            std::this_thread::sleep_for(std::chrono::microseconds(200));
    };
    const Timestamp day = 86'400 * kSecond;
    const Timestamp dayStart = (now - day) / kSecond * kSecond;
    for (std::int64_t i = 0; i < 86'400; ++i)
        append(QStringLiteral("room"), QStringLiteral("t"), dayStart + i * kSecond, valueOf(i, 0));
    const int properties = o.quick ? 10 : 100;
    const Timestamp month = 30 * day;
    const Timestamp monthStart = (now - month) / (3600 * kSecond) * (3600 * kSecond);
    for (std::int64_t m = 0; m < 30 * 1440; ++m)
        for (int p = 0; p < properties; ++p)
            append(QStringLiteral("plant"), QStringLiteral("p%1").arg(p),
                   monthStart + m * 60 * kSecond, valueOf(m, p));
    store->flush(600'000);
    store.reset(); // as a runner that stopped: the tiers' open buckets are written
    store = SqlHistoryStore::open(config, path, &error);
    const Timestamp rawStep = day / 1000; // 86.4 s: no tier fits, the samples are bucketed
    std::size_t points = 0;
    out["day_1hz_into_1000_points_from_samples"] = timeRuns(20, [&] {
        points = store
                     ->buckets(QStringLiteral("room"), QStringLiteral("t"), dayStart,
                               dayStart + day, rawStep)
                     .result()
                     .size();
    });
    out["day_1hz_into_1000_points_from_samples"]["points"] = points;
    // 720 points of 2 minutes: whole 1-minute buckets of the tier.
    out["day_1hz_into_720_points_from_tier"] = timeRuns(20, [&] {
        points = store
                     ->buckets(QStringLiteral("room"), QStringLiteral("t"),
                               dayStart / (120 * kSecond) * (120 * kSecond), dayStart + day,
                               120 * kSecond)
                     .result()
                     .size();
    });
    out["day_1hz_into_720_points_from_tier"]["points"] = points;
    // A month into 1,000 points of 43 minutes (whole 1-minute buckets), and into 720 hours.
    for (const auto &[label, monthStep] :
         {std::pair{std::string("into_1000_points"),
                    month / 1000 / (60 * kSecond) * (60 * kSecond)},
          std::pair{std::string("into_720_hours"), 3600 * kSecond}}) {
        const std::string key =
            "month_of_" + std::to_string(properties) + "_properties_" + label + "_each";
        out[key] = timeRuns(5, [&] {
            points = 0;
            for (int p = 0; p < properties; ++p)
                points += store
                              ->buckets(QStringLiteral("plant"), QStringLiteral("p%1").arg(p),
                                        monthStart, monthStart + month, monthStep)
                              .result()
                              .size();
        });
        out[key]["points"] = points;
    }
    out["raw_samples_in_range"] = {{"day", 86'400}, {"month", 30 * 1440 * properties}};
    return out;
}

enum class Recording { Off, EveryChange, OncePerSecond, ObserverOnly };

// 1,000 twins fed for `seconds`, as fast as they take events (rate 0) or at `rate` events/s
// (open loop, in ticks of 1 ms): events/s and commit latency, recording nothing, every change, or
// one sample per property and second (a rule with "interval": "PT1S").
nlohmann::json twinsRun(Recording recording, const QString &path, double seconds, double rate)
{
    EngineOptions eo;
    eo.mailboxCapacity = 1024;
    eo.overflowPolicy = OverflowPolicy::DropNewest;
    Engine engine(eo);
    Diagnostics d;
    engine.addModel(Bench::sensorModel(), d);
    std::vector<ProgrammaticPhysicalAdapter *> adapters;
    for (int i = 0; i < 1000; ++i) {
        TwinSetup s;
        s.id = QStringLiteral("s%1").arg(i);
        s.model = QStringLiteral("dtmi:bench:Sensor;1");
        auto a = std::make_unique<ProgrammaticPhysicalAdapter>(QStringLiteral("api"));
        adapters.push_back(a.get());
        s.physicalAdapters.push_back(std::move(a));
        engine.addTwin(std::move(s), d);
    }
    engine.startAll();
    std::shared_ptr<SqlHistoryStore> store;
    if (recording == Recording::ObserverOnly)
        engine.subscribeDirect(QStringLiteral("twins/#"), [](const StateChange &) {});
    else if (recording != Recording::Off) {
        HistoryConfig config;
        config.tiers = HistoryConfig::defaultTiers();
        config.queueCapacity = 1'000'000;
        if (recording == Recording::OncePerSecond) {
            HistoryRule rule;
            rule.sampling = HistorySampling::Interval;
            rule.interval = kSecond;
            config.rules.push_back(rule);
        }
        QString error;
        store = SqlHistoryStore::open(config, path, &error);
        store->attach(engine);
    }
    QStringList keys;
    for (int i = 0; i < 10; ++i)
        keys << QStringLiteral("p%1").arg(i);
    const std::uint64_t before = engine.metrics().changesOut;
    std::atomic<bool> stop{false};
    QElapsedTimer t;
    t.start();
    std::thread producer([&] {
        std::uint64_t n = 0;
        std::size_t i = 0;
        auto one = [&] {
            while (!adapters[i]->publishProperty(keys[static_cast<int>(n % 10)],
                                                 static_cast<double>(n)))
                std::this_thread::yield();
            ++n;
            if (++i == adapters.size())
                i = 0;
        };
        if (rate <= 0) {
            while (!stop.load(std::memory_order_relaxed))
                for (int burst = 0; burst < 256; ++burst)
                    one();
            return;
        }
        const double perTick = rate / 1000.0;
        double owed = 0;
        auto next = std::chrono::steady_clock::now();
        while (!stop.load(std::memory_order_relaxed)) {
            owed += perTick;
            for (; owed >= 1.0; owed -= 1.0)
                one();
            next += std::chrono::milliseconds(1);
            std::this_thread::sleep_until(next);
        }
    });
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    stop = true;
    producer.join();
    engine.stopAll();
    const double s = static_cast<double>(t.nsecsElapsed()) / 1e9;
    const EngineMetrics m = engine.metrics();
    static const char *names[] = {"off", "every change", "one a second per property",
                                  "an observer of every change that does nothing"};
    nlohmann::json j{{"recording", names[static_cast<int>(recording)]},
                     {"events_per_second", static_cast<double>(m.changesOut - before) / s},
                     {"commit_latency_p50_us", static_cast<double>(m.commitLatencyP50) / 1000.0},
                     {"commit_latency_p99_us", static_cast<double>(m.commitLatencyP99) / 1000.0}};
    if (store) {
        store->detach();
        store->flush(600'000);
        const HistoryStatus st = store->status();
        j["recorded"] = st.recorded;
        j["dropped_by_full_queue"] = st.dropped;
    }
    return j;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Options o;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--quick")) {
            o.quick = true;
            o.samples = 300'000;
        } else if (args[i] == QLatin1String("--samples") && i + 1 < args.size()) {
            o.samples = args[++i].toLongLong();
        } else if (args[i] == QLatin1String("--no-postgres")) {
            o.postgres = false;
        } else if (args[i] == QLatin1String("--only") && i + 1 < args.size()) {
            o.only = args[++i];
        } else {
            std::cerr << "usage: bench_history [--quick] [--samples N] [--no-postgres] "
                         "[--only ingest|queries|twins]\n";
            return 1;
        }
    }
    QTemporaryDir dir;
    nlohmann::json out;
    out["benchmark"] = "history";
    out["load_average_before"] = Bench::loadAverage();
    out["cores"] = std::thread::hardware_concurrency();
    auto wanted = [&](const char *part) {
        return o.only.isEmpty() || o.only == QLatin1String(part);
    };
    if (wanted("ingest")) {
        nlohmann::json sqlite;
        sqlite["twinloom"] = ingestThroughStore(dir.filePath(QStringLiteral("store.sqlite")), o);
        sqlite["floor_c_api"] = floorSqliteC(dir.filePath(QStringLiteral("floor-c.sqlite")), o);
        const QString qtPath = dir.filePath(QStringLiteral("floor-qt.sqlite"));
        sqlite["floor_qt_sql"] = floorQtSql(
            QStringLiteral("QSQLITE"), [&](QSqlDatabase &db) { db.setDatabaseName(qtPath); }, o);
        const double ours = sqlite["twinloom"].value("samples_per_second", 0.0);
        sqlite["share_of_c_api_floor"] =
            ours / sqlite["floor_c_api"].value("samples_per_second", 1.0);
        sqlite["share_of_qt_sql_floor"] =
            ours / sqlite["floor_qt_sql"].value("samples_per_second", 1.0);
        out["sqlite"] = sqlite;
        if (o.postgres && !Test::PostgresServer::binaries().isEmpty()) {
            Test::PostgresServer server;
            QString why;
            if (server.start(&why)) {
                qputenv("TWINLOOM_BENCH_PGPASSWORD", Test::PostgresServer::kPassword);
                nlohmann::json pg;
                pg["twinloom"] =
                    ingestThroughStore(server.url(QStringLiteral("TWINLOOM_BENCH_PGPASSWORD")), o);
                pg["floor_qt_sql"] = floorQtSql(
                    QStringLiteral("QPSQL"),
                    [&](QSqlDatabase &db) {
                        db.setHostName(QStringLiteral("127.0.0.1"));
                        db.setPort(server.port());
                        db.setUserName(QStringLiteral("twinloom"));
                        db.setPassword(QString::fromLatin1(Test::PostgresServer::kPassword));
                        db.setDatabaseName(QStringLiteral("postgres"));
                    },
                    o);
                pg["share_of_floor"] = pg["twinloom"].value("samples_per_second", 0.0) /
                                       pg["floor_qt_sql"].value("samples_per_second", 1.0);
                pg["note"] = "server with fsync=off on the same machine";
                out["postgresql"] = pg;
            } else {
                out["postgresql"] = {{"absent", why.toStdString()}};
            }
        } else {
            out["postgresql"] = {{"absent", "PostgreSQL is not installed or --no-postgres"}};
        }
    }
    if (wanted("queries"))
        out["queries"] = queries(dir, o);
    if (wanted("twins")) {
        const double seconds = o.quick ? 1.5 : 4.0;
        int run = 0;
        auto path = [&] { return dir.filePath(QStringLiteral("twins-%1.sqlite").arg(run++)); };
        nlohmann::json twins;
        twins["twins"] = 1000;
        // As fast as the twins go.
        nlohmann::json off = twinsRun(Recording::Off, {}, seconds, 0);
        nlohmann::json every = twinsRun(Recording::EveryChange, path(), seconds, 0);
        nlohmann::json sampled = twinsRun(Recording::OncePerSecond, path(), seconds, 0);
        nlohmann::json observer = twinsRun(Recording::ObserverOnly, {}, seconds, 0);
        const double base = off["events_per_second"].get<double>();
        twins["saturated"] = {off, every, sampled, observer};
        twins["throughput_cost_of_an_observer_alone"] =
            1.0 - observer["events_per_second"].get<double>() / base;
        twins["throughput_cost_every_change"] =
            1.0 - every["events_per_second"].get<double>() / base;
        twins["throughput_cost_one_a_second"] =
            1.0 - sampled["events_per_second"].get<double>() / base;
        // At 100,000 events/s, a rate the store takes whole: the twins' commit latency.
        twins["paced_100k"] = {twinsRun(Recording::Off, {}, seconds, 100'000),
                               twinsRun(Recording::EveryChange, path(), seconds, 100'000)};
        out["twins"] = twins;
    }
    out["load_average_after"] = Bench::loadAverage();
    std::cout << out.dump(2) << std::endl;
    return 0;
}
