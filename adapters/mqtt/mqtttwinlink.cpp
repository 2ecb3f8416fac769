#include "adapters/mqtt/mqtttwinlink.h"

#include "adapters/tr.h"
#include "engine/configreader.h"
#include "engine/jsoninput.h"

#include <QtCore/QCoreApplication>

#include <nlohmann/json.hpp>

namespace twinloom {

namespace {
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
                                 MqttConnection connection, QString engineName, QObject *parent)
    : PhysicalAdapter(std::move(id), parent)
    , m_remote(std::move(remoteTwin))
    , m_prefix(std::move(prefix))
    , m_topics(m_prefix, m_remote)
    , m_replyBase(Mqtt::TwinTopics(m_prefix, localTwin).replies(this->id()))
    , m_connection(std::move(connection))
    , m_engineName(std::move(engineName))
{}

MqttTwinAdapter::~MqttTwinAdapter() = default;

void MqttTwinAdapter::start()
{
    QString error;
    const bool opened = m_mqtt.open(
        m_connection, m_engineName, {},
        [this](bool connected, const QString &reason, bool report) {
            {
                std::lock_guard lock(m_mutex);
                m_brokerUp = connected;
            }
            if (!connected) {
                notifyUnbound(reason);
                if (report)
                    reportFailure(reason);
            }
            updateBinding();
        },
        &error);
    if (!opened) {
        notifyUnbound(error);
        return;
    }
    const auto handler = [this](const MqttMessage &m) { handleMessage(m); };
    const QStringList filters{m_topics.allProperties(), m_topics.allEvents(), m_topics.lifecycle(),
                              m_topics.description(), m_replyBase + QStringLiteral("/#")};
    for (const QString &filter : filters)
        m_mqtt.route(filter, 1, handler);
}

void MqttTwinAdapter::stop()
{
    m_mqtt.close();
    m_sessionRoute = 0;
    m_sessionTopic.clear();
    std::lock_guard lock(m_mutex);
    m_brokerUp = false;
    m_bound = false;
    m_sessionOnline = true;
}

void MqttTwinAdapter::followSession(const QString &topic)
{
    if (topic == m_sessionTopic)
        return;
    if (m_sessionRoute)
        m_mqtt.unroute(m_sessionRoute);
    m_sessionTopic = topic;
    m_sessionRoute = 0;
    {
        std::lock_guard lock(m_mutex);
        m_sessionOnline = true;
    }
    if (!topic.isEmpty())
        m_sessionRoute = m_mqtt.route(topic, 1, [this](const MqttMessage &m) {
            // A cleared status (an engine that stopped cleanly) leaves the lifecycle to speak.
            const std::optional<bool> online = Mqtt::readSessionOnline(m.payload);
            {
                std::lock_guard lock(m_mutex);
                m_sessionOnline = online.value_or(true);
            }
            updateBinding();
        });
    updateBinding();
}

void MqttTwinAdapter::updateBinding()
{
    bool bind = false;
    bool unbind = false;
    QString state;
    {
        std::lock_guard lock(m_mutex);
        const bool shouldBind = m_brokerUp && m_sessionOnline && boundState(m_remoteState);
        bind = shouldBind && !m_bound;
        unbind = !shouldBind && m_bound;
        m_bound = shouldBind;
        state = !m_sessionOnline          ? Adapters::Tr::tr("gone: its engine lost its connection")
                : m_remoteState.isEmpty() ? Adapters::Tr::tr("unknown")
                                          : m_remoteState;
    }
    if (bind)
        notifyBound();
    else if (unbind)
        notifyUnbound(Adapters::Tr::tr("the remote twin '%1' is %2").arg(m_remote, state));
}

void MqttTwinAdapter::handleMessage(const MqttMessage &message)
{
    if (message.topic.startsWith(m_replyBase + QLatin1Char('/'))) {
        const auto answer = Mqtt::readAnswer(message.payload);
        if (!answer || answer->correlation.isEmpty())
            return;
        completeAction(answer->correlation,
                       answer->ok
                           ? ActionResult::success(answer->value)
                           : ActionResult::failure(answer->error.isEmpty()
                                                       ? Adapters::Tr::tr("the remote twin refused")
                                                       : answer->error));
        return;
    }
    const Mqtt::TwinTopics::Parsed topic = Mqtt::TwinTopics::parse(m_prefix, message.topic);
    if (topic.twin != m_remote)
        return;
    if (topic.kind == Mqtt::TwinTopics::Kind::Lifecycle) {
        {
            std::lock_guard lock(m_mutex);
            m_remoteState = Mqtt::readLifecycleState(message.payload);
        }
        updateBinding();
        return;
    }
    if (topic.kind == Mqtt::TwinTopics::Kind::Description) {
        // Where the remote twin's engine says whether it is alive.
        const nlohmann::json d = JsonInput::parseOrDiscarded(message.payload);
        followSession(jsonString(d, "session").value_or(QString()));
        return;
    }
    const bool property = topic.kind == Mqtt::TwinTopics::Kind::Property;
    if (!property && topic.kind != Mqtt::TwinTopics::Kind::Event)
        return;
    auto decoded = Mqtt::readValueMessage(message.payload);
    if (!decoded) {
        reportFailure(
            Adapters::Tr::tr("'%1' is not a {\"value\", \"time\"} message").arg(message.topic));
        return;
    }
    if (property)
        publishProperty(topic.name, std::move(decoded->value), decoded->time);
    else
        publishEvent(topic.name, std::move(decoded->value), decoded->time);
}

void MqttTwinAdapter::onAction(const PhysicalAction &action)
{
    // "desired/NAME" writes the remote twin's desired value (a mirror's "desired" rule sends it).
    const bool desired = action.key.startsWith(QLatin1String("desired/"));
    const QString member = desired ? action.key.mid(8) : action.key;
    const QByteArray request =
        Mqtt::requestMessage(action.payload, !desired, m_replyBase + QLatin1Char('/') + action.key,
                             action.correlationId);
    const QString topic = desired ? m_topics.desiredSet(member) : m_topics.actionInvoke(member);
    if (!m_mqtt.isConnected() || !m_mqtt.session()->publish(topic, request, 1, false))
        completeAction(action.correlationId,
                       ActionResult::failure(Adapters::Tr::tr("not connected to the broker")));
    // The answer arrives on the reply topic; the twin times the action out if it does not.
}

MqttAggregateAdapter::MqttAggregateAdapter(QString id, Engine *engine, QString relationship,
                                           std::vector<Aggregate> aggregates, QString prefix,
                                           MqttConnection connection, QString engineName,
                                           QObject *parent)
    : AggregateAdapter(std::move(id), engine, std::move(relationship), std::move(aggregates),
                       parent)
    , m_prefix(std::move(prefix))
    , m_connection(std::move(connection))
    , m_engineName(std::move(engineName))
{}

MqttAggregateAdapter::~MqttAggregateAdapter()
{
    MqttAggregateAdapter::stop();
}

void MqttAggregateAdapter::start()
{
    QString error;
    const bool opened = m_mqtt.open(
        m_connection, m_engineName, {},
        [this](bool connected, const QString &reason, bool report) {
            if (connected) {
                notifyBound(assetDescription());
                return;
            }
            notifyUnbound(reason);
            if (report)
                reportFailure(reason);
        },
        &error);
    if (!opened) {
        reportFailure(error);
        notifyUnbound(error);
        return;
    }
    AggregateAdapter::start();
}

void MqttAggregateAdapter::stop()
{
    AggregateAdapter::stop();
    m_mqtt.close();
}

void MqttAggregateAdapter::handleMessage(const MqttMessage &m)
{
    const Mqtt::TwinTopics::Parsed topic = Mqtt::TwinTopics::parse(m_prefix, m.topic);
    if (topic.kind != Mqtt::TwinTopics::Kind::Property || !watchedProperties().contains(topic.name))
        return;
    auto decoded = Mqtt::readValueMessage(m.payload);
    if (!decoded) {
        reportFailure(Adapters::Tr::tr("'%1' is not a {\"value\", \"time\"} message").arg(m.topic));
        return;
    }
    childChanged(topic.twin, topic.name, decoded->value,
                 decoded->time ? decoded->time : Clock::now());
}

std::uint64_t MqttAggregateAdapter::watchSource(const QString &child)
{
    // Retained messages bring each part's current values at once.
    return m_mqtt.route(Mqtt::TwinTopics(m_prefix, child).allProperties(), 1,
                        [this](const MqttMessage &m) { handleMessage(m); });
}

void MqttAggregateAdapter::unwatchSource(const QString &, std::uint64_t handle)
{
    m_mqtt.unroute(handle);
}

AdapterTypeInfo MqttTwinAdapter::typeInfo()
{
    nlohmann::json schema = nlohmann::json::parse(R"json({
      "type": "object",
      "required": ["twin"],
      "properties": {
        "broker": {"$ref": "#/$defs/broker"},
        "prefix": {"type": "string", "minLength": 1, "pattern": "^[^+#]*$"},
        "twin": {"type": "string", "minLength": 1}
      }
    })json");
    schema["properties"]["broker"] = MqttConnection::configSchema();
    return {QStringLiteral("twin"), Adapters::Tr::tr("Twin in another engine"),
            Adapters::Tr::tr("Uses a twin published by another engine's MQTT digital adapter as "
                             "this twin's device."),
            schema, [](const nlohmann::json &config, DescriptorNeeds &needs) {
                MqttSession::countDescriptors(config, {}, needs);
            }};
}

std::unique_ptr<PhysicalAdapter> MqttTwinAdapter::fromConfig(const AdapterBuildContext &c)
{
    const int errorsBefore = c.diagnostics->errorCount();
    ConfigReader r(c.config, c.pointer, *c.diagnostics, Adapters::Tr::tr("the twin link"));
    const QString remote = r.string("twin", true);
    const QString prefix =
        r.has("prefix") ? r.string("prefix") : QLatin1String(Mqtt::kDefaultPrefix);
    MqttConnection connection = connectionFrom(c);
    if (c.diagnostics->errorCount() > errorsBefore)
        return nullptr;
    return std::make_unique<MqttTwinAdapter>(c.id, c.twinId, remote, prefix, std::move(connection));
}

AdapterTypeInfo MqttAggregateAdapter::typeInfo()
{
    // The aggregate adapter's configuration, with a broker and a prefix.
    AdapterTypeInfo info = AggregateAdapter::typeInfo();
    info.type = QStringLiteral("remoteAggregate");
    info.displayName = Adapters::Tr::tr("Aggregate of twins in other engines");
    nlohmann::json properties = {
        {"broker", MqttConnection::configSchema()},
        {"prefix", {{"type", "string"}, {"minLength", 1}, {"pattern", "^[^+#]*$"}}}};
    properties.update(info.configSchema["properties"]);
    info.configSchema["properties"] = std::move(properties);
    info.descriptors = [](const nlohmann::json &config, DescriptorNeeds &needs) {
        MqttSession::countDescriptors(config, {}, needs);
    };
    return info;
}

std::unique_ptr<PhysicalAdapter> MqttAggregateAdapter::fromConfig(const AdapterBuildContext &c)
{
    const int errorsBefore = c.diagnostics->errorCount();
    nlohmann::json config = c.config;
    ConfigReader r(c.config, c.pointer, *c.diagnostics, Adapters::Tr::tr("the aggregate"));
    const QString prefix =
        r.has("prefix") ? r.string("prefix") : QLatin1String(Mqtt::kDefaultPrefix);
    MqttConnection connection = connectionFrom(c);
    config.erase("broker");
    config.erase("prefix");
    AdapterBuildContext inner = c;
    inner.config = config;
    const auto aggregates = AggregateAdapter::readConfig(inner);
    if (!aggregates || c.diagnostics->errorCount() > errorsBefore)
        return nullptr;
    return std::make_unique<MqttAggregateAdapter>(c.id, c.engine, aggregates->relationship,
                                                  aggregates->aggregates, prefix,
                                                  std::move(connection), engineNameOf(c));
}

} // namespace twinloom
