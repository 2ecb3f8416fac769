#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <nlohmann/json.hpp>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>

struct mosquitto;
struct mosquitto_message;
struct mqtt5__property;

namespace twinloom {

struct AdapterBuildContext;
class ConfigReader;
class Diagnostics;
class PhysicalAdapter;

// How to reach a broker. Read from an adapter's "broker" object.
struct MqttConnection
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 1883;
    QString clientId; // empty: generated
    bool cleanSession = true;
    int protocol = 4; // 4 = MQTT 3.1.1, 5 = MQTT 5
    int keepAlive = 30;
    QString username;
    QString password;
    QString caFile; // TLS when set
    QString certFile;
    QString keyFile;
    QString willTopic;
    QByteArray willPayload;
    int willQos = 0;
    bool willRetain = false;
    int reconnectMinSeconds = 1;
    int reconnectMaxSeconds = 30;
    int maxInflight = 100;

    // Reads {"host", "port", "clientId", "cleanSession", "protocol": "3.1.1"|"5", "keepAlive",
    // "username", "password", "tls": {"ca", "cert", "key"}, "will": {"topic", "payload", "qos",
    // "retain"}, "reconnect": {"min", "max"}}; errors at their pointers.
    static MqttConnection fromJson(ConfigReader &reader, Diagnostics &diagnostics,
                                   const QString &baseDirectory);
    // The JSON Schema of a "broker" object, for the adapter types' configuration schemas.
    static nlohmann::json configSchema();
};

struct MqttMessage
{
    QString topic;
    QByteArray payload;
    int qos = 0;
    bool retain = false;
    QString responseTopic;  // MQTT 5
    QByteArray correlation; // MQTT 5
};

// A libmosquitto client on its own network thread, which calls back; the callbacks must only
// decode and hand over. It connects asynchronously (a missing broker does not block), reconnects
// with exponential back-off and subscribes again after every connection.
class MqttClient
{
public:
    using ConnectionHandler = std::function<void(bool connected, const QString &reason)>;
    using MessageHandler = std::function<void(const MqttMessage &message)>;
    using ErrorHandler = std::function<void(const QString &message)>;

    explicit MqttClient(MqttConnection connection);
    ~MqttClient();
    MqttClient(const MqttClient &) = delete;
    MqttClient &operator=(const MqttClient &) = delete;

    void setConnectionHandler(ConnectionHandler handler) { m_onConnection = std::move(handler); }
    void setMessageHandler(MessageHandler handler) { m_onMessage = std::move(handler); }
    // Errors libmosquitto reports in its log (a TLS handshake that failed…), from its thread.
    void setErrorHandler(ErrorHandler handler) { m_onError = std::move(handler); }
    // Owner-driven mode: called before and after each socket read that may deliver a burst of
    // messages, so that the receiver can process the burst as a whole.
    void setBurstHandlers(std::function<void()> begin, std::function<void()> end)
    {
        m_burstBegin = std::move(begin);
        m_burstEnd = std::move(end);
    }
    // The last will, before start().
    void setWill(const QString &topic, const QByteArray &payload, int qos, bool retain)
    {
        m_connection.willTopic = topic;
        m_connection.willPayload = payload;
        m_connection.willQos = qos;
        m_connection.willRetain = retain;
    }
    // Filters to (re)subscribe on every connection.
    void setSubscriptions(QStringList filters, int qos);
    // Adds or removes filters while running (and on every later connection); many filters go
    // in few SUBSCRIBE and UNSUBSCRIBE packets.
    void addSubscription(const QString &filter) { addSubscriptions({filter}, m_qos); }
    void removeSubscription(const QString &filter) { removeSubscriptions({filter}); }
    void addSubscriptions(const QStringList &filters, int qos);
    void removeSubscriptions(const QStringList &filters);

    // Without an owner, libmosquitto's own network thread does the I/O and calls back from it.
    // With an owner, the I/O runs on the owner's thread, driven by its event loop (socket
    // notifiers and timers): callbacks come on that thread, publishing from it writes at once
    // with no thread hop, and reconnection with back-off is done here.
    bool start(QString *error, QObject *owner = nullptr);
    // Disconnects and joins the network thread: no callback runs after it returns.
    void stop();

    bool isConnected() const { return m_connected.load(std::memory_order_acquire); }
    // Queues a message; false when the client refused it (not started, queue full).
    bool publish(const QString &topic, const QByteArray &payload, int qos, bool retain,
                 const QString &responseTopic = {}, const QByteArray &correlation = {});
    // The hot path of digital adapters: a topic already in UTF-8, no MQTT 5 properties.
    bool publish(const QByteArray &topic, const QByteArray &payload, int qos, bool retain);

    const MqttConnection &connection() const { return m_connection; }
    std::uint64_t refusedPublishes() const { return m_refused.load(std::memory_order_relaxed); }
    static QString connackText(int code);

private:
    static void onConnect(mosquitto *m, void *self, int rc, int flags,
                          const mqtt5__property *props);
    static void onDisconnect(mosquitto *m, void *self, int rc, const mqtt5__property *props);
    static void onLog(mosquitto *m, void *self, int level, const char *text);
    static void onMessage(mosquitto *m, void *self, const mosquitto_message *msg,
                          const mqtt5__property *props);

    class Pump;
    friend class Pump;
    void pumpConnect();
    // "cannot connect to the broker H:P: why" or "connection to the broker H:P lost: why".
    QString failureText(bool wasConnected, int rc) const;
    void pumpLost(int rc);
    void pumpUpdateWrite(); // writes what is queued now, or at the end of the current read
    void pumpWrite();
    bool onPumpThread() const;
    void settle();

    MqttConnection m_connection;
    std::unique_ptr<Pump> m_pump;         // owner-driven mode only
    mutable std::shared_mutex m_lifetime; // publishers from any thread against stop()
    mosquitto *m_mosq = nullptr;
    bool m_started = false;
    std::atomic<bool> m_connected{false};
    ConnectionHandler m_onConnection;
    MessageHandler m_onMessage;
    ErrorHandler m_onError;
    std::function<void()> m_burstBegin;
    std::function<void()> m_burstEnd;
    std::mutex m_filtersMutex;
    std::map<QString, int> m_filters; // filter → QoS
    int m_qos = 0;
    bool m_failureReported = false; // a connection that keeps failing is reported once
    std::atomic<std::uint64_t> m_refused{0};
};

// The engine's name for the sessions of its adapters (AdapterBuildContext's engine, or the
// default without one).
QString engineNameOf(const AdapterBuildContext &context);

// Makes the messages of each socket read of `client` one burst for `adapter`'s twin (see
// PhysicalAdapter::Burst). The client must run on the adapter's thread (start(…, adapter)).
void deliverInBursts(MqttClient &client, const PhysicalAdapter &adapter);

} // namespace twinloom
