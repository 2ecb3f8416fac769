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
