#include "engine/twincore.h"

#include "engine/mappingshadowing.h"
#include "engine/tr.h"
#include "engine/worker.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QTimer>

#include <algorithm>
#include <limits>

namespace twinloom::Internal {

namespace {
constexpr Timestamp kProblemWindow = 10 * 1000 * 1000;
constexpr int kProblemsPerWindow = 10;
} // namespace

TwinCore::TwinCore(TwinServices services, Worker *worker, QString id, QString node,
                   TwinModelPtr model, std::unique_ptr<ShadowingFunction> shadowing,
                   std::vector<std::unique_ptr<PhysicalAdapter>> physical,
                   std::vector<std::unique_ptr<DigitalAdapter>> digital,
                   const std::map<QString, PropertyOverride> &overrides,
                   std::vector<RelationshipDescriptor> relationships)
    : m_services(std::move(services))
    , m_worker(worker)
    , m_id(std::move(id))
    , m_node(std::move(node))
    , m_state(m_id, model)
    , m_shadowing(std::move(shadowing))
    , m_seedRelationships(std::move(relationships))
{
    if (!m_shadowing)
        m_shadowing = std::make_unique<MappingShadowingFunction>(model);
    m_counters.commitLatency = std::make_unique<LatencyHistogram>();

    const std::size_t n = model->properties.size();
    m_maxAge.resize(n);
    m_stale.assign(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        m_maxAge[i] = model->properties[i].maxAge;
        auto o = overrides.find(model->properties[i].name);
        if (o != overrides.end()) {
            if (o->second.maxAge)
                m_maxAge[i] = *o->second.maxAge;
            if (o->second.historyCapacity)
                m_state.setHistoryCapacity(static_cast<int>(i),
                                           static_cast<std::size_t>(*o->second.historyCapacity));
        }
        if (m_maxAge[i] > 0)
            m_agedProperties.push_back(static_cast<int>(i));
    }

    for (auto &p : physical) {
        p->setParent(nullptr);
        p->m_twin = this;
        p->m_index = static_cast<int>(m_physical.size());
        p->moveToThread(worker->thread());
        m_physical.push_back(p.release());
    }
    for (auto &d : digital) {
        d->setParent(nullptr);
        d->m_twin = this;
        d->moveToThread(worker->thread());
        m_digital.push_back(d.release());
    }
    m_bound.assign(m_physical.size(), false);
    m_behind.assign(m_physical.size(), {});
    m_descriptions.resize(m_physical.size());
    moveToThread(worker->thread());
}

TwinCore::~TwinCore()
{
    // destroy() has run on the worker thread; this only frees what is left if it did not.
    for (PhysicalAdapter *p : m_physical)
        delete p;
    for (DigitalAdapter *d : m_digital)
        delete d;
}

bool TwinCore::postPhysical(PhysicalEvent &&event)
{
    if (event.ingestTime == 0)
        event.ingestTime = Clock::now();
    const std::size_t capacity = m_services.options->mailboxCapacity;
    {
        std::lock_guard lock(m_mutex);
        ++m_offered;
        const std::size_t queued = m_queue.size() - m_head;
        if (queued < capacity && m_overflow.isEmpty()) {
            m_queue.push_back(std::move(event));
        } else {
            switch (m_services.options->overflowPolicy) {
            case OverflowPolicy::DropNewest:
                ++m_droppedAtEnqueue;
                return false;
            case OverflowPolicy::DropOldest:
                ++m_droppedAtEnqueue;
                ++m_head;
                if (m_head > capacity / 2 + 1) {
                    m_queue.erase(m_queue.begin(),
                                  m_queue.begin() + static_cast<std::ptrdiff_t>(m_head));
                    m_head = 0;
                }
                m_queue.push_back(std::move(event));
                break;
            case OverflowPolicy::LatestValue: {
                if (event.kind != PhysicalEvent::Kind::Property) {
                    ++m_droppedAtEnqueue;
                    return false;
                }
                const QString key =
                    QString::number(event.adapterIndex) + QLatin1Char(':') + event.key;
                auto it = m_overflow.find(key);
                if (it != m_overflow.end()) {
                    *it = std::move(event); // the older value is replaced: dropped
                    ++m_droppedAtEnqueue;
                } else if (static_cast<std::size_t>(m_overflow.size()) >= capacity) {
                    ++m_droppedAtEnqueue;
                    return false;
                } else {
                    m_overflow.insert(key, std::move(event));
                }
                break;
            }
            }
        }
        ++m_enqueued;
        m_depth.store(static_cast<std::uint32_t>(m_queue.size() - m_head +
                                                 static_cast<std::size_t>(m_overflow.size())),
                      std::memory_order_relaxed);
    }
    schedule();
    return true;
}

void TwinCore::postControl(std::function<void()> fn)
{
    {
        std::lock_guard lock(m_mutex);
        m_control.push_back(std::move(fn));
    }
    schedule();
}

void TwinCore::schedule()
{
    if (!m_scheduled.exchange(true, std::memory_order_acq_rel))
        m_worker->schedule(this);
}

std::uint64_t TwinCore::enqueued() const
{
    std::lock_guard lock(m_mutex);
    return m_enqueued;
}

std::uint64_t TwinCore::droppedAtEnqueue() const
{
    std::lock_guard lock(m_mutex);
    return m_droppedAtEnqueue;
}

void TwinCore::run()
{
    m_scheduled.store(false, std::memory_order_release);
    drainData();
    std::vector<std::function<void()>> control;
    {
        std::lock_guard lock(m_mutex);
        control.swap(m_control);
    }
    for (auto &fn : control)
        fn();
}

bool TwinCore::runData()
{
    m_scheduled.store(false, std::memory_order_release);
    drainData();
    {
        std::lock_guard lock(m_mutex);
        if (m_control.empty())
            return false;
    }
    // Still scheduled: the caller hands the twin to the posted wake-up, unless something else
    // has scheduled it meanwhile.
    return !m_scheduled.exchange(true, std::memory_order_acq_rel);
}

void TwinCore::drainData()
{
    std::size_t head = 0;
    QHash<QString, PhysicalEvent> overflow;
    {
        std::lock_guard lock(m_mutex);
        if (m_queue.size() == m_head && m_overflow.isEmpty())
            return;
        m_drain.swap(m_queue);
        head = m_head;
        m_head = 0;
        overflow.swap(m_overflow);
        m_depth.store(0, std::memory_order_relaxed);
    }
    std::uint64_t skipped = 0;
    for (std::size_t i = head; i < m_drain.size(); ++i) {
        if (m_discard.load(std::memory_order_relaxed)) {
            skipped += m_drain.size() - i;
            break;
        }
        processEvent(m_drain[i]);
    }
    for (auto it = overflow.begin(); it != overflow.end(); ++it) {
        if (m_discard.load(std::memory_order_relaxed)) {
            ++skipped;
            continue;
        }
        processEvent(*it);
    }
    if (skipped)
        m_counters.eventsDropped.fetch_add(skipped, std::memory_order_relaxed);
    m_drain.clear();
    // A burst may have grown the buffer; an idle twin should not keep it.
    if (m_drain.capacity() > 1024)
        std::vector<PhysicalEvent>().swap(m_drain);
}

void TwinCore::processEvent(PhysicalEvent &event)
{
    if (!m_lifecycle.isRunning()) {
        m_counters.eventsDropped.fetch_add(1, std::memory_order_relaxed);
        return;
    }
    if (m_holding) {
        // A successor keeps what arrives until its predecessor hands over (bounded: a hand-over
        // that never comes must not take the memory).
        if (m_held.size() < kMaxHeldEvents) {
            m_held.push_back(std::move(event));
        } else {
            ++m_heldDropped;
            m_counters.eventsDropped.fetch_add(1, std::memory_order_relaxed);
        }
        return;
    }
    if (const auto slot = static_cast<std::size_t>(event.adapterIndex + 1);
        event.adapterIndex >= -1 && slot < m_lastSource.size() &&
        event.sourceTime > m_lastSource[slot])
        m_lastSource[slot] = event.sourceTime;
    m_shadowing->onPhysicalEvent(*this, event);
}

bool TwinCore::commit(StateTransaction &transaction)
{
    const Timestamp now = Clock::now();
    std::optional<StateChange> change = transaction.commit(now);
    if (!change) {
        reportFailure(transaction.error());
        return false;
    }
    m_counters.changesOut.store(m_counters.changesOut.load(std::memory_order_relaxed) + 1,
                                std::memory_order_relaxed);
    m_counters.lastCommit.store(now, std::memory_order_relaxed);
    m_counters.commitLatency->record((now - change->ingestTime) * 1000);
    if (!m_agedProperties.empty()) {
        for (const ResourceChange &r : change->changes) {
            if (r.kind == ResourceKind::Property)
                noteFresh(m_state.model().propertyIndex(r.key));
        }
    }
    fanOut(*change);
    return true;
}

void TwinCore::fanOut(const StateChange &change)
{
    if (change.changes.empty() || change.changes.front().kind != ResourceKind::Lifecycle) {
        for (DigitalAdapter *d : m_digital)
            d->onStateChange(change, m_state);
    }
    if (m_services.hub->generation() != m_subscriberGeneration)
        m_subscribers = m_services.hub->forTwin(m_id, &m_subscriberGeneration);
    if (!m_subscribers.empty())
        ObservationHub::publish(m_subscribers, change);
}

void TwinCore::transition(LifecycleState to, const QString &reason)
{
    const LifecycleState from = m_lifecycle.state();
    if (!m_lifecycle.transition(to, reason))
        return;
    m_publicLifecycle.store(static_cast<std::uint8_t>(to), std::memory_order_release);
    const Timestamp now = Clock::now();
    {
        std::lock_guard lock(m_timesMutex);
        m_times.enter(to, now);
    }
    for (DigitalAdapter *d : m_digital)
        d->onLifecycle(from, to);
    StateChange change;
    change.twinId = m_id;
    change.sequence = m_state.sequence();
    change.commitTime = change.ingestTime = now;
    ResourceChange r;
    r.kind = ResourceKind::Lifecycle;
    r.key = QStringLiteral("lifecycle");
    r.value = lifecycleStateName(to);
    r.previous = lifecycleStateName(from);
    r.target = reason;
    change.changes.push_back(std::move(r));
    fanOut(change);
}

void TwinCore::start(bool hold)
{
    const LifecycleState s = m_lifecycle.state();
    if (s != LifecycleState::Created && s != LifecycleState::Stopped)
        return;
    transition(LifecycleState::Started);
    m_inputsStopped = false;
    m_discard.store(false, std::memory_order_relaxed);
    std::fill(m_bound.begin(), m_bound.end(), false);
    std::fill(m_behind.begin(), m_behind.end(), QString());
    m_behindCount = 0;
    m_lastSource.assign(m_physical.size() + 1, 0); // slot 0: Engine::ingest()
    m_holding = hold;
    m_held.clear();
    m_heldDropped = 0;
    applySeedRelationships();
    m_shadowing->onStart(*this);
    if (!hold && !startDigital())
        return;
    for (PhysicalAdapter *p : m_physical)
        p->start();
    checkAllBound();
}

bool TwinCore::startDigital()
{
    for (DigitalAdapter *d : m_digital) {
        d->m_startError.clear();
        d->start();
        if (!d->m_startError.isEmpty()) {
            for (DigitalAdapter *started : m_digital)
                started->stop();
            transition(LifecycleState::Error, d->m_startError);
            return false;
        }
    }
    return true;
}

nlohmann::json TwinCore::handOver()
{
    stop();
    nlohmann::json last = nlohmann::json::array();
    for (Timestamp t : m_lastSource)
        last.push_back(t);
    return {{"state", m_state.toHandover()}, {"lastSource", std::move(last)}};
}

nlohmann::json TwinCore::takeOver(const nlohmann::json &handover)
{
    if (!m_holding || !m_lifecycle.isRunning())
        return {{"error", Tr::tr("'%1' is not waiting to take over").arg(m_id).toStdString()}};
    QString error;
    if (!handover.is_object() || !m_state.adopt(handover.value("state", nlohmann::json()), &error))
        return {{"error",
                 error.isEmpty()
                     ? Tr::tr("the handed-over state of '%1' is malformed").arg(m_id).toStdString()
                     : error.toStdString()}};
    std::vector<Timestamp> applied(m_physical.size() + 1, 0);
    if (const auto last = handover.find("lastSource"); last != handover.end() && last->is_array())
        for (std::size_t i = 0; i < std::min(applied.size(), last->size()); ++i)
            if ((*last)[i].is_number_integer())
                applied[i] = (*last)[i].get<Timestamp>();
    // The digital side opens first, so that its subscribers see every change the replay makes.
    if (!startDigital())
        return {{"error", Tr::tr("'%1' took its state over but its digital side did not open")
                              .arg(m_id)
                              .toStdString()}};
    // What came in before the cut-over (the mailbox first, it is older than nothing held).
    drainData();
    m_holding = false;
    std::vector<PhysicalEvent> held;
    held.swap(m_held);
    std::uint64_t replayed = 0;
    std::uint64_t skipped = 0;
    for (PhysicalEvent &e : held) {
        const auto slot = static_cast<std::size_t>(e.adapterIndex + 1);
        if (e.adapterIndex >= -1 && slot < applied.size() && e.sourceTime != 0 &&
            e.sourceTime <= applied[slot]) {
            ++skipped; // the predecessor applied it
            continue;
        }
        ++replayed;
        processEvent(e);
    }
    for (std::size_t i = 0; i < applied.size(); ++i)
        m_lastSource[i] = std::max(m_lastSource[i], applied[i]);
    checkAllBound();
    return {{"replayed", replayed}, {"skipped", skipped}, {"dropped", m_heldDropped}};
}

void TwinCore::applySeedRelationships()
{
    if (m_seedRelationships.empty())
        return;
    StateTransaction tx = m_state.begin();
    for (const RelationshipDescriptor &r : m_seedRelationships) {
        const QString instance =
            r.instanceId.isEmpty() ? r.name + QLatin1Char('-') + r.target : r.instanceId;
        const bool present =
            std::any_of(m_state.relationships().begin(), m_state.relationships().end(),
                        [&](const RelationshipInstance &i) {
                            return i.relationship == r.name && i.instanceId == instance;
                        });
        if (!present)
            tx.addRelationship(r.name, r.target, instance, Value::fromJson(r.properties));
    }
    if (!tx.isEmpty() || tx.failed())
        commit(tx);
}

void TwinCore::stop()
{
    if (!m_lifecycle.isRunning() && m_lifecycle.state() != LifecycleState::Error)
        return;
    drainData();
    stopInputs();
    drainData(); // what the adapters handed over while stopping
    if (m_lifecycle.isBoundState())
        transition(LifecycleState::Unbound, Tr::tr("stopping"));
    m_shadowing->onStop(*this);
    failPendingActions(Tr::tr("the twin stopped"));
    transition(LifecycleState::Stopped);
    if (!m_holding) // a held twin's digital side never opened
        for (DigitalAdapter *d : m_digital)
            d->stop();
    m_holding = false;
    m_held.clear();
    m_deadline = 0;
    m_syncRequested = false;
}

void TwinCore::stopInputs()
{
    if (m_inputsStopped ||
        (!m_lifecycle.isRunning() && m_lifecycle.state() != LifecycleState::Error))
        return;
    m_inputsStopped = true;
    for (PhysicalAdapter *p : m_physical)
        p->stop();
}

std::uint64_t TwinCore::discardQueued()
{
    m_discard.store(true, std::memory_order_relaxed);
    std::lock_guard lock(m_mutex);
    const std::uint64_t n = m_queue.size() - m_head + static_cast<std::uint64_t>(m_overflow.size());
    m_queue.clear();
    m_head = 0;
    m_overflow.clear();
    m_depth.store(0, std::memory_order_relaxed);
    m_counters.eventsDropped.fetch_add(n, std::memory_order_relaxed);
    return n;
}

void TwinCore::destroy()
{
    stop();
    // Control closures that arrived meanwhile (actions, writes) must still answer their futures.
    std::vector<std::function<void()>> control;
    {
        std::lock_guard lock(m_mutex);
        control.swap(m_control);
        m_queue.clear();
        m_head = 0;
        m_overflow.clear();
    }
    for (auto &fn : control)
        fn();
    failPendingActions(Tr::tr("the twin was removed"));
    transition(LifecycleState::Destroyed);
    for (PhysicalAdapter *p : m_physical)
        delete p;
    m_physical.clear();
    for (DigitalAdapter *d : m_digital)
        delete d;
    m_digital.clear();
    m_worker->forget(this);
}

void TwinCore::failPendingActions(const QString &why)
{
    auto pending = std::move(m_pendingActions);
    m_pendingActions.clear();
    for (auto &[id, promise] : pending) {
        promise.addResult(ActionResult::failure(why));
        promise.finish();
    }
}

void TwinCore::checkAllBound()
{
    const LifecycleState s = m_lifecycle.state();
    if (s != LifecycleState::Started && s != LifecycleState::Unbound)
        return;
    // Nothing binds a twin without physical adapters to a device: it runs (its digital interface
    // answers), but it is not Bound, and so never claims to be Synchronized.
    if (m_physical.empty())
        return;
    if (!std::all_of(m_bound.begin(), m_bound.end(), [](bool b) { return b; }))
        return;
    transition(LifecycleState::Bound);
    m_shadowing->onAdaptersBound(*this);
}

void TwinCore::adapterBound(int index, PhysicalAssetDescription description)
{
    if (index < 0 || index >= static_cast<int>(m_physical.size()))
        return;
    m_bound[static_cast<std::size_t>(index)] = true;
    m_descriptions[static_cast<std::size_t>(index)] = std::move(description);
    checkAllBound();
}

void TwinCore::adapterUnbound(int index, const QString &reason)
{
    if (index < 0 || index >= static_cast<int>(m_physical.size()))
        return;
    m_bound[static_cast<std::size_t>(index)] = false;
    if (QString &behind = m_behind[static_cast<std::size_t>(index)]; !behind.isEmpty()) {
        behind.clear(); // it says again once bound, if it still is
        --m_behindCount;
    }
    const LifecycleState s = m_lifecycle.state();
    if (m_lifecycle.isBoundState() || s == LifecycleState::Started) {
        // From Started too: an adapter that cannot reach its device (a broker that never
        // answered) leaves the twin Unbound, not waiting as if all were well.
        transition(LifecycleState::Unbound,
                   Tr::tr("adapter '%1': %2")
                       .arg(m_physical[static_cast<std::size_t>(index)]->id(), reason));
        m_shadowing->onAdapterUnbound(*this, index, reason);
    }
}

void TwinCore::adapterActionDone(const QString &correlationId, ActionResult result)
{
    m_shadowing->onPhysicalActionResult(*this, correlationId, result);
}

void TwinCore::digitalConnection(const QString &adapterId, const QString &reason)
{
    if (m_services.connection)
        m_services.connection(m_id, adapterId, reason);
}

void TwinCore::adapterFailure(const QString &message)
{
    m_counters.eventsFailed.fetch_add(1, std::memory_order_relaxed);
    const Timestamp now = Clock::now();
    std::uint64_t suppressed = 0;
    {
        std::lock_guard lock(m_mutex);
        if (now - m_problemWindow > kProblemWindow) {
            suppressed = m_problemsSuppressed;
            m_problemWindow = now;
            m_problemsInWindow = 0;
            m_problemsSuppressed = 0;
        }
        if (m_problemsInWindow >= kProblemsPerWindow) {
            ++m_problemsSuppressed;
            return;
        }
        ++m_problemsInWindow;
    }
    if (!m_services.problem)
        return;
    if (suppressed > 0)
        m_services.problem(
            m_id, Tr::tr("%n similar problem(s) not shown", nullptr, static_cast<int>(suppressed)));
    m_services.problem(m_id, message);
}

void TwinCore::reportFailure(const QString &message)
{
    adapterFailure(message);
}

void TwinCore::sendPhysicalAction(PhysicalAction action, int adapterIndex)
{
    if (adapterIndex < 0) {
        for (std::size_t i = 0; i < m_descriptions.size() && adapterIndex < 0; ++i) {
            for (const auto &a : m_descriptions[i].actions) {
                if (a.key == action.key) {
                    adapterIndex = static_cast<int>(i);
                    break;
                }
            }
        }
        if (adapterIndex < 0 && !m_physical.empty())
            adapterIndex = 0;
    }
    if (adapterIndex < 0 || adapterIndex >= static_cast<int>(m_physical.size())) {
        completeDigitalAction(
            action.correlationId,
            ActionResult::failure(
                Tr::tr("twin '%1' has no physical adapter for action '%2'").arg(m_id, action.key)));
        return;
    }
    PhysicalAdapter *adapter = m_physical[static_cast<std::size_t>(adapterIndex)];
    if (!m_bound[static_cast<std::size_t>(adapterIndex)]) {
        completeDigitalAction(
            action.correlationId,
            ActionResult::failure(
                Tr::tr("adapter '%1' is not bound to its device").arg(adapter->id())));
        return;
    }
    adapter->onAction(action);
}

int TwinCore::physicalAdapterIndex(const QString &adapterId) const
{
    for (std::size_t i = 0; i < m_physical.size(); ++i) {
        if (m_physical[i]->id() == adapterId)
            return static_cast<int>(i);
    }
    return -1;
}

void TwinCore::completeDigitalAction(const QString &correlationId, ActionResult result)
{
    if (correlationId.isEmpty()) {
        // A desired value applied through an action: nobody waits, but a failure is a problem.
        if (!result.ok)
            reportFailure(result.error);
        return;
    }
    auto it = m_pendingActions.find(correlationId);
    if (it == m_pendingActions.end())
        return; // timed out already
    it->second.addResult(std::move(result));
    it->second.finish();
    m_pendingActions.erase(it);
}

QString TwinCore::nextCorrelationId()
{
    return m_id + QLatin1Char('#') + QString::number(++m_nextCorrelation);
}

QFuture<ActionResult> TwinCore::submit(std::function<void(QPromise<ActionResult> &)> fn)
{
    auto promise = std::make_shared<QPromise<ActionResult>>();
    QFuture<ActionResult> future = promise->future();
    promise->start();
    postControl([promise, fn = std::move(fn)] { fn(*promise); });
    return future;
}

QFuture<ActionResult> TwinCore::invokeAction(const QString &action, Value argument)
{
    return submit([this, action, argument](QPromise<ActionResult> &promise) {
        auto finish = [&promise](ActionResult r) {
            promise.addResult(std::move(r));
            promise.finish();
        };
        const ActionDef *def = m_state.model().action(action);
        if (!def) {
            finish(ActionResult::failure(Tr::tr("twin '%1' (model '%2') has no action '%3'")
                                             .arg(m_id, m_state.model().id, action)));
            return;
        }
        if (!m_lifecycle.isRunning()) {
            finish(ActionResult::failure(Tr::tr("twin '%1' is not running (%2)")
                                             .arg(m_id, lifecycleStateName(m_lifecycle.state()))));
            return;
        }
        Value arg = argument;
        if (def->request && !arg.isNull()) {
            QString error;
            auto coerced = def->request->coerce(arg, &error);
            if (!coerced) {
                finish(ActionResult::failure(Tr::tr("action '%1': %2").arg(action, error)));
                return;
            }
            arg = std::move(*coerced);
        } else if (def->request && arg.isNull()) {
            finish(ActionResult::failure(
                Tr::tr("action '%1' needs an argument '%2' of type %3")
                    .arg(action, def->requestName, schemaKindName(def->request->kind()))));
            return;
        }
        const QString correlation = nextCorrelationId();
        m_pendingActions.emplace(correlation, std::move(promise));
        const int timeout = m_services.options->actionTimeoutMs;
        QTimer::singleShot(timeout, this, [this, correlation, timeout] {
            completeDigitalAction(
                correlation, ActionResult::failure(
                                 Tr::tr("no answer from the device within %1 ms").arg(timeout)));
        });
        m_shadowing->onDigitalAction(*this,
                                     DigitalActionRequest{action, std::move(arg), correlation});
    });
}

QFuture<ActionResult> TwinCore::writeDesired(const QString &property, Value value)
{
    return submit([this, property, value](QPromise<ActionResult> &promise) {
        StateTransaction tx = m_state.begin();
        tx.setDesired(property, value);
        ActionResult result;
        if (commit(tx)) {
            const PropertyState *p = m_state.property(property);
            result = ActionResult::success(p->desired);
            if (m_lifecycle.isRunning())
                m_shadowing->onDesiredChange(*this, property, p->desired);
        } else {
            result = ActionResult::failure(tx.error());
        }
        promise.addResult(std::move(result));
        promise.finish();
    });
}

void TwinCore::startSynchronization()
{
    if (m_lifecycle.state() != LifecycleState::Bound)
        return;
    m_syncSince = Clock::now();
    std::fill(m_stale.begin(), m_stale.end(), 0);
    m_staleCount = 0;
    transition(LifecycleState::Synchronized);
    refreshFreshness(m_syncSince);
    settleSynchronization({});
}

void TwinCore::settleSynchronization(const QString &staleReason)
{
    const LifecycleState s = m_lifecycle.state();
    const bool behind = m_staleCount > 0 || m_behindCount > 0;
    if (behind && s == LifecycleState::Synchronized) {
        QString reason = staleReason;
        for (std::size_t i = 0; reason.isEmpty() && i < m_behind.size(); ++i) {
            if (!m_behind[i].isEmpty())
                reason = Tr::tr("adapter '%1': %2").arg(m_physical[i]->id(), m_behind[i]);
        }
        transition(LifecycleState::NotSynchronized, reason);
    } else if (!behind && s == LifecycleState::NotSynchronized) {
        transition(LifecycleState::Synchronized);
    }
}

void TwinCore::adapterBehind(int index, const QString &reason)
{
    if (index < 0 || index >= static_cast<int>(m_physical.size()))
        return;
    QString &slot = m_behind[static_cast<std::size_t>(index)];
    if (slot.isEmpty() == reason.isEmpty()) {
        slot = reason; // a newer reason of an adapter still behind
        return;
    }
    m_behindCount += reason.isEmpty() ? -1 : 1;
    slot = reason;
    settleSynchronization({});
}

void TwinCore::refreshFreshness(Timestamp now)
{
    const LifecycleState s = m_lifecycle.state();
    if (m_agedProperties.empty() ||
        (s != LifecycleState::Synchronized && s != LifecycleState::NotSynchronized))
        return;
    Timestamp next = std::numeric_limits<Timestamp>::max();
    int staleCount = 0;
    QString firstStale;
    for (int i : m_agedProperties) {
        const auto idx = static_cast<std::size_t>(i);
        const Timestamp ref = std::max(m_state.property(i).updatedAt, m_syncSince);
        const Timestamp due = ref + m_maxAge[idx];
        const bool stale = due <= now;
        m_stale[idx] = stale ? 1 : 0;
        if (stale) {
            if (staleCount++ == 0)
                firstStale = m_state.model().properties[idx].name;
        } else {
            next = std::min(next, due);
        }
    }
    m_staleCount = staleCount;
    settleSynchronization(
        staleCount > 0 ? Tr::tr("'%1' is older than its maximum age").arg(firstStale) : QString());
    if (next != std::numeric_limits<Timestamp>::max() && (m_deadline == 0 || next < m_deadline)) {
        m_deadline = next;
        m_worker->addDeadline(this, next);
    }
}

void TwinCore::noteFresh(int propertyIndex)
{
    if (propertyIndex < 0)
        return;
    const auto idx = static_cast<std::size_t>(propertyIndex);
    if (m_maxAge[idx] == 0)
        return;
    if (m_stale[idx]) {
        m_stale[idx] = 0;
        if (--m_staleCount == 0)
            settleSynchronization({});
    }
    if (m_deadline == 0)
        refreshFreshness(Clock::now());
}

void TwinCore::onDeadline(Timestamp when, Timestamp now)
{
    if (when != m_deadline)
        return; // superseded
    m_deadline = 0;
    refreshFreshness(now);
}

TwinSnapshot TwinCore::snapshot() const
{
    TwinSnapshot s;
    s.twinId = m_id;
    s.modelId = m_state.model().id;
    s.node = m_node;
    s.lifecycle = m_lifecycle.state();
    s.sequence = m_state.sequence();
    const auto &defs = m_state.model().properties;
    s.properties.reserve(defs.size());
    for (std::size_t i = 0; i < defs.size(); ++i) {
        const PropertyState &p = m_state.property(static_cast<int>(i));
        s.properties.push_back({defs[i].name, p.reported, p.desired, p.sourceTime, p.updatedAt,
                                p.quality, m_stale[i] != 0, m_maxAge[i]});
    }
    s.relationships = m_state.relationships();
    return s;
}

std::vector<HistorySample> TwinCore::history(const QString &property, Timestamp since) const
{
    const int i = m_state.model().propertyIndex(property);
    if (i < 0)
        return {};
    const PropertyHistory *h = m_state.history(i);
    return h ? h->since(since) : std::vector<HistorySample>{};
}

TwinMetrics TwinCore::metrics() const
{
    TwinMetrics m;
    m.twinId = m_id;
    {
        std::lock_guard lock(m_mutex);
        m.eventsIn = m_enqueued;
        m.eventsOffered = m_offered;
        m.eventsDropped = m_droppedAtEnqueue;
    }
    m.eventsDropped += m_counters.eventsDropped.load(std::memory_order_relaxed);
    m.eventsFailed = m_counters.eventsFailed.load(std::memory_order_relaxed);
    m.changesOut = m_counters.changesOut.load(std::memory_order_relaxed);
    m.mailboxDepth = m_depth.load(std::memory_order_relaxed);
    m.commitLatencyP50 = m_counters.commitLatency->quantile(0.5);
    m.commitLatencyP99 = m_counters.commitLatency->quantile(0.99);
    const Timestamp last = m_counters.lastCommit.load(std::memory_order_relaxed);
    const Timestamp now = Clock::now();
    m.lastUpdateAge = last ? now - last : -1;
    {
        std::lock_guard lock(m_timesMutex);
        m.runningTime = m_times.runningTime(now);
        m.boundTime = m_times.boundTime(now);
    }
    return m;
}

void TwinCore::mergeLatency(std::array<std::uint64_t, LatencyHistogram::kBuckets> &totals) const
{
    m_counters.commitLatency->mergeInto(totals);
}

} // namespace twinloom::Internal
