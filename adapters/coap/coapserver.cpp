#include "adapters/coap/coapserver.h"

#include "adapters/coap/coapcontract.h"
#include "adapters/tr.h"
#include "engine/engine.h"
#include "engine/lifecycle.h"
#include "engine/twindescription.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QThread>
#include <QtCore/QUrl>

#include <coap3/coap.h>
#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

namespace twinloom {

namespace {
void releaseBuffer(coap_session_t *, void *buffer)
{
    delete static_cast<QByteArray *>(buffer);
}

coap_str_const_t *newString(const QByteArray &s)
{
    return coap_new_str_const(reinterpret_cast<const uint8_t *>(s.constData()),
                              static_cast<size_t>(s.size()));
}

// The description's CoAP part: the resource of each member and the current lifecycle state.
class ResourceBindings : public DescriptionBindings
{
public:
    ResourceBindings(const QString &twinId, const QString &lifecycle)
        : m_paths(twinId)
        , m_lifecycle(lifecycle)
    {}
    void bindTwin(nlohmann::ordered_json &d) const override
    {
        d["lifecycle"] = m_lifecycle.toStdString();
    }
    void bindProperty(const PropertyDef &p, nlohmann::ordered_json &e) const override
    {
        e["href"] = m_paths.property(p.name).toStdString();
        e["observable"] = true;
    }
    void bindEvent(const EventDef &ev, nlohmann::ordered_json &e) const override
    {
        e["href"] = m_paths.event(ev.name).toStdString();
        e["observable"] = true;
    }
    void bindAction(const ActionDef &a, nlohmann::ordered_json &e) const override
    {
        e["href"] = m_paths.action(a.name).toStdString();
    }

private:
    Coap::TwinPaths m_paths;
    const QString &m_lifecycle;
};

std::mutex &registryMutex()
{
    static std::mutex mutex;
    return mutex;
}

std::map<std::pair<const Engine *, QString>, std::weak_ptr<CoapServer>> &registry()
{
    static std::map<std::pair<const Engine *, QString>, std::weak_ptr<CoapServer>> servers;
    return servers;
}
} // namespace

struct CoapServerCallbacks
{
    static void request(coap_resource_t *resource, coap_session_t *session,
                        const coap_pdu_t *request, const coap_string_t *query, coap_pdu_t *response)
    {
        auto *handle = static_cast<CoapServer::Handle *>(coap_resource_get_userdata(resource));
        if (!handle) {
            coap_pdu_set_code(response, COAP_RESPONSE_CODE_NOT_FOUND);
            return;
        }
        handle->server->handle(handle, resource, session, request, query, response);
    }

    // A client session that libcoap frees takes its unfinished block-wise bodies with it: its
    // address may be reused by the next session.
    static int event(coap_session_t *session, const coap_event_t event)
    {
        auto *server =
            static_cast<CoapServer *>(coap_get_app_data(coap_session_get_context(session)));
        if (server && event == COAP_EVENT_SERVER_SESSION_DEL)
            std::erase_if(server->m_partial,
                          [session](const auto &p) { return p.first.first == session; });
        return 0;
    }

    static const coap_bin_const_t *identity(coap_bin_const_t *identity, coap_session_t *session,
                                            void *)
    {
        auto *server =
            static_cast<CoapServer *>(coap_get_app_data(coap_session_get_context(session)));
        if (!server || !identity)
            return nullptr;
        const QByteArray &expected = server->m_endpoint.psk.identity;
        if (!expected.isEmpty() &&
            (identity->length != static_cast<size_t>(expected.size()) ||
             std::memcmp(identity->s, expected.constData(), identity->length) != 0))
            return nullptr; // an identity we do not know: the handshake fails
        return server->m_key.get();
    }
};

CoapServer::CoapServer(Engine *engine, CoapEndpoint endpoint)
    : m_engine(engine)
    , m_endpoint(std::move(endpoint))
    , m_key(std::make_unique<coap_bin_const_t>())
{
    m_key->s = reinterpret_cast<const uint8_t *>(m_endpoint.psk.key.constData());
    m_key->length = static_cast<size_t>(m_endpoint.psk.key.size());
}

CoapServer::~CoapServer()
{
    // Sessions we still hold for answers in flight would keep the context from freeing them.
    for (auto &[id, answer] : m_answers)
        coap_session_release(answer.session);
    m_answers.clear();
    delete m_io;
    m_io = nullptr;
    if (m_context)
        coap_free_context(m_context);
}

std::shared_ptr<CoapServer> CoapServer::acquire(Engine *engine, const CoapEndpoint &endpoint,
                                                QString *error)
{
    std::lock_guard lock(registryMutex());
    auto &servers = registry();
    const auto key = std::make_pair(static_cast<const Engine *>(engine), endpoint.key());
    if (auto it = servers.find(key); it != servers.end()) {
        if (std::shared_ptr<CoapServer> server = it->second.lock()) {
            if (server->m_endpoint.psk.key != endpoint.psk.key ||
                server->m_endpoint.psk.identity != endpoint.psk.identity) {
                *error = Adapters::Tr::tr(
                             "the CoAP server on %1:%2 already runs with other DTLS settings")
                             .arg(endpoint.host)
                             .arg(endpoint.port);
                return nullptr;
            }
            return server;
        }
    }
    auto *raw = new CoapServer(engine, endpoint);
    if (!raw->open(error)) {
        delete raw;
        return nullptr;
    }
    // Deleted on its own thread: its socket notifier and timers belong there.
    std::shared_ptr<CoapServer> server(raw, [](CoapServer *s) {
        if (QThread::currentThread() == s->thread())
            delete s;
        else
            s->deleteLater();
    });
    servers[key] = server;
    return server;
}

std::shared_ptr<CoapServer> CoapServer::find(const Engine *engine, const QString &host, int port)
{
    std::lock_guard lock(registryMutex());
    CoapEndpoint endpoint;
    endpoint.host = host;
    endpoint.port = port;
    auto it = registry().find(std::make_pair(engine, endpoint.key()));
    return it == registry().end() ? nullptr : it->second.lock();
}

bool CoapServer::open(QString *error)
{
    Coap::initialise();
    coap_address_t address;
    if (!Coap::resolveAddress(m_endpoint.host, m_endpoint.port, true, &address)) {
        *error =
            Adapters::Tr::tr("cannot resolve the CoAP server's host '%1'").arg(m_endpoint.host);
        return false;
    }
    m_context = coap_new_context(nullptr);
    if (!m_context) {
        *error = Adapters::Tr::tr("cannot create a CoAP context");
        return false;
    }
    coap_set_app_data(m_context, this);
    coap_register_event_handler(m_context, &CoapServerCallbacks::event);
    // Blocks of a request body are handed over one by one and put together here, so that a body
    // is refused as soon as it passes its twin's limit (libcoap would keep any size).
    coap_context_set_block_mode(m_context, COAP_BLOCK_USE_LIBCOAP);
    const bool dtls = m_endpoint.psk.isSet();
    if (dtls) {
        coap_dtls_spsk_t setup{};
        setup.version = COAP_DTLS_SPSK_SETUP_VERSION;
        setup.validate_id_call_back = &CoapServerCallbacks::identity;
        static const char hint[] = "twinloom";
        setup.psk_info.hint.s = reinterpret_cast<const uint8_t *>(hint);
        setup.psk_info.hint.length = sizeof(hint) - 1;
        setup.psk_info.key = *m_key;
        if (!coap_context_set_psk2(m_context, &setup)) {
            *error = Adapters::Tr::tr("cannot set up DTLS with a pre-shared key");
            return false;
        }
    }
    // libcoap binds with SO_REUSEADDR, with which Linux lets a second program bind the same UDP
    // port and take part of its traffic. A plain bind first tells whether the port is free.
    {
        const int probe = ::socket(address.addr.sa.sa_family, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        const bool taken =
            probe >= 0 && ::bind(probe, &address.addr.sa, address.size) != 0 && errno == EADDRINUSE;
        if (probe >= 0)
            ::close(probe);
        if (taken) {
            *error = Adapters::Tr::tr(
                         "cannot listen for CoAP on %1:%2: the port is in use by another program")
                         .arg(m_endpoint.host)
                         .arg(m_endpoint.port);
            return false;
        }
    }
    if (!coap_new_endpoint(m_context, &address, dtls ? COAP_PROTO_DTLS : COAP_PROTO_UDP)) {
        *error = Adapters::Tr::tr("cannot listen for CoAP on %1:%2 (is the port in use?)")
                     .arg(m_endpoint.host)
                     .arg(m_endpoint.port);
        return false;
    }
    m_io = new CoapIo(m_context, this);
    if (!m_io->isValid()) {
        *error = Adapters::Tr::tr("this libcoap cannot be driven from an event loop (no epoll)");
        return false;
    }
    return true;
}

void CoapServer::post(std::vector<Update> updates)
{
    bool wake = false;
    {
        std::lock_guard lock(m_inboxMutex);
        if (m_inbox.empty())
            m_inbox = std::move(updates);
        else
            std::move(updates.begin(), updates.end(), std::back_inserter(m_inbox));
        wake = !m_wakePending;
        m_wakePending = true;
    }
    if (wake)
        QMetaObject::invokeMethod(this, &CoapServer::drain, Qt::QueuedConnection);
}

void CoapServer::drain()
{
    std::vector<Update> batch;
    {
        std::lock_guard lock(m_inboxMutex);
        batch.swap(m_inbox);
        m_wakePending = false;
    }
    for (Update &u : batch)
        apply(u);
    m_io->process();
}

void CoapServer::apply(Update &u)
{
    auto it = m_twins.find(u.twinId);
    switch (u.kind) {
    case Update::Kind::Register:
        if (it == m_twins.end()) {
            it = m_twins.emplace(u.twinId, Twin{}).first;
            it->second.lifecycle = u.key;
            it->second.maxPayload = u.maxPayload;
            it->second.description = addResource(it->second, u.twinId, Kind::Description, {},
                                                 Coap::kTwinResourceType, "core.rp", true);
        }
        return;
    case Update::Kind::Unregister:
        removeTwin(u.twinId);
        return;
    default:
        break;
    }
    if (it == m_twins.end())
        return;
    Twin &twin = it->second;
    switch (u.kind) {
    case Update::Kind::Describe:
        if (!twin.model && u.model) {
            twin.model = u.model;
            addResources(u.twinId, twin);
            coap_resource_notify_observers(twin.description, nullptr);
        }
        for (auto &[name, value] : u.values) {
            auto slot = twin.properties.find(name);
            if (slot != twin.properties.end() && !slot->known && !value.isNull()) {
                slot->value = std::move(value);
                slot->known = true;
                coap_resource_notify_observers(slot->resource, nullptr);
            }
        }
        break;
    case Update::Kind::Property: {
        auto slot = twin.properties.find(u.key);
        if (slot == twin.properties.end())
            break;
        slot->value = std::move(u.value);
        slot->known = true;
        coap_resource_notify_observers(slot->resource, nullptr);
        break;
    }
    case Update::Kind::Event: {
        auto slot = twin.events.find(u.key);
        if (slot == twin.events.end())
            break;
        slot->value = std::move(u.value);
        slot->known = true;
        coap_resource_notify_observers(slot->resource, nullptr);
        // Every event is its own notification: send it before the next one overwrites it.
        m_io->process();
        break;
    }
    case Update::Kind::Lifecycle:
        twin.lifecycle = u.key;
        coap_resource_notify_observers(twin.description, nullptr);
        break;
    default:
        break;
    }
}

coap_resource_t *CoapServer::addResource(Twin &twin, const QString &twinId, Kind kind,
                                         const QString &name, const char *rt, const char *ifd,
                                         bool observable)
{
    const Coap::TwinPaths paths(twinId);
    const QString path = kind == Kind::Property ? paths.property(name)
                         : kind == Kind::Event  ? paths.event(name)
                         : kind == Kind::Action ? paths.action(name)
                                                : paths.description();
    // libcoap matches the Uri-Path options it received, unescaped, without the leading '/'.
    const QByteArray uri = QUrl::fromPercentEncoding(path.mid(1).toUtf8()).toUtf8();
    coap_resource_t *r = coap_resource_init(newString(uri), COAP_RESOURCE_FLAGS_RELEASE_URI);
    const int flags = COAP_ATTR_FLAGS_RELEASE_NAME | COAP_ATTR_FLAGS_RELEASE_VALUE;
    // libcoap lists attributes last added first: this reads rt, if, ct.
    coap_add_attr(r, newString("ct"), newString("\"50 60\""), flags);
    coap_add_attr(r, newString("if"), newString(QByteArray("\"") + ifd + '"'), flags);
    coap_add_attr(r, newString("rt"), newString(QByteArray("\"") + rt + '"'), flags);
    if (observable)
        coap_resource_set_get_observable(r, 1);
    auto handle = std::make_unique<Handle>(Handle{this, twinId, kind, name});
    coap_resource_set_userdata(r, handle.get());
    twin.handles.push_back(std::move(handle));
    switch (kind) {
    case Kind::Description:
    case Kind::Event:
        coap_register_request_handler(r, COAP_REQUEST_GET, &CoapServerCallbacks::request);
        break;
    case Kind::Property:
        coap_register_request_handler(r, COAP_REQUEST_GET, &CoapServerCallbacks::request);
        coap_register_request_handler(r, COAP_REQUEST_PUT, &CoapServerCallbacks::request);
        break;
    case Kind::Action:
        coap_register_request_handler(r, COAP_REQUEST_POST, &CoapServerCallbacks::request);
        break;
    }
    coap_add_resource(m_context, r);
    twin.resources.push_back(r);
    return r;
}

void CoapServer::addResources(const QString &twinId, Twin &twin)
{
    const TwinModel &model = *twin.model;
    for (const PropertyDef &p : model.properties)
        twin.properties.insert(p.name, Slot{addResource(twin, twinId, Kind::Property, p.name,
                                                        Coap::kPropertyResourceType,
                                                        p.writable ? "core.p" : "core.s", true)});
    for (const EventDef &e : model.events)
        twin.events.insert(e.name, Slot{addResource(twin, twinId, Kind::Event, e.name,
                                                    Coap::kEventResourceType, "core.s", true)});
    for (const ActionDef &a : model.actions)
        twin.actions.insert(a.name, addResource(twin, twinId, Kind::Action, a.name,
                                                Coap::kActionResourceType, "core.a", false));
}

void CoapServer::removeTwin(const QString &twinId)
{
    auto it = m_twins.find(twinId);
    if (it == m_twins.end())
        return;
    // Answers still in flight for it are dropped: their resources go away.
    for (auto a = m_answers.begin(); a != m_answers.end();) {
        if (a->second.twinId != twinId) {
            ++a;
            continue;
        }
        const coap_bin_const_t token{
            static_cast<size_t>(a->second.token.size()),
            reinterpret_cast<const uint8_t *>(a->second.token.constData())};
        if (coap_async_t *async = coap_find_async(a->second.session, token))
            coap_free_async(a->second.session, async);
        coap_session_release(a->second.session);
        a = m_answers.erase(a);
    }
    for (coap_resource_t *r : it->second.resources) {
        std::erase_if(m_partial, [r](const auto &p) { return p.first.second == r; });
        coap_resource_set_userdata(r, nullptr);
        coap_delete_resource(m_context, r);
    }
    m_twins.erase(it);
}

void CoapServer::describe(const QString &twinId, const TwinModelPtr &model,
                          const TwinSnapshot &snapshot)
{
    Update u;
    u.kind = Update::Kind::Describe;
    u.twinId = twinId;
    u.model = model;
    for (const PropertySnapshot &p : snapshot.properties)
        u.values.emplace_back(p.name, p.reported);
    apply(u);
    m_io->process();
}

QByteArray CoapServer::descriptionJson(const QString &twinId, const Twin &twin) const
{
    const ResourceBindings bindings(twinId, twin.lifecycle);
    return QByteArray::fromStdString(TwinDescription(twinId, twin.model).toJson(&bindings).dump());
}

void CoapServer::refuse(coap_pdu_t *response, int code, const QString &message)
{
    if ((code >> 5) == 4)
        m_counters.badRequests.fetch_add(1, std::memory_order_relaxed);
    coap_pdu_set_code(response, static_cast<coap_pdu_code_t>(code));
    // A diagnostic payload (RFC 7252 §5.5.2): text for a person, no Content-Format.
    const QByteArray text = message.toUtf8();
    coap_add_data(response, static_cast<size_t>(text.size()),
                  reinterpret_cast<const uint8_t *>(text.constData()));
}

bool CoapServer::takeBody(coap_session_t *session, coap_resource_t *resource,
                          const coap_pdu_t *request, coap_pdu_t *response, qsizetype limit,
                          QByteArray *body)
{
    size_t length = 0;
    size_t offset = 0;
    size_t total = 0;
    const uint8_t *data = nullptr;
    if (!coap_get_data_large(request, &length, &data, &offset, &total) || !data)
        length = 0;
    const std::pair<const coap_session_t *, const coap_resource_t *> key{session, resource};
    const auto tooLarge = [&](std::uint64_t size) {
        m_partial.erase(key);
        m_counters.tooLarge.fetch_add(1, std::memory_order_relaxed);
        // RFC 7959 §2.9.3: Size1 tells the client the largest body taken.
        uint8_t buffer[8];
        coap_add_option(response, COAP_OPTION_SIZE1,
                        coap_encode_var_safe8(buffer, sizeof(buffer), std::uint64_t(limit)),
                        buffer);
        refuse(response, COAP_RESPONSE_CODE_REQUEST_TOO_LARGE,
               Adapters::Tr::tr("a body of %1 bytes or more is over the limit of %2 bytes")
                   .arg(size)
                   .arg(limit));
        return false;
    };
    // A client that says the size at the start is refused before it sends the rest.
    if (const auto size1 = Coap::uintOption(request, COAP_OPTION_SIZE1);
        size1 && *size1 > std::uint64_t(limit))
        return tooLarge(*size1);
    coap_block_b_t block{};
    if (!coap_get_block_b(session, request, COAP_OPTION_BLOCK1, &block)) {
        if (length > size_t(limit))
            return tooLarge(length);
        *body = QByteArray(reinterpret_cast<const char *>(data), qsizetype(length));
        return true;
    }
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = m_partial.begin(); it != m_partial.end();) {
        if (now - it->second.lastBlockMs > kPartialBodyTimeoutMs)
            it = m_partial.erase(it);
        else
            ++it;
    }
    auto it = m_partial.find(key);
    if (offset == 0) {
        if (it == m_partial.end() && m_partial.size() >= kMaxPartialBodies) {
            refuse(response, COAP_RESPONSE_CODE_SERVICE_UNAVAILABLE,
                   Adapters::Tr::tr("%1 block-wise bodies are arriving already; try again later")
                       .arg(m_partial.size()));
            return false;
        }
        it = m_partial.insert_or_assign(key, PartialBody{}).first;
    } else if (it == m_partial.end() || size_t(it->second.bytes.size()) != offset) {
        // A block without the ones before it (RFC 7959 §2.9.2): nothing of it is kept.
        if (it != m_partial.end())
            m_partial.erase(it);
        refuse(response, COAP_RESPONSE_CODE_INCOMPLETE,
               Adapters::Tr::tr("block %1 arrived without the blocks before it; send the body "
                                "again from block 0")
                   .arg(block.num));
        return false;
    }
    if (offset + length > size_t(limit))
        return tooLarge(offset + length);
    it->second.bytes.append(reinterpret_cast<const char *>(data), qsizetype(length));
    it->second.lastBlockMs = now;
    if (block.m) {
        // libcoap has put the Block1 option into the response.
        coap_pdu_set_code(response, COAP_RESPONSE_CODE_CONTINUE);
        return false;
    }
    *body = std::move(it->second.bytes);
    m_partial.erase(it);
    return true;
}

void CoapServer::respond(coap_resource_t *resource, coap_session_t *session,
                         const coap_pdu_t *request, const coap_string_t *query,
                         coap_pdu_t *response, int code, const QByteArray &payload,
                         int contentFormat)
{
    coap_pdu_set_code(response, static_cast<coap_pdu_code_t>(code));
    auto *copy = new QByteArray(payload);
    // Large representations go out in blocks (RFC 7959); libcoap cuts them.
    if (!coap_add_data_large_response(
            resource, session, request, response, query, static_cast<uint16_t>(contentFormat), -1,
            0, static_cast<size_t>(copy->size()),
            reinterpret_cast<const uint8_t *>(copy->constData()), &releaseBuffer, copy))
        delete copy;
}

void CoapServer::startAnswer(coap_session_t *session, const coap_pdu_t *request,
                             coap_pdu_t *response, int accept, const QString &twinId,
                             const QString &what, QFuture<ActionResult> future)
{
    coap_async_t *async = coap_register_async(session, request, 0);
    if (!async) {
        refuse(response, COAP_RESPONSE_CODE_SERVICE_UNAVAILABLE,
               Adapters::Tr::tr("the server cannot take this request now"));
        return;
    }
    coap_session_reference(session);
    const quint64 id = ++m_nextAnswer;
    const coap_bin_const_t token = coap_pdu_get_token(request);
    Answer answer;
    answer.session = session;
    answer.token =
        QByteArray(reinterpret_cast<const char *>(token.s), static_cast<qsizetype>(token.length));
    answer.accept = accept;
    answer.what = what;
    answer.twinId = twinId;
    m_answers.emplace(id, std::move(answer));
    coap_async_set_app_data(async, reinterpret_cast<void *>(static_cast<quintptr>(id)));
    // No response code now: libcoap acknowledges a confirmable request with an empty ACK, and
    // the answer follows as a separate response.
    future.then(this, [this, id](const ActionResult &r) { finishAnswer(id, r); });
}

void CoapServer::finishAnswer(quint64 id, const ActionResult &result)
{
    auto it = m_answers.find(id);
    if (it == m_answers.end())
        return;
    Answer &a = it->second;
    a.result = result;
    a.done = true;
    const coap_bin_const_t token{static_cast<size_t>(a.token.size()),
                                 reinterpret_cast<const uint8_t *>(a.token.constData())};
    coap_async_t *async = coap_find_async(a.session, token);
    if (!async) {
        coap_session_release(a.session);
        m_answers.erase(it);
        return;
    }
    coap_async_trigger(async);
    m_io->process();
}

void CoapServer::handle(Handle *handle, coap_resource_t *resource, coap_session_t *session,
                        const coap_pdu_t *request, const coap_string_t *query, coap_pdu_t *response)
{
    // The second call for a request answered asynchronously: its result is in.
    if (coap_async_t *async = coap_find_async(session, coap_pdu_get_token(request))) {
        const auto id =
            static_cast<quint64>(reinterpret_cast<quintptr>(coap_async_get_app_data(async)));
        auto it = m_answers.find(id);
        // libcoap frees the async entry itself once this call returns.
        if (it == m_answers.end() || !it->second.done) {
            refuse(response, COAP_RESPONSE_CODE_INTERNAL_ERROR,
                   Adapters::Tr::tr("the answer was lost"));
            return;
        }
        Answer a = std::move(it->second);
        m_answers.erase(it);
        if (a.result.ok) {
            m_counters.answers.fetch_add(1, std::memory_order_relaxed);
            respond(resource, session, request, query, response, COAP_RESPONSE_CODE_CHANGED,
                    Coap::encode(a.result.value, a.accept), a.accept);
        } else {
            m_counters.failures.fetch_add(1, std::memory_order_relaxed);
            // A device's own error code travels as a gateway error; the text says which.
            refuse(response,
                   a.result.code ? COAP_RESPONSE_CODE_BAD_GATEWAY
                                 : COAP_RESPONSE_CODE_INTERNAL_ERROR,
                   Adapters::Tr::tr("%1: %2").arg(a.what, a.result.error));
        }
        coap_session_release(a.session);
        return;
    }
    m_counters.requests.fetch_add(1, std::memory_order_relaxed);
    auto tw = m_twins.find(handle->twinId);
    if (tw == m_twins.end()) {
        refuse(response, COAP_RESPONSE_CODE_NOT_FOUND,
               Adapters::Tr::tr("no twin '%1' here").arg(handle->twinId));
        return;
    }
    Twin &twin = tw->second;
    const coap_pdu_code_t method = coap_pdu_get_code(request);
    int accept = Coap::Json;
    if (auto a = Coap::uintOption(request, COAP_OPTION_ACCEPT)) {
        const bool value = handle->kind == Kind::Property || handle->kind == Kind::Event;
        if (*a == Coap::Json || *a == Coap::Cbor || (*a == Coap::TextPlain && value)) {
            accept = static_cast<int>(*a);
        } else {
            refuse(response, COAP_RESPONSE_CODE_NOT_ACCEPTABLE,
                   Adapters::Tr::tr("Accept %1 is not served: ask for application/json (50) or "
                                    "application/cbor (60)")
                       .arg(*a));
            return;
        }
    }
    const QString &name = handle->name;
    // A request's payload: JSON unless its Content-Format says CBOR or text.
    auto argument = [&](Value *out) -> bool {
        QByteArray body;
        if (!takeBody(session, resource, request, response, twin.maxPayload, &body))
            return false;
        if (body.isEmpty()) {
            *out = Value();
            return true;
        }
        const int ct = static_cast<int>(
            Coap::uintOption(request, COAP_OPTION_CONTENT_FORMAT).value_or(Coap::Json));
        if (ct != Coap::Json && ct != Coap::Cbor && ct != Coap::TextPlain) {
            refuse(response, COAP_RESPONSE_CODE_UNSUPPORTED_CONTENT_FORMAT,
                   Adapters::Tr::tr("Content-Format %1 is not read: send application/json (50), "
                                    "application/cbor (60) or text/plain (0)")
                       .arg(ct));
            return false;
        }
        QString error;
        auto decoded = Coap::decode(ct, body, &error);
        if (!decoded || decoded->empty()) {
            refuse(response, COAP_RESPONSE_CODE_BAD_REQUEST, error);
            return false;
        }
        *out = decoded->front().value;
        return true;
    };
    switch (handle->kind) {
    case Kind::Description: {
        QByteArray json = descriptionJson(handle->twinId, twin);
        if (accept == Coap::Cbor) {
            const auto bytes =
                nlohmann::json::to_cbor(nlohmann::json::parse(json.constBegin(), json.constEnd()));
            json = QByteArray(reinterpret_cast<const char *>(bytes.data()),
                              static_cast<qsizetype>(bytes.size()));
        }
        respond(resource, session, request, query, response, COAP_RESPONSE_CODE_CONTENT, json,
                accept);
        return;
    }
    case Kind::Event: {
        const Slot &slot = twin.events.value(name);
        respond(resource, session, request, query, response, COAP_RESPONSE_CODE_CONTENT,
                Coap::encode(slot.known ? slot.value : Value(), accept), accept);
        return;
    }
    case Kind::Property: {
        if (method == COAP_REQUEST_CODE_GET) {
            const Slot slot = twin.properties.value(name);
            respond(resource, session, request, query, response, COAP_RESPONSE_CODE_CONTENT,
                    Coap::encode(slot.known ? slot.value : Value(), accept), accept);
            return;
        }
        const PropertyDef *def = twin.model ? twin.model->property(name) : nullptr;
        if (!def) {
            refuse(response, COAP_RESPONSE_CODE_NOT_FOUND,
                   Adapters::Tr::tr("twin '%1' has no property '%2'").arg(handle->twinId, name));
            return;
        }
        if (!def->writable) {
            refuse(response, COAP_RESPONSE_CODE_NOT_ALLOWED,
                   Adapters::Tr::tr("property '%1' is read-only: it cannot be written").arg(name));
            return;
        }
        Value value;
        if (!argument(&value))
            return;
        if (value.isNull()) {
            refuse(
                response, COAP_RESPONSE_CODE_BAD_REQUEST,
                Adapters::Tr::tr("PUT carries the desired value of '%1' as its payload").arg(name));
            return;
        }
        QString error;
        if (def->schema && !def->schema->coerce(value, &error)) {
            refuse(response, COAP_RESPONSE_CODE_BAD_REQUEST,
                   Adapters::Tr::tr("property '%1': %2").arg(name, error));
            return;
        }
        startAnswer(session, request, response, accept, handle->twinId,
                    Adapters::Tr::tr("desired value of '%1'").arg(name),
                    m_engine->writeDesired(handle->twinId, name, value));
        return;
    }
    case Kind::Action: {
        const ActionDef *def = twin.model ? twin.model->action(name) : nullptr;
        if (!def) {
            refuse(response, COAP_RESPONSE_CODE_NOT_FOUND,
                   Adapters::Tr::tr("twin '%1' has no action '%2'").arg(handle->twinId, name));
            return;
        }
        Value value;
        if (!argument(&value))
            return;
        if (def->request && value.isNull()) {
            refuse(response, COAP_RESPONSE_CODE_BAD_REQUEST,
                   Adapters::Tr::tr("action '%1' needs an argument '%2' of type %3")
                       .arg(name, def->requestName, schemaKindName(def->request->kind())));
            return;
        }
        QString error;
        if (def->request && !def->request->coerce(value, &error)) {
            refuse(response, COAP_RESPONSE_CODE_BAD_REQUEST,
                   Adapters::Tr::tr("action '%1': %2").arg(name, error));
            return;
        }
        const LifecycleState state = m_engine->lifecycle(handle->twinId);
        if (state == LifecycleState::Stopped || state == LifecycleState::Created ||
            state == LifecycleState::Destroyed || state == LifecycleState::Error) {
            refuse(response, COAP_RESPONSE_CODE_SERVICE_UNAVAILABLE,
                   Adapters::Tr::tr("twin '%1' is not running (%2)")
                       .arg(handle->twinId, lifecycleStateName(state)));
            return;
        }
        startAnswer(session, request, response, accept, handle->twinId,
                    Adapters::Tr::tr("action '%1'").arg(name),
                    m_engine->invokeAction(handle->twinId, name, value));
        return;
    }
    }
}

} // namespace twinloom
