#include "adapters/http/httpdigitaladapter.h"

#include "adapters/tr.h"
#include "engine/configreader.h"
#include "engine/engine.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>

#include <nlohmann/json.hpp>

namespace twinloom {

namespace {
constexpr int kMaxBodyLimit = 64 * 1024 * 1024;
} // namespace

HttpDigitalAdapter::HttpDigitalAdapter(QString id, QString twinId, HttpEndpoint endpoint,
                                       Engine *engine, QObject *parent)
    : DigitalAdapter(std::move(id), parent)
    , m_twinId(std::move(twinId))
    , m_endpoint(std::move(endpoint))
    , m_engine(engine)
{}

HttpDigitalAdapter::~HttpDigitalAdapter()
{
    if (m_api)
        m_api->removeTwin(m_twinId);
}

void HttpDigitalAdapter::start()
{
    if (m_api)
        return;
    QString error;
    m_api = HttpApi::acquire(m_engine, m_endpoint, &error);
    if (!m_api) {
        reportStartFailure(error);
        return;
    }
    m_api->addTwin(m_twinId);
}

void HttpDigitalAdapter::stop()
{
    // A stopped twin stays listed, in Stopped: its clients learn why writes are refused (409)
    // instead of losing it (404). It leaves the server with the adapter.
}

nlohmann::json HttpDigitalAdapter::endpointSchema()
{
    return nlohmann::json::parse(R"({
      "host": {"type": "string"},
      "port": {"type": "integer", "minimum": 0, "maximum": 65535},
      "tokens": {"type": "object", "additionalProperties": false, "properties": {
        "read": {"type": "string"}, "write": {"type": "string"}}},
      "tls": {"type": "object", "required": ["certificate", "key"], "additionalProperties": false,
        "properties": {"certificate": {"type": "string"}, "key": {"type": "string"}}},
      "cors": {"type": "array", "items": {"type": "string"}},
      "maxBody": {"type": "integer", "minimum": 1, "maximum": 67108864},
      "perTwinMetrics": {"type": "boolean"},
      "streamBuffer": {"type": "integer", "minimum": 4096, "maximum": 67108864},
      "maxConnections": {"type": "integer", "minimum": 16, "maximum": 1000000},
      "idleTimeout": {"type": ["string", "number"]},
      "headerTimeout": {"type": ["string", "number"]},
      "slowClientTimeout": {"type": ["string", "number"]}
    })");
}

HttpEndpoint HttpDigitalAdapter::readEndpoint(ConfigReader &r, const QString &baseDirectory)
{
    HttpEndpoint e;
    if (r.has("host"))
        e.host = r.string("host");
    if (e.host.isEmpty())
        r.error("host", Adapters::Tr::tr("\"host\" is the address to listen on"));
    if (auto port = r.integer("port", 0, 65535))
        e.port = *port;
    if (auto max = r.integer("maxBody", 1, kMaxBodyLimit))
        e.maxBody = *max;
    if (auto buffer = r.integer("streamBuffer", 4096, kMaxBodyLimit))
        e.streamBufferBytes = *buffer;
    if (auto connections = r.integer("maxConnections", 16, 1'000'000))
        e.maxConnections = *connections;
    if (auto perTwin = r.boolean("perTwinMetrics"))
        e.perTwinMetrics = *perTwin ? 1 : 0;
    if (auto idle = r.duration("idleTimeout"))
        e.idleTimeoutMs = static_cast<int>(std::clamp<Timestamp>(*idle / 1000, 100, 3'600'000));
    if (auto slow = r.duration("slowClientTimeout"))
        e.slowClientMs = static_cast<int>(std::clamp<Timestamp>(*slow / 1000, 100, 3'600'000));
    if (auto header = r.duration("headerTimeout"))
        e.headerTimeoutMs = static_cast<int>(std::clamp<Timestamp>(*header / 1000, 100, 600'000));
    const nlohmann::json &j = r.json();
    if (auto it = j.find("tokens"); it != j.end()) {
        if (!it->is_object()) {
            r.error("tokens", Adapters::Tr::tr("\"tokens\" is an object with \"read\" and "
                                               "\"write\" bearer tokens"));
        } else {
            Diagnostics &d = *r.diagnostics();
            ConfigReader t(*it, r.pointer() + QStringLiteral("/tokens"), d,
                           Adapters::Tr::tr("the tokens"));
            e.readToken = t.string("read");
            e.writeToken = t.string("write");
            for (const auto &[key, token] :
                 {std::pair{"read", e.readToken}, std::pair{"write", e.writeToken}}) {
                if (t.has(key) && token.size() < 16)
                    t.error(key, Adapters::Tr::tr("a bearer token has 16 characters at least"));
            }
        }
    }
    if (auto it = j.find("tls"); it != j.end()) {
        Diagnostics &d = *r.diagnostics();
        ConfigReader t(*it, r.pointer() + QStringLiteral("/tls"), d, Adapters::Tr::tr("TLS"));
        const QDir base(baseDirectory);
        const QString cert = t.string("certificate", true);
        const QString key = t.string("key", true);
        if (!cert.isEmpty())
            e.tls.certificateFile = base.filePath(cert);
        if (!key.isEmpty())
            e.tls.keyFile = base.filePath(key);
        for (const auto &[field, file] :
             {std::pair{"certificate", e.tls.certificateFile}, std::pair{"key", e.tls.keyFile}}) {
            if (!file.isEmpty() && !QFileInfo(file).isReadable())
                t.error(field, Adapters::Tr::tr("cannot read the file '%1'").arg(file));
        }
    }
    if (auto it = j.find("cors"); it != j.end()) {
        bool ok = it->is_array();
        if (ok) {
            for (const auto &origin : *it) {
                if (!origin.is_string()) {
                    ok = false;
                    break;
                }
                e.corsOrigins.append(QString::fromStdString(origin.get<std::string>()));
            }
        }
        if (!ok)
            r.error("cors", Adapters::Tr::tr("\"cors\" is a list of allowed origins "
                                             "(\"https://host:port\", or \"*\")"));
    }
    return e;
}

AdapterTypeInfo HttpDigitalAdapter::typeInfo()
{
    return {QStringLiteral("http"), Adapters::Tr::tr("HTTP"),
            Adapters::Tr::tr("Serves the twin over HTTP and WebSocket: its description, state, "
                             "properties (PUT desired values), actions (POST), events, history, "
                             "a change stream, OpenAPI and Prometheus metrics."),
            nlohmann::json{{"type", "object"},
                           {"additionalProperties", false},
                           {"properties", endpointSchema()}},
            [](const nlohmann::json &config, DescriptorNeeds &needs) {
                // One server per endpoint and engine: its listening socket and its thread.
                needs.perEngine[QStringLiteral("http-server\n") +
                                jsonString(config, "host").value_or(QStringLiteral("127.0.0.1")) +
                                QLatin1Char('|') +
                                QString::number(jsonInteger(config, "port").value_or(8080))] = 4;
            }};
}

std::unique_ptr<DigitalAdapter> HttpDigitalAdapter::fromConfig(const AdapterBuildContext &c)
{
    Diagnostics &d = *c.diagnostics;
    const int errorsBefore = d.errorCount();
    if (!c.config.is_object() && !c.config.is_null()) {
        d.error(c.pointer, Adapters::Tr::tr("the HTTP adapter's configuration is an object"));
        return nullptr;
    }
    static const nlohmann::json empty = nlohmann::json::object();
    const nlohmann::json &j = c.config.is_null() ? empty : c.config;
    ConfigReader r(j, c.pointer, d, Adapters::Tr::tr("the HTTP adapter"));
    HttpEndpoint endpoint = readEndpoint(r, c.baseDirectory);
    if (d.errorCount() > errorsBefore || !c.engine)
        return nullptr;
    return std::make_unique<HttpDigitalAdapter>(c.id, c.twinId, endpoint, c.engine);
}

} // namespace twinloom
