#include "adapters/coap/coapclient.h"

#include "adapters/tr.h"

#include <QtCore/QUrl>

#include <coap3/coap.h>

#include <atomic>

namespace twinloom {

namespace {
QByteArray tokenOf(const coap_pdu_t *pdu)
{
    const coap_bin_const_t t = coap_pdu_get_token(pdu);
    return QByteArray(reinterpret_cast<const char *>(t.s), static_cast<qsizetype>(t.length));
}

void releaseBuffer(coap_session_t *, void *buffer)
{
    delete static_cast<QByteArray *>(buffer);
}
} // namespace

// libcoap calls back per context; each session's app data is its client.
struct CoapClientCallbacks
{
    static CoapClient *client(coap_session_t *session)
    {
        auto *c = static_cast<CoapClient *>(coap_session_get_app_data(session));
        return c && !c->m_closing && c->m_session == session ? c : nullptr;
    }

    static coap_response_t response(coap_session_t *session, const coap_pdu_t *,
                                    const coap_pdu_t *received, const coap_mid_t)
    {
        CoapClient *c = client(session);
        if (!c)
            return COAP_RESPONSE_OK;
        CoapClient::Response r;
        r.token = tokenOf(received);
        r.code = static_cast<int>(coap_pdu_get_code(received));
        size_t length = 0;
        size_t offset = 0;
        size_t total = 0;
        const uint8_t *data = nullptr;
        if (!coap_get_data_large(received, &length, &data, &offset, &total) || !data)
            length = offset = total = 0;
        switch (c->assemble(r.token, data, length, offset, total, &r.payload)) {
        case CoapClient::Assembly::Complete:
            break;
        case CoapClient::Assembly::More:
            return COAP_RESPONSE_OK;
        case CoapClient::Assembly::Refused:
            c->m_listener->coapFailure(r.token, -1, CoapClient::Failure::TooLarge);
            return COAP_RESPONSE_FAIL;
        }
        r.contentFormat = static_cast<int>(
            Coap::uintOption(received, COAP_OPTION_CONTENT_FORMAT).value_or(Coap::NoFormat));
        r.maxAge = Coap::uintOption(received, COAP_OPTION_MAXAGE);
        r.observing = Coap::uintOption(received, COAP_OPTION_OBSERVE).has_value();
        return c->m_listener->coapResponse(r) ? COAP_RESPONSE_OK : COAP_RESPONSE_FAIL;
    }

    static void nack(coap_session_t *session, const coap_pdu_t *sent,
                     const coap_nack_reason_t reason, const coap_mid_t mid)
    {
        CoapClient *c = client(session);
        if (!c)
            return;
        CoapClient::Failure failure = CoapClient::Failure::NoAnswer;
        switch (reason) {
        case COAP_NACK_TOO_MANY_RETRIES:
            failure = CoapClient::Failure::NoAnswer;
            break;
        case COAP_NACK_NOT_DELIVERABLE:
            failure = CoapClient::Failure::NotDeliverable;
            break;
        case COAP_NACK_RST:
            failure = CoapClient::Failure::Reset;
            break;
        case COAP_NACK_TLS_FAILED:
            failure = CoapClient::Failure::DtlsFailed;
            break;
        case COAP_NACK_ICMP_ISSUE:
            failure = CoapClient::Failure::Unreachable;
            break;
        }
        c->m_listener->coapFailure(sent ? tokenOf(sent) : QByteArray(), mid, failure);
    }

    static void pong(coap_session_t *session, const coap_pdu_t *, const coap_mid_t mid)
    {
        if (CoapClient *c = client(session))
            c->m_listener->coapPong(mid);
    }

    static int event(coap_session_t *session, const coap_event_t event)
    {
        CoapClient *c = client(session);
        if (!c)
            return 0;
        switch (event) {
        case COAP_EVENT_DTLS_CONNECTED:
            c->m_listener->coapSessionEvent(CoapClient::SessionEvent::DtlsConnected);
            break;
        case COAP_EVENT_DTLS_ERROR:
        case COAP_EVENT_SESSION_FAILED:
            c->m_listener->coapSessionEvent(CoapClient::SessionEvent::DtlsFailed);
            break;
        case COAP_EVENT_DTLS_CLOSED:
            c->m_listener->coapSessionEvent(CoapClient::SessionEvent::DtlsClosed);
            break;
        default:
            break;
        }
        return 0;
    }
};

namespace {
std::atomic<int> g_contexts{0};
}

// One libcoap context per thread for its clients, with the CoapIo that drives it.
class CoapClient::SharedContext
{
public:
    static std::shared_ptr<SharedContext> forThisThread(QString *error)
    {
        thread_local std::weak_ptr<SharedContext> t_shared;
        if (auto shared = t_shared.lock())
            return shared;
        Coap::initialise();
        coap_context_t *context = coap_new_context(nullptr);
        if (!context) {
            *error = Adapters::Tr::tr("cannot create a CoAP context");
            return nullptr;
        }
        // Blocks of a response body are handed over one by one and put together by each
        // client, which gives a body up once it passes its limit (libcoap would keep any size).
        coap_context_set_block_mode(context, COAP_BLOCK_USE_LIBCOAP);
        coap_register_response_handler(context, &CoapClientCallbacks::response);
        coap_register_nack_handler(context, &CoapClientCallbacks::nack);
        coap_register_pong_handler(context, &CoapClientCallbacks::pong);
        coap_register_event_handler(context, &CoapClientCallbacks::event);
        auto shared = std::make_shared<SharedContext>(context);
        t_shared = shared;
        return shared;
    }

    explicit SharedContext(coap_context_t *context)
        : m_context(context)
        , m_io(new CoapIo(context))
    {
        m_io->setObjectName(QStringLiteral("coap-io"));
        g_contexts.fetch_add(1, std::memory_order_relaxed);
    }
    ~SharedContext()
    {
        delete m_io;
        coap_free_context(m_context);
        g_contexts.fetch_sub(1, std::memory_order_relaxed);
    }
    SharedContext(const SharedContext &) = delete;
    SharedContext &operator=(const SharedContext &) = delete;

    coap_context_t *context() const { return m_context; }
    CoapIo *io() const { return m_io; }

private:
    coap_context_t *m_context;
    CoapIo *m_io;
};

int CoapClient::contextCount()
{
    return g_contexts.load(std::memory_order_relaxed);
}

CoapClient::CoapClient(Listener *listener, Options options, QObject *parent)
    : QObject(parent)
    , m_listener(listener)
    , m_options(std::move(options))
{}

CoapClient::~CoapClient()
{
    close();
}

bool CoapClient::open(QString *error)
{
    close();
    m_shared = SharedContext::forThisThread(error);
    if (!m_shared)
        return false;
    coap_context_t *context = m_shared->context();
    coap_address_t address;
    if (!Coap::resolveAddress(m_options.host, m_options.port, false, &address)) {
        *error = Adapters::Tr::tr("cannot resolve the host '%1'").arg(m_options.host);
        return false;
    }
    if (m_options.psk.isSet()) {
        coap_dtls_cpsk_t setup{};
        setup.version = COAP_DTLS_CPSK_SETUP_VERSION;
        setup.psk_info.identity.s =
            reinterpret_cast<const uint8_t *>(m_options.psk.identity.constData());
        setup.psk_info.identity.length = static_cast<size_t>(m_options.psk.identity.size());
        setup.psk_info.key.s = reinterpret_cast<const uint8_t *>(m_options.psk.key.constData());
        setup.psk_info.key.length = static_cast<size_t>(m_options.psk.key.size());
        m_session =
            coap_new_client_session_psk2(context, nullptr, &address, COAP_PROTO_DTLS, &setup);
    } else {
        m_session = coap_new_client_session(context, nullptr, &address, COAP_PROTO_UDP);
    }
    if (!m_session) {
        *error = Adapters::Tr::tr("cannot open a CoAP session to %1:%2")
                     .arg(m_options.host)
                     .arg(m_options.port);
        return false;
    }
    coap_session_set_app_data(m_session, this);
    coap_session_set_ack_timeout(m_session,
                                 {static_cast<uint16_t>(m_options.ackTimeoutSeconds), 0});
    coap_session_set_max_retransmit(m_session, static_cast<uint16_t>(m_options.maxRetransmit));
    return true;
}

CoapClient::Assembly CoapClient::assemble(const QByteArray &token, const uint8_t *data,
                                          size_t length, size_t offset, size_t total,
                                          QByteArray *body)
{
    // One datagram is the whole body: the listener judges its size (it is held already).
    if (offset == 0 && total <= length) {
        m_partial.remove(token);
        *body = QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(length));
        return Assembly::Complete;
    }
    // In blocks: total is the size the peer announced (Size2), or one more than what came so far
    // while blocks follow.
    const auto limit = static_cast<size_t>(m_options.maxBody);
    if (offset + length > limit || (offset == 0 && total > limit)) {
        m_partial.remove(token);
        return Assembly::Refused;
    }
    auto it = m_partial.find(token);
    if (offset == 0) {
        it = m_partial.insert(token, QByteArray());
    } else if (it == m_partial.end() || static_cast<size_t>(it->size()) != offset) {
        // A block without the ones before it: the body is given up; an observation's next
        // notification starts again from block 0.
        m_partial.remove(token);
        return Assembly::More;
    }
    it->append(reinterpret_cast<const char *>(data), static_cast<qsizetype>(length));
    if (offset + length < total)
        return Assembly::More;
    *body = std::move(*it);
    m_partial.erase(it);
    return Assembly::Complete;
}

void CoapClient::close()
{
    m_partial.clear();
    if (m_session) {
        const bool closing = m_closing;
        m_closing = true;
        coap_session_set_app_data(m_session, nullptr);
        coap_session_release(m_session);
        m_session = nullptr;
        m_closing = closing;
    }
    m_shared.reset();
}

QByteArray CoapClient::send(int type, int code, const QString &path, bool observe,
                            const QByteArray &payload, int contentFormat)
{
    if (!m_session)
        return {};
    coap_pdu_t *pdu = coap_new_pdu(static_cast<coap_pdu_type_t>(type),
                                   static_cast<coap_pdu_code_t>(code), m_session);
    if (!pdu)
        return {};
    uint8_t token[8];
    size_t length = 0;
    coap_session_new_token(m_session, &length, token);
    coap_add_token(pdu, length, token);
    coap_optlist_t *options = nullptr;
    uint8_t buffer[4];
    if (observe)
        coap_insert_optlist(&options, coap_new_optlist(COAP_OPTION_OBSERVE,
                                                       coap_encode_var_safe(buffer, sizeof(buffer),
                                                                            COAP_OBSERVE_ESTABLISH),
                                                       buffer));
    const QString pathPart = path.section(QLatin1Char('?'), 0, 0);
    const QString queryPart = path.section(QLatin1Char('?'), 1);
    for (const QString &segment : pathPart.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        const QByteArray s = QUrl::fromPercentEncoding(segment.toUtf8()).toUtf8();
        coap_insert_optlist(&options,
                            coap_new_optlist(COAP_OPTION_URI_PATH, static_cast<size_t>(s.size()),
                                             reinterpret_cast<const uint8_t *>(s.constData())));
    }
    for (const QString &q : queryPart.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const QByteArray s = q.toUtf8();
        coap_insert_optlist(&options,
                            coap_new_optlist(COAP_OPTION_URI_QUERY, static_cast<size_t>(s.size()),
                                             reinterpret_cast<const uint8_t *>(s.constData())));
    }
    if (contentFormat != Coap::NoFormat)
        coap_insert_optlist(
            &options, coap_new_optlist(COAP_OPTION_CONTENT_FORMAT,
                                       coap_encode_var_safe(buffer, sizeof(buffer),
                                                            static_cast<unsigned>(contentFormat)),
                                       buffer));
    coap_add_optlist_pdu(pdu, &options);
    coap_delete_optlist(options);
    if (!payload.isEmpty()) {
        auto *copy = new QByteArray(payload);
        if (!coap_add_data_large_request(m_session, pdu, static_cast<size_t>(copy->size()),
                                         reinterpret_cast<const uint8_t *>(copy->constData()),
                                         &releaseBuffer, copy)) {
            coap_delete_pdu(pdu);
            return {};
        }
    }
    if (coap_send(m_session, pdu) == COAP_INVALID_MID)
        return {};
    ++m_requests;
    m_shared->io()->processSoon();
    return QByteArray(reinterpret_cast<const char *>(token), static_cast<qsizetype>(length));
}

QByteArray CoapClient::get(const QString &path, bool observe)
{
    return send(COAP_MESSAGE_CON, COAP_REQUEST_CODE_GET, path, observe);
}

void CoapClient::cancelObserve(const QByteArray &token)
{
    if (!m_session || token.isEmpty())
        return;
    QByteArray copy = token;
    coap_binary_t t{static_cast<size_t>(copy.size()), reinterpret_cast<uint8_t *>(copy.data())};
    coap_cancel_observe(m_session, &t, COAP_MESSAGE_NON);
}

int CoapClient::ping()
{
    if (!m_session)
        return -1;
    const int mid = coap_session_send_ping(m_session);
    // Not now: the answer must not arrive before the caller knows the ping's message id.
    m_shared->io()->processSoon();
    return mid;
}

void CoapClient::processNow()
{
    if (m_shared)
        coap_io_process(m_shared->context(), COAP_IO_NO_WAIT);
}

} // namespace twinloom
