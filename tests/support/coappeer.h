#pragma once

// libcoap's own example tools as real CoAP peers for tests: coap-server on a free loopback UDP
// port, stopped by its PID, and coap-client runs. The -notls tools speak plain CoAP; the -openssl
// ones add DTLS.

#include "adapters/coap/coapphysicaladapter.h"
#include "engine/adapter.h"
#include "engine/engine.h"
#include "tests/support/mosquittobroker.h" // findTool, stopProcess

#include <QtCore/QElapsedTimer>
#include <QtCore/QProcess>
#include <QtCore/QThread>
#include <QtNetwork/QUdpSocket>

#include <algorithm>
#include <optional>
#include <vector>

namespace twinloom::Test {

// A UDP port nothing listens on now (and, for DTLS servers, the one above it too).
inline quint16 freeUdpPort()
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        QUdpSocket a;
        if (!a.bind(QHostAddress::LocalHost, 0))
            continue;
        const quint16 port = a.localPort();
        QUdpSocket b;
        if (port < 65535 && b.bind(QHostAddress::LocalHost, port + 1))
            return port;
    }
    return 0;
}

inline QString coapTool(const char *name, bool dtls)
{
    return findTool(QLatin1String(name) +
                    (dtls ? QStringLiteral("-openssl") : QStringLiteral("-notls")));
}

struct CoapRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// One coap-client run: `args` are its options and the URI; it gives up after `breakSeconds`.
inline CoapRun coapClient(const QStringList &args, bool dtls = false, int breakSeconds = 5)
{
    QProcess p;
    p.start(coapTool("coap-client", dtls),
            QStringList{QStringLiteral("-B"), QString::number(breakSeconds)} + args);
    CoapRun r;
    if (!p.waitForStarted(5000))
        return r;
    p.closeWriteChannel();
    p.waitForFinished((breakSeconds + 5) * 1000);
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(2000);
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// coap-client observing a resource in the background; each notification's payload on a line.
class CoapObserver
{
public:
    CoapObserver(const QString &uri, int seconds, const QStringList &extra = {}, bool dtls = false)
    {
        m_process.start(coapTool("coap-client", dtls),
                        QStringList{QStringLiteral("-s"), QString::number(seconds),
                                    QStringLiteral("-w"), QStringLiteral("-B"),
                                    QString::number(seconds + 2)} +
                            extra + QStringList{uri});
        m_process.waitForStarted(5000);
    }
    ~CoapObserver() { stopProcess(m_process); }

    QStringList lines() { return outputLines(m_process, m_buffer); }

private:
    QProcess m_process;
    QByteArray m_buffer;
};

// libcoap's example server: /, /time (observable, Max-Age 1), /async, /example_data (1,500
// bytes, sent in blocks), and with -d any resource a PUT creates (observable, keeping its
// Content-Format).
class CoapServerPeer
{
public:
    explicit CoapServerPeer(bool dtls = false, quint16 port = 0)
        : m_dtls(dtls)
        , m_port(port ? port : freeUdpPort())
    {}
    ~CoapServerPeer() { stop(); }

    quint16 port() const { return m_port; }
    // With DTLS the server listens on port + 1 too; that one speaks DTLS.
    quint16 dtlsPort() const { return m_port + 1; }
    QString uri(const QString &path) const
    {
        return QStringLiteral("coap://127.0.0.1:%1%2").arg(m_port).arg(path);
    }

    // Starts it (with -v 7 every datagram is logged) and waits, at most 5 s, for an answer.
    bool start(const QStringList &extra = {})
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(coapTool("coap-server", m_dtls),
                        QStringList{QStringLiteral("-A"), QStringLiteral("127.0.0.1"),
                                    QStringLiteral("-p"), QString::number(m_port),
                                    QStringLiteral("-d"), QStringLiteral("20"),
                                    QStringLiteral("-v"), QStringLiteral("7")} +
                            extra);
        if (!m_process.waitForStarted(5000))
            return false;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 5000) {
            const CoapRun r = coapClient(
                {QStringLiteral("-m"), QStringLiteral("get"), uri(QStringLiteral("/"))}, false, 1);
            if (r.exitCode == 0 && r.out.contains("libcoap"))
                return true;
            QThread::msleep(50);
        }
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        stopProcess(m_process);
        m_log += m_process.readAll();
    }

    qint64 pid() const { return m_process.processId(); }

    // Everything it logged so far.
    QByteArray log()
    {
        m_log += m_process.readAll();
        return m_log;
    }
    // Requests it received for a path: "c:GET" lines with that Uri-Path.
    int requests(const char *method, const QByteArray &uriPath)
    {
        int n = 0;
        const QByteArray code = QByteArray("c:") + method;
        const QByteArray path = QByteArray("Uri-Path:") + uriPath;
        for (const QByteArray &line : log().split('\n')) {
            const qsizetype at = line.indexOf(path);
            const char after =
                at >= 0 && at + path.size() < line.size() ? line[at + path.size()] : 0;
            if (line.contains(code) && (after == ' ' || after == ',') && !line.contains("Observe:"))
                ++n;
        }
        return n;
    }

private:
    bool m_dtls;
    quint16 m_port;
    QProcess m_process;
    QByteArray m_log;
};

// CoAP messages written and read byte by byte (RFC 7252 §3), for peers that must misbehave in
// ways libcoap's tools never do: blocks out of order, bodies that never end.
struct CoapMessage
{
    enum Type : quint8 { Con = 0, Non = 1, Ack = 2, Rst = 3 };
    quint8 type = Con;
    quint8 code = 0; // class << 5 | detail: 0x01 GET, 0x03 PUT, 0x45 2.05, 0x5f 2.31, 0x8d 4.13
    quint16 mid = 0;
    QByteArray token;
    std::vector<std::pair<int, QByteArray>> options; // number and value, in ascending order
    QByteArray payload;

    static QByteArray uintValue(quint64 v)
    {
        QByteArray out;
        for (; v; v >>= 8)
            out.prepend(char(v & 0xff));
        return out;
    }
    static quint64 uintOf(const QByteArray &value)
    {
        quint64 v = 0;
        for (char c : value)
            v = (v << 8) | quint8(c);
        return v;
    }
    void addOption(int number, const QByteArray &value) { options.emplace_back(number, value); }
    void addPath(const QString &path)
    {
        for (const QString &segment : path.split(QLatin1Char('/'), Qt::SkipEmptyParts))
            addOption(11, segment.toUtf8());
    }
    QByteArray option(int number) const
    {
        for (const auto &[n, v] : options)
            if (n == number)
                return v;
        return {};
    }
    bool hasOption(int number) const
    {
        return std::any_of(options.begin(), options.end(),
                           [number](const auto &o) { return o.first == number; });
    }
    QString path() const
    {
        QStringList segments;
        for (const auto &[n, v] : options)
            if (n == 11)
                segments << QString::fromUtf8(v);
        return QLatin1Char('/') + segments.join(QLatin1Char('/'));
    }

    QByteArray encode() const
    {
        QByteArray out;
        out += char(0x40 | (type << 4) | token.size());
        out += char(code);
        out += char(mid >> 8);
        out += char(mid & 0xff);
        out += token;
        int previous = 0;
        const auto nibble = [](int n, QByteArray &extended) {
            if (n < 13)
                return n;
            if (n < 269) {
                extended += char(n - 13);
                return 13;
            }
            extended += char((n - 269) >> 8);
            extended += char((n - 269) & 0xff);
            return 14;
        };
        for (const auto &[number, value] : options) {
            QByteArray extended;
            const int delta = nibble(number - previous, extended);
            const int length = nibble(int(value.size()), extended);
            out += char((delta << 4) | length);
            out += extended;
            out += value;
            previous = number;
        }
        if (!payload.isEmpty())
            out += char(0xff) + payload;
        return out;
    }

    static std::optional<CoapMessage> decode(const QByteArray &bytes)
    {
        if (bytes.size() < 4 || (quint8(bytes[0]) >> 6) != 1)
            return std::nullopt;
        CoapMessage m;
        m.type = (quint8(bytes[0]) >> 4) & 3;
        const int tkl = quint8(bytes[0]) & 0x0f;
        m.code = quint8(bytes[1]);
        m.mid = quint16((quint8(bytes[2]) << 8) | quint8(bytes[3]));
        if (tkl > 8 || bytes.size() < 4 + tkl)
            return std::nullopt;
        m.token = bytes.mid(4, tkl);
        qsizetype at = 4 + tkl;
        int number = 0;
        while (at < bytes.size()) {
            const quint8 head = quint8(bytes[at++]);
            if (head == 0xff) {
                m.payload = bytes.mid(at);
                break;
            }
            const auto extended = [&](int n) -> int {
                if (n == 13 && at < bytes.size())
                    return 13 + quint8(bytes[at++]);
                if (n == 14 && at + 1 < bytes.size()) {
                    const int v = 269 + ((quint8(bytes[at]) << 8) | quint8(bytes[at + 1]));
                    at += 2;
                    return v;
                }
                return n;
            };
            number += extended(head >> 4);
            const int length = extended(head & 0x0f);
            if (at + length > bytes.size())
                return std::nullopt;
            m.options.emplace_back(number, bytes.mid(at, length));
            at += length;
        }
        return m;
    }
};

// A UDP socket on loopback that speaks CoapMessage: a client that keeps its session (its port)
// across exchanges, or a device (bound to a port of its own) that answers as a test wants.
class CoapSocket
{
public:
    explicit CoapSocket(quint16 port = 0)
    {
        m_bound = m_socket.bind(QHostAddress::LocalHost, port);
    }
    bool isBound() const { return m_bound; }
    quint16 port() const { return m_socket.localPort(); }

    void send(const CoapMessage &message, quint16 port,
              const QHostAddress &to = QHostAddress::LocalHost)
    {
        m_socket.writeDatagram(message.encode(), to, port);
    }
    // The next message that comes within the time, with its sender.
    std::optional<CoapMessage> receive(int timeoutMs, QHostAddress *from = nullptr,
                                       quint16 *fromPort = nullptr)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            if (!m_socket.hasPendingDatagrams() && !m_socket.waitForReadyRead(50))
                continue;
            while (m_socket.hasPendingDatagrams()) {
                QByteArray bytes(m_socket.pendingDatagramSize(), 0);
                m_socket.readDatagram(bytes.data(), bytes.size(), from, fromPort);
                if (auto m = CoapMessage::decode(bytes))
                    return m;
            }
        }
        return std::nullopt;
    }
    // Sends a request and waits for the answer with its message id.
    std::optional<CoapMessage> exchange(const CoapMessage &request, quint16 port,
                                        int timeoutMs = 5000)
    {
        send(request, port);
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            auto answer = receive(int(timeoutMs - timer.elapsed()));
            if (answer && answer->mid == request.mid)
                return answer;
        }
        return std::nullopt;
    }

private:
    QUdpSocket m_socket;
    bool m_bound = false;
};

// Builds a twin of `model` whose "coap" physical adapter comes from the registry, as a project
// would make it, and keeps a pointer to the adapter (null, with diagnostics, when refused).
inline CoapPhysicalAdapter *
addCoapTwin(Engine &engine, const QString &id, const QString &model, const nlohmann::json &config,
            Diagnostics &d, const QString &pointer = QStringLiteral("/twins/0/physicalAdapters/0"))
{
    AdapterBuildContext c;
    c.id = QStringLiteral("coap");
    c.twinId = id;
    c.config = config;
    c.pointer = pointer;
    c.diagnostics = &d;
    c.engine = &engine;
    auto adapter = AdapterRegistry::global().createPhysical(QStringLiteral("coap"), c);
    if (!adapter)
        return nullptr;
    auto *raw = static_cast<CoapPhysicalAdapter *>(adapter.get());
    TwinSetup setup;
    setup.id = id;
    setup.model = model;
    setup.physicalAdapters.push_back(std::move(adapter));
    return engine.addTwin(std::move(setup), d) ? raw : nullptr;
}

} // namespace twinloom::Test
