#include "adapters/mqtt/mqttdigitaladapter.h"

#include "adapters/tr.h"
#include "engine/configreader.h"
#include "engine/lifecycle.h"
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
QByteArray bytes(const nlohmann::ordered_json &j)
{
    return QByteArray::fromStdString(j.dump());
}

// {"value": …, "time": "…", "seq": n}, written directly for scalars: this runs for every change.
QByteArray valueMessage(const Value &v, Timestamp time, std::uint64_t seq)
{
    char scalar[32];
    // A number in its shortest exact form.
    const auto number = [&scalar](auto n) {
        return std::string_view(scalar, std::to_chars(scalar, scalar + sizeof scalar, n).ptr);
    };
    std::string_view text; // empty: written as JSON
    switch (v.type()) {
    case Value::Type::Double:
        text = std::isfinite(v.toDouble()) ? number(v.toDouble()) : std::string_view("null");
        break;
    case Value::Type::Int:
        text = number(v.toInt());
        break;
    case Value::Type::Bool:
        text = v.toBool() ? "true" : "false";
        break;
    case Value::Type::Null:
        text = "null";
        break;
    default:
        break;
    }
    // Written on the stack: one allocation for the message.
    char buffer[64 + Clock::kIsoCapacity + 32];
    char *out = buffer;
    const auto put = [&out](std::string_view part) {
        std::memcpy(out, part.data(), part.size());
        out += part.size();
    };
    put("{\"value\":");
    const std::string json = text.empty() ? v.toJson().dump() : std::string();
    if (!text.empty())
        put(text);
    char *const tail = out;
    put(",\"time\":\"");
    out += Clock::formatIso(time, out);
    put("\",\"seq\":");
    put(number(seq));
    put("}");
    if (text.empty())
        return QByteArrayView(buffer, tail - buffer) + QByteArray::fromStdString(json) +
               QByteArrayView(tail, out - tail);
    return QByteArray(buffer, out - buffer);
}
} // namespace

MqttDigitalAdapter::MqttDigitalAdapter(QString id, QString twinId, MqttConnection connection,
                                       Options options, QObject *parent)
    : DigitalAdapter(std::move(id), parent)
    , m_twinId(std::move(twinId))
    , m_options(std::move(options))
    , m_base(m_options.prefix + QLatin1Char('/') + m_twinId)
{
    if (connection.willTopic.isEmpty()) {
        // If the engine dies, the broker tells everyone the twin is gone.
        connection.willTopic = m_base + QStringLiteral("/lifecycle");
        connection.willPayload = R"({"state":"Error","reason":"connection lost"})";
        connection.willQos = 1;
        connection.willRetain = true;
    }
    m_client = std::make_shared<MqttClient>(std::move(connection));
    m_client->setSubscriptions(
        {m_base + QStringLiteral("/actions/+/invoke"), m_base + QStringLiteral("/desired/+/set")},
        1);
    m_client->setMessageHandler([this](const MqttMessage &m) { handleRequest(m); });
}

MqttDigitalAdapter::~MqttDigitalAdapter()
{
    m_client->stop();
}

QString MqttDigitalAdapter::topic(const QString &suffix) const
{
    return m_base + QLatin1Char('/') + suffix;
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
    const TwinModel &model = state.model();
    nlohmann::ordered_json d;
    d["id"] = m_twinId.toStdString();
    d["model"] = model.id.toStdString();
    if (!model.displayName.isEmpty())
        d["title"] = model.displayName.toStdString();
    nlohmann::ordered_json properties = nlohmann::ordered_json::object();
    for (const PropertyDef &p : model.properties) {
        nlohmann::ordered_json e = {
            {"schema", p.schema->toJson()},
            {"topic", topic(QStringLiteral("properties/") + p.name).toStdString()}};
        if (!p.displayName.isEmpty())
            e["title"] = p.displayName.toStdString();
        if (!p.unit.isEmpty())
            e["unit"] = p.unit.toStdString();
        // What a dashboard of a mirror needs to draw a gauge and to call a value stale.
        if (p.minimum)
            e["minimum"] = *p.minimum;
        if (p.maximum)
            e["maximum"] = *p.maximum;
        if (p.maxAge > 0)
            e["maxAge"] = formatDuration(Duration{0, p.maxAge}).toStdString();
        if (p.writable) {
            e["writable"] = true;
            e["set"] =
                topic(QStringLiteral("desired/") + p.name + QStringLiteral("/set")).toStdString();
        }
        properties[p.name.toStdString()] = std::move(e);
    }
    nlohmann::ordered_json events = nlohmann::ordered_json::object();
    for (const EventDef &e : model.events)
        events[e.name.toStdString()] = {
            {"topic", topic(QStringLiteral("events/") + e.name).toStdString()}};
    nlohmann::ordered_json actions = nlohmann::ordered_json::object();
    for (const ActionDef &a : model.actions) {
        nlohmann::ordered_json e = {
            {"invoke",
             topic(QStringLiteral("actions/") + a.name + QStringLiteral("/invoke")).toStdString()}};
        if (!a.displayName.isEmpty())
            e["title"] = a.displayName.toStdString();
        if (a.request)
            e["input"] = a.request->toJson();
        if (a.response)
            e["output"] = a.response->toJson();
        actions[a.name.toStdString()] = std::move(e);
    }
    d["properties"] = std::move(properties);
    d["events"] = std::move(events);
    d["actions"] = std::move(actions);
    d["lifecycle"] = topic(QStringLiteral("lifecycle")).toStdString();
    m_client->publish(topic(QStringLiteral("description")), bytes(d), 1, true);
    m_described = true;
}

const QByteArray &MqttDigitalAdapter::cachedTopic(ResourceKind kind, const QString &key)
{
    const int slot = kind == ResourceKind::Property          ? 0
                     : kind == ResourceKind::DesiredProperty ? 1
                                                             : 2;
    auto &cache = m_topics[slot];
    auto it = cache.find(key);
    if (it == cache.end()) {
        static const QString segments[] = {QStringLiteral("properties/"),
                                           QStringLiteral("desired/"), QStringLiteral("events/")};
        it = cache.insert(key, topic(segments[slot] + key).toUtf8());
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
                              valueMessage(r.value, time, change.sequence), m_options.qos,
                              m_options.retainProperties);
            break;
        case ResourceKind::DesiredProperty:
            m_client->publish(cachedTopic(r.kind, r.key),
                              valueMessage(r.value, time, change.sequence), m_options.qos, true);
            break;
        case ResourceKind::Event:
            m_client->publish(cachedTopic(r.kind, r.key),
                              valueMessage(r.value, time, change.sequence), m_options.qos, false);
            break;
        case ResourceKind::Relationship: {
            nlohmann::ordered_json j = {
                {"value", r.value.toJson()},
                {"time", Clock::toIso(time).toStdString()},
                {"seq", change.sequence},
                {"target", r.target.toStdString()},
                {"operation", changeOperationName(r.operation).toStdString()}};
            m_client->publish(topic(QStringLiteral("relationships/") + r.key), bytes(j),
                              m_options.qos, false);
            break;
        }
        default:
            break;
        }
    }
    if (m_options.snapshots)
        m_client->publish(topic(QStringLiteral("state")),
                          QByteArray::fromStdString(state.toJson().dump()), m_options.qos, true);
}

void MqttDigitalAdapter::onLifecycle(LifecycleState from, LifecycleState to)
{
    nlohmann::ordered_json j = {{"state", lifecycleStateName(to).toStdString()},
                                {"previous", lifecycleStateName(from).toStdString()},
                                {"time", Clock::toIso(Clock::now()).toStdString()}};
    m_client->publish(topic(QStringLiteral("lifecycle")), bytes(j), 1, true);
}

void MqttDigitalAdapter::handleRequest(const MqttMessage &message)
{
    // P/T/actions/NAME/invoke or P/T/desired/NAME/set
    const QString rest = message.topic.mid(m_base.size() + 1);
    const QStringList parts = rest.split(QLatin1Char('/'));
    if (parts.size() != 3)
        return;
    const bool action = parts[0] == QLatin1String("actions");
    const QString name = parts[1];
    QString replyTo = message.responseTopic;
    QByteArray correlation = message.correlation;
    Value argument;
    const nlohmann::json j = nlohmann::json::parse(message.payload.constBegin(),
                                                   message.payload.constEnd(), nullptr, false);
    const char *valueKey = action ? "argument" : "value";
    if (j.is_discarded() && !message.payload.trimmed().isEmpty()) {
        argument = {};
        replyTo = replyTo.isEmpty() ? message.topic + QStringLiteral("/result") : replyTo;
        nlohmann::ordered_json answer = {
            {"ok", false},
            {"error", Adapters::Tr::tr("the request is not valid JSON").toStdString()}};
        m_client->publish(replyTo, bytes(answer), 1, false, {}, correlation);
        return;
    }
    if (j.is_object() &&
        (j.contains("replyTo") || j.contains("correlation") || j.contains(valueKey))) {
        // The MQTT 3.1.1 convention: the envelope carries what MQTT 5 puts in properties.
        if (auto r = jsonString(j, "replyTo"))
            replyTo = *r;
        if (auto c = jsonString(j, "correlation"))
            correlation = c->toUtf8();
        if (j.contains(valueKey))
            argument = Value::fromJson(j[valueKey]);
    } else if (!j.is_discarded()) {
        argument = Value::fromJson(j);
    }
    if (replyTo.isEmpty())
        replyTo = message.topic + QStringLiteral("/result");
    QFuture<ActionResult> future =
        action ? invokeAction(name, argument) : writeDesired(name, argument);
    std::shared_ptr<MqttClient> client = m_client;
    future.then([client, replyTo, correlation](const ActionResult &r) {
        nlohmann::ordered_json answer = {{"ok", r.ok}};
        if (r.ok)
            answer["value"] = r.value.toJson();
        else
            answer["error"] = r.error.toStdString();
        // In the payload too: a 3.1.1 client cannot read MQTT 5 correlation data.
        if (!correlation.isEmpty())
            answer["correlation"] = correlation.toStdString();
        client->publish(replyTo, bytes(answer), 1, false, {}, correlation);
    });
}

void registerMqttDigitalAdapter(AdapterRegistry &registry)
{
    nlohmann::json schema = nlohmann::json::parse(
        R"({"type": "object", "properties": {"broker": {}, "prefix": {"type": "string"},
            "qos": {"enum": [0, 1, 2]}, "retainProperties": {"type": "boolean"}, "snapshots": {"type": "boolean"},
            "description": {"type": "boolean"}}})");
    schema["properties"]["broker"] = MqttConnection::configSchema();
    registry.registerDigital(
        {QStringLiteral("mqtt"), Adapters::Tr::tr("MQTT"),
         Adapters::Tr::tr(
             "Publishes the twin's state, events and lifecycle; takes actions and desired values."),
         schema},
        [](const AdapterBuildContext &c) -> std::unique_ptr<DigitalAdapter> {
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
        });
}

} // namespace twinloom
