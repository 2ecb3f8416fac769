#include "app/studio/monitor/samplering.h"

#include <algorithm>

namespace twinloom::Studio {

SampleRing::SampleRing(std::size_t capacity)
{
    setCapacity(capacity);
}

void SampleRing::setCapacity(std::size_t capacity)
{
    if (capacity == m_capacity)
        return;
    const std::size_t keep = std::min(m_size, capacity);
    std::vector<double> times(capacity);
    std::vector<double> values(capacity);
    for (std::size_t i = 0; i < keep; ++i) {
        times[i] = time(m_size - keep + i);
        values[i] = value(m_size - keep + i);
    }
    m_time = std::move(times);
    m_value = std::move(values);
    m_capacity = capacity;
    m_head = 0;
    m_size = keep;
    ++m_generation;
}

void SampleRing::append(double t, double v)
{
    if (m_capacity == 0)
        return;
    ++m_appended;
    if (m_size < m_capacity) {
        const std::size_t s = slot(m_size);
        m_time[s] = t;
        m_value[s] = v;
        ++m_size;
        return;
    }
    m_time[m_head] = t;
    m_value[m_head] = v;
    m_head = m_head + 1 == m_capacity ? 0 : m_head + 1;
}

void SampleRing::clear()
{
    m_head = 0;
    m_size = 0;
    ++m_generation;
}

std::size_t SampleRing::lowerBound(double t) const
{
    std::size_t lo = 0;
    std::size_t hi = m_size;
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (time(mid) < t)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

} // namespace twinloom::Studio
