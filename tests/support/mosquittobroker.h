#pragma once

// A real Mosquitto broker for tests: started on a free loopback port, stopped by its PID.

#include <QtCore/QElapsedTimer>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <unistd.h>

namespace twinloom::Test {

inline QString findTool(const QString &name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(
            name, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    return path;
}

// Stops a peer process by its PID: SIGTERM, then SIGKILL when it does not go.
inline void stopProcess(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(3000)) {
        process.kill();
        process.waitForFinished(3000);
    }
}

// The non-empty lines a process has printed so far; `buffer` keeps everything it read.
inline QStringList outputLines(QProcess &process, QByteArray &buffer)
{
    buffer += process.readAllStandardOutput();
    QStringList out;
    for (const QByteArray &l : buffer.split('\n')) {
        if (!l.isEmpty())
            out << QString::fromUtf8(l);
    }
    return out;
}

inline quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

class MosquittoBroker
{
public:
    explicit MosquittoBroker(quint16 port = 0)
        : m_port(port ? port : freePort())
    {}
    ~MosquittoBroker() { stop(); }

    quint16 port() const { return m_port; }

    // Starts the broker and waits (at most 5 s) until its port accepts connections.
    bool start(const QStringList &configLines = {})
    {
        QStringList args;
        if (configLines.isEmpty()) {
            args << QStringLiteral("-p") << QString::number(m_port);
        } else {
            const QString path = m_dir.filePath(QStringLiteral("mosquitto.conf"));
            QFile conf(path);
            if (!conf.open(QIODevice::WriteOnly))
                return false;
            conf.write(QStringLiteral("listener %1 127.0.0.1\n").arg(m_port).toUtf8());
            // Started as root, mosquitto would become the "mosquitto" user, who cannot read the
            // test's private folder.
            if (::geteuid() == 0)
                conf.write("user root\n");
            for (const QString &line : configLines)
                conf.write((line + QLatin1Char('\n')).toUtf8());
            conf.close();
            args << QStringLiteral("-c") << path;
        }
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(findTool(QStringLiteral("mosquitto")), args);
        if (!m_process.waitForStarted(5000))
            return false;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 5000) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            if (probe.waitForConnected(100))
                return true;
            QThread::msleep(20);
        }
        return false;
    }

    void stop() { stopProcess(m_process); }
    // For SIGSTOP and SIGCONT: a broker that hangs without closing its connections.
    qint64 pid() const { return m_process.processId(); }

    // Publishes with the mosquitto_pub client, a peer independent of Twinloom.
    bool publish(const QString &topic, const QByteArray &payload, int qos = 1,
                 bool retain = false) const
    {
        QProcess pub;
        QStringList args{
            QStringLiteral("-h"),    QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
            QString::number(m_port), QStringLiteral("-t"),        topic,
            QStringLiteral("-q"),    QString::number(qos),        QStringLiteral("-s")};
        if (retain)
            args << QStringLiteral("-r");
        pub.start(findTool(QStringLiteral("mosquitto_pub")), args);
        pub.write(payload);
        pub.closeWriteChannel();
        return pub.waitForFinished(5000) && pub.exitCode() == 0;
    }

    QString log() { return QString::fromUtf8(m_process.readAll()); }
    QString folder() const { return m_dir.path(); }

private:
    quint16 m_port;
    QProcess m_process;
    QTemporaryDir m_dir;
};

} // namespace twinloom::Test

namespace twinloom::Test {

// Messages seen by a mosquitto_sub client: "topic payload" lines.
class MqttCapture
{
public:
    MqttCapture(quint16 port, const QString &filter, const QStringList &extra = {})
    {
        QStringList args{QStringLiteral("-h"),  QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                         QString::number(port), QStringLiteral("-t"),        filter,
                         QStringLiteral("-F"),  QStringLiteral("%t %p")};
        m_process.start(findTool(QStringLiteral("mosquitto_sub")), args + extra);
        m_process.waitForStarted(5000);
    }
    ~MqttCapture() { stopProcess(m_process); }

    // Lines so far (reads what arrived).
    QStringList lines() { return outputLines(m_process, m_buffer); }
    // Payloads of one topic.
    QStringList payloads(const QString &topic)
    {
        QStringList out;
        for (const QString &l : lines()) {
            if (l.startsWith(topic + QLatin1Char(' ')))
                out << l.mid(topic.size() + 1);
        }
        return out;
    }

private:
    QProcess m_process;
    QByteArray m_buffer;
};

} // namespace twinloom::Test
