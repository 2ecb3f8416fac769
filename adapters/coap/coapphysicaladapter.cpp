#include "adapters/coap/coapphysicaladapter.h"

#include "adapters/coap/coapcontract.h"
#include "adapters/linkstatus.h"
#include "adapters/tr.h"
#include "engine/configreader.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QRegularExpression>
#include <QtCore/QUrl>

#include <coap3/coap.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstring>

namespace twinloom {

namespace {
bool matchesAny(const QStringList &patterns, const QString &path)
{
    // Glob semantics: '*' stays within one path segment.
    return std::any_of(patterns.begin(), patterns.end(), [&](const QString &p) {
        return QRegularExpression(QRegularExpression::wildcardToRegularExpression(p))
            .match(path)
            .hasMatch();
    });
}

QString lastSegment(const QString &path)
{
    QString p = path.section(QLatin1Char('?'), 0, 0);
    while (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    return QUrl::fromPercentEncoding(p.section(QLatin1Char('/'), -1).toUtf8());
}
} // namespace

CoapPhysicalAdapter::CoapPhysicalAdapter(QString id, Options options, QObject *parent)
    : PhysicalAdapter(std::move(id), parent)
    , m_options(std::move(options))
{}

CoapPhysicalAdapter::~CoapPhysicalAdapter()
{
    stop();
}

Timestamp CoapPhysicalAdapter::maxTransmitWait() const
{
    // RFC 7252 §4.8.2: MAX_TRANSMIT_WAIT with libcoap's ACK_RANDOM_FACTOR of 1.5.
    const double wait =
        m_options.ackTimeoutSeconds * 1.5 * (std::pow(2.0, m_options.maxRetransmit + 1) - 1);
    return static_cast<Timestamp>(wait * 1e6);
}

Timestamp CoapPhysicalAdapter::unreachableWithin() const
{
    // The ping goes out on the first tick (200 ms) after checkInterval of silence.
    return m_options.checkInterval + 200'000 + std::min(m_options.pingTimeout, maxTransmitWait());
}

void CoapPhysicalAdapter::start()
{
    if (m_running)
        return;
    CoapClient::Options client;
    client.host = m_options.host;
    client.port = m_options.port;
    client.psk = m_options.psk;
    client.ackTimeoutSeconds = m_options.ackTimeoutSeconds;
    client.maxRetransmit = m_options.maxRetransmit;
    client.maxBody = m_options.maxPayload;
    m_client = new CoapClient(this, std::move(client), this);
    m_tick = new QTimer(this);
    m_tick->setInterval(200);
    connect(m_tick, &QTimer::timeout, this, &CoapPhysicalAdapter::tick);
    m_retry = new QTimer(this);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &CoapPhysicalAdapter::probe);
    m_watchdog = new QTimer(this);
    m_watchdog->setSingleShot(true);
    connect(m_watchdog, &QTimer::timeout, this, [this] {
        if (m_reachable)
            becomeUnreachable(Adapters::Tr::tr("no answer to a ping within %1 s")
                                  .arg(static_cast<double>(m_options.pingTimeout) / 1e6));
        else
            becomeUnreachable(
                m_options.psk.isSet() && !m_handshakeDone
                    ? Adapters::Tr::tr("the DTLS handshake did not complete (wrong identity or "
                                       "key?)")
                    : Adapters::Tr::tr("no answer from the device"));
    });
    m_running = true;
    m_reachable = false;
    m_discovered = false;
    m_live.clear();
    for (const Resource &r : m_options.resources)
        m_live.push_back(Live{r});
    m_tick->start();
    probe();
}

void CoapPhysicalAdapter::stop()
{
    if (!m_running)
        return;
    m_running = false;
    // Observations end politely: the device stops notifying at once.
    if (m_client->isOpen() && m_reachable) {
        for (Live &l : m_live) {
            if (l.observe && !l.token.isEmpty())
                m_client->cancelObserve(l.token);
        }
        m_client->processNow();
    }
    failPending(Adapters::Tr::tr("the adapter stopped"));
    for (Live &l : m_live) {
        delete l.poll;
        l.poll = nullptr;
    }
    closeSession();
    delete m_tick;
    m_tick = nullptr;
    delete m_retry;
    m_retry = nullptr;
    delete m_watchdog;
    m_watchdog = nullptr;
    delete m_client;
    m_client = nullptr;
    m_reachable = false;
}

void CoapPhysicalAdapter::closeSession()
{
    if (!m_client->isOpen())
        return;
    failPending(Adapters::Tr::tr("the CoAP session was closed"));
    m_client->close();
    m_pending.clear();
    m_pingMid = -1;
    for (Live &l : m_live)
        l.token.clear();
}

void CoapPhysicalAdapter::probe()
{
    if (!m_running)
        return;
    // A fresh session each time: a device that restarted has lost our DTLS session and our
    // observations.
    closeSession();
    m_handshakeDone = false;
    QString error;
    if (!m_client->open(&error)) {
        problem(error);
        notifyUnbound(error);
        m_retry->start(static_cast<int>(m_options.retryInterval / 1000));
        return;
    }
    if (m_options.discovery && !m_discovered) {
        m_discovering = true;
        const QByteArray token = request(COAP_MESSAGE_CON, COAP_REQUEST_CODE_GET,
                                         QStringLiteral("/.well-known/core"), false);
        if (!token.isEmpty())
            m_pending.insert(token, Pending{Exchange::Discovery});
    } else {
        // Over DTLS the handshake comes first and answers for the device.
        if (!m_options.psk.isSet())
            m_pingMid = m_client->ping();
    }
    // libcoap reports a lost request after its retransmissions; this covers what it does not
    // report (a handshake that is never answered).
    m_watchdog->start(static_cast<int>(maxTransmitWait() / 1000) + 1000);
}

void CoapPhysicalAdapter::heard()
{
    m_lastHeard = Clock::now();
    if (m_reachable)
        m_watchdog->stop(); // the answer to a ping, or anything else from the device
    if (!m_reachable && !m_discovering)
        becomeReachable();
}

void CoapPhysicalAdapter::linkState(bool up)
{
    if (!m_link)
        m_link = LinkStatus::add(QStringLiteral("coap"), m_options.host + QLatin1Char(':') +
                                                             QString::number(m_options.port));
    LinkStatus::set(*m_link, up);
}

void CoapPhysicalAdapter::becomeReachable()
{
    if (m_reachable || !m_running)
        return;
    m_reachable = true;
    m_lastProblem.clear();
    linkState(true);
    m_retry->stop();
    m_watchdog->stop();
    PhysicalAssetDescription description;
    for (const Live &l : m_live) {
        const int ct =
            l.resource.contentFormat != Coap::NoFormat ? l.resource.contentFormat : l.linkFormat;
        PhysicalAssetDescription::Resource r{
            l.resource.name.isEmpty() ? l.resource.path : l.resource.name,
            nullptr,
            {},
            ct == Coap::NoFormat ? QString() : Coap::contentFormatName(ct)};
        (l.resource.event ? description.events : description.properties).push_back(r);
    }
    for (const Action &a : m_options.actions)
        description.actions.push_back(
            {a.name, nullptr, {}, Coap::contentFormatName(a.contentFormat)});
    for (const Action &a : m_discoveredActions)
        description.actions.push_back(
            {a.name, nullptr, {}, Coap::contentFormatName(a.contentFormat)});
    notifyBound(std::move(description));
    startSync();
}

void CoapPhysicalAdapter::becomeUnreachable(const QString &reason)
{
    if (!m_running)
        return;
    const bool wasReachable = m_reachable;
    m_reachable = false;
    m_discovering = false;
    m_watchdog->stop(); // one cause is enough; the next probe arms it again
    failPending(reason);
    for (Live &l : m_live) {
        if (l.poll)
            l.poll->stop();
        l.token.clear();
    }
    const QString message = Adapters::Tr::tr("CoAP device %1:%2: %3")
                                .arg(m_options.host)
                                .arg(m_options.port)
                                .arg(reason);
    linkState(false);
    if (wasReachable) {
        m_counters.unreachable.fetch_add(1, std::memory_order_relaxed);
        notifyUnbound(reason);
    }
    // Once per cause: a device that stays away is not reported at every probe.
    if (message != m_lastProblem)
        problem(message);
    m_lastProblem = message;
    // The session is released outside libcoap's callback.
    m_retry->start(static_cast<int>(m_options.retryInterval / 1000));
}

void CoapPhysicalAdapter::tick()
{
    if (!m_reachable || !m_client->isOpen())
        return;
    const Timestamp now = Clock::now();
    if (m_pingMid < 0 && now - m_lastHeard >= m_options.checkInterval) {
        m_pingMid = m_client->ping();
        // Liveness does not wait for the full retransmission schedule of a request.
        if (m_options.pingTimeout < maxTransmitWait())
            m_watchdog->start(static_cast<int>(m_options.pingTimeout / 1000));
    }
    // An observation that went silent past its freshness is registered again (RFC 7641 §3.3.1):
    // the device may have restarted and forgotten it.
    for (std::size_t i = 0; i < m_live.size(); ++i) {
        Live &l = m_live[i];
        if (l.observe && !l.token.isEmpty() && l.lastNotification &&
            now - l.lastNotification > l.maxAge + 2'000'000) {
            m_pending.remove(l.token);
            l.token.clear();
            observe(static_cast<int>(i));
        }
    }
}

QByteArray CoapPhysicalAdapter::request(int type, int code, const QString &path, bool observe,
                                        const QByteArray &payload, int contentFormat)
{
    const QByteArray token = m_client->send(type, code, path, observe, payload, contentFormat);
    if (!token.isEmpty())
        m_counters.requests.fetch_add(1, std::memory_order_relaxed);
    return token;
}

void CoapPhysicalAdapter::startSync()
{
    for (std::size_t i = 0; i < m_live.size(); ++i) {
        Live &l = m_live[i];
        // Auto tries Observe and falls back to polling when the device does not confirm it.
        l.observe = l.resource.sync != Sync::Poll;
        if (l.observe) {
            observe(static_cast<int>(i));
        } else {
            if (!l.poll) {
                l.poll = new QTimer(this);
                connect(l.poll, &QTimer::timeout, this, [this, i] { read(static_cast<int>(i)); });
            }
            const Timestamp interval =
                l.resource.interval > 0 ? l.resource.interval : m_options.pollInterval;
            l.poll->start(static_cast<int>(std::max<Timestamp>(1, interval / 1000)));
            read(static_cast<int>(i));
        }
    }
}

void CoapPhysicalAdapter::observe(int index)
{
    // A retry timer may outlive a restart that rebuilt the list.
    if (index < 0 || static_cast<std::size_t>(index) >= m_live.size())
        return;
    Live &l = m_live[static_cast<std::size_t>(index)];
    if (!m_reachable || !l.token.isEmpty() || l.refused)
        return;
    l.token = request(COAP_MESSAGE_CON, COAP_REQUEST_CODE_GET, l.resource.path, true);
    if (l.token.isEmpty())
        return;
    l.lastNotification = 0;
    m_counters.registrations.fetch_add(1, std::memory_order_relaxed);
    m_pending.insert(l.token, Pending{Exchange::Observe, index});
}

void CoapPhysicalAdapter::read(int index)
{
    // A retry timer may outlive a restart that rebuilt the list.
    if (index < 0 || static_cast<std::size_t>(index) >= m_live.size())
        return;
    Live &l = m_live[static_cast<std::size_t>(index)];
    if (!m_reachable || !l.token.isEmpty() || l.refused)
        return;
    if (m_options.cache && Clock::now() < l.cacheExpires) {
        // Still fresh by the device's Max-Age: the value was published when it came.
        m_counters.cacheHits.fetch_add(1, std::memory_order_relaxed);
        return;
    }
    l.token = request(COAP_MESSAGE_CON, COAP_REQUEST_CODE_GET, l.resource.path, false);
    if (!l.token.isEmpty())
        m_pending.insert(l.token, Pending{Exchange::Read, index});
}

bool CoapPhysicalAdapter::coapResponse(const CoapClient::Response &response)
{
    auto it = m_pending.find(response.token);
    if (it == m_pending.end())
        return false; // an observation we no longer want: the RST ends it
    m_counters.responses.fetch_add(1, std::memory_order_relaxed);
    const Pending pending = *it;
    const int code = response.code;
    const bool success = (code >> 5) == 2;
    const QByteArray &body = response.payload;
    const int contentFormat = response.contentFormat;
    m_lastHeard = Clock::now();
    if (pending.exchange == Exchange::Discovery) {
        m_pending.erase(it);
        m_discovering = false;
        handleDiscovery(code, body);
        if (m_live.empty() && m_options.actions.empty() && m_discoveredActions.empty()) {
            // Nothing to bind to yet (a runner whose twins have not started, a filter that keeps
            // nothing): asked again at every retry rather than bound to nothing for good.
            m_discovered = false;
            becomeUnreachable(Adapters::Tr::tr(
                "discovery at /.well-known/core found no resource to synchronise (see "
                "\"include\" and \"ignore\"); asking again"));
            return true;
        }
        becomeReachable();
        return true;
    }
    if (!m_reachable)
        becomeReachable();
    if (pending.exchange == Exchange::Action) {
        m_pending.erase(it);
        ActionResult result;
        if (success) {
            Value value;
            if (!body.isEmpty()) {
                QString error;
                auto decoded = Coap::decode(contentFormat, body, &error);
                value = decoded && !decoded->empty() ? decoded->front().value
                                                     : Value(QString::fromUtf8(body));
            }
            result = ActionResult::success(std::move(value), Coap::codeNumber(code));
        } else {
            QString why = Coap::codeText(code);
            if (!body.isEmpty())
                why += QStringLiteral(": ") + QString::fromUtf8(body);
            result = ActionResult::failure(
                Adapters::Tr::tr("action '%1': the device answered %2").arg(pending.action, why),
                Coap::codeNumber(code));
        }
        completeAction(pending.correlationId, std::move(result));
        return true;
    }
    Live &l = m_live[static_cast<std::size_t>(pending.resource)];
    const std::optional<unsigned> maxAge = response.maxAge;
    if (!success) {
        m_pending.erase(it);
        l.token.clear();
        m_counters.failures.fetch_add(1, std::memory_order_relaxed);
        QString why = Coap::codeText(code);
        if (!body.isEmpty())
            why += QStringLiteral(": ") + QString::fromUtf8(body.left(200));
        problem(Adapters::Tr::tr("GET %1: %2").arg(l.resource.path, why));
        if (pending.exchange == Exchange::Observe) {
            // Try again later: the resource may appear.
            const int index = pending.resource;
            QTimer::singleShot(static_cast<int>(m_options.retryInterval / 1000), this,
                               [this, index] { observe(index); });
        }
        return true;
    }
    bool registration = false;
    if (pending.exchange == Exchange::Observe) {
        registration = l.lastNotification == 0;
        const bool observing = response.observing;
        if (l.lastNotification != 0)
            m_counters.notifications.fetch_add(1, std::memory_order_relaxed);
        l.lastNotification = m_lastHeard;
        l.maxAge = maxAge ? Timestamp(*maxAge) * 1'000'000 : 60'000'000;
        if (!observing) {
            // The device does not offer Observe on it: poll instead.
            m_pending.erase(it);
            l.token.clear();
            l.observe = false;
            l.resource.sync = Sync::Poll;
            if (!l.poll) {
                const int index = pending.resource;
                l.poll = new QTimer(this);
                connect(l.poll, &QTimer::timeout, this, [this, index] { read(index); });
            }
            const Timestamp interval =
                l.resource.interval > 0 ? l.resource.interval : m_options.pollInterval;
            l.poll->start(static_cast<int>(std::max<Timestamp>(1, interval / 1000)));
        }
    } else {
        m_pending.erase(it);
        l.token.clear();
        const Timestamp freshFor =
            maxAge ? Timestamp(*maxAge) * 1'000'000 : m_options.defaultMaxAge;
        l.cacheExpires = m_lastHeard + freshFor;
        l.cached = body;
        l.cachedFormat = contentFormat;
    }
    // The answer to a registration is the resource's state, not an event that happened now.
    if (registration && l.resource.event)
        return true;
    Burst burst(*this);
    publishPayload(pending.resource, contentFormat, body);
    return true;
}

void CoapPhysicalAdapter::coapFailure(const QByteArray &token, int mid, CoapClient::Failure failure)
{
    const bool reset = failure == CoapClient::Failure::Reset;
    QString reason;
    switch (failure) {
    case CoapClient::Failure::NoAnswer:
        reason = Adapters::Tr::tr("no answer from the device after %1 retransmissions")
                     .arg(m_options.maxRetransmit);
        break;
    case CoapClient::Failure::NotDeliverable:
        reason = Adapters::Tr::tr("the message could not be delivered");
        break;
    case CoapClient::Failure::Reset:
        reason = Adapters::Tr::tr("the device reset the message");
        break;
    case CoapClient::Failure::DtlsFailed:
        reason = Adapters::Tr::tr("the DTLS handshake failed");
        break;
    case CoapClient::Failure::Unreachable:
        reason = Adapters::Tr::tr("the device is unreachable (ICMP)");
        break;
    case CoapClient::Failure::TooLarge:
        reason = Adapters::Tr::tr("the device sent a body over the limit of %1 bytes "
                                  "(\"maxPayload\")")
                     .arg(m_options.maxPayload);
        break;
    }
    if (failure == CoapClient::Failure::TooLarge) {
        m_counters.failures.fetch_add(1, std::memory_order_relaxed);
        QString what = Adapters::Tr::tr("a response");
        if (auto it = m_pending.find(token); it != m_pending.end()) {
            const Pending p = *it;
            m_pending.erase(it);
            if (p.exchange == Exchange::Action) {
                what = Adapters::Tr::tr("action '%1'").arg(p.action);
                completeAction(p.correlationId,
                               ActionResult::failure(QStringLiteral("%1: %2").arg(what, reason)));
            } else if (p.resource >= 0) {
                Live &l = m_live[static_cast<std::size_t>(p.resource)];
                l.token.clear();
                l.refused = true;
                what = Adapters::Tr::tr("GET %1").arg(l.resource.path);
                reason += Adapters::Tr::tr("; the resource is not read again");
            }
        }
        becomeUnreachable(Adapters::Tr::tr("%1: %2; the session starts again").arg(what, reason));
        // libcoap goes on asking for the next block of that body while the session lives: it
        // is closed as soon as libcoap's callback has returned.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_running && !m_reachable)
                    closeSession();
            },
            Qt::QueuedConnection);
        return;
    }
    if (mid == m_pingMid || token.isEmpty()) {
        m_pingMid = -1;
        // Over UDP the answer to a CoAP ping is a reset: the device is there.
        if (reset)
            heard();
        else
            becomeUnreachable(reason);
        return;
    }
    auto it = m_pending.find(token);
    if (reset) {
        if (it == m_pending.end())
            return;
        const Pending p = *it;
        m_pending.erase(it);
        if (p.exchange == Exchange::Action) {
            completeAction(
                p.correlationId,
                ActionResult::failure(Adapters::Tr::tr("action '%1': %2").arg(p.action, reason)));
        } else if (p.resource >= 0) {
            m_live[static_cast<std::size_t>(p.resource)].token.clear();
            problem(Adapters::Tr::tr("GET %1: %2")
                        .arg(m_live[static_cast<std::size_t>(p.resource)].resource.path, reason));
        }
        return;
    }
    becomeUnreachable(reason);
}

void CoapPhysicalAdapter::coapPong(int mid)
{
    if (mid == m_pingMid)
        m_pingMid = -1;
    heard();
}

void CoapPhysicalAdapter::coapSessionEvent(CoapClient::SessionEvent event)
{
    if (event == CoapClient::SessionEvent::DtlsConnected) {
        m_handshakeDone = true;
        heard(); // the handshake is the device's answer
        return;
    }
    becomeUnreachable(m_handshakeDone
                          ? Adapters::Tr::tr("the DTLS session closed")
                          : Adapters::Tr::tr("the DTLS handshake did not complete (wrong identity "
                                             "or key?)"));
}

void CoapPhysicalAdapter::handleDiscovery(int code, const QByteArray &payload)
{
    m_discovered = true;
    if ((code >> 5) != 2) {
        problem(Adapters::Tr::tr("discovery at /.well-known/core: the device answered %1")
                    .arg(Coap::codeText(code)));
        return;
    }
    QString error;
    const auto links = parseLinkFormat(payload, &error);
    if (!links) {
        problem(Adapters::Tr::tr("discovery at /.well-known/core: %1").arg(error));
        return;
    }
    m_discoveredActions.clear();
    for (const CoreLink &link : *links) {
        const QString &path = link.target;
        if (!path.startsWith(QLatin1Char('/')) || path == QLatin1String("/.well-known/core"))
            continue;
        if (!m_options.include.isEmpty() && !matchesAny(m_options.include, path))
            continue;
        if (matchesAny(m_options.ignore, path))
            continue;
        // A twin's description is a document about the resources, not one of them.
        if (link.hasResourceType(QString::fromLatin1(Coap::kTwinResourceType)))
            continue;
        const bool declared = std::any_of(m_live.begin(), m_live.end(),
                                          [&](const Live &l) { return l.resource.path == path; });
        const QString name = lastSegment(path);
        if (declared || name.isEmpty())
            continue;
        const int ct =
            link.contentFormats.size() == 1 ? link.contentFormats.front() : Coap::NoFormat;
        if (link.hasInterface(u"core.a")) {
            if (!findAction(name))
                m_discoveredActions.push_back(
                    {name, path, true, true, ct == Coap::NoFormat ? int(Coap::Json) : ct});
            continue;
        }
        Live l;
        l.resource.path = path;
        l.resource.name = name;
        l.resource.event = std::any_of(
            link.resourceTypes.begin(), link.resourceTypes.end(), [](const QString &rt) {
                return rt == QLatin1String("event") || rt.endsWith(QLatin1String(".event"));
            });
        l.resource.sync = link.observable ? Sync::Observe : Sync::Poll;
        l.linkFormat = ct;
        if (ct == Coap::SenmlJson || ct == Coap::SenmlCbor)
            l.resource.name.clear();
        m_live.push_back(std::move(l));
    }
}

void CoapPhysicalAdapter::publishPayload(int index, int contentFormat, const QByteArray &payload)
{
    const Live &l = m_live[static_cast<std::size_t>(index)];
    if (payload.size() > m_options.maxPayload) {
        m_counters.failures.fetch_add(1, std::memory_order_relaxed);
        problem(Adapters::Tr::tr("%1: a payload of %2 bytes is over the limit of %3; refused")
                    .arg(l.resource.path)
                    .arg(payload.size())
                    .arg(m_options.maxPayload));
        return;
    }
    int ct = l.resource.contentFormat;
    if (ct == Coap::NoFormat)
        ct = contentFormat != Coap::NoFormat ? contentFormat : l.linkFormat;
    QString error;
    auto decoded = Coap::decode(ct, payload, &error);
    if (!decoded) {
        m_counters.failures.fetch_add(1, std::memory_order_relaxed);
        problem(Adapters::Tr::tr("%1: %2").arg(l.resource.path, error));
        return;
    }
    if (ct == Coap::SenmlJson || ct == Coap::SenmlCbor) {
        for (DecodedValue &d : *decoded)
            publishProperty(l.resource.name + d.name, std::move(d.value), d.time);
        return;
    }
    if (decoded->empty())
        return;
    const Value &whole = decoded->front().value;
    const Value *v = l.resource.field.select(whole);
    if (!v) {
        m_counters.failures.fetch_add(1, std::memory_order_relaxed);
        problem(Adapters::Tr::tr("%1: %2").arg(l.resource.path, l.resource.field.missing()));
        return;
    }
    if (v->isNull() && !l.resource.event)
        return; // no value yet
    if (l.resource.event)
        publishEvent(l.resource.name, *v);
    else
        publishProperty(l.resource.name, *v);
}

const CoapPhysicalAdapter::Action *CoapPhysicalAdapter::findAction(const QString &name) const
{
    for (const Action &a : m_options.actions) {
        if (a.name == name)
            return &a;
    }
    for (const Action &a : m_discoveredActions) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

void CoapPhysicalAdapter::onAction(const PhysicalAction &action)
{
    const Action *a = findAction(action.key);
    if (!a) {
        completeAction(
            action.correlationId,
            ActionResult::failure(Adapters::Tr::tr("no CoAP resource is configured for action '%1'")
                                      .arg(action.key)));
        return;
    }
    if (!m_reachable || !m_client || !m_client->isOpen()) {
        completeAction(action.correlationId,
                       ActionResult::failure(Adapters::Tr::tr("the CoAP device is unreachable")));
        return;
    }
    const QByteArray payload =
        action.payload.isNull() ? QByteArray() : Coap::encode(action.payload, a->contentFormat);
    const QByteArray token =
        request(a->confirmable ? COAP_MESSAGE_CON : COAP_MESSAGE_NON,
                a->post ? COAP_REQUEST_CODE_POST : COAP_REQUEST_CODE_PUT, a->path, false, payload,
                payload.isEmpty() ? Coap::NoFormat : a->contentFormat);
    if (token.isEmpty()) {
        completeAction(
            action.correlationId,
            ActionResult::failure(
                Adapters::Tr::tr("action '%1': the request could not be sent").arg(action.key)));
        return;
    }
    m_pending.insert(token, Pending{Exchange::Action, -1, action.correlationId, action.key});
    // A non-confirmable request, or a device that acknowledges but never answers.
    QTimer::singleShot(static_cast<int>(m_options.actionTimeout / 1000), this, [this, token] {
        auto it = m_pending.find(token);
        if (it == m_pending.end() || it->exchange != Exchange::Action)
            return;
        const Pending p = *it;
        m_pending.erase(it);
        completeAction(p.correlationId,
                       ActionResult::failure(
                           Adapters::Tr::tr("action '%1': no response from the device within "
                                            "%2 ms")
                               .arg(p.action)
                               .arg(m_options.actionTimeout / 1000)));
    });
}

void CoapPhysicalAdapter::failPending(const QString &why)
{
    auto pending = std::move(m_pending);
    m_pending.clear();
    for (const Pending &p : pending) {
        if (p.exchange == Exchange::Action)
            completeAction(
                p.correlationId,
                ActionResult::failure(Adapters::Tr::tr("action '%1': %2").arg(p.action, why)));
    }
}

void CoapPhysicalAdapter::problem(const QString &message)
{
    reportFailure(message);
}

namespace {
QStringList stringList(const nlohmann::json &json, const char *key, const QString &pointer,
                       Diagnostics &d)
{
    QStringList out;
    auto it = json.find(key);
    if (it == json.end())
        return out;
    const QString p = pointer + QLatin1Char('/') + QLatin1String(key);
    if (!it->is_array()) {
        d.error(p, Adapters::Tr::tr("\"%1\" is a list of strings").arg(QLatin1String(key)));
        return out;
    }
    for (std::size_t i = 0; i < it->size(); ++i) {
        if (!(*it)[i].is_string()) {
            d.error(pointerAppend(p, qsizetype(i)), Adapters::Tr::tr("a path pattern is a string"));
            continue;
        }
        out << QString::fromStdString((*it)[i].get<std::string>());
    }
    return out;
}

std::optional<int> readCodec(ConfigReader &r)
{
    const auto codec = readPayloadCodec(r);
    return codec ? std::optional<int>(Coap::contentFormatFor(*codec)) : std::nullopt;
}
} // namespace

AdapterTypeInfo CoapPhysicalAdapter::typeInfo()
{
    nlohmann::json schema = nlohmann::json::parse(R"json({
      "type": "object",
      "properties": {
        "discovery": {
          "oneOf": [
            {"type": "boolean"},
            {
              "type": "object",
              "properties": {
                "enabled": {"type": "boolean"},
                "include": {"type": "array", "items": {"type": "string"}},
                "ignore": {"type": "array", "items": {"type": "string"}}
              }
            }
          ]
        },
        "resources": {
          "type": "array",
          "items": {
            "type": "object",
            "required": ["path"],
            "properties": {
              "path": {"type": "string", "pattern": "^/"},
              "property": {"type": "string"},
              "event": {"type": "string"},
              "pointer": {"type": "string", "pattern": "^(/([^~]|~[01])*)*$"},
              "codec": {"enum": ["json", "text", "senml", "senml-cbor", "cbor"]},
              "observe": {"type": "boolean"},
              "interval": {"$ref": "#/$defs/duration"}
            }
          }
        },
        "actions": {
          "type": "array",
          "items": {
            "type": "object",
            "required": ["name", "path"],
            "properties": {
              "name": {"type": "string"},
              "path": {"type": "string", "pattern": "^/"},
              "method": {"enum": ["PUT", "POST", "put", "post"]},
              "confirmable": {"type": "boolean"},
              "codec": {"enum": ["json", "text", "senml", "senml-cbor", "cbor"]}
            }
          }
        },
        "pollInterval": {"$ref": "#/$defs/duration"},
        "ackTimeout": {"type": "integer", "minimum": 1, "maximum": 60},
        "maxRetransmit": {"type": "integer", "minimum": 0, "maximum": 10},
        "checkInterval": {"$ref": "#/$defs/duration"},
        "pingTimeout": {"$ref": "#/$defs/duration"},
        "retryInterval": {"$ref": "#/$defs/duration"},
        "actionTimeout": {"$ref": "#/$defs/duration"},
        "cache": {"type": "boolean"},
        "defaultMaxAge": {"type": "number", "minimum": 0},
        "maxPayload": {"type": "integer", "minimum": 1}
      }
    })json");
    schema["properties"].update(Coap::endpointSchema(), true);
    return {QStringLiteral("coap"), Adapters::Tr::tr("CoAP device"),
            Adapters::Tr::tr(
                "Discovers a CoAP device's resources, observes or polls them; actions are PUT or "
                "POST requests."),
            schema, [](const nlohmann::json &, DescriptorNeeds &needs) {
                // A socket per device; the worker's clients share a context (epoll and timer).
                needs.perAdapter += 1;
                needs.perWorker[QStringLiteral("coap-client")] = 2;
            }};
}

std::unique_ptr<PhysicalAdapter> CoapPhysicalAdapter::fromConfig(const AdapterBuildContext &c)
{
    Diagnostics &d = *c.diagnostics;
    const int errorsBefore = d.errorCount();
    const nlohmann::json &j = c.config;
    if (!j.is_object()) {
        d.error(c.pointer, Adapters::Tr::tr("the CoAP adapter's configuration is an object"));
        return nullptr;
    }
    ConfigReader top(j, c.pointer, d, Adapters::Tr::tr("the CoAP adapter"));
    CoapPhysicalAdapter::Options o;
    if (top.has("host"))
        o.host = top.string("host");
    if (o.host.isEmpty())
        c.error(QStringLiteral("/host"), Adapters::Tr::tr("\"host\" names the device"));
    const auto psk = Coap::readPsk(top, d, true);
    if (psk)
        o.psk = *psk;
    o.port = o.psk.isSet() ? 5684 : 5683;
    if (auto port = top.integer("port", 1, 65535))
        o.port = *port;
    if (auto discovery = j.find("discovery"); discovery != j.end()) {
        if (discovery->is_boolean()) {
            o.discovery = discovery->get<bool>();
        } else if (discovery->is_object()) {
            o.discovery = jsonBoolean(*discovery, "enabled").value_or(true);
            const QString p = c.pointer + QStringLiteral("/discovery");
            o.include = stringList(*discovery, "include", p, d);
            o.ignore = stringList(*discovery, "ignore", p, d);
        } else {
            c.error(QStringLiteral("/discovery"),
                    Adapters::Tr::tr("\"discovery\" is true, false or {\"include\", \"ignore\"}"));
        }
    }
    if (auto list = j.find("resources"); list != j.end()) {
        if (!list->is_array())
            c.error(QStringLiteral("/resources"), Adapters::Tr::tr("\"resources\" is a list"));
        for (std::size_t i = 0; list->is_array() && i < list->size(); ++i) {
            const QString p = pointerAppend(c.pointer + QStringLiteral("/resources"), qsizetype(i));
            ConfigReader r((*list)[i], p, d, Adapters::Tr::tr("a resource"));
            CoapPhysicalAdapter::Resource res;
            res.path = r.string("path", true);
            if (!r.ok())
                continue;
            if (!res.path.startsWith(QLatin1Char('/'))) {
                d.error(p + QStringLiteral("/path"),
                        Adapters::Tr::tr("a resource path starts with '/'"));
                continue;
            }
            if (auto ct = readCodec(r))
                res.contentFormat = *ct;
            res.event = r.has("event");
            res.name = res.event ? r.string("event") : r.string("property");
            if (res.name.isEmpty() && res.contentFormat != Coap::SenmlJson) {
                d.error(p,
                        Adapters::Tr::tr("name the physical \"property\" or \"event\" it feeds"));
                continue;
            }
            if (r.has("pointer")) {
                auto field = ValueField::parse(r.string("pointer"));
                if (!field) {
                    d.error(p + QStringLiteral("/pointer"), ValueField::syntaxError());
                    continue;
                }
                res.field = std::move(*field);
            }
            if (auto obs = r.boolean("observe"))
                res.sync =
                    *obs ? CoapPhysicalAdapter::Sync::Observe : CoapPhysicalAdapter::Sync::Poll;
            if (auto interval = r.duration("interval"))
                res.interval = *interval;
            o.resources.push_back(std::move(res));
        }
    }
    if (auto list = j.find("actions"); list != j.end()) {
        if (!list->is_array())
            c.error(QStringLiteral("/actions"), Adapters::Tr::tr("\"actions\" is a list"));
        for (std::size_t i = 0; list->is_array() && i < list->size(); ++i) {
            const QString p = pointerAppend(c.pointer + QStringLiteral("/actions"), qsizetype(i));
            ConfigReader a((*list)[i], p, d, Adapters::Tr::tr("an action"));
            CoapPhysicalAdapter::Action action;
            action.name = a.string("name", true);
            action.path = a.string("path", true);
            if (!a.ok())
                continue;
            if (!action.path.startsWith(QLatin1Char('/')))
                d.error(p + QStringLiteral("/path"),
                        Adapters::Tr::tr("a resource path starts with '/'"));
            if (a.has("method")) {
                const QString m = a.string("method").toUpper();
                if (m == QLatin1String("PUT"))
                    action.post = false;
                else if (m != QLatin1String("POST"))
                    d.error(p + QStringLiteral("/method"),
                            Adapters::Tr::tr("\"method\" is PUT or POST"));
            }
            action.confirmable = a.boolean("confirmable").value_or(true);
            if (auto ct = readCodec(a))
                action.contentFormat = *ct;
            o.actions.push_back(std::move(action));
        }
    }
    if (auto t = top.duration("pollInterval"))
        o.pollInterval = *t;
    if (auto t = top.duration("checkInterval"))
        o.checkInterval = *t;
    if (auto t = top.duration("pingTimeout"))
        o.pingTimeout = *t;
    if (auto t = top.duration("retryInterval"))
        o.retryInterval = *t;
    if (auto t = top.duration("actionTimeout"))
        o.actionTimeout = *t;
    if (auto n =
            top.integer("ackTimeout", 1, 60,
                        Adapters::Tr::tr("\"ackTimeout\" is a whole number of seconds from 1 to 60 "
                                         "(libcoap does not go below 1 s)")))
        o.ackTimeoutSeconds = *n;
    if (auto n = top.integer("maxRetransmit", 0, 10,
                             Adapters::Tr::tr("\"maxRetransmit\" is from 0 to 10")))
        o.maxRetransmit = *n;
    o.cache = top.boolean("cache").value_or(true);
    if (auto n = top.number("defaultMaxAge")) {
        if (*n < 0)
            c.error(QStringLiteral("/defaultMaxAge"),
                    Adapters::Tr::tr("\"defaultMaxAge\" is a number of seconds, 0 or more"));
        else
            o.defaultMaxAge = static_cast<Timestamp>(*n * 1e6);
    }
    if (auto n =
            top.integer("maxPayload", 1, 64 * 1024 * 1024,
                        Adapters::Tr::tr("\"maxPayload\" is a number of bytes from 1 to 64 MiB")))
        o.maxPayload = *n;
    if (!o.discovery && o.resources.empty() && o.actions.empty() && d.errorCount() == errorsBefore)
        d.error(c.pointer,
                Adapters::Tr::tr("declare \"resources\" or \"actions\", or turn \"discovery\" on"));
    if (d.errorCount() > errorsBefore)
        return nullptr;
    return std::make_unique<CoapPhysicalAdapter>(c.id, std::move(o));
}

} // namespace twinloom
