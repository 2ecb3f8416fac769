#include "adapters/http/httpserver.h"

#include "adapters/http/websocket.h"
#include "adapters/tr.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QLocale>
#include <QtCore/QStringDecoder>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslConfiguration>
#include <QtNetwork/QSslKey>
#include <QtNetwork/QSslServer>
#include <QtNetwork/QSslSocket>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <deque>
#include <sys/resource.h>

namespace twinloom {

namespace {

// A percent-decoded piece of a URL as text, or nullopt when its bytes are not UTF-8.
std::optional<QString> decodeComponent(QByteArray bytes, bool plusIsSpace)
{
    if (plusIsSpace)
        bytes.replace('+', ' ');
    const QByteArray raw = QByteArray::fromPercentEncoding(bytes);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(raw);
    if (utf8.hasError())
        return std::nullopt;
    return text;
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c <= 32 || c >= 127 || std::strchr("\"(),/:;<=>?@[\\]{}", c))
            return false;
    }
    return true;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Requests and responses

QByteArray HttpRequest::header(const char *name) const
{
    for (const auto &[key, value] : headers) {
        if (key == name)
            return value;
    }
    return {};
}

QString HttpRequest::queryValue(const QString &key) const
{
    for (const auto &[k, v] : query) {
        if (k == key)
            return v;
    }
    return {};
}

bool HttpRequest::wantsWebSocket() const
{
    return header("upgrade").toLower().contains("websocket");
}

HttpResponse HttpResponse::json(int status, QByteArray body)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "application/json";
    r.body = std::move(body);
    return r;
}

const char *HttpResponse::reason(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 101:
        return "Switching Protocols";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 426:
        return "Upgrade Required";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

// ---------------------------------------------------------------------------------------------
// Connections

struct HttpReply::Slot
{
    HttpServer *server = nullptr;
    HttpServer::Connection *connection = nullptr; // null once the connection closed
    bool done = false;
    bool keepAlive = true;
    bool head = false;
    QByteArray webSocketKey;
    QByteArray webSocketVersion;
    HttpResponse response;
};

struct HttpServer::Connection
{
    enum class Stage : std::uint8_t { Headers, Body, ChunkSize, ChunkData, Trailers };
    QTcpSocket *socket = nullptr;
    QByteArray in;
    Stage stage = Stage::Headers;
    HttpRequest request; // being read
    qsizetype expected = 0;
    bool keepAlive = true;
    bool headerStarted = false;
    qint64 deadline = 0; // monotonic ms
    std::deque<std::shared_ptr<HttpReply::Slot>> pending;
    bool closing = false; // no more requests are read; closed once its answers are out
    bool closed = false;
};

qint64 HttpServer::monotonicMs()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

HttpServer::HttpServer(Limits limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
{
    m_sweep.setInterval(500);
    connect(&m_sweep, &QTimer::timeout, this, &HttpServer::sweep);
}

HttpServer::~HttpServer()
{
    // Its WebSockets first, while it is still a server they can tell that they are gone.
    for (WebSocket *ws : findChildren<WebSocket *>(Qt::FindDirectChildrenOnly))
        delete ws;
    for (auto &[raw, c] : m_connections) {
        for (auto &slot : c->pending)
            slot->connection = nullptr;
        if (c->socket) {
            c->socket->disconnect(this);
            c->socket->abort();
            delete c->socket;
        }
    }
}

bool HttpServer::listen(const QString &host, int port, const Tls &tls, QString *error)
{
    QHostAddress address;
    if (host == QLatin1String("localhost"))
        address = QHostAddress::LocalHost;
    else if (host == QLatin1String("*") || host.isEmpty())
        address = QHostAddress::Any;
    else if (!address.setAddress(host)) {
        *error = Adapters::Tr::tr("the HTTP server's address '%1' is not an IP address").arg(host);
        return false;
    }
    if (tls.enabled()) {
        QFile certFile(tls.certificateFile);
        QFile keyFile(tls.keyFile);
        if (!certFile.open(QIODevice::ReadOnly)) {
            *error =
                Adapters::Tr::tr("TLS: cannot read the certificate '%1'").arg(tls.certificateFile);
            return false;
        }
        if (!keyFile.open(QIODevice::ReadOnly)) {
            *error = Adapters::Tr::tr("TLS: cannot read the key '%1'").arg(tls.keyFile);
            return false;
        }
        const QList<QSslCertificate> chain = QSslCertificate::fromDevice(&certFile, QSsl::Pem);
        const QByteArray keyBytes = keyFile.readAll();
        QSslKey key(keyBytes, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyBytes, QSsl::Ec, QSsl::Pem);
        if (chain.isEmpty() || key.isNull()) {
            *error = chain.isEmpty()
                         ? Adapters::Tr::tr("TLS: '%1' holds no PEM certificate")
                               .arg(tls.certificateFile)
                         : Adapters::Tr::tr("TLS: '%1' holds no PEM private key (RSA or EC)")
                               .arg(tls.keyFile);
            return false;
        }
        auto *server = new QSslServer(this);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificateChain(chain);
        config.setPrivateKey(key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        server->setSslConfiguration(config);
        server->setHandshakeTimeout(m_limits.headerTimeoutMs);
        connect(server, &QSslServer::errorOccurred, this,
                [this](QSslSocket *, QAbstractSocket::SocketError) { ++m_counters.tlsFailures; });
        connect(server, &QSslServer::handshakeInterruptedOnError, this,
                [this](QSslSocket *, const QSslError &) { ++m_counters.tlsFailures; });
        m_server = server;
        m_tls = true;
    } else {
        m_server = new QTcpServer(this);
    }
    m_server->setListenBacklogSize(1024);
    m_server->setMaxPendingConnections(1024);
    if (!m_server->listen(address, static_cast<quint16>(port))) {
        *error = Adapters::Tr::tr("the HTTP server cannot listen on %1:%2: %3")
                     .arg(host)
                     .arg(port)
                     .arg(m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    m_host = host;
    // Never more connections than descriptors: a server out of them could not even refuse.
    rlimit nofile{};
    if (getrlimit(RLIMIT_NOFILE, &nofile) == 0 && nofile.rlim_cur != RLIM_INFINITY)
        m_limits.maxConnections = std::min<int>(
            m_limits.maxConnections, std::max<int>(16, static_cast<int>(nofile.rlim_cur) - 256));
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &HttpServer::accept);
    m_sweep.start();
    return true;
}

int HttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void HttpServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (static_cast<int>(m_connections.size()) + m_webSockets >= m_limits.maxConnections &&
            !evictIdle()) {
            ++m_counters.refusedConnections;
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_counters.connections;
        auto c = std::make_unique<Connection>();
        c->socket = socket;
        c->deadline = monotonicMs() + m_limits.headerTimeoutMs;
        Connection *raw = c.get();
        m_connections.emplace(raw, std::move(c));
        connect(socket, &QTcpSocket::readyRead, this, [this, raw] { onReadable(raw); });
        connect(socket, &QTcpSocket::disconnected, this, [this, raw] { close(raw); });
        if (socket->bytesAvailable() > 0)
            onReadable(raw);
    }
}

bool HttpServer::evictIdle()
{
    // At capacity, the connection that has waited longest without a request in progress makes
    // room: clients that open connections and send nothing cannot hold the server.
    Connection *oldest = nullptr;
    for (const auto &[raw, c] : m_connections) {
        if (c->closed || !c->pending.empty() || c->headerStarted ||
            c->stage != Connection::Stage::Headers)
            continue;
        if (!oldest || c->deadline < oldest->deadline)
            oldest = raw;
    }
    if (!oldest)
        return false;
    ++m_counters.evicted;
    close(oldest);
    return true;
}

void HttpServer::onReadable(Connection *c)
{
    if (c->closed)
        return;
    // Read no further than the answers allow: a client that pipelines without reading waits.
    if (c->pending.size() >= static_cast<std::size_t>(m_limits.maxPipelined) || c->closing)
        return;
    c->in += c->socket->readAll();
    while (!c->closed && !c->closing &&
           c->pending.size() < static_cast<std::size_t>(m_limits.maxPipelined) && parseOne(c)) {
    }
}

void HttpServer::fail(Connection *c, int status, const QString &detail)
{
    ++m_counters.malformed;
    c->in.clear();
    c->stage = Connection::Stage::Headers;
    auto slot = std::make_shared<HttpReply::Slot>();
    slot->server = this;
    slot->connection = c;
    slot->keepAlive = false;
    slot->done = true;
    slot->response =
        m_errorFormatter
            ? m_errorFormatter(status, detail)
            : HttpResponse{status, "text/plain; charset=utf-8", detail.toUtf8() + '\n', {}};
    c->pending.push_back(std::move(slot));
    c->closing = true;
    flush(c);
}

bool HttpServer::parseOne(Connection *c)
{
    using Stage = Connection::Stage;
    if (c->stage == Stage::Headers) {
        // Empty lines before a request are allowed (RFC 9112, 2.2).
        qsizetype skip = 0;
        while (skip + 1 < c->in.size() && c->in[skip] == '\r' && c->in[skip + 1] == '\n')
            skip += 2;
        if (skip)
            c->in.remove(0, skip);
        if (c->in.isEmpty())
            return false;
        if (!c->headerStarted) {
            c->headerStarted = true;
            c->deadline = monotonicMs() + m_limits.headerTimeoutMs;
        }
        const qsizetype end = c->in.indexOf("\r\n\r\n");
        if (end < 0 || end + 4 > m_limits.maxHeaderBytes) {
            if (c->in.size() > m_limits.maxHeaderBytes || end >= 0)
                fail(c, 431,
                     Adapters::Tr::tr("the request's headers exceed %1 bytes")
                         .arg(m_limits.maxHeaderBytes));
            return false;
        }
        const QByteArray head = c->in.left(end);
        c->in.remove(0, end + 4);
        const QList<QByteArray> lines = head.split('\n');
        HttpRequest r;
        r.peer = c->socket->peerAddress();
        const QByteArray requestLine = lines.front().chopped(lines.front().endsWith('\r') ? 1 : 0);
        const QList<QByteArray> parts = requestLine.split(' ');
        if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty()) {
            fail(c, 400, Adapters::Tr::tr("malformed request line"));
            return false;
        }
        r.method = parts[0];
        r.target = parts[1];
        if (parts[2] == "HTTP/1.0")
            r.http10 = true;
        else if (parts[2] != "HTTP/1.1") {
            fail(c, 505, Adapters::Tr::tr("only HTTP/1.1 and HTTP/1.0 are served"));
            return false;
        }
        if (r.target.front() != '/') {
            fail(c, 400, Adapters::Tr::tr("the request target must be a path"));
            return false;
        }
        if (lines.size() - 1 > m_limits.maxHeaders) {
            fail(c, 431,
                 Adapters::Tr::tr("the request has more than %1 headers").arg(m_limits.maxHeaders));
            return false;
        }
        for (qsizetype i = 1; i < lines.size(); ++i) {
            QByteArray line = lines[i];
            if (line.endsWith('\r'))
                line.chop(1);
            const qsizetype colon = line.indexOf(':');
            if (line.startsWith(' ') || line.startsWith('\t') || colon <= 0 ||
                !isToken(QByteArrayView(line).first(colon))) {
                fail(c, 400, Adapters::Tr::tr("malformed header line %1").arg(i + 1));
                return false;
            }
            r.headers.append(std::pair{line.left(colon).toLower(), line.mid(colon + 1).trimmed()});
        }
        // The path, segment by segment, and the query.
        const qsizetype question = r.target.indexOf('?');
        const QByteArray path = question < 0 ? r.target : r.target.left(question);
        const QList<QByteArray> rawSegments = path.split('/');
        for (qsizetype i = 1; i < rawSegments.size(); ++i) {
            auto segment = decodeComponent(rawSegments[i], false);
            if (!segment) {
                fail(c, 400, Adapters::Tr::tr("the path is not UTF-8 once percent-decoded"));
                return false;
            }
            r.segments.append(*segment);
        }
        if (!r.segments.isEmpty() && r.segments.back().isEmpty())
            r.segments.removeLast(); // "/api/twins/" is "/api/twins"
        if (question >= 0) {
            for (const QByteArray &pair : r.target.mid(question + 1).split('&')) {
                if (pair.isEmpty())
                    continue;
                const qsizetype eq = pair.indexOf('=');
                auto key = decodeComponent(eq < 0 ? pair : pair.left(eq), true);
                auto value = decodeComponent(eq < 0 ? QByteArray() : pair.mid(eq + 1), true);
                if (!key || !value) {
                    fail(c, 400, Adapters::Tr::tr("the query is not UTF-8 once percent-decoded"));
                    return false;
                }
                r.query.append({*key, *value});
            }
        }
        // The body's framing.
        const QByteArray te = r.header("transfer-encoding").toLower();
        const QByteArray cl = r.header("content-length");
        c->expected = 0;
        if (!te.isEmpty()) {
            if (!cl.isEmpty()) {
                fail(c, 400,
                     Adapters::Tr::tr("a request has Transfer-Encoding or Content-Length, not "
                                      "both"));
                return false;
            }
            if (te != "chunked") {
                fail(c, 501,
                     Adapters::Tr::tr("Transfer-Encoding '%1' is not read; send chunked or "
                                      "Content-Length")
                         .arg(QString::fromLatin1(te)));
                return false;
            }
            c->stage = Stage::ChunkSize;
        } else if (!cl.isEmpty()) {
            bool ok = false;
            const qlonglong length = cl.toLongLong(&ok);
            if (!ok || length < 0 || cl.front() == '+' || cl.front() == '-') {
                fail(c, 400, Adapters::Tr::tr("Content-Length is not a whole number"));
                return false;
            }
            if (length > m_limits.maxBodyBytes) {
                fail(c, 413,
                     Adapters::Tr::tr("the body of %1 bytes exceeds the limit of %2 bytes")
                         .arg(length)
                         .arg(m_limits.maxBodyBytes));
                return false;
            }
            c->expected = static_cast<qsizetype>(length);
            c->stage = Stage::Body;
        } else {
            c->stage = Stage::Body;
        }
        const QByteArray connection = r.header("connection").toLower();
        c->keepAlive = r.http10 ? connection.contains("keep-alive") : !connection.contains("close");
        if (!r.http10 && r.header("expect").toLower() == "100-continue" &&
            (c->expected > 0 || c->stage == Stage::ChunkSize))
            c->socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        c->request = std::move(r);
        c->deadline = monotonicMs() + m_limits.bodyTimeoutMs;
    }
    // The body.
    while (c->stage != Stage::Headers) {
        switch (c->stage) {
        case Stage::Body:
            if (c->in.size() < c->expected)
                return false;
            c->request.body = c->in.left(c->expected);
            c->in.remove(0, c->expected);
            c->stage = Stage::Headers;
            break;
        case Stage::ChunkSize: {
            const qsizetype eol = c->in.indexOf("\r\n");
            if (eol < 0) {
                if (c->in.size() > 1024)
                    fail(c, 400, Adapters::Tr::tr("malformed chunk size"));
                return false;
            }
            QByteArray sizeText = c->in.left(eol);
            if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0)
                sizeText.truncate(semicolon);
            bool ok = false;
            const qlonglong size = sizeText.trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0) {
                fail(c, 400, Adapters::Tr::tr("malformed chunk size"));
                return false;
            }
            c->in.remove(0, eol + 2);
            if (c->request.body.size() + size > m_limits.maxBodyBytes) {
                fail(c, 413,
                     Adapters::Tr::tr("the body exceeds the limit of %1 bytes")
                         .arg(m_limits.maxBodyBytes));
                return false;
            }
            c->expected = static_cast<qsizetype>(size);
            c->stage = size == 0 ? Stage::Trailers : Stage::ChunkData;
            break;
        }
        case Stage::ChunkData:
            if (c->in.size() < c->expected + 2)
                return false;
            if (c->in.mid(c->expected, 2) != "\r\n") {
                fail(c, 400, Adapters::Tr::tr("a chunk does not end where its size says"));
                return false;
            }
            c->request.body += c->in.left(c->expected);
            c->in.remove(0, c->expected + 2);
            c->stage = Stage::ChunkSize;
            break;
        case Stage::Trailers: {
            const qsizetype eol = c->in.indexOf("\r\n");
            if (eol < 0) {
                if (c->in.size() > m_limits.maxHeaderBytes)
                    fail(c, 431, Adapters::Tr::tr("the request's trailers are too long"));
                return false;
            }
            c->in.remove(0, eol + 2);
            if (eol == 0)
                c->stage = Stage::Headers;
            break;
        }
        case Stage::Headers:
            break;
        }
    }
    c->headerStarted = false;
    c->deadline = monotonicMs() + m_limits.idleTimeoutMs;
    ++m_counters.requests;
    dispatch(c, std::move(c->request));
    c->request = HttpRequest();
    return true;
}

void HttpServer::dispatch(Connection *c, HttpRequest request)
{
    auto slot = std::make_shared<HttpReply::Slot>();
    slot->server = this;
    slot->connection = c;
    slot->keepAlive = c->keepAlive;
    slot->head = request.method == "HEAD";
    if (request.wantsWebSocket()) {
        slot->webSocketKey = request.header("sec-websocket-key");
        slot->webSocketVersion = request.header("sec-websocket-version");
    }
    if (!c->keepAlive)
        c->closing = true;
    c->pending.push_back(slot);
    HttpReply reply;
    reply.m_slot = slot;
    if (m_handler)
        m_handler(request, reply);
    else
        reply.send(HttpResponse{404, {}, {}, {}});
}

void HttpServer::writeResponse(Connection *c, const HttpResponse &response, bool last)
{
    QByteArray out;
    out.reserve(160 + response.body.size());
    out += "HTTP/1.1 ";
    out += QByteArray::number(response.status);
    out += ' ';
    out += HttpResponse::reason(response.status);
    out += "\r\nDate: ";
    out += dateHeader();
    out += "\r\nServer: Twinloom\r\n";
    if (!response.contentType.isEmpty()) {
        out += "Content-Type: ";
        out += response.contentType;
        out += "\r\n";
    }
    out += "Content-Length: ";
    out += QByteArray::number(response.body.size());
    out += "\r\n";
    for (const auto &[key, value] : response.headers) {
        out += key;
        out += ": ";
        out += value;
        out += "\r\n";
    }
    if (last)
        out += "Connection: close\r\n";
    out += "\r\n";
    const bool head = !c->pending.empty() && c->pending.front()->head;
    if (!head)
        out += response.body;
    c->socket->write(out);
}

void HttpServer::flush(Connection *c)
{
    while (!c->closed && !c->pending.empty() && c->pending.front()->done) {
        std::shared_ptr<HttpReply::Slot> slot = c->pending.front();
        const bool last = !slot->keepAlive || (c->closing && c->pending.size() == 1);
        writeResponse(c, slot->response, last);
        c->pending.pop_front();
        slot->connection = nullptr;
        if (last) {
            c->closing = true;
            for (auto &s : c->pending)
                s->connection = nullptr;
            c->pending.clear();
            c->socket->disconnectFromHost(); // after what is written
            return;
        }
    }
    // Room again for what the client pipelined.
    if (!c->closed && !c->closing && c->pending.empty() &&
        (!c->in.isEmpty() || c->socket->bytesAvailable() > 0))
        QMetaObject::invokeMethod(
            this,
            [this, c] {
                if (m_connections.count(c))
                    onReadable(c);
            },
            Qt::QueuedConnection);
}

void HttpServer::close(Connection *c)
{
    if (c->closed)
        return;
    c->closed = true;
    for (auto &slot : c->pending)
        slot->connection = nullptr;
    c->pending.clear();
    QTcpSocket *socket = c->socket;
    c->socket = nullptr;
    if (socket) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    // Removed once the current call returns: it may still be on the stack.
    QMetaObject::invokeMethod(
        this, [this, c] { m_connections.erase(c); }, Qt::QueuedConnection);
}

void HttpServer::sweep()
{
    const qint64 now = monotonicMs();
    std::vector<Connection *> expired;
    for (const auto &[raw, c] : m_connections) {
        // A request being answered is the handler's business; time-outs are for waiting clients.
        if (!c->closed && c->pending.empty() && c->deadline && now > c->deadline)
            expired.push_back(raw);
    }
    for (Connection *c : expired) {
        ++m_counters.timeouts;
        if (c->headerStarted || c->stage != Connection::Stage::Headers) {
            // A client that began a request and stalled hears why.
            c->deadline = 0;
            fail(c, 408, Adapters::Tr::tr("the request did not arrive in time"));
        } else {
            close(c);
        }
    }
}

QByteArray HttpServer::dateHeader()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 second = now.toSecsSinceEpoch();
    if (second != m_dateSecond) {
        m_dateSecond = second;
        m_date = QLocale::c().toString(now, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'").toLatin1();
    }
    return m_date;
}

// ---------------------------------------------------------------------------------------------
// Replies

void HttpReply::send(HttpResponse response) const
{
    if (!m_slot || m_slot->done)
        return;
    m_slot->done = true;
    m_slot->response = std::move(response);
    if (m_slot->connection)
        m_slot->server->flush(m_slot->connection);
}

bool HttpReply::isOpen() const
{
    return m_slot && m_slot->connection && !m_slot->done;
}

WebSocket *HttpReply::acceptWebSocket(const QByteArray &protocol) const
{
    if (!isOpen())
        return nullptr;
    HttpServer *server = m_slot->server;
    HttpServer::Connection *c = m_slot->connection;
    if (m_slot->webSocketKey.isEmpty() || c->pending.size() != 1 || c->pending.front() != m_slot) {
        send(HttpResponse{400, "text/plain", "not a WebSocket upgrade\n", {}});
        return nullptr;
    }
    if (m_slot->webSocketVersion != "13") {
        send(HttpResponse{
            426, "text/plain", "WebSocket version 13 only\n", {{"Sec-WebSocket-Version", "13"}}});
        return nullptr;
    }
    const QByteArray accept =
        QCryptographicHash::hash(
            QByteArray(m_slot->webSocketKey + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"),
            QCryptographicHash::Sha1)
            .toBase64();
    QByteArray out = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                     "Connection: Upgrade\r\nSec-WebSocket-Accept: " +
                     accept + "\r\n";
    if (!protocol.isEmpty())
        out += "Sec-WebSocket-Protocol: " + protocol + "\r\n";
    out += "\r\n";
    QTcpSocket *socket = c->socket;
    socket->write(out);
    m_slot->done = true;
    m_slot->connection = nullptr;
    // The socket leaves the HTTP connection, with whatever the client sent after the request.
    const QByteArray rest = c->in;
    c->pending.clear();
    socket->disconnect(server);
    c->socket = nullptr;
    c->closed = true;
    QMetaObject::invokeMethod(
        server, [server, c] { server->m_connections.erase(c); }, Qt::QueuedConnection);
    return new WebSocket(socket, rest, server);
}

} // namespace twinloom
