#pragma once

#include "engine/clock.h"
#include "engine/value.h"

#include <cstddef>
#include <vector>

namespace twinloom {

struct HistorySample
{
    Timestamp time = 0;
    Value value;
};

// A bounded ring of the last samples of one property. Storage is reserved on the first append,
// so a property that is never updated costs nothing.
class PropertyHistory
{
public:
    explicit PropertyHistory(std::size_t capacity = 0)
        : m_capacity(capacity)
    {}

    std::size_t capacity() const { return m_capacity; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    void setCapacity(std::size_t capacity); // keeps the newest samples that fit

    void append(Timestamp time, Value value);
    void clear();

    // i = 0 is the oldest sample held.
    const HistorySample &at(std::size_t i) const;
    const HistorySample &latest() const { return at(m_size - 1); }
    // Samples with time >= since, oldest first.
    std::vector<HistorySample> since(Timestamp since) const;
    std::vector<HistorySample> last(std::size_t count) const;

private:
    std::size_t m_capacity = 0;
    std::size_t m_head = 0; // index of the oldest sample
    std::size_t m_size = 0;
    std::vector<HistorySample> m_ring;
};

} // namespace twinloom
