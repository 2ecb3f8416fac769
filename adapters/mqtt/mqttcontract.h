#pragma once

#include "engine/clock.h"
#include "engine/value.h"

#include <QtCore/QByteArray>
#include <QtCore/QString>

#include <optional>

namespace twinloom {
enum class LifecycleState : std::uint8_t;
}

// The MQTT contract of a twin's digital interface: its topics and the messages on them. The
// digital adapter publishes it, twin links and remote aggregates read it, the WoT binding and
// remote discovery describe and browse it. For twin T under the prefix P (default "twinloom"):
//   P/T/description               retained: the twin's description (TwinDescription + topics)
//   P/T/lifecycle                 retained: {"state", "previous", "time"}
//   P/T/properties/NAME           {"value", "time", "seq"}
//   P/T/desired/NAME              the desired value, when one is written
//   P/T/events/NAME               {"value", "time", "seq"}
//   P/T/relationships/NAME        {"value", "time", "seq", "target", "operation"}
//   P/T/state                     optional snapshot after every change
// Requests:
//   P/T/actions/NAME/invoke       the argument as JSON, or {"argument", "replyTo", "correlation"}
//   P/T/desired/NAME/set          the value as JSON, or {"value", "replyTo", "correlation"}
//   P/T/replies/ADAPTER/…         where a twin link of T takes its answers
//   P/$sessions/ID                retained: an engine connection's liveness (see sessionTopic)
// An answer {"ok", "value" | "error", "correlation"} goes to the MQTT 5 response topic, to
// "replyTo", or else to the request topic + "/result".
namespace twinloom::Mqtt {

inline constexpr const char *kDefaultPrefix = "twinloom";

class TwinTopics
{
public:
    TwinTopics(const QString &prefix, const QString &twinId);

    const QString &base() const { return m_base; } // P/T
    QString description() const;
    QString lifecycle() const;
    QString state() const;
    QString property(const QString &name) const;
    QString desired(const QString &name) const;
    QString desiredSet(const QString &name) const;
    QString event(const QString &name) const;
    // The bare JSON value of a property or an event, for consumers that follow a Thing
    // Description's data schema: P/T/values/properties/NAME, P/T/values/events/NAME.
    QString propertyValue(const QString &name) const;
    QString eventValue(const QString &name) const;
    QString relationship(const QString &name) const;
    QString actionInvoke(const QString &name) const;
    QString replies(const QString &adapterId) const; // P/T/replies/ADAPTER

    // Subscription filters.
    QString allProperties() const;                         // P/T/properties/+
    QString allEvents() const;                             // P/T/events/+
    QString allInvokes() const;                            // P/T/actions/+/invoke
    QString allDesiredSets() const;                        // P/T/desired/+/set
    static QString allDescriptions(const QString &prefix); // P/+/description
    static QString allLifecycles(const QString &prefix);   // P/+/lifecycle

    // What a topic under P is, and for which twin and member.
    enum class Kind {
        Description,
        Lifecycle,
        State,
        Property,
        Desired,
        Event,
        Relationship,
        ActionInvoke,
        DesiredSet,
        Other
    };
    struct Parsed
    {
        Kind kind = Kind::Other;
        QString twin;
        QString name; // the member, for members
    };
    static Parsed parse(const QString &prefix, QStringView topic);

private:
    QString m_base;
};

// {"value": …, "time": "…", "seq": n}: written directly for scalars, for every change.
QByteArray valueMessage(const Value &value, Timestamp time, std::uint64_t sequence);
struct ValueMessage
{
    Value value;
    Timestamp time = 0; // 0: not given
};
std::optional<ValueMessage> readValueMessage(const QByteArray &payload);

// Where an engine's shared connection says whether it is alive: P/$sessions/ID, retained
// {"state": "online"} while connected, {"state": "offline"} (its last will) when it died, cleared
// when it stopped. A twin's description names it ("session"); consumers treat the twins of an
// offline session as lost.
QString sessionTopic(const QString &prefix, const QString &sessionId);
QString allSessions(const QString &prefix); // P/$sessions/+
// {"state": "online"|"offline"}; an engine that sends heartbeats says how often ("heartbeat",
// seconds).
QByteArray sessionMessage(bool online, double heartbeatSeconds = 0);
// nullopt for an empty (cleared) or unreadable message.
std::optional<bool> readSessionOnline(const QByteArray &payload);

QByteArray lifecycleMessage(LifecycleState from, LifecycleState to, Timestamp time);
// The state a lifecycle message gives; empty when it gives none.
QString readLifecycleState(const QByteArray &payload);

QByteArray relationshipMessage(const Value &value, Timestamp time, std::uint64_t sequence,
                               const QString &target, const QString &operation);

// A request to invoke an action (`action`) or to write a desired value. Over MQTT 3.1.1 the
// envelope carries what MQTT 5 puts in properties (response topic, correlation data).
struct Request
{
    Value argument;
    QString replyTo;
    QByteArray correlation;
    QString error; // set when the payload is not a request
};
Request readRequest(const QByteArray &payload, bool action);
QByteArray requestMessage(const Value &argument, bool action, const QString &replyTo,
                          const QString &correlation);

struct Answer
{
    bool ok = false;
    Value value;
    QString error;
    QString correlation;
};
QByteArray answerMessage(const Answer &answer);
std::optional<Answer> readAnswer(const QByteArray &payload);

} // namespace twinloom::Mqtt
