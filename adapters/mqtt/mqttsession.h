#pragma once

#include "adapters/linkstatus.h"
#include "adapters/mqtt/mqttclient.h"
#include "adapters/mqtt/topicindex.h"
#include "engine/adapter.h"

#include <QtCore/QObject>
#include <QtCore/QTimer>

#include <map>
#include <memory>
#include <optional>

namespace twinloom {

// One broker connection shared by every MQTT adapter of a worker thread that uses the same
// broker and identity (host, port, TLS identity, credentials, protocol): the physical and digital
// adapters of its twins, their twin links and remote aggregates. A runner's descriptors and its
// CPU then follow its brokers and its messages, not its twins. Incoming messages are routed to
// the adapters by a topic-filter index; filters are (un)subscribed in batches as twins start and
// stop; the publishes of many twins leave in the same socket writes.
//
// A connection with options of its own — a fixed "clientId", a "will" — gets a session of its own.
// A persistent session ("cleanSession": false) is shared too, with the stable client id
// "<engine name>-w<worker>-<broker hash>", so that QoS 1 messages queued while the runner was
// away reach it when it comes back.
//
// Digital adapters announce the engine's liveness under their prefix, on the session's topic
// P/$sessions/ID: "online" while connected, "offline" (the broker's last will) when the engine
// dies, cleared when it stops. Twin descriptions name that topic.
//
// A session lives on the thread that acquired it; all its functions are for that thread.
class MqttSession : public QObject
{
    Q_OBJECT

public:
    using MessageHandler = std::function<void(const MqttMessage &message)>;
    using StateHandler = std::function<void(bool connected, const QString &reason)>;

    // The session of `connection` on this thread, created when there is none; `livenessPrefix`
    // (a digital adapter's prefix) asks for the liveness topic under it. `engineName` names the
    // client of a persistent session. Null with *error when libmosquitto refuses the settings.
    static std::shared_ptr<MqttSession> acquire(const MqttConnection &connection,
                                                const QString &engineName,
                                                const QString &livenessPrefix, QString *error);
    // Whether the connection's options demand a session of its own.
    static bool needsOwnSession(const MqttConnection &connection);
    // Sessions alive in this process (tests and benchmarks count connections with it).
    static int count();
    // What an adapter with this configuration ({"broker": …}) holds of file descriptors: a
    // share of its worker's connection, or a connection of its own.
    static void countDescriptors(const nlohmann::json &config, const QString &livenessPrefix,
                                 DescriptorNeeds &needs);

    ~MqttSession() override;

    // Routes what arrives on `filter` to `handler`; undone with unsubscribe(). A handler may
    // unsubscribe itself or others while it runs.
    std::uint64_t subscribe(const QString &filter, int qos, MessageHandler handler);
    void unsubscribe(std::uint64_t route);
    // Told about every change of the connection; `reportProblems` for the one listener that
    // logs the connection's problems for all (the others only change state).
    std::uint64_t watch(StateHandler handler);
    void unwatch(std::uint64_t watcher);
    // The listener told first of a problem (once per problem, whatever the number of twins).
    bool isReporter(std::uint64_t watcher) const;

    bool isConnected() const { return m_client->isConnected(); }
    bool publish(const QString &topic, const QByteArray &payload, int qos, bool retain,
                 const QString &responseTopic = {}, const QByteArray &correlation = {});
    bool publish(const QByteArray &topic, const QByteArray &payload, int qos, bool retain);

    const MqttConnection &connection() const { return m_client->connection(); }
    QString id() const { return m_id; }
    // P/$sessions/ID, or empty when no digital adapter asked for one.
    QString livenessTopic() const { return m_livenessTopic; }
    // Republishes the liveness status every `interval` (µs; the shortest asked for wins), so
    // that those across a bridge can tell a silent engine from a quiet one.
    void requestHeartbeat(Timestamp interval);
    std::size_t routes() const { return m_index.size(); }

private:
    MqttSession(MqttConnection connection, QString key, QString livenessPrefix);
    void startSoon();
    void start();
    void dispatch(const MqttMessage &message);
    void onConnection(bool connected, const QString &reason);
    void flushSubscriptions();

    struct Route
    {
        QString filter;
        std::shared_ptr<const MessageHandler> handler;
    };

    QString m_key;
    QString m_id;
    QString m_livenessTopic;
    std::unique_ptr<MqttClient> m_client;
    bool m_started = false;
    QString m_startError;
    TopicIndex m_index;
    std::map<std::uint64_t, Route> m_routes;
    std::map<QString, std::pair<int, int>> m_filters; // filter → (routes using it, QoS)
    QStringList m_toSubscribe;
    QStringList m_toUnsubscribe;
    QTimer m_flush;
    QTimer m_heartbeat;
    std::map<std::uint64_t, StateHandler> m_watchers;
    std::optional<bool> m_connected; // unknown until the first attempt ends
    QString m_reason;
    std::uint64_t m_next = 1;
    std::optional<PhysicalAdapter::Burst> m_burst;
    // Published before the connection was made (the twins' first lifecycle messages).
    struct Early
    {
        QString topic;
        QByteArray payload;
        int qos;
        bool retain;
        QString responseTopic;
        QByteArray correlation;
    };
    std::vector<Early> m_early;
    std::shared_ptr<LinkStatus::Entry> m_link; // the connection's state, for metrics
};

// An adapter's use of a session, on the adapter's thread: its routes and its connection watcher,
// given back together by close(). `state` learns each change of the connection; `report` is true
// for one adapter of the session, which logs the connection's problem for all of them.
class MqttSessionUse
{
public:
    using StateHandler = std::function<void(bool connected, const QString &reason, bool report)>;

    ~MqttSessionUse() { close(); }
    bool open(const MqttConnection &connection, const QString &engineName,
              const QString &livenessPrefix, StateHandler state, QString *error);
    void close();
    bool isOpen() const { return m_session != nullptr; }

    std::uint64_t route(const QString &filter, int qos, MqttSession::MessageHandler handler);
    void unroute(std::uint64_t route);
    bool isConnected() const { return m_session && m_session->isConnected(); }
    MqttSession *session() const { return m_session.get(); }

private:
    std::shared_ptr<MqttSession> m_session;
    std::vector<std::uint64_t> m_routes;
    std::uint64_t m_watcher = 0;
};

} // namespace twinloom
