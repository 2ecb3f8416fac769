#include "engine/adapter.h"

#include "engine/composition.h"
#include "engine/tr.h"
#include "engine/twincore.h"
#include "engine/twindescriptor.h"
#include "engine/worker.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QPromise>
#include <QtCore/QThread>

namespace twinloom {

namespace {
QFuture<ActionResult> failedFuture(const QString &why)
{
    QPromise<ActionResult> p;
    p.start();
    p.addResult(ActionResult::failure(why));
    p.finish();
    return p.future();
}
} // namespace

PhysicalAdapter::PhysicalAdapter(QString id, QObject *parent)
    : QObject(parent)
    , m_id(std::move(id))
{}

PhysicalAdapter::~PhysicalAdapter() = default;

QString PhysicalAdapter::twinId() const
{
    return m_twin ? m_twin->id() : QString();
}

PhysicalAdapter::Burst::Burst(const PhysicalAdapter &adapter)
{
    Internal::Worker *worker = adapter.m_twin ? adapter.m_twin->worker() : nullptr;
    if (worker && QThread::currentThread() == worker->thread()) {
        m_worker = worker;
        m_worker->beginInline();
    }
}

PhysicalAdapter::Burst::Burst()
    : m_worker(Internal::Worker::current())
{
    if (m_worker)
        m_worker->beginInline();
}

PhysicalAdapter::Burst::~Burst()
{
    if (m_worker)
        m_worker->endInline();
}

const TwinState *PhysicalAdapter::twinState() const
{
    return m_twin ? &m_twin->state() : nullptr;
}

const TwinState *DigitalAdapter::twinState() const
{
    return m_twin ? &m_twin->state() : nullptr;
}

void PhysicalAdapter::onAction(const PhysicalAction &action)
{
    completeAction(
        action.correlationId,
        ActionResult::failure(
            twinloom::Tr::tr("adapter '%1' (%2) does not take actions").arg(m_id, type())));
}

bool PhysicalAdapter::publishProperty(const QString &key, Value value, Timestamp sourceTime)
{
    if (!m_twin)
        return false;
    return m_twin->postPhysical(PhysicalEvent{
        PhysicalEvent::Kind::Property, key, std::move(value), sourceTime, 0, m_index, {}});
}

bool PhysicalAdapter::publishEvent(const QString &key, Value payload, Timestamp sourceTime)
{
    if (!m_twin)
        return false;
    return m_twin->postPhysical(PhysicalEvent{
        PhysicalEvent::Kind::Event, key, std::move(payload), sourceTime, 0, m_index, {}});
}

bool PhysicalAdapter::publishRelationship(const QString &name, const QString &target, bool created)
{
    if (!m_twin)
        return false;
    return m_twin->postPhysical(PhysicalEvent{created ? PhysicalEvent::Kind::RelationshipCreated
                                                      : PhysicalEvent::Kind::RelationshipDeleted,
                                              name,
                                              {},
                                              0,
                                              0,
                                              m_index,
                                              target});
}

void PhysicalAdapter::notifyBound(PhysicalAssetDescription description)
{
    if (!m_twin)
        return;
    Internal::TwinCore *twin = m_twin;
    const int index = m_index;
    twin->postControl([twin, index, d = std::move(description)]() mutable {
        twin->adapterBound(index, std::move(d));
    });
}

void PhysicalAdapter::notifyUnbound(const QString &reason)
{
    if (!m_twin)
        return;
    Internal::TwinCore *twin = m_twin;
    const int index = m_index;
    twin->postControl([twin, index, reason] { twin->adapterUnbound(index, reason); });
}

void PhysicalAdapter::notifyBehind(const QString &reason)
{
    if (!m_twin)
        return;
    Internal::TwinCore *twin = m_twin;
    const int index = m_index;
    twin->postControl([twin, index, reason] { twin->adapterBehind(index, reason); });
}

void PhysicalAdapter::notifyCurrent()
{
    if (!m_twin)
        return;
    Internal::TwinCore *twin = m_twin;
    const int index = m_index;
    twin->postControl([twin, index] { twin->adapterBehind(index, {}); });
}

void PhysicalAdapter::completeAction(const QString &correlationId, ActionResult result)
{
    if (!m_twin)
        return;
    Internal::TwinCore *twin = m_twin;
    twin->postControl([twin, correlationId, r = std::move(result)]() mutable {
        twin->adapterActionDone(correlationId, std::move(r));
    });
}

void PhysicalAdapter::reportFailure(const QString &message)
{
    if (m_twin)
        m_twin->adapterFailure(twinloom::Tr::tr("adapter '%1': %2").arg(m_id, message));
}

DigitalAdapter::DigitalAdapter(QString id, QObject *parent)
    : QObject(parent)
    , m_id(std::move(id))
{}

DigitalAdapter::~DigitalAdapter() = default;

void DigitalAdapter::reportFailure(const QString &message)
{
    if (m_twin)
        m_twin->adapterFailure(Tr::tr("adapter '%1': %2").arg(m_id, message));
}

void DigitalAdapter::reportStartFailure(const QString &message)
{
    m_startError = Tr::tr("adapter '%1': %2").arg(m_id, message);
    reportFailure(message);
}

void DigitalAdapter::notifyConnection(const QString &downReason)
{
    if (m_twin)
        m_twin->digitalConnection(m_id, downReason.isEmpty()
                                            ? QString()
                                            : Tr::tr("adapter '%1': %2").arg(m_id, downReason));
}

QString DigitalAdapter::twinId() const
{
    return m_twin ? m_twin->id() : QString();
}

QFuture<ActionResult> DigitalAdapter::invokeAction(const QString &action, Value argument)
{
    if (!m_twin)
        return failedFuture(Tr::tr("adapter '%1' is not attached to a twin").arg(m_id));
    return m_twin->invokeAction(action, std::move(argument));
}

QFuture<ActionResult> DigitalAdapter::writeDesired(const QString &property, Value value)
{
    if (!m_twin)
        return failedFuture(Tr::tr("adapter '%1' is not attached to a twin").arg(m_id));
    return m_twin->writeDesired(property, std::move(value));
}

ProgrammaticPhysicalAdapter::ProgrammaticPhysicalAdapter(QString id, bool bindOnStart,
                                                         QObject *parent)
    : PhysicalAdapter(std::move(id), parent)
    , m_bindOnStart(bindOnStart)
{}

void ProgrammaticPhysicalAdapter::start()
{
    if (m_bindOnStart)
        notifyBound();
}

void ProgrammaticPhysicalAdapter::stop() {}

void ProgrammaticPhysicalAdapter::onAction(const PhysicalAction &action)
{
    if (!m_handler) {
        PhysicalAdapter::onAction(action);
        return;
    }
    completeAction(action.correlationId, m_handler(action));
}

AdapterTypeInfo ProgrammaticPhysicalAdapter::typeInfo()
{
    return {QStringLiteral("api"),
            Tr::tr("Program interface"),
            Tr::tr("Values pushed by the program that embeds the engine."),
            {{"type", "object"},
             {"properties", {{"bindOnStart", {{"type", "boolean"}, {"default", true}}}}}}};
}

std::unique_ptr<PhysicalAdapter>
ProgrammaticPhysicalAdapter::fromConfig(const AdapterBuildContext &c)
{
    bool bind = true;
    if (auto b = c.config.find("bindOnStart"); b != c.config.end()) {
        if (!b->is_boolean()) {
            c.error(QStringLiteral("/bindOnStart"),
                    Tr::tr("\"bindOnStart\" must be true or false"));
            return nullptr;
        }
        bind = b->get<bool>();
    }
    return std::make_unique<ProgrammaticPhysicalAdapter>(c.id, bind);
}

AdapterRegistry::AdapterRegistry()
{
    // The engine's own types; adapter families add theirs (registerBuiltinAdapters()).
    addPhysical<ProgrammaticPhysicalAdapter>();
    addPhysical<AggregateAdapter>();
}

AdapterRegistry &AdapterRegistry::global()
{
    static AdapterRegistry registry;
    return registry;
}

void AdapterRegistry::registerPhysical(AdapterTypeInfo info, PhysicalFactory factory)
{
    const QString type = info.type;
    m_physical[type] = {std::move(info), std::move(factory)};
}

void AdapterRegistry::registerDigital(AdapterTypeInfo info, DigitalFactory factory)
{
    const QString type = info.type;
    m_digital[type] = {std::move(info), std::move(factory)};
}

QStringList AdapterRegistry::physicalTypes() const
{
    QStringList out;
    for (const auto &[type, entry] : m_physical)
        out << type;
    return out;
}

QStringList AdapterRegistry::digitalTypes() const
{
    QStringList out;
    for (const auto &[type, entry] : m_digital)
        out << type;
    return out;
}

const AdapterTypeInfo *AdapterRegistry::physicalInfo(const QString &type) const
{
    auto it = m_physical.find(type);
    return it == m_physical.end() ? nullptr : &it->second.first;
}

AdapterRegistry::PhysicalFactory AdapterRegistry::physicalFactory(const QString &type) const
{
    auto it = m_physical.find(type);
    return it == m_physical.end() ? PhysicalFactory() : it->second.second;
}

namespace {
template<class Entries>
nlohmann::json adapterDefinition(const Entries &entries)
{
    nlohmann::json types = nlohmann::json::array();
    nlohmann::json branches = nlohmann::json::array();
    for (const auto &[type, entry] : entries) {
        types.push_back(type.toStdString());
        const nlohmann::json &schema = entry.first.configSchema;
        nlohmann::json then = {{"properties", {{"config", schema}}}};
        // A type whose configuration has required fields cannot go without one.
        if (schema.contains("required"))
            then["required"] = {"config"};
        branches.push_back({{"if", {{"properties", {{"type", {{"const", type.toStdString()}}}}}}},
                            {"then", std::move(then)}});
    }
    return {{"type", "object"},
            {"required", {"type"}},
            {"properties",
             {{"id", {{"type", "string"}}},
              {"type", {{"type", "string"}, {"examples", std::move(types)}}},
              {"config", {{"type", "object"}}}}},
            {"allOf", std::move(branches)}};
}
} // namespace

int DescriptorNeeds::total(int workers) const
{
    int sum = perAdapter;
    for (const auto &[key, n] : perWorker)
        sum += n * workers;
    for (const auto &[key, n] : perEngine)
        sum += n;
    return sum;
}

DescriptorNeeds AdapterRegistry::descriptorNeeds(const std::vector<TwinDescriptor> &twins) const
{
    DescriptorNeeds needs;
    for (const TwinDescriptor &twin : twins) {
        for (const AdapterDescriptor &a : twin.physicalAdapters) {
            const AdapterTypeInfo *info = physicalInfo(a.type);
            if (info && info->descriptors)
                info->descriptors(a.config, needs);
        }
        for (const AdapterDescriptor &a : twin.digitalAdapters) {
            const AdapterTypeInfo *info = digitalInfo(a.type);
            if (info && info->descriptors)
                info->descriptors(a.config, needs);
        }
    }
    return needs;
}

nlohmann::json AdapterRegistry::projectSchemaDefinitions() const
{
    return {{"physicalAdapter", adapterDefinition(m_physical)},
            {"digitalAdapter", adapterDefinition(m_digital)}};
}

const AdapterTypeInfo *AdapterRegistry::digitalInfo(const QString &type) const
{
    auto it = m_digital.find(type);
    return it == m_digital.end() ? nullptr : &it->second.first;
}

std::unique_ptr<PhysicalAdapter> AdapterRegistry::createPhysical(const QString &type,
                                                                 AdapterBuildContext context) const
{
    auto it = m_physical.find(type);
    if (it == m_physical.end()) {
        context.diagnostics->error(context.pointer + QStringLiteral("/type"),
                                   Tr::tr("'%1' is not a physical adapter type; known types: %2")
                                       .arg(type, physicalTypes().join(QStringLiteral(", "))));
        return nullptr;
    }
    context.pointer += QStringLiteral("/config");
    return it->second.second(context);
}

std::unique_ptr<DigitalAdapter> AdapterRegistry::createDigital(const QString &type,
                                                               AdapterBuildContext context) const
{
    auto it = m_digital.find(type);
    if (it == m_digital.end()) {
        context.diagnostics->error(context.pointer + QStringLiteral("/type"),
                                   Tr::tr("'%1' is not a digital adapter type; known types: %2")
                                       .arg(type, digitalTypes().isEmpty()
                                                      ? Tr::tr("none")
                                                      : digitalTypes().join(QStringLiteral(", "))));
        return nullptr;
    }
    context.pointer += QStringLiteral("/config");
    return it->second.second(context);
}

} // namespace twinloom
