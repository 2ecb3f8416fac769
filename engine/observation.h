#pragma once

#include "engine/statechange.h"
#include "engine/topicfilter.h"

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace twinloom {

// The latest of one resource since the last take(), for a view that draws at a frame rate.
struct CoalescedChange
{
    QString twinId;
    ResourceKind kind = ResourceKind::Property;
    ChangeOperation operation = ChangeOperation::Update;
    QString key;
    Value value;
    QString target; // relationships
    Timestamp sourceTime = 0;
    Timestamp commitTime = 0;
    std::uint64_t sequence = 0;
    std::uint32_t updates = 0; // changes folded into this one since the last take()
};

// The pull side of observation: the engine offers it every matching change on the worker
// threads; a GUI takes what accumulated once per frame. Keeping the latest (a view's state):
// properties, desired values, lifecycle and relationships keep only their latest change, events
// are kept one by one up to the bound. Keeping every change (a plot's samples): each change is
// kept, up to the bound, beyond which the oldest half goes. dropped() counts what the bound lost.
class ChangeCoalescer
{
public:
    enum class Keep { Latest, Every };

    explicit ChangeCoalescer(std::size_t limit = 10000, Keep keep = Keep::Latest)
        : m_keep(keep)
        , m_limit(limit)
    {}

    std::vector<CoalescedChange> take();
    // The same into `taken`, whose storage the coalescer keeps for what comes next: no
    // allocation per frame.
    void take(std::vector<CoalescedChange> &taken);
    std::size_t pending() const;
    std::uint64_t dropped() const { return m_dropped.load(std::memory_order_relaxed); }

    void offer(const StateChange &change, const ResourceChange &resource); // thread-safe
    void offer(const StateChange &change);                                 // each of its resources

private:
    mutable std::mutex m_mutex;
    std::vector<CoalescedChange> m_items;
    QHash<QString, std::size_t> m_index;
    std::size_t m_events = 0;
    Keep m_keep;
    std::size_t m_limit;
    std::atomic<std::uint64_t> m_dropped{0};
};

using ChangeCallback = std::function<void(const StateChange &)>;

namespace Internal {

// One subscription. Delivery to a context object batches: the worker appends to a bounded queue
// and posts one call to the context's thread when the queue turns non-empty.
class Subscriber : public std::enable_shared_from_this<Subscriber>
{
public:
    std::uint64_t id = 0;
    TopicFilter filter;
    QPointer<QObject> context;
    bool direct = false; // no context: called on the worker thread
    ChangeCallback callback;
    std::shared_ptr<ChangeCoalescer> coalescer;
    std::size_t queueLimit = 100000;
    std::atomic<bool> active{true};
    std::atomic<std::uint64_t> dropped{0};
    // Held while a direct callback runs, so that unsubscribing waits for a call in flight.
    std::recursive_mutex callMutex;

    void deliver(const StateChange &change);

private:
    void flush();

    std::mutex m_mutex;
    std::vector<StateChange> m_pending;
    bool m_posted = false;
};

class ObservationHub
{
public:
    std::shared_ptr<Subscriber> add(std::shared_ptr<Subscriber> subscriber);
    void remove(std::uint64_t id);
    void clear(); // deactivates every subscription; queued deliveries are discarded
    std::uint64_t generation() const { return m_generation.load(std::memory_order_acquire); }
    std::vector<std::shared_ptr<Subscriber>> forTwin(const QString &twinId,
                                                     std::uint64_t *generation) const;
    std::uint64_t droppedTotal() const;

    // Delivers the parts of a change that each subscriber's filter selects.
    static void publish(const std::vector<std::shared_ptr<Subscriber>> &subscribers,
                        const StateChange &change);

private:
    mutable std::mutex m_mutex;
    std::vector<std::shared_ptr<Subscriber>> m_subscribers;
    std::atomic<std::uint64_t> m_generation{1};
    std::uint64_t m_nextId = 1;
};

} // namespace Internal
} // namespace twinloom
