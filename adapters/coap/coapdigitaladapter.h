#pragma once

#include "adapters/coap/coapserver.h"
#include "engine/adapter.h"

#include <memory>

namespace twinloom {

class Engine;

// The digital side over CoAP: registers its twin into the engine's CoAP server for its endpoint
// (one server per host and port, shared by the twins that name it) and hands it every state
// change and lifecycle transition. The resources are those of CoapServer.
class CoapDigitalAdapter : public DigitalAdapter
{
    Q_OBJECT

public:
    static AdapterTypeInfo typeInfo();
    static std::unique_ptr<DigitalAdapter> fromConfig(const AdapterBuildContext &context);

    CoapDigitalAdapter(QString id, QString twinId, CoapEndpoint endpoint, Engine *engine,
                       qsizetype maxPayload = CoapServer::kDefaultMaxPayload,
                       QObject *parent = nullptr);
    ~CoapDigitalAdapter() override;

    QString type() const override { return QStringLiteral("coap"); }
    void start() override;
    void stop() override;
    void onStateChange(const StateChange &change, const TwinState &state) override;
    void onLifecycle(LifecycleState from, LifecycleState to) override;

    // The server while started (null when it could not listen: see lastError()).
    CoapServer *server() const { return m_server.get(); }
    QString lastError() const { return m_error; }

private:
    QString m_twinId;
    CoapEndpoint m_endpoint;
    Engine *m_engine;
    qsizetype m_maxPayload;
    std::shared_ptr<CoapServer> m_server;
    bool m_described = false;
    QString m_error;
};

} // namespace twinloom
