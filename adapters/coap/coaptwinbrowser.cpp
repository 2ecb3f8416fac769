#include "adapters/coap/coaptwinbrowser.h"

#include "adapters/coap/coapcontract.h"
#include "adapters/coap/linkformat.h"
#include "adapters/tr.h"
#include "engine/configreader.h"
#include "engine/jsoninput.h"

#include <QtCore/QUrl>

namespace twinloom {

namespace {
const QString kCore = QStringLiteral("/.well-known/core");
}

CoapTwinBrowser::CoapTwinBrowser(const RemoteSource &source, QObject *parent)
    : TwinBrowser(source, parent)
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &CoapTwinBrowser::poll);
}

CoapTwinBrowser::~CoapTwinBrowser()
{
    CoapTwinBrowser::stop();
}

bool CoapTwinBrowser::start(QString *error)
{
    CoapClient::Options options;
    options.host = source().host.trimmed();
    options.port = source().port;
    // A server that went away is noticed within a few seconds, not after a minute.
    options.ackTimeoutSeconds = 1;
    options.maxRetransmit = 2;
    m_client = new CoapClient(this, std::move(options), this);
    if (!m_client->open(error))
        return false;
    m_poll.start();
    poll();
    return true;
}

void CoapTwinBrowser::stop()
{
    m_poll.stop();
    m_pending.clear();
    delete m_client;
    m_client = nullptr;
}

void CoapTwinBrowser::poll()
{
    // One discovery at a time: a server that does not answer is not flooded.
    if (std::find(m_pending.cbegin(), m_pending.cend(), kCore) == m_pending.cend())
        get(kCore);
}

void CoapTwinBrowser::get(const QString &path)
{
    const QByteArray token = m_client ? m_client->get(path) : QByteArray();
    if (!token.isEmpty())
        m_pending.insert(token, path);
}

bool CoapTwinBrowser::coapResponse(const CoapClient::Response &response)
{
    const QString path = m_pending.take(response.token);
    if (path.isEmpty())
        return true;
    // Handled after libcoap returns: the handlers send more requests.
    QMetaObject::invokeMethod(
        this,
        [this, path, code = response.code, body = response.payload] { answered(path, code, body); },
        Qt::QueuedConnection);
    return true;
}

void CoapTwinBrowser::coapFailure(const QByteArray &token, int, CoapClient::Failure failure)
{
    const QString path = m_pending.take(token);
    if (failure == CoapClient::Failure::TooLarge) {
        // libcoap goes on asking for the next block of that body while the session lives.
        QMetaObject::invokeMethod(
            this,
            [this, path] {
                if (!m_client)
                    return;
                Q_EMIT problem(Adapters::Tr::tr("GET %1: the server sent a body over %2 bytes; "
                                                "the session starts again")
                                   .arg(path)
                                   .arg(m_client->options().maxBody));
                m_pending.clear();
                QString error;
                if (!m_client->open(&error))
                    setReachable(false, error);
            },
            Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(
        this, [this] { setReachable(false, Adapters::Tr::tr("no answer from the CoAP server")); },
        Qt::QueuedConnection);
}

void CoapTwinBrowser::answered(const QString &path, int code, const QByteArray &body)
{
    setReachable(true, {});
    if ((code >> 5) != 2) {
        Q_EMIT problem(Adapters::Tr::tr("GET %1 answered %2").arg(path, Coap::codeText(code)));
        return;
    }
    if (path != kCore) {
        const QString id = Coap::TwinPaths::twinOfDescription(path);
        if (id.isEmpty() || !m_listed.contains(id))
            return;
        // Asked again and again: an unchanged description is no news.
        if (m_descriptions.value(id) == body)
            return;
        m_descriptions.insert(id, body);
        const nlohmann::json d = JsonInput::parseOrDiscarded(body);
        // The CoAP description carries the lifecycle state itself.
        describe(id, path, body, jsonString(d, "lifecycle").value_or(QString()));
        return;
    }
    QString why;
    const auto links = parseLinkFormat(body, &why);
    if (!links) {
        Q_EMIT problem(Adapters::Tr::tr("%1: %2").arg(kCore, why));
        return;
    }
    QSet<QString> listed;
    QStringList paths;
    for (const CoreLink &l : *links) {
        if (!l.hasResourceType(QString::fromLatin1(Coap::kTwinResourceType)))
            continue;
        const QString id = Coap::TwinPaths::twinOfDescription(l.target);
        if (id.isEmpty())
            continue;
        listed.insert(id);
        paths << l.target;
    }
    // A twin the server no longer lists is gone.
    for (const QString &id : std::as_const(m_listed)) {
        if (!listed.contains(id)) {
            m_descriptions.remove(id);
            Q_EMIT gone(id);
        }
    }
    m_listed = std::move(listed);
    for (const QString &p : std::as_const(paths))
        get(p);
}

} // namespace twinloom
