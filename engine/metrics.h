#pragma once

#include "engine/clock.h"
#include "engine/lifecycle.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>

namespace twinloom {

// A latency histogram in nanoseconds with 8 buckets per power of two (12.5 % resolution), up to
// about 36 minutes. One thread records; any thread may read (a read may be a sample behind).
class LatencyHistogram
{
public:
    static constexpr int kBuckets = 16 + 38 * 8;

    void record(std::int64_t nanos);
    std::uint64_t count() const;
    // The q-quantile (0..1) in nanoseconds; 0 when empty.
    std::int64_t quantile(double q) const;
    void mergeInto(std::array<std::uint64_t, kBuckets> &totals) const;
    static std::int64_t quantileOf(const std::array<std::uint64_t, kBuckets> &totals, double q);

    static int bucketOf(std::int64_t nanos);
    static std::int64_t bucketMidpoint(int bucket);

private:
    std::array<std::atomic<std::uint32_t>, kBuckets> m_buckets{};
};

// How long a twin has been in each life cycle state, for its availability. Times are passed in,
// so that the accounting can be checked against a made-up clock. Not thread-safe.
class LifecycleTimes
{
public:
    void enter(LifecycleState state, Timestamp now);
    Timestamp timeIn(LifecycleState state, Timestamp now) const; // µs, the current stay included
    Timestamp runningTime(Timestamp now) const; // Started, Bound, Unbound, (Not)Synchronized
    Timestamp boundTime(Timestamp now) const;   // Bound, Synchronized, NotSynchronized

private:
    std::array<Timestamp, kLifecycleStateCount> m_total{};
    LifecycleState m_state = LifecycleState::Created;
    Timestamp m_since = 0;
};

// Counters of one twin. Written by the twin's worker (and by producers for the mailbox ones).
struct TwinCounters
{
    std::atomic<std::uint64_t> eventsIn{0};          // physical events accepted by the mailbox
    std::atomic<std::uint64_t> eventsDropped{0};     // refused or replaced by back-pressure
    std::atomic<std::uint64_t> eventsFailed{0};      // failed decoding, mapping or validation
    std::atomic<std::uint64_t> changesOut{0};        // committed state changes
    std::atomic<std::int64_t> lastCommit{0};         // Timestamp of the last committed change
    std::unique_ptr<LatencyHistogram> commitLatency; // enqueue → commit; made on the first commit
};

// A snapshot of one twin's metrics, safe to pass around.
struct TwinMetrics
{
    QString twinId;
    std::uint64_t eventsIn = 0;
    std::uint64_t eventsOffered = 0; // handed to the mailbox, refused ones included
    std::uint64_t eventsDropped = 0;
    std::uint64_t eventsFailed = 0;
    std::uint64_t changesOut = 0;
    std::uint64_t mailboxDepth = 0;
    std::int64_t commitLatencyP50 = 0; // ns
    std::int64_t commitLatencyP99 = 0; // ns
    Timestamp lastUpdateAge = -1;      // µs since the last commit; -1 = never
    Timestamp runningTime = 0;         // µs running (Started to Stopped), every run added up
    Timestamp boundTime = 0;           // µs of it Bound, Synchronized or NotSynchronized
};

struct EngineMetrics
{
    int twins = 0;
    int workers = 0;
    std::uint64_t eventsIn = 0;
    std::uint64_t eventsDropped = 0;
    std::uint64_t eventsFailed = 0;
    std::uint64_t changesOut = 0;
    std::uint64_t mailboxDepth = 0;
    std::int64_t commitLatencyP50 = 0; // ns
    std::int64_t commitLatencyP99 = 0; // ns
    std::uint64_t observerDropped = 0; // changes a slow observer's bounded queue had to drop
    // Every twin's commit latencies together, for exposition as a histogram.
    std::array<std::uint64_t, LatencyHistogram::kBuckets> commitLatencyBuckets{};
};

} // namespace twinloom
