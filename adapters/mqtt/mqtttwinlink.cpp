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
                                           PartSilence silence, QObject *parent)
    : AggregateAdapter(std::move(id), engine, std::move(relationship), std::move(aggregates),
                       parent)
    , m_prefix(std::move(prefix))
    , m_connection(std::move(connection))
    , m_engineName(std::move(engineName))
    , m_silence(silence)
{}

MqttAggregateAdapter::~MqttAggregateAdapter()
{
    MqttAggregateAdapter::stop();
}

void MqttAggregateAdapter::start()
{
    m_brokerUp = m_lost = m_behind = m_bound = false;
    QString error;
    const bool opened = m_mqtt.open(
        m_connection, m_engineName, {},
        [this](bool connected, const QString &reason, bool report) {
            m_brokerUp = connected;
            if (connected) {
                updateBinding();
                return;
            }
            m_bound = m_behind = false;
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
    if (m_silence.staleAfter > 0 || m_silence.lostAfter > 0) {
        m_mqtt.route(Mqtt::allSessions(m_prefix), 1,
                     [this](const MqttMessage &m) { handleSession(m); });
        Timestamp shortest = std::numeric_limits<Timestamp>::max();
        for (Timestamp bound : {m_silence.staleAfter, m_silence.lostAfter}) {
            if (bound > 0)
                shortest = std::min(shortest, bound);
        }
        if (!m_check) {
            m_check = new QTimer(this);
            connect(m_check, &QTimer::timeout, this, &MqttAggregateAdapter::checkSilence);
        }
        // A part is found silent within a tenth of its bound (at most a second late).
        m_check->start(static_cast<int>(std::clamp<Timestamp>(shortest / 10'000, 50, 1000)));
    }
    AggregateAdapter::start();
}

void MqttAggregateAdapter::stop()
{
    if (m_check)
        m_check->stop();
    AggregateAdapter::stop();
    m_mqtt.close();
    std::lock_guard lock(m_partsMutex);
    m_parts.clear();
    m_sessionsHeard.clear();
}

void MqttAggregateAdapter::updateBinding()
{
    const bool bind = m_brokerUp && !m_lost;
    if (bind == m_bound)
        return;
    m_bound = bind;
    m_behind = false; // unbinding cleared it; it is said again once bound
    if (bind)
        notifyBound(assetDescription());
}

void MqttAggregateAdapter::checkSilence()
{
    const Timestamp now = Clock::now();
    QString quietest;
    Timestamp silent = 0;
    {
        std::lock_guard lock(m_partsMutex);
        for (auto it = m_parts.cbegin(); it != m_parts.cend(); ++it) {
            const Timestamp heard =
                std::max(it->heard, m_sessionsHeard.value(it->session, Timestamp(0)));
            if (now - heard > silent) {
                silent = now - heard;
                quietest = it.key();
            }
        }
    }
    const auto why = [&] {
        return Adapters::Tr::tr("nothing heard from the part '%1' for %2 s")
            .arg(quietest)
            .arg(static_cast<double>(silent) / 1e6, 0, 'f', 1);
    };
    const bool lost = m_silence.lostAfter > 0 && silent >= m_silence.lostAfter;
    if (lost != m_lost) {
        m_lost = lost;
        if (lost && m_bound) {
            m_bound = m_behind = false;
            notifyUnbound(why());
        }
        updateBinding();
    }
    const bool behind = m_bound && m_silence.staleAfter > 0 && silent >= m_silence.staleAfter;
    if (behind != m_behind) {
        m_behind = behind;
        if (behind)
            notifyBehind(why());
        else
            notifyCurrent();
    }
}

void MqttAggregateAdapter::handleSession(const MqttMessage &m)
{
    // Only an engine that says it is alive is heard; an offline one's parts fall silent.
    if (Mqtt::readSessionOnline(m.payload) != std::optional<bool>(true))
        return;
    std::lock_guard lock(m_partsMutex);
    m_sessionsHeard[m.topic] = Clock::now();
}

void MqttAggregateAdapter::handleDescription(const QString &part, const MqttMessage &m)
{
    const nlohmann::json d = JsonInput::parseOrDiscarded(m.payload);
    std::lock_guard lock(m_partsMutex);
    if (auto it = m_parts.find(part); it != m_parts.end())
        it->session = jsonString(d, "session").value_or(QString());
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
    if (m_check) {
        std::lock_guard lock(m_partsMutex);
        if (auto it = m_parts.find(topic.twin); it != m_parts.end())
            it->heard = Clock::now();
    }
    childChanged(topic.twin, topic.name, decoded->value,
                 decoded->time ? decoded->time : Clock::now());
}

std::uint64_t MqttAggregateAdapter::watchSource(const QString &child)
{
    if (m_check && m_check->isActive()) {
        // A part is given its whole bound from the moment it is watched.
        {
            std::lock_guard lock(m_partsMutex);
            m_parts[child].heard = Clock::now();
        }
        const std::uint64_t described =
            m_mqtt.route(Mqtt::TwinTopics(m_prefix, child).description(), 1,
                         [this, child](const MqttMessage &m) { handleDescription(child, m); });
        std::lock_guard lock(m_partsMutex);
        m_parts[child].describedRoute = described;
    }
    // Retained messages bring each part's current values at once.
    return m_mqtt.route(Mqtt::TwinTopics(m_prefix, child).allProperties(), 1,
                        [this](const MqttMessage &m) { handleMessage(m); });
}

void MqttAggregateAdapter::unwatchSource(const QString &child, std::uint64_t handle)
{
    m_mqtt.unroute(handle);
    std::uint64_t described = 0;
    {
        std::lock_guard lock(m_partsMutex);
        described = m_parts.value(child).describedRoute;
        m_parts.remove(child);
    }
    if (described)
        m_mqtt.unroute(described);
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
        {"prefix", {{"type", "string"}, {"minLength", 1}, {"pattern", "^[^+#]*$"}}},
        {"partStaleAfter", {{"$ref", "#/$defs/duration"}}},
        {"partLostAfter", {{"$ref", "#/$defs/duration"}}}};
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
    PartSilence silence;
    silence.staleAfter = r.duration("partStaleAfter").value_or(0);
    silence.lostAfter = r.duration("partLostAfter").value_or(0);
    MqttConnection connection = connectionFrom(c);
    for (const char *own : {"broker", "prefix", "partStaleAfter", "partLostAfter"})
        config.erase(own);
    AdapterBuildContext inner = c;
    inner.config = config;
    const auto aggregates = AggregateAdapter::readConfig(inner);
    if (!aggregates || c.diagnostics->errorCount() > errorsBefore)
        return nullptr;
    return std::make_unique<MqttAggregateAdapter>(c.id, c.engine, aggregates->relationship,
                                                  aggregates->aggregates, prefix,
                                                  std::move(connection), engineNameOf(c), silence);
}

} // namespace twinloom
