#pragma once

#include "engine/adapter.h"
#include "engine/engine.h"
#include "engine/lifecycle.h"
#include "engine/metrics.h"
#include "engine/observation.h"
#include "engine/shadowing.h"
#include "engine/twinstate.h"

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPromise>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace twinloom::Internal {

class Worker;

// What a twin needs from its engine.
struct TwinServices
{
    ObservationHub *hub = nullptr;
    const EngineOptions *options = nullptr;
    std::function<void(const QString &twinId, const QString &message)> problem;
    // A digital adapter's interface went down (a reason) or up again (empty).
    std::function<void(const QString &twinId, const QString &adapterId, const QString &reason)>
        connection;
};

// One twin: its mailbox (any thread) and everything else (its worker thread only).
class TwinCore
    : public QObject
    , public ShadowingContext
{
    Q_OBJECT

public:
    TwinCore(TwinServices services, Worker *worker, QString id, QString node, TwinModelPtr model,
             std::unique_ptr<ShadowingFunction> shadowing,
             std::vector<std::unique_ptr<PhysicalAdapter>> physical,
             std::vector<std::unique_ptr<DigitalAdapter>> digital,
             const std::map<QString, PropertyOverride> &overrides,
             std::vector<RelationshipDescriptor> relationships);
    ~TwinCore() override;

    const QString &id() const { return m_id; }
    const QString &node() const { return m_node; }
    // Any thread: a twin's model never changes.
    const QString &modelId() const { return m_state.model().id; }
    Worker *worker() const { return m_worker; }
    LifecycleState publicLifecycle() const
    {
        return static_cast<LifecycleState>(m_publicLifecycle.load(std::memory_order_acquire));
    }

    // Any thread.
    bool postPhysical(PhysicalEvent &&event);
    void postControl(std::function<void()> fn);
    QFuture<ActionResult> invokeAction(const QString &action, Value argument);
    QFuture<ActionResult> writeDesired(const QString &property, Value value);
    TwinMetrics metrics() const;
    void mergeLatency(std::array<std::uint64_t, LatencyHistogram::kBuckets> &totals) const;
    const TwinCounters &counters() const { return m_counters; }
    std::uint64_t enqueued() const;
    std::uint64_t droppedAtEnqueue() const;

    // Worker thread.
    void run();
    // Worker thread, inside an adapter's callback: processes the physical events only. Control
    // (start, stop, actions) may tear the adapter down, so it waits for the posted wake-up: true
    // when the twin has control waiting and the caller must queue it for that wake-up.
    bool runData();
    // `hold` starts a successor of a twin that runs elsewhere (live migration): its physical
    // adapters connect and what they deliver is kept, not applied; its digital adapters stay
    // closed until takeOver().
    void start(bool hold = false);
    void stop();
    // Live migration: stops the twin at a cut-over, after what its mailbox held, and returns what
    // its successor needs: {"state": TwinState::toHandover(), "lastSource": [newest source time
    // applied from Engine::ingest(), then from each physical adapter]}.
    nlohmann::json handOver();
    // A held twin takes `handover` over, applies what it kept that is newer than what its
    // predecessor applied (per physical adapter, by source time), skips the rest, then opens its
    // digital side. {"replayed", "skipped", "dropped"} or {"error"}.
    nlohmann::json takeOver(const nlohmann::json &handover);
    bool isHolding() const { return m_holding; }
    static constexpr std::size_t kMaxHeldEvents = 100'000;
    // Stops the physical adapters alone: nothing new arrives, the twin still runs on what its
    // mailbox holds (the first step of stopping many twins at once). stop() completes it.
    void stopInputs();
    // Any thread: drops what the mailbox holds and what the worker has yet to process of the
    // batch in hand (a stop that cannot wait), counted as dropped. Returns the number dropped
    // here; the rest is counted as the worker skips it. start() clears it.
    std::uint64_t discardQueued();
    void destroy();
    void onDeadline(Timestamp when, Timestamp now);
    TwinSnapshot snapshot() const;
    std::vector<HistorySample> history(const QString &property, Timestamp since) const;

    // Called by adapters (any thread) through the control queue.
    void adapterBound(int index, PhysicalAssetDescription description);
    void adapterUnbound(int index, const QString &reason);
    // An empty reason: the adapter is current again.
    void adapterBehind(int index, const QString &reason);
    void adapterActionDone(const QString &correlationId, ActionResult result);
    void adapterFailure(const QString &message);
    void digitalConnection(const QString &adapterId, const QString &reason);

    // ShadowingContext (worker thread).
    const TwinState &state() const override { return m_state; }
    StateTransaction beginTransaction() override { return m_state.begin(); }
    bool commit(StateTransaction &transaction) override;
    void sendPhysicalAction(PhysicalAction action, int adapterIndex) override;
    int physicalAdapterIndex(const QString &adapterId) const override;
    void completeDigitalAction(const QString &correlationId, ActionResult result) override;
    void startSynchronization() override;
    void reportFailure(const QString &message) override;
    const std::vector<PhysicalAssetDescription> &assetDescriptions() const override
    {
        return m_descriptions;
    }

private:
    void schedule();
    void processEvent(PhysicalEvent &event);
    void fanOut(const StateChange &change);
    void transition(LifecycleState to, const QString &reason = {});
    void checkAllBound();
    void applySeedRelationships();
    bool startDigital();
    void refreshFreshness(Timestamp now);
    void noteFresh(int propertyIndex);
    // Synchronized unless a property is stale or an adapter is behind; `staleReason` names the
    // first stale property.
    void settleSynchronization(const QString &staleReason);
    void drainData();
    void failPendingActions(const QString &why);
    QString nextCorrelationId();
    QFuture<ActionResult> submit(std::function<void(QPromise<ActionResult> &)> fn);

    // Immutable after construction.
    const TwinServices m_services;
    Worker *const m_worker;
    const QString m_id;
    const QString m_node;

    // Mailbox, guarded by m_mutex.
    mutable std::mutex m_mutex;
    std::vector<PhysicalEvent> m_queue;
    std::size_t m_head = 0;             // events before it were dropped (DropOldest)
    std::vector<PhysicalEvent> m_drain; // worker's swap partner, kept for its capacity
    QHash<QString, PhysicalEvent> m_overflow;
    std::vector<std::function<void()>> m_control;
    std::uint64_t m_enqueued = 0;
    std::uint64_t m_offered = 0;
    std::uint64_t m_droppedAtEnqueue = 0;
    std::atomic<bool> m_scheduled{false};
    std::atomic<std::uint32_t> m_depth{0};
    std::atomic<std::uint8_t> m_publicLifecycle{0};
    mutable std::mutex m_timesMutex; // written on the worker thread, read by metrics()
    LifecycleTimes m_times;

    // Worker thread only.
    TwinState m_state;
    Lifecycle m_lifecycle;
    std::unique_ptr<ShadowingFunction> m_shadowing;
    std::vector<PhysicalAdapter *> m_physical; // owned (deleted in destroy())
    std::vector<DigitalAdapter *> m_digital;   // owned
    std::vector<bool> m_bound;
    std::vector<PhysicalAssetDescription> m_descriptions;
    std::vector<RelationshipDescriptor> m_seedRelationships;
    std::unordered_map<QString, QPromise<ActionResult>> m_pendingActions;
    std::uint64_t m_nextCorrelation = 0;
    TwinCounters m_counters;
    std::vector<std::shared_ptr<Subscriber>> m_subscribers;
    std::uint64_t m_subscriberGeneration = 0;
    bool m_syncRequested = false;
    // Live migration: a held twin keeps what its physical adapters deliver until takeOver().
    bool m_holding = false;
    std::vector<PhysicalEvent> m_held;
    std::uint64_t m_heldDropped = 0;
    std::vector<Timestamp> m_lastSource; // ingest(), then per physical adapter: newest applied
    bool m_inputsStopped = false;
    std::atomic<bool> m_discard{false};
    // Freshness: properties with a maximum age, whether each is stale, since when in sync.
    std::vector<Timestamp> m_maxAge;
    std::vector<int> m_agedProperties;
    std::vector<std::uint8_t> m_stale;
    int m_staleCount = 0;
    // Adapters that said what they deliver may be out of date (notifyBehind).
    std::vector<QString> m_behind; // per adapter: why, empty when current
    int m_behindCount = 0;
    Timestamp m_syncSince = 0;
    Timestamp m_deadline = 0;
    // Bounded rate of problem reports: at most a burst of 10 per 10 s.
    Timestamp m_problemWindow = 0;
    int m_problemsInWindow = 0;
    std::uint64_t m_problemsSuppressed = 0;
};

} // namespace twinloom::Internal
