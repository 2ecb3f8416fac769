#include "engine/engine.h"

#include "engine/mappingshadowing.h"
#include "engine/tr.h"
#include "engine/twincore.h"
#include "engine/worker.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QPromise>
#include <QtCore/QThread>

#include <nlohmann/json.hpp>

#include <shared_mutex>

namespace twinloom {

namespace {
template<class T>
QFuture<T> readyFuture(T value)
{
    QPromise<T> p;
    p.start();
    p.addResult(std::move(value));
    p.finish();
    return p.future();
}

} // namespace

const PropertySnapshot *TwinSnapshot::property(QStringView name) const
{
    for (const PropertySnapshot &p : properties) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

nlohmann::json TwinSnapshot::toJson() const
{
    nlohmann::json props = nlohmann::json::object();
    for (const PropertySnapshot &p : properties) {
        nlohmann::json e = {{"reported", p.reported.toJson()},
                            {"quality", qualityName(p.quality).toStdString()}};
        if (!p.desired.isNull())
            e["desired"] = p.desired.toJson();
        if (p.updatedAt)
            e["time"] = Clock::toIso(p.sourceTime ? p.sourceTime : p.updatedAt).toStdString();
        if (p.stale)
            e["stale"] = true;
        props[p.name.toStdString()] = std::move(e);
    }
    nlohmann::json rels = nlohmann::json::array();
    for (const RelationshipInstance &r : relationships)
        rels.push_back({{"name", r.relationship.toStdString()},
                        {"id", r.instanceId.toStdString()},
                        {"target", r.target.toStdString()}});
    nlohmann::json j = {{"twin", twinId.toStdString()},
                        {"model", modelId.toStdString()},
                        {"lifecycle", lifecycleStateName(lifecycle).toStdString()},
                        {"sequence", sequence},
                        {"properties", std::move(props)},
                        {"relationships", std::move(rels)}};
    if (!node.isEmpty())
        j["node"] = node.toStdString();
    return j;
}

namespace Internal {

class EnginePrivate
{
public:
    EngineOptions options;
    std::vector<std::unique_ptr<Worker>> workers;
    ObservationHub hub;
    AdapterRegistry *registry = &AdapterRegistry::global();
    QString baseDirectory;
    mutable std::mutex historyMutex;
    std::shared_ptr<HistoryStore> history;

    mutable std::shared_mutex mutex; // guards models, twins, order
    ModelSet models;
    QHash<QString, TwinCore *> twins;
    QStringList order; // insertion order, for starting and stopping in order
    std::size_t nextWorker = 0;

    TwinCore *find(const QString &id) const { return twins.value(id, nullptr); }

    // Runs `fn` on the twin's worker thread, after what is already in its mailbox.
    QFuture<void> onTwin(const QString &id, std::function<void(TwinCore *)> fn) const
    {
        std::shared_lock lock(mutex);
        TwinCore *t = find(id);
        auto promise = std::make_shared<QPromise<void>>();
        promise->start();
        QFuture<void> f = promise->future();
        if (!t) {
            promise->finish();
            return f;
        }
        t->postControl([t, promise, fn = std::move(fn)] {
            fn(t);
            promise->finish();
        });
        return f;
    }
};

} // namespace Internal

Engine::Engine(EngineOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Internal::EnginePrivate>())
{
    // One core is left to what feeds and reads the twins (a broker, a device simulation, the
    // GUI): on two cores a second worker only competes with them (see bench_engine, bench_mqtt).
    if (options.workerThreads <= 0)
        options.workerThreads = std::max(1, QThread::idealThreadCount() - 1);
    if (options.mailboxCapacity == 0)
        options.mailboxCapacity = 1;
    d->options = options;
    for (int i = 0; i < options.workerThreads; ++i)
        d->workers.push_back(std::make_unique<Internal::Worker>(i));
}

Engine::~Engine()
{
    stopAll();
    QStringList ids;
    {
        std::shared_lock lock(d->mutex);
        ids = d->order;
    }
    for (auto it = ids.rbegin(); it != ids.rend(); ++it)
        removeTwin(*it);
    for (auto &w : d->workers)
        w->shutdown();
    // Deliveries still queued for context objects must not call back into a finished engine.
    d->hub.clear();
}

const EngineOptions &Engine::options() const
{
    return d->options;
}

int Engine::workerCount() const
{
    return static_cast<int>(d->workers.size());
}

bool Engine::addModel(const nlohmann::json &model, Diagnostics &diagnostics, const QString &pointer)
{
    auto m = TwinModel::fromJson(model, pointer, diagnostics);
    if (!m)
        return false;
    addModel(std::move(m));
    return true;
}

void Engine::addModel(std::shared_ptr<TwinModel> model)
{
    std::unique_lock lock(d->mutex);
    d->models.add(std::move(model));
}

TwinModelPtr Engine::model(const QString &id) const
{
    std::shared_lock lock(d->mutex);
    Diagnostics ignored;
    return d->models.contains(id) ? d->models.resolve(id, ignored) : nullptr;
}

QStringList Engine::modelIds() const
{
    std::shared_lock lock(d->mutex);
    return d->models.ids();
}

void Engine::setBaseDirectory(const QString &directory)
{
    std::unique_lock lock(d->mutex);
    d->baseDirectory = directory;
}

QString Engine::baseDirectory() const
{
    std::shared_lock lock(d->mutex);
    return d->baseDirectory;
}

AdapterRegistry &Engine::adapters() const
{
    return *d->registry;
}

void Engine::setAdapterRegistry(AdapterRegistry *registry)
{
    d->registry = registry ? registry : &AdapterRegistry::global();
}

bool Engine::addTwin(const TwinDescriptor &descriptor, Diagnostics &diag, const QString &pointer)
{
    const int errorsBefore = diag.errorCount();
    TwinModelPtr model;
    {
        std::shared_lock lock(d->mutex);
        model = d->models.resolve(descriptor.model, diag, pointer + QStringLiteral("/model"));
    }
    if (!model)
        return false;
    TwinSetup setup;
    setup.id = descriptor.id;
    setup.model = descriptor.model;
    setup.node = descriptor.node;
    setup.properties = descriptor.properties;
    setup.relationships = descriptor.relationships;
    auto context = [&](const AdapterDescriptor &a, const QString &p) {
        AdapterBuildContext c;
        c.id = a.id;
        c.twinId = descriptor.id;
        c.config = a.config;
        // Secrets stay references in the project; they are resolved here, at run time only.
        resolveEnvironmentReferences(c.config, p + QStringLiteral("/config"), diag);
        c.pointer = p;
        c.diagnostics = &diag;
        c.baseDirectory = baseDirectory();
        c.engine = this;
        return c;
    };
    for (std::size_t i = 0; i < descriptor.physicalAdapters.size(); ++i) {
        const AdapterDescriptor &a = descriptor.physicalAdapters[i];
        const QString p =
            pointerAppend(pointer + QStringLiteral("/physicalAdapters"), qsizetype(i));
        if (auto adapter = d->registry->createPhysical(a.type, context(a, p)))
            setup.physicalAdapters.push_back(std::move(adapter));
    }
    for (std::size_t i = 0; i < descriptor.digitalAdapters.size(); ++i) {
        const AdapterDescriptor &a = descriptor.digitalAdapters[i];
        const QString p = pointerAppend(pointer + QStringLiteral("/digitalAdapters"), qsizetype(i));
        if (auto adapter = d->registry->createDigital(a.type, context(a, p)))
            setup.digitalAdapters.push_back(std::move(adapter));
    }
    setup.shadowing = MappingShadowingFunction::fromJson(
        descriptor.shadowing, model, pointer + QStringLiteral("/shadowing"), diag);
    for (const auto &[name, o] : descriptor.properties) {
        if (!model->property(name))
            diag.error(pointerAppend(pointer + QStringLiteral("/properties"), name),
                       Tr::tr("model '%1' has no property '%2'").arg(model->id, name));
    }
    if (diag.errorCount() > errorsBefore)
        return false;
    return addTwin(std::move(setup), diag);
}

bool Engine::addTwin(TwinSetup setup, Diagnostics &diag)
{
    if (!isValidTwinId(setup.id)) {
        diag.error(QStringLiteral("/id"),
                   Tr::tr("'%1' is not a valid twin id: use letters, digits, '-', '_', '.' and ':'")
                       .arg(setup.id));
        return false;
    }
    std::unique_lock lock(d->mutex);
    if (d->twins.contains(setup.id)) {
        diag.error(QStringLiteral("/id"),
                   Tr::tr("a twin with the id '%1' already exists").arg(setup.id));
        return false;
    }
    TwinModelPtr model = d->models.resolve(setup.model, diag, QStringLiteral("/model"));
    if (!model)
        return false;
    for (const RelationshipDescriptor &r : setup.relationships) {
        if (!model->relationship(r.name)) {
            diag.error(QStringLiteral("/relationships"),
                       Tr::tr("model '%1' has no relationship '%2'").arg(model->id, r.name));
            return false;
        }
    }
    Internal::Worker *worker = d->workers[d->nextWorker++ % d->workers.size()].get();
    Internal::TwinServices services;
    services.hub = &d->hub;
    services.options = &d->options;
    services.problem = [this](const QString &twinId, const QString &message) {
        Q_EMIT problem(twinId, message);
    };
    services.connection = [this](const QString &twinId, const QString &adapterId,
                                 const QString &reason) {
        Q_EMIT adapterConnection(twinId, adapterId, reason);
    };
    auto *twin = new Internal::TwinCore(
        std::move(services), worker, setup.id, setup.node, model, std::move(setup.shadowing),
        std::move(setup.physicalAdapters), std::move(setup.digitalAdapters), setup.properties,
        std::move(setup.relationships));
    d->twins.insert(setup.id, twin);
    d->order << setup.id;
    return true;
}

bool Engine::removeTwin(const QString &twinId)
{
    Internal::TwinCore *twin = nullptr;
    {
        std::unique_lock lock(d->mutex);
        twin = d->twins.take(twinId);
        d->order.removeOne(twinId);
    }
    if (!twin)
        return false;
    Internal::Worker *worker = twin->worker();
    auto destroy = [twin] {
        twin->destroy();
        delete twin;
    };
    if (QThread::currentThread() == worker->thread())
        destroy();
    else
        worker->runAndWait(destroy);
    return true;
}

QStringList Engine::twinIds() const
{
    std::shared_lock lock(d->mutex);
    return d->order;
}

bool Engine::contains(const QString &twinId) const
{
    std::shared_lock lock(d->mutex);
    return d->twins.contains(twinId);
}

QString Engine::twinNode(const QString &twinId) const
{
    std::shared_lock lock(d->mutex);
    Internal::TwinCore *t = d->find(twinId);
    return t ? t->node() : QString();
}

QString Engine::twinModelId(const QString &twinId) const
{
    std::shared_lock lock(d->mutex);
    Internal::TwinCore *t = d->find(twinId);
    return t ? t->modelId() : QString();
}

void Engine::setHistoryStore(std::shared_ptr<HistoryStore> store)
{
    std::lock_guard lock(d->historyMutex);
    d->history = std::move(store);
}

std::shared_ptr<HistoryStore> Engine::historyStore() const
{
    std::lock_guard lock(d->historyMutex);
    return d->history;
}

QFuture<void> Engine::startTwin(const QString &twinId)
{
    return d->onTwin(twinId, [](Internal::TwinCore *t) { t->start(); });
}

QFuture<void> Engine::stopTwin(const QString &twinId)
{
    return d->onTwin(twinId, [](Internal::TwinCore *t) { t->stop(); });
}

QFuture<void> Engine::startTwinHeld(const QString &twinId)
{
    return d->onTwin(twinId, [](Internal::TwinCore *t) { t->start(true); });
}

namespace {
// Runs `fn` on the twin's worker and gives its JSON result; {"error"} when there is no such twin.
template<typename Fn>
QFuture<nlohmann::json> onTwinJson(Internal::TwinCore *t, const QString &twinId, Fn fn)
{
    auto promise = std::make_shared<QPromise<nlohmann::json>>();
    promise->start();
    QFuture<nlohmann::json> f = promise->future();
    if (!t) {
        promise->addResult(nlohmann::json{
            {"error", Tr::tr("no twin '%1' in this engine").arg(twinId).toStdString()}});
        promise->finish();
        return f;
    }
    t->postControl([t, promise, fn = std::move(fn)]() mutable {
        promise->addResult(fn(t));
        promise->finish();
    });
    return f;
}
} // namespace

QFuture<nlohmann::json> Engine::handOver(const QString &twinId)
{
    std::shared_lock lock(d->mutex);
    return onTwinJson(d->find(twinId), twinId, [](Internal::TwinCore *t) { return t->handOver(); });
}

QFuture<nlohmann::json> Engine::takeOver(const QString &twinId, nlohmann::json handover)
{
    std::shared_lock lock(d->mutex);
    return onTwinJson(
        d->find(twinId), twinId,
        [handover = std::move(handover)](Internal::TwinCore *t) { return t->takeOver(handover); });
}

void Engine::startAll(const QString &node)
{
    std::vector<QFuture<void>> futures;
    for (const QString &id : twinIds()) {
        if (node.isEmpty() || twinNode(id) == node)
            futures.push_back(startTwin(id));
    }
    for (auto &f : futures)
        f.waitForFinished();
}

void Engine::stopInputs()
{
    std::vector<QFuture<void>> futures;
    for (const QString &id : twinIds())
        futures.push_back(d->onTwin(id, [](Internal::TwinCore *t) { t->stopInputs(); }));
    for (auto &f : futures)
        f.waitForFinished();
}

std::uint64_t Engine::discardQueued()
{
    std::shared_lock lock(d->mutex);
    std::uint64_t n = 0;
    for (const QString &id : d->order)
        if (Internal::TwinCore *t = d->find(id))
            n += t->discardQueued();
    return n;
}

void Engine::stopAll()
{
    stopInputs();
    // Parents before children: a twin made of others stops first, while its parts still run.
    const QStringList ids = twinIds();
    std::vector<QFuture<void>> futures;
    for (const QString &id : ids)
        futures.push_back(stopTwin(id));
    for (auto &f : futures)
        f.waitForFinished();
}

LifecycleState Engine::lifecycle(const QString &twinId) const
{
    std::shared_lock lock(d->mutex);
    Internal::TwinCore *t = d->find(twinId);
    return t ? t->publicLifecycle() : LifecycleState::Destroyed;
}

bool Engine::ingest(const QString &twinId, PhysicalEvent event)
{
    std::shared_lock lock(d->mutex);
    Internal::TwinCore *t = d->find(twinId);
    if (!t)
        return false;
    event.adapterIndex = -1;
    return t->postPhysical(std::move(event));
}

QFuture<ActionResult> Engine::invokeAction(const QString &twinId, const QString &action,
                                           Value argument)
{
    std::shared_lock lock(d->mutex);
    Internal::TwinCore *t = d->find(twinId);
    if (!t)
        return readyFuture(ActionResult::failure(Tr::tr("there is no twin '%1'").arg(twinId)));
    return t->invokeAction(action, std::move(argument));
}

QFuture<ActionResult> Engine::writeDesired(const QString &twinId, const QString &property,
                                           Value value)
{
    std::shared_lock lock(d->mutex);
    Internal::TwinCore *t = d->find(twinId);
    if (!t)
        return readyFuture(ActionResult::failure(Tr::tr("there is no twin '%1'").arg(twinId)));
    return t->writeDesired(property, std::move(value));
}

QFuture<TwinSnapshot> Engine::snapshot(const QString &twinId) const
{
    std::shared_lock lock(d->mutex);
    Internal::TwinCore *t = d->find(twinId);
    if (!t)
        return readyFuture(TwinSnapshot{twinId, {}, {}, LifecycleState::Destroyed, 0, {}, {}});
    auto promise = std::make_shared<QPromise<TwinSnapshot>>();
    promise->start();
    QFuture<TwinSnapshot> f = promise->future();
    t->postControl([t, promise] {
        promise->addResult(t->snapshot());
        promise->finish();
    });
    return f;
}

QFuture<std::vector<HistorySample>> Engine::history(const QString &twinId, const QString &property,
                                                    Timestamp since) const
{
    std::shared_lock lock(d->mutex);
    Internal::TwinCore *t = d->find(twinId);
    if (!t)
        return readyFuture(std::vector<HistorySample>{});
    auto promise = std::make_shared<QPromise<std::vector<HistorySample>>>();
    promise->start();
    auto f = promise->future();
    t->postControl([t, promise, property, since] {
        promise->addResult(t->history(property, since));
        promise->finish();
    });
    return f;
}

std::uint64_t Engine::subscribe(const QString &filter, QObject *context, ChangeCallback callback,
                                QString *error)
{
    auto parsed = TopicFilter::parse(filter, error);
    if (!parsed || !callback)
        return 0;
    auto s = std::make_shared<Internal::Subscriber>();
    s->filter = *parsed;
    s->context = context;
    s->direct = context == nullptr;
    s->callback = std::move(callback);
    s->queueLimit = d->options.observerQueueLimit;
    return d->hub.add(std::move(s))->id;
}

std::uint64_t Engine::subscribeDirect(const QString &filter, ChangeCallback callback,
                                      QString *error)
{
    return subscribe(filter, nullptr, std::move(callback), error);
}

std::shared_ptr<ChangeCoalescer> Engine::createCoalescer(const QString &filter, std::uint64_t *id,
                                                         QString *error)
{
    auto parsed = TopicFilter::parse(filter, error);
    if (!parsed)
        return nullptr;
    auto s = std::make_shared<Internal::Subscriber>();
    s->filter = *parsed;
    s->direct = true;
    s->coalescer = std::make_shared<ChangeCoalescer>();
    auto coalescer = s->coalescer;
    const std::uint64_t subscription = d->hub.add(std::move(s))->id;
    if (id)
        *id = subscription;
    return coalescer;
}

void Engine::unsubscribe(std::uint64_t subscription)
{
    d->hub.remove(subscription);
}

TwinMetrics Engine::twinMetrics(const QString &twinId) const
{
    std::shared_lock lock(d->mutex);
    Internal::TwinCore *t = d->find(twinId);
    if (!t) {
        TwinMetrics m;
        m.twinId = twinId;
        return m;
    }
    return t->metrics();
}

EngineMetrics Engine::metrics() const
{
    EngineMetrics m;
    m.workers = workerCount();
    std::array<std::uint64_t, LatencyHistogram::kBuckets> totals{};
    std::shared_lock lock(d->mutex);
    m.twins = static_cast<int>(d->twins.size());
    for (Internal::TwinCore *t : std::as_const(d->twins)) {
        const TwinCounters &c = t->counters();
        m.eventsIn += t->enqueued();
        m.eventsDropped += t->droppedAtEnqueue() + c.eventsDropped.load(std::memory_order_relaxed);
        m.eventsFailed += c.eventsFailed.load(std::memory_order_relaxed);
        m.changesOut += c.changesOut.load(std::memory_order_relaxed);
        t->mergeLatency(totals);
    }
    m.commitLatencyP50 = LatencyHistogram::quantileOf(totals, 0.5);
    m.commitLatencyP99 = LatencyHistogram::quantileOf(totals, 0.99);
    m.observerDropped = d->hub.droppedTotal();
    m.commitLatencyBuckets = totals;
    return m;
}

} // namespace twinloom
