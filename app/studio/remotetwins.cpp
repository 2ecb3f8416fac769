#include "remotetwins.h"

#include "enginehost.h"

#include <QtCore/QSettings>

#include <mqtt/mqttclient.h>
#include <twinmodel.h>

namespace twinloom::studio {

namespace {

constexpr int kConnectGraceMs = 5000; // a broker not reached by then is reported

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
        *why = RemoteTwins::tr("'%1' is not a JSON object").arg(topic);
        return std::nullopt;
    }
    RemoteTwin t;
    t.id = twinId;
    t.model = jsonText(d, "model");
    if (t.model.isEmpty()) {
        *why = RemoteTwins::tr("'%1' names no model").arg(topic);
        return std::nullopt;
    }
    if (const QString id = jsonText(d, "id"); !id.isEmpty() && id != twinId) {
        *why = RemoteTwins::tr("'%1' describes twin '%2'").arg(topic, id);
        return std::nullopt;
    }
    t.title = jsonText(d, "title");
    Json contents = Json::array();
    for (const char *section : {"properties", "events", "actions"}) {
        const auto s = d.find(section);
        if (s == d.end())
            continue;
        if (!s->is_object()) {
            *why =
                RemoteTwins::tr("'%1': \"%2\" is not an object").arg(topic, QLatin1String(section));
            return std::nullopt;
        }
        for (const auto &[name, e] : s->items()) {
            if (!e.is_object()) {
                *why = RemoteTwins::tr("'%1': \"%2\" is not an object")
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
        *why = RemoteTwins::tr("'%1': %2").arg(topic, e ? e->message : QString());
        return std::nullopt;
    }
    return t;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// RemoteSource

QString RemoteSource::key() const
{
    return QStringLiteral("mqtt://%1:%2/%3").arg(host).arg(port).arg(prefix);
}

QString RemoteSource::label() const
{
    return RemoteTwins::tr("broker %1:%2").arg(host).arg(port);
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
    if (!json.is_object() || jsonText(json, "type") != QLatin1String("mqtt"))
        return std::nullopt;
    RemoteSource s;
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
    return lifecycle != QLatin1String("Stopped") && lifecycle != QLatin1String("Destroyed") &&
           lifecycle != QLatin1String("Error");
}

// ---------------------------------------------------------------------------------------------
// RemoteTwins

struct RemoteTwins::Browser
{
    RemoteSource source;
    std::unique_ptr<MqttClient> client;
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
        return fail(tr("Give the broker's host name or address."));
    if (source.port < 1 || source.port > 65535)
        return fail(tr("The port is a number from 1 to 65535."));
    if (source.prefix.isEmpty() || source.prefix.contains(QLatin1Char('+')) ||
        source.prefix.contains(QLatin1Char('#')) || source.prefix.endsWith(QLatin1Char('/')))
        return fail(tr("The prefix is a topic without '+', '#' or a trailing '/'."));
    const QString key = source.key();
    removeSource(key);
    auto browser = std::make_unique<Browser>();
    browser->source = source;
    MqttConnection c;
    c.host = source.host.trimmed();
    c.port = source.port;
    c.username = source.username;
    c.password = source.password;
    c.caFile = source.caFile;
    c.reconnectMinSeconds = 1;
    c.reconnectMaxSeconds = 10;
    browser->client = std::make_unique<MqttClient>(std::move(c));
    browser->client->setSubscriptions({source.prefix + QStringLiteral("/+/description"),
                                       source.prefix + QStringLiteral("/+/lifecycle")},
                                      1);
    browser->client->setMessageHandler(
        [this, key](const MqttMessage &m) { onMessage(key, m.topic, m.payload); });
    browser->client->setConnectionHandler([this, key](bool connected, const QString &reason) {
        onConnection(key, connected, reason);
    });
    browser->client->setErrorHandler([this, key](const QString &message) {
        // libmosquitto's log may speak from its own thread.
        QMetaObject::invokeMethod(this, [this, key, message] { report(key, message); });
    });
    browser->grace.setSingleShot(true);
    browser->grace.setInterval(kConnectGraceMs);
    QObject::connect(&browser->grace, &QTimer::timeout, this, [this, key] {
        const auto it = m_browsers.find(key);
        if (it == m_browsers.end() || it->second->connected || it->second->unreachableReported)
            return;
        it->second->unreachableReported = true;
        report(key, tr("cannot reach the broker; still trying"));
    });
    Browser *b = browser.get();
    m_browsers.emplace(key, std::move(browser));
    QString why;
    if (!b->client->start(&why, this)) {
        report(key, why);
        m_browsers.erase(key);
        return fail(why);
    }
    b->grace.start();
    scheduleChanged();
    return true;
}

void RemoteTwins::removeSource(const QString &key)
{
    const auto it = m_browsers.find(key);
    if (it == m_browsers.end())
        return;
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
        report(key, reason.isEmpty() ? tr("cannot reach the broker; still trying") : reason);
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
    QString why;
    auto twin = readDescription(id, topic, payload, &why);
    if (!twin) {
        report(key, tr("not a twin description: %1").arg(why));
        return;
    }
    twin->source = key;
    twin->lifecycle = b.lifecycles.value(id);
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
            *error = tr("%1 does not announce a twin '%2'.").arg(s ? s->label() : source, id);
        return {};
    }
    QString mirrorId;
    for (auto it = m_mirrors.cbegin(); it != m_mirrors.cend(); ++it)
        if (it->first == source && it->second == id)
            mirrorId = it.key();
    GraphModel::Json doc = m_mirrorModel->document();
    if (mirrorId.isEmpty()) {
        mirrorId = m_mirrorModel->uniqueTwinId(id);
        GraphModel::Json desired = GraphModel::Json::array();
        for (const auto &c : remote->modelJson["contents"])
            if (c.value("writable", false))
                desired.push_back({{"property", c["name"]},
                                   {"action", "desired/" + c["name"].get<std::string>()}});
        doc["twins"].push_back({{"id", mirrorId.toStdString()},
                                {"model", remote->model.toStdString()},
                                {"physicalAdapters",
                                 {{{"id", "remote"},
                                   {"type", "twin"},
                                   {"config",
                                    {{"broker", s->brokerJson()},
                                     {"prefix", s->prefix.toStdString()},
                                     {"twin", id.toStdString()}}}}}},
                                {"shadowing", {{"passThrough", true}, {"desired", desired}}}});
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
        *error = tr("The mirror of the remote twin cannot run:\n%1").arg(diagnostics.toString());
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

} // namespace twinloom::studio
