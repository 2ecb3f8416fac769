#include "adapters/mqtt/mqttclient.h"

#include "adapters/tr.h"
#include "engine/adapter.h"
#include "engine/configreader.h"
#include "engine/engine.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFileInfo>
#include <QtCore/QPointer>
#include <QtCore/QSocketNotifier>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtCore/QUuid>

#include <mosquitto.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <mqtt_protocol.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>

namespace twinloom {

namespace {
constexpr qint64 kStopFlushMs = 1000; // at most, to write what is queued when stopping
constexpr qint64 kSettleMs = 300;     // at most, to read the broker's last answers before closing
constexpr int kQuietMs = 20;          // a broker silent this long has answered

void initialiseLibrary()
{
    static const int once = mosquitto_lib_init();
    Q_UNUSED(once);
}
} // namespace

// The owner-driven I/O: socket notifiers and timers on the owner's thread.
class MqttClient::Pump : public QObject
{
public:
    static constexpr int kMaxPacketsPerRead = 256;

    // While a client's socket read is handled on a thread, what the thread's clients publish in
    // response (a twin's digital adapters answering its physical one) waits in their queues and
    // goes out when the read is done: one write per client and burst instead of one per message
    // in the middle of decoding the next.
    class ReadSection
    {
    public:
        ReadSection() { ++s_depth; }
        ~ReadSection()
        {
            if (--s_depth > 0)
                return;
            const std::vector<QPointer<Pump>> waiting = std::exchange(s_waiting, {});
            for (const QPointer<Pump> &pump : waiting) {
                if (pump)
                    pump->m_client->pumpWrite();
            }
        }
        ReadSection(const ReadSection &) = delete;
        ReadSection &operator=(const ReadSection &) = delete;
    };
    // False when no read is being handled on this thread: the caller writes at once.
    static bool deferWrite(Pump *pump)
    {
        if (s_depth == 0)
            return false;
        if (std::find(s_waiting.cbegin(), s_waiting.cend(), pump) == s_waiting.cend())
            s_waiting.emplace_back(pump);
        return true;
    }

    explicit Pump(MqttClient *client)
        : m_client(client)
    {
        m_misc.setInterval(1000);
        QObject::connect(&m_misc, &QTimer::timeout, this, [this] {
            if (m_client->m_mosq && m_read) {
                const int rc = mosquitto_loop_misc(m_client->m_mosq);
                if (rc != MOSQ_ERR_SUCCESS)
                    m_client->pumpLost(rc);
                else
                    m_client->pumpUpdateWrite(); // a keep-alive ping waits in the queue
            }
        });
        m_retry.setSingleShot(true);
        QObject::connect(&m_retry, &QTimer::timeout, this, [this] { m_client->pumpConnect(); });
    }

    void watch(int fd)
    {
        unwatch();
        m_read = new QSocketNotifier(fd, QSocketNotifier::Read, this);
        m_write = new QSocketNotifier(fd, QSocketNotifier::Write, this);
        QObject::connect(m_read, &QSocketNotifier::activated, this, [this] {
            const ReadSection section;
            if (m_client->m_burstBegin)
                m_client->m_burstBegin();
            // libmosquitto reads one QoS 0 packet per call. Everything the socket already holds
            // is read here, as one burst, instead of waiting for an event-loop round per packet
            // (a poll of every socket of the thread); the bound keeps one busy client from
            // starving the others. A read that would block leaves errno at EAGAIN.
            int rc = MOSQ_ERR_SUCCESS;
            for (int i = 0; i < kMaxPacketsPerRead; ++i) {
                errno = 0;
                rc = mosquitto_loop_read(m_client->m_mosq, 1);
                if (rc != MOSQ_ERR_SUCCESS || errno == EAGAIN || errno == EWOULDBLOCK)
                    break;
            }
            if (m_client->m_burstEnd)
                m_client->m_burstEnd();
            if (rc != MOSQ_ERR_SUCCESS)
                m_client->pumpLost(rc);
            else
                m_client->pumpUpdateWrite();
        });
        QObject::connect(m_write, &QSocketNotifier::activated, this, [this] {
            const int rc = mosquitto_loop_write(m_client->m_mosq, 1);
            if (rc != MOSQ_ERR_SUCCESS)
                m_client->pumpLost(rc);
            else
                setWriting(mosquitto_want_write(m_client->m_mosq));
        });
        m_misc.start();
    }

    void unwatch()
    {
        delete m_read;
        delete m_write;
        m_read = nullptr;
        m_write = nullptr;
        m_misc.stop();
    }

    void retryIn(int seconds) { m_retry.start(seconds * 1000); }
    void setWriting(bool on)
    {
        if (m_write)
            m_write->setEnabled(on);
    }

    MqttClient *m_client;
    QSocketNotifier *m_read = nullptr;
    QSocketNotifier *m_write = nullptr;
    QTimer m_misc;
    QTimer m_retry;
    int m_backoff = 0;

private:
    static thread_local int s_depth;
    static thread_local std::vector<QPointer<Pump>> s_waiting;
};

thread_local int MqttClient::Pump::s_depth = 0;
thread_local std::vector<QPointer<MqttClient::Pump>> MqttClient::Pump::s_waiting;

MqttConnection MqttConnection::fromJson(ConfigReader &r, Diagnostics &d,
                                        const QString &baseDirectory)
{
    MqttConnection c;
    if (r.has("host")) {
        c.host = r.string("host").trimmed();
        if (c.host.isEmpty())
            d.error(r.pointer() + QStringLiteral("/host"),
                    Adapters::Tr::tr("\"host\" names the broker: a host name or an address"));
    }
    if (auto port = r.integer("port", 1, 65535))
        c.port = *port;
    if (r.has("clientId"))
        c.clientId = r.string("clientId");
    c.cleanSession = r.boolean("cleanSession").value_or(true);
    if (r.has("protocol")) {
        const QString p = r.string("protocol");
        if (p == QLatin1String("3.1.1"))
            c.protocol = 4;
        else if (p == QLatin1String("5"))
            c.protocol = 5;
        else
            d.error(r.pointer() + QStringLiteral("/protocol"),
                    Adapters::Tr::tr("\"protocol\" is \"3.1.1\" or \"5\""));
    }
    if (auto k = r.number("keepAlive")) {
        if (*k < 5 || *k > 65535)
            d.error(r.pointer() + QStringLiteral("/keepAlive"),
                    Adapters::Tr::tr("\"keepAlive\" is from 5 to 65535 seconds"));
        else
            c.keepAlive = static_cast<int>(*k);
    }
    if (r.has("username"))
        c.username = r.string("username");
    if (r.has("password"))
        c.password = r.string("password");
    const nlohmann::json &json = r.json();
    if (auto tls = json.find("tls"); tls != json.end()) {
        ConfigReader t(*tls, r.pointer() + QStringLiteral("/tls"), d, Adapters::Tr::tr("TLS"));
        const QDir base(baseDirectory);
        c.caFile = base.filePath(t.string("ca", true));
        if (t.has("cert"))
            c.certFile = base.filePath(t.string("cert"));
        if (t.has("key"))
            c.keyFile = base.filePath(t.string("key"));
        if (c.certFile.isEmpty() != c.keyFile.isEmpty())
            d.error(t.pointer(),
                    Adapters::Tr::tr("a client certificate needs both \"cert\" and \"key\""));
        // Found missing here rather than when the connection is made, where libmosquitto says
        // only "Invalid function arguments provided".
        for (const auto &[key, file] : {std::pair{"ca", c.caFile}, std::pair{"cert", c.certFile},
                                        std::pair{"key", c.keyFile}}) {
            if (t.has(key) && !file.isEmpty() && !QFileInfo(file).isReadable())
                d.error(t.pointer() + QLatin1Char('/') + QLatin1String(key),
                        Adapters::Tr::tr("cannot read the file '%1'").arg(file));
        }
    }
    if (auto will = json.find("will"); will != json.end()) {
        ConfigReader w(*will, r.pointer() + QStringLiteral("/will"), d,
                       Adapters::Tr::tr("the last will"));
        c.willTopic = w.string("topic", true);
        c.willPayload = w.string("payload").toUtf8();
        c.willQos = w.integer("qos", 0, 2, Adapters::Tr::tr("\"qos\" is 0, 1 or 2")).value_or(0);
        c.willRetain = w.boolean("retain").value_or(false);
    }
    if (auto reconnect = json.find("reconnect"); reconnect != json.end()) {
        ConfigReader re(*reconnect, r.pointer() + QStringLiteral("/reconnect"), d,
                        Adapters::Tr::tr("reconnection"));
        c.reconnectMinSeconds = re.integer("min", 1, 3600).value_or(1);
        c.reconnectMaxSeconds = re.integer("max", 1, 86400).value_or(30);
        if (c.reconnectMinSeconds > c.reconnectMaxSeconds)
            d.error(re.pointer() + QStringLiteral("/min"),
                    Adapters::Tr::tr("the reconnection \"min\" (%1 s) is above its \"max\" (%2 s)")
                        .arg(c.reconnectMinSeconds)
                        .arg(c.reconnectMaxSeconds));
    }
    return c;
}

nlohmann::json MqttConnection::configSchema()
{
    return nlohmann::json::parse(R"({"type": "object", "properties": {
        "host": {"type": "string"}, "port": {"type": "integer", "minimum": 1, "maximum": 65535},
        "clientId": {"type": "string"}, "cleanSession": {"type": "boolean", "default": true},
        "protocol": {"enum": ["3.1.1", "5"]},
        "keepAlive": {"type": "integer", "minimum": 5, "maximum": 65535},
        "username": {"type": "string"}, "password": {"type": "string"},
        "tls": {"type": "object", "required": ["ca"], "properties": {
          "ca": {"type": "string"}, "cert": {"type": "string"}, "key": {"type": "string"}}},
        "will": {"type": "object", "required": ["topic"], "properties": {
          "topic": {"type": "string"}, "payload": {"type": "string"}, "qos": {"enum": [0, 1, 2]},
          "retain": {"type": "boolean"}}},
        "reconnect": {"type": "object", "properties": {
          "min": {"type": "integer", "minimum": 1, "maximum": 3600},
          "max": {"type": "integer", "minimum": 1, "maximum": 86400}}}}})");
}

MqttClient::MqttClient(MqttConnection connection)
    : m_connection(std::move(connection))
{
    initialiseLibrary();
}

MqttClient::~MqttClient()
{
    stop();
}

void MqttClient::setSubscriptions(QStringList filters, int qos)
{
    std::lock_guard lock(m_filtersMutex);
    m_filters.clear();
    for (const QString &f : std::as_const(filters))
        m_filters[f] = qos;
    m_qos = qos;
}

namespace {
// SUBSCRIBE and UNSUBSCRIBE carry many filters each; chunks keep a packet well below the
// broker's limits.
constexpr qsizetype kFiltersPerPacket = 500;

template<class Send>
void inChunks(const QStringList &filters, Send send)
{
    for (qsizetype from = 0; from < filters.size(); from += kFiltersPerPacket) {
        std::vector<QByteArray> bytes;
        for (qsizetype i = from; i < std::min(filters.size(), from + kFiltersPerPacket); ++i)
            bytes.push_back(filters[i].toUtf8());
        std::vector<char *> pointers;
        for (QByteArray &b : bytes)
            pointers.push_back(b.data());
        send(static_cast<int>(pointers.size()), pointers.data());
    }
}

void subscribeAll(mosquitto *m, const std::map<QString, int> &filters)
{
    std::map<int, QStringList> byQos;
    for (const auto &[filter, qos] : filters)
        byQos[qos] << filter;
    for (const auto &[qos, list] : byQos)
        inChunks(list, [m, q = qos](int count, char *const *topics) {
            mosquitto_subscribe_multiple(m, nullptr, count, topics, q, 0, nullptr);
        });
}
} // namespace

void MqttClient::addSubscriptions(const QStringList &filters, int qos)
{
    if (!onPumpThread()) {
        QMetaObject::invokeMethod(m_pump.get(),
                                  [this, filters, qos] { addSubscriptions(filters, qos); });
        return;
    }
    std::map<QString, int> fresh;
    {
        std::lock_guard lock(m_filtersMutex);
        for (const QString &f : filters) {
            auto [it, added] = m_filters.emplace(f, qos);
            if (added || it->second < qos) {
                it->second = std::max(it->second, qos);
                fresh[f] = it->second;
            }
        }
    }
    std::shared_lock lock(m_lifetime);
    if (!fresh.empty() && m_mosq && m_connected.load(std::memory_order_acquire)) {
        subscribeAll(m_mosq, fresh);
        pumpUpdateWrite();
    }
}

void MqttClient::removeSubscriptions(const QStringList &filters)
{
    if (!onPumpThread()) {
        QMetaObject::invokeMethod(m_pump.get(), [this, filters] { removeSubscriptions(filters); });
        return;
    }
    QStringList gone;
    {
        std::lock_guard lock(m_filtersMutex);
        for (const QString &f : filters)
            if (m_filters.erase(f))
                gone << f;
    }
    std::shared_lock lock(m_lifetime);
    if (!gone.isEmpty() && m_mosq && m_connected.load(std::memory_order_acquire)) {
        inChunks(gone, [this](int count, char *const *topics) {
            mosquitto_unsubscribe_multiple(m_mosq, nullptr, count, topics, nullptr);
        });
        pumpUpdateWrite();
    }
}

QString MqttClient::connackText(int code)
{
    return QString::fromUtf8(mosquitto_connack_string(code));
}

bool MqttClient::start(QString *error, QObject *owner)
{
    if (m_started)
        return true;
    const QString id =
        m_connection.clientId.isEmpty()
            ? QStringLiteral("twinloom-") + QUuid::createUuid().toString(QUuid::Id128).left(12)
            : m_connection.clientId;
    m_mosq = mosquitto_new(id.toUtf8().constData(), m_connection.cleanSession, this);
    if (!m_mosq) {
        if (error)
            *error = Adapters::Tr::tr("cannot create an MQTT client");
        return false;
    }
    mosquitto_int_option(m_mosq, MOSQ_OPT_PROTOCOL_VERSION,
                         m_connection.protocol == 5 ? MQTT_PROTOCOL_V5 : MQTT_PROTOCOL_V311);
    mosquitto_int_option(m_mosq, MOSQ_OPT_SEND_MAXIMUM, m_connection.maxInflight);
    // Small messages leave at once rather than waiting for the acknowledgement of the previous
    // segment (Nagle's algorithm).
    mosquitto_int_option(m_mosq, MOSQ_OPT_TCP_NODELAY, 1);
    mosquitto_max_inflight_messages_set(m_mosq, static_cast<unsigned>(m_connection.maxInflight));
    mosquitto_reconnect_delay_set(m_mosq, static_cast<unsigned>(m_connection.reconnectMinSeconds),
                                  static_cast<unsigned>(m_connection.reconnectMaxSeconds), true);
    mosquitto_connect_v5_callback_set(m_mosq, &MqttClient::onConnect);
    mosquitto_disconnect_v5_callback_set(m_mosq, &MqttClient::onDisconnect);
    mosquitto_message_v5_callback_set(m_mosq, &MqttClient::onMessage);
    mosquitto_log_callback_set(m_mosq, &MqttClient::onLog);
    if (!m_connection.username.isEmpty())
        mosquitto_username_pw_set(
            m_mosq, m_connection.username.toUtf8().constData(),
            m_connection.password.isEmpty() ? nullptr : m_connection.password.toUtf8().constData());
    if (!m_connection.willTopic.isEmpty())
        mosquitto_will_set(m_mosq, m_connection.willTopic.toUtf8().constData(),
                           static_cast<int>(m_connection.willPayload.size()),
                           m_connection.willPayload.constData(), m_connection.willQos,
                           m_connection.willRetain);
    if (!m_connection.caFile.isEmpty()) {
        for (const QString &file :
             {m_connection.caFile, m_connection.certFile, m_connection.keyFile}) {
            if (!file.isEmpty() && !QFileInfo(file).isReadable()) {
                if (error)
                    *error = Adapters::Tr::tr("TLS: cannot read the file '%1'").arg(file);
                mosquitto_destroy(m_mosq);
                m_mosq = nullptr;
                return false;
            }
        }
        const int rc = mosquitto_tls_set(
            m_mosq, m_connection.caFile.toUtf8().constData(), nullptr,
            m_connection.certFile.isEmpty() ? nullptr : m_connection.certFile.toUtf8().constData(),
            m_connection.keyFile.isEmpty() ? nullptr : m_connection.keyFile.toUtf8().constData(),
            nullptr);
        if (rc != MOSQ_ERR_SUCCESS) {
            if (error)
                *error = Adapters::Tr::tr("TLS settings refused: %1")
                             .arg(QString::fromUtf8(mosquitto_strerror(rc)));
            mosquitto_destroy(m_mosq);
            m_mosq = nullptr;
            return false;
        }
    }
    if (owner) {
        // Publishing only queues: the queue goes out when the socket is next writable, in one
        // go, after the thread has handled the burst of messages that caused the publishes.
        mosquitto_threaded_set(m_mosq, true);
        m_pump = std::make_unique<Pump>(this);
        m_pump->moveToThread(owner->thread());
        m_started = true;
        pumpConnect();
        return true;
    }
    // The network thread must run before the first attempt: when connect_async fails with the
    // thread not yet started (broker absent), libmosquitto 2.0 never tries again.
    const int rc = mosquitto_loop_start(m_mosq);
    if (rc != MOSQ_ERR_SUCCESS) {
        if (error)
            *error = Adapters::Tr::tr("cannot start the MQTT network thread: %1")
                         .arg(QString::fromUtf8(mosquitto_strerror(rc)));
        mosquitto_destroy(m_mosq);
        m_mosq = nullptr;
        return false;
    }
    // An unreachable broker is not an error here: the network thread keeps trying.
    mosquitto_connect_async(m_mosq, m_connection.host.toUtf8().constData(), m_connection.port,
                            m_connection.keepAlive);
    m_started = true;
    return true;
}

void MqttClient::stop()
{
    std::unique_lock lock(m_lifetime);
    if (!m_mosq)
        return;
    const bool connected = m_connected.load(std::memory_order_acquire);
    if (m_pump) {
        // Owner-driven: what is queued goes out now, then the DISCONNECT. A packet cut short
        // when the socket is closed would reach the broker as garbage, and it would publish the
        // last will instead of the last lifecycle message: the queue is written out whole,
        // waiting for the socket when it is full, for a bounded time.
        if (connected) {
            // A clean session stops its deliveries first: the wait for a quiet broker below
            // would otherwise last its whole bound on a busy subscription. A persistent session
            // keeps its subscriptions, so that the broker queues for it while it is away.
            if (m_connection.cleanSession) {
                QStringList filters;
                {
                    std::lock_guard filtersLock(m_filtersMutex);
                    for (const auto &[filter, qos] : m_filters)
                        filters << filter;
                }
                inChunks(filters, [this](int count, char *const *topics) {
                    mosquitto_unsubscribe_multiple(m_mosq, nullptr, count, topics, nullptr);
                });
            }
            QElapsedTimer waited;
            waited.start();
            const auto drain = [&] {
                while (mosquitto_want_write(m_mosq) && waited.elapsed() < kStopFlushMs) {
                    if (mosquitto_loop_write(m_mosq, 1) != MOSQ_ERR_SUCCESS)
                        return false;
                    pollfd writable{mosquitto_socket(m_mosq), POLLOUT, 0};
                    if (mosquitto_want_write(m_mosq))
                        ::poll(&writable, 1, 50);
                }
                return true;
            };
            if (drain()) {
                settle();
                mosquitto_disconnect(m_mosq);
                drain();
            }
        }
        m_pump.reset();
    } else {
        // Connected: disconnecting lets what is queued (the last lifecycle message) go out
        // first. Not connected: the network thread may sleep before a retry, so it is cancelled.
        mosquitto_disconnect(m_mosq);
        mosquitto_loop_stop(m_mosq, !connected);
    }
    mosquitto_destroy(m_mosq);
    m_mosq = nullptr;
    m_started = false;
    m_connected.store(false, std::memory_order_release);
}

void MqttClient::settle()
{
    // libmosquitto closes the socket as soon as the DISCONNECT is written. Closed with unread
    // data (the broker's acknowledgements of the last messages), the socket resets the
    // connection, and a broker that sees the reset first takes the end for a crash and publishes
    // the last will. What the broker sends is read until it has been quiet a moment.
    const int fd = mosquitto_socket(m_mosq);
    QElapsedTimer waited;
    waited.start();
    while (fd >= 0 && waited.elapsed() < kSettleMs) {
        pollfd readable{fd, POLLIN, 0};
        if (::poll(&readable, 1, kQuietMs) <= 0)
            return;
        if (mosquitto_loop_read(m_mosq, 1) != MOSQ_ERR_SUCCESS)
            return;
    }
}

bool MqttClient::onPumpThread() const
{
    return !m_pump || QThread::currentThread() == m_pump->thread();
}

void MqttClient::pumpConnect()
{
    if (!m_mosq)
        return;
    const bool first =
        m_pump->m_backoff == 0 && !m_pump->m_retry.isActive() && mosquitto_socket(m_mosq) < 0;
    const int rc = first ? mosquitto_connect_async(m_mosq, m_connection.host.toUtf8().constData(),
                                                   m_connection.port, m_connection.keepAlive)
                         : mosquitto_reconnect_async(m_mosq);
    const int fd = mosquitto_socket(m_mosq);
    if (rc != MOSQ_ERR_SUCCESS || fd < 0) {
        pumpLost(rc == MOSQ_ERR_SUCCESS ? MOSQ_ERR_NO_CONN : rc);
        return;
    }
    m_pump->watch(fd);
    pumpUpdateWrite();
}

QString MqttClient::failureText(bool wasConnected, int rc) const
{
    // libmosquitto has no text for a keep-alive timeout ("Unknown error").
    const QString why = rc == MOSQ_ERR_KEEPALIVE
                            ? Adapters::Tr::tr("no answer within the keep-alive time (%1 s)")
                                  .arg(m_connection.keepAlive)
                            : QString::fromUtf8(mosquitto_strerror(rc));
    return (wasConnected ? Adapters::Tr::tr("connection to the broker %1:%2 lost: %3")
                         : Adapters::Tr::tr("cannot connect to the broker %1:%2: %3"))
        .arg(m_connection.host)
        .arg(m_connection.port)
        .arg(why);
}

void MqttClient::pumpLost(int rc)
{
    mosquitto_log_callback_set(m_mosq, &MqttClient::onLog);
    m_pump->unwatch();
    const bool wasConnected = m_connected.exchange(false, std::memory_order_acq_rel);
    if ((wasConnected || !m_failureReported) && m_onConnection) {
        m_failureReported = true;
        m_onConnection(false, failureText(wasConnected, rc));
    }
    // Exponential back-off between the configured bounds, as the threaded client does.
    const int next = m_pump->m_backoff == 0
                         ? m_connection.reconnectMinSeconds
                         : std::min(m_pump->m_backoff * 2, m_connection.reconnectMaxSeconds);
    m_pump->m_backoff = next;
    m_pump->retryIn(next);
}

QString engineNameOf(const AdapterBuildContext &context)
{
    return context.engine ? context.engine->options().name : EngineOptions().name;
}

void deliverInBursts(MqttClient &client, const PhysicalAdapter &adapter)
{
    auto burst = std::make_shared<std::optional<PhysicalAdapter::Burst>>();
    client.setBurstHandlers([burst, &adapter] { burst->emplace(adapter); },
                            [burst] { burst->reset(); });
}

void MqttClient::pumpUpdateWrite()
{
    if (!m_pump || !m_mosq || !mosquitto_want_write(m_mosq) || Pump::deferWrite(m_pump.get()))
        return;
    pumpWrite();
}

void MqttClient::pumpWrite()
{
    if (!m_mosq || !m_pump)
        return;
    if (mosquitto_want_write(m_mosq)) {
        // libmosquitto writes packet by packet: corked, the packets of a burst leave in as few
        // segments as they fit, and the broker wakes once for them.
        const int fd = mosquitto_socket(m_mosq);
        const int on = 1;
        const int off = 0;
        if (fd >= 0)
            ::setsockopt(fd, IPPROTO_TCP, TCP_CORK, &on, sizeof on);
        const int rc = mosquitto_loop_write(m_mosq, 1);
        if (fd >= 0 && rc == MOSQ_ERR_SUCCESS)
            ::setsockopt(fd, IPPROTO_TCP, TCP_CORK, &off, sizeof off);
        if (rc != MOSQ_ERR_SUCCESS && rc != MOSQ_ERR_NO_CONN) {
            pumpLost(rc);
            return;
        }
    }
    // What the socket did not take goes out when it is writable again.
    m_pump->setWriting(mosquitto_want_write(m_mosq));
}

bool MqttClient::publish(const QString &topic, const QByteArray &payload, int qos, bool retain,
                         const QString &responseTopic, const QByteArray &correlation)
{
    if (!onPumpThread()) {
        QMetaObject::invokeMethod(
            m_pump.get(), [this, topic, payload, qos, retain, responseTopic, correlation] {
                publish(topic, payload, qos, retain, responseTopic, correlation);
            });
        return true;
    }
    std::shared_lock lock(m_lifetime);
    if (!m_mosq)
        return false;
    mosquitto_property *props = nullptr;
    if (m_connection.protocol == 5) {
        if (!responseTopic.isEmpty())
            mosquitto_property_add_string(&props, MQTT_PROP_RESPONSE_TOPIC,
                                          responseTopic.toUtf8().constData());
        if (!correlation.isEmpty())
            mosquitto_property_add_binary(&props, MQTT_PROP_CORRELATION_DATA,
                                          correlation.constData(),
                                          static_cast<uint16_t>(correlation.size()));
    }
    const int rc = mosquitto_publish_v5(m_mosq, nullptr, topic.toUtf8().constData(),
                                        static_cast<int>(payload.size()), payload.constData(), qos,
                                        retain, props);
    mosquitto_property_free_all(&props);
    if (rc == MOSQ_ERR_SUCCESS || rc == MOSQ_ERR_NO_CONN) { // queued for the next connection
        pumpUpdateWrite();
        return true;
    }
    m_refused.fetch_add(1, std::memory_order_relaxed);
    return false;
}

bool MqttClient::publish(const QByteArray &topic, const QByteArray &payload, int qos, bool retain)
{
    if (!onPumpThread()) {
        QMetaObject::invokeMethod(m_pump.get(), [this, topic, payload, qos, retain] {
            publish(topic, payload, qos, retain);
        });
        return true;
    }
    std::shared_lock lock(m_lifetime);
    if (!m_mosq)
        return false;
    const int rc =
        mosquitto_publish(m_mosq, nullptr, topic.constData(), static_cast<int>(payload.size()),
                          payload.constData(), qos, retain);
    if (rc == MOSQ_ERR_SUCCESS || rc == MOSQ_ERR_NO_CONN) {
        pumpUpdateWrite();
        return true;
    }
    m_refused.fetch_add(1, std::memory_order_relaxed);
    return false;
}

void MqttClient::onConnect(mosquitto *m, void *self, int rc, int, const mqtt5__property *)
{
    auto *c = static_cast<MqttClient *>(self);
    if (rc != 0) {
        c->m_connected.store(false, std::memory_order_release);
        c->m_failureReported = true;
        if (c->m_onConnection)
            c->m_onConnection(
                false,
                Adapters::Tr::tr("the broker refused the connection: %1").arg(connackText(rc)));
        return;
    }
    std::map<QString, int> filters;
    {
        std::lock_guard lock(c->m_filtersMutex);
        filters = c->m_filters;
    }
    subscribeAll(m, filters);
    c->m_connected.store(true, std::memory_order_release);
    c->m_failureReported = false;
    // The log only matters for why a connection fails (a TLS handshake…). Connected,
    // libmosquitto would format a debug line for every packet just for it to be dropped.
    mosquitto_log_callback_set(m, nullptr);
    if (c->m_pump)
        c->m_pump->m_backoff = 0;
    if (c->m_onConnection)
        c->m_onConnection(true, {});
}

void MqttClient::onDisconnect(mosquitto *m, void *self, int rc, const mqtt5__property *)
{
    auto *c = static_cast<MqttClient *>(self);
    mosquitto_log_callback_set(m, &MqttClient::onLog);
    // A connection that never came up is reported as one that was lost, once: the owner must
    // not believe it is still on its way.
    const bool wasConnected = c->m_connected.exchange(false, std::memory_order_acq_rel);
    if ((wasConnected || !c->m_failureReported) && c->m_onConnection) {
        c->m_failureReported = true;
        c->m_onConnection(false, rc == 0 ? Adapters::Tr::tr("disconnected")
                                         : c->failureText(wasConnected, rc));
    }
}

void MqttClient::onLog(mosquitto *, void *self, int level, const char *text)
{
    auto *c = static_cast<MqttClient *>(self);
    if (level == MOSQ_LOG_ERR && c->m_onError)
        c->m_onError(QString::fromUtf8(text));
}

void MqttClient::onMessage(mosquitto *, void *self, const mosquitto_message *msg,
                           const mqtt5__property *props)
{
    auto *c = static_cast<MqttClient *>(self);
    if (!c->m_onMessage)
        return;
    MqttMessage m;
    m.topic = QString::fromUtf8(msg->topic);
    m.payload = QByteArray(static_cast<const char *>(msg->payload), msg->payloadlen);
    m.qos = msg->qos;
    m.retain = msg->retain;
    char *response = nullptr;
    if (mosquitto_property_read_string(props, MQTT_PROP_RESPONSE_TOPIC, &response, false)) {
        m.responseTopic = QString::fromUtf8(response);
        free(response);
    }
    void *correlation = nullptr;
    uint16_t length = 0;
    if (mosquitto_property_read_binary(props, MQTT_PROP_CORRELATION_DATA, &correlation, &length,
                                       false)) {
        m.correlation = QByteArray(static_cast<const char *>(correlation), length);
        free(correlation);
    }
    c->m_onMessage(m);
}

} // namespace twinloom
