#include "app/studio/shared/enginehost.h"

#include "adapters/http/httpapi.h"
#include "app/studio/shared/graphmodel.h"
#include "app/studio/shared/tr.h"
#include "engine/adapter.h"
#include "engine/history/sqlhistorystore.h"
#include "engine/interop/interopio.h"
#include "engine/project.h"
#include "engine/units.h"

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFileInfo>
#include <QtCore/QLocale>
#include <QtCore/QPointer>
#include <QtCore/QScopeGuard>

#include <algorithm>

namespace twinloom::Studio {

namespace {

QString formatValue(const Value &v, const QString &unit)
{
    QString text;
    if (v.type() == Value::Type::Double)
        text = QLocale().toString(v.toDouble(), 'f', 2);
    else if (v.type() == Value::Type::Bool)
        text = v.toBool() ? Tr::tr("yes") : Tr::tr("no");
    else
        text = v.toString();
    const Unit *u = unit.isEmpty() ? nullptr : Units::find(unit);
    return u ? text + QLatin1Char(' ') + u->symbol : text;
}

} // namespace

std::optional<double> sampleNumber(const Value &value, const QStringList &field)
{
    const Value *v = field.isEmpty() ? &value : value.at(field);
    if (!v || !v->isNumber())
        return std::nullopt;
    return v->toDouble();
}

EngineHost::EngineHost(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    setFrameRate(30);
    QObject::connect(&m_timer, &QTimer::timeout, this, &EngineHost::pull);
}

EngineHost::~EngineHost()
{
    stop();
}

void EngineHost::setFrameRate(int fps)
{
    m_timer.setInterval(1000 / std::clamp(fps, 1, 120));
}

QString EngineHost::httpUrl() const
{
    return m_http ? m_http->baseUrl() : QString();
}

bool EngineHost::start(const GraphModel &model, const QString &node, Diagnostics &diagnostics)
{
    stop();
    auto project = Project::fromJson(model.document(), diagnostics, model.baseDirectory(),
                                     &AdapterRegistry::global());
    if (!project)
        return false;
    auto engine = std::make_unique<Engine>();
    if (!project->instantiate(*engine, diagnostics, node))
        return false;
    m_coalescer = engine->createCoalescer(QStringLiteral("twins/#"));
    QObject::connect(engine.get(), &Engine::problem, this,
                     [this](const QString &twinId, const QString &text) {
                         Q_EMIT log({QDateTime::currentDateTime(), LogEntry::Level::Warning, twinId,
                                     Tr::tr("engine"), text});
                     });
    QObject::connect(
        engine.get(), &Engine::adapterConnection, this,
        [this](const QString &twinId, const QString &adapterId, const QString &reason) {
            auto &down = m_adaptersDown[twinId];
            if (reason.isEmpty())
                down.remove(adapterId);
            else
                down.insert(adapterId, reason);
            updateHealth(twinId);
        });
    m_live.clear();
    m_order.clear();
    m_healthChanged.clear();
    m_lifecycleReason.clear();
    m_adaptersDown.clear();
    m_keyProperties.clear();
    m_units.clear();
    ModelSet models;
    for (const auto &m : project->models())
        models.add(m);
    for (const QString &id : project->twinOrder(node)) {
        const TwinDescriptor *t = project->twin(id);
        QStringList keys;
        Diagnostics ignored;
        if (const auto m = t ? models.resolve(t->model, ignored) : nullptr) {
            for (const PropertyDef &p : m->properties) {
                if (keys.size() < 3)
                    keys << p.name;
                if (!p.unit.isEmpty())
                    m_units[id].insert(p.name, p.unit);
            }
        }
        m_keyProperties.insert(id, keys);
        m_live.insert(id, LiveState{lifecycleStateName(LifecycleState::Created), {}, {}});
        m_order << id;
        if (t && t->physicalAdapters.empty()) {
            m_lifecycleReason[id] = Tr::tr("no physical adapter: nothing binds it to a device");
            updateHealth(id);
        }
    }
    // Lifecycle transitions are few: the log gets each one (the canvas only the latest per frame).
    engine->subscribe(QStringLiteral("twins/+/lifecycle"), this, [this](const StateChange &c) {
        for (const ResourceChange &r : c.changes) {
            const QString to = r.value.toString();
            const QString from = r.previous.toString();
            const bool bad = to == QLatin1String("Error") || to == QLatin1String("Unbound");
            Q_EMIT log({QDateTime::currentDateTime(),
                        bad ? LogEntry::Level::Warning : LogEntry::Level::Info, c.twinId,
                        Tr::tr("lifecycle"),
                        r.target.isEmpty() ? Tr::tr("%1 → %2").arg(from, to)
                                           : Tr::tr("%1 → %2 (%3)").arg(from, to, r.target)});
            auto &reason = m_lifecycleReason[c.twinId];
            if (bad || to == QLatin1String("NotSynchronized"))
                reason = r.target.isEmpty() ? to : r.target;
            else if (to == QLatin1String("Bound") || to == QLatin1String("Synchronized"))
                reason.clear();
            updateHealth(c.twinId);
        }
    });
    if (!m_httpAddress.isEmpty()) {
        const qsizetype colon = m_httpAddress.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        HttpEndpoint endpoint;
        endpoint.host = m_httpAddress.left(std::max<qsizetype>(colon, 0));
        if (endpoint.host.startsWith(QLatin1Char('[')) && endpoint.host.endsWith(QLatin1Char(']')))
            endpoint.host = endpoint.host.mid(1, endpoint.host.size() - 2);
        endpoint.port = m_httpAddress.mid(colon + 1).toInt(&ok);
        QString error;
        if (colon <= 0 || !ok || endpoint.port < 0 || endpoint.port > 65535)
            error =
                Tr::tr("'%1' is not an address and port such as 127.0.0.1:8080").arg(m_httpAddress);
        else
            m_http = HttpApi::acquire(engine.get(), endpoint, &error);
        if (!m_http) {
            diagnostics.error({}, Tr::tr("HTTP interface: %1").arg(error));
            return false;
        }
        m_http->setReady(false);
        m_http->serveAllTwins();
    }
    if (project->history()) {
        // The project's history section records Run mode as it records twinloom-run. A project
        // never saved has no folder to put the store in.
        QString location = project->history()->location;
        const QString folder = model.baseDirectory();
        if (location.isEmpty() && !folder.isEmpty()) {
            const QString name =
                project->name().isEmpty() ? QStringLiteral("project") : project->name();
            location = QDir(folder).filePath(Interop::slug(name, QStringLiteral("project")) +
                                             QStringLiteral(".history.sqlite"));
        } else if (!location.isEmpty() && !location.contains(QLatin1String("://")) &&
                   QFileInfo(location).isRelative()) {
            location = folder.isEmpty() ? QString() : QDir(folder).filePath(location);
        }
        if (location.isEmpty()) {
            Q_EMIT log({QDateTime::currentDateTime(),
                        LogEntry::Level::Warning,
                        {},
                        Tr::tr("history"),
                        Tr::tr("the project records history beside its file: save it to record")});
        } else {
            QString error;
            QPointer<EngineHost> self(this);
            m_history = SqlHistoryStore::open(
                *project->history(), location, &error,
                [self](const QString &message, bool recovered) {
                    QMetaObject::invokeMethod(self, [self, message, recovered] {
                        if (self)
                            Q_EMIT self->log(
                                {QDateTime::currentDateTime(),
                                 recovered ? LogEntry::Level::Info : LogEntry::Level::Warning,
                                 {},
                                 Tr::tr("history"),
                                 message});
                    });
                });
            if (!m_history) {
                diagnostics.error(QStringLiteral("/history"), error);
                return false;
            }
            m_history->attach(*engine);
            engine->setHistoryStore(m_history);
            Q_EMIT log(
                {QDateTime::currentDateTime(),
                 LogEntry::Level::Info,
                 {},
                 Tr::tr("history"),
                 Tr::tr("recording into %1").arg(SqlHistoryStore::displayLocation(location))});
        }
    }
    m_engine = std::move(engine);
    m_node = node;
    subscribeSamples(); // before the twins start, so that plots miss none of their samples
    m_engine->startAll(node);
    if (m_http) {
        m_http->setReady(true);
        Q_EMIT log(
            {QDateTime::currentDateTime(),
             LogEntry::Level::Info,
             {},
             Tr::tr("HTTP"),
             Tr::tr("twins served on %1 (OpenAPI: %1/api/openapi.json)").arg(m_http->baseUrl())});
    }
    m_timer.start();
    Q_EMIT log(
        {QDateTime::currentDateTime(),
         LogEntry::Level::Info,
         {},
         Tr::tr("engine"),
         node.isEmpty()
             ? Tr::tr("started %n twin(s)", nullptr, static_cast<int>(m_live.size()))
             : Tr::tr("started %n twin(s) of node %1", nullptr, static_cast<int>(m_live.size()))
                   .arg(node)});
    Q_EMIT runningChanged(true);
    pull();
    return true;
}

void EngineHost::stop()
{
    if (!m_engine)
        return;
    m_timer.stop();
    m_engine->stopAll();
    if (m_history) {
        m_history->detach();
        m_history->flush(5000);
        m_engine->setHistoryStore(nullptr);
        m_history.reset();
    }
    m_coalescer.reset();
    m_http.reset();
    m_engine.reset();
    m_feeds.clear();
    m_frameSamples.clear();
    const QStringList ids = m_live.keys();
    const bool unhealthy = !unhealthyTwins().isEmpty();
    m_live.clear();
    m_order.clear();
    m_healthChanged.clear();
    m_lifecycleReason.clear();
    m_adaptersDown.clear();
    if (unhealthy)
        Q_EMIT healthChanged();
    Q_EMIT log({QDateTime::currentDateTime(),
                LogEntry::Level::Info,
                {},
                Tr::tr("engine"),
                Tr::tr("stopped")});
    Q_EMIT runningChanged(false);
    Q_EMIT frame(ids);
}

void EngineHost::setSampleSources(const std::vector<SampleSource> &sources)
{
    m_sampleSources.clear();
    for (const SampleSource &s : sources)
        if (std::find(m_sampleSources.begin(), m_sampleSources.end(), s) == m_sampleSources.end())
            m_sampleSources.push_back(s);
    if (m_engine)
        subscribeSamples();
}

void EngineHost::subscribeSamples()
{
    // Sources asked for before keep their feed and what it holds; the others go.
    std::vector<SampleFeed> feeds;
    for (const SampleSource &s : m_sampleSources) {
        const auto kept = std::find_if(m_feeds.begin(), m_feeds.end(), [&](const SampleFeed &f) {
            return f.changes && f.source == s;
        });
        if (kept != m_feeds.end()) {
            feeds.push_back(std::move(*kept));
            continue;
        }
        SampleFeed feed{
            s,
            parseJsonPointer(s.field).value_or(QStringList()),
            0,
            std::make_shared<ChangeCoalescer>(kMaxPendingSamples, ChangeCoalescer::Keep::Every),
            {}};
        feed.subscription = m_engine->subscribeDirect(
            QStringLiteral("twins/%1/properties/%2").arg(s.twin, s.property),
            [changes = feed.changes](const StateChange &c) { changes->offer(c); });
        if (feed.subscription != 0)
            feeds.push_back(std::move(feed));
    }
    for (const SampleFeed &f : m_feeds)
        if (f.changes)
            m_engine->unsubscribe(f.subscription);
    m_feeds = std::move(feeds);
    m_frameSamples.resize(m_feeds.size());
    for (std::size_t i = 0; i < m_feeds.size(); ++i) {
        m_frameSamples[i].source = m_feeds[i].source;
        m_frameSamples[i].samples.clear();
    }
}

std::uint64_t EngineHost::droppedSamples() const
{
    std::uint64_t n = 0;
    for (const SampleFeed &f : m_feeds)
        n += f.changes->dropped();
    return n;
}

const LiveState *EngineHost::live(const QString &twinId) const
{
    const auto it = m_live.constFind(twinId);
    return it == m_live.constEnd() ? nullptr : &*it;
}

void EngineHost::updateHealth(const QString &twinId)
{
    // Why it does not follow its device first, then the interfaces that are down.
    QStringList parts;
    if (const QString reason = m_lifecycleReason.value(twinId); !reason.isEmpty())
        parts << reason;
    for (const QString &down : m_adaptersDown.value(twinId))
        if (!parts.contains(down))
            parts << down;
    setHealth(twinId, parts.join(QStringLiteral("; ")));
}

void EngineHost::setHealth(const QString &twinId, const QString &health)
{
    auto it = m_live.find(twinId);
    if (it == m_live.end() || it->health == health)
        return;
    it->health = health;
    m_healthChanged.insert(twinId);
}

QStringList EngineHost::unhealthyTwins() const
{
    QStringList out;
    for (const QString &id : m_order)
        if (!m_live.value(id).health.isEmpty())
            out << id;
    return out;
}

EngineHost::FrameCost EngineHost::frameCost() const
{
    std::vector<double> v(m_frameCosts.begin(), m_frameCosts.end());
    FrameCost out;
    out.frames = int(v.size());
    if (v.empty())
        return out;
    std::sort(v.begin(), v.end());
    out.p50Ms = v[v.size() / 2];
    out.p99Ms = v[std::min(v.size() - 1, v.size() * 99 / 100)];
    out.maxMs = v.back();
    return out;
}

void EngineHost::pull()
{
    if (!m_coalescer)
        return;
    // What a frame costs the GUI thread: taking the changes and every view's update of them.
    QElapsedTimer cost;
    cost.start();
    bool anything = false;
    const auto measured = qScopeGuard([&] {
        if (!anything)
            return;
        if (m_frameCosts.size() >= 600)
            m_frameCosts.pop_front();
        m_frameCosts.push_back(double(cost.nsecsElapsed()) / 1e6);
    });
    QStringList changed;
    QSet<QString> seen = std::exchange(m_healthChanged, {});
    for (const QString &id : std::as_const(seen))
        changed << id;
    const bool healthChanged = !changed.isEmpty();
    m_frameChanges = m_coalescer->take();
    bool sampled = false;
    for (std::size_t i = 0; i < m_feeds.size(); ++i) {
        SampleFeed &feed = m_feeds[i];
        feed.changes->take(feed.taken);
        std::vector<TimedSample> &samples = m_frameSamples[i].samples;
        samples.clear();
        for (const CoalescedChange &c : feed.taken)
            if (const auto number = sampleNumber(c.value, feed.field))
                samples.push_back(
                    {c.sourceTime ? c.sourceTime : c.commitTime, c.commitTime, *number});
        sampled = sampled || !samples.empty();
    }
    for (const CoalescedChange &c : m_frameChanges) {
        auto it = m_live.find(c.twinId);
        if (it == m_live.end())
            continue;
        if (c.kind == ResourceKind::Lifecycle) {
            it->lifecycle = c.value.toString(); // the log gets every transition on its own
        } else if (c.kind == ResourceKind::Property) {
            const QStringList keys = m_keyProperties.value(c.twinId);
            if (!keys.contains(c.key))
                continue;
            QList<QPair<QString, QString>> values = it->values;
            const QString text = formatValue(c.value, m_units.value(c.twinId).value(c.key));
            bool found = false;
            for (auto &kv : values) {
                if (kv.first == c.key) {
                    kv.second = text;
                    found = true;
                }
            }
            if (!found) {
                values.append({c.key, text});
                std::sort(values.begin(), values.end(), [&](const auto &a, const auto &b) {
                    return keys.indexOf(a.first) < keys.indexOf(b.first);
                });
            }
            it->values = values;
        } else {
            continue;
        }
        if (!seen.contains(c.twinId)) {
            seen.insert(c.twinId);
            changed << c.twinId;
        }
    }
    anything = !changed.isEmpty() || healthChanged || !m_frameChanges.empty() || sampled;
    if (!changed.isEmpty())
        Q_EMIT frame(changed);
    if (healthChanged)
        Q_EMIT this->healthChanged();
    if (!m_frameChanges.empty() || sampled)
        Q_EMIT changes();
    m_frameChanges.clear();
}

} // namespace twinloom::Studio
