#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QTimer>
#include <QtNetwork/QHostAddress>

#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

class QTcpServer;
class QTcpSocket;

namespace twinloom {

class WebSocket;

// One HTTP/1.1 request as the server read it: the path percent-decoded segment by segment (a
// segment that is not UTF-8 is refused before a handler sees it), header names in lower case.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; // as sent: "/api/twins?model=x"
    QStringList segments;
    QList<std::pair<QString, QString>> query; // decoded, in order
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer;
    bool http10 = false;

    QByteArray header(const char *lowerCaseName) const;
    QString queryValue(const QString &key) const; // first value, or null
    bool wantsWebSocket() const;
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    static HttpResponse json(int status, QByteArray body);
    void addHeader(QByteArray key, QByteArray value)
    {
        headers.append(std::pair{std::move(key), std::move(value)});
    }
    static const char *reason(int status);
};

// Where a handler's answer goes. It may answer at once or later (from the server's thread); an
// answer for a connection that closed meanwhile is dropped. Copies share the same slot.
class HttpReply
{
public:
    HttpReply() = default;
    void send(HttpResponse response) const;
    // Turns the connection into a WebSocket (RFC 6455) after a request that asked for it; null
    // when the request was no valid upgrade (then a 400 was sent). The socket belongs to the
    // server; it is deleted after its disconnected() signal.
    WebSocket *acceptWebSocket(const QByteArray &protocol = {}) const;
    bool isOpen() const;

private:
    friend class HttpServer;
    struct Slot;
    std::shared_ptr<Slot> m_slot;
};

// A small HTTP/1.1 server on the thread that creates it: keep-alive and pipelining (answers go
// out in request order), Content-Length and chunked bodies, Expect: 100-continue, and the
// limits a server open to a network needs: header size, body size (refused with 413 before it
// is read), a time for the headers to arrive, an idle time for kept-alive connections, a cap on
// connections. TLS when a certificate and key are given.
class HttpServer : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        qsizetype maxHeaderBytes = 16 * 1024;
        int maxHeaders = 100;
        qsizetype maxBodyBytes = 1024 * 1024;
        int headerTimeoutMs = 10'000; // from the first byte of a request to its last header
        int bodyTimeoutMs = 30'000;   // from the headers to the last byte of the body
        int idleTimeoutMs = 60'000;   // a kept-alive connection with nothing to do
        int maxConnections = 20'000;  // beyond it, the oldest idle one makes room, else the new
                                      // one is closed at once
        int maxPipelined = 32;        // requests read ahead of their answers
    };
    struct Tls
    {
        QString certificateFile;
        QString keyFile;
        bool enabled() const { return !certificateFile.isEmpty(); }
    };
    struct Counters
    {
        quint64 connections = 0; // accepted, in total
        quint64 refusedConnections = 0;
        quint64 requests = 0;
        quint64 malformed = 0; // 400, 431, 413 and friends sent by the server itself
        quint64 timeouts = 0;  // connections closed for a header, body or idle time-out
        quint64 tlsFailures = 0;
        quint64 evicted = 0; // idle connections closed to make room for a new one
    };
    using Handler = std::function<void(HttpRequest &request, const HttpReply &reply)>;
    // Answers a malformed request (problem details of the API); the server's own text otherwise.
    using ErrorFormatter = std::function<HttpResponse(int status, const QString &detail)>;

    explicit HttpServer(Limits limits, QObject *parent = nullptr);
    ~HttpServer() override;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setErrorFormatter(ErrorFormatter formatter) { m_errorFormatter = std::move(formatter); }
    // False with *error naming the address and why (in use, no permission, unreadable
    // certificate…).
    bool listen(const QString &host, int port, const Tls &tls, QString *error);
    int port() const;
    QString host() const { return m_host; }
    bool isTls() const { return m_tls; }

    const Limits &limits() const { return m_limits; }
    const Counters &counters() const { return m_counters; }
    int openConnections() const { return static_cast<int>(m_connections.size()); }
    int openWebSockets() const { return m_webSockets; }
    // Milliseconds of a steady clock, for deadlines.
    static qint64 monotonicMs();

private:
    struct Connection;
    friend class HttpReply;
    friend class WebSocket;

    void accept();
    bool evictIdle();
    void onReadable(Connection *c);
    bool parseOne(Connection *c);
    void dispatch(Connection *c, HttpRequest request);
    void flush(Connection *c);
    void fail(Connection *c, int status, const QString &detail);
    void close(Connection *c);
    void sweep();
    void writeResponse(Connection *c, const HttpResponse &response, bool last);
    QByteArray dateHeader();

    Limits m_limits;
    Handler m_handler;
    ErrorFormatter m_errorFormatter;
    QTcpServer *m_server = nullptr;
    QString m_host;
    bool m_tls = false;
    std::unordered_map<Connection *, std::unique_ptr<Connection>> m_connections;
    QTimer m_sweep;
    Counters m_counters;
    int m_webSockets = 0;
    QByteArray m_date;
    qint64 m_dateSecond = -1;
};

} // namespace twinloom
