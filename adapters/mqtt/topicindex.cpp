#include "adapters/mqtt/topicindex.h"

#include <QtCore/QHash>

#include <algorithm>
#include <unordered_map>

namespace twinloom {

struct TopicIndex::Node
{
    std::unordered_map<QString, std::unique_ptr<Node>> children; // literal levels
    std::unique_ptr<Node> plus;                                  // '+'
    std::vector<std::uint64_t> here;                             // filters ending at this level
    std::vector<std::uint64_t> hash; // filters ending with '#' below this level

    bool empty() const { return children.empty() && !plus && here.empty() && hash.empty(); }
};

TopicIndex::TopicIndex()
    : m_root(std::make_unique<Node>())
{}

TopicIndex::~TopicIndex() = default;

void TopicIndex::add(const QString &filter, std::uint64_t id)
{
    Node *node = m_root.get();
    const QList<QStringView> levels = QStringView(filter).split(QLatin1Char('/'));
    for (QStringView level : levels) {
        if (level == u"#") {
            node->hash.push_back(id);
            ++m_size;
            return;
        }
        std::unique_ptr<Node> &next = level == u"+" ? node->plus : node->children[level.toString()];
        if (!next)
            next = std::make_unique<Node>();
        node = next.get();
    }
    node->here.push_back(id);
    ++m_size;
}

namespace {
bool erase(std::vector<std::uint64_t> &ids, std::uint64_t id)
{
    auto it = std::find(ids.begin(), ids.end(), id);
    if (it == ids.end())
        return false;
    ids.erase(it);
    return true;
}
} // namespace

bool TopicIndex::remove(const QString &filter, std::uint64_t id)
{
    const QList<QStringView> levels = QStringView(filter).split(QLatin1Char('/'));
    // The path down, to prune nodes left empty.
    std::vector<std::pair<Node *, QStringView>> path;
    Node *node = m_root.get();
    bool removed = false;
    for (QStringView level : levels) {
        if (level == u"#") {
            removed = erase(node->hash, id);
            break;
        }
        Node *next = nullptr;
        if (level == u"+") {
            next = node->plus.get();
        } else {
            auto it = node->children.find(level.toString());
            next = it == node->children.end() ? nullptr : it->second.get();
        }
        if (!next)
            return false;
        path.emplace_back(node, level);
        node = next;
    }
    if (!removed && (levels.isEmpty() || levels.back() != u"#"))
        removed = erase(node->here, id);
    if (!removed)
        return false;
    --m_size;
    for (auto it = path.rbegin(); it != path.rend(); ++it) {
        auto &[parent, level] = *it;
        Node *child = nullptr;
        if (level == u"+") {
            child = parent->plus.get();
        } else if (auto c = parent->children.find(level.toString()); c != parent->children.end()) {
            child = c->second.get();
        }
        if (!child || !child->empty())
            break;
        if (level == u"+")
            parent->plus.reset();
        else
            parent->children.erase(level.toString());
    }
    return true;
}

void TopicIndex::match(QStringView topic, const std::function<void(std::uint64_t)> &hit) const
{
    const QList<QStringView> levels = topic.split(QLatin1Char('/'));
    // Topics beginning with '$' are not matched by filters starting with a wildcard (MQTT 4.7.2).
    const bool system = topic.startsWith(QLatin1Char('$'));
    std::vector<std::pair<const Node *, qsizetype>> stack{{m_root.get(), 0}};
    while (!stack.empty()) {
        const auto [node, depth] = stack.back();
        stack.pop_back();
        const bool wildcardsAllowed = !(system && depth == 0);
        if (wildcardsAllowed)
            for (std::uint64_t id : node->hash)
                hit(id);
        if (depth == levels.size()) {
            for (std::uint64_t id : node->here)
                hit(id);
            continue;
        }
        const QStringView level = levels[depth];
        if (auto it = node->children.find(level.toString()); it != node->children.end())
            stack.emplace_back(it->second.get(), depth + 1);
        if (node->plus && wildcardsAllowed)
            stack.emplace_back(node->plus.get(), depth + 1);
    }
}

} // namespace twinloom
