#include "adapters/mqtt/mqttdigitaladapter.h"

#include "adapters/tr.h"
#include "engine/configreader.h"
#include "engine/lifecycle.h"
#include "engine/twindescription.h"
#include "engine/twinstate.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFuture>
#include <QtCore/QLocale>

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>
#include <string_view>

namespace twinloom {

namespace {
// The description's MQTT part: where each member is published and where requests go.
class TopicBindings : public DescriptionBindings
{
public:
    TopicBindings(const Mqtt::TwinTopics &topics, QString session)
        : m_topics(topics)
        , m_session(std::move(session))
    {}
    void bindTwin(nlohmann::ordered_json &d) const override
    {
        d["lifecycle"] = m_topics.lifecycle().toStdString();
        // Where the engine that runs the twin says whether it is alive.
        if (!m_session.isEmpty())
            d["session"] = m_session.toStdString();
    }
    void bindProperty(const PropertyDef &p, nlohmann::ordered_json &e) const override
    {
        e["topic"] = m_topics.property(p.name).toStdString();
        if (e.contains("writable"))
            e["set"] = m_topics.desiredSet(p.name).toStdString();
    }
    void bindEvent(const EventDef &ev, nlohmann::ordered_json &e) const override
    {
        e["topic"] = m_topics.event(ev.name).toStdString();
    }
    void bindAction(const ActionDef &a, nlohmann::ordered_json &e) const override
    {
        e["invoke"] = m_topics.actionInvoke(a.name).toStdString();
    }

private:
    const Mqtt::TwinTopics &m_topics;
    QString m_session;
};
} // namespace

MqttDigitalAdapter::MqttDigitalAdapter(QString id, QString twinId, MqttConnection connection,
                                       Options options, QString engineName, QObject *parent)
    : DigitalAdapter(std::move(id), parent)
    , m_twinId(std::move(twinId))
    , m_options(std::move(options))
    , m_connection(std::move(connection))
    , m_engineName(std::move(engineName))
    , m_topics(m_options.prefix, m_twinId)
{}

MqttDigitalAdapter::~MqttDigitalAdapter() = default;

void MqttDigitalAdapter::start()
{
    // The session says whether this engine is alive under the prefix (its last will), for
    // every twin on it: a twin's description names that topic.
    QString error;
    const bool opened = m_mqtt.open(
        m_connection, m_engineName, m_options.prefix,
        [this](bool connected, const QString &reason, bool report) {
            // Every twin on the connection shows it down; one of them logs it.
            notifyConnection(connected ? QString() : reason);
            if (!connected && report)
                reportFailure(reason);
        },
        &error);
    if (!opened) {
        notifyConnection(error);
        reportFailure(error);
        return;
    }
    if (m_options.heartbeat > 0)
        m_mqtt.session()->requestHeartbeat(m_options.heartbeat);
    const QStringList filters{m_topics.allInvokes(), m_topics.allDesiredSets()};
    for (const QString &filter : filters)
        m_mqtt.route(filter, 1, [this](const MqttMessage &m) { handleRequest(m); });
}

void MqttDigitalAdapter::stop()
{
    // The last lifecycle message (Stopped) is queued before; the session sends it first.
    m_mqtt.close();
    m_described = false;
}

bool MqttDigitalAdapter::publish(const QString &topic, const QByteArray &payload, int qos,
                                 bool retain, const QByteArray &correlation)
{
    MqttSession *session = m_mqtt.session();
    return session && session->publish(topic, payload, qos, retain, {}, correlation);
}

bool MqttDigitalAdapter::publish(const QByteArray &topic, const QByteArray &payload, int qos,
                                 bool retain)
{
    MqttSession *session = m_mqtt.session();
    return session && session->publish(topic, payload, qos, retain);
}

void MqttDigitalAdapter::publishDescription(const TwinState &state)
{
    const TopicBindings bindings(m_topics,
                                 m_mqtt.session() ? m_mqtt.session()->livenessTopic() : QString());
    const nlohmann::ordered_json d = TwinDescription(m_twinId, state.modelPtr()).toJson(&bindings);
    // Said again at the next change when it could not be sent (no session yet).
    m_described = publish(m_topics.description(), QByteArray::fromStdString(d.dump()), 1, true);
}

const QByteArray &MqttDigitalAdapter::cachedTopic(ResourceKind kind, const QString &key)
{
    const int slot = kind == ResourceKind::Property          ? 0
                     : kind == ResourceKind::DesiredProperty ? 1
                                                             : 2;
    auto &cache = m_topicCache[slot];
    auto it = cache.find(key);
    if (it == cache.end()) {
        const QString topic = slot == 0   ? m_topics.property(key)
                              : slot == 1 ? m_topics.desired(key)
                                          : m_topics.event(key);
        it = cache.insert(key, topic.toUtf8());
    }
    return *it;
}

const QByteArray &MqttDigitalAdapter::cachedValueTopic(ResourceKind kind, const QString &key)
{
    auto &cache = m_topicCache[kind == ResourceKind::Property ? 3 : 4];
    auto it = cache.find(key);
    if (it == cache.end()) {
        const QString topic =
            kind == ResourceKind::Property ? m_topics.propertyValue(key) : m_topics.eventValue(key);
        it = cache.insert(key, topic.toUtf8());
    }
    return *it;
}

void MqttDigitalAdapter::onStateChange(const StateChange &change, const TwinState &state)
{
    if (!m_described && m_options.description)
        publishDescription(state);
    const Timestamp time = change.sourceTime ? change.sourceTime : change.commitTime;
    for (const ResourceChange &r : change.changes) {
        switch (r.kind) {
        case ResourceKind::Property:
            publish(cachedTopic(r.kind, r.key), Mqtt::valueMessage(r.value, time, change.sequence),
                    m_options.qos, m_options.retainProperties);
            if (m_options.valueTopics)
                publish(cachedValueTopic(r.kind, r.key),
                        QByteArray::fromStdString(r.value.toJson().dump()), m_options.qos,
                        m_options.retainProperties);
            break;
        case ResourceKind::DesiredProperty:
            publish(cachedTopic(r.kind, r.key), Mqtt::valueMessage(r.value, time, change.sequence),
                    m_options.qos, true);
            break;
        case ResourceKind::Event:
            publish(cachedTopic(r.kind, r.key), Mqtt::valueMessage(r.value, time, change.sequence),
                    m_options.qos, false);
            if (m_options.valueTopics)
                publish(cachedValueTopic(r.kind, r.key),
                        QByteArray::fromStdString(r.value.toJson().dump()), m_options.qos, false);
            break;
        case ResourceKind::Relationship:
            publish(m_topics.relationship(r.key),
                    Mqtt::relationshipMessage(r.value, time, change.sequence, r.target,
                                              changeOperationName(r.operation)),
                    m_options.qos, false);
            break;
        default:
            break;
        }
    }
    if (m_options.snapshots)
        publish(m_topics.state(), QByteArray::fromStdString(state.toJson().dump()), m_options.qos,
                true);
}

void MqttDigitalAdapter::onLifecycle(LifecycleState from, LifecycleState to)
{
    // Described from the start, not at the first value: a twin of quiet devices is known too.
    if (!m_described && m_options.description && to != LifecycleState::Stopped) {
        if (const TwinState *state = twinState())
            publishDescription(*state);
    }
    publish(m_topics.lifecycle(), Mqtt::lifecycleMessage(from, to, Clock::now()), 1, true);
}

void MqttDigitalAdapter::handleRequest(const MqttMessage &message)
{
    const Mqtt::TwinTopics::Parsed topic = Mqtt::TwinTopics::parse(m_options.prefix, message.topic);
    const bool action = topic.kind == Mqtt::TwinTopics::Kind::ActionInvoke;
    if ((!action && topic.kind != Mqtt::TwinTopics::Kind::DesiredSet) || topic.twin != m_twinId)
        return;
    Mqtt::Request request;
    if (message.payload.size() > m_options.maxPayload)
        request.error = Adapters::Tr::tr("the request is %1 bytes, over the limit of %2 "
                                         "(\"maxPayload\")")
                            .arg(message.payload.size())
                            .arg(m_options.maxPayload);
    else
        request = Mqtt::readRequest(message.payload, action);
    QString replyTo = request.replyTo.isEmpty() ? message.responseTopic : request.replyTo;
    if (replyTo.isEmpty())
        replyTo = message.topic + QStringLiteral("/result");
    QByteArray correlation =
        request.correlation.isEmpty() ? message.correlation : request.correlation;
    if (!request.error.isEmpty()) {
        publish(replyTo, Mqtt::answerMessage({false, {}, request.error, {}}), 1, false,
                correlation);
        return;
    }
    QFuture<ActionResult> future = action ? invokeAction(topic.name, request.argument)
                                          : writeDesired(topic.name, request.argument);
    // Answered on this thread; an adapter stopped meanwhile has no session left to answer on.
    future.then(this, [this, replyTo, correlation](const ActionResult &r) {
        publish(replyTo,
                Mqtt::answerMessage({r.ok, r.value, r.error, QString::fromUtf8(correlation)}), 1,
                false, correlation);
    });
}

AdapterTypeInfo MqttDigitalAdapter::typeInfo()
{
    nlohmann::json schema = nlohmann::json::parse(R"json({
      "type": "object",
      "properties": {
        "broker": {"$ref": "#/$defs/broker"},
        "prefix": {"type": "string", "minLength": 1, "pattern": "^[^+#]*$"},
        "qos": {"enum": [0, 1, 2]},
        "retainProperties": {"type": "boolean"},
        "snapshots": {"type": "boolean"},
        "description": {"type": "boolean"},
        "valueTopics": {"type": "boolean"},
        "maxPayload": {"type": "integer", "minimum": 1, "maximum": 268435456},
        "heartbeat": {"$ref": "#/$defs/duration"}
      }
    })json");
    schema["properties"]["broker"] = MqttConnection::configSchema();
    return {QStringLiteral("mqtt"), Adapters::Tr::tr("MQTT"),
            Adapters::Tr::tr("Publishes the twin's state, events and lifecycle; takes actions and "
                             "desired values."),
            schema, [](const nlohmann::json &config, DescriptorNeeds &needs) {
                MqttSession::countDescriptors(
                    config,
                    jsonString(config, "prefix").value_or(QLatin1String(Mqtt::kDefaultPrefix)),
                    needs);
            }};
}

std::unique_ptr<DigitalAdapter> MqttDigitalAdapter::fromConfig(const AdapterBuildContext &c)
{
    Diagnostics &d = *c.diagnostics;
    const int errorsBefore = d.errorCount();
    ConfigReader r(c.config, c.pointer, d, Adapters::Tr::tr("the MQTT adapter"));
    MqttConnection connection;
    if (auto b = c.config.find("broker"); b != c.config.end()) {
        ConfigReader broker(*b, c.pointer + QStringLiteral("/broker"), d,
                            Adapters::Tr::tr("the broker"));
        connection = MqttConnection::fromJson(broker, d, c.baseDirectory);
    }
    MqttDigitalAdapter::Options o;
    if (r.has("prefix"))
        o.prefix = r.string("prefix");
    if (o.prefix.isEmpty() || o.prefix.contains(QLatin1Char('+')) ||
        o.prefix.contains(QLatin1Char('#')))
        c.error(QStringLiteral("/prefix"),
                Adapters::Tr::tr("\"prefix\" is a topic without '+' or '#'"));
    o.qos = r.integer("qos", 0, 2, Adapters::Tr::tr("\"qos\" is 0, 1 or 2")).value_or(0);
    o.retainProperties = r.boolean("retainProperties").value_or(true);
    o.snapshots = r.boolean("snapshots").value_or(false);
    o.description = r.boolean("description").value_or(true);
    o.valueTopics = r.boolean("valueTopics").value_or(true);
    o.maxPayload = r.integer("maxPayload", 1, 256 << 20).value_or(o.maxPayload);
    o.heartbeat = r.duration("heartbeat").value_or(0);
    if (d.errorCount() > errorsBefore)
        return nullptr;
    return std::make_unique<MqttDigitalAdapter>(c.id, c.twinId, std::move(connection), o,
                                                engineNameOf(c));
}

} // namespace twinloom
