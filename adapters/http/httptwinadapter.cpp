#include "adapters/http/httptwinadapter.h"

#include "adapters/http/httpapi.h"
#include "adapters/tr.h"
#include "engine/configreader.h"
#include "engine/jsoninput.h"

#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtWebSockets/QWebSocket>

#include <nlohmann/json.hpp>

namespace twinloom {

HttpTwinAdapter::HttpTwinAdapter(QString id, QUrl base, QString remoteTwin, QString token,
                                 QObject *parent)
    : PhysicalAdapter(std::move(id), parent)
    , m_base(std::move(base))
    , m_remote(std::move(remoteTwin))
    , m_token(std::move(token))
    , m_retry(this) // moves to the twin's thread with the adapter
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &HttpTwinAdapter::connectStream);
}

HttpTwinAdapter::~HttpTwinAdapter()
{
    stop();
}

QNetworkRequest HttpTwinAdapter::request(const QString &path) const
{
    QUrl url = m_base;
    url.setPath(path, QUrl::TolerantMode);
    QNetworkRequest r(url);
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!m_token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    return r;
}

void HttpTwinAdapter::start()
{
    if (m_running)
        return;
    m_running = true;
    m_net = new QNetworkAccessManager(this);
    connectStream();
}

void HttpTwinAdapter::stop()
{
    m_running = false;
    m_retry.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (m_net) {
        m_net->deleteLater();
        m_net = nullptr;
    }
    m_bound = false;
}

void HttpTwinAdapter::connectStream()
{
    if (!m_running)
        return;
    if (m_socket)
        m_socket->deleteLater();
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::connected, this, [this] {
        m_retryMs = 1000;
        // Subscribed before the state is read: nothing falls between the two.
        nlohmann::json subscribe;
        subscribe["subscribe"] =
            QString(QStringLiteral("twins/") + m_remote + QStringLiteral("/#")).toStdString();
        m_socket->sendTextMessage(QString::fromStdString(subscribe.dump()));
        readState();
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, &HttpTwinAdapter::onMessage);
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        lost(m_socket ? m_socket->closeReason().isEmpty() ? m_socket->errorString()
                                                          : m_socket->closeReason()
                      : QString());
    });
    QUrl url = m_base;
    url.setScheme(m_base.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                            : QStringLiteral("ws"));
    url.setPath(QStringLiteral("/api/stream"));
    QNetworkRequest r(url);
    if (!m_token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    m_socket->open(r);
}

void HttpTwinAdapter::lost(const QString &reason)
{
    if (!m_running)
        return;
    const QString why = Adapters::Tr::tr("the stream of %1 closed: %2")
                            .arg(m_base.toString(QUrl::RemoveUserInfo), reason);
    if (m_bound) {
        m_bound = false;
        notifyUnbound(why);
    } else {
        reportFailure(why);
    }
    m_retry.start(m_retryMs);
    m_retryMs = std::min(m_retryMs * 2, 10000);
}

void HttpTwinAdapter::readState()
{
    QNetworkReply *reply =
        m_net->get(request(HttpApi::twinPath(m_remote) + QStringLiteral("/state")));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QString why;
        const auto json = JsonInput::parse(reply->readAll(), &why);
        if (status != 200 || !json || !json->is_object()) {
            reportFailure(
                Adapters::Tr::tr("the state of '%1' at %2: %3")
                    .arg(m_remote, m_base.toString(QUrl::RemoveUserInfo),
                         status ? Adapters::Tr::tr("HTTP %1").arg(status) : reply->errorString()));
            if (m_socket)
                m_socket->close(); // tried again
            return;
        }
        if (auto props = json->find("properties"); props != json->end() && props->is_object()) {
            PhysicalAdapter::Burst burst(*this);
            for (auto it = props->begin(); it != props->end(); ++it) {
                if (it->is_object() && it->contains("value") && !(*it)["value"].is_null())
                    publishProperty(QString::fromStdString(it.key()),
                                    Value::fromJson((*it)["value"]));
            }
        }
        if (!m_bound) {
            m_bound = true;
            notifyBound();
        }
    });
}

void HttpTwinAdapter::onMessage(const QString &text)
{
    const auto json = JsonInput::parse(text.toUtf8());
    if (!json || !json->is_object())
        return;
    const std::string type = json->value("type", "");
    if (type == "error") {
        reportFailure(QString::fromStdString(json->value("detail", "")));
        return;
    }
    if (type == "dropped") {
        reportFailure(Adapters::Tr::tr("%1 change(s) of '%2' were dropped on the way")
                          .arg(json->value("count", 0))
                          .arg(m_remote));
        return;
    }
    if (type != "change" || json->value("twin", "") != m_remote.toStdString())
        return;
    const std::string kind = json->value("kind", "");
    const QString name = QString::fromStdString(json->value("name", ""));
    const Value value = Value::fromJson(json->value("value", nlohmann::json()));
    if (kind == "properties")
        publishProperty(name, value);
    else if (kind == "events")
        publishEvent(name, value);
}

void HttpTwinAdapter::onAction(const PhysicalAction &action)
{
    if (!m_net) {
        completeAction(action.correlationId,
                       ActionResult::failure(Adapters::Tr::tr("the adapter is not running")));
        return;
    }
    const std::string body = action.payload.toJson().dump();
    QNetworkReply *reply = nullptr;
    if (action.key.startsWith(QLatin1String("desired/")))
        reply = m_net->put(request(HttpApi::memberPath(m_remote, "properties", action.key.mid(8))),
                           QByteArray::fromStdString(body));
    else
        reply = m_net->post(request(HttpApi::memberPath(m_remote, "actions", action.key)),
                            QByteArray::fromStdString(body));
    const QString correlation = action.correlationId;
    connect(reply, &QNetworkReply::finished, this, [this, reply, correlation] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        const auto json = JsonInput::parse(answer);
        if (status == 200) {
            completeAction(correlation,
                           ActionResult::success(json ? Value::fromJson(*json) : Value(), status));
            return;
        }
        QString why = status ? Adapters::Tr::tr("HTTP %1").arg(status) : reply->errorString();
        if (json && json->is_object() && json->contains("detail") && (*json)["detail"].is_string())
            why = QString::fromStdString((*json)["detail"].get<std::string>());
        completeAction(correlation, ActionResult::failure(why, status));
    });
}

AdapterTypeInfo HttpTwinAdapter::typeInfo()
{
    return {QStringLiteral("httpTwin"), Adapters::Tr::tr("HTTP twin"),
            Adapters::Tr::tr("Mirrors a twin that another runner serves over HTTP: its state, "
                             "then its changes on the WebSocket stream; desired values and "
                             "actions go back over HTTP."),
            nlohmann::json::parse(R"({"type": "object", "required": ["url", "twin"],
              "additionalProperties": false, "properties": {
                "url": {"type": "string"}, "twin": {"type": "string"},
                "token": {"type": "string"}}})"),
            [](const nlohmann::json &, DescriptorNeeds &needs) {
                // A WebSocket and an HTTP connection of its own.
                needs.perAdapter += 2;
            }};
}

std::unique_ptr<PhysicalAdapter> HttpTwinAdapter::fromConfig(const AdapterBuildContext &c)
{
    Diagnostics &d = *c.diagnostics;
    const int errorsBefore = d.errorCount();
    ConfigReader r(c.config, c.pointer, d, Adapters::Tr::tr("the HTTP twin adapter"));
    const QUrl url(r.string("url", true));
    const QString twin = r.string("twin", true);
    const QString token = r.string("token");
    if (d.errorCount() == errorsBefore &&
        (!url.isValid() ||
         (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
         url.host().isEmpty()))
        r.error("url", Adapters::Tr::tr("\"url\" is the runner's address, such as "
                                        "http://127.0.0.1:8080"));
    if (d.errorCount() > errorsBefore || !c.engine)
        return nullptr;
    return std::make_unique<HttpTwinAdapter>(c.id, url, twin, token);
}

} // namespace twinloom
