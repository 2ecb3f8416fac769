#pragma once

#include "engine/diagnostics.h"
#include "engine/physicalevent.h"
#include "engine/statechange.h"

#include <QtCore/QFuture>
#include <QtCore/QObject>
#include <QtCore/QString>

#include <nlohmann/json.hpp>

#include <atomic>
#include <functional>
#include <map>
#include <memory>

namespace twinloom {

class Engine;
class TwinState;
struct AdapterTypeInfo;
struct AdapterBuildContext;
struct TwinDescriptor;
enum class LifecycleState : std::uint8_t;

namespace Internal {
class TwinCore;
class Worker;
} // namespace Internal

// The twin's side of the bridge towards one device. An adapter object lives on its twin's worker
// thread: start(), stop() and onAction() are called there. The publish and notify functions are
// thread-safe, so an adapter may decode on its own I/O thread and hand values over from there;
// they only enqueue.
class PhysicalAdapter : public QObject
{
    Q_OBJECT

public:
    explicit PhysicalAdapter(QString id, QObject *parent = nullptr);
    ~PhysicalAdapter() override;

    const QString &id() const { return m_id; }
    virtual QString type() const = 0;

    virtual void start() = 0;
    virtual void stop() = 0;
    // A request for the device. Answer with completeAction(action.correlationId, …), now or later.
    virtual void onAction(const PhysicalAction &action);

    // Thread-safe. Return false when the twin's mailbox refused the value (counted as dropped).
    bool publishProperty(const QString &key, Value value, Timestamp sourceTime = 0);
    bool publishEvent(const QString &key, Value payload = {}, Timestamp sourceTime = 0);
    bool publishRelationship(const QString &name, const QString &target, bool created = true);
    void notifyBound(PhysicalAssetDescription description = {});
    void notifyUnbound(const QString &reason);
    // Connected, but what it delivers may be out of date (a source gone silent beyond its
    // bound): the twin is NotSynchronized until notifyCurrent(). Unbinding clears it.
    void notifyBehind(const QString &reason);
    void notifyCurrent();
    void completeAction(const QString &correlationId, ActionResult result);
    // A problem the adapter met (a payload that did not decode…): counted and logged.
    void reportFailure(const QString &message);

    bool isAttached() const { return m_twin != nullptr; }
    QString twinId() const;

    // Around a burst of publish calls made on the twin's worker thread (the messages one socket
    // read brought): the twin processes the burst when the last Burst ends, in the same call,
    // with no trip through the event loop. Elsewhere it does nothing.
    class Burst
    {
    public:
        explicit Burst(const PhysicalAdapter &adapter);
        // The burst of the worker whose thread this is (a connection shared by its twins).
        Burst();
        ~Burst();
        Burst(const Burst &) = delete;
        Burst &operator=(const Burst &) = delete;

    private:
        Internal::Worker *m_worker = nullptr;
    };

protected:
    // The twin's state, for adapters that need it (relationships of a composed twin). Only on the
    // twin's worker thread, from start() on.
    const TwinState *twinState() const;

private:
    friend class Internal::TwinCore;
    QString m_id;
    Internal::TwinCore *m_twin = nullptr;
    int m_index = -1;
};

// The twin's side towards applications and other twins. It sees every committed state change
// and lifecycle transition of its twin (on the twin's worker thread: enqueue, never block), and
// may invoke actions and write desired values (thread-safe).
class DigitalAdapter : public QObject
{
    Q_OBJECT

public:
    explicit DigitalAdapter(QString id, QObject *parent = nullptr);
    ~DigitalAdapter() override;

    const QString &id() const { return m_id; }
    virtual QString type() const = 0;

    virtual void start() = 0;
    virtual void stop() = 0;
    virtual void onStateChange(const StateChange &change, const TwinState &state) = 0;
    virtual void onLifecycle(LifecycleState from, LifecycleState to) = 0;

    QFuture<ActionResult> invokeAction(const QString &action, Value argument = {});
    QFuture<ActionResult> writeDesired(const QString &property, Value value);
    // A problem the adapter met (it cannot listen, its broker refused it…): counted with the
    // twin's failures and reported as the twin's problem.
    void reportFailure(const QString &message);
    // From start(): the interface cannot be offered at all (its address is taken…). The twin
    // goes to Error with the reason, rather than running with half an interface.
    void reportStartFailure(const QString &message);
    // Whether the interface is reachable now (its broker connected…): an empty reason says it
    // is, a reason says why not. Shown with the twin's health (the studio's cards, Problems).
    void notifyConnection(const QString &downReason);

    QString twinId() const;

protected:
    // The twin's state; only on the twin's worker thread, from start() on.
    const TwinState *twinState() const;

private:
    friend class Internal::TwinCore;
    QString m_id;
    Internal::TwinCore *m_twin = nullptr;
    QString m_startError; // set by reportStartFailure() during start()
};

// A physical adapter for programs that feed a twin themselves: they call its publish functions.
class ProgrammaticPhysicalAdapter : public PhysicalAdapter
{
    Q_OBJECT

public:
    using ActionHandler = std::function<ActionResult(const PhysicalAction &)>;

    static AdapterTypeInfo typeInfo();
    static std::unique_ptr<PhysicalAdapter> fromConfig(const AdapterBuildContext &context);

    explicit ProgrammaticPhysicalAdapter(QString id, bool bindOnStart = true,
                                         QObject *parent = nullptr);
    QString type() const override { return QStringLiteral("api"); }
    void start() override;
    void stop() override;
    void onAction(const PhysicalAction &action) override;
    // Called on the twin's worker thread for every action; without one, actions fail.
    void setActionHandler(ActionHandler handler) { m_handler = std::move(handler); }

private:
    bool m_bindOnStart;
    ActionHandler m_handler;
};

// The description of an adapter type for tools: what it is and what its configuration holds
// (a JSON Schema), so that editors can generate forms.
// The file descriptors adapters hold, for a runner to compare with its limit before it starts:
// what the adapters of a worker thread share (a broker connection, a CoAP context) counts once
// per key and worker, what an engine shares (a CoAP server) once per key, the rest per adapter.
struct DescriptorNeeds
{
    std::map<QString, int> perWorker;
    std::map<QString, int> perEngine;
    int perAdapter = 0;

    int total(int workers) const;
};

struct AdapterTypeInfo
{
    QString type;
    QString displayName;
    QString description;
    nlohmann::json configSchema = nlohmann::json::object();
    // Adds what an adapter of this configuration holds; none when not given.
    std::function<void(const nlohmann::json &config, DescriptorNeeds &needs)> descriptors = {};
};

// What an adapter factory gets: the configuration (with ${env:NAME} references already resolved),
// where it stands in the document, and the surroundings the adapter may need.
struct AdapterBuildContext
{
    QString id;
    QString twinId;
    nlohmann::json config;
    QString pointer; // of the "config" object
    Diagnostics *diagnostics = nullptr;
    QString baseDirectory; // relative file names in the configuration are relative to it
    Engine *engine = nullptr;

    void error(const QString &subPointer, const QString &message) const
    {
        diagnostics->error(pointer + subPointer, message);
    }
};

// Builds adapters by type name from JSON configuration. Each adapter type is one table entry:
// its class gives typeInfo() (names and the JSON Schema of its configuration) and
// fromConfig(context) (reads the configuration, reports errors at their JSON pointers, builds
// the adapter), and one line registers it: registry.addPhysical<SimAdapter>().
class AdapterRegistry
{
public:
    using PhysicalFactory =
        std::function<std::unique_ptr<PhysicalAdapter>(const AdapterBuildContext &context)>;
    using DigitalFactory =
        std::function<std::unique_ptr<DigitalAdapter>(const AdapterBuildContext &context)>;

    AdapterRegistry();
    static AdapterRegistry &global();

    void registerPhysical(AdapterTypeInfo info, PhysicalFactory factory);
    void registerDigital(AdapterTypeInfo info, DigitalFactory factory);
    template<class Adapter>
    void addPhysical()
    {
        registerPhysical(Adapter::typeInfo(), &Adapter::fromConfig);
    }
    template<class Adapter>
    void addDigital()
    {
        registerDigital(Adapter::typeInfo(), &Adapter::fromConfig);
    }

    // What the adapters of these twins hold of file descriptors.
    DescriptorNeeds descriptorNeeds(const std::vector<TwinDescriptor> &twins) const;
    // The "physicalAdapter" and "digitalAdapter" definitions of the project's JSON Schema, made
    // of every registered type's configuration schema: the project schema's adapter parts have
    // no other source.
    nlohmann::json projectSchemaDefinitions() const;

    bool hasPhysical(const QString &type) const { return m_physical.count(type) != 0; }
    bool hasDigital(const QString &type) const { return m_digital.count(type) != 0; }
    QStringList physicalTypes() const;
    QStringList digitalTypes() const;
    const AdapterTypeInfo *physicalInfo(const QString &type) const;
    PhysicalFactory physicalFactory(const QString &type) const;
    const AdapterTypeInfo *digitalInfo(const QString &type) const;

    // `context.pointer` is the adapter's pointer; errors go to context.diagnostics.
    std::unique_ptr<PhysicalAdapter> createPhysical(const QString &type,
                                                    AdapterBuildContext context) const;
    std::unique_ptr<DigitalAdapter> createDigital(const QString &type,
                                                  AdapterBuildContext context) const;

private:
    std::map<QString, std::pair<AdapterTypeInfo, PhysicalFactory>> m_physical;
    std::map<QString, std::pair<AdapterTypeInfo, DigitalFactory>> m_digital;
};

} // namespace twinloom
