#include "adapters/mqtt/mqttcontract.h"

#include "adapters/tr.h"
#include "engine/configreader.h"
#include "engine/jsoninput.h"
#include "engine/lifecycle.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>
#include <cstring>
#include <string_view>

namespace twinloom::Mqtt {

namespace {
QByteArray bytes(const nlohmann::ordered_json &j)
{
    return QByteArray::fromStdString(j.dump());
}

nlohmann::json parse(const QByteArray &payload, QString *error = nullptr)
{
    return JsonInput::parseOrDiscarded(payload, error);
}
} // namespace

TwinTopics::TwinTopics(const QString &prefix, const QString &twinId)
    : m_base(prefix + QLatin1Char('/') + twinId)
{}

QString TwinTopics::description() const
{
    return m_base + QStringLiteral("/description");
}
QString TwinTopics::lifecycle() const
{
    return m_base + QStringLiteral("/lifecycle");
}
QString TwinTopics::state() const
{
    return m_base + QStringLiteral("/state");
}
QString TwinTopics::property(const QString &name) const
{
    return m_base + QStringLiteral("/properties/") + name;
}
QString TwinTopics::desired(const QString &name) const
{
    return m_base + QStringLiteral("/desired/") + name;
}
QString TwinTopics::desiredSet(const QString &name) const
{
    return desired(name) + QStringLiteral("/set");
}
QString TwinTopics::event(const QString &name) const
{
    return m_base + QStringLiteral("/events/") + name;
}

QString TwinTopics::propertyValue(const QString &name) const
{
    return m_base + QStringLiteral("/values/properties/") + name;
}

QString TwinTopics::eventValue(const QString &name) const
{
    return m_base + QStringLiteral("/values/events/") + name;
}
QString TwinTopics::relationship(const QString &name) const
{
    return m_base + QStringLiteral("/relationships/") + name;
}
QString TwinTopics::actionInvoke(const QString &name) const
{
    return m_base + QStringLiteral("/actions/") + name + QStringLiteral("/invoke");
}
QString TwinTopics::replies(const QString &adapterId) const
{
    return m_base + QStringLiteral("/replies/") + adapterId;
}
QString TwinTopics::allProperties() const
{
    return property(QStringLiteral("+"));
}
QString TwinTopics::allEvents() const
{
    return event(QStringLiteral("+"));
}
QString TwinTopics::allInvokes() const
{
    return actionInvoke(QStringLiteral("+"));
}
QString TwinTopics::allDesiredSets() const
{
    return desiredSet(QStringLiteral("+"));
}
QString TwinTopics::allDescriptions(const QString &prefix)
{
    return TwinTopics(prefix, QStringLiteral("+")).description();
}
QString TwinTopics::allLifecycles(const QString &prefix)
{
    return TwinTopics(prefix, QStringLiteral("+")).lifecycle();
}

TwinTopics::Parsed TwinTopics::parse(const QString &prefix, QStringView topic)
{
    Parsed p;
    if (!topic.startsWith(prefix) || topic.size() <= prefix.size() + 1 ||
        topic[prefix.size()] != QLatin1Char('/'))
        return p;
    const QStringView rest = topic.mid(prefix.size() + 1);
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash <= 0)
        return p;
    const QStringView twin = rest.left(slash);
    const QStringView tail = rest.mid(slash + 1);
    // Members of components have a '/' in their names: "properties/thermostat/hysteresis".
    const auto member = [&tail](QLatin1String section, QLatin1String suffix = {}) -> QStringView {
        if (!tail.startsWith(section) || tail.size() <= section.size() + 1 ||
            tail[section.size()] != QLatin1Char('/') || !tail.endsWith(suffix))
            return {};
        return tail.mid(section.size() + 1, tail.size() - section.size() - 1 - suffix.size());
    };
    QStringView name;
    if (tail == QLatin1String("description")) {
        p.kind = Kind::Description;
    } else if (tail == QLatin1String("lifecycle")) {
        p.kind = Kind::Lifecycle;
    } else if (tail == QLatin1String("state")) {
        p.kind = Kind::State;
    } else if (!(name = member(QLatin1String("actions"), QLatin1String("/invoke"))).isEmpty()) {
        p.kind = Kind::ActionInvoke;
    } else if (!(name = member(QLatin1String("desired"), QLatin1String("/set"))).isEmpty()) {
        p.kind = Kind::DesiredSet;
    } else if (!(name = member(QLatin1String("properties"))).isEmpty()) {
        p.kind = Kind::Property;
    } else if (!(name = member(QLatin1String("desired"))).isEmpty()) {
        p.kind = Kind::Desired;
    } else if (!(name = member(QLatin1String("events"))).isEmpty()) {
        p.kind = Kind::Event;
    } else if (!(name = member(QLatin1String("relationships"))).isEmpty()) {
        p.kind = Kind::Relationship;
    } else {
        return p;
    }
    p.twin = twin.toString();
    p.name = name.toString();
    return p;
}

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

std::optional<ValueMessage> readValueMessage(const QByteArray &payload)
{
    const nlohmann::json j = parse(payload);
    if (!j.is_object() || !j.contains("value"))
        return std::nullopt;
    ValueMessage m;
    m.value = Value::fromJson(j["value"]);
    if (auto t = jsonString(j, "time")) {
        if (auto dt = parseDateTime(*t))
            m.time = dt->micros;
    }
    return m;
}

QString sessionTopic(const QString &prefix, const QString &sessionId)
{
    return prefix + QStringLiteral("/$sessions/") + sessionId;
}

QString allSessions(const QString &prefix)
{
    return sessionTopic(prefix, QStringLiteral("+"));
}

QByteArray sessionMessage(bool online, double heartbeatSeconds)
{
    if (!online)
        return QByteArrayLiteral(R"({"state":"offline","reason":"connection lost"})");
    if (heartbeatSeconds <= 0)
        return QByteArrayLiteral(R"({"state":"online"})");
    return bytes({{"state", "online"}, {"heartbeat", heartbeatSeconds}});
}

std::optional<bool> readSessionOnline(const QByteArray &payload)
{
    const QString state = jsonString(parse(payload), "state").value_or(QString());
    if (state == QLatin1String("online"))
        return true;
    if (state == QLatin1String("offline"))
        return false;
    return std::nullopt;
}

QByteArray lifecycleMessage(LifecycleState from, LifecycleState to, Timestamp time)
{
    return bytes({{"state", lifecycleStateName(to).toStdString()},
                  {"previous", lifecycleStateName(from).toStdString()},
                  {"time", Clock::toIso(time).toStdString()}});
}

QString readLifecycleState(const QByteArray &payload)
{
    return jsonString(parse(payload), "state").value_or(QString());
}

QByteArray relationshipMessage(const Value &value, Timestamp time, std::uint64_t sequence,
                               const QString &target, const QString &operation)
{
    return bytes({{"value", value.toJson()},
                  {"time", Clock::toIso(time).toStdString()},
                  {"seq", sequence},
                  {"target", target.toStdString()},
                  {"operation", operation.toStdString()}});
}

Request readRequest(const QByteArray &payload, bool action)
{
    Request r;
    QString why;
    const nlohmann::json j = parse(payload, &why);
    if (j.is_discarded()) {
        if (!payload.trimmed().isEmpty())
            r.error = Adapters::Tr::tr("the request is not valid JSON: %1").arg(why);
        return r;
    }
    const char *valueKey = action ? "argument" : "value";
    if (j.is_object() &&
        (j.contains("replyTo") || j.contains("correlation") || j.contains(valueKey))) {
        if (auto to = jsonString(j, "replyTo"))
            r.replyTo = *to;
        if (auto c = jsonString(j, "correlation"))
            r.correlation = c->toUtf8();
        if (j.contains(valueKey))
            r.argument = Value::fromJson(j[valueKey]);
    } else {
        r.argument = Value::fromJson(j);
    }
    return r;
}

QByteArray requestMessage(const Value &argument, bool action, const QString &replyTo,
                          const QString &correlation)
{
    return bytes({{action ? "argument" : "value", argument.toJson()},
                  {"replyTo", replyTo.toStdString()},
                  {"correlation", correlation.toStdString()}});
}

QByteArray answerMessage(const Answer &a)
{
    nlohmann::ordered_json j = {{"ok", a.ok}};
    if (a.ok)
        j["value"] = a.value.toJson();
    else
        j["error"] = a.error.toStdString();
    // In the payload too: a 3.1.1 client cannot read MQTT 5 correlation data.
    if (!a.correlation.isEmpty())
        j["correlation"] = a.correlation.toStdString();
    return bytes(j);
}

std::optional<Answer> readAnswer(const QByteArray &payload)
{
    const nlohmann::json j = parse(payload);
    if (!j.is_object())
        return std::nullopt;
    Answer a;
    a.correlation = jsonString(j, "correlation").value_or(QString());
    a.ok = jsonBoolean(j, "ok").value_or(false);
    if (a.ok && j.contains("value"))
        a.value = Value::fromJson(j["value"]);
    a.error = jsonString(j, "error").value_or(QString());
    return a;
}

} // namespace twinloom::Mqtt
