#include "adapters/mqtt/mqttsession.h"

#include "adapters/linkstatus.h"
#include "adapters/mqtt/mqttcontract.h"
#include "adapters/tr.h"
#include "engine/configreader.h"
#include "engine/worker.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QUuid>

#include <algorithm>
#include <atomic>

namespace twinloom {

namespace {
std::atomic<int> g_sessions{0};
constexpr std::size_t kMaxEarly = 100000; // messages queued before the connection is made

// The sessions of this thread, by connection key and liveness prefix.
thread_local std::map<QString, std::weak_ptr<MqttSession>> t_sessions;

QString keyOf(const MqttConnection &c)
{
    const QStringList parts{
        c.host,
        QString::number(c.port),
        QString::number(c.protocol),
        QString::number(c.keepAlive),
        c.username,
        QString::fromLatin1(
            QCryptographicHash::hash(c.password.toUtf8(), QCryptographicHash::Sha256).toHex()),
        c.caFile,
        c.certFile,
        c.keyFile,
        c.cleanSession ? QStringLiteral("clean") : QStringLiteral("kept"),
        QString::number(c.reconnectMinSeconds),
        QString::number(c.reconnectMaxSeconds),
        QString::number(c.maxInflight)};
    return parts.join(QLatin1Char('|'));
}

QString shortHash(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
}
} // namespace

bool MqttSession::needsOwnSession(const MqttConnection &c)
{
    return !c.clientId.isEmpty() || !c.willTopic.isEmpty();
}

int MqttSession::count()
{
    return g_sessions.load(std::memory_order_relaxed);
}

void MqttSession::countDescriptors(const nlohmann::json &config, const QString &livenessPrefix,
                                   DescriptorNeeds &needs)
{
    // A libmosquitto client holds its socket and a socket pair to wake its loop.
    constexpr int kPerConnection = 3;
    Diagnostics ignored;
    MqttConnection connection;
    if (auto b = config.find("broker"); b != config.end()) {
        ConfigReader broker(*b, {}, ignored, {});
        connection = MqttConnection::fromJson(broker, ignored, {});
    }
    if (needsOwnSession(connection))
        needs.perAdapter += kPerConnection;
    else
        needs.perWorker[QStringLiteral("mqtt\n") + keyOf(connection) + QLatin1Char('\n') +
                        livenessPrefix] = kPerConnection;
}

std::shared_ptr<MqttSession> MqttSession::acquire(const MqttConnection &connection,
                                                  const QString &engineName,
                                                  const QString &livenessPrefix, QString *error)
{
    const QString key = keyOf(connection);
    std::erase_if(t_sessions, [](const auto &entry) { return entry.second.expired(); });
    std::shared_ptr<MqttSession> session;
    if (needsOwnSession(connection)) {
        session.reset(new MqttSession(connection, key, {}));
    } else {
        const QString full = key + QLatin1Char('\n') + livenessPrefix;
        if (auto it = t_sessions.find(full); it != t_sessions.end())
            session = it->second.lock();
        // Any session of that broker serves a physical adapter; a digital one may give a session
        // that has not connected yet its liveness topic.
        for (auto it = t_sessions.lower_bound(key + QLatin1Char('\n'));
             !session && it != t_sessions.end() && it->first.startsWith(key + QLatin1Char('\n'));
             ++it) {
            std::shared_ptr<MqttSession> candidate = it->second.lock();
            if (!candidate)
                continue;
            if (livenessPrefix.isEmpty()) {
                session = candidate;
            } else if (candidate->m_livenessTopic.isEmpty() && !candidate->m_started) {
                candidate->m_livenessTopic = Mqtt::sessionTopic(livenessPrefix, candidate->m_id);
                t_sessions.erase(it);
                t_sessions[full] = candidate;
                session = candidate;
            }
        }
        if (!session) {
            MqttConnection c = connection;
            if (!c.cleanSession) {
                // A persistent session must find itself again: a stable client id per engine,
                // worker and broker.
                const Internal::Worker *worker = Internal::Worker::current();
                c.clientId = QStringLiteral("%1-w%2-%3")
                                 .arg(engineName)
                                 .arg(worker ? worker->index() : 0)
                                 .arg(shortHash(key));
            }
            session.reset(new MqttSession(std::move(c), key, livenessPrefix));
            t_sessions[full] = session;
        }
    }
    if (!session->m_started && !session->m_startError.isEmpty()) {
        if (error)
            *error = session->m_startError;
        return nullptr;
    }
    return session;
}

MqttSession::MqttSession(MqttConnection connection, QString key, QString livenessPrefix)
    : m_key(std::move(key))
    , m_id(QUuid::createUuid().toString(QUuid::Id128).left(12))
{
    g_sessions.fetch_add(1, std::memory_order_relaxed);
    if (!livenessPrefix.isEmpty())
        m_livenessTopic = Mqtt::sessionTopic(livenessPrefix, m_id);
    m_link = LinkStatus::add(QStringLiteral("mqtt"),
                             connection.host + QLatin1Char(':') + QString::number(connection.port));
    m_client = std::make_unique<MqttClient>(std::move(connection));
    m_client->setSubscriptions({}, 0);
    m_client->setMessageHandler([this](const MqttMessage &m) { dispatch(m); });
    m_client->setConnectionHandler(
        [this](bool connected, const QString &reason) { onConnection(connected, reason); });
    m_client->setErrorHandler([this](const QString &message) {
        // libmosquitto's log speaks from the thread of the I/O: this one.
        onConnection(false, Adapters::Tr::tr("MQTT: %1").arg(message));
    });
    m_client->setBurstHandlers([this] { m_burst.emplace(); }, [this] { m_burst.reset(); });
    m_flush.setSingleShot(true);
    m_flush.setInterval(0);
    connect(&m_flush, &QTimer::timeout, this, &MqttSession::flushSubscriptions);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        if (m_started && !m_livenessTopic.isEmpty() && m_client->isConnected())
            m_client->publish(m_livenessTopic,
                              Mqtt::sessionMessage(true, m_heartbeat.interval() / 1000.0), 1, true);
    });
    startSoon();
}

MqttSession::~MqttSession()
{
    m_flush.stop();
    m_heartbeat.stop();
    if (m_started && !m_livenessTopic.isEmpty() && m_client->isConnected())
        m_client->publish(m_livenessTopic, QByteArray(), 1, true); // a clean end: no status left
    m_client->stop();
    g_sessions.fetch_sub(1, std::memory_order_relaxed);
}

void MqttSession::requestHeartbeat(Timestamp interval)
{
    const int ms = static_cast<int>(std::clamp<Timestamp>(interval / 1000, 10, 86'400'000));
    if (interval <= 0 || (m_heartbeat.isActive() && m_heartbeat.interval() <= ms))
        return;
    m_heartbeat.start(ms);
}

void MqttSession::startSoon()
{
    // Adapters that start in the same turn of the event loop (a worker starting its twins) join
    // before the connection is made, so that the liveness topic is known for the last will.
    QTimer::singleShot(0, this, &MqttSession::start);
}

void MqttSession::start()
{
    if (m_started)
        return;
    if (!m_livenessTopic.isEmpty() && m_client->connection().willTopic.isEmpty())
        m_client->setWill(m_livenessTopic, Mqtt::sessionMessage(false), 1, true);
    // Everything routed so far goes in the first SUBSCRIBE packets of the connection.
    std::map<int, QStringList> byQos;
    for (const auto &[filter, use] : m_filters)
        byQos[use.second] << filter;
    for (const auto &[qos, filters] : byQos)
        m_client->addSubscriptions(filters, qos);
    m_toSubscribe.clear();
    m_toUnsubscribe.clear();
    QString error;
    if (!m_client->start(&error, this)) {
        m_startError = error;
        m_early.clear();
        onConnection(false, error);
        return;
    }
    m_started = true;
    for (const Early &e : std::exchange(m_early, {}))
        m_client->publish(e.topic, e.payload, e.qos, e.retain, e.responseTopic, e.correlation);
}

std::uint64_t MqttSession::subscribe(const QString &filter, int qos, MessageHandler handler)
{
    const std::uint64_t id = m_next++;
    m_routes.emplace(id, Route{filter, std::make_shared<const MessageHandler>(std::move(handler))});
    m_index.add(filter, id);
    auto &[routes, filterQos] = m_filters[filter];
    const bool fresh = routes++ == 0;
    if (fresh || qos > filterQos) {
        filterQos = std::max(filterQos, qos);
        if (m_started) {
            m_toUnsubscribe.removeAll(filter);
            m_toSubscribe << filter;
            m_flush.start();
        }
    }
    return id;
}

void MqttSession::unsubscribe(std::uint64_t route)
{
    auto it = m_routes.find(route);
    if (it == m_routes.end())
        return;
    const QString filter = it->second.filter;
    m_index.remove(filter, route);
    m_routes.erase(it);
    auto f = m_filters.find(filter);
    if (f != m_filters.end() && --f->second.first == 0) {
        m_filters.erase(f);
        if (m_started) {
            m_toSubscribe.removeAll(filter);
            m_toUnsubscribe << filter;
            m_flush.start();
        }
    }
}

void MqttSession::flushSubscriptions()
{
    if (!m_toUnsubscribe.isEmpty())
        m_client->removeSubscriptions(std::exchange(m_toUnsubscribe, {}));
    std::map<int, QStringList> byQos;
    for (const QString &filter : std::exchange(m_toSubscribe, {})) {
        if (auto f = m_filters.find(filter); f != m_filters.end())
            byQos[f->second.second] << filter;
    }
    for (const auto &[qos, filters] : byQos)
        m_client->addSubscriptions(filters, qos);
}

std::uint64_t MqttSession::watch(StateHandler handler)
{
    const std::uint64_t id = m_next++;
    auto &stored = m_watchers.emplace(id, std::move(handler)).first->second;
    if (m_connected)
        stored(*m_connected, m_reason);
    return id;
}

void MqttSession::unwatch(std::uint64_t watcher)
{
    m_watchers.erase(watcher);
}

bool MqttSession::isReporter(std::uint64_t watcher) const
{
    return !m_watchers.empty() && m_watchers.begin()->first == watcher;
}

void MqttSession::onConnection(bool connected, const QString &reason)
{
    // A repeated "not connected" (each retry of a broker that is down) is one more failure.
    if (connected != m_connected.value_or(!connected) || !connected)
        LinkStatus::set(*m_link, connected);
    m_connected = connected;
    m_reason = reason;
    if (connected && !m_livenessTopic.isEmpty())
        m_client->publish(m_livenessTopic,
                          Mqtt::sessionMessage(
                              true, m_heartbeat.isActive() ? m_heartbeat.interval() / 1000.0 : 0.0),
                          1, true);
    // Copied: a watcher may stop its adapter, and so unwatch, while it is told.
    const auto watchers = m_watchers;
    for (const auto &[id, handler] : watchers) {
        if (m_watchers.count(id))
            handler(connected, reason);
    }
}

void MqttSession::dispatch(const MqttMessage &message)
{
    std::vector<std::uint64_t> hits;
    m_index.match(message.topic, [&hits](std::uint64_t id) { hits.push_back(id); });
    for (std::uint64_t id : hits) {
        auto it = m_routes.find(id);
        if (it != m_routes.end()) {
            // Held: the handler may unsubscribe its own route.
            const std::shared_ptr<const MessageHandler> handler = it->second.handler;
            (*handler)(message);
        }
    }
}

bool MqttSession::publish(const QString &topic, const QByteArray &payload, int qos, bool retain,
                          const QString &responseTopic, const QByteArray &correlation)
{
    if (!m_started && m_startError.isEmpty()) {
        // Before the connection is made: queued as a client queues while it connects.
        if (m_early.size() >= kMaxEarly)
            return false;
        m_early.push_back({topic, payload, qos, retain, responseTopic, correlation});
        return true;
    }
    return m_client->publish(topic, payload, qos, retain, responseTopic, correlation);
}

bool MqttSession::publish(const QByteArray &topic, const QByteArray &payload, int qos, bool retain)
{
    if (!m_started)
        return publish(QString::fromUtf8(topic), payload, qos, retain);
    return m_client->publish(topic, payload, qos, retain);
}

bool MqttSessionUse::open(const MqttConnection &connection, const QString &engineName,
                          const QString &livenessPrefix, StateHandler state, QString *error)
{
    close();
    m_session = MqttSession::acquire(connection, engineName, livenessPrefix, error);
    if (!m_session)
        return false;
    MqttSession *session = m_session.get();
    m_watcher = session->watch([this, session, state](bool connected, const QString &reason) {
        state(connected, reason, !connected && session->isReporter(m_watcher));
    });
    return true;
}

void MqttSessionUse::close()
{
    if (!m_session)
        return;
    for (std::uint64_t r : std::exchange(m_routes, {}))
        m_session->unsubscribe(r);
    m_session->unwatch(m_watcher);
    m_watcher = 0;
    m_session.reset();
}

std::uint64_t MqttSessionUse::route(const QString &filter, int qos,
                                    MqttSession::MessageHandler handler)
{
    if (!m_session)
        return 0;
    const std::uint64_t id = m_session->subscribe(filter, qos, std::move(handler));
    m_routes.push_back(id);
    return id;
}

void MqttSessionUse::unroute(std::uint64_t route)
{
    if (!m_session)
        return;
    m_session->unsubscribe(route);
    std::erase(m_routes, route);
}

} // namespace twinloom
