// twinloom-run with a history store, as a user runs it: recording, --query, --history-check, a
// store that cannot be used, and kill -9 in the middle of 10,000 samples a second.
#include "engine/clock.h"
#include "engine/history/sqlhistorystore.h"

#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>
#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

#include <csignal>

using namespace twinloom;

namespace {

constexpr Timestamp kMs = 1000;

// `twins` twins, each with a simulated device producing property "v" at `rate` samples/s.
QByteArray project(int twins, double rate, const nlohmann::json &history = nullptr)
{
    nlohmann::json p;
    p["format"] = "twinloom-project";
    p["version"] = 1;
    p["name"] = "recorded";
    p["models"] = nlohmann::json::parse(R"([{"@id": "dtmi:test:Meter;1", "contents": [
        {"@type": "Property", "name": "v", "schema": "double"},
        {"@type": "Property", "name": "label", "schema": "string"}]}])");
    p["twins"] = nlohmann::json::array();
    for (int i = 0; i < twins; ++i) {
        nlohmann::json sim;
        sim["rate"] = rate;
        sim["signals"] =
            nlohmann::json::parse(R"([{"name": "v", "generator": "sawtooth", "period": "PT1S"}])");
        p["twins"].push_back(
            {{"id", "meter-" + std::to_string(i)},
             {"model", "dtmi:test:Meter;1"},
             {"physicalAdapters", {{{"id", "sim"}, {"type", "sim"}, {"config", sim}}}}});
    }
    if (!history.is_null())
        p["history"] = history;
    return QByteArray::fromStdString(p.dump(2));
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Result run(const QStringList &args, int timeoutMs = 60000)
{
    QProcess p;
    p.start(QStringLiteral(TWINLOOM_RUN), args);
    Result r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestHistoryRun : public QObject
{
    Q_OBJECT

private slots:
    void recordsQueriesAndChecks();
    void historySectionBesideTheProject();
    void unusableStores();
    void killNineLosesAtMostOneInterval();
};

void TestHistoryRun::recordsQueriesAndChecks()
{
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("site.twinloom.json"), project(2, 50));
    const QString store = dir.filePath(QStringLiteral("h.sqlite"));
    const Timestamp before = Clock::now();
    auto r = run({path, QStringLiteral("--duration"), QStringLiteral("1.5"),
                  QStringLiteral("--history"), store});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("recording history into"), r.err.constData());
    QVERIFY2(r.err.contains("0 dropped"), r.err.constData());

    auto check = run({QStringLiteral("--history-check"), store});
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.out.contains("integrity: ok"), check.out.constData());
    QVERIFY2(check.out.contains("series: 2,"), check.out.constData());

    // JSON lines, one sample each, in time order.
    auto q = run({QStringLiteral("--history"), store, QStringLiteral("--query"),
                  QStringLiteral("meter-0/v")});
    QCOMPARE(q.exitCode, 0);
    const QList<QByteArray> lines = q.out.trimmed().split('\n');
    QVERIFY2(lines.size() >= 50, q.out.constData());
    Timestamp last = 0;
    for (const QByteArray &line : lines) {
        const auto j = nlohmann::json::parse(line.toStdString());
        const auto t = parseTimeArgument(QString::fromStdString(j["time"].get<std::string>()), 0);
        QVERIFY(t && *t > last && *t >= before);
        last = *t;
        QVERIFY(j["value"].is_number());
    }
    // CSV buckets of 100 ms.
    auto b = run({QStringLiteral("--history"), store, QStringLiteral("--query"),
                  QStringLiteral("meter-1/v"), QStringLiteral("--from"), QStringLiteral("now-PT1M"),
                  QStringLiteral("--step"), QStringLiteral("PT0.1S"), QStringLiteral("--csv")});
    QCOMPARE(b.exitCode, 0);
    const QList<QByteArray> rows = b.out.trimmed().split('\n');
    QCOMPARE(rows.front(), QByteArray("time,count,min,max,mean"));
    QVERIFY(rows.size() >= 10);
    int counted = 0;
    for (qsizetype i = 1; i < rows.size(); ++i)
        counted += rows[i].split(',')[1].toInt();
    auto all = run({QStringLiteral("--history"), store, QStringLiteral("--query"),
                    QStringLiteral("meter-1/v"), QStringLiteral("--csv")});
    QCOMPARE(counted, all.out.trimmed().split('\n').size() - 1);
    // The value at a time.
    auto at = run({QStringLiteral("--history"), store, QStringLiteral("--query"),
                   QStringLiteral("meter-0/v"), QStringLiteral("--at"), QStringLiteral("now")});
    QCOMPARE(at.exitCode, 0);
    QCOMPARE(at.out.trimmed(), lines.back());

    // Mistakes say what is wrong.
    QCOMPARE(run({QStringLiteral("--query"), QStringLiteral("meter-0/v")}).exitCode, 1);
    QCOMPARE(run({QStringLiteral("--history"), store, QStringLiteral("--query"),
                  QStringLiteral("meter-0")})
                 .exitCode,
             1);
    auto badTime = run({QStringLiteral("--history"), store, QStringLiteral("--query"),
                        QStringLiteral("meter-0/v"), QStringLiteral("--from"),
                        QStringLiteral("last tuesday")});
    QCOMPARE(badTime.exitCode, 1);
    QVERIFY2(badTime.err.contains("--from takes a time"), badTime.err.constData());
    auto missing = run({QStringLiteral("--history"), dir.filePath(QStringLiteral("no.sqlite")),
                        QStringLiteral("--query"), QStringLiteral("meter-0/v")});
    QCOMPARE(missing.exitCode, 3);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("no.sqlite"))));
    auto none = run({QStringLiteral("--history"), store, QStringLiteral("--query"),
                     QStringLiteral("meter-9/v")});
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.out.isEmpty());
    QVERIFY2(none.err.contains("no samples"), none.err.constData());
    QCOMPARE(run({QStringLiteral("--history-check"), dir.filePath(QStringLiteral("no.sqlite"))})
                 .exitCode,
             3);
}

void TestHistoryRun::historySectionBesideTheProject()
{
    QTemporaryDir dir;
    // Rules: meter-0 only, at most one sample per 100 ms; the store's name is the default one.
    const QString path =
        write(dir, QStringLiteral("site.twinloom.json"),
              project(2, 100, nlohmann::json::parse(R"({"record": [{"twins": "meter-0",
            "sampling": "interval", "interval": "PT0.1S"}]})")));
    auto r = run({path, QStringLiteral("--duration"), QStringLiteral("1.5")});
    QCOMPARE(r.exitCode, 0);
    const QString store = dir.filePath(QStringLiteral("site.history.sqlite"));
    QVERIFY2(QFileInfo::exists(store), r.err.constData());
    const auto report = SqlHistoryStore::check(store);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.seriesCount, 1);
    // 1.5 s at one per 100 ms: about 15, never the 150 the device sent.
    QVERIFY2(report.sampleCount >= 8 && report.sampleCount <= 17,
             qPrintable(QString::number(report.sampleCount)));
}

void TestHistoryRun::unusableStores()
{
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("site.twinloom.json"), project(1, 20));
    // A store that cannot be written: the twins run, the problem is said once, the exit says 0
    // since no twin failed, and the end says how much was not written.
    const QString blocker = write(dir, QStringLiteral("file"), "x");
    auto r = run({path, QStringLiteral("--duration"), QStringLiteral("1.5"),
                  QStringLiteral("--history"), blocker + QStringLiteral("/h.sqlite")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err.count("cannot be written"), 1);
    QVERIFY2(r.err.contains("running 1 twin"), r.err.constData());
    QVERIFY2(r.err.contains("not written"), r.err.constData());
    // A store of a newer version: nothing starts.
    const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
    QCOMPARE(run({path, QStringLiteral("--duration"), QStringLiteral("0.5"),
                  QStringLiteral("--history"), newer})
                 .exitCode,
             0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
        db.setDatabaseName(newer);
        QVERIFY(db.open());
        QVERIFY(
            QSqlQuery(db).exec(QStringLiteral("UPDATE meta SET value = '2' WHERE key = 'schema'")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("t"));
    auto refused = run({path, QStringLiteral("--duration"), QStringLiteral("0.5"),
                        QStringLiteral("--history"), newer});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains("newer version") && refused.err.contains("nothing was started"),
             refused.err.constData());
    QVERIFY(!refused.err.contains("running 1 twin"));
}

void TestHistoryRun::killNineLosesAtMostOneInterval()
{
    // 10 twins × 1,000 samples/s, committed every 200 ms (the default flushInterval).
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("site.twinloom.json"), project(10, 1000));
    const QString store = dir.filePath(QStringLiteral("h.sqlite"));
    QProcess runner;
    runner.start(QStringLiteral(TWINLOOM_RUN), {path, QStringLiteral("--history"), store});
    QVERIFY(runner.waitForStarted());
    QByteArray err;
    QTRY_VERIFY2_WITH_TIMEOUT((err += runner.readAllStandardError()).contains("running 10 twin"),
                              err.constData(), 10000);
    QTest::qWait(3000);
    const Timestamp killed = Clock::now();
    ::kill(static_cast<pid_t>(runner.processId()), SIGKILL);
    QVERIFY(runner.waitForFinished(5000));

    // The store opens, passes SQLite's integrity check and holds every sample of each series,
    // without a gap, up to a point at most one interval (and the time to commit it) before the
    // kill.
    const auto report = SqlHistoryStore::check(store);
    QVERIFY2(report.ok, qPrintable(report.error + report.integrity.join(u' ')));
    QCOMPARE(report.seriesCount, 10);
    HistoryConfig config;
    QString error;
    auto history = SqlHistoryStore::open(config, store, &error);
    QVERIFY2(history, qPrintable(error));
    Timestamp worstLoss = 0;
    std::size_t total = 0;
    for (int i = 0; i < 10; ++i) {
        const auto samples = history
                                 ->samples(QStringLiteral("meter-%1").arg(i), QStringLiteral("v"),
                                           false, 0, kHistoryEnd, 1'000'000)
                                 .result();
        QVERIFY(samples.size() > 1000);
        total += samples.size();
        Timestamp widest = 0;
        for (std::size_t k = 1; k < samples.size(); ++k)
            widest = std::max(widest, samples[k].time - samples[k - 1].time);
        // The device sends every millisecond; a timer may be late, a lost batch would be 200 ms.
        QVERIFY2(widest < 100 * kMs, qPrintable(QString::number(widest)));
        worstLoss = std::max(worstLoss, killed - samples.back().time);
    }
    qInfo("kill -9 after ~3 s at ~10,000 samples/s: %zu samples kept; the newest at most %.0f ms "
          "before the kill (flush interval 200 ms)",
          total, worstLoss / 1000.0);
    QVERIFY2(worstLoss <= 2 * 200 * kMs, qPrintable(QString::number(worstLoss)));
}

QTEST_GUILESS_MAIN(TestHistoryRun)
#include "tst_historyrun.moc"
