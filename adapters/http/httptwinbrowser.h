#pragma once

#include "adapters/remote/twinbrowser.h"

#include <QtCore/QHash>
#include <QtCore/QTimer>

class QNetworkAccessManager;
class QNetworkRequest;

namespace twinloom {

// Twins a runner serves over HTTP: GET /api/twins every pollInterval gives their ids and life
// cycle states, GET /api/twins/ID the description of each new one. A twin the runner no longer
// lists is gone; a runner that does not answer is unreachable.
class HttpTwinBrowser : public TwinBrowser
{
    Q_OBJECT

public:
    static constexpr int kPollMs = 2000;

    explicit HttpTwinBrowser(const RemoteSource &source, QObject *parent = nullptr);
    ~HttpTwinBrowser() override;

    bool start(QString *error) override;
    void stop() override;

private:
    void poll();
    QNetworkRequest request(const QString &path) const;

    QNetworkAccessManager *m_net = nullptr;
    QTimer m_poll;
    bool m_polling = false;
    QHash<QString, QString> m_lifecycle; // id → state, of the twins listed last
    QHash<QString, bool> m_described;    // ids whose description arrived
};

} // namespace twinloom
