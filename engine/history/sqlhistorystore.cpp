#include "engine/history/sqlhistorystore.h"

#include "engine/engine.h"
#include "engine/jsoninput.h"
#include "engine/tr.h"
#include "engine/twindescriptor.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QPromise>
#include <QtCore/QScopeGuard>
#include <QtCore/QUrl>
#include <QtCore/QUrlQuery>
#include <QtCore/QVarLengthArray>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlDriver>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <sqlite3.h>
#include <thread>
#include <unordered_map>

namespace twinloom {

namespace Internal {

namespace {

constexpr std::size_t kRowsPerTransaction = 20'000;
constexpr int kRowsPerInsert = 100; // rows of one INSERT to PostgreSQL (a round trip each)
constexpr Timestamp kRetentionPeriod = 600'000'000; // µs between retention passes
constexpr Timestamp kFirstRetention = 0;            // µs after opening: at once
constexpr int kMaxBackoffMs = 10'000;
constexpr const char *kFormatName = "twinloom-history";

enum SeriesKind : int { PropertySeries = 0, EventSeries = 1 };

struct Location
{
    bool postgres = false;
    QString path; // SQLite
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QString options; // QPSQL connect options
    QString display;
};

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("twinloom-history-%1").arg(counter.fetch_add(1));
}

std::optional<Location> parseLocation(const QString &text, QString *error)
{
    Location loc;
    if (text.startsWith(QLatin1String("postgresql://")) ||
        text.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(text, QUrl::TolerantMode);
        if (!url.isValid() || url.host().isEmpty()) {
            *error = Tr::tr("'%1' is not a valid postgresql:// URL")
                         .arg(SqlHistoryStore::displayLocation(text));
            return std::nullopt;
        }
        loc.postgres = true;
        // ${env:NAME} in any part, resolved after the URL is taken apart, so that a password
        // may hold any character.
        Diagnostics diagnostics;
        auto resolve = [&](const QString &part) {
            nlohmann::json j = part.toStdString();
            resolveEnvironmentReferences(j, QStringLiteral("/history/location"), diagnostics);
            return j.is_string() ? QString::fromStdString(j.get<std::string>()) : QString();
        };
        loc.host = resolve(url.host(QUrl::FullyDecoded));
        loc.port = url.port(5432);
        loc.user = resolve(url.userName(QUrl::FullyDecoded));
        loc.password = resolve(url.password(QUrl::FullyDecoded));
        loc.database = resolve(url.path(QUrl::FullyDecoded).mid(1));
        QStringList options;
        bool timeout = false;
        for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
            if (key != QLatin1String("sslmode") && key != QLatin1String("connect_timeout") &&
                key != QLatin1String("application_name")) {
                *error = Tr::tr("the history URL's parameter '%1' is not supported (sslmode, "
                                "connect_timeout and application_name are)")
                             .arg(key);
                return std::nullopt;
            }
            timeout = timeout || key == QLatin1String("connect_timeout");
            options.append(key + QLatin1Char('=') + resolve(value));
        }
        if (!timeout)
            options.append(QStringLiteral("connect_timeout=5"));
        loc.options = options.join(QLatin1Char(';'));
        if (diagnostics.errorCount() > 0) {
            *error = diagnostics.items().front().message;
            return std::nullopt;
        }
        if (loc.database.isEmpty()) {
            *error = Tr::tr("the history URL names no database: postgresql://HOST:PORT/DATABASE");
            return std::nullopt;
        }
    } else if (text.contains(QLatin1String("://"))) {
        *error = Tr::tr("'%1' is neither a file nor a postgresql:// URL")
                     .arg(SqlHistoryStore::displayLocation(text));
        return std::nullopt;
    } else {
        loc.path = QFileInfo(text).absoluteFilePath();
    }
    loc.display = SqlHistoryStore::displayLocation(text);
    return loc;
}

int sqliteCode(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;
}

bool isCorruption(const QSqlError &e)
{
    const int code = sqliteCode(e);
    return code == 11 /* SQLITE_CORRUPT */ || code == 26 /* SQLITE_NOTADB */;
}

QString errorText(const QSqlError &e)
{
    QString text = e.databaseText().trimmed();
    if (text.isEmpty())
        text = e.driverText().trimmed();
    if (text.isEmpty())
        text = e.text().trimmed();
    return text;
}

// A connection on the thread that made it; removed from Qt's registry with it.
class Connection
{
public:
    Connection(const Location &location, bool readOnly)
        : m_location(location)
        , m_name(nextConnectionName())
        , m_readOnly(readOnly)
    {}
    ~Connection() { close(); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool isOpen() const { return m_open; }
    // SQLite's own handle, for the paths that carry many rows (the writer's inserts, bucket
    // scans), where Qt Sql's binding of one QVariant per value costs as much as SQLite itself:
    // the connection stays Qt Sql's. Null for PostgreSQL.
    sqlite3 *sqlite() const
    {
        if (m_location.postgres || !m_open)
            return nullptr;
        const QVariant v = db().driver()->handle();
        if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
            return nullptr;
        return *static_cast<sqlite3 *const *>(v.constData());
    }
    // A statement prepared once for this connection (slot < kStatements), finalized when it
    // closes; null with the error in *error.
    static constexpr int kStatements = 1;
    sqlite3_stmt *statement(int slot, const QByteArray &sql, QSqlError *error)
    {
        if (m_statements[slot])
            return m_statements[slot];
        sqlite3 *h = sqlite();
        if (!h || sqlite3_prepare_v2(h, sql.constData(), static_cast<int>(sql.size()),
                                     &m_statements[slot], nullptr) != SQLITE_OK) {
            *error = sqliteError(h);
            return nullptr;
        }
        return m_statements[slot];
    }
    static QSqlError sqliteError(sqlite3 *h)
    {
        return h ? QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(h)),
                             QSqlError::StatementError,
                             QString::number(sqlite3_extended_errcode(h)))
                 : QSqlError(QString(), QStringLiteral("no SQLite handle"),
                             QSqlError::ConnectionError);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool postgres() const { return m_location.postgres; }
    const Location &location() const { return m_location; }

    // Opens and, for a writer, creates or checks the tables. `fatal` is set for errors that a
    // retry cannot mend (a newer schema, a foreign database).
    bool open(QString *error, bool *fatal, QSqlError *sqlError = nullptr);
    void close()
    {
        for (sqlite3_stmt *&statement : m_statements) {
            sqlite3_finalize(statement); // before the connection: it would not close otherwise
            statement = nullptr;
        }
        if (!m_registered)
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
        m_registered = false;
        m_open = false;
    }

    bool exec(const QString &sql, QString *error, QSqlError *sqlError = nullptr)
    {
        QSqlQuery q(db());
        if (q.exec(sql))
            return true;
        if (sqlError)
            *sqlError = q.lastError();
        *error = errorText(q.lastError());
        return false;
    }

private:
    bool createTables(QString *error, bool *fatal, QSqlError *sqlError);

    Location m_location;
    QString m_name;
    bool m_readOnly = false;
    bool m_registered = false;
    bool m_open = false;
    sqlite3_stmt *m_statements[kStatements] = {};
};

bool Connection::open(QString *error, bool *fatal, QSqlError *sqlError)
{
    close();
    *fatal = false;
    QSqlDatabase db = QSqlDatabase::addDatabase(
        m_location.postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), m_name);
    m_registered = true;
    if (!db.isValid()) {
        *error = Tr::tr("the Qt Sql driver %1 is not installed (Debian: %2)")
                     .arg(m_location.postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"),
                          m_location.postgres ? QStringLiteral("libqt6sql6-psql")
                                              : QStringLiteral("libqt6sql6-sqlite"));
        *fatal = true;
        return false;
    }
    if (m_location.postgres) {
        db.setHostName(m_location.host);
        db.setPort(m_location.port);
        db.setUserName(m_location.user);
        db.setPassword(m_location.password);
        db.setDatabaseName(m_location.database);
        db.setConnectOptions(m_location.options);
    } else {
        if (!m_readOnly) {
            const QString folder = QFileInfo(m_location.path).absolutePath();
            if (!QDir().mkpath(folder)) {
                *error = Tr::tr("cannot create the folder '%1'").arg(folder);
                return false;
            }
        } else if (!QFileInfo::exists(m_location.path)) {
            *error = Tr::tr("no such file");
            return false;
        }
        db.setDatabaseName(m_location.path);
        db.setConnectOptions(m_readOnly
                                 ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                 : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!db.open()) {
        if (sqlError)
            *sqlError = db.lastError();
        *error = errorText(db.lastError());
        return false;
    }
    if (m_location.postgres &&
        !exec(QStringLiteral("SET client_min_messages = warning"), error, sqlError))
        return false;
    if (!m_location.postgres) {
        // A file that is not a database fails here, before anything is written.
        if (!exec(QStringLiteral("SELECT count(*) FROM sqlite_master"), error, sqlError))
            return false;
        if (!m_readOnly && (!exec(QStringLiteral("PRAGMA journal_mode=WAL"), error, sqlError) ||
                            !exec(QStringLiteral("PRAGMA synchronous=NORMAL"), error, sqlError)))
            return false;
    }
    if (!m_readOnly && !createTables(error, fatal, sqlError))
        return false;
    m_open = true;
    return true;
}

bool Connection::createTables(QString *error, bool *fatal, QSqlError *sqlError)
{
    QSqlDatabase database = db();
    const bool pg = m_location.postgres;
    // On PostgreSQL, one transaction from the first look at the tables to the last one made,
    // under an advisory lock: runners that start together on an empty database take turns, and
    // none sees the tables of another half made (or judges them foreign between two of its
    // queries). SQLite's file lock serialises the writes; its transaction starts after the look.
    bool inTransaction = false;
    bool committed = false;
    const auto begin = [&database, &inTransaction, error, sqlError] {
        if (!database.transaction()) {
            if (sqlError)
                *sqlError = database.lastError();
            *error = errorText(database.lastError());
            return false;
        }
        inTransaction = true;
        return true;
    };
    const auto rollback = qScopeGuard([&database, &inTransaction, &committed] {
        if (inTransaction && !committed)
            database.rollback();
    });
    if (pg && (!begin() ||
               !exec(QStringLiteral("SELECT pg_advisory_xact_lock(7504202612)"), error, sqlError)))
        return false;
    // A database that holds tables but is no history store is left alone.
    {
        QSqlQuery q(database);
        const QString hasMeta =
            m_location.postgres
                ? QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE "
                                 "table_schema = current_schema() AND table_name = 'meta'")
                : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                 "name = 'meta'");
        const QString anyTable =
            m_location.postgres
                ? QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE "
                                 "table_schema = current_schema()")
                : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'");
        if (!q.exec(hasMeta) || !q.next()) {
            if (sqlError)
                *sqlError = q.lastError();
            *error = errorText(q.lastError());
            return false;
        }
        if (q.value(0).toInt() == 0) {
            if (!q.exec(anyTable) || !q.next()) {
                *error = errorText(q.lastError());
                return false;
            }
            if (q.value(0).toInt() > 0) {
                *error = Tr::tr("it holds other tables and no Twinloom history");
                *fatal = true;
                return false;
            }
        } else {
            if (!q.exec(QStringLiteral("SELECT key, value FROM meta"))) {
                *error = errorText(q.lastError());
                return false;
            }
            QString format;
            int version = 0;
            while (q.next()) {
                if (q.value(0).toString() == QLatin1String("format"))
                    format = q.value(1).toString();
                else if (q.value(0).toString() == QLatin1String("schema"))
                    version = q.value(1).toInt();
            }
            if (format != QLatin1String(kFormatName)) {
                *error = Tr::tr("it holds other tables and no Twinloom history");
                *fatal = true;
                return false;
            }
            if (version > SqlHistoryStore::kSchemaVersion) {
                *error = Tr::tr("it was written by a newer version of Twinloom (history schema "
                                "%1; this version reads up to %2): open it with that version or "
                                "record into another store")
                             .arg(version)
                             .arg(SqlHistoryStore::kSchemaVersion);
                *fatal = true;
                return false;
            }
            // Version 1 is the first; migrations from older schemas go here, one step each.
        }
    }
    const QStringList statements = {
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        pg ? QStringLiteral("CREATE TABLE IF NOT EXISTS series(id BIGSERIAL PRIMARY KEY, twin TEXT "
                            "NOT NULL, kind SMALLINT NOT NULL, name TEXT NOT NULL, type SMALLINT "
                            "NOT NULL DEFAULT 0, UNIQUE(twin, kind, name))")
           : QStringLiteral("CREATE TABLE IF NOT EXISTS series(id INTEGER PRIMARY KEY, twin TEXT "
                            "NOT NULL, kind INTEGER NOT NULL, name TEXT NOT NULL, type INTEGER NOT "
                            "NULL DEFAULT 0, UNIQUE(twin, kind, name))"),
        pg ? QStringLiteral("CREATE TABLE IF NOT EXISTS samples(series BIGINT NOT NULL, t BIGINT "
                            "NOT NULL, num DOUBLE PRECISION, txt TEXT, PRIMARY KEY(series, t))")
           : QStringLiteral("CREATE TABLE IF NOT EXISTS samples(series INTEGER NOT NULL, t INTEGER "
                            "NOT NULL, num REAL, txt TEXT, PRIMARY KEY(series, t)) WITHOUT ROWID"),
        pg ? QStringLiteral(
                 "CREATE TABLE IF NOT EXISTS rollups(series BIGINT NOT NULL, step BIGINT "
                 "NOT NULL, t BIGINT NOT NULL, n BIGINT NOT NULL, mn DOUBLE PRECISION, "
                 "mx DOUBLE PRECISION, sm DOUBLE PRECISION, PRIMARY KEY(series, step, t))")
           : QStringLiteral("CREATE TABLE IF NOT EXISTS rollups(series INTEGER NOT NULL, step "
                            "INTEGER NOT NULL, t INTEGER NOT NULL, n INTEGER NOT NULL, mn REAL, mx "
                            "REAL, sm REAL, PRIMARY KEY(series, step, t)) WITHOUT ROWID"),
        QStringLiteral(
            "INSERT INTO meta(key, value) VALUES ('format', '%1') ON CONFLICT DO NOTHING")
            .arg(QLatin1String(kFormatName)),
        QStringLiteral(
            "INSERT INTO meta(key, value) VALUES ('schema', '%1') ON CONFLICT DO NOTHING")
            .arg(SqlHistoryStore::kSchemaVersion),
    };
    if (!pg && !begin())
        return false;
    for (const QString &sql : statements) {
        if (!exec(sql, error, sqlError))
            return false;
    }
    if (!database.commit()) {
        if (sqlError)
            *sqlError = database.lastError();
        *error = errorText(database.lastError());
        return false;
    }
    committed = true;
    return true;
}

struct SeriesDef
{
    std::uint32_t id = 0;
    QString twin;
    int kind = PropertySeries;
    QString name;
    int type = 0; // Value::Type of the first sample
};

struct QueuedSample
{
    std::uint32_t series = 0;
    Timestamp time = 0;
    Value value;
};

struct RollupRow
{
    std::uint32_t series = 0; // the writer's index
    Timestamp step = 0;
    Timestamp start = 0;
    std::uint64_t n = 0;
    double min = 0;
    double max = 0;
    double sum = 0;
};

// What the writer knows of one series.
struct WriterSeries
{
    SeriesDef def;
    qint64 dbId = -1; // -1 until resolved in the database
    Timestamp last = std::numeric_limits<Timestamp>::min();
    std::vector<RollupRow> buckets; // one open bucket per tier
};

// What the recorder knows of one series, on the worker of its twin.
struct RecorderSeries
{
    std::uint32_t id = 0;
    const HistoryRule *rule = nullptr; // null: not recorded
    double lastNumber = 0;
    Timestamp lastTime = 0;
    bool recordedOnce = false;
};

struct RecorderTwin
{
    QString modelId;
    QHash<QString, RecorderSeries> properties;
    QHash<QString, RecorderSeries> events;
    // Names seen lately, by the address of their characters: a model's names are shared by
    // every change that carries them, so most lookups are a pointer compare. Holding the name
    // keeps its storage from being another's; cleared when a map grows (addresses move).
    struct Recent
    {
        QString name;
        bool event = false;
        RecorderSeries *series = nullptr;
    };
    std::vector<Recent> recent;
};

Value decode(const QVariant &num, const QVariant &txt, int type)
{
    if (!num.isNull()) {
        const double d = num.toDouble();
        switch (static_cast<Value::Type>(type)) {
        case Value::Type::Bool:
            return Value(d != 0);
        case Value::Type::Int:
            return Value(static_cast<std::int64_t>(d));
        default:
            return Value(d);
        }
    }
    if (txt.isNull())
        return Value();
    const QString text = txt.toString();
    if (static_cast<Value::Type>(type) == Value::Type::String)
        return Value(text);
    if (auto json = JsonInput::parse(text.toUtf8()))
        return Value::fromJson(*json);
    return Value(text);
}

void encode(const Value &value, QVariant &num, QVariant &txt)
{
    static const QVariant nullDouble{QMetaType::fromType<double>()};
    static const QVariant nullText{QMetaType::fromType<QString>()};
    num = nullDouble;
    txt = nullText;
    switch (value.type()) {
    case Value::Type::Null:
        return;
    case Value::Type::Bool:
        num = value.toBool() ? 1.0 : 0.0;
        return;
    case Value::Type::Int:
    case Value::Type::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d))
            num = d;
        else
            txt = value.toString();
        return;
    }
    case Value::Type::String:
        txt = *value.string();
        return;
    default:
        txt = QString::fromStdString(
            value.toJson().dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
        return;
    }
}

} // namespace

class SqlHistoryPrivate
{
public:
    HistoryConfig config;
    Location location;

    // The queue between the twins and the writer.
    std::mutex queueMutex;
    std::condition_variable queueCv;
    std::vector<SeriesDef> newDefs;
    std::vector<QueuedSample> queue;
    bool stopping = false;
    std::uint64_t flushWanted = 0;
    std::uint64_t flushDone = 0;
    std::condition_variable flushCv;
    std::atomic<std::uint64_t> pending{0}; // queued + held by the writer
    std::atomic<std::uint64_t> dropped{0};
    std::atomic<std::uint64_t> recorded{0};
    std::atomic<std::uint64_t> failures{0};
    std::atomic<std::uint64_t> batches{0};
    std::atomic<Timestamp> lastCommit{0};
    std::atomic<std::uint32_t> nextSeries{0};

    mutable std::mutex statusMutex;
    bool writing = false;
    QString errorMessage;
    bool failing = false; // an episode has been reported
    SqlHistoryStore::ProblemHandler problemHandler;

    // The recorder.
    std::mutex attachMutex;
    Engine *engine = nullptr;
    std::uint64_t subscription = 0;
    static constexpr int kStripes = 16;
    struct Stripe
    {
        std::mutex mutex;
        // Stable addresses: a worker keeps a pointer to its twin's entry (see record()).
        std::unordered_map<QString, std::unique_ptr<RecorderTwin>> twins;
    };
    const std::uint64_t generation = nextGeneration();
    static std::uint64_t nextGeneration()
    {
        static std::atomic<std::uint64_t> counter{1};
        return counter.fetch_add(1);
    }
    Stripe stripes[kStripes];

    // The writer's own state (writer thread only).
    std::thread writer;
    std::vector<WriterSeries> series;
    std::vector<QueuedSample> held;
    std::size_t heldDone = 0;         // samples of `held` committed already (a batch in slices)
    std::vector<std::uint32_t> order; // the writer's insert order, its storage reused
    std::vector<RollupRow> heldRollups;
    std::unique_ptr<Connection> writerConnection;
    Timestamp nextAttempt = 0;
    int backoffMs = 0;
    Timestamp nextRetention = 0;
    bool fatalError = false;

    // The reader thread: queries in order, on a connection of its own.
    std::thread reader;
    std::mutex readerMutex;
    std::condition_variable readerCv;
    std::deque<std::function<void(Connection &)>> readerTasks;
    bool readerStopping = false;

    // Startup handshake: the first open's outcome.
    std::mutex startMutex;
    std::condition_variable startCv;
    bool started = false;
    bool startFatal = false;
    QString startError;

    ~SqlHistoryPrivate() = default;

    void setStatus(bool ok, const QString &message)
    {
        SqlHistoryStore::ProblemHandler handler;
        bool report = false;
        {
            std::lock_guard lock(statusMutex);
            writing = ok;
            if (!ok)
                errorMessage = message;
            if (ok && failing) {
                failing = false;
                report = true;
            } else if (!ok && !failing) {
                failing = true;
                report = true;
            }
            handler = problemHandler;
        }
        if (report && handler)
            handler(ok ? Tr::tr("the history store %1 is written again").arg(location.display)
                       : Tr::tr("the history store %1 cannot be written: %2; samples are held "
                                "(up to %3) and writing is retried")
                             .arg(location.display, message)
                             .arg(config.queueCapacity),
                    ok);
    }

    void record(const StateChange &change);
    std::uint32_t seriesFor(RecorderTwin &twin, QHash<QString, RecorderSeries> &map,
                            const QString &twinId, int kind, const QString &name,
                            const Value &first, RecorderSeries **state,
                            QVarLengthArray<SeriesDef, 2> &defs);
    bool push(QVarLengthArray<SeriesDef, 2> &defs, QVarLengthArray<QueuedSample, 4> &samples);

    void runWriter();
    bool tryOpen();
    void takeQueued(std::vector<SeriesDef> &defs, std::vector<QueuedSample> &samples);
    void accumulate(WriterSeries &s, const QueuedSample &sample);
    bool writeHeld(bool closing);
    bool commitHeld(bool closing, QString *message, QSqlError *sqlError);
    bool resolveSeries(QSqlDatabase &db, QString *message, QSqlError *sqlError);
    void retention();
    void fail(const QString &message, const QSqlError &sqlError);

    void runReader();
    template<typename T>
    QFuture<T> query(std::function<T(Connection &)> fn);
    static bool seriesOf(Connection &c, const QString &twin, int kind, const QString &name,
                         qint64 *id, int *type);
};

void SqlHistoryPrivate::fail(const QString &message, const QSqlError &sqlError)
{
    failures.fetch_add(1, std::memory_order_relaxed);
    QString text = message;
    if (!location.postgres && isCorruption(sqlError)) {
        // A corrupt file is kept aside, untouched, and recording goes on in a new one.
        writerConnection->close();
        const QString aside =
            location.path + QStringLiteral(".corrupt-") +
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmss"));
        bool moved = QFile::rename(location.path, aside);
        for (const char *suffix : {"-wal", "-shm"})
            QFile::rename(location.path + QLatin1String(suffix), aside + QLatin1String(suffix));
        text = moved ? Tr::tr("%1; the file was moved aside to '%2' and a new one is begun")
                           .arg(message, aside)
                     : Tr::tr("%1; the file could not be moved aside").arg(message);
        for (WriterSeries &s : series)
            s.dbId = -1;
        backoffMs = 0;
    } else {
        writerConnection->close();
        backoffMs = std::clamp(backoffMs * 2, 250, kMaxBackoffMs);
    }
    nextAttempt = Clock::now() + Timestamp{backoffMs} * 1000;
    setStatus(false, text);
}

bool SqlHistoryPrivate::tryOpen()
{
    if (!writerConnection)
        writerConnection = std::make_unique<Connection>(location, false);
    QString message;
    bool isFatal = false;
    QSqlError sqlError;
    if (writerConnection->open(&message, &isFatal, &sqlError)) {
        for (WriterSeries &s : series)
            s.dbId = -1; // a database opened again may be another one
        backoffMs = 0;
        return true;
    }
    if (isFatal) {
        fatalError = true;
        writerConnection->close();
        setStatus(false, message);
        return false;
    }
    fail(message, sqlError);
    return false;
}

void SqlHistoryPrivate::takeQueued(std::vector<SeriesDef> &defs, std::vector<QueuedSample> &samples)
{
    for (SeriesDef &def : defs) {
        if (series.size() <= def.id)
            series.resize(def.id + 1);
        WriterSeries &s = series[def.id];
        s.def = std::move(def);
        s.buckets.assign(config.tiers.size(), RollupRow{});
        for (std::size_t i = 0; i < config.tiers.size(); ++i) {
            s.buckets[i].step = config.tiers[i].step;
            s.buckets[i].start = std::numeric_limits<Timestamp>::min();
        }
    }
    defs.clear();
    held.reserve(held.size() + samples.size());
    for (QueuedSample &q : samples) {
        if (q.series >= series.size())
            continue; // cannot happen: a definition always comes with its first sample
        WriterSeries &s = series[q.series];
        // Two changes of one twin in the same microsecond: the second one a microsecond later.
        if (q.time <= s.last && s.last - q.time < 1000)
            q.time = s.last + 1;
        s.last = std::max(s.last, q.time);
        accumulate(s, q);
        held.push_back(std::move(q));
    }
    samples.clear();
}

void SqlHistoryPrivate::accumulate(WriterSeries &s, const QueuedSample &sample)
{
    if (s.buckets.empty() || (!sample.value.isNumber() && sample.value.type() != Value::Type::Bool))
        return;
    const double v = sample.value.type() == Value::Type::Bool ? (sample.value.toBool() ? 1 : 0)
                                                              : sample.value.toDouble();
    if (!std::isfinite(v))
        return;
    for (RollupRow &b : s.buckets) {
        Timestamp start = sample.time - sample.time % b.step;
        if (sample.time < 0 && sample.time % b.step != 0)
            start -= b.step;
        if (start != b.start) {
            if (b.n > 0 && start > b.start) {
                RollupRow done = b;
                done.series = s.def.id; // resolved to the database's id when written
                heldRollups.push_back(done);
            }
            if (start < b.start && b.n > 0)
                continue; // a late sample of a bucket already written: the raw table has it
            b.start = start;
            b.n = 0;
        }
        if (b.n == 0) {
            b.min = b.max = b.sum = v;
        } else {
            b.min = std::min(b.min, v);
            b.max = std::max(b.max, v);
            b.sum += v;
        }
        ++b.n;
    }
}

bool SqlHistoryPrivate::resolveSeries(QSqlDatabase &db, QString *message, QSqlError *sqlError)
{
    QSqlQuery insert(db);
    QSqlQuery select(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO series(twin, kind, name, type) VALUES (?, ?, "
                                       "?, ?) ON CONFLICT DO NOTHING")) ||
        !select.prepare(
            QStringLiteral("SELECT id FROM series WHERE twin = ? AND kind = ? AND name = ?"))) {
        *sqlError = insert.lastError().isValid() ? insert.lastError() : select.lastError();
        *message = errorText(*sqlError);
        return false;
    }
    for (WriterSeries &s : series) {
        if (s.dbId >= 0 || s.def.twin.isNull())
            continue;
        insert.addBindValue(s.def.twin);
        insert.addBindValue(s.def.kind);
        insert.addBindValue(s.def.name);
        insert.addBindValue(s.def.type);
        select.addBindValue(s.def.twin);
        select.addBindValue(s.def.kind);
        select.addBindValue(s.def.name);
        if (!insert.exec() || !select.exec() || !select.next()) {
            *sqlError = insert.lastError().isValid() ? insert.lastError() : select.lastError();
            *message = errorText(*sqlError);
            return false;
        }
        s.dbId = select.value(0).toLongLong();
        select.finish();
    }
    return true;
}

bool SqlHistoryPrivate::commitHeld(bool closing, QString *message, QSqlError *sqlError)
{
    if (closing) {
        // The open buckets of the tiers, merged with what a later run adds to them.
        for (WriterSeries &s : series)
            for (RollupRow &b : s.buckets)
                if (b.n > 0) {
                    RollupRow row = b;
                    row.series = s.def.id;
                    heldRollups.push_back(row);
                    b.n = 0;
                }
    }
    if (heldDone == held.size() && heldRollups.empty())
        return true;
    QSqlDatabase db = writerConnection->db();
    if (!db.transaction()) {
        *sqlError = db.lastError();
        *message = errorText(*sqlError);
        return false;
    }
    auto abort = [&](const QSqlError &e) {
        *sqlError = e;
        *message = errorText(e);
        db.rollback();
        return false;
    };
    if (!resolveSeries(db, message, sqlError)) {
        db.rollback();
        return false;
    }
    // Samples: multi-row INSERTs of kRowsPerInsert, the rest one by one.
    QString many = QStringLiteral("INSERT INTO samples(series, t, num, txt) VALUES ");
    for (int i = 0; i < kRowsPerInsert; ++i)
        many += i ? QStringLiteral(",(?,?,?,?)") : QStringLiteral("(?,?,?,?)");
    many += QStringLiteral(" ON CONFLICT DO NOTHING");
    const QString one = QStringLiteral("INSERT INTO samples(series, t, num, txt) VALUES "
                                       "(?,?,?,?) ON CONFLICT DO NOTHING");
    // At most kRowsPerTransaction: a longer transaction outgrows SQLite's page cache and reads
    // back what it wrote.
    const std::size_t first = heldDone;
    const std::size_t n = std::min(held.size(), first + kRowsPerTransaction);
    if (sqlite3 *h = writerConnection->sqlite()) {
        // One row per statement: SQLite runs a multi-row VALUES as a co-routine, measured at
        // half the speed of a prepared single-row INSERT.
        QSqlError e;
        sqlite3_stmt *q = writerConnection->statement(0, one.toUtf8(), &e);
        if (!q)
            return abort(e);
        QByteArray text;
        // In key order (series, time): the rows of a series go to the same pages one after the
        // other instead of touching a page per series per sample as they arrived.
        order.resize(n - first);
        for (std::size_t i = first; i < n; ++i)
            order[i - first] = static_cast<std::uint32_t>(i);
        std::sort(order.begin(), order.end(), [this](std::uint32_t a, std::uint32_t b) {
            const QueuedSample &x = held[a];
            const QueuedSample &y = held[b];
            return x.series != y.series ? x.series < y.series : x.time < y.time;
        });
        for (const std::uint32_t i : order) {
            const QueuedSample &sample = held[i];
            sqlite3_bind_int64(q, 1, series[sample.series].dbId);
            sqlite3_bind_int64(q, 2, sample.time);
            const Value &v = sample.value;
            const auto number = v.type() == Value::Type::Bool
                                    ? std::optional<double>(v.toBool() ? 1.0 : 0.0)
                                    : v.number();
            if (number && std::isfinite(*number)) {
                sqlite3_bind_double(q, 3, *number);
                sqlite3_bind_null(q, 4);
            } else if (v.isNull()) {
                sqlite3_bind_null(q, 3);
                sqlite3_bind_null(q, 4);
            } else {
                text = v.string() ? v.string()->toUtf8()
                                  : QByteArray::fromStdString(v.toJson().dump(
                                        -1, ' ', false, nlohmann::json::error_handler_t::replace));
                sqlite3_bind_null(q, 3);
                sqlite3_bind_text(q, 4, text.constData(), static_cast<int>(text.size()),
                                  SQLITE_TRANSIENT);
            }
            const int rc = sqlite3_step(q);
            sqlite3_reset(q);
            if (rc != SQLITE_DONE)
                return abort(Connection::sqliteError(h));
        }
    } else {
        QSqlQuery bulk(db);
        QSqlQuery single(db);
        if (!bulk.prepare(many) || !single.prepare(one))
            return abort(bulk.lastError().isValid() ? bulk.lastError() : single.lastError());
        QVariant num;
        QVariant txt;
        std::size_t i = first;
        while (i < n) {
            const bool useBulk = n - i >= static_cast<std::size_t>(kRowsPerInsert);
            QSqlQuery &q = useBulk ? bulk : single;
            const std::size_t rows = useBulk ? kRowsPerInsert : 1;
            int column = 0;
            for (std::size_t r = 0; r < rows; ++r, ++i) {
                const QueuedSample &sample = held[i];
                encode(sample.value, num, txt);
                q.bindValue(column++, series[sample.series].dbId);
                q.bindValue(column++, static_cast<qlonglong>(sample.time));
                q.bindValue(column++, num);
                q.bindValue(column++, txt);
            }
            if (!q.exec())
                return abort(q.lastError());
        }
    }
    if (!heldRollups.empty()) {
        const QString merge =
            location.postgres
                ? QStringLiteral("mn = LEAST(rollups.mn, excluded.mn), mx = "
                                 "GREATEST(rollups.mx, excluded.mx)")
                : QStringLiteral("mn = min(mn, excluded.mn), mx = max(mx, excluded.mx)");
        QSqlQuery up(db);
        if (!up.prepare(QStringLiteral("INSERT INTO rollups(series, step, t, n, mn, mx, sm) VALUES "
                                       "(?,?,?,?,?,?,?) ON CONFLICT(series, step, t) DO UPDATE "
                                       "SET n = rollups.n + excluded.n, sm = rollups.sm + "
                                       "excluded.sm, ") +
                        merge))
            return abort(up.lastError());
        for (const RollupRow &r : heldRollups) {
            up.bindValue(0, series[r.series].dbId);
            up.bindValue(1, static_cast<qlonglong>(r.step));
            up.bindValue(2, static_cast<qlonglong>(r.start));
            up.bindValue(3, static_cast<qlonglong>(r.n));
            up.bindValue(4, r.min);
            up.bindValue(5, r.max);
            up.bindValue(6, r.sum);
            if (!up.exec())
                return abort(up.lastError());
        }
    }
    if (!db.commit())
        return abort(db.lastError());
    const std::size_t committed = n - first;
    recorded.fetch_add(committed, std::memory_order_relaxed);
    pending.fetch_sub(committed, std::memory_order_relaxed);
    batches.fetch_add(1, std::memory_order_relaxed);
    lastCommit.store(Clock::now(), std::memory_order_relaxed);
    heldRollups.clear();
    heldDone = n;
    if (heldDone == held.size()) {
        held.clear();
        heldDone = 0;
        if (held.capacity() > 65536)
            held.shrink_to_fit();
    }
    setStatus(true, {});
    return true;
}

bool SqlHistoryPrivate::writeHeld(bool closing)
{
    QString message;
    QSqlError sqlError;
    do {
        if (!commitHeld(closing, &message, &sqlError)) {
            fail(message, sqlError); // with every query of the attempt gone
            return false;
        }
    } while (heldDone != 0);
    return true;
}

void SqlHistoryPrivate::retention()
{
    const Timestamp now = Clock::now();
    QSqlDatabase db = writerConnection->db();
    QSqlQuery ids(db);
    if (!ids.exec(QStringLiteral("SELECT id FROM series")))
        return;
    std::vector<qint64> all;
    while (ids.next())
        all.push_back(ids.value(0).toLongLong());
    ids.finish();
    QSqlQuery raw(db);
    QSqlQuery tier(db);
    raw.prepare(QStringLiteral("DELETE FROM samples WHERE series = ? AND t < ?"));
    tier.prepare(QStringLiteral("DELETE FROM rollups WHERE series = ? AND step = ? AND t < ?"));
    if (!db.transaction())
        return;
    for (qint64 id : all) {
        if (config.retention > 0) {
            raw.bindValue(0, id);
            raw.bindValue(1, static_cast<qlonglong>(now - config.retention));
            if (!raw.exec())
                break;
        }
        for (const HistoryTier &t : config.tiers) {
            if (t.retention <= 0)
                continue;
            tier.bindValue(0, id);
            tier.bindValue(1, static_cast<qlonglong>(t.step));
            tier.bindValue(2, static_cast<qlonglong>(now - t.retention));
            if (!tier.exec())
                break;
        }
    }
    db.commit();
}

void SqlHistoryPrivate::runWriter()
{
    std::vector<SeriesDef> defs;
    std::vector<QueuedSample> samples;
    {
        const bool opened = tryOpen();
        std::lock_guard lock(startMutex);
        started = true;
        startFatal = fatalError;
        if (!opened) {
            std::lock_guard s(statusMutex);
            startError = errorMessage;
        }
        nextRetention = Clock::now() + kFirstRetention;
        startCv.notify_all();
    }
    const auto interval = std::chrono::microseconds(config.flushInterval);
    const std::size_t wakeAt = static_cast<std::size_t>(config.queueCapacity) / 4;
    for (;;) {
        bool stop = false;
        std::uint64_t ticket = 0;
        {
            std::unique_lock lock(queueMutex);
            queueCv.wait_for(lock, interval, [&] {
                return stopping || flushWanted != flushDone || queue.size() >= wakeAt;
            });
            defs.swap(newDefs);
            samples.swap(queue);
            stop = stopping;
            ticket = flushWanted;
        }
        takeQueued(defs, samples);
        if (!fatalError) {
            if ((!writerConnection || !writerConnection->isOpen()) && Clock::now() >= nextAttempt)
                tryOpen();
            if (writerConnection && writerConnection->isOpen() && writeHeld(stop) &&
                Clock::now() >= nextRetention) {
                retention();
                nextRetention = Clock::now() + kRetentionPeriod;
            }
        }
        {
            std::lock_guard lock(queueMutex);
            flushDone = ticket;
        }
        flushCv.notify_all();
        if (stop)
            break;
    }
    writerConnection.reset();
}

std::uint32_t SqlHistoryPrivate::seriesFor(RecorderTwin &twin, QHash<QString, RecorderSeries> &map,
                                           const QString &twinId, int kind, const QString &name,
                                           const Value &first, RecorderSeries **state,
                                           QVarLengthArray<SeriesDef, 2> &defs)
{
    const bool event = kind == EventSeries;
    for (const RecorderTwin::Recent &r : twin.recent) {
        if (r.name.constData() == name.constData() && r.name.size() == name.size() &&
            r.event == event) {
            *state = r.series;
            return r.series->id;
        }
    }
    auto it = map.find(name);
    if (it == map.end()) {
        RecorderSeries s;
        s.rule = config.ruleFor(twinId, twin.modelId, event, name);
        if (s.rule) {
            s.id = nextSeries.fetch_add(1, std::memory_order_relaxed);
            defs.append(SeriesDef{s.id, twinId, kind, name, static_cast<int>(first.type())});
        }
        it = map.insert(name, s);
        twin.recent.clear();
    }
    if (twin.recent.size() < 16)
        twin.recent.push_back(RecorderTwin::Recent{name, event, &it.value()});
    *state = &it.value();
    return it->id;
}

void SqlHistoryPrivate::record(const StateChange &change)
{
    // A twin lives on one worker thread, which alone records it: the thread remembers the last
    // twin it saw (holding its id, so that the id's storage cannot be another twin's meanwhile)
    // and skips the lookup while the same twin's changes come in a row, as a drained mailbox
    // gives them.
    struct LastTwin
    {
        std::uint64_t store = 0;
        QString id;
        RecorderTwin *twin = nullptr;
    };
    thread_local LastTwin last;
    RecorderTwin *twin = nullptr;
    if (last.store == generation && last.id.constData() == change.twinId.constData() &&
        last.id.size() == change.twinId.size()) {
        twin = last.twin;
    } else {
        Stripe &stripe = stripes[qHash(change.twinId) % kStripes];
        std::lock_guard lock(stripe.mutex);
        auto it = stripe.twins.find(change.twinId);
        if (it == stripe.twins.end()) {
            auto t = std::make_unique<RecorderTwin>();
            if (engine)
                t->modelId = engine->twinModelId(change.twinId);
            it = stripe.twins.emplace(change.twinId, std::move(t)).first;
        }
        twin = it->second.get();
        last = LastTwin{generation, change.twinId, twin};
    }
    // Nothing fits in a full queue: no work for the twin beyond counting.
    const bool full =
        pending.load(std::memory_order_relaxed) >= static_cast<std::uint64_t>(config.queueCapacity);
    QVarLengthArray<SeriesDef, 2> defs;
    QVarLengthArray<QueuedSample, 4> samples;
    std::uint64_t refused = 0;
    for (const ResourceChange &r : change.changes) {
        const bool event = r.kind == ResourceKind::Event;
        if (!event && (r.kind != ResourceKind::Property || r.operation == ChangeOperation::Remove))
            continue;
        RecorderSeries *s = nullptr;
        seriesFor(*twin, event ? twin->events : twin->properties, change.twinId,
                  event ? EventSeries : PropertySeries, r.key, r.value, &s, defs);
        if (!s->rule)
            continue;
        const Timestamp t = change.commitTime;
        const auto number = r.value.number();
        switch (s->rule->sampling) {
        case HistorySampling::EveryChange:
            break;
        case HistorySampling::Deadband:
            if (s->recordedOnce && number && std::abs(*number - s->lastNumber) < s->rule->deadband)
                continue;
            break;
        case HistorySampling::Interval:
            if (s->recordedOnce && t - s->lastTime < s->rule->interval)
                continue;
            break;
        }
        if (full) {
            ++refused;
            continue;
        }
        s->recordedOnce = true;
        s->lastTime = t;
        if (number)
            s->lastNumber = *number;
        samples.append(QueuedSample{s->id, t, r.value});
    }
    if (refused > 0)
        dropped.fetch_add(refused, std::memory_order_relaxed);
    if (!samples.isEmpty() || !defs.isEmpty())
        push(defs, samples);
}

bool SqlHistoryPrivate::push(QVarLengthArray<SeriesDef, 2> &defs,
                             QVarLengthArray<QueuedSample, 4> &samples)
{
    const auto n = static_cast<std::uint64_t>(samples.size());
    std::unique_lock lock(queueMutex);
    for (SeriesDef &d : defs)
        newDefs.push_back(std::move(d)); // a definition is never dropped
    if (pending.load(std::memory_order_relaxed) + n >
        static_cast<std::uint64_t>(config.queueCapacity)) {
        lock.unlock();
        dropped.fetch_add(n, std::memory_order_relaxed);
        return false;
    }
    pending.fetch_add(n, std::memory_order_relaxed);
    for (QueuedSample &s : samples)
        queue.push_back(std::move(s));
    const bool wake = queue.size() == static_cast<std::size_t>(config.queueCapacity) / 4;
    lock.unlock();
    if (wake)
        queueCv.notify_one();
    return true;
}

void SqlHistoryPrivate::runReader()
{
    Connection readConnection(location, !location.postgres);
    for (;;) {
        std::function<void(Connection &)> task;
        {
            std::unique_lock lock(readerMutex);
            readerCv.wait(lock, [&] { return readerStopping || !readerTasks.empty(); });
            if (readerTasks.empty())
                break;
            task = std::move(readerTasks.front());
            readerTasks.pop_front();
        }
        task(readConnection);
    }
}

template<typename T>
QFuture<T> SqlHistoryPrivate::query(std::function<T(Connection &)> fn)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    std::unique_lock lock(readerMutex);
    if (readerStopping) {
        lock.unlock();
        promise->setException(
            std::make_exception_ptr(HistoryError(Tr::tr("the history store is closed"))));
        promise->finish();
        return future;
    }
    readerTasks.push_back([promise, fn = std::move(fn)](Connection &c) {
        try {
            if (!c.isOpen()) {
                QString message;
                bool unusable = false;
                if (!c.open(&message, &unusable))
                    throw HistoryError(Tr::tr("cannot read the history store %1: %2")
                                           .arg(c.location().display, message));
            }
            promise->addResult(fn(c));
        } catch (const HistoryError &) {
            c.close(); // opened again by the next query: the store may be back
            promise->setException(std::current_exception());
        } catch (const std::exception &e) {
            promise->setException(
                std::make_exception_ptr(HistoryError(QString::fromUtf8(e.what()))));
        }
        promise->finish();
    });
    lock.unlock();
    readerCv.notify_one();
    return future;
}

bool SqlHistoryPrivate::seriesOf(Connection &c, const QString &twin, int kind, const QString &name,
                                 qint64 *id, int *type)
{
    QSqlQuery q(c.db());
    q.prepare(
        QStringLiteral("SELECT id, type FROM series WHERE twin = ? AND kind = ? AND name = ?"));
    q.addBindValue(twin);
    q.addBindValue(kind);
    q.addBindValue(name);
    if (!q.exec())
        throw HistoryError(Tr::tr("cannot read the history store %1: %2")
                               .arg(c.location().display, errorText(q.lastError())));
    if (!q.next())
        return false;
    *id = q.value(0).toLongLong();
    *type = q.value(1).toInt();
    return true;
}

} // namespace Internal

using Internal::Connection;
using Internal::SqlHistoryPrivate;

HistoryError::HistoryError(const QString &message)
    : std::runtime_error(message.toStdString())
    , m_message(message)
{}

SqlHistoryStore::SqlHistoryStore()
    : d(std::make_unique<SqlHistoryPrivate>())
{}

std::shared_ptr<SqlHistoryStore> SqlHistoryStore::open(const HistoryConfig &config,
                                                       const QString &location, QString *error,
                                                       ProblemHandler handler)
{
    auto loc = Internal::parseLocation(location, error);
    if (!loc)
        return nullptr;
    std::shared_ptr<SqlHistoryStore> store(new SqlHistoryStore);
    SqlHistoryPrivate *d = store->d.get();
    d->config = config;
    d->location = *loc;
    d->problemHandler = std::move(handler);
    d->writer = std::thread([d] { d->runWriter(); });
    std::unique_lock lock(d->startMutex);
    d->startCv.wait(lock, [d] { return d->started; });
    if (d->startFatal) {
        *error = Tr::tr("cannot record into the history store %1: %2")
                     .arg(d->location.display, d->startError);
        lock.unlock();
        store->d->readerStopping = true;
        return nullptr; // the destructor stops the writer
    }
    lock.unlock();
    d->reader = std::thread([d] { d->runReader(); });
    return store;
}

SqlHistoryStore::~SqlHistoryStore()
{
    detach();
    {
        std::lock_guard lock(d->queueMutex);
        d->stopping = true;
    }
    d->queueCv.notify_all();
    if (d->writer.joinable())
        d->writer.join();
    {
        std::lock_guard lock(d->readerMutex);
        d->readerStopping = true;
    }
    d->readerCv.notify_all();
    if (d->reader.joinable())
        d->reader.join();
}

void SqlHistoryStore::attach(Engine &engine)
{
    std::lock_guard lock(d->attachMutex);
    if (d->engine)
        return;
    d->engine = &engine;
    SqlHistoryPrivate *p = d.get();
    d->subscription = engine.subscribeDirect(QStringLiteral("twins/#"),
                                             [p](const StateChange &c) { p->record(c); });
}

void SqlHistoryStore::detach()
{
    std::lock_guard lock(d->attachMutex);
    if (!d->engine)
        return;
    d->engine->unsubscribe(d->subscription); // waits for a call in flight
    d->engine = nullptr;
    d->subscription = 0;
}

bool SqlHistoryStore::append(const QString &twinId, bool event, const QString &name, Timestamp time,
                             const Value &value)
{
    QVarLengthArray<Internal::SeriesDef, 2> defs;
    QVarLengthArray<Internal::QueuedSample, 4> samples;
    auto &stripe = d->stripes[qHash(twinId) % SqlHistoryPrivate::kStripes];
    {
        std::lock_guard lock(stripe.mutex);
        auto &slot = stripe.twins[twinId];
        if (!slot)
            slot = std::make_unique<Internal::RecorderTwin>();
        Internal::RecorderTwin &twin = *slot;
        auto &map = event ? twin.events : twin.properties;
        auto it = map.find(name);
        if (it == map.end()) {
            Internal::RecorderSeries s;
            s.id = d->nextSeries.fetch_add(1, std::memory_order_relaxed);
            defs.append(Internal::SeriesDef{
                s.id, twinId, event ? Internal::EventSeries : Internal::PropertySeries, name,
                static_cast<int>(value.type())});
            it = map.insert(name, s);
        }
        samples.append(Internal::QueuedSample{it->id, time, value});
    }
    return d->push(defs, samples);
}

void SqlHistoryStore::setProblemHandler(ProblemHandler handler)
{
    std::lock_guard lock(d->statusMutex);
    d->problemHandler = std::move(handler);
}

QFuture<std::vector<HistorySample>> SqlHistoryStore::samples(const QString &twinId,
                                                             const QString &name, bool event,
                                                             Timestamp from, Timestamp to,
                                                             int limit)
{
    return d->query<std::vector<HistorySample>>([=](Connection &c) {
        std::vector<HistorySample> out;
        qint64 id = 0;
        int type = 0;
        if (!SqlHistoryPrivate::seriesOf(c, twinId,
                                         event ? Internal::EventSeries : Internal::PropertySeries,
                                         name, &id, &type))
            return out;
        QSqlQuery q(c.db());
        q.setForwardOnly(true);
        // The newest `limit`, read backwards and turned around.
        q.prepare(QStringLiteral("SELECT t, num, txt FROM samples WHERE series = ? AND t >= ? AND "
                                 "t < ? ORDER BY t DESC LIMIT ?"));
        q.addBindValue(id);
        q.addBindValue(static_cast<qlonglong>(from));
        q.addBindValue(static_cast<qlonglong>(to));
        q.addBindValue(std::max(limit, 1));
        if (!q.exec())
            throw HistoryError(Tr::tr("cannot read the history store %1: %2")
                                   .arg(c.location().display, Internal::errorText(q.lastError())));
        while (q.next())
            out.push_back(HistorySample{q.value(0).toLongLong(),
                                        Internal::decode(q.value(1), q.value(2), type)});
        std::reverse(out.begin(), out.end());
        return out;
    });
}

QFuture<std::vector<HistoryBucket>> SqlHistoryStore::buckets(const QString &twinId,
                                                             const QString &name, Timestamp from,
                                                             Timestamp to, Timestamp step)
{
    const std::vector<HistoryTier> tiers = d->config.tiers;
    return d->query<std::vector<HistoryBucket>>([=](Connection &c) {
        std::map<qint64, HistoryBucket> out;
        qint64 id = 0;
        int type = 0;
        if (step <= 0 || to <= from ||
            !SqlHistoryPrivate::seriesOf(c, twinId, Internal::PropertySeries, name, &id, &type))
            return std::vector<HistoryBucket>{};
        auto fail = [&](const QSqlQuery &q) {
            throw HistoryError(Tr::tr("cannot read the history store %1: %2")
                                   .arg(c.location().display, Internal::errorText(q.lastError())));
        };
        qint64 cachedIndex = -1;
        HistoryBucket *cached = nullptr; // rows come in order: most fall in the last bucket
        auto fold = [&](qint64 index, std::uint64_t n, double mn, double mx, double sum) {
            if (index != cachedIndex) {
                cached = &out[index];
                cachedIndex = index;
            }
            HistoryBucket &b = *cached;
            if (b.count == 0) {
                b.start = from + index * step;
                b.min = mn;
                b.max = mx;
            } else {
                b.min = std::min(b.min, mn);
                b.max = std::max(b.max, mx);
            }
            b.mean += sum; // a sum until the end
            b.count += n;
        };
        // The coarsest tier whose buckets fit whole in the requested ones.
        const HistoryTier *tier = nullptr;
        for (const HistoryTier &t : tiers)
            if (t.step <= step && step % t.step == 0 && from % t.step == 0)
                tier = &t;
        Timestamp rawFrom = from;
        if (sqlite3 *h = c.sqlite()) {
            // Rows scanned in order and folded here: SQLite would sort them for a GROUP BY.
            auto scan = [&](const char *sql, Timestamp scanFrom, bool rollups) {
                sqlite3_stmt *q = nullptr;
                if (sqlite3_prepare_v2(h, sql, -1, &q, nullptr) != SQLITE_OK)
                    throw HistoryError(
                        Tr::tr("cannot read the history store %1: %2")
                            .arg(c.location().display, QString::fromUtf8(sqlite3_errmsg(h))));
                int column = 1;
                sqlite3_bind_int64(q, column++, id);
                if (rollups)
                    sqlite3_bind_int64(q, column++, tier->step);
                sqlite3_bind_int64(q, column++, scanFrom);
                sqlite3_bind_int64(q, column++, to);
                Timestamp last = std::numeric_limits<Timestamp>::min();
                int rc = 0;
                while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
                    last = sqlite3_column_int64(q, 0);
                    if (rollups) {
                        fold((last - from) / step,
                             static_cast<std::uint64_t>(sqlite3_column_int64(q, 1)),
                             sqlite3_column_double(q, 2), sqlite3_column_double(q, 3),
                             sqlite3_column_double(q, 4));
                    } else {
                        const double v = sqlite3_column_double(q, 1);
                        fold((last - from) / step, 1, v, v, v);
                    }
                }
                const QString error = QString::fromUtf8(sqlite3_errmsg(h));
                sqlite3_finalize(q);
                if (rc != SQLITE_DONE)
                    throw HistoryError(Tr::tr("cannot read the history store %1: %2")
                                           .arg(c.location().display, error));
                return last;
            };
            if (tier) {
                const Timestamp last = scan("SELECT t, n, mn, mx, sm FROM rollups WHERE series = "
                                            "? AND step = ? AND t >= ? AND t < ? ORDER BY t",
                                            from, true);
                if (last != std::numeric_limits<Timestamp>::min())
                    rawFrom = last + tier->step; // the rest (the open bucket) from the samples
            }
            if (rawFrom < to)
                scan("SELECT t, num FROM samples WHERE series = ? AND t >= ? AND t < ? AND num "
                     "IS NOT NULL ORDER BY t",
                     rawFrom, false);
        } else {
            auto grouped = [&](const QString &sql, Timestamp scanFrom, bool rollups) {
                QSqlQuery q(c.db());
                q.setForwardOnly(true);
                q.prepare(sql);
                q.addBindValue(static_cast<qlonglong>(from));
                q.addBindValue(static_cast<qlonglong>(step));
                q.addBindValue(id);
                if (rollups)
                    q.addBindValue(static_cast<qlonglong>(tier->step));
                q.addBindValue(static_cast<qlonglong>(scanFrom));
                q.addBindValue(static_cast<qlonglong>(to));
                if (!q.exec())
                    fail(q);
                Timestamp last = std::numeric_limits<Timestamp>::min();
                while (q.next()) {
                    fold(q.value(0).toLongLong(), q.value(1).toULongLong(), q.value(2).toDouble(),
                         q.value(3).toDouble(), q.value(4).toDouble());
                    last = std::max(last, static_cast<Timestamp>(q.value(5).toLongLong()));
                }
                return last;
            };
            if (tier) {
                const Timestamp last = grouped(
                    QStringLiteral("SELECT (t - ?) / ?, sum(n), min(mn), max(mx), sum(sm), max(t) "
                                   "FROM rollups WHERE series = ? AND step = ? AND t >= ? AND t < "
                                   "? GROUP BY 1"),
                    from, true);
                if (last != std::numeric_limits<Timestamp>::min())
                    rawFrom = last + tier->step;
            }
            if (rawFrom < to)
                grouped(QStringLiteral("SELECT (t - ?) / ?, count(num), min(num), max(num), "
                                       "sum(num), max(t) FROM samples WHERE series = ? AND t >= ? "
                                       "AND t < ? AND num IS NOT NULL GROUP BY 1"),
                        rawFrom, false);
        }
        std::vector<HistoryBucket> result;
        result.reserve(out.size());
        for (auto &[index, b] : out) {
            if (b.count == 0)
                continue;
            b.mean /= static_cast<double>(b.count);
            result.push_back(b);
        }
        return result;
    });
}

QFuture<std::optional<HistorySample>> SqlHistoryStore::valueAt(const QString &twinId,
                                                               const QString &name, Timestamp time)
{
    return d->query<std::optional<HistorySample>>([=](Connection &c) {
        std::optional<HistorySample> out;
        qint64 id = 0;
        int type = 0;
        if (!SqlHistoryPrivate::seriesOf(c, twinId, Internal::PropertySeries, name, &id, &type))
            return out;
        QSqlQuery q(c.db());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT t, num, txt FROM samples WHERE series = ? AND t <= ? "
                                 "ORDER BY t DESC LIMIT 1"));
        q.addBindValue(id);
        q.addBindValue(static_cast<qlonglong>(time));
        if (!q.exec())
            throw HistoryError(Tr::tr("cannot read the history store %1: %2")
                                   .arg(c.location().display, Internal::errorText(q.lastError())));
        if (q.next())
            out = HistorySample{q.value(0).toLongLong(),
                                Internal::decode(q.value(1), q.value(2), type)};
        return out;
    });
}

HistoryStatus SqlHistoryStore::status() const
{
    HistoryStatus s;
    s.location = d->location.display;
    s.backend = d->location.postgres ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
    {
        std::lock_guard lock(d->statusMutex);
        s.writing = d->writing;
        s.error = d->errorMessage;
    }
    s.recorded = d->recorded.load(std::memory_order_relaxed);
    s.dropped = d->dropped.load(std::memory_order_relaxed);
    s.failures = d->failures.load(std::memory_order_relaxed);
    s.pending = d->pending.load(std::memory_order_relaxed);
    s.batches = d->batches.load(std::memory_order_relaxed);
    s.lastCommit = d->lastCommit.load(std::memory_order_relaxed);
    return s;
}

bool SqlHistoryStore::flush(int timeoutMs)
{
    std::unique_lock lock(d->queueMutex);
    const std::uint64_t ticket = ++d->flushWanted;
    d->queueCv.notify_all();
    return d->flushCv.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                               [&] { return d->flushDone >= ticket || d->stopping; });
}

QString SqlHistoryStore::displayLocation(const QString &location)
{
    if (!location.contains(QLatin1String("://")))
        return location;
    QUrl url(location, QUrl::TolerantMode);
    if (!url.password().isEmpty())
        url.setPassword(QStringLiteral("***"));
    return url.toString(QUrl::RemoveQuery);
}

SqlHistoryStore::CheckReport SqlHistoryStore::check(const QString &location)
{
    CheckReport report;
    auto loc = Internal::parseLocation(location, &report.error);
    if (!loc)
        return report;
    report.backend = loc->postgres ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
    if (!loc->postgres) {
        const QFileInfo file(loc->path);
        if (!file.exists()) {
            report.error = Tr::tr("'%1' does not exist").arg(loc->path);
            return report;
        }
        report.bytes = file.size();
        for (const char *suffix : {"-wal", "-shm"}) {
            const QFileInfo extra(loc->path + QLatin1String(suffix));
            if (extra.exists())
                report.bytes += extra.size();
        }
    }
    Connection c(*loc, !loc->postgres);
    QString message;
    bool fatal = false;
    if (!c.open(&message, &fatal)) {
        report.error = message;
        return report;
    }
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    auto scalar = [&](const QString &sql, bool *ok) -> QVariant {
        *ok = q.exec(sql) && q.next();
        if (!*ok)
            report.error = Internal::errorText(q.lastError());
        return *ok ? q.value(0) : QVariant();
    };
    bool ok = true;
    const QVariant hasMeta = scalar(
        loc->postgres ? QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE "
                                       "table_schema = current_schema() AND table_name = 'meta'")
                      : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                       "AND name = 'meta'"),
        &ok);
    if (!ok)
        return report;
    if (hasMeta.toInt() == 0) {
        report.error = Tr::tr("not a Twinloom history store");
        return report;
    }
    report.schemaVersion =
        scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'schema'"), &ok).toInt();
    if (!ok)
        return report;
    if (!loc->postgres) {
        if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
            report.error = Internal::errorText(q.lastError());
            return report;
        }
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok"))
                report.integrity.append(line);
        }
    }
    report.seriesCount = scalar(QStringLiteral("SELECT count(*) FROM series"), &ok).toLongLong();
    if (ok)
        report.sampleCount =
            scalar(QStringLiteral("SELECT count(*) FROM samples"), &ok).toLongLong();
    if (ok)
        report.rollupCount =
            scalar(QStringLiteral("SELECT count(*) FROM rollups"), &ok).toLongLong();
    if (ok && report.sampleCount > 0) {
        if (q.exec(QStringLiteral("SELECT min(t), max(t) FROM samples")) && q.next()) {
            report.oldest = q.value(0).toLongLong();
            report.newest = q.value(1).toLongLong();
        }
    }
    if (!ok)
        return report;
    if (report.schemaVersion > kSchemaVersion)
        report.error = Tr::tr("written by a newer version of Twinloom (history schema %1)")
                           .arg(report.schemaVersion);
    else if (!report.integrity.isEmpty())
        report.error = Tr::tr("the integrity check failed");
    report.ok = report.error.isEmpty();
    return report;
}

} // namespace twinloom
