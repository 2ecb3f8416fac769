#include "engine/composition.h"

#include "engine/configreader.h"
#include "engine/engine.h"
#include "engine/tr.h"
#include "engine/twinstate.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFutureWatcher>

#include <cmath>
#include <limits>

namespace twinloom {

AggregateAdapter::AggregateAdapter(QString id, Engine *engine, QString relationship,
                                   std::vector<Aggregate> aggregates, QObject *parent)
    : PhysicalAdapter(std::move(id), parent)
    , m_engine(engine)
    , m_relationship(std::move(relationship))
    , m_aggregates(std::move(aggregates))
{
    for (const Aggregate &a : m_aggregates) {
        if (!m_watched.contains(a.of))
            m_watched << a.of;
    }
}

AggregateAdapter::~AggregateAdapter()
{
    stop();
}

std::optional<AggregateAdapter::Function> AggregateAdapter::functionFromName(QStringView name)
{
    if (name == QLatin1String("mean"))
        return Function::Mean;
    if (name == QLatin1String("min"))
        return Function::Min;
    if (name == QLatin1String("max"))
        return Function::Max;
    if (name == QLatin1String("sum"))
        return Function::Sum;
    if (name == QLatin1String("count"))
        return Function::Count;
    return std::nullopt;
}

void AggregateAdapter::start()
{
    if (!m_engine) {
        notifyUnbound(Tr::tr("the adapter is not attached to an engine"));
        return;
    }
    const TwinState *state = twinState();
    if (state) {
        for (const RelationshipInstance &r : state->relationships()) {
            if (r.relationship == m_relationship)
                watch(r.target);
        }
    }
    // Relationships added or removed later change the set of children.
    const QString self = twinId();
    m_selfSubscription = m_engine->subscribeDirect(
        QStringLiteral("twins/%1/relationships/%2").arg(self, m_relationship),
        [this](const StateChange &c) {
            for (const ResourceChange &r : c.changes) {
                if (r.operation == ChangeOperation::Add)
                    watch(r.target);
                else if (r.operation == ChangeOperation::Remove)
                    unwatch(r.instanceId.mid(m_relationship.size() + 1));
            }
        });
    if (bindsOnStart())
        notifyBound(assetDescription());
}

PhysicalAssetDescription AggregateAdapter::assetDescription() const
{
    PhysicalAssetDescription description;
    for (const Aggregate &a : m_aggregates)
        description.properties.push_back({a.to, nullptr, {}, {}});
    return description;
}

void AggregateAdapter::stop()
{
    if (!m_engine)
        return;
    if (m_selfSubscription) {
        m_engine->unsubscribe(m_selfSubscription);
        m_selfSubscription = 0;
    }
    QHash<QString, std::uint64_t> watched;
    {
        std::lock_guard lock(m_mutex);
        watched.swap(m_subscriptions);
        m_values.clear();
        m_published.clear();
    }
    for (auto it = watched.cbegin(); it != watched.cend(); ++it)
        unwatchSource(it.key(), it.value());
}

void AggregateAdapter::watch(const QString &child)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_subscriptions.contains(child))
            return;
        m_subscriptions.insert(child, 0);
    }
    const std::uint64_t handle = watchSource(child);
    std::lock_guard lock(m_mutex);
    if (m_subscriptions.contains(child))
        m_subscriptions[child] = handle;
}

std::uint64_t AggregateAdapter::watchSource(const QString &child)
{
    const std::uint64_t id = m_engine->subscribeDirect(
        QStringLiteral("twins/%1/properties/#").arg(child), [this, child](const StateChange &c) {
            for (const ResourceChange &r : c.changes) {
                if (m_watched.contains(r.key))
                    childChanged(child, r.key, r.value, c.commitTime);
            }
        });
    // What the child already holds counts too, unless a newer change came first. The watcher
    // belongs to the adapter, so nothing arrives after the adapter is gone.
    auto *watcher = new QFutureWatcher<TwinSnapshot>(this);
    connect(watcher, &QFutureWatcher<TwinSnapshot>::finished, this, [this, watcher, child] {
        const TwinSnapshot s = watcher->result();
        watcher->deleteLater();
        for (const PropertySnapshot &p : s.properties) {
            if (!m_watched.contains(p.name) || p.reported.isNull())
                continue;
            {
                std::lock_guard lock(m_mutex);
                if (!m_subscriptions.contains(child) || m_values.value(child).contains(p.name))
                    continue;
            }
            childChanged(child, p.name, p.reported, p.updatedAt);
        }
    });
    watcher->setFuture(m_engine->snapshot(child));
    return id;
}

void AggregateAdapter::unwatchSource(const QString &, std::uint64_t handle)
{
    if (handle)
        m_engine->unsubscribe(handle);
}

void AggregateAdapter::unwatch(const QString &child)
{
    std::uint64_t handle = 0;
    {
        std::lock_guard lock(m_mutex);
        if (!m_subscriptions.contains(child))
            return;
        handle = m_subscriptions.take(child);
        m_values.remove(child);
    }
    unwatchSource(child, handle);
    for (const QString &property : std::as_const(m_watched))
        recompute(property, Clock::now());
}

void AggregateAdapter::childChanged(const QString &child, const QString &property,
                                    const Value &value, Timestamp time)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_subscriptions.contains(child))
            return;
        m_values[child][property] = value;
    }
    recompute(property, time);
}

void AggregateAdapter::recompute(const QString &property, Timestamp time)
{
    std::vector<std::pair<QString, Value>> outputs;
    {
        std::lock_guard lock(m_mutex);
        for (const Aggregate &a : m_aggregates) {
            if (a.of != property)
                continue;
            double sum = 0;
            double min = std::numeric_limits<double>::infinity();
            double max = -std::numeric_limits<double>::infinity();
            int count = 0;
            for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
                auto v = it->constFind(property);
                if (v == it->cend() || v->isNull())
                    continue;
                const double x =
                    v->type() == Value::Type::Bool ? (v->toBool() ? 1.0 : 0.0) : v->toDouble();
                if (!v->isNumber() && v->type() != Value::Type::Bool)
                    continue;
                sum += x;
                min = std::min(min, x);
                max = std::max(max, x);
                ++count;
            }
            Value out;
            switch (a.function) {
            case Function::Mean:
                out = count ? Value(sum / count) : Value();
                break;
            case Function::Min:
                out = count ? Value(min) : Value();
                break;
            case Function::Max:
                out = count ? Value(max) : Value();
                break;
            case Function::Sum:
                out = Value(sum);
                break;
            case Function::Count:
                out = Value(std::int64_t{count});
                break;
            }
            auto last = m_published.find(a.to);
            if (out.isNull() || (last != m_published.end() && *last == out))
                continue;
            m_published.insert(a.to, out);
            outputs.emplace_back(a.to, out);
        }
    }
    for (auto &[to, value] : outputs)
        publishProperty(to, std::move(value), time);
}

AdapterTypeInfo AggregateAdapter::typeInfo()
{
    return {QStringLiteral("aggregate"), Tr::tr("Aggregate of related twins"),
            Tr::tr("Computes properties from a property of every twin this one is related to."),
            nlohmann::json::parse(R"json({
      "type": "object",
      "required": ["relationship", "aggregates"],
      "properties": {
        "relationship": {"type": "string"},
        "aggregates": {
          "type": "array",
          "minItems": 1,
          "items": {
            "type": "object",
            "required": ["to", "of", "function"],
            "properties": {
              "to": {"type": "string"},
              "of": {"type": "string"},
              "function": {"enum": ["mean", "min", "max", "sum", "count"]}
            }
          }
        }
      }
    })json")};
}

std::optional<AggregateAdapter::Config> AggregateAdapter::readConfig(const AdapterBuildContext &c)
{
    const auto rel = c.config.find("relationship");
    if (rel == c.config.end() || !rel->is_string() || rel->get<std::string>().empty()) {
        c.error(QStringLiteral("/relationship"),
                Tr::tr("name the relationship whose targets are aggregated"));
        return std::nullopt;
    }
    const auto list = c.config.find("aggregates");
    if (list == c.config.end() || !list->is_array() || list->empty()) {
        c.error(QStringLiteral("/aggregates"),
                Tr::tr("list at least one aggregate: {\"to\", \"of\", \"function\"}"));
        return std::nullopt;
    }
    std::vector<AggregateAdapter::Aggregate> aggregates;
    bool ok = true;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto &a = (*list)[i];
        const QString p = pointerAppend(QStringLiteral("/aggregates"), qsizetype(i));
        auto text = [&a](const char *key) { return jsonString(a, key).value_or(QString()); };
        AggregateAdapter::Aggregate agg{text("to"), text("of"), {}};
        const auto fn = AggregateAdapter::functionFromName(text("function"));
        if (agg.to.isEmpty() || agg.of.isEmpty()) {
            c.error(p, Tr::tr("an aggregate needs \"to\" (this twin's property) and \"of\" "
                              "(the related twins' property)"));
            ok = false;
            continue;
        }
        if (!fn) {
            c.error(p + QStringLiteral("/function"),
                    Tr::tr("'%1' is not an aggregate function: use mean, min, max, sum or count")
                        .arg(text("function")));
            ok = false;
            continue;
        }
        agg.function = *fn;
        aggregates.push_back(std::move(agg));
    }
    if (!ok)
        return std::nullopt;
    return Config{QString::fromStdString(rel->get<std::string>()), std::move(aggregates)};
}

std::unique_ptr<PhysicalAdapter> AggregateAdapter::fromConfig(const AdapterBuildContext &c)
{
    auto config = readConfig(c);
    if (!config)
        return nullptr;
    return std::make_unique<AggregateAdapter>(c.id, c.engine, std::move(config->relationship),
                                              std::move(config->aggregates));
}

} // namespace twinloom
