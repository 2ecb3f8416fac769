#pragma once

#include "adapters/mqtt/mqttclient.h"
#include "adapters/mqtt/mqttcontract.h"
#include "engine/adapter.h"
#include "engine/composition.h"

#include <QtCore/QHash>

#include <memory>
#include <mutex>

namespace twinloom {

// A twin running in another engine, reached through the broker where its MQTT digital adapter
// publishes (see MqttDigitalAdapter), used as this twin's physical side: its properties and
// events become this twin's physical ones, its actions are invoked remotely, and this twin is
// Bound while the remote twin is.
//   {"type": "twin", "config": {"broker": {...}, "prefix": "twinloom", "twin": "floor-1"}}
class MqttTwinAdapter : public PhysicalAdapter
{
    Q_OBJECT

public:
    static AdapterTypeInfo typeInfo();
    static std::unique_ptr<PhysicalAdapter> fromConfig(const AdapterBuildContext &context);

    MqttTwinAdapter(QString id, QString localTwin, QString remoteTwin, QString prefix,
                    MqttConnection connection, QObject *parent = nullptr);
    ~MqttTwinAdapter() override;

    QString type() const override { return QStringLiteral("twin"); }
    void start() override;
    void stop() override;
    void onAction(const PhysicalAction &action) override;

private:
    void handleMessage(const MqttMessage &message);
    void updateBinding();

    QString m_remote;
    QString m_prefix;
    Mqtt::TwinTopics m_topics; // of the remote twin
    QString m_replyBase;       // where answers to this adapter's requests come back
    std::unique_ptr<MqttClient> m_client;
    std::mutex m_mutex; // the network thread and the twin's worker both touch what follows
    bool m_brokerUp = false;
    QString m_remoteState;
    bool m_bound = false;
};

// An aggregate whose parts run in other engines: their values come from the broker, under the
// prefix where their MQTT digital adapters publish.
//   {"type": "remoteAggregate", "config": {"broker": {...}, "prefix": "twinloom",
//    "relationship": "hasFloor", "aggregates": [...]}}
class MqttAggregateAdapter : public AggregateAdapter
{
    Q_OBJECT

public:
    static AdapterTypeInfo typeInfo();
    static std::unique_ptr<PhysicalAdapter> fromConfig(const AdapterBuildContext &context);

    MqttAggregateAdapter(QString id, Engine *engine, QString relationship,
                         std::vector<Aggregate> aggregates, QString prefix,
                         MqttConnection connection, QObject *parent = nullptr);
    ~MqttAggregateAdapter() override;

    QString type() const override { return QStringLiteral("remoteAggregate"); }
    void start() override;
    void stop() override;

protected:
    std::uint64_t watchSource(const QString &child) override;
    void unwatchSource(const QString &child, std::uint64_t handle) override;

private:
    QString m_prefix;
    std::unique_ptr<MqttClient> m_client;
};

} // namespace twinloom
