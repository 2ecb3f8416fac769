#pragma once

#include "adapters/mqtt/mqttclient.h"
#include "adapters/mqtt/mqttcontract.h"
#include "adapters/mqtt/mqttsession.h"
#include "engine/adapter.h"
#include "engine/composition.h"

#include <QtCore/QHash>
#include <QtCore/QTimer>

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
                    MqttConnection connection, QString engineName = {}, QObject *parent = nullptr);
    ~MqttTwinAdapter() override;

    QString type() const override { return QStringLiteral("twin"); }
    void start() override;
    void stop() override;
    void onAction(const PhysicalAction &action) override;

private:
    void handleMessage(const MqttMessage &message);
    void updateBinding();
    // Follows the liveness topic of the remote twin's engine, named by its description.
    void followSession(const QString &topic);

    QString m_remote;
    QString m_prefix;
    Mqtt::TwinTopics m_topics; // of the remote twin
    QString m_replyBase;       // where answers to this adapter's requests come back
    MqttConnection m_connection;
    QString m_engineName;
    MqttSessionUse m_mqtt; // from start() to stop()
    QString m_sessionTopic;
    std::uint64_t m_sessionRoute = 0;
    std::mutex m_mutex;
    bool m_brokerUp = false;
    bool m_sessionOnline = true;
    QString m_remoteState;
    bool m_bound = false;
};

// An aggregate whose parts run in other engines: their values come from the broker, under the
// prefix where their MQTT digital adapters publish.
//   {"type": "remoteAggregate", "config": {"broker": {...}, "prefix": "twinloom",
//    "relationship": "hasFloor", "aggregates": [...], "partStaleAfter": 15, "partLostAfter": 30}}
// A part is heard when one of its values arrives or its engine's heartbeat does (the "heartbeat"
// of its MQTT digital adapter). A part silent for partStaleAfter makes the twin NotSynchronized,
// for partLostAfter Unbound: across a bridge whose link is down, that silence is all one sees.
struct PartSilence
{
    Timestamp staleAfter = 0; // µs; 0: never
    Timestamp lostAfter = 0;
};

class MqttAggregateAdapter : public AggregateAdapter
{
    Q_OBJECT

public:
    static AdapterTypeInfo typeInfo();
    static std::unique_ptr<PhysicalAdapter> fromConfig(const AdapterBuildContext &context);

    MqttAggregateAdapter(QString id, Engine *engine, QString relationship,
                         std::vector<Aggregate> aggregates, QString prefix,
                         MqttConnection connection, QString engineName = {},
                         PartSilence silence = {}, QObject *parent = nullptr);
    ~MqttAggregateAdapter() override;

    QString type() const override { return QStringLiteral("remoteAggregate"); }
    void start() override;
    void stop() override;

protected:
    std::uint64_t watchSource(const QString &child) override;
    void unwatchSource(const QString &child, std::uint64_t handle) override;
    // Bound while its broker is connected: the parts' values come from there.
    bool bindsOnStart() const override { return false; }

private:
    void handleMessage(const MqttMessage &message);
    void handleDescription(const QString &part, const MqttMessage &message);
    void handleSession(const MqttMessage &message);
    // Compares each part's silence with the bounds, and tells the twin when that changes.
    void checkSilence();
    void updateBinding();

    QString m_prefix;
    MqttConnection m_connection;
    QString m_engineName;
    PartSilence m_silence;
    MqttSessionUse m_mqtt; // from start() to stop()
    QTimer *m_check = nullptr;
    struct Part
    {
        Timestamp heard = 0; // its last value, or its watch began
        QString session;     // its engine's liveness topic, from its description
        std::uint64_t describedRoute = 0;
    };
    std::mutex m_partsMutex;
    QHash<QString, Part> m_parts;
    QHash<QString, Timestamp> m_sessionsHeard; // liveness topic → last online message
    // The adapter's thread only.
    bool m_brokerUp = false;
    bool m_lost = false;
    bool m_behind = false;
    bool m_bound = false;
};

} // namespace twinloom
