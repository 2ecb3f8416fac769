#include "app/fleet/controlclient.h"

#include "app/fleet/tr.h"
#include "engine/jsoninput.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QUuid>

namespace twinloom::Fleet {

namespace {
// Runs the event loop until `done` or `timeoutMs` has passed; whether `done` came true.
template<typename Predicate>
bool waitUntil(Predicate done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents,
                                        static_cast<int>(std::min<qint64>(left, 50)));
    }
    return true;
}
} // namespace

bool AgentStatus::isOnline(qint64 now) const
{
    if (state != QLatin1String("online"))
        return false;
    const double interval = heartbeatSeconds > 0 ? heartbeatSeconds : 10;
    return now - heartbeat <= static_cast<qint64>(interval * 3000);
}

std::optional<AgentStatus> AgentStatus::fromJson(const nlohmann::json &status)
{
    // A signed status may still hold a field of the wrong type (an agent of another version):
    // such a status is ignored.
    try {
        return parseStatus(status);
    } catch (const nlohmann::json::exception &) {
        return std::nullopt;
    }
}

std::optional<AgentStatus> AgentStatus::parseStatus(const nlohmann::json &status)
{
    if (!status.is_object() || !status.contains("agent") || !status["agent"].is_string())
        return std::nullopt;
    AgentStatus s;
    s.raw = status;
    s.raw.erase("nonce"); // the signature's, not the agent's
    s.name = QString::fromStdString(status["agent"].get<std::string>());
    s.state = QString::fromStdString(status.value("state", std::string()));
    s.reason = QString::fromStdString(status.value("reason", std::string()));
    s.version = QString::fromStdString(status.value("version", std::string()));
    s.host = QString::fromStdString(status.value("host", std::string()));
    s.heartbeat = status.value("time", qint64{0});
    s.heartbeatSeconds = status.value("heartbeatSeconds", 0.0);
    if (const auto load = status.find("load"); load != status.end() && load->is_object()) {
        s.cpu = load->value("cpu", 0.0);
        s.residentBytes = load->value("residentBytes", qint64{0});
    }
    s.twins = status.value("twins", 0);
    if (const auto l = status.find("lifecycles"); l != status.end() && l->is_object())
        for (const auto &[state, count] : l->items())
            if (count.is_number_integer())
                s.lifecycles[QString::fromStdString(state)] = count.get<int>();
    if (const auto d = status.find("deployments"); d != status.end() && d->is_array())
        s.deployments = *d;
    return s;
}

ControlClient::ControlClient(ControlEndpoint endpoint, QByteArray key, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_signer(std::move(key))
    , m_clientId(QStringLiteral("twinloom-ctl-") +
                 QUuid::createUuid().toString(QUuid::Id128).left(12))
{}

ControlClient::~ControlClient()
{
    if (m_client)
        m_client->stop();
}

bool ControlClient::open(int timeoutMs, QString *error)
{
    MqttConnection connection = m_endpoint.connection;
    connection.clientId = m_clientId;
    connection.cleanSession = true;
    m_client = std::make_unique<MqttClient>(connection);
    m_client->setSubscriptions({m_endpoint.statusFilter(), m_endpoint.replyTopic(m_clientId)}, 1);
    m_client->setConnectionHandler([this](bool connected, const QString &reason) {
        m_connected = connected;
        if (!connected)
            m_connectionError = reason;
    });
    m_client->setMessageHandler([this](const MqttMessage &message) { onMessage(message); });
    QString startError;
    if (!m_client->start(&startError, this)) {
        if (error)
            *error = startError;
        return false;
    }
    if (!waitUntil([this] { return m_connected; }, timeoutMs)) {
        if (error)
            *error = m_connectionError.isEmpty()
                         ? Tr::tr("the control broker %1 did not answer within %2 s")
                               .arg(m_endpoint.display())
                               .arg(timeoutMs / 1000.0)
                         : m_connectionError;
        return false;
    }
    return true;
}

void ControlClient::settle(int quietMs, int maxMs)
{
    m_sinceStatus.start();
    waitUntil([&] { return m_sinceStatus.elapsed() >= quietMs; }, maxMs);
}

void ControlClient::onMessage(const MqttMessage &message)
{
    const QString statusPrefix = m_endpoint.prefix + QStringLiteral("/agents/");
    if (message.topic.startsWith(statusPrefix) &&
        message.topic.endsWith(QLatin1String("/status"))) {
        const QString name = message.topic.mid(statusPrefix.size())
                                 .chopped(static_cast<qsizetype>(std::strlen("/status")));
        QString error;
        if (message.payload.isEmpty()) { // cleared: the agent was removed
            m_agents.erase(name);
            m_statusErrors.erase(name);
        } else if (const auto body = m_signer.verify(message.payload, &error); !body) {
            // Signed like the commands: a status nobody with the key wrote (a forged "offline",
            // an agent with another key) is set aside, and said.
            m_statusErrors[name] = error;
        } else if (auto status = AgentStatus::fromJson(*body); !status || status->name != name) {
            m_statusErrors[name] = Tr::tr("not a status of the agent '%1'").arg(name);
        } else {
            // An older status replayed does not undo a newer one; a last will, set when the
            // agent connected, is older than its statuses and counts all the same.
            const auto known = m_agents.find(name);
            const bool will = status->state == QLatin1String("offline") &&
                              status->reason == QLatin1String("lost");
            if (known == m_agents.end() || will || status->heartbeat >= known->second.heartbeat)
                m_agents[name] = std::move(*status);
            m_statusErrors.erase(name);
        }
        m_sinceStatus.start();
        emit agentChanged(name);
        return;
    }
    const auto pending = m_pending.find(message.correlation);
    if (pending == m_pending.end())
        return; // a late reply to a request given up
    QString error;
    auto body = m_signer.open(message.payload, &error);
    if (!body) {
        m_pendingErrors[message.correlation] =
            Tr::tr("a reply failed its check (do the agents share TWINLOOM_AGENT_KEY?): %1")
                .arg(error);
        pending->second = nlohmann::json::object();
        return;
    }
    pending->second = std::move(*body);
}

std::optional<nlohmann::json> ControlClient::request(const QString &agent, nlohmann::json command,
                                                     int timeoutMs, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<nlohmann::json> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!m_client || !m_connected)
        return fail(Tr::tr("not connected to the control broker %1").arg(m_endpoint.display()));
    command["agent"] = agent.toStdString();
    const QByteArray correlation = QUuid::createUuid().toRfc4122();
    m_pending.emplace(correlation, std::nullopt);
    const std::string name = command.value("command", std::string());
    if (!m_client->publish(m_endpoint.commandTopic(agent), m_signer.seal(std::move(command)), 1,
                           false, m_endpoint.replyTopic(m_clientId), correlation)) {
        m_pending.erase(correlation);
        return fail(Tr::tr("the command could not be queued to the control broker"));
    }
    const bool answered = waitUntil(
        [&] {
            if (m_pending[correlation].has_value())
                return true;
            const auto a = m_agents.find(agent);
            return a != m_agents.end() && a->second.state == QLatin1String("offline");
        },
        timeoutMs);
    std::optional<nlohmann::json> reply = std::move(m_pending[correlation]);
    m_pending.erase(correlation);
    if (const auto e = m_pendingErrors.find(correlation); e != m_pendingErrors.end()) {
        const QString message = e->second;
        m_pendingErrors.erase(e);
        return fail(message);
    }
    if (!reply) {
        if (answered)
            return fail(Tr::tr("the agent '%1' went offline before it answered '%2'")
                            .arg(agent, QString::fromStdString(name)));
        return fail(Tr::tr("the agent '%1' did not answer '%2' within %3 s")
                        .arg(agent, QString::fromStdString(name))
                        .arg(timeoutMs / 1000.0));
    }
    if (reply->value("agent", std::string()) != agent.toStdString())
        return fail(Tr::tr("a reply came from another agent than '%1'").arg(agent));
    if (!reply->value("ok", false))
        return fail(QString::fromStdString(reply->value("error", std::string("failed"))));
    return reply;
}

bool ControlClient::sendBundle(const QString &agent, const Transfer &transfer, int timeoutMs,
                               QString *error, const std::function<void(qint64, qint64)> &progress)
{
    const qint64 total = transfer.bundle.size();
    const int chunks = static_cast<int>((total + kChunkBytes - 1) / kChunkBytes);
    nlohmann::json begin = {{"command", "deploy-begin"},
                            {"deployment", transfer.deployment.toStdString()},
                            {"size", total},
                            {"chunks", chunks},
                            {"sha256", sha256Hex(transfer.bundle).toStdString()}};
    if (!request(agent, std::move(begin), timeoutMs, error))
        return false;
    for (int i = 0; i < chunks; ++i) {
        const QByteArray part = transfer.bundle.mid(qsizetype{i} * kChunkBytes, kChunkBytes);
        nlohmann::json chunk = {{"command", "deploy-chunk"},
                                {"deployment", transfer.deployment.toStdString()},
                                {"index", i},
                                {"data", part.toBase64().toStdString()}};
        if (!request(agent, std::move(chunk), timeoutMs, error))
            return false;
        if (progress)
            progress(std::min<qint64>(total, qint64{i + 1} * kChunkBytes), total);
    }
    return true;
}

QStringList ControlClient::onlineAgents() const
{
    QStringList names;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const auto &[name, status] : m_agents)
        if (status.isOnline(now))
            names << name;
    return names;
}

// Moves a running twin to another agent without losing what its devices send: the target
// starts it with its physical side connected but held, the source hands over its state at a
// cut-over, the target applies it and what came after, then opens the twin's digital side.
std::optional<nlohmann::json> ControlClient::migrate(const QString &twin, const QString &to,
                                                     int timeoutMs, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<nlohmann::json> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QString source;
    QString deployment;
    for (const QString &agent : onlineAgents()) {
        QString ignored;
        const auto reply = request(agent, {{"command", "status"}}, timeoutMs, &ignored);
        if (!reply)
            continue;
        for (const auto &t : reply->value("twinStates", nlohmann::json::array()))
            if (t.value("twin", std::string()) == twin.toStdString()) {
                source = agent;
                deployment = QString::fromStdString(t.value("deployment", std::string()));
            }
    }
    if (source.isEmpty())
        return fail(Tr::tr("no online agent runs the twin '%1'").arg(twin));
    if (source == to)
        return fail(Tr::tr("'%1' runs on '%2' already").arg(twin, to));
    if (!onlineAgents().contains(to))
        return fail(Tr::tr("the agent '%1' is %2")
                        .arg(to, agents().count(to) != 0 ? Tr::tr("offline") : Tr::tr("unknown")));
    auto versionOn = [&](const QString &agent) {
        for (const auto &d : agents().at(agent).deployments)
            if (d.value("id", std::string()) == deployment.toStdString())
                return QString::fromStdString(d.value("sha256", std::string()));
        return QString();
    };
    const QString version = versionOn(source);
    const QString there = versionOn(to);
    if (!there.isEmpty() && there != version)
        return fail(Tr::tr("'%1' runs another version of '%2' than '%3': update it first")
                        .arg(to, deployment, source));
    QString why;
    if (there.isEmpty()) {
        // The target gets the deployment's bundle, from the source.
        QByteArray bundle;
        for (int index = 0, chunks = 1; index < chunks; ++index) {
            const auto part = request(source,
                                      {{"command", "fetch-bundle"},
                                       {"deployment", deployment.toStdString()},
                                       {"index", index}},
                                      timeoutMs, &why);
            if (!part)
                return fail(Tr::tr("%1: %2; nothing moved").arg(source, why));
            chunks = part->value("chunks", 0);
            bundle += QByteArray::fromBase64(
                QByteArray::fromStdString(part->value("data", std::string())));
        }
        if (Fleet::sha256Hex(bundle) != version)
            return fail(Tr::tr("the bundle of '%1' from '%2' fails its checksum; nothing moved")
                            .arg(deployment, source));
        if (!sendBundle(to, {deployment, bundle}, timeoutMs, &why))
            return fail(Tr::tr("%1: %2; nothing moved").arg(to, why));
    }
    const nlohmann::json which = {{"deployment", deployment.toStdString()},
                                  {"twin", twin.toStdString()}};
    auto with = [&](const char *command, nlohmann::json extra = nlohmann::json::object()) {
        nlohmann::json request = which;
        request["command"] = command;
        request.update(extra);
        return request;
    };
    QElapsedTimer clock;
    clock.start();
    if (!request(to, with("migrate-prepare", {{"sha256", version.toStdString()}}), timeoutMs, &why))
        return fail(Tr::tr("%1: %2; nothing moved").arg(to, why));
    const qint64 prepared = clock.elapsed();
    QElapsedTimer pause;
    pause.start();
    const auto handed = request(source, with("migrate-handover"), timeoutMs, &why);
    if (!handed) {
        QString ignored;
        request(to, with("migrate-abort"), timeoutMs, &ignored);
        return fail(Tr::tr("%1: %2; nothing moved").arg(source, why));
    }
    const double handOverMs = pause.nsecsElapsed() / 1e6;
    const nlohmann::json handover = handed->value("handover", nlohmann::json::object());
    const auto taken =
        request(to, with("migrate-takeover", {{"handover", handover}}), timeoutMs, &why);
    if (!taken) {
        // Back where it was, with the state it handed over.
        QString ignored, back;
        request(to, with("migrate-abort"), timeoutMs, &ignored);
        const bool returned =
            request(source, with("migrate-prepare"), timeoutMs, &back) &&
            request(source, with("migrate-takeover", {{"handover", handover}}), timeoutMs, &back);
        return fail(Tr::tr("%1: %2; %3")
                        .arg(to, why,
                             returned ? Tr::tr("the twin runs on '%1' again").arg(source)
                                      : Tr::tr("the twin could not return to '%1' (%2): start "
                                               "it again there")
                                            .arg(source, back)));
    }
    const double pauseMs = pause.nsecsElapsed() / 1e6;
    const nlohmann::json result = {{"twin", twin.toStdString()},
                                   {"from", source.toStdString()},
                                   {"to", to.toStdString()},
                                   {"deployment", deployment.toStdString()},
                                   {"prepareMs", prepared},
                                   {"pauseMs", pauseMs},
                                   {"handOverMs", handOverMs},
                                   {"replayed", taken->value("replayed", 0)},
                                   {"skipped", taken->value("skipped", 0)},
                                   {"dropped", taken->value("dropped", 0)},
                                   {"lifecycle", taken->value("lifecycle", std::string())}};
    return result;
}

} // namespace twinloom::Fleet
