#include "adapters/http/httpapi.h"

#include "adapters/http/prometheus.h"
#include "adapters/http/websocket.h"
#include "adapters/tr.h"
#include "engine/engine.h"
#include "engine/jsoninput.h"
#include "engine/twindescription.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QLocale>
#include <QtCore/QThread>
#include <QtCore/QUrl>

#include <algorithm>
#include <limits>

namespace twinloom {

namespace {

std::mutex &registryMutex()
{
    static std::mutex m;
    return m;
}

std::map<std::pair<const Engine *, QString>, std::weak_ptr<HttpApi>> &registry()
{
    static std::map<std::pair<const Engine *, QString>, std::weak_ptr<HttpApi>> r;
    return r;
}

qint64 monotonicMs()
{
    return HttpServer::monotonicMs();
}

QByteArray dump(const nlohmann::ordered_json &json)
{
    const std::string s = json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

QByteArray dumpValue(const Value &value)
{
    const std::string s =
        value.toJson().dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

std::string utf8(const QString &s)
{
    return s.toStdString();
}

// The HTTP-date of a timestamp (µs since the epoch), for Last-Modified.
QByteArray httpDate(Timestamp t)
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(t / 1000, Qt::UTC);
    return QLocale::c().toString(when, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'").toLatin1();
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

// The description's HTTP part: the URL of each member.
class HttpBindings : public DescriptionBindings
{
public:
    HttpBindings(const QString &twinId, const QString &lifecycle)
        : m_twinId(twinId)
        , m_lifecycle(lifecycle)
    {}
    void bindTwin(nlohmann::ordered_json &d) const override
    {
        d["lifecycle"] = utf8(m_lifecycle);
        d["href"] = utf8(HttpApi::twinPath(m_twinId));
    }
    void bindProperty(const PropertyDef &p, nlohmann::ordered_json &e) const override
    {
        e["href"] = utf8(HttpApi::memberPath(m_twinId, "properties", p.name));
    }
    void bindEvent(const EventDef &ev, nlohmann::ordered_json &e) const override
    {
        e["href"] = utf8(HttpApi::memberPath(m_twinId, "events", ev.name));
    }
    void bindAction(const ActionDef &a, nlohmann::ordered_json &e) const override
    {
        e["href"] = utf8(HttpApi::memberPath(m_twinId, "actions", a.name));
    }

private:
    QString m_twinId;
    QString m_lifecycle;
};

} // namespace

// What a handler works with: the request, where its answer goes, and the route's parameters.
struct HttpApi::Call
{
    HttpRequest &request;
    HttpReply reply;
    QHash<QString, QString> params;
    QByteArray origin; // an allowed CORS origin, echoed on the answer
    bool canWrite = false;

    QString param(const char *name) const { return params.value(QLatin1String(name)); }
};

bool HttpEndpoint::sameSecurity(const HttpEndpoint &o) const
{
    return tls.certificateFile == o.tls.certificateFile && tls.keyFile == o.tls.keyFile &&
           maxConnections == o.maxConnections && idleTimeoutMs == o.idleTimeoutMs &&
           headerTimeoutMs == o.headerTimeoutMs && streamBufferBytes == o.streamBufferBytes &&
           slowClientMs == o.slowClientMs && readToken == o.readToken &&
           writeToken == o.writeToken && corsOrigins == o.corsOrigins && maxBody == o.maxBody;
}

// ---------------------------------------------------------------------------------------------
// Life

HttpApi::HttpApi(Engine *engine, HttpEndpoint endpoint)
    : m_engine(engine)
    , m_endpoint(std::move(endpoint))
{}

HttpApi::~HttpApi()
{
    if (m_engine) {
        for (auto &[id, twin] : m_twins) {
            if (twin.subscription)
                m_engine->unsubscribe(twin.subscription);
        }
        if (m_allSubscription)
            m_engine->unsubscribe(m_allSubscription);
    }
}

std::shared_ptr<HttpApi> HttpApi::acquire(Engine *engine, const HttpEndpoint &endpoint,
                                          QString *error)
{
    std::lock_guard lock(registryMutex());
    auto &apis = registry();
    const auto key = std::make_pair(static_cast<const Engine *>(engine), endpoint.key());
    if (auto it = apis.find(key); it != apis.end()) {
        if (std::shared_ptr<HttpApi> api = it->second.lock()) {
            if (!api->m_endpoint.sameSecurity(endpoint)) {
                *error = Adapters::Tr::tr("the HTTP interface on %1:%2 already runs with other "
                                          "settings (tokens, TLS, CORS, limits or time-outs)")
                             .arg(endpoint.host)
                             .arg(endpoint.port);
                return nullptr;
            }
            return api;
        }
    }
    auto *raw = new HttpApi(engine, endpoint);
    auto *thread = new QThread;
    thread->setObjectName(QStringLiteral("http:%1").arg(endpoint.port));
    raw->m_thread = thread;
    raw->moveToThread(thread);
    thread->start();
    bool opened = false;
    QMetaObject::invokeMethod(
        raw, [raw, &opened, error] { opened = raw->open(error); }, Qt::BlockingQueuedConnection);
    auto release = [](HttpApi *api) {
        QThread *t = api->m_thread;
        if (QThread::currentThread() == t) {
            delete api;
            t->quit();
            QObject::connect(t, &QThread::finished, t, &QObject::deleteLater);
            return;
        }
        QMetaObject::invokeMethod(
            api, [api] { delete api; }, Qt::BlockingQueuedConnection);
        t->quit();
        t->wait();
        delete t;
    };
    if (!opened) {
        release(raw);
        return nullptr;
    }
    std::shared_ptr<HttpApi> api(raw, release);
    apis[key] = api;
    return api;
}

std::shared_ptr<HttpApi> HttpApi::find(const Engine *engine, const QString &host, int port)
{
    std::lock_guard lock(registryMutex());
    HttpEndpoint e;
    e.host = host;
    e.port = port;
    auto it = registry().find(std::make_pair(engine, e.key()));
    return it == registry().end() ? nullptr : it->second.lock();
}

bool HttpApi::open(QString *error)
{
    HttpServer::Limits limits;
    limits.maxBodyBytes = m_endpoint.maxBody;
    limits.idleTimeoutMs = m_endpoint.idleTimeoutMs;
    limits.headerTimeoutMs = m_endpoint.headerTimeoutMs;
    limits.maxConnections = m_endpoint.maxConnections;
    m_server = new HttpServer(limits, this);
    m_server->setHandler(
        [this](HttpRequest &request, const HttpReply &reply) { handle(request, reply); });
    m_server->setErrorFormatter(
        [this](int status, const QString &detail) { return problemResponse(status, detail, {}); });
    if (!m_server->listen(m_endpoint.host, m_endpoint.port, m_endpoint.tls, error))
        return false;
    m_port = m_server->port();
    m_waitTimer = new QTimer(this);
    m_waitTimer->setInterval(250);
    connect(m_waitTimer, &QTimer::timeout, this, &HttpApi::expireWaiters);
    return true;
}

QString HttpApi::baseUrl() const
{
    QString host = m_endpoint.host;
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return (m_endpoint.tls.enabled() ? QStringLiteral("https://") : QStringLiteral("http://")) +
           host + QLatin1Char(':') + QString::number(m_port);
}

void HttpApi::addTwin(const QString &twinId)
{
    QMetaObject::invokeMethod(this, [this, twinId] { registerTwin(twinId); });
}

void HttpApi::removeTwin(const QString &twinId)
{
    QMetaObject::invokeMethod(this, [this, twinId] { unregisterTwin(twinId); });
}

void HttpApi::serveAllTwins()
{
    QMetaObject::invokeMethod(this, [this] {
        if (m_serveAll || !m_engine)
            return;
        m_serveAll = true;
        m_allSubscription = m_engine->subscribe(QStringLiteral("twins/#"), this,
                                                [this](const StateChange &c) { apply(c); });
        for (const QString &id : m_engine->twinIds())
            registerTwin(id);
    });
}

void HttpApi::setReady(bool ready)
{
    m_ready.store(ready, std::memory_order_release);
}

void HttpApi::registerTwin(const QString &twinId)
{
    if (!m_engine || m_twins.count(twinId))
        return;
    Twin &twin = m_twins[twinId];
    if (!m_serveAll) {
        // A twin id is a topic segment of its own; one subscription per twin lets the engine
        // hand this server only the changes of its twins.
        twin.subscription =
            m_engine->subscribe(QStringLiteral("twins/") + twinId + QStringLiteral("/#"), this,
                                [this](const StateChange &c) { apply(c); });
    }
    m_engine->snapshot(twinId).then(this, [this](const TwinSnapshot &s) { load(s); });
}

void HttpApi::unregisterTwin(const QString &twinId)
{
    auto it = m_twins.find(twinId);
    if (it == m_twins.end())
        return;
    if (it->second.subscription && m_engine)
        m_engine->unsubscribe(it->second.subscription);
    m_twins.erase(it);
}

void HttpApi::load(const TwinSnapshot &s)
{
    auto it = m_twins.find(s.twinId);
    if (it == m_twins.end() || s.twinId.isEmpty())
        return;
    Twin &twin = it->second;
    twin.modelId = s.modelId;
    twin.node = s.node;
    twin.model = m_engine->model(s.modelId);
    twin.loaded = true;
    // Every change committed before the snapshot was delivered before it (one worker posts
    // both, in order), but a batch may also have carried newer ones: a lifecycle change seen
    // already is as new as the snapshot's or newer, and so are properties of a later sequence.
    if (!twin.lifecycleSeen)
        twin.lifecycle = s.lifecycle;
    if (s.sequence < twin.sequence)
        return;
    twin.sequence = s.sequence;
    for (const PropertySnapshot &p : s.properties) {
        Property &cached = twin.properties[p.name];
        cached.reported = p.reported;
        cached.desired = p.desired;
        cached.sourceTime = p.sourceTime;
        cached.updatedAt = p.updatedAt;
        cached.quality = p.quality;
        cached.known = p.updatedAt != 0;
        cached.desiredKnown = !p.desired.isNull();
    }
    twin.relationships.clear();
    for (const RelationshipInstance &r : s.relationships)
        twin.relationships.push_back({r.relationship, r.target, r.instanceId});
}

void HttpApi::apply(const StateChange &change)
{
    auto it = m_twins.find(change.twinId);
    if (it == m_twins.end()) {
        if (!m_serveAll)
            return;
        registerTwin(change.twinId);
        it = m_twins.find(change.twinId);
        if (it == m_twins.end())
            return;
    }
    // Changes arrive in commit order, and those committed before the twin's snapshot was taken
    // arrive before it: the snapshot never undoes a newer change (see load()).
    Twin &twin = it->second;
    twin.sequence = std::max(twin.sequence, change.sequence);
    for (const ResourceChange &r : change.changes) {
        switch (r.kind) {
        case ResourceKind::Property: {
            Property &p = twin.properties[r.key];
            p.reported = r.value;
            p.sourceTime = r.sourceTime ? r.sourceTime : change.sourceTime;
            p.updatedAt = change.commitTime;
            p.quality = r.quality;
            p.known = true;
            if (m_waiterCount)
                answerWaiters(change.twinId, r.kind, r.key, r.value, p.updatedAt);
            break;
        }
        case ResourceKind::DesiredProperty: {
            Property &p = twin.properties[r.key];
            p.desired = r.value;
            p.desiredKnown = true;
            break;
        }
        case ResourceKind::Event: {
            Event &e = twin.events[r.key];
            e.value = r.value;
            e.time = r.sourceTime ? r.sourceTime : change.commitTime;
            e.known = true;
            if (m_waiterCount)
                answerWaiters(change.twinId, r.kind, r.key, r.value, e.time);
            break;
        }
        case ResourceKind::Relationship:
            if (r.operation == ChangeOperation::Remove) {
                std::erase_if(twin.relationships, [&r](const Relationship &x) {
                    return x.instanceId == r.instanceId && x.name == r.key;
                });
            } else if (r.operation == ChangeOperation::Add) {
                twin.relationships.push_back({r.key, r.target, r.instanceId});
            }
            break;
        case ResourceKind::Lifecycle:
            if (auto state = lifecycleStateFromName(r.value.toString())) {
                twin.lifecycle = *state;
                twin.lifecycleSeen = true;
            }
            break;
        case ResourceKind::Action:
            break;
        }
        if (!m_streams.empty())
            publish(change.twinId, r, change.sequence, change.commitTime);
    }
}

// ---------------------------------------------------------------------------------------------
// Routing

QString HttpApi::twinPath(const QString &twinId)
{
    return QStringLiteral("/api/twins/") + QString::fromLatin1(QUrl::toPercentEncoding(twinId));
}

QString HttpApi::memberPath(const QString &twinId, const char *collection, const QString &name)
{
    return twinPath(twinId) + QLatin1Char('/') + QLatin1String(collection) + QLatin1Char('/') +
           QString::fromLatin1(QUrl::toPercentEncoding(name));
}

const std::vector<HttpApi::Route> &HttpApi::routes()
{
    // The one table: what is served and what the OpenAPI document says.
    static const std::vector<Route> table = {
        {"GET",
         {"api", "twins"},
         Scope::Read,
         "listTwins",
         QT_TRANSLATE_NOOP("Twinloom::Adapters", "The twins served here"),
         {{"model", QT_TRANSLATE_NOOP("Twinloom::Adapters", "only twins of this model id")},
          {"node", QT_TRANSLATE_NOOP("Twinloom::Adapters", "only twins of this deployment node")},
          {"state",
           QT_TRANSLATE_NOOP("Twinloom::Adapters", "only twins in this life cycle state")}},
         nullptr,
         {200, 401, 503},
         &HttpApi::listTwins},
        {"GET",
         {"api", "twins", "{twin}"},
         Scope::Read,
         "describeTwin",
         QT_TRANSLATE_NOOP("Twinloom::Adapters",
                           "The twin's description: model, members and their URLs"),
         {},
         nullptr,
         {200, 401, 404, 503},
         &HttpApi::describeTwin},
        {"GET",
         {"api", "twins", "{twin}", "state"},
         Scope::Read,
         "twinState",
         QT_TRANSLATE_NOOP("Twinloom::Adapters",
                           "Every property with its value, desired value, unit, time and age"),
         {},
         nullptr,
         {200, 401, 404, 503},
         &HttpApi::twinState},
        {"GET",
         {"api", "twins", "{twin}", "properties", "{property}"},
         Scope::Read,
         "readProperty",
         QT_TRANSLATE_NOOP("Twinloom::Adapters",
                           "The property's reported value (null until one is known); its time "
                           "in Last-Modified"),
         {{"wait", QT_TRANSLATE_NOOP("Twinloom::Adapters",
                                     "long poll: answer at the next change, or after SECONDS "
                                     "(1 to 60) with the current value")}},
         nullptr,
         {200, 400, 401, 404, 503},
         &HttpApi::readProperty},
        {"PUT",
         {"api", "twins", "{twin}", "properties", "{property}"},
         Scope::Write,
         "writeProperty",
         QT_TRANSLATE_NOOP("Twinloom::Adapters", "Sets the desired value of a writable property"),
         {},
         QT_TRANSLATE_NOOP("Twinloom::Adapters",
                           "the value, as JSON, valid for the property's schema"),
         {200, 400, 401, 403, 404, 405, 409, 413, 415, 422, 503},
         &HttpApi::writeProperty},
        {"GET",
         {"api", "twins", "{twin}", "properties", "{property}", "history"},
         Scope::Read,
         "propertyHistory",
         QT_TRANSLATE_NOOP("Twinloom::Adapters",
                           "The property's past values: from the history store when the engine "
                           "records one, else the samples the twin holds in memory"),
         {{"from", QT_TRANSLATE_NOOP("Twinloom::Adapters",
                                     "the oldest time (ISO 8601, epoch seconds or now-PT1H)")},
          {"to", QT_TRANSLATE_NOOP("Twinloom::Adapters",
                                   "the time before which it stops (default: now)")},
          {"step", QT_TRANSLATE_NOOP("Twinloom::Adapters",
                                     "min, max, mean and count per step (PT1M) instead of "
                                     "samples; buckets start at whole steps since 1970")},
          {"at", QT_TRANSLATE_NOOP("Twinloom::Adapters", "the value at this time")},
          {"limit", QT_TRANSLATE_NOOP("Twinloom::Adapters",
                                      "the most samples, newest kept (default 1000)")}},
         nullptr,
         {200, 400, 401, 404, 503},
         &HttpApi::propertyHistory},
        {"GET",
         {"api", "twins", "{twin}", "events", "{event}", "history"},
         Scope::Read,
         "eventHistory",
         QT_TRANSLATE_NOOP("Twinloom::Adapters",
                           "The event's past occurrences, from the history store"),
         {{"from", QT_TRANSLATE_NOOP("Twinloom::Adapters",
                                     "the oldest time (ISO 8601, epoch seconds or now-PT1H)")},
          {"to", QT_TRANSLATE_NOOP("Twinloom::Adapters",
                                   "the time before which it stops (default: now)")},
          {"limit", QT_TRANSLATE_NOOP("Twinloom::Adapters",
                                      "the most occurrences, newest kept (default 1000)")}},
         nullptr,
         {200, 400, 401, 404, 409, 503},
         &HttpApi::eventHistory},
        {"POST",
         {"api", "twins", "{twin}", "actions", "{action}"},
         Scope::Write,
         "invokeAction",
         QT_TRANSLATE_NOOP("Twinloom::Adapters", "Invokes an action; answers with its output"),
         {},
         QT_TRANSLATE_NOOP("Twinloom::Adapters",
                           "the action's input, as JSON (empty when it takes none)"),
         {200, 400, 401, 403, 404, 409, 413, 415, 422, 502, 503},
         &HttpApi::invokeAction},
        {"GET",
         {"api", "twins", "{twin}", "events", "{event}"},
         Scope::Read,
         "readEvent",
         QT_TRANSLATE_NOOP("Twinloom::Adapters",
                           "The event's last occurrence (null when none yet)"),
         {{"wait", QT_TRANSLATE_NOOP("Twinloom::Adapters",
                                     "long poll: answer at the next change, or after SECONDS "
                                     "(1 to 60) with the current value")}},
         nullptr,
         {200, 400, 401, 404, 503},
         &HttpApi::readEvent},
        {"GET",
         {"api", "twins", "{twin}", "relationships"},
         Scope::Read,
         "relationships",
         QT_TRANSLATE_NOOP("Twinloom::Adapters", "The twin's relationships and their target twins"),
         {},
         nullptr,
         {200, 401, 404, 503},
         &HttpApi::relationships},
        {"GET",
         {"api", "stream"},
         Scope::Read,
         "stream",
         QT_TRANSLATE_NOOP("Twinloom::Adapters",
                           "WebSocket: send {\"subscribe\": FILTER} with an MQTT-style filter "
                           "such as twins/+/properties/temperature; changes arrive as JSON"),
         {{"filter",
           QT_TRANSLATE_NOOP("Twinloom::Adapters", "a filter to subscribe at once (repeatable)")},
          {"access_token",
           QT_TRANSLATE_NOOP("Twinloom::Adapters",
                             "the bearer token, for clients that cannot send headers")}},
         nullptr,
         {101, 400, 401, 426},
         &HttpApi::openStream},
        {"GET",
         {"api", "openapi.json"},
         Scope::Public,
         "openApi",
         QT_TRANSLATE_NOOP("Twinloom::Adapters", "This document"),
         {},
         nullptr,
         {200},
         &HttpApi::serveOpenApi},
        {"GET",
         {"healthz"},
         Scope::Public,
         "health",
         QT_TRANSLATE_NOOP("Twinloom::Adapters", "Liveness: 200 while the server answers"),
         {},
         nullptr,
         {200},
         &HttpApi::health},
        {"GET",
         {"readyz"},
         Scope::Public,
         "ready",
         QT_TRANSLATE_NOOP("Twinloom::Adapters",
                           "Readiness: 200 once started with every twin running, else 503 and why"),
         {},
         nullptr,
         {200, 503},
         &HttpApi::readiness},
        {"GET",
         {"metrics"},
         Scope::Read,
         "metrics",
         QT_TRANSLATE_NOOP("Twinloom::Adapters",
                           "Prometheus metrics (text exposition format 0.0.4)"),
         {},
         nullptr,
         {200, 401},
         &HttpApi::metrics},
    };
    return table;
}

void HttpApi::handle(HttpRequest &request, const HttpReply &reply)
{
    m_stats.requests.fetch_add(1, std::memory_order_relaxed);
    Call call{request, reply, {}, {}, false};
    // CORS: an allowed origin is echoed; a preflight is answered here.
    if (const QByteArray origin = request.header("origin"); !origin.isEmpty()) {
        if (m_endpoint.corsOrigins.contains(QStringLiteral("*")) ||
            m_endpoint.corsOrigins.contains(QString::fromUtf8(origin)))
            call.origin = origin;
    }
    const bool preflight =
        request.method == "OPTIONS" && !request.header("access-control-request-method").isEmpty();
    const Route *match = nullptr;
    QByteArrayList allowed;
    for (const Route &route : routes()) {
        if (route.pattern.size() != static_cast<std::size_t>(request.segments.size()))
            continue;
        QHash<QString, QString> params;
        bool ok = true;
        for (std::size_t i = 0; i < route.pattern.size() && ok; ++i) {
            const QLatin1String p(route.pattern[i]);
            const QString &segment = request.segments[static_cast<qsizetype>(i)];
            if (p.startsWith(QLatin1Char('{')))
                params.insert(QString(p.sliced(1, p.size() - 2)), segment);
            else
                ok = p == segment;
        }
        if (!ok)
            continue;
        allowed.append(route.method);
        const bool head = request.method == "HEAD" && route.method == "GET";
        if (route.method == request.method || head) {
            match = &route;
            call.params = std::move(params);
        }
    }
    if (preflight && !allowed.isEmpty()) {
        HttpResponse r{204, {}, {}, {}};
        if (!call.origin.isEmpty()) {
            r.addHeader("Access-Control-Allow-Methods", allowed.join(", "));
            r.addHeader("Access-Control-Allow-Headers", "Authorization, Content-Type");
            r.addHeader("Access-Control-Max-Age", "600");
        }
        answer(call, std::move(r));
        return;
    }
    if (!match) {
        if (allowed.isEmpty()) {
            problem(call, 404,
                    Adapters::Tr::tr("no route %1").arg(QString::fromUtf8(request.target)));
        } else {
            HttpResponse r =
                problemResponse(405,
                                Adapters::Tr::tr("%1 is not served here; this resource takes %2")
                                    .arg(QString::fromLatin1(request.method),
                                         QString::fromLatin1(allowed.join(", "))),
                                request.target);
            r.addHeader("Allow", allowed.join(", "));
            answer(call, std::move(r));
        }
        return;
    }
    if (!authorize(call, match->scope))
        return;
    (this->*(match->handler))(call);
}

bool HttpApi::authorize(Call &call, Scope scope)
{
    const bool anyToken = !m_endpoint.readToken.isEmpty() || !m_endpoint.writeToken.isEmpty();
    if (!anyToken) {
        call.canWrite = true;
        return true;
    }
    if (scope == Scope::Public)
        return true;
    QByteArray token;
    const QByteArray authorization = call.request.header("authorization");
    if (authorization.size() > 7 && authorization.first(7).toLower() == "bearer ")
        token = authorization.mid(7).trimmed();
    else if (call.request.segments == QStringList{QStringLiteral("api"), QStringLiteral("stream")})
        token = call.request.queryValue(QStringLiteral("access_token")).toUtf8();
    const bool writer = !m_endpoint.writeToken.isEmpty() &&
                        constantTimeEquals(token, m_endpoint.writeToken.toUtf8());
    const bool reader = writer || (!m_endpoint.readToken.isEmpty() &&
                                   constantTimeEquals(token, m_endpoint.readToken.toUtf8()));
    call.canWrite = writer;
    if (!reader) {
        m_stats.unauthorized.fetch_add(1, std::memory_order_relaxed);
        HttpResponse r = problemResponse(
            401,
            token.isEmpty() ? Adapters::Tr::tr("this server wants a bearer token")
                            : Adapters::Tr::tr("the bearer token is not valid here"),
            call.request.target);
        r.addHeader("WWW-Authenticate", token.isEmpty() ? QByteArray("Bearer realm=\"twinloom\"")
                                                        : QByteArray("Bearer realm=\"twinloom\", "
                                                                     "error=\"invalid_token\""));
        answer(call, std::move(r));
        return false;
    }
    if (scope == Scope::Write && !writer) {
        m_stats.unauthorized.fetch_add(1, std::memory_order_relaxed);
        HttpResponse r = problemResponse(403, Adapters::Tr::tr("this token may read, not write"),
                                         call.request.target);
        r.addHeader("WWW-Authenticate",
                    "Bearer realm=\"twinloom\", error=\"insufficient_scope\", scope=\"write\"");
        answer(call, std::move(r));
        return false;
    }
    return true;
}

void HttpApi::answer(Call &call, HttpResponse response)
{
    if (response.status >= 500)
        m_stats.serverErrors.fetch_add(1, std::memory_order_relaxed);
    else if (response.status >= 400)
        m_stats.clientErrors.fetch_add(1, std::memory_order_relaxed);
    if (!call.origin.isEmpty()) {
        response.addHeader("Access-Control-Allow-Origin", call.origin);
        response.addHeader("Vary", "Origin");
    }
    call.reply.send(std::move(response));
}

void HttpApi::answerLater(const HttpReply &reply, const QByteArray &origin, HttpResponse response)
{
    HttpRequest none;
    Call later{none, reply, {}, origin, false};
    answer(later, std::move(response));
}

HttpResponse HttpApi::problemResponse(int status, const QString &detail, const QByteArray &instance)
{
    nlohmann::ordered_json p;
    p["type"] = "about:blank";
    p["title"] = HttpResponse::reason(status);
    p["status"] = status;
    p["detail"] = utf8(detail);
    if (!instance.isEmpty())
        p["instance"] = instance.toStdString();
    HttpResponse r;
    r.status = status;
    r.contentType = "application/problem+json";
    r.body = dump(p);
    return r;
}

void HttpApi::problem(Call &call, int status, const QString &detail)
{
    answer(call, problemResponse(status, detail, call.request.target));
}

bool HttpApi::ready(Call &call)
{
    if (m_ready.load(std::memory_order_acquire))
        return true;
    HttpResponse r =
        problemResponse(503, Adapters::Tr::tr("the twins are starting"), call.request.target);
    r.addHeader("Retry-After", "1");
    answer(call, std::move(r));
    return false;
}

bool HttpApi::running(Call &call, const Twin &twin)
{
    if (isRunningState(twin.lifecycle))
        return true;
    problem(call, 409,
            Adapters::Tr::tr("twin '%1' is not running (%2)")
                .arg(call.param("twin"), lifecycleStateName(twin.lifecycle)));
    return false;
}

HttpApi::Twin *HttpApi::servedTwin(Call &call, bool mustBeLoaded)
{
    if (!ready(call))
        return nullptr;
    const QString id = call.param("twin");
    auto it = m_twins.find(id);
    if (it == m_twins.end()) {
        problem(call, 404, Adapters::Tr::tr("no twin '%1' is served here").arg(id));
        return nullptr;
    }
    if (mustBeLoaded && (!it->second.loaded || !it->second.model)) {
        HttpResponse r = problemResponse(
            503, Adapters::Tr::tr("twin '%1' is being registered").arg(id), call.request.target);
        r.addHeader("Retry-After", "1");
        answer(call, std::move(r));
        return nullptr;
    }
    return &it->second;
}

std::optional<Value> HttpApi::readBody(Call &call)
{
    const QByteArray type = call.request.header("content-type").toLower();
    const qsizetype semicolon = type.indexOf(';');
    const QByteArray mime = (semicolon < 0 ? type : type.first(semicolon)).trimmed();
    if (!mime.isEmpty() && mime != "application/json" && !mime.endsWith("+json")) {
        problem(call, 415,
                Adapters::Tr::tr("the body is read as application/json, not %1")
                    .arg(QString::fromLatin1(mime)));
        return std::nullopt;
    }
    if (call.request.body.trimmed().isEmpty())
        return Value();
    QString error;
    auto json = JsonInput::parse(call.request.body, &error);
    if (!json) {
        problem(call, 400, Adapters::Tr::tr("the body is not JSON: %1").arg(error));
        return std::nullopt;
    }
    return Value::fromJson(*json);
}

// ---------------------------------------------------------------------------------------------
// Handlers

nlohmann::ordered_json HttpApi::propertyJson(const Twin &twin, const QString &name,
                                             const Property &p, Timestamp now) const
{
    nlohmann::ordered_json j;
    j["value"] = p.known ? p.reported.toJson() : nlohmann::json();
    const PropertyDef *def = twin.model ? twin.model->property(name) : nullptr;
    if (def && !def->unit.isEmpty())
        j["unit"] = utf8(def->unit);
    if (p.known) {
        j["time"] = Clock::toIsoUtf8(p.sourceTime ? p.sourceTime : p.updatedAt).toStdString();
        j["updated"] = Clock::toIsoUtf8(p.updatedAt).toStdString();
        j["age"] = static_cast<double>(now - p.updatedAt) / 1e6;
        j["quality"] = utf8(qualityName(p.quality));
        if (def && def->maxAge > 0)
            j["stale"] = now - p.updatedAt > def->maxAge;
    }
    if (def && def->writable)
        j["desired"] = p.desiredKnown ? p.desired.toJson() : nlohmann::json();
    return j;
}

void HttpApi::listTwins(Call &call)
{
    if (!ready(call))
        return;
    const QString model = call.request.queryValue(QStringLiteral("model"));
    const QString node = call.request.queryValue(QStringLiteral("node"));
    const QString state = call.request.queryValue(QStringLiteral("state"));
    if (!state.isNull() && !lifecycleStateFromName(state)) {
        problem(call, 400, Adapters::Tr::tr("'%1' is no life cycle state").arg(state));
        return;
    }
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto &[id, twin] : m_twins) {
        if ((!model.isNull() && twin.modelId != model) || (!node.isNull() && twin.node != node) ||
            (!state.isNull() && lifecycleStateName(twin.lifecycle) != state))
            continue;
        nlohmann::ordered_json t;
        t["id"] = utf8(id);
        t["model"] = utf8(twin.modelId);
        if (!twin.node.isEmpty())
            t["node"] = utf8(twin.node);
        t["lifecycle"] = utf8(lifecycleStateName(twin.lifecycle));
        t["href"] = utf8(twinPath(id));
        list.push_back(std::move(t));
    }
    nlohmann::ordered_json body;
    body["count"] = list.size();
    body["twins"] = std::move(list);
    answer(call, HttpResponse::json(200, dump(body)));
}

void HttpApi::describeTwin(Call &call)
{
    Twin *twin = servedTwin(call);
    if (!twin)
        return;
    const QString id = call.param("twin");
    const HttpBindings bindings(id, lifecycleStateName(twin->lifecycle));
    nlohmann::ordered_json d = TwinDescription(id, twin->model).toJson(&bindings);
    if (!twin->node.isEmpty())
        d["node"] = utf8(twin->node);
    answer(call, HttpResponse::json(200, dump(d)));
}

void HttpApi::twinState(Call &call)
{
    Twin *twin = servedTwin(call);
    if (!twin)
        return;
    const Timestamp now = Clock::now();
    nlohmann::ordered_json body;
    body["twin"] = utf8(call.param("twin"));
    body["model"] = utf8(twin->modelId);
    body["lifecycle"] = utf8(lifecycleStateName(twin->lifecycle));
    body["sequence"] = twin->sequence;
    nlohmann::ordered_json properties = nlohmann::ordered_json::object();
    static const Property unknown;
    for (const PropertyDef &def : twin->model->properties) {
        auto it = twin->properties.constFind(def.name);
        properties[utf8(def.name)] =
            propertyJson(*twin, def.name, it == twin->properties.cend() ? unknown : *it, now);
    }
    body["properties"] = std::move(properties);
    answer(call, HttpResponse::json(200, dump(body)));
}

void HttpApi::readProperty(Call &call)
{
    readMember(call, ResourceKind::Property);
}

void HttpApi::readEvent(Call &call)
{
    readMember(call, ResourceKind::Event);
}

void HttpApi::readMember(Call &call, ResourceKind kind)
{
    Twin *twin = servedTwin(call);
    if (!twin)
        return;
    const bool property = kind == ResourceKind::Property;
    const QString name = call.param(property ? "property" : "event");
    if (property ? !twin->model->property(name) : !twin->model->event(name)) {
        problem(call, 404,
                (property ? Adapters::Tr::tr("twin '%1' has no property '%2'")
                          : Adapters::Tr::tr("twin '%1' has no event '%2'"))
                    .arg(call.param("twin"), name));
        return;
    }
    if (!call.request.queryValue(QStringLiteral("wait")).isNull()) {
        holdLongPoll(call, kind, name);
        return;
    }
    const Value *value = nullptr;
    Timestamp time = 0;
    if (property) {
        auto it = twin->properties.constFind(name);
        if (it != twin->properties.cend() && it->known) {
            value = &it->reported;
            time = it->updatedAt;
        }
    } else {
        auto it = twin->events.constFind(name);
        if (it != twin->events.cend() && it->known) {
            value = &it->value;
            time = it->time;
        }
    }
    if (!value) {
        answer(call, HttpResponse::json(200, "null"));
        return;
    }
    HttpResponse r = HttpResponse::json(200, dumpValue(*value));
    r.addHeader("Last-Modified", httpDate(time));
    r.addHeader("Cache-Control", "no-cache");
    answer(call, std::move(r));
}

void HttpApi::writeProperty(Call &call)
{
    Twin *twin = servedTwin(call);
    if (!twin)
        return;
    const QString id = call.param("twin");
    const QString name = call.param("property");
    const PropertyDef *def = twin->model->property(name);
    if (!def) {
        problem(call, 404, Adapters::Tr::tr("twin '%1' has no property '%2'").arg(id, name));
        return;
    }
    if (!def->writable) {
        HttpResponse r = problemResponse(
            405, Adapters::Tr::tr("property '%1' is read-only: it cannot be written").arg(name),
            call.request.target);
        r.addHeader("Allow", "GET, HEAD");
        answer(call, std::move(r));
        return;
    }
    auto value = readBody(call);
    if (!value)
        return;
    if (value->isNull()) {
        problem(call, 422, Adapters::Tr::tr("the body holds no value for '%1'").arg(name));
        return;
    }
    if (def->schema) {
        QString error;
        auto coerced = def->schema->coerce(*value, &error);
        if (!coerced) {
            problem(call, 422, Adapters::Tr::tr("property '%1': %2").arg(name, error));
            return;
        }
        value = std::move(coerced);
    }
    if (value->isNumber() && ((def->minimum && value->toDouble() < *def->minimum) ||
                              (def->maximum && value->toDouble() > *def->maximum))) {
        problem(call, 422,
                Adapters::Tr::tr("property '%1': %2 is outside %3 … %4")
                    .arg(name)
                    .arg(value->toDouble())
                    .arg(def->minimum ? QString::number(*def->minimum) : QStringLiteral("-∞"),
                         def->maximum ? QString::number(*def->maximum) : QStringLiteral("∞")));
        return;
    }
    if (!running(call, *twin))
        return;
    HttpReply reply = call.reply;
    QByteArray origin = call.origin;
    QByteArray target = call.request.target;
    m_engine->writeDesired(id, name, *value)
        .then(this, [this, reply, origin, target](const ActionResult &result) {
            answerLater(reply, origin,
                        result.ok ? HttpResponse::json(200, dumpValue(result.value))
                                  : problemResponse(422, result.error, target));
        });
}

namespace {

nlohmann::ordered_json samplesJson(std::vector<HistorySample>::const_iterator begin,
                                   std::vector<HistorySample>::const_iterator end)
{
    nlohmann::ordered_json samples = nlohmann::ordered_json::array();
    for (auto it = begin; it != end; ++it) {
        nlohmann::ordered_json s;
        s["time"] = Clock::toIsoUtf8(it->time).toStdString();
        s["value"] = it->value.toJson();
        samples.push_back(std::move(s));
    }
    return samples;
}

// Hands a history store's answer to `write`, or its error to `failed`, on `context`'s thread.
template<typename T, typename Write, typename Fail>
void whenAnswered(QObject *context, QFuture<T> future, Write write, Fail failed)
{
    future.then(context,
                [write = std::move(write), failed = std::move(failed)](QFuture<T> f) mutable {
                    try {
                        write(f.result());
                    } catch (const HistoryError &e) {
                        failed(e.message());
                    }
                });
}

// Buckets of the in-memory samples, for an engine without a history store.
std::vector<HistoryBucket> bucketsOf(const std::vector<HistorySample> &samples, Timestamp from,
                                     Timestamp to, Timestamp step)
{
    std::vector<HistoryBucket> out;
    for (const HistorySample &s : samples) {
        const auto number = s.value.number();
        if (s.time < from || s.time >= to || !number || !std::isfinite(*number))
            continue;
        const Timestamp start = from + (s.time - from) / step * step;
        if (out.empty() || out.back().start != start) {
            out.push_back(HistoryBucket{start, 0, *number, *number, 0});
        }
        HistoryBucket &b = out.back();
        b.min = std::min(b.min, *number);
        b.max = std::max(b.max, *number);
        b.mean += *number; // a sum until the end
        ++b.count;
    }
    for (HistoryBucket &b : out)
        b.mean /= static_cast<double>(b.count);
    return out;
}

} // namespace

void HttpApi::propertyHistory(Call &call)
{
    history(call, false);
}

void HttpApi::eventHistory(Call &call)
{
    history(call, true);
}

void HttpApi::history(Call &call, bool event)
{
    Twin *twin = servedTwin(call);
    if (!twin)
        return;
    const QString id = call.param("twin");
    const QString name = call.param(event ? "event" : "property");
    if (event ? !twin->model->event(name) : !twin->model->property(name)) {
        problem(call, 404,
                event ? Adapters::Tr::tr("twin '%1' has no event '%2'").arg(id, name)
                      : Adapters::Tr::tr("twin '%1' has no property '%2'").arg(id, name));
        return;
    }
    const Timestamp now = Clock::now();
    Timestamp from = 0;
    Timestamp to = kHistoryEnd;
    Timestamp step = 0;
    std::optional<Timestamp> at;
    int limit = 1000;
    for (const auto &[key, into] : {std::pair{"from", &from}, std::pair{"to", &to}}) {
        const QString text = call.request.queryValue(QLatin1String(key));
        if (text.isNull())
            continue;
        auto t = parseTimeArgument(text, now);
        if (!t) {
            problem(call, 400,
                    Adapters::Tr::tr("'%1' is no time: %2").arg(QLatin1String(key), text));
            return;
        }
        *into = *t;
    }
    if (const QString text = call.request.queryValue(QStringLiteral("at")); !text.isNull()) {
        at = parseTimeArgument(text, now);
        if (!at || event) {
            problem(call, 400,
                    event ? Adapters::Tr::tr("'at' asks for a property's value")
                          : Adapters::Tr::tr("'at' is no time: %1").arg(text));
            return;
        }
    }
    if (const QString text = call.request.queryValue(QStringLiteral("step")); !text.isNull()) {
        auto s = parseRetention(nlohmann::json(text.toStdString()));
        if (!s || *s < 1000 || event) {
            problem(call, 400,
                    event ? Adapters::Tr::tr("'step' buckets the numbers of a property")
                          : Adapters::Tr::tr("'step' is a duration of 1 ms or more (PT1M): %1")
                                .arg(text));
            return;
        }
        step = *s;
        if (from == 0) {
            problem(call, 400, Adapters::Tr::tr("'step' needs 'from'"));
            return;
        }
        from -= from % step; // buckets start at whole steps since 1970
        if (to == kHistoryEnd)
            to = now + 1;
        if ((to - from) / step > 100'000) {
            problem(call, 400, Adapters::Tr::tr("at most 100,000 buckets: make 'step' longer"));
            return;
        }
    }
    if (const QString text = call.request.queryValue(QStringLiteral("limit")); !text.isNull()) {
        bool ok = false;
        limit = text.toInt(&ok);
        if (!ok || limit < 1 || limit > 100000) {
            problem(call, 400, Adapters::Tr::tr("'limit' is a whole number from 1 to 100000"));
            return;
        }
    }
    HttpReply reply = call.reply;
    QByteArray origin = call.origin;
    nlohmann::ordered_json head;
    head["twin"] = utf8(id);
    head[event ? "event" : "property"] = utf8(name);
    auto answer = [this, reply, origin](nlohmann::ordered_json body) {
        answerLater(reply, origin, HttpResponse::json(200, dump(body)));
    };
    auto failed = [this, reply, origin, target = call.request.target](const QString &message) {
        answerLater(reply, origin, problemResponse(503, message, target));
    };
    const std::shared_ptr<HistoryStore> store = m_engine->historyStore();
    if (!store && event) {
        problem(call, 409,
                Adapters::Tr::tr("events are kept only in a history store; this "
                                 "engine has none"));
        return;
    }
    head["source"] = store ? "store" : "memory";
    if (at) {
        auto write = [answer, head](const std::optional<HistorySample> &sample) mutable {
            head["time"] =
                sample ? nlohmann::ordered_json(Clock::toIsoUtf8(sample->time).toStdString())
                       : nlohmann::ordered_json();
            head["value"] = sample ? sample->value.toJson() : nlohmann::json();
            answer(std::move(head));
        };
        if (store) {
            whenAnswered(this, store->valueAt(id, name, *at), std::move(write), std::move(failed));
        } else {
            m_engine->history(id, name, 0)
                .then(this, [write, t = *at](const std::vector<HistorySample> &all) mutable {
                    auto it = std::upper_bound(
                        all.begin(), all.end(), t,
                        [](Timestamp v, const HistorySample &s) { return v < s.time; });
                    write(it == all.begin() ? std::nullopt
                                            : std::optional<HistorySample>(*std::prev(it)));
                });
        }
        return;
    }
    if (step > 0) {
        auto write = [answer, head, step](const std::vector<HistoryBucket> &buckets) mutable {
            nlohmann::ordered_json out = nlohmann::ordered_json::array();
            for (const HistoryBucket &b : buckets)
                out.push_back({{"time", Clock::toIsoUtf8(b.start).toStdString()},
                               {"count", b.count},
                               {"min", b.min},
                               {"max", b.max},
                               {"mean", b.mean}});
            head["step"] = static_cast<double>(step) / 1e6;
            head["count"] = out.size();
            head["buckets"] = std::move(out);
            answer(std::move(head));
        };
        if (store) {
            whenAnswered(this, store->buckets(id, name, from, to, step), std::move(write),
                         std::move(failed));
        } else {
            m_engine->history(id, name, from)
                .then(this, [write, from, to, step](const std::vector<HistorySample> &all) mutable {
                    write(bucketsOf(all, from, to, step));
                });
        }
        return;
    }
    // Samples: the store's, then what the twin holds in memory that the store has yet to commit.
    auto fromMemory = [this, id, name, event, from, to, limit, head,
                       answer](std::vector<HistorySample> stored) mutable {
        const Timestamp after = stored.empty() ? from : stored.back().time + 1;
        const bool withStore = head["source"] == "store";
        auto finish = [stored = std::move(stored), to, limit, head,
                       answer](const std::vector<HistorySample> &memory) mutable {
            std::vector<HistorySample> all = std::move(stored);
            // What the store holds is not repeated; samples in memory that share a time (two
            // changes within a microsecond) are all kept.
            const Timestamp lastStored =
                all.empty() ? std::numeric_limits<Timestamp>::min() : all.back().time;
            for (const HistorySample &s : memory)
                if (s.time < to && s.time > lastStored)
                    all.push_back(s);
            auto begin = all.cbegin();
            if (all.end() - begin > limit)
                begin = all.cend() - limit;
            head["count"] = all.cend() - begin;
            head["samples"] = samplesJson(begin, all.cend());
            answer(std::move(head));
        };
        if (event || (withStore && to <= Clock::now() - 5'000'000)) {
            finish({});
            return;
        }
        m_engine->history(id, name, after).then(this, std::move(finish));
    };
    if (store) {
        whenAnswered(this, store->samples(id, name, event, from, to, limit), std::move(fromMemory),
                     std::move(failed));
    } else {
        fromMemory({});
    }
}

void HttpApi::invokeAction(Call &call)
{
    Twin *twin = servedTwin(call);
    if (!twin)
        return;
    const QString id = call.param("twin");
    const QString name = call.param("action");
    const ActionDef *def = twin->model->action(name);
    if (!def) {
        problem(call, 404, Adapters::Tr::tr("twin '%1' has no action '%2'").arg(id, name));
        return;
    }
    auto argument = readBody(call);
    if (!argument)
        return;
    if (def->request) {
        if (argument->isNull()) {
            problem(call, 422,
                    Adapters::Tr::tr("action '%1' needs an argument '%2' of type %3")
                        .arg(name, def->requestName, schemaKindName(def->request->kind())));
            return;
        }
        QString error;
        auto coerced = def->request->coerce(*argument, &error);
        if (!coerced) {
            problem(call, 422, Adapters::Tr::tr("action '%1': %2").arg(name, error));
            return;
        }
        argument = std::move(coerced);
    }
    if (!running(call, *twin))
        return;
    HttpReply reply = call.reply;
    QByteArray origin = call.origin;
    QByteArray target = call.request.target;
    m_engine->invokeAction(id, name, *argument)
        .then(this, [this, reply, origin, target, name](const ActionResult &result) {
            answerLater(reply, origin,
                        result.ok
                            ? HttpResponse::json(200, dumpValue(result.value))
                            : problemResponse(
                                  502, Adapters::Tr::tr("action '%1': %2").arg(name, result.error),
                                  target));
        });
}

void HttpApi::relationships(Call &call)
{
    Twin *twin = servedTwin(call);
    if (!twin)
        return;
    nlohmann::ordered_json body = nlohmann::ordered_json::object();
    for (const RelationshipDef &def : twin->model->relationships) {
        nlohmann::ordered_json entry;
        entry["target"] =
            def.target.isEmpty() ? nlohmann::json() : nlohmann::json(utf8(def.target));
        nlohmann::ordered_json instances = nlohmann::ordered_json::array();
        for (const Relationship &r : twin->relationships) {
            if (r.name != def.name)
                continue;
            nlohmann::ordered_json i;
            i["id"] = utf8(r.instanceId);
            i["target"] = utf8(r.target);
            if (m_twins.count(r.target))
                i["href"] = utf8(twinPath(r.target));
            instances.push_back(std::move(i));
        }
        entry["instances"] = std::move(instances);
        body[utf8(def.name)] = std::move(entry);
    }
    answer(call, HttpResponse::json(200, dump(body)));
}

void HttpApi::serveOpenApi(Call &call)
{
    answer(call, HttpResponse::json(200, dump(openApi())));
}

void HttpApi::health(Call &call)
{
    nlohmann::ordered_json body;
    body["status"] = "ok";
    body["twins"] = m_twins.size();
    body["connections"] = m_server->openConnections();
    body["streams"] = m_server->openWebSockets();
    answer(call, HttpResponse::json(200, dump(body)));
}

void HttpApi::readiness(Call &call)
{
    nlohmann::ordered_json notReady = nlohmann::ordered_json::array();
    int count = 0;
    if (m_ready.load(std::memory_order_acquire)) {
        for (const auto &[id, twin] : m_twins) {
            if (twin.loaded && isRunningState(twin.lifecycle))
                continue;
            if (++count <= 20) {
                nlohmann::ordered_json t;
                t["id"] = utf8(id);
                t["lifecycle"] = utf8(lifecycleStateName(twin.lifecycle));
                notReady.push_back(std::move(t));
            }
        }
    }
    nlohmann::ordered_json body;
    const bool ready = m_ready.load(std::memory_order_acquire) && count == 0;
    body["status"] = ready ? "ready" : "not ready";
    if (!m_ready.load(std::memory_order_acquire))
        body["reason"] = utf8(Adapters::Tr::tr("the twins are starting"));
    if (count) {
        body["reason"] = utf8(Adapters::Tr::tr("%n twin(s) not running", nullptr, count));
        body["twins"] = std::move(notReady);
    }
    answer(call, HttpResponse::json(ready ? 200 : 503, dump(body)));
}

// ---------------------------------------------------------------------------------------------
// Long polls

QString HttpApi::waitKey(const QString &twinId, ResourceKind kind, const QString &name)
{
    return twinId + QLatin1Char('\x1f') + resourceTopicSegment(kind) + QLatin1Char('\x1f') + name;
}

bool HttpApi::holdLongPoll(Call &call, ResourceKind kind, const QString &name)
{
    bool ok = false;
    const int seconds = call.request.queryValue(QStringLiteral("wait")).toInt(&ok);
    if (!ok || seconds < 1 || seconds > kMaxWaitSeconds) {
        problem(call, 400,
                Adapters::Tr::tr("'wait' is a whole number of seconds from 1 to %1")
                    .arg(kMaxWaitSeconds));
        return false;
    }
    if (m_waiterCount >= kMaxWaiters) {
        HttpResponse r = problemResponse(
            503, Adapters::Tr::tr("%1 long polls are waiting already").arg(kMaxWaiters),
            call.request.target);
        r.addHeader("Retry-After", "1");
        answer(call, std::move(r));
        return false;
    }
    m_waiters[waitKey(call.param("twin"), kind, name)].push_back(
        {call.reply, call.origin, monotonicMs() + seconds * 1000});
    ++m_waiterCount;
    if (!m_waitTimer->isActive())
        m_waitTimer->start();
    return true;
}

void HttpApi::answerWaiters(const QString &twinId, ResourceKind kind, const QString &name,
                            const Value &value, Timestamp time)
{
    auto it = m_waiters.find(waitKey(twinId, kind, name));
    if (it == m_waiters.end())
        return;
    const QByteArray body = dumpValue(value);
    for (Waiter &w : it->second) {
        HttpResponse r = HttpResponse::json(200, body);
        r.addHeader("Last-Modified", httpDate(time));
        answerLater(w.reply, w.origin, std::move(r));
    }
    m_waiterCount -= static_cast<int>(it->second.size());
    m_waiters.erase(it);
}

void HttpApi::expireWaiters()
{
    // A poll that saw no change in its time gets the current value; a closed one is dropped.
    const qint64 now = monotonicMs();
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        const QStringList parts = it->first.split(QLatin1Char('\x1f'));
        auto &list = it->second;
        for (auto w = list.begin(); w != list.end();) {
            if (!w->reply.isOpen()) {
                w = list.erase(w);
                --m_waiterCount;
                continue;
            }
            if (now < w->deadline) {
                ++w;
                continue;
            }
            QByteArray body = "null";
            auto twin = m_twins.find(parts.value(0));
            if (twin != m_twins.end()) {
                if (parts.value(1) == resourceTopicSegment(ResourceKind::Property)) {
                    auto p = twin->second.properties.constFind(parts.value(2));
                    if (p != twin->second.properties.cend() && p->known)
                        body = dumpValue(p->reported);
                } else {
                    auto e = twin->second.events.constFind(parts.value(2));
                    if (e != twin->second.events.cend() && e->known)
                        body = dumpValue(e->value);
                }
            }
            answerLater(w->reply, w->origin, HttpResponse::json(200, body));
            w = list.erase(w);
            --m_waiterCount;
        }
        it = list.empty() ? m_waiters.erase(it) : std::next(it);
    }
    if (!m_waiterCount)
        m_waitTimer->stop();
}

// ---------------------------------------------------------------------------------------------
// The OpenAPI document

nlohmann::ordered_json HttpApi::openApi() const
{
    nlohmann::ordered_json doc;
    doc["openapi"] = "3.1.0";
    doc["info"] = {{"title", "Twinloom twins"},
                   {"version", "1"},
                   {"description",
                    utf8(Adapters::Tr::tr("The HTTP interface of a Twinloom engine's twins. Errors "
                                          "are RFC 9457 problem details."))}};
    doc["servers"] = nlohmann::ordered_json::array({{{"url", utf8(baseUrl())}}});
    nlohmann::ordered_json problemSchema;
    problemSchema["type"] = "object";
    problemSchema["properties"] = {{"type", {{"type", "string"}}},
                                   {"title", {{"type", "string"}}},
                                   {"status", {{"type", "integer"}}},
                                   {"detail", {{"type", "string"}}},
                                   {"instance", {{"type", "string"}}}};
    doc["components"]["schemas"]["Problem"] = problemSchema;
    doc["components"]["securitySchemes"]["bearer"] = {{"type", "http"}, {"scheme", "bearer"}};
    const bool secured = !m_endpoint.readToken.isEmpty() || !m_endpoint.writeToken.isEmpty();
    nlohmann::ordered_json paths = nlohmann::ordered_json::object();
    for (const Route &route : routes()) {
        QString path;
        nlohmann::ordered_json parameters = nlohmann::ordered_json::array();
        for (const char *part : route.pattern) {
            const QLatin1String segment(part);
            path += QLatin1Char('/') + segment;
            if (segment.startsWith(QLatin1Char('{'))) {
                nlohmann::ordered_json p;
                p["name"] = utf8(QString(segment.sliced(1, segment.size() - 2)));
                p["in"] = "path";
                p["required"] = true;
                p["schema"] = {{"type", "string"}};
                parameters.push_back(std::move(p));
            }
        }
        for (const auto &[name, description] : route.query) {
            nlohmann::ordered_json p;
            p["name"] = name;
            p["in"] = "query";
            p["description"] = utf8(QCoreApplication::translate("Twinloom::Adapters", description));
            p["schema"] = {{"type", "string"}};
            parameters.push_back(std::move(p));
        }
        nlohmann::ordered_json op;
        op["operationId"] = route.operationId;
        op["summary"] = utf8(QCoreApplication::translate("Twinloom::Adapters", route.summary));
        if (!parameters.empty())
            op["parameters"] = std::move(parameters);
        if (route.requestBody) {
            op["requestBody"]["description"] =
                utf8(QCoreApplication::translate("Twinloom::Adapters", route.requestBody));
            op["requestBody"]["required"] = false;
            op["requestBody"]["content"]["application/json"]["schema"] = nlohmann::json::object();
        }
        nlohmann::ordered_json responses = nlohmann::ordered_json::object();
        for (int status : route.statuses) {
            nlohmann::ordered_json r;
            r["description"] = HttpResponse::reason(status);
            if (status >= 400) {
                r["content"]["application/problem+json"]["schema"] = {
                    {"$ref", "#/components/schemas/Problem"}};
            } else if (status == 200) {
                if (route.handler == &HttpApi::metrics)
                    r["content"]["text/plain"]["schema"] = {{"type", "string"}};
                else
                    r["content"]["application/json"]["schema"] = nlohmann::json::object();
            }
            responses[std::to_string(status)] = std::move(r);
        }
        op["responses"] = std::move(responses);
        if (secured && route.scope != Scope::Public) {
            op["security"] = nlohmann::ordered_json::array({{{"bearer", nlohmann::json::array()}}});
            op["x-twinloom-scope"] = route.scope == Scope::Write ? "write" : "read";
        }
        paths[utf8(path)][route.method.toLower().toStdString()] = std::move(op);
    }
    doc["paths"] = std::move(paths);
    return doc;
}

// ---------------------------------------------------------------------------------------------
// The stream

void HttpApi::openStream(Call &call)
{
    if (!call.request.wantsWebSocket()) {
        HttpResponse r = problemResponse(
            426, Adapters::Tr::tr("/api/stream is a WebSocket: send an Upgrade request"),
            call.request.target);
        r.addHeader("Upgrade", "websocket");
        answer(call, std::move(r));
        return;
    }
    std::vector<TopicFilter> filters;
    for (const auto &[key, value] : call.request.query) {
        if (key != QLatin1String("filter"))
            continue;
        QString error;
        auto filter = TopicFilter::parse(value, &error);
        if (!filter) {
            problem(call, 400, Adapters::Tr::tr("filter '%1': %2").arg(value, error));
            return;
        }
        filters.push_back(std::move(*filter));
    }
    WebSocket *socket = call.reply.acceptWebSocket();
    if (!socket)
        return;
    auto stream = std::make_unique<Stream>();
    stream->socket = socket;
    stream->filters = std::move(filters);
    Stream *raw = stream.get();
    m_streams.push_back(std::move(stream));
    connect(socket, &WebSocket::closed, this, [this, raw] {
        std::erase_if(m_streams,
                      [raw](const std::unique_ptr<Stream> &s) { return s.get() == raw; });
    });
    connect(socket, &WebSocket::bytesDrained, this, [this, raw] {
        if (raw->socket && raw->socket->bufferedBytes() < m_endpoint.streamBufferBytes / 2)
            reportDrops(*raw);
    });
    connect(socket, &WebSocket::textReceived, this,
            [this, raw](const QByteArray &text) { streamMessage(*raw, text); });
    for (const TopicFilter &f : raw->filters) {
        nlohmann::ordered_json ack;
        ack["type"] = "subscribed";
        ack["filter"] = utf8(f.text());
        socket->sendText(dump(ack));
    }
}

void HttpApi::streamMessage(Stream &stream, const QByteArray &text)
{
    auto reply = [&stream](const nlohmann::ordered_json &j) {
        if (stream.socket)
            stream.socket->sendText(dump(j));
    };
    auto error = [&reply](const QString &detail) {
        nlohmann::ordered_json e;
        e["type"] = "error";
        e["detail"] = utf8(detail);
        reply(e);
    };
    QString why;
    auto json = JsonInput::parse(text, &why);
    if (!json || !json->is_object()) {
        error(json ? Adapters::Tr::tr("a message is a JSON object such as "
                                      "{\"subscribe\": \"twins/+/properties/temperature\"}")
                   : Adapters::Tr::tr("the message is not JSON: %1").arg(why));
        return;
    }
    for (const char *verb : {"subscribe", "unsubscribe"}) {
        auto it = json->find(verb);
        if (it == json->end())
            continue;
        std::vector<QString> filters;
        if (it->is_string())
            filters.push_back(QString::fromStdString(it->get<std::string>()));
        else if (it->is_array())
            for (const auto &f : *it)
                if (f.is_string())
                    filters.push_back(QString::fromStdString(f.get<std::string>()));
        if (filters.empty()) {
            error(Adapters::Tr::tr("\"%1\" takes a filter or a list of filters")
                      .arg(QLatin1String(verb)));
            return;
        }
        for (const QString &filterText : filters) {
            const bool subscribe = std::strcmp(verb, "subscribe") == 0;
            if (subscribe) {
                QString bad;
                auto filter = TopicFilter::parse(filterText, &bad);
                if (!filter) {
                    error(Adapters::Tr::tr("filter '%1': %2").arg(filterText, bad));
                    continue;
                }
                if (stream.filters.size() >= 256) {
                    error(Adapters::Tr::tr("a stream holds at most 256 filters"));
                    return;
                }
                stream.filters.push_back(std::move(*filter));
            } else {
                std::erase_if(stream.filters, [&filterText](const TopicFilter &f) {
                    return f.text() == filterText;
                });
            }
            nlohmann::ordered_json ack;
            ack["type"] = subscribe ? "subscribed" : "unsubscribed";
            ack["filter"] = utf8(filterText);
            reply(ack);
        }
        return;
    }
    error(Adapters::Tr::tr("unknown message: send {\"subscribe\": FILTER} or "
                           "{\"unsubscribe\": FILTER}"));
}

void HttpApi::publish(const QString &twinId, const ResourceChange &r, std::uint64_t sequence,
                      Timestamp commitTime)
{
    const QString segment = resourceTopicSegment(r.kind);
    // A lifecycle topic has no member name: twins/T/lifecycle.
    const QStringView key = r.kind == ResourceKind::Lifecycle ? QStringView() : QStringView(r.key);
    QByteArray frame; // built once, for the first client that wants it
    for (const auto &stream : m_streams) {
        if (!stream->socket || stream->socket->isClosing())
            continue;
        bool wanted = false;
        for (const TopicFilter &f : stream->filters) {
            if (f.matches(twinId, segment, key)) {
                wanted = true;
                break;
            }
        }
        if (!wanted)
            continue;
        if (frame.isEmpty()) {
            nlohmann::ordered_json m;
            m["type"] = "change";
            m["topic"] = utf8(r.kind == ResourceKind::Lifecycle
                                  ? QStringLiteral("twins/%1/lifecycle").arg(twinId)
                                  : QStringLiteral("twins/%1/%2/%3").arg(twinId, segment, r.key));
            m["twin"] = utf8(twinId);
            m["kind"] = utf8(segment);
            if (r.kind != ResourceKind::Lifecycle)
                m["name"] = utf8(r.key);
            m["operation"] = utf8(changeOperationName(r.operation));
            m["value"] = r.value.toJson();
            if (r.kind == ResourceKind::Relationship)
                m["target"] = utf8(r.target);
            if (r.sourceTime)
                m["time"] = Clock::toIsoUtf8(r.sourceTime).toStdString();
            m["committed"] = Clock::toIsoUtf8(commitTime).toStdString();
            m["sequence"] = sequence;
            frame = WebSocket::textFrame(dump(m));
        }
        sendToStream(*stream, frame);
    }
}

void HttpApi::sendToStream(Stream &stream, const QByteArray &frame)
{
    if (stream.socket->bufferedBytes() + stream.pending.size() + frame.size() <=
        m_endpoint.streamBufferBytes) {
        reportDrops(stream);
        // The changes of one delivery leave in one write per client.
        stream.pending += frame;
        m_stats.streamMessages.fetch_add(1, std::memory_order_relaxed);
        if (!m_flushPosted) {
            m_flushPosted = true;
            QMetaObject::invokeMethod(this, &HttpApi::flushStreams, Qt::QueuedConnection);
        }
        return;
    }
    // The client does not keep up: what does not fit is dropped and counted, and a client that
    // stays behind for slowClientMs is closed.
    ++stream.dropped;
    ++stream.droppedTotal;
    m_stats.streamDropped.fetch_add(1, std::memory_order_relaxed);
    const qint64 now = monotonicMs();
    if (stream.overflowSince < 0)
        stream.overflowSince = now;
    else if (now - stream.overflowSince > m_endpoint.slowClientMs) {
        m_stats.streamClosedSlow.fetch_add(1, std::memory_order_relaxed);
        stream.socket->close(1008, "too slow: " + QByteArray::number(stream.droppedTotal) +
                                       " changes dropped");
    }
}

void HttpApi::reportDrops(Stream &stream)
{
    // Room again: the client hears what it lost, before what comes next.
    if (!stream.dropped)
        return;
    nlohmann::ordered_json report;
    report["type"] = "dropped";
    report["count"] = stream.dropped;
    report["total"] = stream.droppedTotal;
    stream.dropped = 0;
    stream.overflowSince = -1;
    stream.pending += WebSocket::textFrame(dump(report));
    if (!m_flushPosted) {
        m_flushPosted = true;
        QMetaObject::invokeMethod(this, &HttpApi::flushStreams, Qt::QueuedConnection);
    }
}

void HttpApi::flushStreams()
{
    m_flushPosted = false;
    for (const auto &stream : m_streams) {
        if (!stream->socket) {
            stream->pending.clear();
            continue;
        }
        if (!stream->pending.isEmpty())
            stream->socket->sendFrame(std::exchange(stream->pending, {}));
        // Drops of a delivery bigger than the queue, which left at once: told now, since no
        // buffered byte may be left to announce room.
        if (stream->dropped && stream->socket->bufferedBytes() < m_endpoint.streamBufferBytes / 2) {
            reportDrops(*stream);
            stream->socket->sendFrame(std::exchange(stream->pending, {}));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Metrics

void HttpApi::metrics(Call &call)
{
    Prometheus::Writer w;
    const EngineMetrics e = m_engine->metrics();
    w.gauge("twinloom_engine_workers", "Worker threads of the engine.", e.workers);
    w.counter("twinloom_events_in_total", "Physical events accepted by the twins' mailboxes.",
              e.eventsIn);
    w.counter("twinloom_events_dropped_total",
              "Physical events refused or replaced by back-pressure.", e.eventsDropped);
    w.counter("twinloom_events_failed_total",
              "Physical events that failed decoding, mapping or validation.", e.eventsFailed);
    w.counter("twinloom_changes_out_total", "Committed state changes.", e.changesOut);
    w.gauge("twinloom_mailbox_depth", "Events waiting in the twins' mailboxes.", e.mailboxDepth);
    w.counter("twinloom_observer_dropped_total",
              "Changes that a slow observer's bounded queue dropped.", e.observerDropped);
    w.histogram("twinloom_commit_latency_seconds",
                "Time from a physical event's arrival to its commit.", e.commitLatencyBuckets);
    // Twins by life cycle state, every state present (0 included) so that alerts can rely on it.
    std::array<int, kLifecycleStateCount> byState{};
    for (const auto &[id, twin] : m_twins)
        ++byState[static_cast<std::size_t>(twin.lifecycle)];
    w.header("twinloom_twins", "Twins served here, by life cycle state.", "gauge");
    for (int s = 0; s < kLifecycleStateCount; ++s)
        w.sample("twinloom_twins", {{"state", lifecycleStateName(static_cast<LifecycleState>(s))}},
                 byState[static_cast<std::size_t>(s)]);
    const bool perTwin =
        m_endpoint.perTwinMetrics == 1 ||
        (m_endpoint.perTwinMetrics < 0 && static_cast<int>(m_twins.size()) <= kPerTwinMetricsLimit);
    if (perTwin) {
        std::vector<std::pair<QString, TwinMetrics>> twins;
        twins.reserve(m_twins.size());
        for (const auto &[id, twin] : m_twins)
            twins.emplace_back(id, m_engine->twinMetrics(id));
        struct Series
        {
            const char *name;
            const char *help;
            const char *type;
            std::uint64_t TwinMetrics::*field;
        };
        static const Series series[] = {
            {"twinloom_twin_events_in_total", "Physical events the twin accepted.", "counter",
             &TwinMetrics::eventsIn},
            {"twinloom_twin_events_dropped_total", "Physical events the twin dropped.", "counter",
             &TwinMetrics::eventsDropped},
            {"twinloom_twin_events_failed_total", "Physical events the twin failed to apply.",
             "counter", &TwinMetrics::eventsFailed},
            {"twinloom_twin_changes_out_total", "State changes the twin committed.", "counter",
             &TwinMetrics::changesOut},
            {"twinloom_twin_mailbox_depth", "Events waiting in the twin's mailbox.", "gauge",
             &TwinMetrics::mailboxDepth},
        };
        for (const Series &s : series) {
            w.header(s.name, s.help, s.type);
            for (const auto &[id, m] : twins)
                w.sample(s.name, {{"twin", id}}, static_cast<double>(m.*(s.field)));
        }
        w.header("twinloom_twin_lifecycle",
                 "The twin's life cycle state: 1 for the state it is in.", "gauge");
        for (const auto &[id, twin] : m_twins)
            w.sample("twinloom_twin_lifecycle",
                     {{"twin", id}, {"state", lifecycleStateName(twin.lifecycle)}}, 1);
    }
    const HttpServer::Counters &hc = m_server->counters();
    w.counter("twinloom_http_requests_total", "HTTP requests read.", hc.requests);
    w.counter("twinloom_http_client_errors_total", "HTTP answers with a 4xx status.",
              m_stats.clientErrors.load());
    w.counter("twinloom_http_server_errors_total", "HTTP answers with a 5xx status.",
              m_stats.serverErrors.load());
    w.counter("twinloom_http_connections_total", "HTTP connections accepted.", hc.connections);
    w.counter("twinloom_http_timeouts_total",
              "HTTP connections closed for a header, body or idle time-out.", hc.timeouts);
    w.counter("twinloom_http_evicted_total",
              "Idle HTTP connections closed to make room for new ones.", hc.evicted);
    w.counter("twinloom_http_refused_total",
              "HTTP connections refused at once: every one was busy.", hc.refusedConnections);
    w.gauge("twinloom_http_open_connections", "HTTP connections open.",
            m_server->openConnections());
    w.gauge("twinloom_stream_clients", "WebSocket stream clients connected.",
            m_server->openWebSockets());
    w.counter("twinloom_stream_messages_total", "Changes sent to stream clients.",
              m_stats.streamMessages.load());
    w.counter("twinloom_stream_dropped_total",
              "Changes dropped for stream clients that did not keep up.",
              m_stats.streamDropped.load());
    if (const std::shared_ptr<HistoryStore> store = m_engine->historyStore()) {
        const HistoryStatus h = store->status();
        w.counter("twinloom_history_samples_total", "Samples committed to the history store.",
                  static_cast<double>(h.recorded));
        w.counter("twinloom_history_dropped_total",
                  "Samples the history store's full queue refused.",
                  static_cast<double>(h.dropped));
        w.counter("twinloom_history_failures_total",
                  "Transactions of the history store that failed (each retried).",
                  static_cast<double>(h.failures));
        w.gauge("twinloom_history_pending", "Samples waiting to be written to the history store.",
                static_cast<double>(h.pending));
        w.gauge("twinloom_history_writing",
                "1 while the history store is written, 0 while it cannot be.", h.writing ? 1 : 0);
        w.gauge("twinloom_history_last_commit_seconds",
                "When the history store last committed, in seconds since 1970.",
                static_cast<double>(h.lastCommit) / 1e6);
    }
    Prometheus::writeConnections(w);
    Prometheus::writeProcess(w);
    HttpResponse r;
    r.status = 200;
    r.contentType = "text/plain; version=0.0.4; charset=utf-8";
    r.body = w.take();
    answer(call, std::move(r));
}

} // namespace twinloom
