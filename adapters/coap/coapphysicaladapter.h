#pragma once

#include "adapters/coap/coapclient.h"
#include "adapters/coap/coapcommon.h"
#include "adapters/coap/linkformat.h"
#include "adapters/codec/valuefield.h"
#include "adapters/linkstatus.h"
#include "engine/adapter.h"

#include <QtCore/QHash>
#include <QtCore/QPointer>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace twinloom {

// The physical side over CoAP (RFC 7252): the device's resources — discovered through
// /.well-known/core (RFC 6690) or declared — feed physical properties and events, by Observe
// (RFC 7641) where the device offers it and by polling elsewhere; twin actions are PUT or POST
// requests whose response is the action's result. Large payloads travel in blocks (RFC 7959).
// The twin is Bound while the device answers; retransmission time-outs make it Unbound, and a
// probe every retryInterval binds it again, registering the observations anew. libcoap runs on
// the adapter's thread (the twin's worker), driven by a CoapIo.
class CoapPhysicalAdapter
    : public PhysicalAdapter
    , private CoapClient::Listener
{
    Q_OBJECT

public:
    static AdapterTypeInfo typeInfo();
    static std::unique_ptr<PhysicalAdapter> fromConfig(const AdapterBuildContext &context);

    enum class Sync { Auto, Observe, Poll };
    struct Resource
    {
        QString path; // "/sensors/temp", may carry "?query"
        QString name; // physical property or event; empty with SenML (records name themselves)
        bool event = false;
        ValueField field; // in the decoded value
        Sync sync = Sync::Auto;
        Timestamp interval = 0;             // polling period; 0 = the adapter's pollInterval
        int contentFormat = Coap::NoFormat; // forced; otherwise the response's
    };
    struct Action
    {
        QString name;
        QString path;
        bool post = true;
        bool confirmable = true;
        int contentFormat = Coap::Json;
    };
    struct Options
    {
        QString host = QStringLiteral("127.0.0.1");
        int port = 5683;
        Coap::Psk psk;
        bool discovery = false;
        QStringList include; // path wildcards of discovered resources to keep (empty: all)
        QStringList ignore;  // and to leave out
        std::vector<Resource> resources;
        std::vector<Action> actions;
        Timestamp pollInterval = 5'000'000;
        int ackTimeoutSeconds = 2;
        int maxRetransmit = 4;
        Timestamp checkInterval = 10'000'000; // a ping after so long without a word from the device
        Timestamp pingTimeout = 5'000'000;    // a ping not answered within it: unreachable
        Timestamp retryInterval = 2'000'000;  // between probes of an unreachable device
        Timestamp actionTimeout = 10'000'000;
        bool cache = true;
        Timestamp defaultMaxAge = 0; // freshness of a response without Max-Age
        qsizetype maxPayload = 1024 * 1024;
    };
    // Thread-safe counters, for tests and metrics.
    struct Counters
    {
        std::atomic<std::uint64_t> requests{0};      // requests sent to the device (no pings)
        std::atomic<std::uint64_t> responses{0};     // responses and notifications received
        std::atomic<std::uint64_t> notifications{0}; // of them, Observe notifications
        std::atomic<std::uint64_t> cacheHits{0};     // reads answered by the response cache
        std::atomic<std::uint64_t> failures{0};      // undecodable payloads, error responses
        std::atomic<std::uint64_t> registrations{0}; // Observe registrations sent
        std::atomic<std::uint64_t> unreachable{0};   // times the device was found unreachable
    };

    CoapPhysicalAdapter(QString id, Options options, QObject *parent = nullptr);
    ~CoapPhysicalAdapter() override;

    QString type() const override { return QStringLiteral("coap"); }
    void start() override;
    void stop() override;
    void onAction(const PhysicalAction &action) override;

    const Counters &counters() const { return m_counters; }
    const Options &options() const { return m_options; }
    // Unreachable within this long after the device's last word (the bound to configure by).
    Timestamp unreachableWithin() const;
    Timestamp maxTransmitWait() const;

private:
    enum class Exchange { Discovery, Read, Observe, Action };
    struct Pending
    {
        Exchange exchange = Exchange::Read;
        int resource = -1; // into m_live
        QString correlationId = {};
        QString action = {};
    };
    struct Live
    {
        Resource resource = {};
        int linkFormat = Coap::NoFormat; // ct announced by discovery
        bool observe = false;            // Observe is in use (else polling)
        QByteArray token = {};           // of the observation or the read in flight
        Timestamp lastNotification = 0;
        Timestamp maxAge = 60'000'000;
        QTimer *poll = nullptr;
        QByteArray cached = {};
        int cachedFormat = Coap::NoFormat;
        Timestamp cacheExpires = 0;
        bool refused = false; // sent a body over maxPayload: not read again until a restart
    };

    // CoapClient::Listener
    bool coapResponse(const CoapClient::Response &response) override;
    void coapFailure(const QByteArray &token, int mid, CoapClient::Failure failure) override;
    void coapPong(int mid) override;
    void coapSessionEvent(CoapClient::SessionEvent event) override;

    void closeSession();
    void probe();
    void heard();
    void becomeReachable();
    void becomeUnreachable(const QString &reason);
    void tick();
    void handleDiscovery(int code, const QByteArray &payload);
    void startSync();
    void observe(int index);
    void read(int index);
    void publishPayload(int index, int contentFormat, const QByteArray &payload);
    QByteArray request(int type, int code, const QString &path, bool observe,
                       const QByteArray &payload = {}, int contentFormat = Coap::NoFormat);
    void failPending(const QString &why);
    void problem(const QString &message);
    const Action *findAction(const QString &name) const;

    Options m_options;
    std::shared_ptr<LinkStatus::Entry> m_link; // the device's reachability, for metrics
    void linkState(bool up);
    Counters m_counters;
    CoapClient *m_client = nullptr; // from start() to stop()
    QTimer *m_tick = nullptr;
    QTimer *m_retry = nullptr;
    QTimer *m_watchdog = nullptr;
    bool m_running = false;
    bool m_reachable = false;
    bool m_discovered = false;
    bool m_discovering = false;
    bool m_handshakeDone = false;
    int m_pingMid = -1;
    Timestamp m_lastHeard = 0;
    QString m_lastProblem;
    std::vector<Live> m_live;
    std::vector<Action> m_discoveredActions;
    QHash<QByteArray, Pending> m_pending;
};

} // namespace twinloom
