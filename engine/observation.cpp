#include "engine/observation.h"

#include <QtCore/QMetaObject>

#include <algorithm>

namespace twinloom {

namespace {
QString coalesceKey(const StateChange &c, const ResourceChange &r)
{
    QString key = c.twinId;
    key += QChar(0x1f);
    key += QChar(static_cast<char16_t>(r.kind) + u'0');
    key += QChar(0x1f);
    key += r.key;
    if (r.kind == ResourceKind::Relationship) {
        key += QChar(0x1f);
        key += r.instanceId;
    }
    return key;
}

const QString &segmentOf(ResourceKind kind)
{
    static const QString segments[] = {
        QStringLiteral("properties"),    QStringLiteral("desired"), QStringLiteral("events"),
        QStringLiteral("relationships"), QStringLiteral("actions"), QStringLiteral("lifecycle")};
    return segments[static_cast<int>(kind)];
}
} // namespace

void ChangeCoalescer::offer(const StateChange &change, const ResourceChange &r)
{
    CoalescedChange item{change.twinId, r.kind,       r.operation,       r.key,           r.value,
                         r.target,      r.sourceTime, change.commitTime, change.sequence, 1};
    if (m_keep == Keep::Every) {
        // A sample without a time of its own was measured when its transaction was.
        if (item.sourceTime == 0)
            item.sourceTime = change.sourceTime;
        std::lock_guard lock(m_mutex);
        if (m_items.size() >= m_limit) {
            const std::size_t half = std::max<std::size_t>(1, m_items.size() / 2);
            m_items.erase(m_items.begin(), m_items.begin() + std::ptrdiff_t(half));
            m_dropped.fetch_add(half, std::memory_order_relaxed);
        }
        m_items.push_back(std::move(item));
        return;
    }
    std::lock_guard lock(m_mutex);
    if (r.kind == ResourceKind::Event) {
        if (m_events >= m_limit) {
            m_dropped.fetch_add(1, std::memory_order_relaxed);
            return;
        }
        ++m_events;
        m_items.push_back(std::move(item));
        return;
    }
    const QString key = coalesceKey(change, r);
    auto it = m_index.find(key);
    if (it != m_index.end()) {
        CoalescedChange &existing = m_items[*it];
        item.updates = existing.updates + 1;
        if (existing.operation == ChangeOperation::Add && r.operation == ChangeOperation::Update)
            item.operation = ChangeOperation::Add;
        existing = std::move(item);
        return;
    }
    m_index.insert(key, m_items.size());
    m_items.push_back(std::move(item));
}

void ChangeCoalescer::offer(const StateChange &change)
{
    for (const ResourceChange &r : change.changes)
        offer(change, r);
}

std::vector<CoalescedChange> ChangeCoalescer::take()
{
    std::vector<CoalescedChange> out;
    take(out);
    return out;
}

void ChangeCoalescer::take(std::vector<CoalescedChange> &taken)
{
    taken.clear(); // outside the lock: the worker must not wait for the last frame's values
    std::lock_guard lock(m_mutex);
    taken.swap(m_items);
    m_index.clear();
    m_events = 0;
}

std::size_t ChangeCoalescer::pending() const
{
    std::lock_guard lock(m_mutex);
    return m_items.size();
}

namespace Internal {

void Subscriber::deliver(const StateChange &change)
{
    if (!active.load(std::memory_order_acquire))
        return;
    if (coalescer) {
        coalescer->offer(change);
        return;
    }
    if (direct) {
        std::lock_guard call(callMutex);
        if (active.load(std::memory_order_acquire))
            callback(change);
        return;
    }
    bool post = false;
    {
        std::lock_guard lock(m_mutex);
        if (m_pending.size() >= queueLimit) {
            // A slow observer loses its oldest changes, never the engine's throughput.
            m_pending.erase(m_pending.begin());
            dropped.fetch_add(1, std::memory_order_relaxed);
        }
        m_pending.push_back(change);
        if (!m_posted) {
            m_posted = true;
            post = true;
        }
    }
    if (post) {
        QObject *target = context.data();
        if (!target)
            return;
        QMetaObject::invokeMethod(
            target, [self = shared_from_this()] { self->flush(); }, Qt::QueuedConnection);
    }
}

void Subscriber::flush()
{
    std::vector<StateChange> batch;
    {
        std::lock_guard lock(m_mutex);
        batch.swap(m_pending);
        m_posted = false;
    }
    for (const StateChange &c : batch) {
        if (!active.load(std::memory_order_acquire))
            return;
        callback(c);
    }
}

std::shared_ptr<Subscriber> ObservationHub::add(std::shared_ptr<Subscriber> subscriber)
{
    std::lock_guard lock(m_mutex);
    subscriber->id = m_nextId++;
    m_subscribers.push_back(subscriber);
    m_generation.fetch_add(1, std::memory_order_acq_rel);
    return subscriber;
}

void ObservationHub::remove(std::uint64_t id)
{
    std::shared_ptr<Subscriber> removed;
    {
        std::lock_guard lock(m_mutex);
        auto it = std::find_if(m_subscribers.begin(), m_subscribers.end(),
                               [id](const auto &s) { return s->id == id; });
        if (it == m_subscribers.end())
            return;
        removed = *it;
        removed->active.store(false, std::memory_order_release);
        m_subscribers.erase(it);
        m_generation.fetch_add(1, std::memory_order_acq_rel);
    }
    // Wait for a direct call in flight: after this, the callback's captures may be destroyed.
    std::lock_guard call(removed->callMutex);
}

void ObservationHub::clear()
{
    std::lock_guard lock(m_mutex);
    for (const auto &s : m_subscribers)
        s->active.store(false, std::memory_order_release);
    m_subscribers.clear();
    m_generation.fetch_add(1, std::memory_order_acq_rel);
}

std::vector<std::shared_ptr<Subscriber>> ObservationHub::forTwin(const QString &twinId,
                                                                 std::uint64_t *generation) const
{
    std::lock_guard lock(m_mutex);
    *generation = m_generation.load(std::memory_order_acquire);
    std::vector<std::shared_ptr<Subscriber>> out;
    for (const auto &s : m_subscribers) {
        if (s->filter.mayMatchTwin(twinId))
            out.push_back(s);
    }
    return out;
}

std::uint64_t ObservationHub::droppedTotal() const
{
    std::lock_guard lock(m_mutex);
    std::uint64_t n = 0;
    for (const auto &s : m_subscribers)
        n += s->dropped.load(std::memory_order_relaxed) +
             (s->coalescer ? s->coalescer->dropped() : 0);
    return n;
}

void ObservationHub::publish(const std::vector<std::shared_ptr<Subscriber>> &subscribers,
                             const StateChange &change)
{
    for (const auto &s : subscribers) {
        qsizetype matching = 0;
        for (const ResourceChange &r : change.changes) {
            const QString &key = r.kind == ResourceKind::Lifecycle ? QString() : r.key;
            if (s->filter.matches(change.twinId, segmentOf(r.kind), key))
                ++matching;
        }
        if (matching == change.changes.size()) {
            s->deliver(change);
        } else if (matching > 0) {
            StateChange part;
            part.twinId = change.twinId;
            part.sequence = change.sequence;
            part.sourceTime = change.sourceTime;
            part.ingestTime = change.ingestTime;
            part.commitTime = change.commitTime;
            for (const ResourceChange &r : change.changes) {
                const QString &key = r.kind == ResourceKind::Lifecycle ? QString() : r.key;
                if (s->filter.matches(change.twinId, segmentOf(r.kind), key))
                    part.changes.push_back(r);
            }
            s->deliver(part);
        }
    }
}

} // namespace Internal
} // namespace twinloom
