#pragma once

#include "adapters/codec/payloadcodec.h"
#include "adapters/codec/valuefield.h"
#include "adapters/mqtt/mqttclient.h"
#include "adapters/mqtt/mqttsession.h"
#include "adapters/mqtt/topictemplate.h"
#include "engine/adapter.h"

#include <memory>
#include <vector>

namespace twinloom {

// The physical side over MQTT: subscriptions decode device messages into physical properties and
// events of the twin; the twin's physical actions publish to topics built from templates. The
// twin is Bound while the broker connection is up. Transport (MqttClient), codec (PayloadCodec)
// and mapping (the twin's shadowing function) stay apart.
class MqttPhysicalAdapter : public PhysicalAdapter
{
    Q_OBJECT

public:
    static AdapterTypeInfo typeInfo();
    static std::unique_ptr<PhysicalAdapter> fromConfig(const AdapterBuildContext &context);

    struct Field
    {
        ValueField field;       // in the decoded value
        QString name;           // physical property or event name; may use {captures}
        bool templated = false; // the name uses {captures}
        bool event = false;
    };
    struct Subscription
    {
        TopicTemplate topic;
        PayloadCodec codec = PayloadCodec::Json;
        std::vector<Field> fields; // empty with SenML: each record by its own name
        QString prefix;            // SenML: prepended to record names
    };
    struct Action
    {
        QString name;
        QString topic;   // template: {twin}, {action}
        QString payload; // template: {value} is the argument as JSON, {twin}, {action}
        int qos = 1;
        bool retain = false;
    };

    MqttPhysicalAdapter(QString id, QString twinId, MqttConnection connection,
                        std::vector<Subscription> subscriptions, std::vector<Action> actions,
                        int qos, qsizetype maxPayload, QString engineName = {},
                        QObject *parent = nullptr);
    ~MqttPhysicalAdapter() override;

    QString type() const override { return QStringLiteral("mqtt"); }
    void start() override;
    void stop() override;
    void onAction(const PhysicalAction &action) override;

    // Called on the twin's worker thread, for each message of its subscriptions.
    void handleMessage(const MqttMessage &message);

private:
    void publishDecoded(const QString &name, bool event, Value value, Timestamp time);

    QString m_twinId;
    MqttConnection m_connection;
    QString m_engineName;
    MqttSessionUse m_mqtt; // from start() to stop()
    std::vector<Subscription> m_subscriptions;
    std::vector<Action> m_actions;
    int m_qos;
    qsizetype m_maxPayload;
    PhysicalAssetDescription m_description;
};

} // namespace twinloom
