#pragma once

#include "app/fleet/fleetprotocol.h"
#include "app/run/runner.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QObject>
#include <QtCore/QSet>
#include <QtCore/QTimer>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace twinloom {

// `twinloom-run --agent NAME --control URL`: a runner with no project of its own. It announces
// itself on the control broker (a retained status, a heartbeat, a last will that says offline)
// and takes signed commands: deploy a bundle (in checksummed chunks), start and stop a node or a
// twin, report status, undeploy. What it was given stays in its data folder (the bundles and
// agent.json) and runs again when it restarts. Each deployed node runs on an engine of its own.
class Agent : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString name;
        QString control; // mqtt[s]://HOST:PORT[/PREFIX]
        QString dataDir; // default: ~/.local/share/twinloom/agents/NAME
        double heartbeatSeconds = 10;
        Runner::LogLevel logLevel = Runner::LogLevel::Info;
    };

    explicit Agent(Options options, QObject *parent = nullptr);
    ~Agent() override;

    // Opens the data folder, runs again what it holds and connects; -1 while running, else the
    // exit code (Runner::ExitCode) of a failure to start.
    int start();
    // Stops every twin in order, says "offline" and quits the event loop.
    void shutdown(int exitCode);

    static QString defaultDataDir(const QString &name);

private:
    struct Node
    {
        QString name;
        std::unique_ptr<Engine> engine;
        QStringList twins; // parts first
        bool running = false;
        bool guest = false; // twins of this node moved here from other agents
    };
    struct Deployment
    {
        QString id;
        QString project; // its name
        QString sha256;
        QString folder;         // where the bundle is extracted
        QStringList oldFolders; // of earlier versions, whose files unchanged twins may still use
        QSet<QString> departed; // twins of its nodes moved to other agents
        std::optional<Project> loaded;
        std::vector<std::unique_ptr<Node>> nodes;
    };
    struct Transfer
    {
        qint64 size = 0;
        int chunks = 0;
        QString sha256;
        QByteArray data;
        int received = 0;
        QElapsedTimer idle;
    };
    using Reply = nlohmann::json; // {"ok": …, "error": …, …}
    // For a command answered later: execute() returns pending() and calls the answer once.
    using Answer = std::function<void(Reply)>;
    static Reply pending() { return {{"pending", true}}; }

    void log(Runner::LogLevel level, const QString &message);
    void onCommand(const MqttMessage &message);
    Reply execute(const nlohmann::json &command, const Answer &later);
    // Logs how a command ended and sends the reply to `responseTopic` (none: not asked for).
    void answer(const QString &name, Reply reply, const QString &responseTopic,
                const QByteArray &correlation);
    Reply deployBegin(const nlohmann::json &command);
    Reply deployChunk(const nlohmann::json &command);
    Reply deployCommit(const nlohmann::json &command);
    Reply startStop(const nlohmann::json &command, bool start);
    Reply undeploy(const nlohmann::json &command);
    // Live migration: the target prepares (the twin starts held), the source hands over, the
    // target takes over; abort and return undo the steps of a migration that failed.
    Reply migratePrepare(const nlohmann::json &command, const Answer &later);
    Reply migrateHandOver(const nlohmann::json &command);
    Reply migrateTakeOver(const nlohmann::json &command);
    Reply migrateAbort(const nlohmann::json &command);
    Reply fetchBundle(const nlohmann::json &command);
    // The node of `d` that runs `twin`, or null.
    Node *nodeOf(Deployment &d, const QString &twin);
    // Where a twin of `node` that arrives runs: the agent's own node when it runs that node, else
    // a guest node created for it.
    Node *arrivalNode(Deployment &d, const QString &node);
    // Adopts a staged transfer of `id` as a deployment that runs no node yet.
    bool adoptTransfer(const QString &id, QString *error);
    nlohmann::json twinsJson() const;

    // Extracts the bundle into a new folder and loads its project; nullptr with *error.
    std::unique_ptr<Deployment> load(const QString &id, const QString &bundlePath, QString *error);
    // Instantiates and starts `nodes` of `d`; on a failure stops what it started.
    bool startNodes(Deployment &d, const QStringList &nodes, const QStringList &stopped,
                    QString *error);
    void stopNode(Deployment &d, Node &node);
    // Brings `current` to the definition of `next`: nodes no longer named stop, new ones start,
    // and on the others only the twins whose definition changed (their entry, their model, or a
    // file of the bundle their configuration names) restart; the rest run on undisturbed.
    bool update(Deployment &current, std::unique_ptr<Deployment> next, const QStringList &nodes,
                QStringList *restarted, QString *error);
    void removeDeployment(const QString &id, bool deleteFiles);
    void restoreDeployments();
    bool saveState(QString *error) const;
    QString bundlePath(const QString &id) const;

    nlohmann::json status() const;
    void publishStatus();
    void statusSoon();

    Options m_options;
    std::optional<Fleet::ControlEndpoint> m_endpoint;
    std::unique_ptr<Fleet::Signer> m_signer;
    std::unique_ptr<MqttClient> m_client;
    std::map<QString, std::unique_ptr<Deployment>> m_deployments;
    std::map<QString, Transfer> m_transfers;
    QSet<QString> m_preparing; // "deployment\ntwin" of the twins whose prepare has not answered
    QTimer m_heartbeat;
    QTimer m_statusSoon;
    qint64 m_started = 0;
    // CPU time and wall time at the last heartbeat, for the load it reports.
    double m_lastCpu = 0;
    QElapsedTimer m_lastBeat;
    double m_load = 0;
    std::uint64_t m_refused = 0;
    std::uint64_t m_generation = 0;
    bool m_stopping = false;
    bool m_connectedOnce = false;
};

} // namespace twinloom
