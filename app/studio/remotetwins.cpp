#include "app/studio/remotetwins.h"

#include "adapters/coap/coapcommon.h"
#include "adapters/coap/linkformat.h"
#include "adapters/mqtt/mqttclient.h"
#include "app/studio/shared/enginehost.h"
#include "app/studio/shared/tr.h"
#include "engine/twinmodel.h"

#include <QtCore/QSettings>
#include <QtCore/QUrl>

#include <coap3/coap.h>

#include <functional>

namespace twinloom::Studio {

namespace {

constexpr int kConnectGraceMs = 5000; // a broker not reached by then is reported
constexpr int kCoapPollMs = 2000;     // a CoAP server is asked again this often

QString jsonText(const GraphModel::Json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                            : QString();
}

// prefix/TWIN/description or prefix/TWIN/lifecycle → TWIN, when `topic` is one of them.
QString twinOfTopic(const QString &prefix, const QString &topic, const QString &leaf)
{
    if (!topic.startsWith(prefix + QLatin1Char('/')) || !topic.endsWith(QLatin1Char('/') + leaf))
        return {};
    const QString twin =
        topic.mid(prefix.size() + 1, topic.size() - prefix.size() - leaf.size() - 2);
    return twin.contains(QLatin1Char('/')) ? QString() : twin;
}

// The model a description announces, rebuilt as a project's model entry: its properties (schema,
// unit, title, range, maxAge, writable), events and actions (input and output).
std::optional<RemoteTwin> readDescription(const QString &twinId, const QString &topic,
                                          const QByteArray &payload, QString *why)
{
    using Json = GraphModel::Json;
    const Json d = Json::parse(payload.constBegin(), payload.constEnd(), nullptr, false);
    if (d.is_discarded() || !d.is_object()) {
        *why = Tr::tr("'%1' is not a JSON object").arg(topic);
        return std::nullopt;
    }
    RemoteTwin t;
    t.id = twinId;
    t.model = jsonText(d, "model");
    if (t.model.isEmpty()) {
        *why = Tr::tr("'%1' names no model").arg(topic);
        return std::nullopt;
    }
    if (const QString id = jsonText(d, "id"); !id.isEmpty() && id != twinId) {
        *why = Tr::tr("'%1' describes twin '%2'").arg(topic, id);
        return std::nullopt;
    }
    t.title = jsonText(d, "title");
    Json contents = Json::array();
    for (const char *section : {"properties", "events", "actions"}) {
        const auto s = d.find(section);
        if (s == d.end())
            continue;
        if (!s->is_object()) {
            *why = Tr::tr("'%1': \"%2\" is not an object").arg(topic, QLatin1String(section));
            return std::nullopt;
        }
        for (const auto &[name, e] : s->items()) {
            if (!e.is_object()) {
                *why = Tr::tr("'%1': \"%2\" is not an object")
                           .arg(topic, QString::fromStdString(name));
                return std::nullopt;
            }
            Json c;
            const QString kind = QLatin1String(section);
            if (kind == QLatin1String("properties")) {
                c = {{"@type", "Property"}, {"name", name}};
                for (const char *key : {"schema", "unit", "minimum", "maximum", "maxAge"})
                    if (e.contains(key))
                        c[key] = e[key];
                if (e.contains("writable"))
                    c["writable"] = e["writable"];
                t.properties << QString::fromStdString(name);
            } else if (kind == QLatin1String("events")) {
                c = {{"@type", "Event"}, {"name", name}};
                if (e.contains("schema"))
                    c["schema"] = e["schema"];
            } else {
                c = {{"@type", "Command"}, {"name", name}};
                if (e.contains("input"))
                    c["request"] = {{"name", "input"}, {"schema", e["input"]}};
                if (e.contains("output"))
                    c["response"] = {{"name", "output"}, {"schema", e["output"]}};
            }
            if (e.contains("title"))
                c["displayName"] = e["title"];
            contents.push_back(std::move(c));
        }
    }
    t.modelJson = {{"@id", t.model.toStdString()}, {"contents", std::move(contents)}};
    Diagnostics diagnostics;
    if (!TwinModel::fromJson(nlohmann::json::parse(t.modelJson.dump()), topic, diagnostics) ||
        diagnostics.hasErrors()) {
        const Diagnostic *e = diagnostics.firstError();
        *why = Tr::tr("'%1': %2").arg(topic, e ? e->message : QString());
        return std::nullopt;
    }
    return t;
}

} // namespace

// Asks a CoAP server for /.well-known/core and for the description of each twin it lists
// (rt="twinloom.twin"), again every few seconds, on the thread it lives on.
class CoapBrowser : public QObject
{
public:
    std::function<void(const QStringList &ids)> onTwins;
    std::function<void(const QString &id, const QByteArray &payload)> onDescription;
    std::function<void(bool reachable, const QString &why)> onReachable;
    std::function<void(const QString &message)> onProblem;

    CoapBrowser(QString host, int port, QObject *parent)
        : QObject(parent)
        , m_host(std::move(host))
        , m_port(port)
    {
        m_poll.setInterval(kCoapPollMs);
        QObject::connect(&m_poll, &QTimer::timeout, this, &CoapBrowser::poll);
    }

    ~CoapBrowser() override
    {
        m_closing = true;
        delete m_io;
        if (m_session)
            coap_session_release(m_session);
        if (m_context)
            coap_free_context(m_context);
    }

    bool start(QString *error)
    {
        Coap::initialise();
        m_context = coap_new_context(nullptr);
        if (!m_context) {
            *error = Tr::tr("cannot create a CoAP context");
            return false;
        }
        coap_set_app_data(m_context, this);
        coap_context_set_block_mode(m_context, COAP_BLOCK_USE_LIBCOAP | COAP_BLOCK_SINGLE_BODY);
        coap_register_response_handler(m_context, &CoapBrowser::response);
        coap_register_nack_handler(m_context, &CoapBrowser::nack);
        coap_address_t address;
        if (!Coap::resolveAddress(m_host, m_port, false, &address)) {
            *error = Tr::tr("cannot resolve the host '%1'").arg(m_host);
            return false;
        }
        m_session = coap_new_client_session(m_context, nullptr, &address, COAP_PROTO_UDP);
        if (!m_session) {
            *error = Tr::tr("cannot open a CoAP session");
            return false;
        }
        // A server that went away is noticed within a few seconds, not after a minute.
        coap_session_set_ack_timeout(m_session, {1, 0});
        coap_session_set_max_retransmit(m_session, 2);
        m_io = new CoapIo(m_context, this);
        m_poll.start();
        poll();
        return true;
    }

private:
    static CoapBrowser *browser(coap_session_t *session)
    {
        return static_cast<CoapBrowser *>(coap_get_app_data(coap_session_get_context(session)));
    }

    static coap_response_t response(coap_session_t *session, const coap_pdu_t *,
                                    const coap_pdu_t *received, const coap_mid_t)
    {
        CoapBrowser *b = browser(session);
        if (!b || b->m_closing)
            return COAP_RESPONSE_OK;
        const coap_bin_const_t t = coap_pdu_get_token(received);
        const QByteArray token(reinterpret_cast<const char *>(t.s), qsizetype(t.length));
        const QString path = b->m_pending.take(token);
        if (path.isEmpty())
            return COAP_RESPONSE_OK;
        const int code = static_cast<int>(coap_pdu_get_code(received));
        const QByteArray body = Coap::payload(received);
        // Handled after libcoap returns: the handlers may send more requests.
        QMetaObject::invokeMethod(
            b, [b, path, code, body] { b->answered(path, code, body); }, Qt::QueuedConnection);
        return COAP_RESPONSE_OK;
    }

    static void nack(coap_session_t *session, const coap_pdu_t *sent, const coap_nack_reason_t,
                     const coap_mid_t)
    {
        CoapBrowser *b = browser(session);
        if (!b || b->m_closing || !sent)
            return;
        const coap_bin_const_t t = coap_pdu_get_token(sent);
        b->m_pending.remove(QByteArray(reinterpret_cast<const char *>(t.s), qsizetype(t.length)));
        QMetaObject::invokeMethod(
            b,
            [b] {
                if (b->onReachable)
                    b->onReachable(false, Tr::tr("no answer from the CoAP server"));
            },
            Qt::QueuedConnection);
    }

    void poll()
    {
        // One discovery at a time: a server that does not answer is not flooded.
        if (std::find(m_pending.cbegin(), m_pending.cend(), QStringLiteral("/.well-known/core")) ==
            m_pending.cend())
            get(QStringLiteral("/.well-known/core"));
    }

    void get(const QString &path)
    {
        coap_pdu_t *pdu = coap_new_pdu(COAP_MESSAGE_CON, COAP_REQUEST_CODE_GET, m_session);
        if (!pdu)
            return;
        uint8_t token[8];
        size_t length = 0;
        coap_session_new_token(m_session, &length, token);
        coap_add_token(pdu, length, token);
        coap_optlist_t *options = nullptr;
        for (const QString &segment : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
            const QByteArray bytes = segment.toUtf8();
            coap_insert_optlist(
                &options, coap_new_optlist(COAP_OPTION_URI_PATH, size_t(bytes.size()),
                                           reinterpret_cast<const uint8_t *>(bytes.constData())));
        }
        coap_add_optlist_pdu(pdu, &options);
        coap_delete_optlist(options);
        if (coap_send(m_session, pdu) == COAP_INVALID_MID)
            return;
        m_pending.insert(QByteArray(reinterpret_cast<const char *>(token), qsizetype(length)),
                         path);
        m_io->processSoon();
    }

    void answered(const QString &path, int code, const QByteArray &body)
    {
        if (onReachable)
            onReachable(true, {});
        if (COAP_RESPONSE_CLASS(code) != 2) {
            if (onProblem)
                onProblem(Tr::tr("GET %1 answered %2").arg(path, Coap::codeText(code)));
            return;
        }
        if (path != QLatin1String("/.well-known/core")) {
            if (onDescription)
                onDescription(
                    QUrl::fromPercentEncoding(path.section(QLatin1Char('/'), -1).toUtf8()), body);
            return;
        }
        QString why;
        const auto links = parseLinkFormat(body, &why);
        if (!links) {
            if (onProblem)
                onProblem(Tr::tr("/.well-known/core: %1").arg(why));
            return;
        }
        QStringList ids;
        QStringList paths;
        for (const CoreLink &l : *links) {
            if (!l.hasResourceType(u"twinloom.twin"))
                continue;
            ids << QUrl::fromPercentEncoding(l.target.section(QLatin1Char('/'), -1).toUtf8());
            paths << l.target;
        }
        if (onTwins)
            onTwins(ids);
        for (const QString &p : std::as_const(paths))
            get(p);
    }

    QString m_host;
    int m_port;
    coap_context_t *m_context = nullptr;
    coap_session_t *m_session = nullptr;
    CoapIo *m_io = nullptr;
    QTimer m_poll;
    QHash<QByteArray, QString> m_pending; // token → path
    bool m_closing = false;
};

// ---------------------------------------------------------------------------------------------
// RemoteSource

QString RemoteSource::key() const
{
    return kind == Kind::Coap ? QStringLiteral("coap://%1:%2").arg(host).arg(port)
                              : QStringLiteral("mqtt://%1:%2/%3").arg(host).arg(port).arg(prefix);
}

QString RemoteSource::label() const
{
    return kind == Kind::Coap ? Tr::tr("CoAP server %1:%2").arg(host).arg(port)
                              : Tr::tr("broker %1:%2").arg(host).arg(port);
}

GraphModel::Json RemoteSource::brokerJson() const
{
    GraphModel::Json b = {
        {"host", host.toStdString()}, {"port", port}, {"reconnect", {{"min", 1}, {"max", 10}}}};
    if (!username.isEmpty())
        b["username"] = username.toStdString();
    if (!password.isEmpty())
        b["password"] = password.toStdString();
    if (!caFile.isEmpty())
        b["tls"] = {{"ca", caFile.toStdString()}};
    return b;
}

GraphModel::Json RemoteSource::toJson() const
{
    if (kind == Kind::Coap)
        return {{"type", "coap"}, {"host", host.toStdString()}, {"port", port}};
    GraphModel::Json j = {{"type", "mqtt"},
                          {"host", host.toStdString()},
                          {"port", port},
                          {"prefix", prefix.toStdString()}};
    if (!username.isEmpty())
        j["username"] = username.toStdString();
    if (!caFile.isEmpty())
        j["ca"] = caFile.toStdString();
    return j;
}

std::optional<RemoteSource> RemoteSource::fromJson(const GraphModel::Json &json)
{
    const QString type = json.is_object() ? jsonText(json, "type") : QString();
    if (type != QLatin1String("mqtt") && type != QLatin1String("coap"))
        return std::nullopt;
    RemoteSource s;
    if (type == QLatin1String("coap")) {
        s.kind = Kind::Coap;
        s.host = jsonText(json, "host");
        s.port = json.value("port", 0);
        if (s.host.isEmpty() || s.port < 1 || s.port > 65535)
            return std::nullopt;
        return s;
    }
    s.host = jsonText(json, "host");
    s.port = json.value("port", 0);
    s.prefix = jsonText(json, "prefix");
    s.username = jsonText(json, "username");
    s.caFile = jsonText(json, "ca");
    if (s.host.isEmpty() || s.port < 1 || s.port > 65535 || s.prefix.isEmpty())
        return std::nullopt;
    return s;
}

bool RemoteTwin::isOnline() const
{
    return reachable && lifecycle != QLatin1String("Stopped") &&
           lifecycle != QLatin1String("Destroyed") && lifecycle != QLatin1String("Error");
}

// ---------------------------------------------------------------------------------------------
// RemoteTwins

struct RemoteTwins::Browser
{
    RemoteSource source;
    std::unique_ptr<MqttClient> client;
    std::unique_ptr<CoapBrowser> coap;
    bool connected = false;
    bool unreachableReported = false;
    QTimer grace;
    std::map<QString, RemoteTwin> twins; // by id
    QHash<QString, QString> lifecycles;  // by id; may come before the description
};

RemoteTwins::RemoteTwins(QObject *parent)
    : QObject(parent)
    , m_mirrorModel(new GraphModel(this))
    , m_mirrorHost(new EngineHost(this))
{
    m_changed.setSingleShot(true);
    m_changed.setInterval(50);
    QObject::connect(&m_changed, &QTimer::timeout, this, &RemoteTwins::changed);
    m_mirrorModel->setDocument({{"format", "twinloom-project"},
                                {"version", 1},
                                {"models", GraphModel::Json::array()},
                                {"twins", GraphModel::Json::array()}});
}

RemoteTwins::~RemoteTwins()
{
    m_mirrorHost->stop();
    for (auto &[key, browser] : m_browsers)
        if (browser->client)
            browser->client->stop();
}

bool RemoteTwins::addSource(const RemoteSource &source, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (source.host.trimmed().isEmpty())
        return fail(Tr::tr("Give the host name or address."));
    if (source.port < 1 || source.port > 65535)
        return fail(Tr::tr("The port is a number from 1 to 65535."));
    if (source.kind == RemoteSource::Kind::Mqtt &&
        (source.prefix.isEmpty() || source.prefix.contains(QLatin1Char('+')) ||
         source.prefix.contains(QLatin1Char('#')) || source.prefix.endsWith(QLatin1Char('/'))))
        return fail(Tr::tr("The prefix is a topic without '+', '#' or a trailing '/'."));
    const QString key = source.key();
    removeSource(key);
    auto browser = std::make_unique<Browser>();
    browser->source = source;
    browser->source.host = source.host.trimmed();
    Browser *b = browser.get();
    m_browsers.emplace(key, std::move(browser));
    QString why;
    const bool started =
        source.kind == RemoteSource::Kind::Coap ? startCoap(*b, &why) : startMqtt(*b, &why);
    if (!started) {
        report(key, why);
        m_browsers.erase(key);
        return fail(why);
    }
    scheduleChanged();
    return true;
}

bool RemoteTwins::startMqtt(Browser &b, QString *error)
{
    const QString key = b.source.key();
    MqttConnection c;
    c.host = b.source.host;
    c.port = b.source.port;
    c.username = b.source.username;
    c.password = b.source.password;
    c.caFile = b.source.caFile;
    c.reconnectMinSeconds = 1;
    c.reconnectMaxSeconds = 10;
    b.client = std::make_unique<MqttClient>(std::move(c));
    b.client->setSubscriptions({b.source.prefix + QStringLiteral("/+/description"),
                                b.source.prefix + QStringLiteral("/+/lifecycle")},
                               1);
    b.client->setMessageHandler(
        [this, key](const MqttMessage &m) { onMessage(key, m.topic, m.payload); });
    b.client->setConnectionHandler([this, key](bool connected, const QString &reason) {
        onConnection(key, connected, reason);
    });
    b.client->setErrorHandler([this, key](const QString &message) {
        // libmosquitto's log may speak from its own thread.
        QMetaObject::invokeMethod(this, [this, key, message] { report(key, message); });
    });
    b.grace.setSingleShot(true);
    b.grace.setInterval(kConnectGraceMs);
    QObject::connect(&b.grace, &QTimer::timeout, this, [this, key] {
        const auto it = m_browsers.find(key);
        if (it == m_browsers.end() || it->second->connected || it->second->unreachableReported)
            return;
        it->second->unreachableReported = true;
        report(key, Tr::tr("cannot reach the broker; still trying"));
    });
    if (!b.client->start(error, this))
        return false;
    b.grace.start();
    return true;
}

bool RemoteTwins::startCoap(Browser &b, QString *error)
{
    const QString key = b.source.key();
    b.coap = std::make_unique<CoapBrowser>(b.source.host, b.source.port, this);
    b.coap->onTwins = [this, key](const QStringList &ids) { onCoapTwins(key, ids); };
    b.coap->onDescription = [this, key](const QString &id, const QByteArray &payload) {
        const auto it = m_browsers.find(key);
        if (it == m_browsers.end())
            return;
        // The CoAP description carries the lifecycle state itself.
        const GraphModel::Json d =
            GraphModel::Json::parse(payload.constBegin(), payload.constEnd(), nullptr, false);
        describe(*it->second, id, QStringLiteral("/twins/") + id, payload,
                 d.is_object() ? jsonText(d, "lifecycle") : QString());
    };
    b.coap->onReachable = [this, key](bool reachable, const QString &why) {
        onCoapReachable(key, reachable, why);
    };
    b.coap->onProblem = [this, key](const QString &message) { report(key, message); };
    return b.coap->start(error);
}

void RemoteTwins::onCoapTwins(const QString &key, const QStringList &ids)
{
    const auto it = m_browsers.find(key);
    if (it == m_browsers.end())
        return;
    // A twin the server no longer lists is gone.
    const auto erased = std::erase_if(
        it->second->twins, [&](const auto &entry) { return !ids.contains(entry.first); });
    if (erased > 0)
        scheduleChanged();
}

void RemoteTwins::onCoapReachable(const QString &key, bool reachable, const QString &why)
{
    const auto it = m_browsers.find(key);
    if (it == m_browsers.end())
        return;
    Browser &b = *it->second;
    if (reachable == b.connected && (reachable || b.unreachableReported))
        return;
    b.connected = reachable;
    for (auto &[id, twin] : b.twins)
        twin.reachable = reachable;
    if (reachable) {
        b.unreachableReported = false;
    } else if (!b.unreachableReported) {
        b.unreachableReported = true;
        report(key, why);
    }
    scheduleChanged();
}

void RemoteTwins::removeSource(const QString &key)
{
    const auto it = m_browsers.find(key);
    if (it == m_browsers.end())
        return;
    if (it->second->client)
        it->second->client->stop();
    m_browsers.erase(it);
    dropMirrors(key);
    scheduleChanged();
}

std::vector<RemoteSource> RemoteTwins::sources() const
{
    std::vector<RemoteSource> out;
    for (const auto &[key, browser] : m_browsers)
        out.push_back(browser->source);
    return out;
}

const RemoteSource *RemoteTwins::source(const QString &key) const
{
    const auto it = m_browsers.find(key);
    return it == m_browsers.end() ? nullptr : &it->second->source;
}

bool RemoteTwins::isConnected(const QString &key) const
{
    const auto it = m_browsers.find(key);
    return it != m_browsers.end() && it->second->connected;
}

void RemoteTwins::loadSettings()
{
    const QByteArray text = QSettings().value(QStringLiteral("remote/sources")).toByteArray();
    const GraphModel::Json list =
        GraphModel::Json::parse(text.constBegin(), text.constEnd(), nullptr, false);
    if (!list.is_array())
        return;
    for (const auto &entry : list)
        if (const auto s = RemoteSource::fromJson(entry))
            addSource(*s);
}

void RemoteTwins::saveSettings() const
{
    GraphModel::Json list = GraphModel::Json::array();
    for (const auto &[key, browser] : m_browsers)
        list.push_back(browser->source.toJson());
    QSettings().setValue(QStringLiteral("remote/sources"), QByteArray::fromStdString(list.dump()));
}

std::vector<RemoteTwin> RemoteTwins::twins() const
{
    std::vector<RemoteTwin> out;
    for (const auto &[key, browser] : m_browsers)
        for (const auto &[id, twin] : browser->twins)
            out.push_back(twin);
    return out;
}

const RemoteTwin *RemoteTwins::twin(const QString &source, const QString &id) const
{
    const auto it = m_browsers.find(source);
    if (it == m_browsers.end())
        return nullptr;
    const auto t = it->second->twins.find(id);
    return t == it->second->twins.end() ? nullptr : &t->second;
}

void RemoteTwins::onConnection(const QString &key, bool connected, const QString &reason)
{
    const auto it = m_browsers.find(key);
    if (it == m_browsers.end())
        return;
    Browser &b = *it->second;
    b.connected = connected;
    if (connected) {
        b.unreachableReported = false;
    } else if (!b.unreachableReported) {
        b.unreachableReported = true;
        report(key, reason.isEmpty() ? Tr::tr("cannot reach the broker; still trying") : reason);
    }
    scheduleChanged();
}

void RemoteTwins::onMessage(const QString &key, const QString &topic, const QByteArray &payload)
{
    const auto it = m_browsers.find(key);
    if (it == m_browsers.end())
        return;
    Browser &b = *it->second;
    const QString prefix = b.source.prefix;
    if (const QString id = twinOfTopic(prefix, topic, QStringLiteral("lifecycle")); !id.isEmpty()) {
        const GraphModel::Json j =
            GraphModel::Json::parse(payload.constBegin(), payload.constEnd(), nullptr, false);
        const QString state = j.is_object() ? jsonText(j, "state") : QString();
        b.lifecycles.insert(id, state);
        if (const auto t = b.twins.find(id); t != b.twins.end() && t->second.lifecycle != state) {
            t->second.lifecycle = state;
            scheduleChanged();
        }
        return;
    }
    const QString id = twinOfTopic(prefix, topic, QStringLiteral("description"));
    if (id.isEmpty())
        return;
    if (payload.isEmpty()) {
        // The retained description was cleared: the twin is gone from this broker.
        if (b.twins.erase(id) > 0)
            scheduleChanged();
        return;
    }
    describe(b, id, topic, payload, b.lifecycles.value(id));
}

void RemoteTwins::describe(Browser &b, const QString &id, const QString &where,
                           const QByteArray &payload, const QString &lifecycle)
{
    QString why;
    auto twin = readDescription(id, where, payload, &why);
    if (!twin) {
        report(b.source.key(), Tr::tr("not a twin description: %1").arg(why));
        return;
    }
    twin->source = b.source.key();
    if (!lifecycle.isEmpty())
        twin->lifecycle = lifecycle;
    twin->reachable = b.source.kind == RemoteSource::Kind::Mqtt || b.connected;
    const auto old = b.twins.find(id);
    // A CoAP server is asked again and again: an unchanged twin is no news.
    if (old != b.twins.end() && old->second.modelJson == twin->modelJson &&
        old->second.lifecycle == twin->lifecycle && old->second.reachable == twin->reachable)
        return;
    b.twins[id] = std::move(*twin);
    scheduleChanged();
}

void RemoteTwins::report(const QString &key, const QString &message)
{
    const RemoteSource *s = source(key);
    const Problem p{QDateTime::currentDateTime(), s ? s->label() : key, message};
    ++m_problemCount;
    m_problems.push_back(p);
    if (m_problems.size() > 200)
        m_problems.erase(m_problems.begin());
    Q_EMIT problem(p);
}

void RemoteTwins::scheduleChanged()
{
    if (!m_changed.isActive())
        m_changed.start();
}

QString RemoteTwins::mirror(const QString &source, const QString &id, QString *error)
{
    for (auto it = m_mirrors.cbegin(); it != m_mirrors.cend(); ++it)
        if (it->first == source && it->second == id && m_mirrorHost->isRunning())
            return it.key();
    const RemoteTwin *remote = twin(source, id);
    const RemoteSource *s = this->source(source);
    if (!remote || !s) {
        if (error)
            *error = Tr::tr("%1 does not announce a twin '%2'.").arg(s ? s->label() : source, id);
        return {};
    }
    QString mirrorId;
    for (auto it = m_mirrors.cbegin(); it != m_mirrors.cend(); ++it)
        if (it->first == source && it->second == id)
            mirrorId = it.key();
    GraphModel::Json doc = m_mirrorModel->document();
    if (mirrorId.isEmpty()) {
        mirrorId = m_mirrorModel->uniqueTwinId(id);
        GraphModel::Json twin = {{"id", mirrorId.toStdString()},
                                 {"model", remote->model.toStdString()}};
        if (s->kind == RemoteSource::Kind::Coap) {
            // The coap adapter finds the twin's resources as it finds a device's.
            const std::string resources = "/twins/" + id.toStdString() + "/*/*";
            twin["physicalAdapters"] = {{{"id", "remote"},
                                         {"type", "coap"},
                                         {"config",
                                          {{"host", s->host.toStdString()},
                                           {"port", s->port},
                                           {"discovery", {{"include", {resources}}}}}}}};
        } else {
            GraphModel::Json desired = GraphModel::Json::array();
            for (const auto &c : remote->modelJson["contents"])
                if (c.value("writable", false))
                    desired.push_back({{"property", c["name"]},
                                       {"action", "desired/" + c["name"].get<std::string>()}});
            twin["physicalAdapters"] = {{{"id", "remote"},
                                         {"type", "twin"},
                                         {"config",
                                          {{"broker", s->brokerJson()},
                                           {"prefix", s->prefix.toStdString()},
                                           {"twin", id.toStdString()}}}}};
            twin["shadowing"] = {{"passThrough", true}, {"desired", desired}};
        }
        doc["twins"].push_back(std::move(twin));
        m_mirrors.insert(mirrorId, {source, id});
    }
    // The latest description's model replaces an older one of the same id.
    auto &models = doc["models"];
    for (auto m = models.begin(); m != models.end(); ++m) {
        if (m->value("@id", std::string()) == remote->model.toStdString()) {
            models.erase(m);
            break;
        }
    }
    models.push_back(remote->modelJson);
    m_mirrorModel->setDocument(doc);
    if (!restartMirrors(error)) {
        dropMirrors(source, mirrorId);
        return {};
    }
    return mirrorId;
}

std::pair<QString, QString> RemoteTwins::mirrored(const QString &mirrorId) const
{
    return m_mirrors.value(mirrorId);
}

bool RemoteTwins::restartMirrors(QString *error)
{
    if (m_mirrors.isEmpty()) {
        m_mirrorHost->stop();
        return true;
    }
    Diagnostics diagnostics;
    if (m_mirrorHost->start(*m_mirrorModel, {}, diagnostics))
        return true;
    if (error)
        *error =
            Tr::tr("The mirror of the remote twin cannot run:\n%1").arg(diagnostics.toString());
    return false;
}

void RemoteTwins::dropMirrors(const QString &key, const QString &mirrorId)
{
    GraphModel::Json doc = m_mirrorModel->document();
    bool dropped = false;
    for (auto it = m_mirrors.begin(); it != m_mirrors.end();) {
        if (it->first != key || (!mirrorId.isEmpty() && it.key() != mirrorId)) {
            ++it;
            continue;
        }
        auto &list = doc["twins"];
        for (auto t = list.begin(); t != list.end(); ++t) {
            if (t->value("id", std::string()) == it.key().toStdString()) {
                list.erase(t);
                break;
            }
        }
        it = m_mirrors.erase(it);
        dropped = true;
    }
    if (!dropped)
        return;
    m_mirrorModel->setDocument(doc);
    restartMirrors(nullptr);
}

} // namespace twinloom::Studio
