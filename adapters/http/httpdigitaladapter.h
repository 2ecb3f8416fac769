#pragma once

#include "adapters/http/httpapi.h"
#include "engine/adapter.h"

#include <memory>

namespace twinloom {

class ConfigReader;
class Engine;

// The digital side over HTTP and WebSocket: registers its twin into the engine's HTTP interface
// for its endpoint (one server per address and port, shared by the twins that name it). The
// routes are those of HttpApi. A stopped twin stays served, in Stopped, until the twin is removed.
class HttpDigitalAdapter : public DigitalAdapter
{
    Q_OBJECT

public:
    static AdapterTypeInfo typeInfo();
    static std::unique_ptr<DigitalAdapter> fromConfig(const AdapterBuildContext &context);
    // Reads an endpoint configuration ({"host", "port", "tokens", "tls", "cors", "maxBody",
    // "perTwinMetrics", "idleTimeout"}); errors go to the reader's diagnostics.
    static HttpEndpoint readEndpoint(ConfigReader &reader, const QString &baseDirectory);
    static nlohmann::json endpointSchema();

    HttpDigitalAdapter(QString id, QString twinId, HttpEndpoint endpoint, Engine *engine,
                       QObject *parent = nullptr);
    ~HttpDigitalAdapter() override;

    QString type() const override { return QStringLiteral("http"); }
    void start() override;
    void stop() override;
    void onStateChange(const StateChange &, const TwinState &) override {}
    void onLifecycle(LifecycleState, LifecycleState) override {}

    HttpApi *api() const { return m_api.get(); }

private:
    QString m_twinId;
    HttpEndpoint m_endpoint;
    Engine *m_engine;
    std::shared_ptr<HttpApi> m_api;
};

} // namespace twinloom
