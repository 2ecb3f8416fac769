#include "adapters/linkstatus.h"

#include <algorithm>
#include <mutex>

namespace twinloom {

namespace {
std::mutex &mutex()
{
    static std::mutex m;
    return m;
}

std::vector<std::weak_ptr<LinkStatus::Entry>> &entries()
{
    static std::vector<std::weak_ptr<LinkStatus::Entry>> e;
    return e;
}
} // namespace

std::shared_ptr<LinkStatus::Entry> LinkStatus::add(const QString &protocol, const QString &endpoint)
{
    auto entry = std::make_shared<Entry>();
    entry->protocol = protocol;
    entry->endpoint = endpoint;
    std::lock_guard lock(mutex());
    std::erase_if(entries(), [](const std::weak_ptr<Entry> &e) { return e.expired(); });
    entries().push_back(entry);
    return entry;
}

std::vector<LinkStatus::Snapshot> LinkStatus::all()
{
    std::vector<Snapshot> out;
    std::lock_guard lock(mutex());
    for (const auto &weak : entries()) {
        if (auto e = weak.lock())
            out.push_back({e->protocol, e->endpoint, e->connected.load(), e->connects.load(),
                           e->failures.load()});
    }
    return out;
}

void LinkStatus::set(Entry &entry, bool connected)
{
    const bool was = entry.connected.exchange(connected);
    if (connected && !was)
        entry.connects.fetch_add(1, std::memory_order_relaxed);
    else if (!connected)
        entry.failures.fetch_add(1, std::memory_order_relaxed);
}

} // namespace twinloom
