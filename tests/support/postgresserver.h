#pragma once

// A real PostgreSQL server for tests: a cluster made by Debian's initdb in a temporary folder,
// the server started on a free loopback port (as the "postgres" user when the test runs as root,
// since PostgreSQL refuses root) and stopped by its PID.

#include "tests/support/mosquittobroker.h"

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtNetwork/QTcpSocket>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace twinloom::Test {

class PostgresServer
{
public:
    // The password of the cluster's superuser "twinloom"; characters a URL must escape, so that
    // a password that only ${env:…} carries whole is tried.
    static constexpr const char *kPassword = "s3cr:t@/x";

    PostgresServer()
        : m_port(freePort())
    {}
    ~PostgresServer() { stop(); }

    // The folder of initdb and postgres, or empty when PostgreSQL is not installed.
    static QString binaries()
    {
        QDir root(QStringLiteral("/usr/lib/postgresql"));
        const QStringList versions =
            root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
        for (const QString &v : versions) {
            const QString bin = root.filePath(v + QStringLiteral("/bin"));
            if (QFileInfo::exists(bin + QStringLiteral("/initdb")))
                return bin;
        }
        return {};
    }

    quint16 port() const { return m_port; }
    // A URL whose password comes from the environment variable `passwordVariable`.
    QString url(const QString &passwordVariable) const
    {
        return QStringLiteral("postgresql://twinloom:${env:%1}@127.0.0.1:%2/postgres")
            .arg(passwordVariable)
            .arg(m_port);
    }

    // Makes the cluster (once) and starts the server; false with *why otherwise.
    bool start(QString *why)
    {
        const QString bin = binaries();
        if (bin.isEmpty()) {
            *why = QStringLiteral("PostgreSQL is not installed (Debian: postgresql)");
            return false;
        }
        if (!m_dir.isValid()) {
            *why = QStringLiteral("no temporary folder");
            return false;
        }
        const QString data = m_dir.filePath(QStringLiteral("data"));
        if (!QFileInfo::exists(data)) {
            if (::geteuid() == 0 &&
                QProcess::execute(QStringLiteral("chown"),
                                  {QStringLiteral("-R"), QStringLiteral("postgres:postgres"),
                                   m_dir.path()}) != 0) {
                *why = QStringLiteral("cannot give the folder to the postgres user");
                return false;
            }
            const QString pwfile = m_dir.filePath(QStringLiteral("pw"));
            QFile pw(pwfile);
            if (!pw.open(QIODevice::WriteOnly))
                return false;
            pw.write(kPassword);
            pw.close();
            if (::geteuid() == 0)
                QProcess::execute(QStringLiteral("chown"),
                                  {QStringLiteral("postgres:postgres"), pwfile});
            QProcess init;
            init.setProcessChannelMode(QProcess::MergedChannels);
            startAsServerUser(init, bin + QStringLiteral("/initdb"),
                              {QStringLiteral("-D"), data, QStringLiteral("-U"),
                               QStringLiteral("twinloom"), QStringLiteral("--pwfile=") + pwfile,
                               QStringLiteral("-A"), QStringLiteral("scram-sha-256"),
                               QStringLiteral("-E"), QStringLiteral("UTF8"),
                               QStringLiteral("--no-sync")});
            if (!init.waitForFinished(120000) || init.exitCode() != 0) {
                *why = QStringLiteral("initdb failed: ") + QString::fromLocal8Bit(init.readAll());
                return false;
            }
        }
        m_server.setProcessChannelMode(QProcess::MergedChannels);
        startAsServerUser(m_server, bin + QStringLiteral("/postgres"),
                          {QStringLiteral("-D"), data, QStringLiteral("-p"),
                           QString::number(m_port), QStringLiteral("-k"), m_dir.path(),
                           QStringLiteral("-c"), QStringLiteral("listen_addresses=127.0.0.1"),
                           QStringLiteral("-c"), QStringLiteral("fsync=off")});
        if (!m_server.waitForStarted(5000)) {
            *why = QStringLiteral("postgres did not start");
            return false;
        }
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 30000) {
            if (m_server.state() == QProcess::NotRunning) {
                *why = QStringLiteral("postgres exited: ") +
                       QString::fromLocal8Bit(m_server.readAll());
                return false;
            }
            QProcess ready;
            ready.start(bin + QStringLiteral("/pg_isready"),
                        {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                         QString::number(m_port)});
            if (ready.waitForFinished(5000) && ready.exitCode() == 0)
                return true;
            QThread::msleep(100);
        }
        *why = QStringLiteral("postgres did not accept connections within 30 s");
        return false;
    }

    // A fast shutdown (SIGINT): clients are disconnected at once.
    void stop()
    {
        if (m_server.state() == QProcess::NotRunning)
            return;
        ::kill(static_cast<pid_t>(m_server.processId()), SIGINT);
        if (!m_server.waitForFinished(15000)) {
            m_server.kill();
            m_server.waitForFinished(5000);
        }
    }

private:
    // setpriv executes the server itself, so the PID is the server's.
    static void startAsServerUser(QProcess &process, const QString &program,
                                  const QStringList &args)
    {
        if (::geteuid() == 0)
            process.start(QStringLiteral("setpriv"), QStringList{QStringLiteral("--reuid=postgres"),
                                                                 QStringLiteral("--regid=postgres"),
                                                                 QStringLiteral("--init-groups"),
                                                                 QStringLiteral("--"), program} +
                                                         args);
        else
            process.start(program, args);
    }

    quint16 m_port;
    QTemporaryDir m_dir;
    QProcess m_server;
};

} // namespace twinloom::Test
