#include "adapters/http/httptwinbrowser.h"

#include "adapters/http/httpapi.h"
#include "adapters/tr.h"
#include "engine/jsoninput.h"

#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>

#include <nlohmann/json.hpp>

namespace twinloom {

HttpTwinBrowser::HttpTwinBrowser(const RemoteSource &source, QObject *parent)
    : TwinBrowser(source, parent)
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &HttpTwinBrowser::poll);
}

HttpTwinBrowser::~HttpTwinBrowser()
{
    stop();
}

QNetworkRequest HttpTwinBrowser::request(const QString &path) const
{
    QUrl url;
    url.setScheme(source().https ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(source().host);
    url.setPort(source().port);
    url.setPath(path, QUrl::TolerantMode);
    QNetworkRequest r(url);
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    r.setTransferTimeout(kPollMs * 2);
    if (!source().token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + source().token.toUtf8());
    return r;
}

bool HttpTwinBrowser::start(QString *error)
{
    if (const QString why = source().invalidity(); !why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    if (!m_net)
        m_net = new QNetworkAccessManager(this);
    m_poll.start();
    poll();
    return true;
}

void HttpTwinBrowser::stop()
{
    m_poll.stop();
    if (m_net) {
        m_net->deleteLater();
        m_net = nullptr;
    }
    m_polling = false;
}

void HttpTwinBrowser::poll()
{
    if (!m_net || m_polling)
        return;
    m_polling = true;
    QNetworkReply *reply = m_net->get(request(QStringLiteral("/api/twins")));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_polling = false;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status != 200) {
            QString why = status ? Adapters::Tr::tr("HTTP %1").arg(status) : reply->errorString();
            const auto problem = JsonInput::parse(body);
            if (problem && problem->is_object() && problem->contains("detail") &&
                (*problem)["detail"].is_string())
                why = QString::fromStdString((*problem)["detail"].get<std::string>());
            setReachable(false, why);
            return;
        }
        QString error;
        const auto json = JsonInput::parse(body, &error);
        if (!json || !json->is_object() || !json->contains("twins") ||
            !(*json)["twins"].is_array()) {
            Q_EMIT problem(Adapters::Tr::tr("%1 answered /api/twins with no list of twins%2")
                               .arg(source().label(),
                                    error.isEmpty() ? QString() : QStringLiteral(": ") + error));
            return;
        }
        setReachable(true, {});
        QHash<QString, QString> listed;
        for (const auto &t : (*json)["twins"]) {
            if (!t.is_object() || !t.contains("id") || !t["id"].is_string())
                continue;
            const QString id = QString::fromStdString(t["id"].get<std::string>());
            const QString state = QString::fromStdString(t.value("lifecycle", ""));
            listed.insert(id, state);
            if (!m_described.value(id)) {
                m_described.insert(id, true);
                QNetworkReply *d = m_net->get(request(HttpApi::twinPath(id)));
                connect(d, &QNetworkReply::finished, this, [this, d, id] {
                    d->deleteLater();
                    if (d->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
                        m_described.remove(id); // asked again at the next poll
                        return;
                    }
                    describe(id, d->url().toString(), d->readAll(), m_lifecycle.value(id));
                });
            } else if (m_lifecycle.value(id) != state) {
                Q_EMIT lifecycleChanged(id, state);
            }
        }
        for (auto it = m_lifecycle.cbegin(); it != m_lifecycle.cend(); ++it) {
            if (!listed.contains(it.key())) {
                m_described.remove(it.key());
                Q_EMIT gone(it.key());
            }
        }
        m_lifecycle = std::move(listed);
    });
}

} // namespace twinloom
