#pragma once

#include "engine/adapter.h"

#include <QtCore/QTimer>
#include <QtCore/QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkRequest;
class QWebSocket;

namespace twinloom {

class ConfigReader;

// The physical side of a mirror of a twin that another runner serves over HTTP: the remote
// twin is this twin's device. It reads the remote state once (GET …/state), then follows the
// remote twin's changes on the WebSocket stream (twins/ID/#); desired values ("desired/NAME"
// actions) and actions go back as PUT and POST. Bound while the stream is open; a lost stream is
// opened again, 1 s to 10 s apart, and its state read again.
//   {"url": "http://host:port", "twin": "remote-id", "token": "${env:…}"}
class HttpTwinAdapter : public PhysicalAdapter
{
    Q_OBJECT

public:
    static AdapterTypeInfo typeInfo();
    static std::unique_ptr<PhysicalAdapter> fromConfig(const AdapterBuildContext &context);

    HttpTwinAdapter(QString id, QUrl base, QString remoteTwin, QString token,
                    QObject *parent = nullptr);
    ~HttpTwinAdapter() override;

    QString type() const override { return QStringLiteral("httpTwin"); }
    void start() override;
    void stop() override;
    void onAction(const PhysicalAction &action) override;

private:
    void connectStream();
    void readState();
    void lost(const QString &reason);
    void onMessage(const QString &text);
    QNetworkRequest request(const QString &path) const;

    QUrl m_base;
    QString m_remote;
    QString m_token;
    QNetworkAccessManager *m_net = nullptr;
    QWebSocket *m_socket = nullptr;
    QTimer m_retry;
    int m_retryMs = 1000;
    bool m_running = false;
    bool m_bound = false;
};

} // namespace twinloom
