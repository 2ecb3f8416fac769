#include "app/studio/monitor/remotetwins.h"

#include "adapters/remote/twinbrowser.h"
#include "app/studio/shared/enginehost.h"
#include "app/studio/shared/tr.h"
#include "engine/jsoninput.h"

#include <QtCore/QSettings>

namespace twinloom::Studio {

bool RemoteTwin::isOnline() const
{
    return reachable && lifecycle != QLatin1String("Stopped") &&
           lifecycle != QLatin1String("Destroyed") && lifecycle != QLatin1String("Error");
}

// ---------------------------------------------------------------------------------------------
// RemoteTwins

struct RemoteTwins::Browser
{
    std::unique_ptr<TwinBrowser> browser;
    std::map<QString, RemoteTwin> twins; // by id
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
    m_browsers.clear(); // before the problems and twins they report to
}

bool RemoteTwins::addSource(const RemoteSource &given, QString *error)
{
    RemoteSource source = given;
    source.host = source.host.trimmed();
    if (const QString why = source.invalidity(); !why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    const QString key = source.key();
    removeSource(key);
    auto b = std::make_unique<Browser>();
    b->browser = TwinBrowser::create(source);
    TwinBrowser *browser = b->browser.get();
    QObject::connect(
        browser, &TwinBrowser::described, this,
        [this, key](const QString &id, const TwinDescription &description,
                    const QString &lifecycle) { onDescribed(key, id, description, lifecycle); });
    QObject::connect(
        browser, &TwinBrowser::lifecycleChanged, this,
        [this, key](const QString &id, const QString &state) { onLifecycle(key, id, state); });
    QObject::connect(browser, &TwinBrowser::gone, this,
                     [this, key](const QString &id) { onGone(key, id); });
    QObject::connect(browser, &TwinBrowser::reachabilityChanged, this,
                     [this, key](bool reachable, const QString &reason) {
                         onReachability(key, reachable, reason);
                     });
    QObject::connect(browser, &TwinBrowser::problem, this,
                     [this, key](const QString &message) { report(key, message); });
    m_browsers.emplace(key, std::move(b));
    QString why;
    if (!browser->start(&why)) {
        report(key, why);
        m_browsers.erase(key);
        if (error)
            *error = why;
        return false;
    }
    scheduleChanged();
    return true;
}

void RemoteTwins::onDescribed(const QString &key, const QString &id,
                              const TwinDescription &description, const QString &lifecycle)
{
    const auto it = m_browsers.find(key);
    if (it == m_browsers.end())
        return;
    Browser &b = *it->second;
    RemoteTwin t;
    t.source = key;
    t.id = id;
    t.model = description.model()->id;
    t.title = description.model()->displayName;
    for (const PropertyDef &p : description.model()->properties)
        t.properties << p.name;
    t.modelJson = description.modelJson();
    t.description = std::make_shared<TwinDescription>(description);
    t.lifecycle = lifecycle;
    t.reachable = b.browser->isReachable();
    const auto old = b.twins.find(id);
    if (old != b.twins.end() && t.lifecycle.isEmpty())
        t.lifecycle = old->second.lifecycle;
    if (old != b.twins.end() && old->second.modelJson == t.modelJson &&
        old->second.lifecycle == t.lifecycle && old->second.reachable == t.reachable)
        return;
    b.twins[id] = std::move(t);
    scheduleChanged();
}

void RemoteTwins::onLifecycle(const QString &key, const QString &id, const QString &state)
{
    const auto it = m_browsers.find(key);
    if (it == m_browsers.end())
        return;
    if (const auto t = it->second->twins.find(id);
        t != it->second->twins.end() && t->second.lifecycle != state) {
        t->second.lifecycle = state;
        scheduleChanged();
    }
}

void RemoteTwins::onGone(const QString &key, const QString &id)
{
    const auto it = m_browsers.find(key);
    if (it != m_browsers.end() && it->second->twins.erase(id) > 0)
        scheduleChanged();
}

void RemoteTwins::onReachability(const QString &key, bool reachable, const QString &reason)
{
    const auto it = m_browsers.find(key);
    if (it == m_browsers.end())
        return;
    for (auto &[id, twin] : it->second->twins)
        twin.reachable = reachable;
    if (!reachable)
        report(key, reason);
    scheduleChanged();
}

void RemoteTwins::removeSource(const QString &key)
{
    const auto it = m_browsers.find(key);
    if (it == m_browsers.end())
        return;
    m_browsers.erase(it);
    dropMirrors(key);
    scheduleChanged();
}

std::vector<RemoteSource> RemoteTwins::sources() const
{
    std::vector<RemoteSource> out;
    for (const auto &[key, browser] : m_browsers)
        out.push_back(browser->browser->source());
    return out;
}

const RemoteSource *RemoteTwins::source(const QString &key) const
{
    const auto it = m_browsers.find(key);
    return it == m_browsers.end() ? nullptr : &it->second->browser->source();
}

bool RemoteTwins::isConnected(const QString &key) const
{
    const auto it = m_browsers.find(key);
    return it != m_browsers.end() && it->second->browser->isReachable();
}

void RemoteTwins::loadSettings()
{
    const QByteArray text = QSettings().value(QStringLiteral("remote/sources")).toByteArray();
    const GraphModel::Json list = JsonInput::parseOrderedOrDiscarded(text);
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
        list.push_back(browser->browser->source().toJson());
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
        GraphModel::Json twin = s->mirrorTwin(mirrorId, *remote->description);
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
