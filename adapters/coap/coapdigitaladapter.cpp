#include "adapters/coap/coapdigitaladapter.h"

#include "adapters/tr.h"
#include "engine/configreader.h"
#include "engine/engine.h"
#include "engine/lifecycle.h"
#include "engine/twinstate.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLoggingCategory>

#include <nlohmann/json.hpp>

namespace twinloom {

namespace {
// The largest "maxPayload" a configuration may give: 64 MiB.
constexpr int kMaxPayloadLimit = 64 * 1024 * 1024;
} // namespace

CoapDigitalAdapter::CoapDigitalAdapter(QString id, QString twinId, CoapEndpoint endpoint,
                                       Engine *engine, qsizetype maxPayload, QObject *parent)
    : DigitalAdapter(std::move(id), parent)
    , m_twinId(std::move(twinId))
    , m_endpoint(std::move(endpoint))
    , m_engine(engine)
    , m_maxPayload(maxPayload)
{}

CoapDigitalAdapter::~CoapDigitalAdapter()
{
    stop();
}

void CoapDigitalAdapter::start()
{
    if (m_server)
        return;
    m_error.clear();
    m_server = CoapServer::acquire(m_engine, m_endpoint, &m_error);
    if (!m_server) {
        reportStartFailure(m_error);
        return;
    }
    CoapServer::Update u;
    u.kind = CoapServer::Update::Kind::Register;
    u.twinId = m_twinId;
    u.maxPayload = m_maxPayload;
    u.key = lifecycleStateName(m_engine ? m_engine->lifecycle(m_twinId) : LifecycleState::Started);
    m_server->post({std::move(u)});
    if (!m_engine)
        return;
    // The model and the values the twin already holds, even if it never changes again.
    CoapServer *server = m_server.get();
    Engine *engine = m_engine;
    const QString twinId = m_twinId;
    m_engine->snapshot(m_twinId).then(server, [server, engine, twinId](const TwinSnapshot &s) {
        if (TwinModelPtr model = engine->model(s.modelId))
            server->describe(twinId, model, s);
    });
}

void CoapDigitalAdapter::stop()
{
    if (!m_server)
        return;
    CoapServer::Update u;
    u.kind = CoapServer::Update::Kind::Unregister;
    u.twinId = m_twinId;
    m_server->post({std::move(u)});
    m_server.reset();
    m_described = false;
}

void CoapDigitalAdapter::onStateChange(const StateChange &change, const TwinState &state)
{
    if (!m_server)
        return;
    std::vector<CoapServer::Update> updates;
    updates.reserve(static_cast<std::size_t>(change.changes.size()) + (m_described ? 0 : 1));
    if (!m_described) {
        CoapServer::Update d;
        d.kind = CoapServer::Update::Kind::Describe;
        d.twinId = m_twinId;
        d.model = state.modelPtr();
        for (int i = 0; i < state.propertyCount(); ++i) {
            const PropertyState &p = state.property(i);
            if (p.updatedAt)
                d.values.emplace_back(state.model().properties[static_cast<std::size_t>(i)].name,
                                      p.reported);
        }
        updates.push_back(std::move(d));
        m_described = true;
    }
    for (const ResourceChange &r : change.changes) {
        CoapServer::Update u;
        if (r.kind == ResourceKind::Property)
            u.kind = CoapServer::Update::Kind::Property;
        else if (r.kind == ResourceKind::Event)
            u.kind = CoapServer::Update::Kind::Event;
        else
            continue;
        u.twinId = m_twinId;
        u.key = r.key;
        u.value = r.value;
        updates.push_back(std::move(u));
    }
    if (!updates.empty())
        m_server->post(std::move(updates));
}

void CoapDigitalAdapter::onLifecycle(LifecycleState, LifecycleState to)
{
    if (!m_server)
        return;
    CoapServer::Update u;
    u.kind = CoapServer::Update::Kind::Lifecycle;
    u.twinId = m_twinId;
    u.maxPayload = m_maxPayload;
    u.key = lifecycleStateName(to);
    m_server->post({std::move(u)});
}

AdapterTypeInfo CoapDigitalAdapter::typeInfo()
{
    return {QStringLiteral("coap"), Adapters::Tr::tr("CoAP"),
            Adapters::Tr::tr(
                "Serves the twin as CoAP resources: its description, properties (Observe, PUT "
                "desired values), actions (POST) and events (Observe)."),
            [] {
                nlohmann::json properties = Coap::endpointSchema();
                properties["maxPayload"] = {
                    {"type", "integer"}, {"minimum", 1}, {"maximum", kMaxPayloadLimit}};
                return nlohmann::json{{"type", "object"}, {"properties", properties}};
            }(),
            [](const nlohmann::json &config, DescriptorNeeds &needs) {
                // One server per endpoint and engine: its context and its socket.
                needs.perEngine[QStringLiteral("coap-server\n") +
                                jsonString(config, "host").value_or(QStringLiteral("127.0.0.1")) +
                                QLatin1Char('|') +
                                QString::number(jsonInteger(config, "port").value_or(5683))] = 4;
            }};
}

std::unique_ptr<DigitalAdapter> CoapDigitalAdapter::fromConfig(const AdapterBuildContext &c)
{
    Diagnostics &d = *c.diagnostics;
    const int errorsBefore = d.errorCount();
    if (!c.config.is_object() && !c.config.is_null()) {
        d.error(c.pointer, Adapters::Tr::tr("the CoAP adapter's configuration is an object"));
        return nullptr;
    }
    static const nlohmann::json empty = nlohmann::json::object();
    const nlohmann::json &j = c.config.is_null() ? empty : c.config;
    ConfigReader r(j, c.pointer, d, Adapters::Tr::tr("the CoAP adapter"));
    CoapEndpoint endpoint;
    if (r.has("host"))
        endpoint.host = r.string("host");
    if (endpoint.host.isEmpty())
        c.error(QStringLiteral("/host"), Adapters::Tr::tr("\"host\" is the address to listen on"));
    if (auto psk = Coap::readPsk(r, d, false))
        endpoint.psk = *psk;
    endpoint.port = endpoint.psk.isSet() ? 5684 : 5683;
    if (auto port = r.integer("port", 1, 65535))
        endpoint.port = *port;
    const qsizetype maxPayload =
        r.integer("maxPayload", 1, kMaxPayloadLimit).value_or(CoapServer::kDefaultMaxPayload);
    // Without an engine the project is only being checked (a runner, the studio): the
    // configuration is what matters then.
    if (d.errorCount() > errorsBefore || !c.engine)
        return nullptr;
    return std::make_unique<CoapDigitalAdapter>(c.id, c.twinId, endpoint, c.engine, maxPayload);
}

} // namespace twinloom
