#include "engine/metrics.h"

#include <algorithm>
#include <bit>

namespace twinloom {

int LatencyHistogram::bucketOf(std::int64_t nanos)
{
    if (nanos < 16)
        return nanos < 0 ? 0 : static_cast<int>(nanos);
    const auto v = static_cast<std::uint64_t>(nanos);
    const int e = 63 - std::countl_zero(v); // >= 4
    const int sub = static_cast<int>((v >> (e - 3)) & 7);
    const int bucket = 16 + (e - 4) * 8 + sub;
    return bucket < kBuckets ? bucket : kBuckets - 1;
}

std::int64_t LatencyHistogram::bucketMidpoint(int bucket)
{
    if (bucket < 16)
        return bucket;
    const int e = (bucket - 16) / 8 + 4;
    const int sub = (bucket - 16) % 8;
    const std::int64_t lo = std::int64_t{8 + sub} << (e - 3);
    const std::int64_t hi = std::int64_t{9 + sub} << (e - 3);
    return (lo + hi) / 2;
}

void LatencyHistogram::record(std::int64_t nanos)
{
    auto &b = m_buckets[static_cast<std::size_t>(bucketOf(nanos))];
    // Single writer: a plain load and store is enough and cheaper than an atomic add.
    b.store(b.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
}

std::uint64_t LatencyHistogram::count() const
{
    std::uint64_t n = 0;
    for (const auto &b : m_buckets)
        n += b.load(std::memory_order_relaxed);
    return n;
}

void LatencyHistogram::mergeInto(std::array<std::uint64_t, kBuckets> &totals) const
{
    for (std::size_t i = 0; i < totals.size(); ++i)
        totals[i] += m_buckets[i].load(std::memory_order_relaxed);
}

std::int64_t LatencyHistogram::quantileOf(const std::array<std::uint64_t, kBuckets> &totals,
                                          double q)
{
    std::uint64_t n = 0;
    for (auto c : totals)
        n += c;
    if (n == 0)
        return 0;
    const auto rank = static_cast<std::uint64_t>(q * static_cast<double>(n - 1));
    std::uint64_t seen = 0;
    for (int i = 0; i < kBuckets; ++i) {
        seen += totals[static_cast<std::size_t>(i)];
        if (seen > rank)
            return bucketMidpoint(i);
    }
    return bucketMidpoint(kBuckets - 1);
}

std::int64_t LatencyHistogram::quantile(double q) const
{
    std::array<std::uint64_t, kBuckets> totals{};
    mergeInto(totals);
    return quantileOf(totals, q);
}

void LifecycleTimes::enter(LifecycleState state, Timestamp now)
{
    if (m_since > 0)
        m_total[static_cast<std::size_t>(m_state)] += std::max<Timestamp>(0, now - m_since);
    m_state = state;
    m_since = now;
}

Timestamp LifecycleTimes::timeIn(LifecycleState state, Timestamp now) const
{
    Timestamp t = m_total[static_cast<std::size_t>(state)];
    if (state == m_state && m_since > 0)
        t += std::max<Timestamp>(0, now - m_since);
    return t;
}

Timestamp LifecycleTimes::runningTime(Timestamp now) const
{
    return timeIn(LifecycleState::Started, now) + timeIn(LifecycleState::Unbound, now) +
           boundTime(now);
}

Timestamp LifecycleTimes::boundTime(Timestamp now) const
{
    return timeIn(LifecycleState::Bound, now) + timeIn(LifecycleState::Synchronized, now) +
           timeIn(LifecycleState::NotSynchronized, now);
}

} // namespace twinloom
