#include "app/fleet/fleetprotocol.h"

#include "app/fleet/tr.h"
#include "engine/jsoninput.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QDateTime>
#include <QtCore/QRegularExpression>
#include <QtCore/QUrl>
#include <QtCore/QUrlQuery>

#include <algorithm>
#include <cstdlib>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

namespace twinloom::Fleet {

namespace {
// Nonces kept at most; beyond, the oldest are forgotten and commands as old are refused.
constexpr std::size_t kMaxNonces = 100'000;
} // namespace

std::optional<ControlEndpoint> ControlEndpoint::parse(const QString &url, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<ControlEndpoint> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme();
    if (!parsed.isValid() || (scheme != QLatin1String("mqtt") && scheme != QLatin1String("mqtts")))
        return fail(Tr::tr("the control broker '%1' is not an mqtt:// or mqtts:// URL").arg(url));
    if (parsed.hasFragment())
        return fail(Tr::tr("the control broker '%1' has a fragment ('#…'); a topic prefix may not "
                           "hold + or #")
                        .arg(url));
    if (parsed.host().isEmpty())
        return fail(Tr::tr("the control broker '%1' names no host").arg(url));
    if (!parsed.password().isEmpty())
        return fail(Tr::tr("the control broker '%1' holds a password: give it in "
                           "TWINLOOM_CONTROL_PASSWORD instead")
                        .arg(parsed.toString(QUrl::RemovePassword)));
    ControlEndpoint endpoint;
    endpoint.connection.host = parsed.host();
    endpoint.connection.port = parsed.port(scheme == QLatin1String("mqtts") ? 8883 : 1883);
    endpoint.connection.protocol = 5;
    endpoint.connection.keepAlive = 10;
    endpoint.connection.reconnectMinSeconds = 1;
    endpoint.connection.reconnectMaxSeconds = 10;
    endpoint.connection.username = parsed.userName();
    if (!endpoint.connection.username.isEmpty())
        endpoint.connection.password = qEnvironmentVariable("TWINLOOM_CONTROL_PASSWORD");
    const QUrlQuery query(parsed);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (scheme != QLatin1String("mqtts") ||
            (key != QLatin1String("ca") && key != QLatin1String("cert") &&
             key != QLatin1String("key")))
            return fail(
                Tr::tr("the control broker URL '%1' has an unknown parameter '%2' (mqtts:// "
                       "takes ca, cert and key)")
                    .arg(url, key));
        if (key == QLatin1String("ca"))
            endpoint.connection.caFile = value;
        else if (key == QLatin1String("cert"))
            endpoint.connection.certFile = value;
        else
            endpoint.connection.keyFile = value;
    }
    if (scheme == QLatin1String("mqtts") && endpoint.connection.caFile.isEmpty())
        return fail(Tr::tr("mqtts:// needs ?ca=FILE, the certificate of the broker's authority"));
    if (endpoint.connection.certFile.isEmpty() != endpoint.connection.keyFile.isEmpty())
        return fail(Tr::tr("the control broker URL gives cert without key or key without cert"));
    QString path = parsed.path();
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.isEmpty()) {
        if (path.contains(QLatin1Char('+')) || path.contains(QLatin1Char('#')))
            return fail(Tr::tr("the topic prefix '%1' may not hold + or #").arg(path));
        endpoint.prefix = path;
    }
    return endpoint;
}

QString ControlEndpoint::display() const
{
    return QStringLiteral("%1:%2/%3").arg(connection.host).arg(connection.port).arg(prefix);
}

QString ControlEndpoint::statusTopic(const QString &agent) const
{
    return prefix + QStringLiteral("/agents/") + agent + QStringLiteral("/status");
}

QString ControlEndpoint::statusFilter() const
{
    return prefix + QStringLiteral("/agents/+/status");
}

QString ControlEndpoint::commandTopic(const QString &agent) const
{
    return prefix + QStringLiteral("/agents/") + agent + QStringLiteral("/commands");
}

QString ControlEndpoint::replyTopic(const QString &client) const
{
    return prefix + QStringLiteral("/replies/") + client;
}

bool isValidAgentName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

std::optional<QByteArray> keyFromEnvironment(QString *error)
{
    const QByteArray key = qgetenv(kKeyVariable);
    if (key.size() < kMinKeyBytes) {
        if (error)
            *error = key.isEmpty()
                         ? Tr::tr("%1 is not set: agents and clients sign their commands with it")
                               .arg(QLatin1String(kKeyVariable))
                         : Tr::tr("%1 has %2 bytes; it needs %3 at least")
                               .arg(QLatin1String(kKeyVariable))
                               .arg(key.size())
                               .arg(kMinKeyBytes);
        return std::nullopt;
    }
    return key;
}

Signer::Signer(QByteArray key, qint64 windowMs)
    : m_key(std::move(key))
    , m_window(windowMs)
{}

QByteArray Signer::mac(QByteArrayView data) const
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), m_key.constData(), static_cast<int>(m_key.size()),
         reinterpret_cast<const unsigned char *>(data.data()),
         static_cast<std::size_t>(data.size()), out, &length);
    return QByteArray(reinterpret_cast<const char *>(out), static_cast<qsizetype>(length));
}

QByteArray Signer::sealExactly(const nlohmann::json &body) const
{
    const std::string text = body.dump();
    const nlohmann::json message = {
        {"body", text},
        {"hmac", mac(QByteArrayView(text.data(), static_cast<qsizetype>(text.size())))
                     .toHex()
                     .toStdString()}};
    return QByteArray::fromStdString(message.dump());
}

QByteArray Signer::seal(nlohmann::json body) const
{
    unsigned char nonce[16];
    if (RAND_bytes(nonce, sizeof nonce) != 1)
        std::abort(); // no randomness: nothing can be signed safely
    body["time"] = QDateTime::currentMSecsSinceEpoch();
    body["nonce"] =
        QByteArray(reinterpret_cast<const char *>(nonce), sizeof nonce).toHex().toStdString();
    return sealExactly(body);
}

std::optional<nlohmann::json> Signer::verify(QByteArrayView payload, QString *error) const
{
    auto fail = [error](const QString &message) -> std::optional<nlohmann::json> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QString parseError;
    const auto message = JsonInput::parse(payload, &parseError, 4);
    if (!message || !message->is_object() || !message->contains("body") ||
        !message->contains("hmac") || !(*message)["body"].is_string() ||
        !(*message)["hmac"].is_string())
        return fail(Tr::tr("not a signed message (an object with \"body\" and \"hmac\")%1")
                        .arg(parseError.isEmpty() ? QString() : QStringLiteral(": ") + parseError));
    const std::string &text = (*message)["body"].get_ref<const std::string &>();
    const QByteArray given = QByteArray::fromHex(
        QByteArray::fromStdString((*message)["hmac"].get_ref<const std::string &>()));
    const QByteArray expected =
        mac(QByteArrayView(text.data(), static_cast<qsizetype>(text.size())));
    if (given.size() != expected.size() ||
        CRYPTO_memcmp(given.constData(), expected.constData(),
                      static_cast<std::size_t>(expected.size())) != 0)
        return fail(Tr::tr("the signature is wrong (another key, or the message was changed)"));
    auto body = JsonInput::parse(QByteArrayView(text.data(), static_cast<qsizetype>(text.size())),
                                 &parseError);
    if (!body || !body->is_object())
        return fail(Tr::tr("the signed body is not a JSON object"));
    return body;
}

std::optional<nlohmann::json> Signer::open(QByteArrayView payload, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<nlohmann::json> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    std::optional<nlohmann::json> body = verify(payload, error);
    if (!body)
        return std::nullopt;
    const auto time = body->find("time");
    const auto nonce = body->find("nonce");
    if (time == body->end() || !time->is_number_integer() || nonce == body->end() ||
        !nonce->is_string() || nonce->get_ref<const std::string &>().size() < 16 ||
        nonce->get_ref<const std::string &>().size() > 64)
        return fail(Tr::tr("the signed body has no \"time\" or no \"nonce\""));
    const qint64 sent = time->get<qint64>();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (sent < now - m_window || sent > now + m_window)
        return fail(Tr::tr("the message is %1 s %2: its time is outside the %3 s window (are the "
                           "clocks set?)")
                        .arg(std::abs(now - sent) / 1000.0, 0, 'f', 1)
                        .arg(sent < now ? Tr::tr("old") : Tr::tr("in the future"))
                        .arg(m_window / 1000));
    if (sent <= m_floor)
        return fail(Tr::tr("the message is older than the nonces still remembered"));
    // Forget what has left the window; a nonce may come only once within it.
    while (!m_order.empty() &&
           (m_order.front().first < now - m_window || m_order.size() > kMaxNonces)) {
        if (m_order.size() > kMaxNonces)
            m_floor = std::max(m_floor, m_order.front().first);
        m_seen.erase(m_order.front().second);
        m_order.pop_front();
    }
    const std::string &id = nonce->get_ref<const std::string &>();
    if (m_seen.count(id) != 0)
        return fail(Tr::tr("the message was replayed (its nonce was seen before)"));
    m_seen.emplace(id, sent);
    m_order.emplace_back(sent, id);
    return body;
}

QString sha256Hex(QByteArrayView data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace twinloom::Fleet
