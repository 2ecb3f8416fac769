#pragma once

// The fleet control plane's wire format, shared by agents (twinloom-run --agent), twinloom-ctl and
// the studio: topics on the control broker, and commands and replies signed with a shared key.
//
// Topics under a prefix P (default "twinloom/fleet"):
//   P/agents/NAME/status    retained: the agent's status; its last will says "offline"
//   P/agents/NAME/commands  commands to the agent, MQTT 5 requests (response topic, correlation)
//   P/replies/CLIENT        where a client asks for its replies
//
// Every command and reply is {"body": "<JSON text>", "hmac": "<hex HMAC-SHA256 of body>"}. The
// body carries "agent", "time" (milliseconds since the epoch) and "nonce" (128 random bits): a
// receiver refuses a wrong signature, a time outside its window and a nonce it has seen.

#include "adapters/mqtt/mqttclient.h"

#include <QtCore/QByteArray>
#include <QtCore/QString>

#include <nlohmann/json.hpp>

#include <deque>
#include <optional>
#include <string>
#include <unordered_map>

namespace twinloom::Fleet {

// The environment variable that holds the shared key, for agents and clients alike.
inline constexpr const char *kKeyVariable = "TWINLOOM_AGENT_KEY";
inline constexpr int kMinKeyBytes = 16;
// How far a command's time may be from the receiver's clock.
inline constexpr qint64 kDefaultWindowMs = 60'000;
// Bundles travel in chunks of this many bytes (before base64).
inline constexpr int kChunkBytes = 256 * 1024;
// The largest bundle an agent takes.
inline constexpr qint64 kMaxBundleBytes = qint64{256} * 1024 * 1024;

struct ControlEndpoint
{
    MqttConnection connection; // MQTT 5
    QString prefix = QStringLiteral("twinloom/fleet");

    // mqtt://[USER@]HOST[:PORT][/PREFIX] or mqtts://…?ca=FILE[&cert=FILE&key=FILE]; a password
    // comes from TWINLOOM_CONTROL_PASSWORD, never from the command line.
    static std::optional<ControlEndpoint> parse(const QString &url, QString *error);
    QString display() const; // host:port/prefix, for messages

    QString statusTopic(const QString &agent) const;
    QString statusFilter() const;
    QString commandTopic(const QString &agent) const;
    QString replyTopic(const QString &client) const;
};

// Agent names become topic levels and folder names: letters, digits, '-', '_' and '.', not
// starting with '.', at most 64.
bool isValidAgentName(const QString &name);

// The key of TWINLOOM_AGENT_KEY; an error when it is missing or shorter than kMinKeyBytes.
std::optional<QByteArray> keyFromEnvironment(QString *error);

// Signs what it sends and checks what it receives. Remembers the nonces of its window.
class Signer
{
public:
    explicit Signer(QByteArray key, qint64 windowMs = kDefaultWindowMs);

    // Adds "time" and "nonce" to `body` and returns the signed message.
    QByteArray seal(nlohmann::json body) const;
    // The body of a signed message when its signature, time and nonce are good; otherwise
    // nullopt and *error says which check failed.
    std::optional<nlohmann::json> open(QByteArrayView payload, QString *error);
    // The body of a signed message whose signature is good, whatever its time: for what is kept
    // (an agent's retained status), not for commands.
    std::optional<nlohmann::json> verify(QByteArrayView payload, QString *error) const;

    // For tests and tools: the signed message of a body taken as it is (no time or nonce added).
    QByteArray sealExactly(const nlohmann::json &body) const;

private:
    QByteArray mac(QByteArrayView data) const;

    QByteArray m_key;
    qint64 m_window;
    std::unordered_map<std::string, qint64> m_seen; // nonce → time
    std::deque<std::pair<qint64, std::string>> m_order;
    qint64 m_floor = 0; // commands at or before it are refused (nonces forgotten under pressure)
};

// Lowercase hex SHA-256 of `data`.
QString sha256Hex(QByteArrayView data);

} // namespace twinloom::Fleet
