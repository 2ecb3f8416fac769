#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

namespace twinloom::Studio {

// A bounded ring of (time, value) samples, oldest first; appending to a full ring drops the
// oldest sample.
class SampleRing
{
public:
    explicit SampleRing(std::size_t capacity = 0);

    std::size_t capacity() const { return m_capacity; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    void setCapacity(std::size_t capacity); // keeps the newest samples that fit
    void append(double time, double value);
    void clear();

    double time(std::size_t i) const { return m_time[slot(i)]; } // i = 0 is the oldest
    double value(std::size_t i) const { return m_value[slot(i)]; }
    // Calls f(time, value) for the samples [begin, end), oldest first.
    template<typename F>
    void forEach(std::size_t begin, std::size_t end, F &&f) const
    {
        for (std::size_t i = begin; i < end;) {
            const std::size_t s = slot(i);
            const std::size_t n = std::min(end - i, m_capacity - s);
            for (std::size_t k = s; k < s + n; ++k)
                f(m_time[k], m_value[k]);
            i += n;
        }
    }
    // First index whose time is >= t (size() when none); times must not decrease.
    std::size_t lowerBound(double t) const;
    // Samples appended so far, and a count that changes whenever samples are removed other than
    // by appending to a full ring: caches built over the ring compare them.
    std::uint64_t appended() const { return m_appended; }
    std::uint64_t generation() const { return m_generation; }

private:
    std::size_t slot(std::size_t i) const
    {
        const std::size_t s = m_head + i;
        return s >= m_capacity ? s - m_capacity : s;
    }

    std::size_t m_capacity = 0;
    std::size_t m_head = 0;
    std::size_t m_size = 0;
    std::uint64_t m_appended = 0;
    std::uint64_t m_generation = 0;
    std::vector<double> m_time;
    std::vector<double> m_value;
};

} // namespace twinloom::Studio
