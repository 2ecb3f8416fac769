#pragma once

#include "adapters/remote/remotesource.h"
#include "engine/twindescription.h"

#include <QtCore/QObject>

#include <memory>

namespace twinloom {

// Finds the twins a remote source announces and follows them: their descriptions, their life
// cycle states, and when they go away. It runs on the thread that starts it and signals there.
// The MQTT browser reads retained descriptions and lifecycle messages; the CoAP browser asks the
// server's /.well-known/core and each twin's description again every few seconds.
class TwinBrowser : public QObject
{
    Q_OBJECT

public:
    // A browser for the source's protocol.
    static std::unique_ptr<TwinBrowser> create(const RemoteSource &source,
                                               QObject *parent = nullptr);
    ~TwinBrowser() override;

    const RemoteSource &source() const { return m_source; }
    virtual bool start(QString *error) = 0;
    virtual void stop() = 0;
    // Whether the broker is connected, the server answering.
    bool isReachable() const { return m_reachable; }

Q_SIGNALS:
    // A twin's description (new or changed); `lifecycle` is its last state known, or empty.
    void described(const QString &id, const twinloom::TwinDescription &description,
                   const QString &lifecycle);
    void lifecycleChanged(const QString &id, const QString &state);
    // The source no longer announces the twin.
    void gone(const QString &id);
    // The broker connected or was lost, the server answers or stopped answering. Reported once
    // per change: a source that stays away is not reported again.
    void reachabilityChanged(bool reachable, const QString &reason);
    // Something the source sent that is not understood (a malformed description…).
    void problem(const QString &message);

protected:
    TwinBrowser(RemoteSource source, QObject *parent);
    // Reads a description payload and signals it; a malformed one is a problem.
    void describe(const QString &id, const QString &where, const QByteArray &payload,
                  const QString &lifecycle);
    void setReachable(bool reachable, const QString &reason);

private:
    RemoteSource m_source;
    bool m_reachable = false;
    bool m_unreachableReported = false;
};

} // namespace twinloom
