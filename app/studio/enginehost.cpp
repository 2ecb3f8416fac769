#include "enginehost.h"

#include "graphmodel.h"

#include <QtCore/QLocale>

#include <adapter.h>
#include <project.h>
#include <units.h>

namespace twinloom::studio {

namespace {

QString formatValue(const Value &v, const QString &unit)
{
    QString text;
    if (v.type() == Value::Type::Double)
        text = QLocale().toString(v.toDouble(), 'f', 2);
    else if (v.type() == Value::Type::Bool)
        text = v.toBool() ? EngineHost::tr("yes") : EngineHost::tr("no");
    else
        text = v.toString();
    const Unit *u = unit.isEmpty() ? nullptr : Units::find(unit);
    return u ? text + QLatin1Char(' ') + u->symbol : text;
}

} // namespace

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
                                     tr("engine"), text});
                     });
    m_live.clear();
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
        m_live.insert(id, LiveState{lifecycleStateName(LifecycleState::Created), {}});
    }
    // Lifecycle transitions are few: the log gets each one (the canvas only the latest per frame).
    engine->subscribe(QStringLiteral("twins/+/lifecycle"), this, [this](const StateChange &c) {
        for (const ResourceChange &r : c.changes) {
            const QString to = r.value.toString();
            const QString from = r.previous.toString();
            const bool bad = to == QLatin1String("Error") || to == QLatin1String("Unbound");
            Q_EMIT log({QDateTime::currentDateTime(),
                        bad ? LogEntry::Level::Warning : LogEntry::Level::Info, c.twinId,
                        tr("lifecycle"),
                        r.target.isEmpty() ? tr("%1 → %2").arg(from, to)
                                           : tr("%1 → %2 (%3)").arg(from, to, r.target)});
        }
    });
    m_engine = std::move(engine);
    m_node = node;
    m_engine->startAll(node);
    m_timer.start();
    Q_EMIT log({QDateTime::currentDateTime(),
                LogEntry::Level::Info,
                {},
                tr("engine"),
                node.isEmpty()
                    ? tr("started %n twin(s)", nullptr, static_cast<int>(m_live.size()))
                    : tr("started %n twin(s) of node %1", nullptr, static_cast<int>(m_live.size()))
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
    m_coalescer.reset();
    m_engine.reset();
    const QStringList ids = m_live.keys();
    m_live.clear();
    Q_EMIT log(
        {QDateTime::currentDateTime(), LogEntry::Level::Info, {}, tr("engine"), tr("stopped")});
    Q_EMIT runningChanged(false);
    Q_EMIT frame(ids);
}

const LiveState *EngineHost::live(const QString &twinId) const
{
    const auto it = m_live.constFind(twinId);
    return it == m_live.constEnd() ? nullptr : &*it;
}

void EngineHost::pull()
{
    if (!m_coalescer)
        return;
    QStringList changed;
    m_frameChanges = m_coalescer->take();
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
        if (!changed.contains(c.twinId))
            changed << c.twinId;
    }
    if (!changed.isEmpty())
        Q_EMIT frame(changed);
    if (!m_frameChanges.empty())
        Q_EMIT changes();
    m_frameChanges.clear();
}

} // namespace twinloom::studio
