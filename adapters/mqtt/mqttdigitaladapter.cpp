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
    explicit TopicBindings(const Mqtt::TwinTopics &topics)
        : m_topics(topics)
    {}
    void bindTwin(nlohmann::ordered_json &d) const override
    {
        d["lifecycle"] = m_topics.lifecycle().toStdString();
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
};
} // namespace

MqttDigitalAdapter::MqttDigitalAdapter(QString id, QString twinId, MqttConnection connection,
                                       Options options, QObject *parent)
    : DigitalAdapter(std::move(id), parent)
    , m_twinId(std::move(twinId))
    , m_options(std::move(options))
    , m_topics(m_options.prefix, m_twinId)
{
    if (connection.willTopic.isEmpty()) {
        // If the engine dies, the broker tells everyone the twin is gone.
        connection.willTopic = m_topics.lifecycle();
        connection.willPayload = Mqtt::lifecycleWill();
        connection.willQos = 1;
        connection.willRetain = true;
    }
    m_client = std::make_shared<MqttClient>(std::move(connection));
    m_client->setSubscriptions({m_topics.allInvokes(), m_topics.allDesiredSets()}, 1);
    m_client->setMessageHandler([this](const MqttMessage &m) { handleRequest(m); });
}

MqttDigitalAdapter::~MqttDigitalAdapter()
{
    m_client->stop();
}

void MqttDigitalAdapter::start()
{
    QString error;
    if (!m_client->start(&error, this))
        reportFailure(error);
}

void MqttDigitalAdapter::stop()
{
    // The last lifecycle message (Stopped) is queued before; disconnecting sends it first.
    m_client->stop();
    m_described = false;
}

void MqttDigitalAdapter::publishDescription(const TwinState &state)
{
    const TopicBindings bindings(m_topics);
    const nlohmann::ordered_json d = TwinDescription(m_twinId, state.modelPtr()).toJson(&bindings);
    m_client->publish(m_topics.description(), QByteArray::fromStdString(d.dump()), 1, true);
    m_described = true;
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

void MqttDigitalAdapter::onStateChange(const StateChange &change, const TwinState &state)
{
    if (!m_described && m_options.description)
        publishDescription(state);
    const Timestamp time = change.sourceTime ? change.sourceTime : change.commitTime;
    for (const ResourceChange &r : change.changes) {
        switch (r.kind) {
        case ResourceKind::Property:
            m_client->publish(cachedTopic(r.kind, r.key),
                              Mqtt::valueMessage(r.value, time, change.sequence), m_options.qos,
                              m_options.retainProperties);
            break;
        case ResourceKind::DesiredProperty:
            m_client->publish(cachedTopic(r.kind, r.key),
                              Mqtt::valueMessage(r.value, time, change.sequence), m_options.qos,
                              true);
            break;
        case ResourceKind::Event:
            m_client->publish(cachedTopic(r.kind, r.key),
                              Mqtt::valueMessage(r.value, time, change.sequence), m_options.qos,
                              false);
            break;
        case ResourceKind::Relationship:
            m_client->publish(m_topics.relationship(r.key),
                              Mqtt::relationshipMessage(r.value, time, change.sequence, r.target,
                                                        changeOperationName(r.operation)),
                              m_options.qos, false);
            break;
        default:
            break;
        }
    }
    if (m_options.snapshots)
        m_client->publish(m_topics.state(), QByteArray::fromStdString(state.toJson().dump()),
                          m_options.qos, true);
}

void MqttDigitalAdapter::onLifecycle(LifecycleState from, LifecycleState to)
{
    m_client->publish(m_topics.lifecycle(), Mqtt::lifecycleMessage(from, to, Clock::now()), 1,
                      true);
}

void MqttDigitalAdapter::handleRequest(const MqttMessage &message)
{
    const Mqtt::TwinTopics::Parsed topic = Mqtt::TwinTopics::parse(m_options.prefix, message.topic);
    const bool action = topic.kind == Mqtt::TwinTopics::Kind::ActionInvoke;
    if ((!action && topic.kind != Mqtt::TwinTopics::Kind::DesiredSet) || topic.twin != m_twinId)
        return;
    Mqtt::Request request = Mqtt::readRequest(message.payload, action);
    QString replyTo = request.replyTo.isEmpty() ? message.responseTopic : request.replyTo;
    if (replyTo.isEmpty())
        replyTo = message.topic + QStringLiteral("/result");
    QByteArray correlation =
        request.correlation.isEmpty() ? message.correlation : request.correlation;
    if (!request.error.isEmpty()) {
        m_client->publish(replyTo, Mqtt::answerMessage({false, {}, request.error, {}}), 1, false,
                          {}, correlation);
        return;
    }
    QFuture<ActionResult> future = action ? invokeAction(topic.name, request.argument)
                                          : writeDesired(topic.name, request.argument);
    std::shared_ptr<MqttClient> client = m_client;
    future.then([client, replyTo, correlation](const ActionResult &r) {
        client->publish(
            replyTo, Mqtt::answerMessage({r.ok, r.value, r.error, QString::fromUtf8(correlation)}),
            1, false, {}, correlation);
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
        "description": {"type": "boolean"}
      }
    })json");
    schema["properties"]["broker"] = MqttConnection::configSchema();
    return {QStringLiteral("mqtt"), Adapters::Tr::tr("MQTT"),
            Adapters::Tr::tr("Publishes the twin's state, events and lifecycle; takes actions and "
                             "desired values."),
            schema};
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
    o.qos = static_cast<int>(r.number("qos").value_or(0));
    if (o.qos < 0 || o.qos > 2)
        c.error(QStringLiteral("/qos"), Adapters::Tr::tr("\"qos\" is 0, 1 or 2"));
    o.retainProperties = r.boolean("retainProperties").value_or(true);
    o.snapshots = r.boolean("snapshots").value_or(false);
    o.description = r.boolean("description").value_or(true);
    if (d.errorCount() > errorsBefore)
        return nullptr;
    return std::make_unique<MqttDigitalAdapter>(c.id, c.twinId, std::move(connection), o);
}

} // namespace twinloom
