#pragma once

#include "adapters/http/httpserver.h"
#include "engine/lifecycle.h"
#include "engine/statechange.h"
#include "engine/topicfilter.h"
#include "engine/twinmodel.h"

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

#include <nlohmann/json.hpp>

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

class QThread;

namespace twinloom {

class Engine;
struct TwinSnapshot;

// Where the HTTP interface listens and who may use it. Tokens are bearer tokens: the read
// token reads, the write token reads and writes (desired values, actions). With no token at
// all, anyone who reaches the address may do both: it binds loopback unless told otherwise.
struct HttpEndpoint
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 8080;
    HttpServer::Tls tls;
    QString readToken;
    QString writeToken;
    QStringList corsOrigins;            // "*" for any; empty: no CORS headers
    qsizetype maxBody = 1024 * 1024;    // request bodies beyond it get 413
    int perTwinMetrics = -1;            // 1 on, 0 off, -1: on up to kPerTwinMetricsLimit twins
    qint64 streamBufferBytes = 1 << 20; // a stream client's bounded queue
    int slowClientMs = 10'000;          // a stream client whose queue stays full so long is closed
    int idleTimeoutMs = 60'000;
    int headerTimeoutMs = 10'000;
    int maxConnections = 20'000; // lowered to what the process's descriptors allow

    QString key() const { return host + QLatin1Char('|') + QString::number(port); }
    bool sameSecurity(const HttpEndpoint &other) const;
};

// The HTTP and WebSocket interface of an engine's twins: one per address and port per engine,
// on a thread of its own, serving the twins whose `http` digital adapter names that endpoint
// (or every twin, for a runner's --http). Its route table serves the API and writes the
// OpenAPI document, so that the two cannot drift:
//   GET  /api/twins                                   the twins (filters: model, node, state)
//   GET  /api/twins/{twin}                            its description
//   GET  /api/twins/{twin}/state                      every property with value, unit, time, age
//   GET  /api/twins/{twin}/properties/{property}      the reported value
//   PUT  /api/twins/{twin}/properties/{property}      the desired value of a writable property
//   GET  /api/twins/{twin}/properties/{property}/history
//   POST /api/twins/{twin}/actions/{action}           the action's output
//   GET  /api/twins/{twin}/events/{event}             the last event
//   GET  /api/twins/{twin}/relationships              relationships and their targets
//   GET  /api/stream                                  WebSocket: changes under topic filters
//   GET  /api/openapi.json, /healthz, /readyz, /metrics
// Errors are RFC 9457 problem details. Values are cached here from the engine's observation,
// so reads never wait on a twin's worker.
class HttpApi : public QObject
{
    Q_OBJECT

public:
    // Up to this many twins, /metrics has series per twin unless told otherwise: beyond it a
    // scrape would carry more than ~50,000 series, which Prometheus's guidance on cardinality
    // (and its memory, ~3 KiB per active series) advises against.
    static constexpr int kPerTwinMetricsLimit = 1000;
    // A long poll (GET of a property or event with ?wait=SECONDS) waits at most this long.
    static constexpr int kMaxWaitSeconds = 60;
    // Long polls held at once; more are answered 503.
    static constexpr int kMaxWaiters = 10000;

    struct Stats
    {
        std::atomic<quint64> requests{0};
        std::atomic<quint64> clientErrors{0};
        std::atomic<quint64> serverErrors{0};
        std::atomic<quint64> unauthorized{0};
        std::atomic<quint64> streamMessages{0};
        std::atomic<quint64> streamDropped{0};
        std::atomic<quint64> streamClosedSlow{0};
    };

    ~HttpApi() override;

    // The interface of `endpoint` in `engine`, started (listening, on its own thread) when there
    // is none yet. Null with *error when it cannot listen, or when the endpoint is served already
    // with other tokens, TLS or limits.
    static std::shared_ptr<HttpApi> acquire(Engine *engine, const HttpEndpoint &endpoint,
                                            QString *error);
    static std::shared_ptr<HttpApi> find(const Engine *engine, const QString &host, int port);

    // Any thread.
    void addTwin(const QString &twinId);
    void removeTwin(const QString &twinId);
    void serveAllTwins();
    // While false, twin routes answer 503 and /readyz says why (a runner that is starting).
    void setReady(bool ready);

    int port() const { return m_port; }
    const HttpEndpoint &endpoint() const { return m_endpoint; }
    const Stats &stats() const { return m_stats; }
    QString baseUrl() const;

    // The OpenAPI 3.1 document of the routes, as /api/openapi.json serves it.
    nlohmann::ordered_json openApi() const;
    // Where the members of a twin are, for descriptions and Thing Descriptions.
    static QString twinPath(const QString &twinId);
    static QString memberPath(const QString &twinId, const char *collection, const QString &name);

private:
    enum class Scope : std::uint8_t { Public, Read, Write };
    struct Call;
    struct Route
    {
        QByteArray method;
        std::vector<const char *> pattern; // "api", "twins", "{twin}", …
        Scope scope;
        const char *operationId;
        const char *summary;
        std::vector<std::pair<const char *, const char *>> query; // name, description
        const char *requestBody;                                  // what the body holds, or null
        std::vector<int> statuses;
        void (HttpApi::*handler)(Call &call);
    };
    struct Property
    {
        Value reported;
        Value desired;
        Timestamp sourceTime = 0;
        Timestamp updatedAt = 0;
        Quality quality = Quality::Unknown;
        bool known = false;
        bool desiredKnown = false;
    };
    struct Event
    {
        Value value;
        Timestamp time = 0;
        bool known = false;
    };
    struct Relationship
    {
        QString name;
        QString target;
        QString instanceId;
    };
    struct Twin
    {
        TwinModelPtr model;
        QString modelId;
        QString node;
        LifecycleState lifecycle = LifecycleState::Created;
        std::uint64_t sequence = 0;
        std::uint64_t subscription = 0;
        bool loaded = false;
        bool lifecycleSeen = false;
        QHash<QString, Property> properties;
        QHash<QString, Event> events;
        std::vector<Relationship> relationships;
    };
    struct Waiter
    {
        HttpReply reply;
        QByteArray origin;
        qint64 deadline = 0; // monotonic ms
    };
    struct Stream
    {
        QPointer<WebSocket> socket;
        std::vector<TopicFilter> filters;
        quint64 dropped = 0; // since the last report to the client
        quint64 droppedTotal = 0;
        qint64 overflowSince = -1; // ms; the queue has been full since
        QByteArray pending;        // frames of this delivery, written together
    };

    HttpApi(Engine *engine, HttpEndpoint endpoint);
    bool open(QString *error);
    static const std::vector<Route> &routes();

    void handle(HttpRequest &request, const HttpReply &reply);
    bool authorize(Call &call, Scope scope);
    void answer(Call &call, HttpResponse response);
    // Answers a request whose Call is gone (a future finished, a long poll ended).
    void answerLater(const HttpReply &reply, const QByteArray &origin, HttpResponse response);
    // False (with a 503 sent) while the runner starts.
    bool ready(Call &call);
    // False (with a 409 sent) when the twin does not run: it takes no writes or actions.
    bool running(Call &call, const Twin &twin);
    void problem(Call &call, int status, const QString &detail);
    HttpResponse problemResponse(int status, const QString &detail, const QByteArray &instance);
    Twin *servedTwin(Call &call, bool mustBeLoaded = true);
    std::optional<Value> readBody(Call &call);

    void listTwins(Call &call);
    void describeTwin(Call &call);
    void twinState(Call &call);
    void readProperty(Call &call);
    void writeProperty(Call &call);
    void propertyHistory(Call &call);
    void eventHistory(Call &call);
    void history(Call &call, bool event);
    void invokeAction(Call &call);
    void readEvent(Call &call);
    void readMember(Call &call, ResourceKind kind);
    void relationships(Call &call);
    void openStream(Call &call);
    void serveOpenApi(Call &call);
    void health(Call &call);
    void readiness(Call &call);
    void metrics(Call &call);

    // Holds a GET with ?wait= until the member changes; false when it answered already (an error).
    bool holdLongPoll(Call &call, ResourceKind kind, const QString &name);
    void answerWaiters(const QString &twinId, ResourceKind kind, const QString &name,
                       const Value &value, Timestamp time);
    void expireWaiters();
    static QString waitKey(const QString &twinId, ResourceKind kind, const QString &name);
    void registerTwin(const QString &twinId);
    void unregisterTwin(const QString &twinId);
    void load(const TwinSnapshot &snapshot);
    void apply(const StateChange &change);
    void publish(const QString &twinId, const ResourceChange &change, std::uint64_t sequence,
                 Timestamp commitTime);
    void streamMessage(Stream &stream, const QByteArray &utf8);
    void sendToStream(Stream &stream, const QByteArray &frame);
    void flushStreams();
    void reportDrops(Stream &stream);
    nlohmann::ordered_json propertyJson(const Twin &twin, const QString &name,
                                        const Property &property, Timestamp now) const;

    Engine *m_engine;
    HttpEndpoint m_endpoint;
    QThread *m_thread = nullptr;
    HttpServer *m_server = nullptr;
    int m_port = 0;
    bool m_serveAll = false;
    std::uint64_t m_allSubscription = 0;
    std::atomic<bool> m_ready{true};
    std::map<QString, Twin> m_twins;
    std::vector<std::unique_ptr<Stream>> m_streams;
    std::map<QString, std::vector<Waiter>> m_waiters; // by waitKey()
    int m_waiterCount = 0;
    bool m_flushPosted = false;
    QTimer *m_waitTimer = nullptr;
    Stats m_stats;
};

} // namespace twinloom
