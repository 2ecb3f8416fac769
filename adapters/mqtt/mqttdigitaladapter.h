#pragma once

#include "adapters/mqtt/mqttclient.h"
#include "adapters/mqtt/mqttcontract.h"
#include "adapters/mqtt/mqttsession.h"
#include "engine/adapter.h"

#include <QtCore/QHash>

#include <memory>

namespace twinloom {

// The digital side over MQTT: publishes the twin's description, state, events and lifecycle and
// takes actions and desired values, on the topics of the MQTT contract
// (adapters/mqtt/mqttcontract.h).
class MqttDigitalAdapter : public DigitalAdapter
{
    Q_OBJECT

public:
    static AdapterTypeInfo typeInfo();
    static std::unique_ptr<DigitalAdapter> fromConfig(const AdapterBuildContext &context);

    struct Options
    {
        QString prefix = QLatin1String(Mqtt::kDefaultPrefix);
        int qos = 0;
        bool retainProperties = true;
        bool snapshots = false;
        bool description = true;
        // Also the bare value of each property and event, which WoT consumers read through the
        // Thing Description (P/T/values/…): one more message per change.
        bool valueTopics = true;
        // Requests (action arguments, desired values) larger than this are refused unread.
        qsizetype maxPayload = 64 * 1024;
        // µs between the engine's liveness messages (0: only when it connects).
        Timestamp heartbeat = 0;
    };

    MqttDigitalAdapter(QString id, QString twinId, MqttConnection connection, Options options,
                       QString engineName = {}, QObject *parent = nullptr);
    ~MqttDigitalAdapter() override;

    QString type() const override { return QStringLiteral("mqtt"); }
    void start() override;
    void stop() override;
    void onStateChange(const StateChange &change, const TwinState &state) override;
    void onLifecycle(LifecycleState from, LifecycleState to) override;

private:
    void handleRequest(const MqttMessage &message);
    void publishDescription(const TwinState &state);
    const QByteArray &cachedTopic(ResourceKind kind, const QString &key);
    bool publish(const QString &topic, const QByteArray &payload, int qos, bool retain,
                 const QByteArray &correlation = {});
    bool publish(const QByteArray &topic, const QByteArray &payload, int qos, bool retain);

    QString m_twinId;
    Options m_options;
    MqttConnection m_connection;
    QString m_engineName;
    MqttSessionUse m_mqtt; // from start() to stop()
    Mqtt::TwinTopics m_topics;
    bool m_described = false;
    // properties, desired, events, property values, event values; worker thread only
    QHash<QString, QByteArray> m_topicCache[5];
    const QByteArray &cachedValueTopic(ResourceKind kind, const QString &key);
};

} // namespace twinloom
