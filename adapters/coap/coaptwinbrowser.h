#pragma once

#include "adapters/coap/coapclient.h"
#include "adapters/remote/twinbrowser.h"

#include <QtCore/QHash>
#include <QtCore/QSet>
#include <QtCore/QTimer>

namespace twinloom {

// Twins served by a CoAP server: the resources of /.well-known/core with the twin resource type
// of the CoAP contract, and each one's description (which carries its lifecycle state), asked
// again every pollInterval. A twin the server no longer lists is gone; a server that does not
// answer is unreachable.
class CoapTwinBrowser
    : public TwinBrowser
    , private CoapClient::Listener
{
    Q_OBJECT

public:
    static constexpr int kPollMs = 2000;

    CoapTwinBrowser(const RemoteSource &source, QObject *parent = nullptr);
    ~CoapTwinBrowser() override;

    bool start(QString *error) override;
    void stop() override;

private:
    bool coapResponse(const CoapClient::Response &response) override;
    void coapFailure(const QByteArray &token, int mid, CoapClient::Failure failure) override;
    void poll();
    void get(const QString &path);
    void answered(const QString &path, int code, const QByteArray &body);

    CoapClient *m_client = nullptr;
    QTimer m_poll;
    QHash<QByteArray, QString> m_pending;      // token → path
    QSet<QString> m_listed;                    // twin ids the server listed last
    QHash<QString, QByteArray> m_descriptions; // the last description of each, by id
};

} // namespace twinloom
