#pragma once

#include "app/fleet/fleetprotocol.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QObject>

#include <functional>
#include <map>
#include <memory>

namespace twinloom::Fleet {

// What an agent last said of itself (its retained status).
struct AgentStatus
{
    QString name;
    QString state;  // "online" or "offline"
    QString reason; // why offline: "stopped", "lost" (its last will)
    QString version;
    QString host;
    qint64 heartbeat = 0;        // ms since the epoch of its last status
    double heartbeatSeconds = 0; // how often it says it is alive
    double cpu = 0;              // share of one core over its last interval
    qint64 residentBytes = 0;
    int twins = 0;
    std::map<QString, int> lifecycles; // lifecycle state → twins in it
    nlohmann::json deployments = nlohmann::json::array();
    nlohmann::json raw;

    // Online and heard from within three heartbeats.
    bool isOnline(qint64 now) const;
    // Nullopt for what is not a status (a wrong type anywhere included).
    static std::optional<AgentStatus> fromJson(const nlohmann::json &status);

private:
    static std::optional<AgentStatus> parseStatus(const nlohmann::json &status);
};

// A client of the control plane: twinloom-ctl and the studio's Fleet panel. It listens to the
// agents' statuses and sends them signed commands, waiting for each signed reply. Its waits run
// a local event loop.
class ControlClient : public QObject
{
    Q_OBJECT

public:
    ControlClient(ControlEndpoint endpoint, QByteArray key, QObject *parent = nullptr);
    ~ControlClient() override;

    // Connects and subscribes; false with *error when the broker cannot be reached in time.
    bool open(int timeoutMs, QString *error);
    // Waits until no status arrived for `quietMs` (the retained ones come right after opening).
    void settle(int quietMs, int maxMs);
    const std::map<QString, AgentStatus> &agents() const { return m_agents; }
    // The agents online now (heard from within three heartbeats).
    QStringList onlineAgents() const;
    // Agent → why its status was set aside (not signed with this client's key…).
    const std::map<QString, QString> &statusErrors() const { return m_statusErrors; }

    // Sends `command` ({"command": NAME, …}) to `agent` and returns its reply's body when the
    // reply says ok; otherwise nullopt and *error holds the agent's error, a timeout, or the
    // agent going offline.
    std::optional<nlohmann::json> request(const QString &agent, nlohmann::json command,
                                          int timeoutMs, QString *error);

    struct Transfer
    {
        QString deployment;
        QByteArray bundle;
    };
    // Sends a bundle in checksummed chunks; `progress` learns the bytes sent so far.
    bool sendBundle(const QString &agent, const Transfer &transfer, int timeoutMs, QString *error,
                    const std::function<void(qint64 sent, qint64 total)> &progress = {});

    // Moves a running twin to the agent `to` without losing what its devices send: `to` starts
    // it with its physical side connected but held (after receiving the deployment's bundle from
    // the source when it has none), the source hands its state over at a cut-over, `to` applies
    // it and what came after and opens the twin's digital side. A failed step is undone (the twin
    // returns with its state). Returns {"twin", "from", "to", "deployment", "prepareMs",
    // "pauseMs" (hand-over to take-over), "handOverMs", "replayed", "skipped", "dropped",
    // "lifecycle"}.
    std::optional<nlohmann::json> migrate(const QString &twin, const QString &to, int timeoutMs,
                                          QString *error);

    const ControlEndpoint &endpoint() const { return m_endpoint; }

signals:
    void agentChanged(const QString &name);

private:
    void onMessage(const MqttMessage &message);

    ControlEndpoint m_endpoint;
    Signer m_signer;
    QString m_clientId;
    std::unique_ptr<MqttClient> m_client;
    std::map<QString, AgentStatus> m_agents;
    std::map<QString, QString> m_statusErrors;
    std::map<QByteArray, std::optional<nlohmann::json>> m_pending; // correlation → reply body
    std::map<QByteArray, QString> m_pendingErrors;
    bool m_connected = false;
    QString m_connectionError;
    QElapsedTimer m_sinceStatus;
};

} // namespace twinloom::Fleet
