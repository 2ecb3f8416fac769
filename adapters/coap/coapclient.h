#pragma once

#include "adapters/coap/coapcommon.h"

#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QObject>

#include <memory>
#include <optional>

struct coap_context_t;
struct coap_session_t;

namespace twinloom {

// One CoAP client session to one server (RFC 7252, DTLS-PSK when a key is set), on the thread it
// lives on: requests go out with send(), and what comes back — responses, Observe
// notifications, failures — reaches the Listener on the same thread. Blocks (RFC 7959) are
// reassembled by libcoap. The CoAP physical adapter and the discovery of remote twins use it;
// neither touches libcoap's session or callbacks.
//
// The clients of a thread share one libcoap context (its epoll descriptor, timer and I/O
// driver): a worker's CoAP twins cost a socket each, not a context each.
class CoapClient : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString host = QStringLiteral("127.0.0.1");
        int port = 5683;
        Coap::Psk psk;
        int ackTimeoutSeconds = 2;
        int maxRetransmit = 4;
        // The largest response body taken. A body sent in blocks (RFC 7959) is put together
        // here and given up as soon as it passes the limit (TooLarge).
        qsizetype maxBody = 1024 * 1024;
    };
    struct Response
    {
        QByteArray token;
        int code = 0; // libcoap's (class << 5 | detail)
        QByteArray payload;
        int contentFormat = Coap::NoFormat;
        std::optional<unsigned> maxAge;
        bool observing = false; // the response carries an Observe option
    };
    // TooLarge: a response body passed Options::maxBody. libcoap goes on asking a peer for the
    // next block of that body until the session closes: a listener closes it.
    enum class Failure { NoAnswer, NotDeliverable, Reset, DtlsFailed, Unreachable, TooLarge };
    enum class SessionEvent { DtlsConnected, DtlsFailed, DtlsClosed };

    class Listener
    {
    public:
        virtual ~Listener() = default;
        // A response or a notification. false: the token is not wanted (an observation that
        // ended), and libcoap resets it.
        virtual bool coapResponse(const Response &response) = 0;
        // A request that failed; `token` is empty for a ping, identified by `mid`.
        virtual void coapFailure(const QByteArray &token, int mid, Failure failure) = 0;
        virtual void coapPong(int mid) { Q_UNUSED(mid) }
        virtual void coapSessionEvent(SessionEvent event) { Q_UNUSED(event) }
    };

    CoapClient(Listener *listener, Options options, QObject *parent = nullptr);
    ~CoapClient() override;

    const Options &options() const { return m_options; }
    // A new session (the old one, if any, released first); false with *error when the host does
    // not resolve or libcoap refuses.
    bool open(QString *error);
    // Releases the session: no callback comes for it afterwards.
    void close();
    bool isOpen() const { return m_session != nullptr; }

    // Sends a request; its token, or empty when it could not be sent. What comes back is handled
    // on a later turn of the event loop, never inside this call. `path` may carry "?query";
    // its segments are percent-encoded.
    QByteArray send(int type, int code, const QString &path, bool observe,
                    const QByteArray &payload = {}, int contentFormat = Coap::NoFormat);
    QByteArray get(const QString &path, bool observe = false);
    // Ends an observation politely (the server stops notifying at once).
    void cancelObserve(const QByteArray &token);
    // A CoAP ping (an empty confirmable message); its message id, or -1.
    int ping();
    // Lets libcoap send and receive what is due now (a stop that must flush).
    void processNow();

    std::uint64_t requestsSent() const { return m_requests; }
    // Contexts alive in this process (tests count them).
    static int contextCount();

private:
    friend struct CoapClientCallbacks;

    enum class Assembly { Complete, More, Refused };
    // Puts a response body together from its blocks, keyed by the request's token.
    Assembly assemble(const QByteArray &token, const uint8_t *data, size_t length, size_t offset,
                      size_t total, QByteArray *body);

    Listener *m_listener;
    Options m_options;
    class SharedContext;
    std::shared_ptr<SharedContext> m_shared; // this thread's context, while open
    coap_session_t *m_session = nullptr;
    bool m_closing = false; // callbacks while a session is torn down are ignored
    std::uint64_t m_requests = 0;
    QHash<QByteArray, QByteArray> m_partial; // response bodies arriving in blocks, by token
};

} // namespace twinloom
