#include "adapters/mqtt/mqttphysicaladapter.h"

#include "adapters/tr.h"
#include "engine/configreader.h"

#include <QtCore/QCoreApplication>

#include <nlohmann/json.hpp>

namespace twinloom {

MqttPhysicalAdapter::MqttPhysicalAdapter(QString id, QString twinId, MqttConnection connection,
                                         std::vector<Subscription> subscriptions,
                                         std::vector<Action> actions, int qos, qsizetype maxPayload,
                                         QString engineName, QObject *parent)
    : PhysicalAdapter(std::move(id), parent)
    , m_twinId(std::move(twinId))
    , m_connection(std::move(connection))
    , m_engineName(std::move(engineName))
    , m_subscriptions(std::move(subscriptions))
    , m_actions(std::move(actions))
    , m_qos(qos)
    , m_maxPayload(maxPayload)
{
    for (const Subscription &s : m_subscriptions) {
        for (const Field &f : s.fields)
            (f.event ? m_description.events : m_description.properties)
                .push_back({f.name, nullptr, {}, payloadCodecName(s.codec)});
    }
    for (const Action &a : m_actions)
        m_description.actions.push_back({a.name, nullptr, {}, {}});
}

MqttPhysicalAdapter::~MqttPhysicalAdapter() = default;

void MqttPhysicalAdapter::start()
{
    QString error;
    const bool opened = m_mqtt.open(
        m_connection, m_engineName, {},
        [this](bool connected, const QString &reason, bool report) {
            if (connected) {
                notifyBound(m_description);
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
    for (const Subscription &s : m_subscriptions)
        m_mqtt.route(s.topic.filter(), m_qos, [this](const MqttMessage &m) { handleMessage(m); });
}

void MqttPhysicalAdapter::stop()
{
    m_mqtt.close();
}

void MqttPhysicalAdapter::publishDecoded(const QString &name, bool event, Value value,
                                         Timestamp time)
{
    if (event)
        publishEvent(name, std::move(value), time);
    else
        publishProperty(name, std::move(value), time);
}

void MqttPhysicalAdapter::handleMessage(const MqttMessage &message)
{
    if (message.payload.size() > m_maxPayload) {
        reportFailure(
            Adapters::Tr::tr("'%1': a payload of %2 bytes is over the limit of %3; refused")
                .arg(message.topic)
                .arg(message.payload.size())
                .arg(m_maxPayload));
        return;
    }
    for (const Subscription &s : m_subscriptions) {
        QHash<QString, QString> captures;
        if (!s.topic.match(message.topic, &captures))
            continue;
        QString error;
        auto decoded = decodePayload(s.codec, message.payload, &error);
        if (!decoded) {
            reportFailure(Adapters::Tr::tr("'%1': %2").arg(message.topic, error));
            continue;
        }
        if (s.codec == PayloadCodec::SenML && s.fields.empty()) {
            for (DecodedValue &d : *decoded)
                publishProperty(s.prefix + d.name, std::move(d.value), d.time);
            continue;
        }
        const Value &whole = decoded->front().value;
        for (const Field &f : s.fields) {
            const Value *v = f.field.select(whole);
            if (!v) {
                reportFailure(Adapters::Tr::tr("'%1': %2").arg(message.topic, f.field.missing()));
                continue;
            }
            if (!f.templated) {
                publishDecoded(f.name, f.event, *v, decoded->front().time);
                continue;
            }
            if (!captures.contains(QStringLiteral("twin")))
                captures.insert(QStringLiteral("twin"), m_twinId);
            publishDecoded(TopicTemplate::expand(f.name, captures), f.event, *v,
                           decoded->front().time);
        }
    }
}

void MqttPhysicalAdapter::onAction(const PhysicalAction &action)
{
    auto it = std::find_if(m_actions.begin(), m_actions.end(),
                           [&](const Action &a) { return a.name == action.key; });
    if (it == m_actions.end()) {
        completeAction(
            action.correlationId,
            ActionResult::failure(
                Adapters::Tr::tr("no MQTT topic is configured for action '%1'").arg(action.key)));
        return;
    }
    const QHash<QString, QString> values{
        {QStringLiteral("twin"), m_twinId},
        {QStringLiteral("action"), action.key},
        {QStringLiteral("value"), QString::fromStdString(action.payload.toJson().dump())}};
    const QString topic = TopicTemplate::expand(it->topic, values);
    const QByteArray payload = TopicTemplate::expand(it->payload, values).toUtf8();
    if (!m_mqtt.isConnected()) {
        completeAction(action.correlationId,
                       ActionResult::failure(Adapters::Tr::tr("not connected to the broker")));
        return;
    }
    if (!m_mqtt.session()->publish(topic, payload, it->qos, it->retain)) {
        completeAction(
            action.correlationId,
            ActionResult::failure(
                Adapters::Tr::tr("the MQTT client refused to publish on '%1'").arg(topic)));
        return;
    }
    completeAction(action.correlationId, ActionResult::success(Value(topic)));
}

AdapterTypeInfo MqttPhysicalAdapter::typeInfo()
{
    nlohmann::json schema = nlohmann::json::parse(R"json({
      "type": "object",
      "properties": {
        "broker": {"$ref": "#/$defs/broker"},
        "qos": {"enum": [0, 1, 2]},
        "maxPayload": {"type": "integer", "minimum": 1, "maximum": 268435456},
        "subscriptions": {
          "type": "array",
          "minItems": 1,
          "items": {
            "type": "object",
            "required": ["topic"],
            "properties": {
              "topic": {"type": "string", "minLength": 1},
              "codec": {"enum": ["json", "text", "senml", "senml-cbor", "cbor"]},
              "prefix": {"type": "string"},
              "property": {"type": "string"},
              "event": {"type": "string"},
              "fields": {
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {
                    "pointer": {"type": "string", "pattern": "^(/([^~]|~[01])*)*$"},
                    "property": {"type": "string"},
                    "event": {"type": "string"}
                  }
                }
              }
            }
          }
        },
        "actions": {
          "type": "array",
          "items": {
            "type": "object",
            "required": ["name", "topic"],
            "properties": {
              "name": {"type": "string"},
              "topic": {"type": "string", "pattern": "^[^+#]*$"},
              "payload": {"type": "string"},
              "qos": {"enum": [0, 1, 2]},
              "retain": {"type": "boolean"}
            }
          }
        }
      },
      "required": ["subscriptions"]
    })json");
    schema["properties"]["broker"] = MqttConnection::configSchema();
    return {QStringLiteral("mqtt"), Adapters::Tr::tr("MQTT device"),
            Adapters::Tr::tr("Subscribes to a device's topics; actions publish to topics."), schema,
            [](const nlohmann::json &config, DescriptorNeeds &needs) {
                MqttSession::countDescriptors(config, {}, needs);
            }};
}

std::unique_ptr<PhysicalAdapter> MqttPhysicalAdapter::fromConfig(const AdapterBuildContext &c)
{
    Diagnostics &d = *c.diagnostics;
    const int errorsBefore = d.errorCount();
    const nlohmann::json &j = c.config;
    ConfigReader top(j, c.pointer, d, Adapters::Tr::tr("the MQTT adapter"));
    MqttConnection connection;
    if (auto b = j.find("broker"); b != j.end()) {
        ConfigReader broker(*b, c.pointer + QStringLiteral("/broker"), d,
                            Adapters::Tr::tr("the broker"));
        connection = MqttConnection::fromJson(broker, d, c.baseDirectory);
    }
    const int qos = top.integer("qos", 0, 2, Adapters::Tr::tr("\"qos\" is 0, 1 or 2")).value_or(1);
    const auto maxPayload =
        static_cast<qsizetype>(top.integer("maxPayload", 1, 256 << 20).value_or(256 * 1024));
    std::vector<MqttPhysicalAdapter::Subscription> subscriptions;
    auto subs = j.find("subscriptions");
    if (subs == j.end() || !subs->is_array() || subs->empty()) {
        c.error(QStringLiteral("/subscriptions"),
                Adapters::Tr::tr("list the topics to subscribe to"));
    } else {
        for (std::size_t i = 0; i < subs->size(); ++i) {
            const QString p =
                pointerAppend(c.pointer + QStringLiteral("/subscriptions"), qsizetype(i));
            ConfigReader s((*subs)[i], p, d, Adapters::Tr::tr("a subscription"));
            QString error;
            auto topic = TopicTemplate::parse(s.string("topic", true), c.twinId, &error);
            if (!topic) {
                if (s.ok())
                    d.error(p + QStringLiteral("/topic"), error);
                continue;
            }
            MqttPhysicalAdapter::Subscription sub{*topic, PayloadCodec::Json, {}, {}};
            if (s.has("codec")) {
                const auto codec = readPayloadCodec(s);
                if (!codec)
                    continue;
                sub.codec = *codec;
            }
            sub.prefix = s.string("prefix");
            auto addField = [&](const nlohmann::json &f, const QString &fp) {
                ConfigReader fr(f, fp, d, Adapters::Tr::tr("a field"));
                MqttPhysicalAdapter::Field field;
                if (fr.has("pointer")) {
                    auto selected = ValueField::parse(fr.string("pointer"));
                    if (!selected) {
                        d.error(fp + QStringLiteral("/pointer"), ValueField::syntaxError());
                        return;
                    }
                    field.field = std::move(*selected);
                }
                field.event = fr.has("event");
                field.name = field.event ? fr.string("event") : fr.string("property");
                field.templated = field.name.contains(QLatin1Char('{'));
                if (field.name.isEmpty()) {
                    d.error(fp, Adapters::Tr::tr(
                                    "name the physical \"property\" or \"event\" it feeds"));
                    return;
                }
                sub.fields.push_back(std::move(field));
            };
            if (auto fields = (*subs)[i].find("fields");
                fields != (*subs)[i].end() && fields->is_array()) {
                for (std::size_t k = 0; k < fields->size(); ++k)
                    addField((*fields)[k],
                             pointerAppend(p + QStringLiteral("/fields"), qsizetype(k)));
            } else if (s.has("property") || s.has("event")) {
                addField((*subs)[i], p);
            } else if (sub.codec != PayloadCodec::SenML) {
                d.error(
                    p, Adapters::Tr::tr("say which \"property\" or \"event\" the messages feed, or "
                                        "list \"fields\""));
                continue;
            }
            subscriptions.push_back(std::move(sub));
        }
    }
    std::vector<MqttPhysicalAdapter::Action> actions;
    if (auto list = j.find("actions"); list != j.end() && list->is_array()) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const QString p = pointerAppend(c.pointer + QStringLiteral("/actions"), qsizetype(i));
            ConfigReader a((*list)[i], p, d, Adapters::Tr::tr("an action"));
            MqttPhysicalAdapter::Action action;
            action.name = a.string("name", true);
            action.topic = a.string("topic", true);
            action.payload = a.has("payload") ? a.string("payload") : QStringLiteral("{value}");
            action.qos =
                a.integer("qos", 0, 2, Adapters::Tr::tr("\"qos\" is 0, 1 or 2")).value_or(1);
            action.retain = a.boolean("retain").value_or(false);
            if (action.topic.contains(QLatin1Char('+')) || action.topic.contains(QLatin1Char('#')))
                d.error(p + QStringLiteral("/topic"),
                        Adapters::Tr::tr("an action publishes to one topic: no '+' or '#'"));
            actions.push_back(std::move(action));
        }
    }
    if (d.errorCount() > errorsBefore)
        return nullptr;
    return std::make_unique<MqttPhysicalAdapter>(c.id, c.twinId, std::move(connection),
                                                 std::move(subscriptions), std::move(actions), qos,
                                                 maxPayload, engineNameOf(c));
}

} // namespace twinloom
