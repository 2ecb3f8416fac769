// The persistent history on SQLite: configuration, recording rules, queries, tiers, and a store
// that cannot be written (a missing folder, a full or read-only file system, a corrupt file, a
// newer schema) while the twins go on.
#include "engine/engine.h"
#include "engine/history/sqlhistorystore.h"
#include "engine/project.h"
#include "tests/support/postgresserver.h"

#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>
#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <mutex>
#include <thread>
#include <unistd.h>

using namespace twinloom;

namespace {

constexpr Timestamp kSecond = 1'000'000;

const char *kRoomModel = R"({
  "@id": "dtmi:test:Room;1",
  "contents": [
    {"@type": "Property", "name": "temperature", "schema": "double"},
    {"@type": "Property", "name": "humidity", "schema": "double"},
    {"@type": "Property", "name": "label", "schema": "string"},
    {"@type": "Event", "name": "alarm", "schema": "string"}
  ]})";
const char *kDoorModel = R"({
  "@id": "dtmi:test:Door;1",
  "contents": [
    {"@type": "Property", "name": "open", "schema": "boolean"},
    {"@type": "Property", "name": "temperature", "schema": "double"}
  ]})";

HistoryConfig config(const char *json)
{
    Diagnostics d;
    auto c = HistoryConfig::fromJson(nlohmann::json::parse(json), QStringLiteral("/history"), d);
    if (!c)
        qWarning("%s", qPrintable(d.toString()));
    return c.value_or(HistoryConfig{});
}

// Runs `sql` on the SQLite file directly, as a tool would.
QVariant sqlite(const QString &path, const QString &sql)
{
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                result = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("t"));
    return result;
}

// Problems a store reports, from its writer thread.
struct Problems
{
    std::mutex mutex;
    QStringList failures;
    int recoveries = 0;
    SqlHistoryStore::ProblemHandler handler()
    {
        return [this](const QString &message, bool recovered) {
            std::lock_guard lock(mutex);
            if (recovered)
                ++recoveries;
            else
                failures.append(message);
        };
    }
    int failureCount()
    {
        std::lock_guard lock(mutex);
        return static_cast<int>(failures.size());
    }
    QString last()
    {
        std::lock_guard lock(mutex);
        return failures.isEmpty() ? QString() : failures.back();
    }
    int recoveryCount()
    {
        std::lock_guard lock(mutex);
        return recoveries;
    }
};

bool mountTmpfs(const QString &dir, const QString &options)
{
    if (::geteuid() != 0)
        return false;
    return QProcess::execute(QStringLiteral("mount"),
                             {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                              options, QStringLiteral("tmpfs"), dir}) == 0;
}

void remount(const QString &dir, const QString &options)
{
    QCOMPARE(QProcess::execute(QStringLiteral("mount"),
                               {QStringLiteral("-o"), QStringLiteral("remount,") + options, dir}),
             0);
}

void unmount(const QString &dir)
{
    QProcess::execute(QStringLiteral("umount"), {dir});
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private slots:
    void configuration();
    void configurationErrors();
    void projectSection();
    void timeArguments();
    void roundTrip();
    void limitKeepsNewest();
    void bucketsFromTiersMatchRaw();
    void retentionDeletesOldSamples();
    void recordingRules();
    void fullQueueDropsAndCounts();
    void newerSchemaIsRefused();
    void foreignDatabaseIsRefused();
    void corruptFileIsMovedAside();
    void fullFileSystem();
    void readOnlyFileSystem();
    void postgresRoundTrip();
    void postgresStoppedAndStartedMidStream();
    void postgresSharedByTwoRunners();
    void postgresWrongCredentials();
};

void TestHistory::configuration()
{
    const HistoryConfig c = config(R"({
      "location": "site.history.sqlite",
      "record": [
        {"twins": ["room-*"], "properties": ["temperature"], "events": [],
         "sampling": "deadband", "deadband": 0.5},
        {"models": "dtmi:test:Door;1", "sampling": "interval", "interval": "PT10S"}
      ],
      "retention": "P30D",
      "tiers": [{"step": "PT1M", "retention": "P1Y"}, {"step": "PT1H"}],
      "queue": 5000,
      "flushInterval": "PT0.5S"})");
    QCOMPARE(c.location, QStringLiteral("site.history.sqlite"));
    QCOMPARE(c.rules.size(), std::size_t(2));
    QCOMPARE(c.retention, 30 * 86'400 * kSecond);
    QCOMPARE(c.tiers.size(), std::size_t(2));
    QCOMPARE(c.tiers[0].step, 60 * kSecond);
    QVERIFY(std::abs(static_cast<double>(c.tiers[0].retention) - 365.2425 * 86'400e6) < 1e6);
    QCOMPARE(c.tiers[1].retention, Timestamp{0});
    QCOMPARE(c.queueCapacity, 5000);
    QCOMPARE(c.flushInterval, 500'000);

    const HistoryRule *r = c.ruleFor(QStringLiteral("room-7"), QStringLiteral("dtmi:test:Room;1"),
                                     false, QStringLiteral("temperature"));
    QVERIFY(r);
    QCOMPARE(r->sampling, HistorySampling::Deadband);
    QCOMPARE(r->deadband, 0.5);
    // room-7's humidity matches no rule (the door rule wants another model); its events neither.
    QVERIFY(!c.ruleFor(QStringLiteral("room-7"), QStringLiteral("dtmi:test:Room;1"), false,
                       QStringLiteral("humidity")));
    QVERIFY(!c.ruleFor(QStringLiteral("room-7"), QStringLiteral("dtmi:test:Room;1"), true,
                       QStringLiteral("alarm")));
    r = c.ruleFor(QStringLiteral("door-1"), QStringLiteral("dtmi:test:Door;1"), false,
                  QStringLiteral("open"));
    QVERIFY(r);
    QCOMPARE(r->interval, 10 * kSecond);

    // Without rules everything is recorded; without "tiers" the default ones apply.
    const HistoryConfig all = config("{}");
    QVERIFY(all.ruleFor(QStringLiteral("x"), QString(), true, QStringLiteral("y")));
    QCOMPARE(all.tiers.size(), HistoryConfig::defaultTiers().size());
    QVERIFY(config(R"({"tiers": []})").tiers.empty());
}

void TestHistory::configurationErrors()
{
    struct Case
    {
        const char *json;
        const char *pointer;
    };
    const Case cases[] = {
        {R"({"record": {}})", "/history/record"},
        {R"({"record": [{"sampling": "sometimes"}]})", "/history/record/0/sampling"},
        {R"({"record": [{"sampling": "deadband"}]})", "/history/record/0"},
        {R"({"record": [{"sampling": "deadband", "deadband": -1}]})", "/history/record/0/deadband"},
        {R"({"record": [{"properties": [3]}]})", "/history/record/0/properties/0"},
        {R"({"retention": "soon"})", "/history/retention"},
        {R"({"retention": "-P1D"})", "/history/retention"},
        {R"({"tiers": [{"step": "PT0.5S"}]})", "/history/tiers/0/step"},
        {R"({"tiers": [{"step": "PT1M"}, {"step": "PT90S"}]})", "/history/tiers/1/step"},
        {R"({"queue": 10})", "/history/queue"},
        {R"({"flushInterval": "PT5M"})", "/history/flushInterval"},
        {R"([])", "/history"},
    };
    for (const Case &c : cases) {
        Diagnostics d;
        const auto parsed =
            HistoryConfig::fromJson(nlohmann::json::parse(c.json), QStringLiteral("/history"), d);
        QVERIFY2(!parsed, c.json);
        QVERIFY2(d.toString().contains(QLatin1String(c.pointer)),
                 qPrintable(QLatin1String(c.json) + QStringLiteral(" → ") + d.toString()));
    }
    Diagnostics d;
    QVERIFY(HistoryConfig::fromJson(nlohmann::json::parse(R"({"retain": "P1D"})"),
                                    QStringLiteral("/history"), d));
    QVERIFY2(d.toString().contains(QLatin1String("/history/retain")), qPrintable(d.toString()));
}

void TestHistory::projectSection()
{
    const QByteArray text = R"({"format": "twinloom-project", "version": 1, "models": [],
      "twins": [], "history": {"retention": "P7D", "record": [{"twins": "a"}]}})";
    Diagnostics d;
    auto project = Project::fromBytes(text, d);
    QVERIFY2(project, qPrintable(d.toString()));
    QVERIFY(project->history());
    QCOMPARE(project->history()->retention, 7 * 86'400 * kSecond);

    Diagnostics bad;
    QVERIFY(!Project::fromBytes(R"({"format": "twinloom-project", "version": 1, "models": [],
      "twins": [], "history": {"retention": 0}})",
                                bad));
    QVERIFY2(bad.toString().contains(QLatin1String("/history/retention")),
             qPrintable(bad.toString()));
}

void TestHistory::timeArguments()
{
    const Timestamp now = 1'800'000'000 * kSecond;
    QCOMPARE(parseTimeArgument(u"now", now), now);
    QCOMPARE(parseTimeArgument(u"now-PT1H", now), now - 3600 * kSecond);
    QCOMPARE(parseTimeArgument(u"-P1D", now), now - 86'400 * kSecond);
    QCOMPARE(parseTimeArgument(u"1700000000.5", now), 1'700'000'000 * kSecond + 500'000);
    QCOMPARE(parseTimeArgument(u"2026-12-01T10:00:00Z", now),
             Clock::fromDateTime(QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC)));
    // No zone: UTC, as Twinloom prints times.
    QCOMPARE(parseTimeArgument(u"2026-12-01T10:00:00", now),
             Clock::fromDateTime(QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC)));
    QCOMPARE(parseTimeArgument(u"2026-12-01", now),
             Clock::fromDateTime(QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC)));
    QVERIFY(!parseTimeArgument(u"yesterday", now));
    QVERIFY(!parseTimeArgument(u"now-soon", now));
    QVERIFY(!parseTimeArgument(u"1e300", now));
    QVERIFY(!parseTimeArgument(u"-9000000000000", now)); // its distance to now overflows
}

void TestHistory::roundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/h.sqlite"));
    QString error;
    auto store = SqlHistoryStore::open(config("{}"), path, &error);
    QVERIFY2(store, qPrintable(error));
    const Timestamp t0 = Clock::now() - 100 * kSecond;
    const QString room = QStringLiteral("room-1");
    QVERIFY(store->append(room, false, QStringLiteral("temperature"), t0, Value(21.5)));
    QVERIFY(store->append(room, false, QStringLiteral("temperature"), t0 + kSecond, Value(22.0)));
    QVERIFY(store->append(room, false, QStringLiteral("temperature"), t0 + 2 * kSecond,
                          Value(std::int64_t{23})));
    QVERIFY(
        store->append(room, false, QStringLiteral("label"), t0, Value(QStringLiteral("a, \"b\""))));
    QVERIFY(store->append(room, false, QStringLiteral("on"), t0, Value(true)));
    QVERIFY(store->append(room, false, QStringLiteral("pos"), t0,
                          Value(ValueObject{{QStringLiteral("x"), Value(1.5)},
                                            {QStringLiteral("tags"),
                                             Value(ValueArray{Value(QStringLiteral("t"))})}})));
    QVERIFY(store->append(room, true, QStringLiteral("alarm"), t0, Value(QStringLiteral("smoke"))));
    QVERIFY(store->append(room, true, QStringLiteral("ping"), t0, Value()));
    // Two samples in the same microsecond are both kept.
    QVERIFY(store->append(room, true, QStringLiteral("alarm"), t0, Value(QStringLiteral("fire"))));
    QVERIFY(store->flush(10000));
    QCOMPARE(store->status().recorded, std::uint64_t(9));
    QVERIFY(store->status().writing);

    auto temps =
        store->samples(room, QStringLiteral("temperature"), false, 0, kHistoryEnd, 100).result();
    QCOMPARE(temps.size(), std::size_t(3));
    QCOMPARE(temps[0].time, t0);
    QCOMPARE(temps[0].value, Value(21.5));
    QCOMPARE(temps[2].value.type(), Value::Type::Double); // the series' type is the first's
    QCOMPARE(temps[2].value.toDouble(), 23.0);
    // A range is [from, to).
    temps = store
                ->samples(room, QStringLiteral("temperature"), false, t0 + kSecond,
                          t0 + 2 * kSecond, 100)
                .result();
    QCOMPARE(temps.size(), std::size_t(1));
    QCOMPARE(temps[0].value, Value(22.0));

    auto label = store->samples(room, QStringLiteral("label"), false, 0, kHistoryEnd, 10).result();
    QCOMPARE(label.size(), std::size_t(1));
    QCOMPARE(label[0].value, Value(QStringLiteral("a, \"b\"")));
    auto on = store->samples(room, QStringLiteral("on"), false, 0, kHistoryEnd, 10).result();
    QCOMPARE(on.at(0).value, Value(true));
    auto pos = store->samples(room, QStringLiteral("pos"), false, 0, kHistoryEnd, 10).result();
    QCOMPARE(pos.at(0).value.field(u"x")->toDouble(), 1.5);
    QCOMPARE(pos.at(0).value.toJson().dump(), std::string(R"({"tags":["t"],"x":1.5})"));
    auto alarms = store->samples(room, QStringLiteral("alarm"), true, 0, kHistoryEnd, 10).result();
    QCOMPARE(alarms.size(), std::size_t(2));
    QCOMPARE(alarms[0].value, Value(QStringLiteral("smoke")));
    QCOMPARE(alarms[1].value, Value(QStringLiteral("fire")));
    QCOMPARE(alarms[1].time, t0 + 1);
    auto pings = store->samples(room, QStringLiteral("ping"), true, 0, kHistoryEnd, 10).result();
    QCOMPARE(pings.size(), std::size_t(1));
    QVERIFY(pings[0].value.isNull());
    // A property and an event of one name are apart.
    QVERIFY(
        store->samples(room, QStringLiteral("alarm"), false, 0, kHistoryEnd, 10).result().empty());

    auto at = store->valueAt(room, QStringLiteral("temperature"), t0 + kSecond + 500'000).result();
    QVERIFY(at);
    QCOMPARE(at->value, Value(22.0));
    QVERIFY(!store->valueAt(room, QStringLiteral("temperature"), t0 - 1).result());
    QVERIFY(!store->valueAt(QStringLiteral("nobody"), QStringLiteral("x"), t0).result());

    // Everything is there after the store is closed and opened again.
    store.reset();
    store = SqlHistoryStore::open(config("{}"), path, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->samples(room, QStringLiteral("temperature"), false, 0, kHistoryEnd, 100)
                 .result()
                 .size(),
             std::size_t(3));
    const auto report = SqlHistoryStore::check(path);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.sampleCount, 9);
    QCOMPARE(report.oldest, t0);
    QCOMPARE(report.newest, t0 + 2 * kSecond);
    QCOMPARE(report.schemaVersion, SqlHistoryStore::kSchemaVersion);
}

void TestHistory::limitKeepsNewest()
{
    QTemporaryDir dir;
    QString error;
    auto store =
        SqlHistoryStore::open(config("{}"), dir.filePath(QStringLiteral("h.sqlite")), &error);
    QVERIFY2(store, qPrintable(error));
    const Timestamp t0 = 1'000 * kSecond;
    for (int i = 0; i < 50; ++i)
        QVERIFY(store->append(QStringLiteral("r"), false, QStringLiteral("v"), t0 + i * kSecond,
                              Value(double(i))));
    QVERIFY(store->flush(10000));
    const auto last =
        store->samples(QStringLiteral("r"), QStringLiteral("v"), false, 0, kHistoryEnd, 5).result();
    QCOMPARE(last.size(), std::size_t(5));
    QCOMPARE(last.front().value.toDouble(), 45.0);
    QCOMPARE(last.back().value.toDouble(), 49.0);
}

void TestHistory::bucketsFromTiersMatchRaw()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    QString error;
    const HistoryConfig tiers =
        config(R"({"tiers": [{"step": "PT1M"}, {"step": "PT1H"}], "flushInterval": "PT0.05S"})");
    auto store = SqlHistoryStore::open(tiers, path, &error);
    QVERIFY2(store, qPrintable(error));
    // Three hours and a half of 1 Hz samples, starting at a whole hour, and their expected
    // hourly buckets.
    const Timestamp start = (Clock::now() / (3600 * kSecond) - 10) * 3600 * kSecond;
    const int n = 3 * 3600 + 1800;
    auto valueOf = [](int i) { return std::sin(i / 100.0) * 10 + (i % 7); };
    for (int i = 0; i < n; ++i)
        QVERIFY(store->append(QStringLiteral("r"), false, QStringLiteral("v"), start + i * kSecond,
                              Value(valueOf(i))));
    QVERIFY(store->flush(20000));
    store.reset(); // writes the tiers' open buckets
    QVERIFY(SqlHistoryStore::check(path).rollupCount >= 3 * 60 + 30 + 3);

    store = SqlHistoryStore::open(tiers, path, &error);
    QVERIFY2(store, qPrintable(error));
    for (const Timestamp step : {3600 * kSecond, 600 * kSecond, 90 * kSecond}) {
        const auto buckets = store
                                 ->buckets(QStringLiteral("r"), QStringLiteral("v"), start,
                                           start + n * kSecond, step)
                                 .result();
        const std::size_t expectedCount = static_cast<std::size_t>((n * kSecond + step - 1) / step);
        QCOMPARE(buckets.size(), expectedCount);
        for (std::size_t b = 0; b < buckets.size(); ++b) {
            const int first = static_cast<int>(b * step / kSecond);
            const int last = std::min(n, static_cast<int>((b + 1) * step / kSecond));
            double mn = 1e300, mx = -1e300, sum = 0;
            for (int i = first; i < last; ++i) {
                mn = std::min(mn, valueOf(i));
                mx = std::max(mx, valueOf(i));
                sum += valueOf(i);
            }
            QCOMPARE(buckets[b].start, start + static_cast<Timestamp>(b) * step);
            QCOMPARE(buckets[b].count, std::uint64_t(last - first));
            QCOMPARE(buckets[b].min, mn);
            QCOMPARE(buckets[b].max, mx);
            QVERIFY(std::abs(buckets[b].mean - sum / (last - first)) < 1e-9);
        }
    }
    // A range without samples has no buckets: a plot shows the gap.
    QVERIFY(store
                ->buckets(QStringLiteral("r"), QStringLiteral("v"), start - 7200 * kSecond, start,
                          3600 * kSecond)
                .result()
                .empty());
}

void TestHistory::retentionDeletesOldSamples()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    QString error;
    const Timestamp now = Clock::now();
    {
        auto store =
            SqlHistoryStore::open(config(R"({"tiers": [{"step": "PT1M"}]})"), path, &error);
        QVERIFY2(store, qPrintable(error));
        for (int day = 9; day >= 0; --day)
            QVERIFY(store->append(QStringLiteral("r"), false, QStringLiteral("v"),
                                  now - day * 86'400 * kSecond, Value(double(day))));
        QVERIFY(store->flush(10000));
    }
    auto store = SqlHistoryStore::open(
        config(R"({"retention": "P3D", "tiers": [{"step": "PT1M", "retention": "P5D"}]})"), path,
        &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(store->flush(10000)); // a retention pass runs right after opening
    const auto left =
        store->samples(QStringLiteral("r"), QStringLiteral("v"), false, 0, kHistoryEnd, 100)
            .result();
    QCOMPARE(left.size(), std::size_t(3)); // days 0, 1 and 2
    QCOMPARE(sqlite(path, QStringLiteral("SELECT count(*) FROM rollups")).toInt(), 5);
}

void TestHistory::recordingRules()
{
    Engine engine;
    Diagnostics d;
    QVERIFY(engine.addModel(nlohmann::json::parse(kRoomModel), d));
    QVERIFY(engine.addModel(nlohmann::json::parse(kDoorModel), d));
    for (const char *twin : {R"({"id": "room-1", "model": "dtmi:test:Room;1"})",
                             R"({"id": "room-2", "model": "dtmi:test:Room;1"})",
                             R"({"id": "door-1", "model": "dtmi:test:Door;1"})"}) {
        nlohmann::json j = nlohmann::json::parse(twin);
        j["physicalAdapters"] = nlohmann::json::parse(R"([{"id": "dev", "type": "api"}])");
        auto desc = TwinDescriptor::fromJson(j, QStringLiteral("/twins/0"), d);
        QVERIFY2(desc && engine.addTwin(*desc, d), qPrintable(d.toString()));
    }
    engine.startAll();
    QTemporaryDir dir;
    QString error;
    auto store = SqlHistoryStore::open(config(R"({"record": [
        {"twins": "room-1", "properties": "temperature", "events": "*",
         "sampling": "deadband", "deadband": 0.5},
        {"twins": "room-*", "properties": ["humidity"], "events": []},
        {"models": ["dtmi:test:Door;1"], "properties": "*", "events": [],
         "sampling": "interval", "interval": "PT1H"}
      ]})"),
                                       dir.filePath(QStringLiteral("h.sqlite")), &error);
    QVERIFY2(store, qPrintable(error));
    store->attach(engine);
    auto feed = [&](const char *twin, const char *key, Value v, bool event = false) {
        PhysicalEvent e;
        e.key = QString::fromLatin1(key);
        e.value = std::move(v);
        if (event)
            e.kind = PhysicalEvent::Kind::Event;
        QVERIFY(engine.ingest(QString::fromLatin1(twin), std::move(e)));
    };
    for (double t : {20.0, 20.2, 20.6, 20.7, 19.9, 30.0})
        feed("room-1", "temperature", Value(t));
    for (double h : {40.0, 41.0})
        feed("room-1", "humidity", Value(h));
    feed("room-1", "alarm", Value(QStringLiteral("smoke")), true);
    for (double t : {20.0, 21.0})
        feed("room-2", "temperature", Value(t)); // room-2's temperature is not recorded
    feed("room-2", "humidity", Value(50.0));
    feed("room-2", "alarm", Value(QStringLiteral("x")), true); // nor its events
    feed("door-1", "open", Value(true));
    feed("door-1", "open", Value(false)); // within the hour: not recorded
    for (const char *twin : {"room-1", "room-2", "door-1"})
        engine.snapshot(QString::fromLatin1(twin)).waitForFinished(); // after what was fed
    QVERIFY(store->flush(10000));

    auto values = [&](const char *twin, const char *name, bool event = false) {
        QList<double> out;
        for (const HistorySample &s :
             store
                 ->samples(QString::fromLatin1(twin), QString::fromLatin1(name), event, 0,
                           kHistoryEnd, 100)
                 .result())
            out.append(s.value.isNull() ? -1 : s.value.number().value_or(-2));
        return out;
    };
    QCOMPARE(values("room-1", "temperature"), (QList<double>{20.0, 20.6, 19.9, 30.0}));
    QCOMPARE(values("room-1", "humidity"), (QList<double>{40.0, 41.0}));
    QCOMPARE(values("room-1", "alarm", true).size(), 1);
    QVERIFY(values("room-2", "temperature").isEmpty());
    QCOMPARE(values("room-2", "humidity"), (QList<double>{50.0}));
    QVERIFY(values("room-2", "alarm", true).isEmpty());
    QCOMPARE(values("door-1", "open").size(), 1);
    store->detach();
    engine.stopAll();
}

void TestHistory::fullQueueDropsAndCounts()
{
    QTemporaryDir dir;
    // The store's folder cannot be made while a file stands in its way.
    const QString blocker = dir.filePath(QStringLiteral("store"));
    {
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    Problems problems;
    QString error;
    auto store =
        SqlHistoryStore::open(config(R"({"queue": 1000, "flushInterval": "PT0.01S"})"),
                              blocker + QStringLiteral("/h.sqlite"), &error, problems.handler());
    QVERIFY2(store, qPrintable(error));
    QVERIFY(!store->status().writing);
    QCOMPARE(problems.failureCount(), 1);
    QVERIFY2(problems.last().contains(QLatin1String("cannot create the folder")),
             qPrintable(problems.last()));
    const Timestamp t0 = Clock::now();
    int accepted = 0;
    for (int i = 0; i < 1500; ++i)
        accepted +=
            store->append(QStringLiteral("r"), false, QStringLiteral("v"), t0 + i, Value(double(i)))
                ? 1
                : 0;
    QCOMPARE(accepted, 1000);
    QCOMPARE(store->status().dropped, std::uint64_t(500));
    QCOMPARE(store->status().pending, std::uint64_t(1000));
    QTest::qWait(300); // retries meanwhile: still one report
    QCOMPARE(problems.failureCount(), 1);
    QVERIFY(store->status().failures >= 2);

    // The way is cleared: recording resumes by itself, with everything it held.
    QVERIFY(QFile::remove(blocker));
    QVERIFY(QDir().mkpath(blocker));
    QTRY_VERIFY_WITH_TIMEOUT(store->status().writing, 15000);
    QVERIFY(store->flush(10000));
    QCOMPARE(store->status().recorded, std::uint64_t(1000));
    QCOMPARE(store->status().pending, std::uint64_t(0));
    QCOMPARE(problems.recoveryCount(), 1);
    const auto stored =
        store->samples(QStringLiteral("r"), QStringLiteral("v"), false, 0, kHistoryEnd, 5000)
            .result();
    QCOMPARE(stored.size(), std::size_t(1000));
    QCOMPARE(stored.back().value.toDouble(), 999.0);
}

void TestHistory::newerSchemaIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    QString error;
    QVERIFY(SqlHistoryStore::open(config("{}"), path, &error));
    sqlite(path, QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema'"));
    QCOMPARE(sqlite(path, QStringLiteral("SELECT value FROM meta WHERE key = 'schema'")).toInt(),
             99);
    QVERIFY(!SqlHistoryStore::open(config("{}"), path, &error));
    QVERIFY2(error.contains(QLatin1String("newer version")) && error.contains(path),
             qPrintable(error));
    const auto report = SqlHistoryStore::check(path);
    QVERIFY(!report.ok);
    QVERIFY2(report.error.contains(QLatin1String("newer")), qPrintable(report.error));
}

void TestHistory::foreignDatabaseIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    sqlite(path, QStringLiteral("CREATE TABLE customers(id INTEGER)"));
    QString error;
    QVERIFY(!SqlHistoryStore::open(config("{}"), path, &error));
    QVERIFY2(error.contains(QLatin1String("no Twinloom history")), qPrintable(error));
    QCOMPARE(sqlite(path, QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt(), 1);
}

void TestHistory::corruptFileIsMovedAside()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    }
    Problems problems;
    QString error;
    auto store = SqlHistoryStore::open(config(R"({"flushInterval": "PT0.01S"})"), path, &error,
                                       problems.handler());
    QVERIFY2(store, qPrintable(error));
    QVERIFY(
        store->append(QStringLiteral("r"), false, QStringLiteral("v"), Clock::now(), Value(1.0)));
    QVERIFY(store->flush(10000));
    QTRY_VERIFY(store->status().writing);
    QCOMPARE(problems.failureCount(), 1);
    QVERIFY2(problems.last().contains(QLatin1String("moved aside")), qPrintable(problems.last()));
    const QStringList aside =
        QDir(dir.path()).entryList({QStringLiteral("h.sqlite.corrupt-*")}, QDir::Files);
    QVERIFY2(!aside.isEmpty(), qPrintable(QDir(dir.path()).entryList().join(u' ')));
    QFile kept(dir.filePath(aside.front()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray(8192, 'x')); // untouched
    QCOMPARE(store->status().recorded, std::uint64_t(1));
    QVERIFY(SqlHistoryStore::check(path).ok);
}

void TestHistory::fullFileSystem()
{
    QTemporaryDir dir;
    if (!mountTmpfs(dir.path(), QStringLiteral("size=2m")))
        QSKIP("cannot mount a tmpfs here (needs root): the full file system is not tried");
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    Problems problems;
    QString error;
    {
        auto store = SqlHistoryStore::open(
            config(R"({"queue": 100000, "flushInterval": "PT0.02S", "tiers": []})"), path, &error,
            problems.handler());
        QVERIFY2(store, qPrintable(error));
        // Text samples of 1 KiB until the 2 MiB are full.
        const QString text(1024, QLatin1Char('t'));
        const Timestamp t0 = Clock::now();
        int accepted = 0;
        for (int i = 0; i < 4000 && problems.failureCount() == 0; ++i) {
            accepted += store->append(QStringLiteral("r"), false, QStringLiteral("log"), t0 + i,
                                      Value(text + QString::number(i)))
                            ? 1
                            : 0;
            if (i % 200 == 0)
                store->flush(5000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(problems.failureCount(), 1, 10000);
        QVERIFY2(problems.last().contains(QLatin1String("full"), Qt::CaseInsensitive),
                 qPrintable(problems.last()));
        const std::uint64_t before = store->status().recorded;
        QVERIFY(store->status().pending > 0);
        // More room: it resumes and writes what it held.
        remount(dir.path(), QStringLiteral("size=64m"));
        QTRY_VERIFY_WITH_TIMEOUT(store->status().writing, 15000);
        QVERIFY(store->flush(10000));
        QCOMPARE(store->status().pending, std::uint64_t(0));
        QCOMPARE(store->status().recorded, std::uint64_t(accepted));
        QVERIFY(store->status().recorded > before);
        QCOMPARE(problems.recoveryCount(), 1);
    }
    const auto report = SqlHistoryStore::check(path);
    QVERIFY2(report.ok, qPrintable(report.error + report.integrity.join(u' ')));
    unmount(dir.path());
}

void TestHistory::readOnlyFileSystem()
{
    // A store that is read-only when the twins start (a read-only mount as root, a file without
    // write permission otherwise) and is made writable while they run.
    QTemporaryDir dir;
    const bool mounted = mountTmpfs(dir.path(), QStringLiteral("size=16m"));
    if (!mounted && ::geteuid() == 0)
        QSKIP("cannot mount a tmpfs here: the read-only store is not tried");
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    const HistoryConfig fast = config(R"({"flushInterval": "PT0.02S"})");
    const Timestamp t0 = Clock::now();
    QString error;
    {
        auto store = SqlHistoryStore::open(fast, path, &error);
        QVERIFY2(store, qPrintable(error));
        for (int i = 0; i < 100; ++i)
            QVERIFY(store->append(QStringLiteral("r"), false, QStringLiteral("v"), t0 + i,
                                  Value(double(i))));
    }
    if (mounted)
        remount(dir.path(), QStringLiteral("ro"));
    else
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    Problems problems;
    {
        auto store = SqlHistoryStore::open(fast, path, &error, problems.handler());
        QVERIFY2(store, qPrintable(error));
        for (int i = 100; i < 200; ++i)
            QVERIFY(store->append(QStringLiteral("r"), false, QStringLiteral("v"), t0 + i,
                                  Value(double(i))));
        QTRY_COMPARE_WITH_TIMEOUT(problems.failureCount(), 1, 10000);
        QVERIFY2(problems.last().contains(path), qPrintable(problems.last()));
        QVERIFY(!store->status().writing);
        QTest::qWait(300);
        QCOMPARE(problems.failureCount(), 1); // retried, reported once
        QCOMPARE(store->status().pending, std::uint64_t(100));
        if (mounted)
            remount(dir.path(), QStringLiteral("rw"));
        else
            QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        QTRY_VERIFY_WITH_TIMEOUT(store->status().writing, 15000);
        QVERIFY(store->flush(10000));
        QCOMPARE(store->status().recorded, std::uint64_t(100));
        QCOMPARE(problems.recoveryCount(), 1);
    }
    QCOMPARE(SqlHistoryStore::check(path).sampleCount, 200);
    if (mounted)
        unmount(dir.path());
}

namespace {
const char *kPasswordVariable = "TWINLOOM_TEST_PGPASSWORD";

bool startPostgres(Test::PostgresServer &server)
{
    QString why;
    if (!server.start(&why)) {
        qWarning("%s", qPrintable(why));
        return false;
    }
    qputenv(kPasswordVariable, Test::PostgresServer::kPassword);
    return true;
}
} // namespace

void TestHistory::postgresRoundTrip()
{
    if (Test::PostgresServer::binaries().isEmpty())
        QSKIP("PostgreSQL is not installed (scripts/setup installs it)");
    Test::PostgresServer server;
    QVERIFY(startPostgres(server));
    const QString url = server.url(QLatin1String(kPasswordVariable));
    QString error;
    const HistoryConfig tiers =
        config(R"({"tiers": [{"step": "PT1M"}], "flushInterval": "PT0.05S"})");
    const Timestamp start = (Clock::now() / (3600 * kSecond) - 2) * 3600 * kSecond;
    {
        auto store = SqlHistoryStore::open(tiers, url, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->status().backend, QStringLiteral("postgresql"));
        QVERIFY2(!store->status().location.contains(QLatin1String(Test::PostgresServer::kPassword)),
                 qPrintable(store->status().location));
        for (int i = 0; i < 3600; ++i)
            QVERIFY(store->append(QStringLiteral("room-1"), false, QStringLiteral("t"),
                                  start + i * kSecond, Value(double(i % 100))));
        QVERIFY(store->append(QStringLiteral("room-1"), true, QStringLiteral("alarm"), start,
                              Value(ValueObject{{QStringLiteral("level"), Value(3)}})));
        QVERIFY(store->flush(20000));
        QVERIFY2(store->status().writing, qPrintable(store->status().error));
        QCOMPARE(store->status().recorded, std::uint64_t(3601));
    }
    auto store = SqlHistoryStore::open(tiers, url, &error);
    QVERIFY2(store, qPrintable(error));
    const auto samples =
        store->samples(QStringLiteral("room-1"), QStringLiteral("t"), false, 0, kHistoryEnd, 10000)
            .result();
    QCOMPARE(samples.size(), std::size_t(3600));
    QCOMPARE(samples[150].value.toDouble(), 50.0);
    const auto buckets = store
                             ->buckets(QStringLiteral("room-1"), QStringLiteral("t"), start,
                                       start + 3600 * kSecond, 600 * kSecond)
                             .result();
    QCOMPARE(buckets.size(), std::size_t(6));
    QCOMPARE(buckets[0].count, std::uint64_t(600));
    QCOMPARE(buckets[0].min, 0.0);
    QCOMPARE(buckets[0].max, 99.0);
    QCOMPARE(buckets[0].mean, 49.5);
    const auto alarm =
        store->samples(QStringLiteral("room-1"), QStringLiteral("alarm"), true, 0, kHistoryEnd, 10)
            .result();
    QCOMPARE(alarm.size(), std::size_t(1));
    QCOMPARE(alarm[0].value.field(u"level")->toInt(), 3);
    auto at = store->valueAt(QStringLiteral("room-1"), QStringLiteral("t"), start + 10 * kSecond)
                  .result();
    QVERIFY(at);
    QCOMPARE(at->value.toDouble(), 10.0);
    const auto report = SqlHistoryStore::check(url);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.sampleCount, 3601);
    QVERIFY(report.rollupCount >= 60);
}

void TestHistory::postgresStoppedAndStartedMidStream()
{
    if (Test::PostgresServer::binaries().isEmpty())
        QSKIP("PostgreSQL is not installed (scripts/setup installs it)");
    Test::PostgresServer server;
    QVERIFY(startPostgres(server));
    Problems problems;
    QString error;
    auto store = SqlHistoryStore::open(config(R"({"flushInterval": "PT0.05S"})"),
                                       server.url(QLatin1String(kPasswordVariable)), &error,
                                       problems.handler());
    QVERIFY2(store, qPrintable(error));
    const Timestamp t0 = Clock::now();
    int next = 0;
    auto feed = [&](int count) {
        for (int i = 0; i < count; ++i, ++next)
            QVERIFY(store->append(QStringLiteral("r"), false, QStringLiteral("v"), t0 + next * 1000,
                                  Value(double(next))));
    };
    feed(1000);
    QVERIFY(store->flush(10000));
    QCOMPARE(store->status().recorded, std::uint64_t(1000));
    server.stop();
    // The twins go on while the database is away.
    for (int round = 0; round < 10; ++round) {
        feed(100);
        QTest::qWait(50);
    }
    QTRY_COMPARE_WITH_TIMEOUT(problems.failureCount(), 1, 10000);
    QVERIFY(!store->status().writing);
    QVERIFY(store->status().pending > 0);
    feed(500);
    QVERIFY(startPostgres(server));
    QTRY_VERIFY_WITH_TIMEOUT(store->status().writing, 20000);
    QVERIFY(store->flush(10000));
    QCOMPARE(problems.failureCount(), 1);
    QCOMPARE(problems.recoveryCount(), 1);
    QCOMPARE(store->status().recorded, std::uint64_t(2500));
    QCOMPARE(store->status().dropped, std::uint64_t(0));
    const auto all =
        store->samples(QStringLiteral("r"), QStringLiteral("v"), false, 0, kHistoryEnd, 10000)
            .result();
    QCOMPARE(all.size(), std::size_t(2500));
    for (std::size_t i = 0; i < all.size(); ++i)
        QCOMPARE(all[i].value.toDouble(), double(i)); // nothing lost, nothing twice
}

void TestHistory::postgresSharedByTwoRunners()
{
    if (Test::PostgresServer::binaries().isEmpty())
        QSKIP("PostgreSQL is not installed (scripts/setup installs it)");
    Test::PostgresServer server;
    QVERIFY(startPostgres(server));
    const QString url = server.url(QLatin1String(kPasswordVariable));
    QString error;
    const HistoryConfig c = config(R"({"flushInterval": "PT0.02S"})");
    // Two runners start at once on an empty database: both make the tables, neither fails.
    std::shared_ptr<SqlHistoryStore> a, b;
    QString otherError;
    std::thread other([&] { b = SqlHistoryStore::open(c, url, &otherError); });
    a = SqlHistoryStore::open(c, url, &error);
    other.join();
    QVERIFY2(a && b, qPrintable(error + QLatin1String(" / ") + otherError));
    const Timestamp t0 = Clock::now();
    for (int i = 0; i < 500; ++i) {
        QVERIFY(a->append(QStringLiteral("edge-1-room"), false, QStringLiteral("t"), t0 + i,
                          Value(1.0)));
        QVERIFY(b->append(QStringLiteral("edge-2-room"), false, QStringLiteral("t"), t0 + i,
                          Value(2.0)));
    }
    QVERIFY(a->flush(10000));
    QVERIFY(b->flush(10000));
    QVERIFY2(a->status().writing && b->status().writing,
             qPrintable(a->status().error + b->status().error));
    // Each reads what the other wrote.
    QCOMPARE(
        a->samples(QStringLiteral("edge-2-room"), QStringLiteral("t"), false, 0, kHistoryEnd, 1000)
            .result()
            .size(),
        std::size_t(500));
    QCOMPARE(SqlHistoryStore::check(url).seriesCount, 2);
}

void TestHistory::postgresWrongCredentials()
{
    if (Test::PostgresServer::binaries().isEmpty())
        QSKIP("PostgreSQL is not installed (scripts/setup installs it)");
    Test::PostgresServer server;
    QVERIFY(startPostgres(server));
    Problems problems;
    QString error;
    qputenv("TWINLOOM_TEST_PGWRONG", "not the password");
    auto store =
        SqlHistoryStore::open(config("{}"), server.url(QStringLiteral("TWINLOOM_TEST_PGWRONG")),
                              &error, problems.handler());
    QVERIFY2(store, qPrintable(error)); // retried: a password may be changed on the server
    QCOMPARE(problems.failureCount(), 1);
    QVERIFY2(problems.last().contains(QLatin1String("password")), qPrintable(problems.last()));
    QVERIFY(!problems.last().contains(QLatin1String("not the password")));
    // A variable that is not set, and URLs that are not ones, are errors at once.
    QVERIFY(!SqlHistoryStore::open(config("{}"), server.url(QStringLiteral("TWINLOOM_UNSET_X")),
                                   &error));
    QVERIFY2(error.contains(QLatin1String("TWINLOOM_UNSET_X")), qPrintable(error));
    QVERIFY(!SqlHistoryStore::open(config("{}"), QStringLiteral("mysql://x/y"), &error));
    QVERIFY(
        !SqlHistoryStore::open(config("{}"), QStringLiteral("postgresql://127.0.0.1:5/"), &error));
    QVERIFY2(error.contains(QLatin1String("no database")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
