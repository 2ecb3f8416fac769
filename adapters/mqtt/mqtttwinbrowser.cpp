#include "adapters/mqtt/mqtttwinbrowser.h"

#include "adapters/mqtt/mqttclient.h"
#include "adapters/mqtt/mqttcontract.h"
#include "adapters/tr.h"
#include "engine/configreader.h"
#include "engine/jsoninput.h"

#include <nlohmann/json.hpp>

namespace twinloom {

MqttTwinBrowser::MqttTwinBrowser(const RemoteSource &source, QObject *parent)
    : TwinBrowser(source, parent)
{
    m_grace.setSingleShot(true);
    m_grace.setInterval(kConnectGraceMs);
    connect(&m_grace, &QTimer::timeout, this, [this] {
        if (!isReachable())
            setReachable(false, Adapters::Tr::tr("cannot reach the broker; still trying"));
    });
}

MqttTwinBrowser::~MqttTwinBrowser()
{
    MqttTwinBrowser::stop();
}

bool MqttTwinBrowser::start(QString *error)
{
    MqttConnection c;
    c.host = source().host.trimmed();
    c.port = source().port;
    c.username = source().username;
    c.password = source().password;
    c.caFile = source().caFile;
    c.reconnectMinSeconds = 1;
    c.reconnectMaxSeconds = 10;
    m_client = std::make_unique<MqttClient>(std::move(c));
    m_client->setSubscriptions({Mqtt::TwinTopics::allDescriptions(source().prefix),
                                Mqtt::TwinTopics::allLifecycles(source().prefix),
                                Mqtt::allSessions(source().prefix)},
                               1);
    m_client->setMessageHandler([this](const MqttMessage &m) { onMessage(m); });
    m_client->setConnectionHandler([this](bool connected, const QString &reason) {
        setReachable(connected, reason.isEmpty()
                                    ? Adapters::Tr::tr("cannot reach the broker; still trying")
                                    : reason);
    });
    m_client->setErrorHandler([this](const QString &message) {
        // libmosquitto's log may speak from its own thread.
        QMetaObject::invokeMethod(this, [this, message] { Q_EMIT problem(message); });
    });
    if (!m_client->start(error, this))
        return false;
    m_grace.start();
    return true;
}

void MqttTwinBrowser::stop()
{
    m_grace.stop();
    // A deliberate stop is no lost connection: nothing is signalled for it.
    const QSignalBlocker quiet(this);
    if (m_client)
        m_client->stop();
}

void MqttTwinBrowser::onMessage(const MqttMessage &m)
{
    if (m.topic.startsWith(Mqtt::sessionTopic(source().prefix, {}))) {
        // An engine whose connection died: its twins are gone with it, whatever their last
        // lifecycle message said.
        const bool offline = Mqtt::readSessionOnline(m.payload) == std::optional<bool>(false);
        if (offline && m_offline.contains(m.topic))
            return;
        if (offline)
            m_offline.insert(m.topic);
        else
            m_offline.remove(m.topic);
        for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it) {
            if (it.value() == m.topic && m_described.contains(it.key()))
                Q_EMIT lifecycleChanged(it.key(), offline ? QStringLiteral("Error")
                                                          : m_lifecycles.value(it.key()));
        }
        return;
    }
    const Mqtt::TwinTopics::Parsed topic = Mqtt::TwinTopics::parse(source().prefix, m.topic);
    if (topic.kind == Mqtt::TwinTopics::Kind::Lifecycle) {
        const QString state = Mqtt::readLifecycleState(m.payload);
        m_lifecycles.insert(topic.twin, state);
        if (m_described.contains(topic.twin))
            Q_EMIT lifecycleChanged(topic.twin, state);
        return;
    }
    if (topic.kind != Mqtt::TwinTopics::Kind::Description)
        return;
    if (m.payload.isEmpty()) {
        // The retained description was cleared: the twin is gone from this broker.
        if (m_described.remove(topic.twin))
            Q_EMIT gone(topic.twin);
        return;
    }
    m_described.insert(topic.twin);
    const nlohmann::json d = JsonInput::parseOrDiscarded(m.payload);
    const QString session = jsonString(d, "session").value_or(QString());
    m_sessions.insert(topic.twin, session);
    describe(topic.twin, m.topic, m.payload,
             m_offline.contains(session) ? QStringLiteral("Error")
                                         : m_lifecycles.value(topic.twin));
}

} // namespace twinloom
