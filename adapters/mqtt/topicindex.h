#pragma once

#include <QtCore/QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

namespace twinloom {

// MQTT topic filters ('+' one level, '#' the rest) indexed by level, so that a message is routed
// in time proportional to its topic's depth, not to the number of filters: 10,000 twins on one
// connection each add their filters here. Several entries may share a filter.
class TopicIndex
{
public:
    TopicIndex();
    ~TopicIndex();
    TopicIndex(const TopicIndex &) = delete;
    TopicIndex &operator=(const TopicIndex &) = delete;

    void add(const QString &filter, std::uint64_t id);
    // False when the entry was not there.
    bool remove(const QString &filter, std::uint64_t id);
    // Calls `hit` once for every entry whose filter matches `topic`.
    void match(QStringView topic, const std::function<void(std::uint64_t id)> &hit) const;
    std::size_t size() const { return m_size; }

private:
    struct Node;
    std::unique_ptr<Node> m_root;
    std::size_t m_size = 0;
};

} // namespace twinloom
