#pragma once

#include "adapters/mqtt/mqttclient.h"
#include "engine/adapter.h"

#include <QtCore/QHash>

#include <memory>

namespace twinloom {

// The digital side over MQTT. For twin T under the prefix P (default "twinloom"):
//   P/T/description               retained: what the twin offers and on which topics
//   P/T/lifecycle                 retained: {"state", "previous", "time"}
//   P/T/properties/NAME           {"value", "time", "seq"} (retained unless configured otherwise)
//   P/T/desired/NAME              the desired value, when one is written
//   P/T/events/NAME               {"value", "time", "seq"}
//   P/T/state                     optional snapshot after every change: {"seq", "time", "changes",
//   "properties"}
// Requests it accepts:
//   P/T/actions/NAME/invoke       payload: the argument as JSON
//   P/T/desired/NAME/set          payload: the value as JSON
// The answer {"ok", "value" | "error", "correlation"} goes to the MQTT 5 response topic with its
// correlation data; over MQTT 3.1.1 the request may be {"argument" | "value", "replyTo",
// "correlation"}, and without "replyTo" the answer goes to the request topic + "/result".
class MqttDigitalAdapter : public DigitalAdapter
{
    Q_OBJECT

public:
    struct Options
    {
        QString prefix = QStringLiteral("twinloom");
        int qos = 0;
        bool retainProperties = true;
        bool snapshots = false;
        bool description = true;
    };

    MqttDigitalAdapter(QString id, QString twinId, MqttConnection connection, Options options,
                       QObject *parent = nullptr);
    ~MqttDigitalAdapter() override;

    QString type() const override { return QStringLiteral("mqtt"); }
    void start() override;
    void stop() override;
    void onStateChange(const StateChange &change, const TwinState &state) override;
    void onLifecycle(LifecycleState from, LifecycleState to) override;

    QString topic(const QString &suffix) const;

private:
    void handleRequest(const MqttMessage &message);
    void publishDescription(const TwinState &state);
    const QByteArray &cachedTopic(ResourceKind kind, const QString &key);

    QString m_twinId;
    Options m_options;
    std::shared_ptr<MqttClient> m_client; // shared with answers still in flight
    QString m_base;
    bool m_described = false;
    QHash<QString, QByteArray> m_topics[3]; // properties, desired, events; worker thread only
};

void registerMqttDigitalAdapter(AdapterRegistry &registry);

} // namespace twinloom
