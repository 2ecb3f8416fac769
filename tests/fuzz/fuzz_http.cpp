// HTTP/1.1 requests and WebSocket frames as a client on the network may send them: the bytes go
// over a real loopback connection into the HTTP server, which must answer or close, never crash,
// hang or hold the connection after the client has gone. A request that asks for it is upgraded
// to a WebSocket whose text messages are echoed, so that frames are fuzzed too.

#include "adapters/http/httpserver.h"
#include "adapters/http/websocket.h"
#include "fuzzsupport.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtNetwork/QTcpSocket>

using namespace twinloom;

namespace {
HttpServer *g_server = nullptr;

// Runs the event loop until `done` or `ms` have passed; false on time-out.
template<typename Done>
bool spin(Done done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::initApplication();
    HttpServer::Limits limits;
    limits.maxBodyBytes = 64 * 1024;
    g_server = new HttpServer(limits);
    g_server->setHandler([](HttpRequest &request, const HttpReply &reply) {
        if (request.wantsWebSocket()) {
            if (WebSocket *ws = reply.acceptWebSocket())
                QObject::connect(ws, &WebSocket::textReceived, ws,
                                 [ws](const QByteArray &text) { ws->sendText(text); });
            return;
        }
        HttpResponse response;
        response.contentType = "application/octet-stream";
        response.body = request.body.left(64);
        reply.send(response);
    });
    QString error;
    if (!g_server->listen(QStringLiteral("127.0.0.1"), 0, {}, &error))
        Fuzz::fail(QStringLiteral("cannot listen: ") + error);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(g_server->port()));
    if (!spin([&] { return client.state() == QAbstractSocket::ConnectedState; }, 2000))
        Fuzz::fail(QStringLiteral("cannot connect to the server"));
    client.write(Fuzz::bytes(data, size));
    // What the server makes of the bytes, then the client goes away: the server must let go of
    // the connection soon after (its answer, if any, may still be on its way).
    spin([&] { return client.bytesToWrite() == 0; }, 1000);
    spin([] { return false; }, 1);
    client.disconnectFromHost();
    spin([&] { return client.state() == QAbstractSocket::UnconnectedState; }, 1000);
    client.abort();
    if (!spin([] { return g_server->openConnections() == 0; }, 5000))
        Fuzz::fail(QStringLiteral("the server still holds a connection the client closed"));
    return 0;
}
