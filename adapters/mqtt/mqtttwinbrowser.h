#pragma once

#include "adapters/remote/twinbrowser.h"

#include <QtCore/QHash>
#include <QtCore/QSet>
#include <QtCore/QTimer>

#include <memory>

namespace twinloom {

class MqttClient;
struct MqttMessage;

// Twins announced on an MQTT broker: the retained P/+/description and P/+/lifecycle messages of
// the MQTT contract. A cleared retained description means the twin is gone.
class MqttTwinBrowser : public TwinBrowser
{
    Q_OBJECT

public:
    static constexpr int kConnectGraceMs = 5000; // a broker not reached by then is reported

    MqttTwinBrowser(const RemoteSource &source, QObject *parent = nullptr);
    ~MqttTwinBrowser() override;

    bool start(QString *error) override;
    void stop() override;

private:
    void onMessage(const MqttMessage &message);

    std::unique_ptr<MqttClient> m_client;
    QTimer m_grace;
    QHash<QString, QString> m_lifecycles; // by id; may come before the description
    QSet<QString> m_described;
    QHash<QString, QString> m_sessions; // by twin: the liveness topic of its engine
    QSet<QString> m_offline;            // liveness topics of engines that died
};

} // namespace twinloom
