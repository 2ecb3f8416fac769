#pragma once

#include "engine/historystore.h"
#include "engine/value.h"

#include <QtCore/QString>

#include <functional>
#include <memory>

namespace twinloom {

class Engine;

namespace Internal {
class SqlHistoryPrivate;
}

// The history store on SQL: a SQLite file (WAL, the default, embedded) or a PostgreSQL database
// (shared by the runners of a fleet), with the same tables:
//   meta(key, value)                         schema version, writer
//   series(id, twin, kind, name, type)       one per recorded property or event
//   samples(series, t, num, txt)             t in µs since the epoch; numbers in num, the rest
//                                            (strings, JSON) in txt
//   rollups(series, step, t, n, mn, mx, sm)  the tiers: count, min, max and sum per step
// A writer thread of its own takes samples from a bounded queue and commits them in one
// transaction per flush interval; a reader thread answers queries. A store that cannot be written
// (a full disk, a read-only or corrupt file, a database that went away) holds what it has (up to
// the queue's bound), says so once through the problem handler, retries with a back-off and
// resumes by itself.
class SqlHistoryStore final : public HistoryStore
{
public:
    static constexpr int kSchemaVersion = 1;

    // `location`: a SQLite file (created with its folder when missing) or a postgresql:// URL
    // ("postgresql://user:${env:PGPASSWORD}@127.0.0.1:5432/twins"). A first connection that fails
    // is no error (the writer retries); a store written by a newer schema, an unknown URL scheme
    // or a malformed URL is: null with *error.
    // Called on the writer thread when the store starts failing (recovered = false, the message
    // says why) and when it works again (recovered = true). Once per episode, not per retry.
    using ProblemHandler = std::function<void(const QString &message, bool recovered)>;
    static std::shared_ptr<SqlHistoryStore> open(const HistoryConfig &config,
                                                 const QString &location, QString *error,
                                                 ProblemHandler handler = {});
    ~SqlHistoryStore() override; // detaches, commits what is queued (bounded wait), closes

    // Records the twins of `engine` by the configuration's rules, until detach(). The engine must
    // outlive the attachment.
    void attach(Engine &engine);
    void detach();

    // Hands one sample to the writer as a twin would (no rules, no sampling): imports,
    // benchmarks. False when the queue is full (counted as dropped). Not for twins an attached
    // engine records at the same time: those are the worker threads' alone.
    bool append(const QString &twinId, bool event, const QString &name, Timestamp time,
                const Value &value);

    void setProblemHandler(ProblemHandler handler);

    QFuture<std::vector<HistorySample>> samples(const QString &twinId, const QString &name,
                                                bool event, Timestamp from, Timestamp to,
                                                int limit) override;
    QFuture<std::vector<HistoryBucket>> buckets(const QString &twinId, const QString &name,
                                                Timestamp from, Timestamp to,
                                                Timestamp step) override;
    QFuture<std::optional<HistorySample>> valueAt(const QString &twinId, const QString &name,
                                                  Timestamp time) override;
    HistoryStatus status() const override;
    bool flush(int timeoutMs) override;

    // The location as shown to people: a URL without its password.
    static QString displayLocation(const QString &location);

    // `twinloom-run --history-check`: integrity, size, content, oldest and newest sample.
    struct CheckReport
    {
        bool ok = false;
        QString backend;
        QString error; // why ok is false
        int schemaVersion = 0;
        qint64 bytes = -1; // SQLite file with its WAL; -1 when unknown
        qint64 seriesCount = 0;
        qint64 sampleCount = 0;
        qint64 rollupCount = 0;
        Timestamp oldest = 0;
        Timestamp newest = 0;
        QStringList integrity; // SQLite's integrity_check lines other than "ok"
    };
    static CheckReport check(const QString &location);

private:
    SqlHistoryStore();
    std::unique_ptr<Internal::SqlHistoryPrivate> d;
};

} // namespace twinloom
