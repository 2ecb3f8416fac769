#include "adapters/http/websocket.h"

#include "adapters/http/httpserver.h"

#include <QtCore/QStringDecoder>
#include <QtCore/QtEndian>
#include <QtNetwork/QTcpSocket>

#include <sys/socket.h>

namespace twinloom {

namespace {
enum Opcode : quint8 {
    Continuation = 0x0,
    Text = 0x1,
    Binary = 0x2,
    Close = 0x8,
    Ping = 0x9,
    Pong = 0xA
};

QByteArray frame(quint8 opcode, const QByteArray &payload)
{
    QByteArray out;
    const qsizetype n = payload.size();
    out.reserve(n + 10);
    out += static_cast<char>(0x80 | opcode);
    if (n < 126) {
        out += static_cast<char>(n);
    } else if (n <= 0xFFFF) {
        out += static_cast<char>(126);
        out += static_cast<char>((n >> 8) & 0xFF);
        out += static_cast<char>(n & 0xFF);
    } else {
        out += static_cast<char>(127);
        for (int shift = 56; shift >= 0; shift -= 8)
            out += static_cast<char>((static_cast<quint64>(n) >> shift) & 0xFF);
    }
    out += payload;
    return out;
}

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)utf8.decode(bytes);
    return !utf8.hasError();
}
} // namespace

QByteArray WebSocket::textFrame(const QByteArray &utf8)
{
    return frame(Text, utf8);
}

WebSocket::WebSocket(QTcpSocket *socket, const QByteArray &pending, HttpServer *server)
    : QObject(server)
    , m_socket(socket)
    , m_server(server)
    , m_peer(socket->peerAddress())
    , m_in(pending)
{
    ++m_server->m_webSockets;
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &WebSocket::onReadable);
    connect(socket, &QTcpSocket::disconnected, this, &WebSocket::finish);
    connect(socket, &QTcpSocket::bytesWritten, this, &WebSocket::bytesDrained);
    // A ping every interval; a peer that did not answer the last one is gone.
    m_ping.setInterval(kPingIntervalMs);
    connect(&m_ping, &QTimer::timeout, this, [this] {
        if (m_awaitingPong) {
            fail(1001, "no answer to ping");
            return;
        }
        m_awaitingPong = true;
        m_socket->write(frame(Ping, {}));
    });
    m_ping.start();
    if (!m_in.isEmpty())
        QMetaObject::invokeMethod(this, &WebSocket::onReadable, Qt::QueuedConnection);
}

WebSocket::~WebSocket()
{
    if (!m_finished)
        --m_server->m_webSockets;
}

qint64 WebSocket::bufferedBytes() const
{
    return m_finished ? 0 : m_socket->bytesToWrite();
}

void WebSocket::sendFrame(const QByteArray &bytes)
{
    if (m_finished || m_closing)
        return;
    // Straight to the kernel when nothing waits before it: Qt's socket would copy the bytes and
    // write them a chunk per event loop round, which at hundreds of clients is most of the time a
    // change spends on its way. What the kernel does not take waits in Qt's buffer, in order.
    qsizetype sent = 0;
    if (!m_server->isTls() && m_socket->bytesToWrite() == 0) {
        const qintptr fd = m_socket->socketDescriptor();
        while (fd >= 0 && sent < bytes.size()) {
            const ssize_t n =
                ::send(static_cast<int>(fd), bytes.constData() + sent,
                       static_cast<size_t>(bytes.size() - sent), MSG_DONTWAIT | MSG_NOSIGNAL);
            if (n <= 0)
                break; // EAGAIN (full), or an error the socket reports itself
            sent += n;
        }
    }
    if (sent < bytes.size())
        m_socket->write(sent ? bytes.mid(sent) : bytes);
}

void WebSocket::close(quint16 code, const QByteArray &reason)
{
    if (m_finished || m_closing)
        return;
    m_closing = true;
    QByteArray payload(2, '\0');
    qToBigEndian(code, payload.data());
    payload += reason.left(120);
    m_socket->write(frame(Close, payload));
    QTimer::singleShot(5000, this, [this] {
        if (!m_finished)
            m_socket->abort();
    });
}

void WebSocket::fail(quint16 code, const QByteArray &reason)
{
    close(code, reason);
    m_socket->disconnectFromHost();
}

void WebSocket::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    --m_server->m_webSockets;
    m_ping.stop();
    emit closed();
    deleteLater();
}

void WebSocket::onReadable()
{
    if (m_finished)
        return;
    m_in += m_socket->readAll();
    m_awaitingPong = false; // anything from the peer shows it is there
    while (!m_finished && parseFrame()) {
    }
}

bool WebSocket::parseFrame()
{
    if (m_in.size() < 2)
        return false;
    const auto b0 = static_cast<quint8>(m_in[0]);
    const auto b1 = static_cast<quint8>(m_in[1]);
    const bool fin = b0 & 0x80;
    const quint8 opcode = b0 & 0x0F;
    const bool masked = b1 & 0x80;
    quint64 length = b1 & 0x7F;
    qsizetype offset = 2;
    if (b0 & 0x70) {
        fail(1002, "reserved bits set");
        return false;
    }
    if (!masked) {
        fail(1002, "client frames must be masked");
        return false;
    }
    if (length == 126) {
        if (m_in.size() < 4)
            return false;
        length = qFromBigEndian<quint16>(m_in.constData() + 2);
        offset = 4;
    } else if (length == 127) {
        if (m_in.size() < 10)
            return false;
        length = qFromBigEndian<quint64>(m_in.constData() + 2);
        offset = 10;
    }
    const bool isControl = opcode & 0x08;
    if ((isControl && (length > 125 || !fin)) ||
        length > static_cast<quint64>(kMaxMessage - m_message.size())) {
        fail(isControl ? 1002 : 1009, isControl ? "malformed control frame" : "message too big");
        return false;
    }
    if (m_in.size() < offset + 4 + static_cast<qsizetype>(length))
        return false;
    const char *mask = m_in.constData() + offset;
    QByteArray payload = m_in.mid(offset + 4, static_cast<qsizetype>(length));
    for (qsizetype i = 0; i < payload.size(); ++i)
        payload[i] = static_cast<char>(payload[i] ^ mask[i % 4]);
    m_in.remove(0, offset + 4 + static_cast<qsizetype>(length));

    if (isControl) {
        control(opcode, payload);
        return true;
    }
    if (opcode == Binary) {
        fail(1003, "binary messages are not read");
        return false;
    }
    if (opcode == Text) {
        if (m_fragmented) {
            fail(1002, "a new message before the last one ended");
            return false;
        }
        m_message = payload;
    } else if (opcode == Continuation) {
        if (!m_fragmented) {
            fail(1002, "a continuation without a message");
            return false;
        }
        m_message += payload;
    } else {
        fail(1002, "unknown opcode");
        return false;
    }
    m_fragmented = !fin;
    if (fin) {
        QByteArray message = std::exchange(m_message, {});
        if (!isUtf8(message)) {
            fail(1007, "text is not UTF-8");
            return false;
        }
        if (!m_closing)
            emit textReceived(message);
    }
    return true;
}

void WebSocket::control(quint8 opcode, const QByteArray &payload)
{
    switch (opcode) {
    case Ping:
        m_socket->write(frame(Pong, payload));
        break;
    case Pong:
        m_awaitingPong = false;
        break;
    case Close:
        if (!m_closing) {
            m_closing = true;
            m_socket->write(frame(Close, payload.left(2)));
        }
        m_socket->disconnectFromHost();
        break;
    default:
        fail(1002, "unknown control frame");
        break;
    }
}

} // namespace twinloom
