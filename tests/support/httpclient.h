#pragma once

// Real HTTP clients for tests: Qt's network classes, curl, and a raw TCP socket for what
// well-behaved clients never send.

#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QProcess>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtNetwork/QTcpSocket>

#include <nlohmann/json.hpp>

#include <limits>

namespace twinloom::Test {

struct HttpResult
{
    int status = 0; // 0: no answer (the error says why)
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QString error;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    nlohmann::json json() const
    {
        return nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    }
};

inline HttpResult httpRequest(QNetworkAccessManager &manager, const QByteArray &method,
                              const QString &url, const QByteArray &body = {},
                              const QList<std::pair<QByteArray, QByteArray>> &headers = {},
                              int timeoutMs = 10000)
{
    QNetworkRequest request{QUrl(url)};
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    for (const auto &[key, value] : headers)
        request.setRawHeader(key, value);
    if (!body.isEmpty() && request.rawHeader("Content-Type").isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [reply](const QList<QSslError> &) { reply->ignoreSslErrors(); });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult result;
    if (!reply->isFinished()) {
        reply->abort();
        result.error = QStringLiteral("timed out");
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (result.error.isEmpty() && reply->error() != QNetworkReply::NoError && !result.status)
        result.error = reply->errorString();
    reply->deleteLater();
    return result;
}

// curl, the reference command-line client: status code and body.
struct CurlResult
{
    int status = 0;
    QByteArray body;
    int exitCode = -1;
};

inline CurlResult curl(const QStringList &args, int timeoutMs = 15000)
{
    QProcess p;
    p.start(QStringLiteral("curl"), QStringList{QStringLiteral("-s"), QStringLiteral("-w"),
                                                QStringLiteral("\n%{http_code}")} +
                                        args);
    CurlResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitCode();
    QByteArray out = p.readAllStandardOutput();
    const qsizetype nl = out.lastIndexOf('\n');
    r.status = out.mid(nl + 1).toInt();
    r.body = out.left(nl);
    return r;
}

// Sends raw bytes and collects what comes back until the server closes or `waitMs` passes.
struct RawResult
{
    QByteArray received;
    bool closedByServer = false;
};

inline RawResult rawExchange(quint16 port, const QByteArray &bytes, int waitMs = 3000)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    RawResult r;
    if (!socket.waitForConnected(3000))
        return r;
    socket.write(bytes);
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < waitMs) {
        if (socket.waitForReadyRead(50))
            r.received += socket.readAll();
        if (socket.state() == QAbstractSocket::UnconnectedState) {
            r.received += socket.readAll();
            r.closedByServer = true;
            break;
        }
    }
    return r;
}

// The value of one sample in a Prometheus text exposition ("name" or "name{labels}"); NaN when
// it is not there.
inline double metricValue(const QByteArray &exposition, const QByteArray &series)
{
    for (const QByteArray &line : exposition.split('\n')) {
        if (line.startsWith(QByteArray(series + ' ')))
            return line.mid(series.size() + 1).toDouble();
    }
    return std::numeric_limits<double>::quiet_NaN();
}

inline int rawStatus(const QByteArray &response)
{
    if (!response.startsWith("HTTP/1.1 "))
        return 0;
    return response.mid(9, 3).toInt();
}

} // namespace twinloom::Test
