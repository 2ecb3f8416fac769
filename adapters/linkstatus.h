#pragma once

#include <QtCore/QString>

#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

namespace twinloom {

// The state of the process's outgoing connections (an MQTT session to a broker…), for metrics
// and health. A connection holds its entry while it lives; readers take a copy from any thread.
class LinkStatus
{
public:
    struct Entry
    {
        QString protocol; // "mqtt"
        QString endpoint; // "127.0.0.1:1883"
        std::atomic<bool> connected{false};
        std::atomic<std::uint64_t> connects{0}; // successful connections, the first included
        std::atomic<std::uint64_t> failures{0}; // attempts that failed and connections lost
    };
    struct Snapshot
    {
        QString protocol;
        QString endpoint;
        bool connected = false;
        std::uint64_t connects = 0;
        std::uint64_t failures = 0;
    };

    static std::shared_ptr<Entry> add(const QString &protocol, const QString &endpoint);
    static std::vector<Snapshot> all();
    // Marks a change of state, counting connects and failures.
    static void set(Entry &entry, bool connected);
};

} // namespace twinloom
