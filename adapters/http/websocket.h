#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QObject>
#include <QtCore/QTimer>
#include <QtNetwork/QHostAddress>

class QTcpSocket;

namespace twinloom {

class HttpServer;

// The server end of a WebSocket (RFC 6455) that an HTTP request upgraded: text messages in
// and out, ping and pong, the closing handshake. Client messages are bounded (kMaxMessage);
// frames a client must not send (unmasked, binary, oversized, not UTF-8) close it with the
// status code the RFC names. Lives on the HTTP server's thread.
class WebSocket : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype kMaxMessage = 64 * 1024;
    static constexpr int kPingIntervalMs = 30'000;

    // A text frame as the server sends it, built once for any number of clients.
    static QByteArray textFrame(const QByteArray &utf8);

    void sendText(const QByteArray &utf8) { sendFrame(textFrame(utf8)); }
    void sendFrame(const QByteArray &frame);
    // Starts the closing handshake; the socket closes when the client answers, or after 5 s.
    void close(quint16 code, const QByteArray &reason = {});
    // Bytes written to the socket that the peer has not taken yet: what a slow client holds.
    qint64 bufferedBytes() const;
    QHostAddress peer() const { return m_peer; }
    bool isClosing() const { return m_closing; }

Q_SIGNALS:
    void textReceived(const QByteArray &utf8);
    void bytesDrained(); // some buffered bytes reached the peer
    void closed();

private:
    friend class HttpReply;
    friend class HttpServer;
    WebSocket(QTcpSocket *socket, const QByteArray &pending, HttpServer *server);
    ~WebSocket() override;

    void onReadable();
    bool parseFrame();
    void control(quint8 opcode, const QByteArray &payload);
    void fail(quint16 code, const QByteArray &reason);
    void finish();

    QTcpSocket *m_socket;
    HttpServer *m_server;
    QHostAddress m_peer;
    QByteArray m_in;
    QByteArray m_message; // a fragmented message being put together
    bool m_fragmented = false;
    bool m_closing = false;
    bool m_finished = false;
    bool m_awaitingPong = false;
    QTimer m_ping;
};

} // namespace twinloom
