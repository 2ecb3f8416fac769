#pragma once

#include "engine/clock.h"
#include "engine/diagnostics.h"
#include "engine/propertyhistory.h"

#include <QtCore/QFuture>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <limits>
#include <optional>
#include <stdexcept>
#include <vector>

namespace twinloom {

// How a recorded series keeps its samples.
enum class HistorySampling : std::uint8_t {
    EveryChange, // each committed change
    Deadband,    // a number that moved by at least `deadband` from the last recorded one
    Interval     // at most one per `interval`, the first one in it
};

// One "record" entry of a project's "history" section: which twins (by id or model; none named
// means every twin), which of their properties and events ("*" for all), and how often.
struct HistoryRule
{
    QStringList twins;  // ids; a trailing '*' matches a prefix
    QStringList models; // DTMIs
    QStringList properties{QStringLiteral("*")};
    QStringList events{QStringLiteral("*")};
    HistorySampling sampling = HistorySampling::EveryChange;
    double deadband = 0;
    Timestamp interval = 0; // µs

    bool matchesTwin(const QString &twinId, const QString &modelId) const;
    static bool matchesName(const QStringList &names, const QString &name);
};

// A downsampled tier: min, max, mean and count per `step`, kept for `retention`.
struct HistoryTier
{
    Timestamp step = 0;      // µs
    Timestamp retention = 0; // µs; 0 = for ever
};

// A project's "history" section, or what `twinloom-run --history` asks for.
struct HistoryConfig
{
    static constexpr int kDefaultQueue = 200'000;

    // A file (SQLite; relative to the project's folder) or a postgresql:// URL whose parts may be
    // ${env:NAME}. Empty: "<project name>.history.sqlite" beside the project.
    QString location;
    std::vector<HistoryRule> rules;    // first match wins; none: everything, every change
    Timestamp retention = 0;           // raw samples, µs; 0 = for ever
    std::vector<HistoryTier> tiers;    // each tier's step a multiple of the previous one's
    int queueCapacity = kDefaultQueue; // samples waiting for the writer; beyond it, dropped
    Timestamp flushInterval = 200'000; // µs between the writer's transactions

    // What "tiers" is when a project leaves it out: 1-minute buckets for a year, 1-hour ones for
    // ever.
    static std::vector<HistoryTier> defaultTiers();
    // Reads the section; errors name the JSON pointer of the field. Unknown fields are warned.
    static std::optional<HistoryConfig> fromJson(const nlohmann::json &json, const QString &pointer,
                                                 Diagnostics &diagnostics);
    // The section's JSON Schema ($defs/history of the project schema).
    static nlohmann::ordered_json schema();
    // The rule deciding whether (and how) a resource is recorded; null: not recorded.
    const HistoryRule *ruleFor(const QString &twinId, const QString &modelId, bool event,
                               const QString &name) const;
};

// ISO 8601 duration for retention and steps: days, hours… and also years and months, taken as
// 365.2425 and 30.436875 days. nullopt when not a positive duration.
std::optional<Timestamp> parseRetention(const nlohmann::json &json);

// A time given by a user: ISO 8601 ("2026-12-01T10:00:00Z", a date alone is midnight UTC),
// seconds since the epoch, "now", or "now-PT1H"/"-PT1H" (relative to now).
std::optional<Timestamp> parseTimeArgument(QStringView text, Timestamp now);

struct HistoryBucket
{
    Timestamp start = 0;
    std::uint64_t count = 0;
    double min = 0;
    double max = 0;
    double mean = 0;
};

// What the store is doing, for logs, metrics and the studio.
struct HistoryStatus
{
    QString location;     // credentials left out
    QString backend;      // "sqlite" or "postgresql"
    bool writing = false; // false while the store cannot be written (the error says why)
    QString error;
    std::uint64_t recorded = 0; // samples committed
    std::uint64_t dropped = 0;  // samples refused by a full queue
    std::uint64_t failures = 0; // failed transactions (each retried)
    std::uint64_t pending = 0;  // samples queued or held for a retry
    std::uint64_t batches = 0;  // transactions committed
    Timestamp lastCommit = 0;
};

// A query that could not be answered (the store is away, a failed read): what a query's future
// throws, with a message for people.
class HistoryError : public std::runtime_error
{
public:
    explicit HistoryError(const QString &message);
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

// A history store: samples of properties and events recorded by twins, and range queries over
// them. Implementations write on a thread of their own and answer queries on another, so no
// caller waits on a disk or a database: queries return futures.
class HistoryStore
{
public:
    virtual ~HistoryStore();

    // Samples of a property (event = false) or of an event's payloads in [from, to), oldest
    // first; at most `limit`, the newest kept when there are more.
    virtual QFuture<std::vector<HistorySample>> samples(const QString &twinId, const QString &name,
                                                        bool event, Timestamp from, Timestamp to,
                                                        int limit) = 0;
    // A number's min, max, mean and count per `step` from `from`; buckets without samples are
    // left out (a plot shows the gap). Served from the coarsest tier whose step divides `step`.
    virtual QFuture<std::vector<HistoryBucket>> buckets(const QString &twinId, const QString &name,
                                                        Timestamp from, Timestamp to,
                                                        Timestamp step) = 0;
    // The last sample at or before `time`.
    virtual QFuture<std::optional<HistorySample>> valueAt(const QString &twinId,
                                                          const QString &name, Timestamp time) = 0;
    virtual HistoryStatus status() const = 0;
    // Waits until everything queued before the call is committed (or failed); false on time-out.
    virtual bool flush(int timeoutMs) = 0;
};

constexpr Timestamp kHistoryEnd = std::numeric_limits<Timestamp>::max();

} // namespace twinloom
