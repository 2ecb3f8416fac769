#include "engine/propertyhistory.h"

#include <algorithm>

namespace twinloom {

void PropertyHistory::setCapacity(std::size_t capacity)
{
    std::vector<HistorySample> keep = last(std::min(capacity, m_size));
    m_capacity = capacity;
    m_ring.clear();
    m_ring.shrink_to_fit();
    m_head = 0;
    m_size = 0;
    for (HistorySample &s : keep)
        append(s.time, std::move(s.value));
}

void PropertyHistory::append(Timestamp time, Value value)
{
    if (m_capacity == 0)
        return;
    if (m_ring.size() < m_capacity) {
        // Grows with the data (amortised) up to the capacity, so a large capacity on a slow
        // property does not reserve memory it may never use.
        m_ring.push_back({time, std::move(value)});
        ++m_size;
        return;
    }
    const std::size_t slot = (m_head + m_size) % m_capacity;
    m_ring[slot] = {time, std::move(value)};
    if (m_size < m_capacity)
        ++m_size;
    else
        m_head = (m_head + 1) % m_capacity;
}

void PropertyHistory::clear()
{
    m_ring.clear();
    m_head = 0;
    m_size = 0;
}

const HistorySample &PropertyHistory::at(std::size_t i) const
{
    return m_ring[(m_head + i) % m_ring.size()];
}

std::vector<HistorySample> PropertyHistory::since(Timestamp since) const
{
    // Samples are appended in commit order; find the first one not older than `since`.
    std::size_t lo = 0;
    std::size_t hi = m_size;
    while (lo < hi) {
        const std::size_t mid = (lo + hi) / 2;
        if (at(mid).time < since)
            lo = mid + 1;
        else
            hi = mid;
    }
    std::vector<HistorySample> out;
    out.reserve(m_size - lo);
    for (std::size_t i = lo; i < m_size; ++i)
        out.push_back(at(i));
    return out;
}

std::vector<HistorySample> PropertyHistory::last(std::size_t count) const
{
    count = std::min(count, m_size);
    std::vector<HistorySample> out;
    out.reserve(count);
    for (std::size_t i = m_size - count; i < m_size; ++i)
        out.push_back(at(i));
    return out;
}

} // namespace twinloom
