#pragma once

#include "engine/adapter.h"
#include "engine/historystore.h"
#include "engine/lifecycle.h"
#include "engine/metrics.h"
#include "engine/observation.h"
#include "engine/propertyhistory.h"
#include "engine/shadowing.h"
#include "engine/twindescriptor.h"
#include "engine/twinmodel.h"

#include <QtCore/QFuture>
#include <QtCore/QObject>

#include <memory>

namespace twinloom {

// What a full mailbox does with one more physical event. Every refused or replaced event is
// counted as dropped.
enum class OverflowPolicy : std::uint8_t {
    LatestValue, // keep the newest value per property; events beyond the bound are dropped
    DropNewest,  // refuse the new event
    DropOldest   // make room by dropping the oldest queued event
};

struct EngineOptions
{
    int workerThreads = 0; // 0 = one per core but one (at least one)
    std::size_t mailboxCapacity = 4096;
    OverflowPolicy overflowPolicy = OverflowPolicy::LatestValue;
    int actionTimeoutMs = 10000;
    std::size_t observerQueueLimit = 100000;
    // Names the engine where it must be recognised again after a restart: an MQTT persistent
    // session shared by its twins uses "<name>-w<worker>" as its client id.
    QString name = QStringLiteral("twinloom");
};

// A C++ way to add a twin: the same as a TwinDescriptor but with objects instead of configuration.
struct TwinSetup
{
    QString id;
    QString model;
    QString node;
    std::unique_ptr<ShadowingFunction> shadowing; // null: pass-through mapping
    std::vector<std::unique_ptr<PhysicalAdapter>> physicalAdapters;
    std::vector<std::unique_ptr<DigitalAdapter>> digitalAdapters;
    std::map<QString, PropertyOverride> properties;
    std::vector<RelationshipDescriptor> relationships;
};

struct PropertySnapshot
{
    QString name;
    Value reported;
    Value desired;
    Timestamp sourceTime = 0;
    Timestamp updatedAt = 0;
    Quality quality = Quality::Unknown;
    bool stale = false;
    Timestamp maxAge = 0; // µs, the twin's own limit (its overrides applied); 0 = none
};

// A consistent copy of one twin, taken on its worker thread.
struct TwinSnapshot
{
    QString twinId;
    QString modelId;
    QString node;
    LifecycleState lifecycle = LifecycleState::Created;
    std::uint64_t sequence = 0;
    std::vector<PropertySnapshot> properties;
    std::vector<RelationshipInstance> relationships;

    const PropertySnapshot *property(QStringView name) const;
    nlohmann::json toJson() const;
};

namespace Internal {
class EnginePrivate;
}

// Hosts twins. Each twin is an actor on one of a small pool of worker threads: its state is only
// touched there, adapters' I/O threads only enqueue into its mailbox, and nothing locks the
// state. All public functions are thread-safe.
class Engine : public QObject
{
    Q_OBJECT

public:
    explicit Engine(EngineOptions options = {}, QObject *parent = nullptr);
    ~Engine() override; // stops every twin, drains, joins the workers

    const EngineOptions &options() const;
    int workerCount() const;

    // Models. Adding a model with an id that exists replaces it for twins added afterwards.
    bool addModel(const nlohmann::json &model, Diagnostics &diagnostics,
                  const QString &pointer = {});
    void addModel(std::shared_ptr<TwinModel> model);
    TwinModelPtr model(const QString &id) const;
    QStringList modelIds() const;

    // Relative file names in adapter configurations (CSV replays…) are resolved against it.
    void setBaseDirectory(const QString &directory);
    QString baseDirectory() const;

    AdapterRegistry &adapters() const;
    void setAdapterRegistry(AdapterRegistry *registry); // default: AdapterRegistry::global()

    // Twins. A twin is added in Created; start it to run it. Errors name the JSON pointer.
    bool addTwin(const TwinDescriptor &descriptor, Diagnostics &diagnostics,
                 const QString &pointer = {});
    bool addTwin(TwinSetup setup, Diagnostics &diagnostics);
    // Stops (draining its mailbox) and destroys the twin. Returns when it is gone.
    bool removeTwin(const QString &twinId);
    QStringList twinIds() const;
    bool contains(const QString &twinId) const;
    QString twinNode(const QString &twinId) const;
    QString twinModelId(const QString &twinId) const;

    // Asynchronous: the returned future finishes when the twin has left Created/Stopped (start)
    // or reached Stopped (stop).
    QFuture<void> startTwin(const QString &twinId);
    QFuture<void> stopTwin(const QString &twinId);
    // Live migration of a twin between engines (hosts). The successor starts held: its physical
    // adapters connect and what they deliver is kept, not applied, and its digital adapters stay
    // closed. The predecessor hands over at a cut-over: it stops after what its mailbox holds and
    // returns its state and the newest source time it applied from each physical adapter. The
    // successor takes that over, applies what it kept that is newer (events without a source
    // time are applied: devices that stamp their samples are de-duplicated exactly), and opens
    // its digital side. takeOver() gives {"replayed", "skipped", "dropped"} or {"error"}.
    QFuture<void> startTwinHeld(const QString &twinId);
    QFuture<nlohmann::json> handOver(const QString &twinId);
    QFuture<nlohmann::json> takeOver(const QString &twinId, nlohmann::json handover);
    // Stops every twin's physical adapters, and waits: nothing new reaches the twins, which go
    // on with what their mailboxes hold until stopTwin(). Stopping a loaded engine twin by twin
    // in order takes a round of its workers per twin unless their inputs stop first.
    void stopInputs();
    // Any thread: every twin drops what its mailbox holds, counted as dropped (a stop that
    // cannot wait for an overloaded engine). Returns how many events were dropped at once.
    std::uint64_t discardQueued();
    // Starts or stops every twin (of one deployment node when `node` is set) and waits.
    void startAll(const QString &node = {});
    void stopAll();

    LifecycleState lifecycle(const QString &twinId) const;

    // Feeds a physical event to a twin as if an adapter had sent it (adapter index -1).
    bool ingest(const QString &twinId, PhysicalEvent event);

    // The digital side from C++: invokes an action / writes a desired value.
    QFuture<ActionResult> invokeAction(const QString &twinId, const QString &action,
                                       Value argument = {});
    QFuture<ActionResult> writeDesired(const QString &twinId, const QString &property, Value value);

    QFuture<TwinSnapshot> snapshot(const QString &twinId) const;
    QFuture<std::vector<HistorySample>> history(const QString &twinId, const QString &property,
                                                Timestamp since = 0) const;

    // Observation with MQTT-style filters over "twins/{id}/{properties|desired|events|
    // relationships|actions}/{name}" and "twins/{id}/lifecycle". With a context object the
    // callback runs on the context's thread, in batches; without one it runs on the twin's worker
    // thread and must not block. Returns 0 for a malformed filter.
    std::uint64_t subscribe(const QString &filter, QObject *context, ChangeCallback callback,
                            QString *error = nullptr);
    std::uint64_t subscribeDirect(const QString &filter, ChangeCallback callback,
                                  QString *error = nullptr);
    std::shared_ptr<ChangeCoalescer>
    createCoalescer(const QString &filter, std::uint64_t *id = nullptr, QString *error = nullptr);
    void unsubscribe(std::uint64_t subscription);

    // The persistent history that records this engine's twins, for those who query it (the HTTP
    // API, the studio's plots); null when there is none. The store subscribes by itself.
    void setHistoryStore(std::shared_ptr<HistoryStore> store);
    std::shared_ptr<HistoryStore> historyStore() const;

    TwinMetrics twinMetrics(const QString &twinId) const;
    EngineMetrics metrics() const;

Q_SIGNALS:
    // A twin's problem worth a line in a log: a failed mapping, a payload that did not decode.
    // Emitted from worker threads at a bounded rate per twin.
    void problem(const QString &twinId, const QString &message);
    // A digital adapter of a twin became unreachable (a reason: its broker is away…) or
    // reachable again (empty). Emitted from the adapters' threads when the state changes or a
    // new attempt fails.
    void adapterConnection(const QString &twinId, const QString &adapterId, const QString &reason);

private:
    std::unique_ptr<Internal::EnginePrivate> d;
};

} // namespace twinloom
