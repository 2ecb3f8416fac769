#pragma once

#include "adapters/coap/coapcommon.h"
#include "engine/physicalevent.h"
#include "engine/twinmodel.h"

#include <QtCore/QFuture>
#include <QtCore/QHash>
#include <QtCore/QObject>

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

struct coap_resource_t;
struct coap_session_t;
struct coap_string_t;
struct coap_bin_const_t;

namespace twinloom {

class Engine;
struct TwinSnapshot;

// Where a CoAP server listens: loopback unless configured otherwise; DTLS-PSK when a key is set.
struct CoapEndpoint
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 5683;
    Coap::Psk psk;

    QString key() const { return host + QLatin1Char('|') + QString::number(port); }
};

// One CoAP server per endpoint per engine, shared by the twins whose coap digital adapter names
// that endpoint. It lives on the thread that created it and serves, for each registered twin T:
//   /twins/T                     its description (JSON or CBOR; Observe: lifecycle changes)
//   /twins/T/properties/NAME     GET and Observe the reported value; PUT sets the desired value
//   /twins/T/actions/NAME        POST the argument; the answer is the action's result
//   /twins/T/events/NAME         GET and Observe the last event
// and lists them in /.well-known/core with rt, if, ct and obs. Requests reach twins through the
// engine's asynchronous API; their answers leave as separate responses, so no thread waits.
class CoapServer : public QObject
{
    Q_OBJECT

public:
    // What digital adapters hand over, from their twins' threads.
    struct Update
    {
        enum class Kind : std::uint8_t {
            Register,
            Unregister,
            Describe,
            Property,
            Event,
            Lifecycle
        };
        Kind kind = Kind::Property;
        QString twinId;
        QString key; // property or event name; lifecycle state name
        Value value;
        TwinModelPtr model;                            // Describe
        std::vector<std::pair<QString, Value>> values; // Describe: the reported values known
        qsizetype maxPayload = kDefaultMaxPayload;     // Register: the largest request body
    };
    struct Counters
    {
        std::atomic<std::uint64_t> requests{0};    // requests handled
        std::atomic<std::uint64_t> badRequests{0}; // answered with a 4.xx
        std::atomic<std::uint64_t> answers{0};     // separate responses sent (actions, writes)
        std::atomic<std::uint64_t> failures{0};    // actions and writes the twin refused (5.xx)
        std::atomic<std::uint64_t> tooLarge{0};    // bodies over the twin's limit (4.13)
    };
    // The largest request body (PUT, POST) a twin takes unless its adapter says otherwise; a
    // body sent in blocks (RFC 7959) is refused with 4.13 as soon as it passes the limit.
    static constexpr qsizetype kDefaultMaxPayload = 64 * 1024;
    // Unfinished block-wise bodies kept at once, and how long one waits for its next block.
    static constexpr std::size_t kMaxPartialBodies = 64;
    static constexpr std::int64_t kPartialBodyTimeoutMs = 120'000;

    ~CoapServer() override;

    // The server of `endpoint` in `engine`, created (listening) on the calling thread when there
    // is none yet. Null with *error when it cannot listen, or when the endpoint is already served
    // with other DTLS settings.
    static std::shared_ptr<CoapServer> acquire(Engine *engine, const CoapEndpoint &endpoint,
                                               QString *error);

    // The running server of an endpoint in `engine`, if any (for tools and tests).
    static std::shared_ptr<CoapServer> find(const Engine *engine, const QString &host, int port);

    // Any thread: applied in order on the server's thread.
    void post(std::vector<Update> updates);
    // Fills the values a twin had when its adapter started (server thread).
    void describe(const QString &twinId, const TwinModelPtr &model, const TwinSnapshot &snapshot);

    const Counters &counters() const { return m_counters; }
    const CoapEndpoint &endpoint() const { return m_endpoint; }

private:
    enum class Kind : std::uint8_t { Description, Property, Event, Action };
    struct Handle
    {
        CoapServer *server;
        QString twinId;
        Kind kind;
        QString name;
    };
    struct Slot
    {
        coap_resource_t *resource = nullptr;
        Value value = {};
        bool known = false;
    };
    struct Twin
    {
        TwinModelPtr model;
        QString lifecycle;
        coap_resource_t *description = nullptr;
        QHash<QString, Slot> properties;
        QHash<QString, Slot> events;
        QHash<QString, coap_resource_t *> actions;
        std::vector<std::unique_ptr<Handle>> handles;
        std::vector<coap_resource_t *> resources;
        qsizetype maxPayload = kDefaultMaxPayload;
    };
    // A request body arriving in Block1 blocks, per client session and resource (dropped when
    // libcoap frees the session, or 120 s after its last block).
    struct PartialBody
    {
        QByteArray bytes;
        std::int64_t lastBlockMs = 0;
    };
    struct Answer
    {
        coap_session_t *session = nullptr;
        QByteArray token;
        int accept = Coap::Json;
        bool done = false;
        ActionResult result;
        QString what; // "action 'x'" for errors
        QString twinId;
    };
    friend struct CoapServerCallbacks;

    CoapServer(Engine *engine, CoapEndpoint endpoint);
    bool open(QString *error);
    void drain();
    void apply(Update &update);
    void addResources(const QString &twinId, Twin &twin);
    coap_resource_t *addResource(Twin &twin, const QString &twinId, Kind kind, const QString &name,
                                 const char *rt, const char *ifd, bool observable);
    void removeTwin(const QString &twinId);
    QByteArray descriptionJson(const QString &twinId, const Twin &twin) const;

    void handle(Handle *handle, coap_resource_t *resource, coap_session_t *session,
                const coap_pdu_t *request, const coap_string_t *query, coap_pdu_t *response);
    void respond(coap_resource_t *resource, coap_session_t *session, const coap_pdu_t *request,
                 const coap_string_t *query, coap_pdu_t *response, int code,
                 const QByteArray &payload, int contentFormat);
    void refuse(coap_pdu_t *response, int code, const QString &message);
    // The body of a PUT or POST, put together from its blocks. False when the request is
    // answered already: 2.31 Continue for a block before the last, or why the body is refused.
    bool takeBody(coap_session_t *session, coap_resource_t *resource, const coap_pdu_t *request,
                  coap_pdu_t *response, qsizetype limit, QByteArray *body);
    void startAnswer(coap_session_t *session, const coap_pdu_t *request, coap_pdu_t *response,
                     int accept, const QString &twinId, const QString &what,
                     QFuture<ActionResult> future);
    void finishAnswer(quint64 id, const ActionResult &result);

    Engine *m_engine;
    CoapEndpoint m_endpoint;
    std::unique_ptr<coap_bin_const_t> m_key; // the pre-shared key, as libcoap wants it
    coap_context_t *m_context = nullptr;
    CoapIo *m_io = nullptr;
    Counters m_counters;
    std::map<QString, Twin> m_twins;
    std::map<quint64, Answer> m_answers;
    std::map<std::pair<const coap_session_t *, const coap_resource_t *>, PartialBody> m_partial;
    quint64 m_nextAnswer = 0;

    std::mutex m_inboxMutex;
    std::vector<Update> m_inbox;
    bool m_wakePending = false;
};

} // namespace twinloom
