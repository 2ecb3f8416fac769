#include "adapters/mqtt/mqtttwinlink.h"

#include "adapters/tr.h"
#include "engine/configreader.h"

#include <QtCore/QCoreApplication>

#include <nlohmann/json.hpp>

namespace twinloom {

namespace {
// {"value", "time"} as the digital adapter publishes it.
std::optional<std::pair<Value, Timestamp>> decodeValueMessage(const QByteArray &payload)
{
    const nlohmann::json j =
        nlohmann::json::parse(payload.constBegin(), payload.constEnd(), nullptr, false);
    if (!j.is_object() || !j.contains("value"))
        return std::nullopt;
    Timestamp time = 0;
    if (auto t = jsonString(j, "time")) {
        if (auto dt = parseDateTime(*t))
            time = dt->micros;
    }
    return std::make_pair(Value::fromJson(j["value"]), time);
}

bool boundState(const QString &state)
{
    return state == QLatin1String("Bound") || state == QLatin1String("Synchronized") ||
           state == QLatin1String("NotSynchronized");
}

MqttConnection connectionFrom(const AdapterBuildContext &c)
{
    if (auto b = c.config.find("broker"); b != c.config.end()) {
        ConfigReader broker(*b, c.pointer + QStringLiteral("/broker"), *c.diagnostics,
                            Adapters::Tr::tr("the broker"));
        return MqttConnection::fromJson(broker, *c.diagnostics, c.baseDirectory);
    }
    return {};
}
} // namespace

MqttTwinAdapter::MqttTwinAdapter(QString id, QString localTwin, QString remoteTwin, QString prefix,
                                 MqttConnection connection, QObject *parent)
    : PhysicalAdapter(std::move(id), parent)
    , m_remote(std::move(remoteTwin))
    , m_base(prefix + QLatin1Char('/') + m_remote)
    , m_replyBase(prefix + QStringLiteral("/") + localTwin + QStringLiteral("/replies/") +
                  this->id())
    , m_client(std::make_unique<MqttClient>(std::move(connection)))
{
    m_client->setSubscriptions(
        {m_base + QStringLiteral("/properties/+"), m_base + QStringLiteral("/events/+"),
         m_base + QStringLiteral("/lifecycle"), m_replyBase + QStringLiteral("/#")},
        1);
    deliverInBursts(*m_client, *this);
    m_client->setMessageHandler([this](const MqttMessage &m) { handleMessage(m); });
    m_client->setConnectionHandler([this](bool connected, const QString &reason) {
        {
            std::lock_guard lock(m_mutex);
            m_brokerUp = connected;
        }
        if (!connected)
            notifyUnbound(reason);
        updateBinding();
    });
}

MqttTwinAdapter::~MqttTwinAdapter()
{
    m_client->stop();
}

void MqttTwinAdapter::start()
{
    QString error;
    if (!m_client->start(&error, this))
        notifyUnbound(error);
}

void MqttTwinAdapter::stop()
{
    m_client->stop();
    std::lock_guard lock(m_mutex);
    m_brokerUp = false;
    m_bound = false;
}

void MqttTwinAdapter::updateBinding()
{
    bool bind = false;
    bool unbind = false;
    QString state;
    {
        std::lock_guard lock(m_mutex);
        const bool shouldBind = m_brokerUp && boundState(m_remoteState);
        bind = shouldBind && !m_bound;
        unbind = !shouldBind && m_bound;
        m_bound = shouldBind;
        state = m_remoteState.isEmpty() ? Adapters::Tr::tr("unknown") : m_remoteState;
    }
    if (bind)
        notifyBound();
    else if (unbind)
        notifyUnbound(Adapters::Tr::tr("the remote twin '%1' is %2").arg(m_remote, state));
}

void MqttTwinAdapter::handleMessage(const MqttMessage &message)
{
    const QString rest = message.topic.mid(m_base.size() + 1);
    if (message.topic == m_base + QStringLiteral("/lifecycle")) {
        const nlohmann::json j = nlohmann::json::parse(message.payload.constBegin(),
                                                       message.payload.constEnd(), nullptr, false);
        {
            std::lock_guard lock(m_mutex);
            m_remoteState = jsonString(j, "state").value_or(QString());
        }
        updateBinding();
        return;
    }
    if (message.topic.startsWith(m_replyBase + QLatin1Char('/'))) {
        const nlohmann::json j = nlohmann::json::parse(message.payload.constBegin(),
                                                       message.payload.constEnd(), nullptr, false);
        const QString correlation = jsonString(j, "correlation").value_or(QString());
        if (correlation.isEmpty())
            return;
        if (jsonBoolean(j, "ok").value_or(false))
            completeAction(
                correlation,
                ActionResult::success(j.contains("value") ? Value::fromJson(j["value"]) : Value()));
        else
            completeAction(
                correlation,
                ActionResult::failure(
                    jsonString(j, "error").value_or(Adapters::Tr::tr("the remote twin refused"))));
        return;
    }
    const bool property = rest.startsWith(QLatin1String("properties/"));
    const bool event = rest.startsWith(QLatin1String("events/"));
    if (!property && !event)
        return;
    auto decoded = decodeValueMessage(message.payload);
    if (!decoded) {
        reportFailure(
            Adapters::Tr::tr("'%1' is not a {\"value\", \"time\"} message").arg(message.topic));
        return;
    }
    const QString name = rest.mid(rest.indexOf(QLatin1Char('/')) + 1);
    if (property)
        publishProperty(name, std::move(decoded->first), decoded->second);
    else
        publishEvent(name, std::move(decoded->first), decoded->second);
}

void MqttTwinAdapter::onAction(const PhysicalAction &action)
{
    // "desired/NAME" writes the remote twin's desired value (a mirror's "desired" rule sends it).
    const bool desired = action.key.startsWith(QLatin1String("desired/"));
    nlohmann::ordered_json request = {
        {desired ? "value" : "argument", action.payload.toJson()},
        {"replyTo", QString(m_replyBase + QLatin1Char('/') + action.key).toStdString()},
        {"correlation", action.correlationId.toStdString()}};
    const QString topic =
        desired ? QString(m_base + QLatin1Char('/') + action.key + QStringLiteral("/set"))
                : QString(m_base + QStringLiteral("/actions/") + action.key +
                          QStringLiteral("/invoke"));
    if (!m_client->isConnected() ||
        !m_client->publish(topic, QByteArray::fromStdString(request.dump()), 1, false))
        completeAction(action.correlationId,
                       ActionResult::failure(Adapters::Tr::tr("not connected to the broker")));
    // The answer arrives on the reply topic; the twin times the action out if it does not.
}

MqttAggregateAdapter::MqttAggregateAdapter(QString id, Engine *engine, QString relationship,
                                           std::vector<Aggregate> aggregates, QString prefix,
                                           MqttConnection connection, QObject *parent)
    : AggregateAdapter(std::move(id), engine, std::move(relationship), std::move(aggregates),
                       parent)
    , m_prefix(std::move(prefix))
    , m_client(std::make_unique<MqttClient>(std::move(connection)))
{
    m_client->setSubscriptions({}, 1);
    deliverInBursts(*m_client, *this);
    m_client->setMessageHandler([this](const MqttMessage &m) {
        // prefix/CHILD/properties/NAME
        const QStringList parts = m.topic.mid(m_prefix.size() + 1).split(QLatin1Char('/'));
        if (parts.size() != 3 || parts[1] != QLatin1String("properties") ||
            !watchedProperties().contains(parts[2]))
            return;
        auto decoded = decodeValueMessage(m.payload);
        if (!decoded) {
            reportFailure(
                Adapters::Tr::tr("'%1' is not a {\"value\", \"time\"} message").arg(m.topic));
            return;
        }
        childChanged(parts[0], parts[2], decoded->first,
                     decoded->second ? decoded->second : Clock::now());
    });
}

MqttAggregateAdapter::~MqttAggregateAdapter()
{
    MqttAggregateAdapter::stop();
}

void MqttAggregateAdapter::start()
{
    QString error;
    if (!m_client->start(&error, this)) {
        notifyUnbound(error);
        return;
    }
    AggregateAdapter::start();
}

void MqttAggregateAdapter::stop()
{
    AggregateAdapter::stop();
    m_client->stop();
}

std::uint64_t MqttAggregateAdapter::watchSource(const QString &child)
{
    // Retained messages bring each part's current values at once.
    m_client->addSubscription(m_prefix + QLatin1Char('/') + child +
                              QStringLiteral("/properties/+"));
    return 0;
}

void MqttAggregateAdapter::unwatchSource(const QString &child, std::uint64_t)
{
    m_client->removeSubscription(m_prefix + QLatin1Char('/') + child +
                                 QStringLiteral("/properties/+"));
}

void registerMqttTwinLinks(AdapterRegistry &registry)
{
    nlohmann::json schema = nlohmann::json::parse(
        R"({"type": "object", "required": ["twin"], "properties": {"broker": {},
            "prefix": {"type": "string"}, "twin": {"type": "string"}}})");
    schema["properties"]["broker"] = MqttConnection::configSchema();
    registry.registerPhysical(
        {QStringLiteral("twin"), Adapters::Tr::tr("Twin in another engine"),
         Adapters::Tr::tr(
             "Uses a twin published by another engine's MQTT digital adapter as this twin's "
             "device."),
         schema},
        [](const AdapterBuildContext &c) -> std::unique_ptr<PhysicalAdapter> {
            const int errorsBefore = c.diagnostics->errorCount();
            ConfigReader r(c.config, c.pointer, *c.diagnostics, Adapters::Tr::tr("the twin link"));
            const QString remote = r.string("twin", true);
            const QString prefix =
                r.has("prefix") ? r.string("prefix") : QStringLiteral("twinloom");
            MqttConnection connection = connectionFrom(c);
            if (c.diagnostics->errorCount() > errorsBefore)
                return nullptr;
            return std::make_unique<MqttTwinAdapter>(c.id, c.twinId, remote, prefix,
                                                     std::move(connection));
        });
    // Reuses the aggregate adapter's configuration, with a broker and a prefix.
    AdapterTypeInfo info = *registry.physicalInfo(QStringLiteral("aggregate"));
    const auto local = registry.physicalFactory(QStringLiteral("aggregate"));
    info.type = QStringLiteral("remoteAggregate");
    info.configSchema["properties"]["broker"] = MqttConnection::configSchema();
    info.configSchema["properties"]["prefix"] = {{"type", "string"}};
    info.displayName = Adapters::Tr::tr("Aggregate of twins in other engines");
    registry.registerPhysical(
        info, [local](const AdapterBuildContext &c) -> std::unique_ptr<PhysicalAdapter> {
            const int errorsBefore = c.diagnostics->errorCount();
            nlohmann::json config = c.config;
            ConfigReader r(c.config, c.pointer, *c.diagnostics, Adapters::Tr::tr("the aggregate"));
            const QString prefix =
                r.has("prefix") ? r.string("prefix") : QStringLiteral("twinloom");
            MqttConnection connection = connectionFrom(c);
            config.erase("broker");
            config.erase("prefix");
            AdapterBuildContext inner = c;
            inner.config = config;
            std::unique_ptr<PhysicalAdapter> checked = local(inner);
            auto *aggregate = dynamic_cast<AggregateAdapter *>(checked.get());
            if (!aggregate || c.diagnostics->errorCount() > errorsBefore)
                return nullptr;
            return std::make_unique<MqttAggregateAdapter>(c.id, c.engine, aggregate->relationship(),
                                                          aggregate->aggregates(), prefix,
                                                          std::move(connection));
        });
}

} // namespace twinloom
