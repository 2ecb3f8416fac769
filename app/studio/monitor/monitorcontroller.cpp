#include "app/studio/monitor/monitorcontroller.h"

#include "app/studio/monitor/remotetwins.h"
#include "app/studio/shared/enginehost.h"
#include "app/studio/shared/tr.h"

#include <QtCore/QFutureWatcher>
#include <QtGui/QUndoStack>

#include <algorithm>

namespace twinloom::Studio {

namespace {

QString routeKey(char kind, const QString &twin, const QString &member)
{
    return QLatin1Char(kind) + QLatin1Char('/') + twin + QLatin1Char('/') + member;
}

QString sampleKey(const SampleSource &s)
{
    return routeKey('s', s.twin, s.property) + QChar(0x1f) + s.field;
}

} // namespace

MonitorController::MonitorController(GraphModel *model, QUndoStack *undo, EngineHost *host,
                                     QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_undo(undo)
    , m_host(host)
    , m_shown(model)
    , m_feed(host)
{
    follow(m_host);
    QObject::connect(m_model, &GraphModel::dashboardsChanged, this,
                     &MonitorController::reloadFromDocument);
    QObject::connect(m_model, &GraphModel::reset, this, [this] {
        if (isRemote())
            return; // a remote twin stays on show whatever project is open
        m_dashboard = {};
        m_saved = false;
        rebuild({}, false);
        setMessage({});
    });
    m_ageTimer.setInterval(1000);
    QObject::connect(&m_ageTimer, &QTimer::timeout, this, [this] {
        const Timestamp now = Clock::now();
        for (TileModel *t : m_tiles) {
            t->refreshAge(now);
            t->setNow(now); // a following plot moves with the present
            t->flush();     // the rows' ages, the plots
        }
        measureEntanglement();
    });
}

MonitorController::~MonitorController() = default;

void MonitorController::follow(EngineHost *host)
{
    // Both engines run at once; only the one feeding the dashboard reaches the tiles.
    QObject::connect(host, &EngineHost::changes, this, [this, host] {
        if (host == m_feed)
            onFrame();
    });
    QObject::connect(host, &EngineHost::runningChanged, this, [this, host](bool running) {
        if (host == m_feed)
            onRunning(running);
    });
}

void MonitorController::setRemoteTwins(RemoteTwins *remote)
{
    if (m_remote || !remote)
        return;
    m_remote = remote;
    follow(remote->mirrorHost());
}

void MonitorController::useFeed(GraphModel *twins, EngineHost *feed)
{
    if (feed == m_feed)
        return;
    // Tiles of the other engine must not be reused, even for a twin of the same id.
    for (TileModel *t : m_tiles)
        t->deleteLater();
    m_tiles.clear();
    m_routes.clear();
    m_shown = twins;
    m_feed->setSampleSources({}); // the plots of the other engine are gone
    m_feed = feed;
    if (m_editing) {
        m_editing = false;
        Q_EMIT editingChanged();
    }
    if (feed->isRunning())
        m_ageTimer.start();
    else
        m_ageTimer.stop();
    Q_EMIT runningChanged();
}

bool MonitorController::showRemoteTwin(const QString &source, const QString &id)
{
    QString error;
    const QString mirrorId = m_remote ? m_remote->mirror(source, id, &error) : QString();
    if (mirrorId.isEmpty()) {
        setMessage(error.isEmpty() ? Tr::tr("Remote twins are not available here.") : error);
        return false;
    }
    GraphModel *mirrors = m_remote->mirrorModel();
    useFeed(mirrors, m_remote->mirrorHost());
    const auto model = mirrors->model(mirrors->twinModelId(mirrorId));
    if (!model) {
        rebuild({}, false);
        setMessage(
            Tr::tr("Remote twin '%1' has no usable model: there is nothing to show.").arg(id));
        return false;
    }
    const RemoteSource *s = m_remote->source(source);
    Dashboard generated = Dashboard::generate(
        mirrorId,
        Tr::tr("%1 (remote, %2)").arg(mirrors->twinDisplayName(mirrorId), s ? s->label() : source),
        *model);
    generated.id = mirrorId;
    rebuild(generated, false);
    return true;
}

QList<QPair<QString, QString>> MonitorController::savedDashboards() const
{
    Diagnostics ignored;
    QList<QPair<QString, QString>> out;
    for (const Dashboard &d : readDashboards(m_model->document(), ignored))
        out.append({d.id, d.name.isEmpty() ? d.id : d.name});
    return out;
}

bool MonitorController::showTwin(const QString &twinId)
{
    useFeed(m_model, m_host);
    if (!m_model->hasTwin(twinId)) {
        setMessage(Tr::tr("There is no twin '%1' in this project.").arg(twinId));
        return false;
    }
    Diagnostics diagnostics;
    const std::vector<Dashboard> saved = readDashboards(m_model->document(), diagnostics);
    for (const Dashboard &d : saved) {
        if (d.twin == twinId) {
            rebuild(d, true, &diagnostics);
            return true;
        }
    }
    const auto model = m_model->model(m_model->twinModelId(twinId));
    if (!model) {
        rebuild({}, false);
        setMessage(Tr::tr("Twin '%1' has no known model: there is nothing to show.").arg(twinId));
        return false;
    }
    Dashboard generated = Dashboard::generate(twinId, m_model->twinDisplayName(twinId), *model);
    // Its id becomes the saved one's at the first edit: it must not take another dashboard's.
    QString id = twinId;
    for (int n = 2;
         std::any_of(saved.begin(), saved.end(), [&](const Dashboard &d) { return d.id == id; });
         ++n)
        id = twinId + QLatin1Char('-') + QString::number(n);
    generated.id = id;
    rebuild(generated, false, &diagnostics);
    return true;
}

bool MonitorController::showDashboard(const QString &dashboardId)
{
    useFeed(m_model, m_host);
    Diagnostics diagnostics;
    for (const Dashboard &d : readDashboards(m_model->document(), diagnostics)) {
        if (d.id == dashboardId) {
            rebuild(d, true, &diagnostics);
            return true;
        }
    }
    setMessage(diagnostics.hasErrors()
                   ? diagnostics.toString()
                   : Tr::tr("There is no dashboard '%1' in this project.").arg(dashboardId));
    return false;
}

QList<QObject *> MonitorController::tileObjects() const
{
    QList<QObject *> out;
    for (TileModel *t : m_tiles)
        out << t;
    return out;
}

TileModel *MonitorController::tile(int index) const
{
    return index >= 0 && index < tileCount() ? m_tiles[std::size_t(index)] : nullptr;
}

QString MonitorController::title() const
{
    return m_dashboard.name.isEmpty() ? m_dashboard.id : m_dashboard.name;
}

void MonitorController::setEditing(bool editing)
{
    if (editing == m_editing)
        return;
    if (editing && refuseRemoteEdit()) {
        Q_EMIT editingChanged();
        return;
    }
    m_editing = editing;
    if (!editing)
        selectTile(-1);
    Q_EMIT editingChanged();
}

void MonitorController::selectTile(int index)
{
    if (index < -1 || index >= tileCount())
        index = -1;
    if (index == m_selected)
        return;
    m_selected = index;
    Q_EMIT selectionChanged();
}

bool MonitorController::isRunning() const
{
    return m_feed->isRunning();
}

void MonitorController::setMessage(const QString &text)
{
    if (text == m_message)
        return;
    m_message = text;
    Q_EMIT messageChanged();
}

void MonitorController::rebuild(const Dashboard &dashboard, bool saved,
                                const Diagnostics *diagnostics)
{
    m_dashboard = dashboard;
    m_saved = saved;
    m_entanglement.setTwin(dashboard.twin);
    std::vector<TileModel *> old = std::move(m_tiles);
    m_tiles.clear();
    m_routes.clear();
    std::vector<SampleSource> sources;
    bool created = false;
    QStringList problems;
    for (std::size_t i = 0; i < dashboard.tiles.size(); ++i) {
        const Tile &tile = dashboard.tiles[i];
        TileModel *model = nullptr;
        const auto reuse = std::find_if(old.begin(), old.end(),
                                        [&](TileModel *t) { return t && t->sameContent(tile); });
        if (reuse != old.end()) {
            model = *reuse;
            *reuse = nullptr;
            model->setTile(tile, int(i));
        } else {
            model = new TileModel(tile, int(i), this);
            if (model->plot()) {
                // Names, not ids: the twin's and the property's display names.
                QStringList names;
                for (const PlotSeries &s : tile.series) {
                    const bool known = m_shown->hasTwin(s.twin);
                    const auto m = known ? m_shown->model(m_shown->twinModelId(s.twin)) : nullptr;
                    const PropertyDef *p = m ? m->property(s.property) : nullptr;
                    const QString twin = known ? m_shown->twinDisplayName(s.twin) : s.twin;
                    const QString property =
                        p && !p->displayName.isEmpty() ? p->displayName : s.property;
                    names << (twin.isEmpty() ? s.twin : twin) + QStringLiteral(" · ") + property +
                                 s.field;
                }
                model->plot()->renameSeries(names);
            }
            const QString problem = tileProblem(tile, *m_shown);
            const auto twinModel =
                tile.type->member == TileType::Member::Series || !m_shown->hasTwin(tile.twin)
                    ? nullptr
                    : m_shown->model(m_shown->twinModelId(tile.twin));
            const PropertyDef *property = twinModel ? twinModel->property(tile.member) : nullptr;
            const ActionDef *action = twinModel && tile.type->member == TileType::Member::Action
                                          ? twinModel->action(tile.member)
                                          : nullptr;
            model->describe(property, action, problem);
            if (tile.type->feed == TileType::Feed::Rows) {
                QStringList targets;
                QStringList names;
                if (!tile.member.isEmpty() && m_shown->hasTwin(tile.twin))
                    for (const GraphEdge &e : m_shown->edgesOf(tile.twin))
                        if (e.kind == GraphEdge::Kind::Relationship && e.source == tile.twin &&
                            e.name == tile.member) {
                            targets << e.target;
                            names << m_shown->twinDisplayName(e.target);
                        }
                model->describeTable(twinModel.get(), targets, names);
            }
            model->setEngine(m_feed->engine());
            if (model->plot()) {
                // A field inside a structured value has no unit of its own.
                QStringList units;
                for (const PlotSeries &s : tile.series) {
                    const auto m = m_model->hasTwin(s.twin)
                                       ? m_model->model(m_model->twinModelId(s.twin))
                                       : nullptr;
                    const PropertyDef *p = m ? m->property(s.property) : nullptr;
                    units << (p && s.field.isEmpty() ? TileModel::unitSymbol(p->unit) : QString());
                }
                model->plot()->setUnits(units);
                model->plot()->setDark(m_theme.isDark());
                // The past beyond the samples held, from the run's history store, read on its
                // own thread: a minimum and a maximum per bucket, about two per pixel column.
                QObject::connect(model, &TileModel::pastWanted, this,
                                 [this, model](int series, double from, double to, int request) {
                                     loadPast(model, series, from, to, request);
                                 });
                // One cursor for every plot of the dashboard: the time under the pointer.
                QObject::connect(model, &TileModel::cursorMoved, this, [this, model](double time) {
                    for (TileModel *t : m_tiles)
                        if (t != model && t->plot())
                            t->showCursorAt(time);
                });
            }
            created = true;
        }
        if (!model->problem().isEmpty())
            problems << Tr::tr("Tile %1: %2").arg(int(i) + 1).arg(model->problem());
        m_tiles.push_back(model);
        switch (tile.type->feed) {
        case TileType::Feed::Samples:
            for (std::size_t s = 0; s < tile.series.size(); ++s) {
                const PlotSeries &ps = tile.series[s];
                const SampleSource source{ps.twin, ps.property, ps.field};
                m_routes.insert(sampleKey(source), {model, int(s)});
                sources.push_back(source);
            }
            break;
        case TileType::Feed::Nothing:
        case TileType::Feed::Entanglement:
            break;
        case TileType::Feed::Rows:
            if (tile.member.isEmpty()) {
                const auto m = m_shown->hasTwin(tile.twin)
                                   ? m_shown->model(m_shown->twinModelId(tile.twin))
                                   : nullptr;
                for (std::size_t r = 0; m && r < m->properties.size(); ++r)
                    m_routes.insert(routeKey('p', tile.twin, m->properties[r].name),
                                    {model, int(r)});
            }
            break;
        case TileType::Feed::Events:
            m_routes.insert(routeKey('e', tile.twin, tile.member), {model, -1});
            break;
        case TileType::Feed::Desired:
            m_routes.insert(routeKey('d', tile.twin, tile.member), {model, -1});
            m_routes.insert(routeKey('p', tile.twin, tile.member), {model, -1});
            break;
        case TileType::Feed::Reported:
            m_routes.insert(routeKey('p', tile.twin, tile.member), {model, -1});
            break;
        }
    }
    m_feed->setSampleSources(sources);
    for (TileModel *t : old)
        if (t)
            t->deleteLater(); // QML may still hold it until the new list arrives
    Q_EMIT tilesChanged();
    if (m_selected >= tileCount())
        selectTile(-1);
    else if (m_selected >= 0)
        Q_EMIT selectionChanged(); // the same place may show another tile now
    if (diagnostics && diagnostics->hasErrors())
        problems.prepend(diagnostics->toString().trimmed());
    setMessage(problems.join(QLatin1Char('\n')));
    if (created && m_feed->isRunning())
        seed();
    measureEntanglement();
}

void MonitorController::measureEntanglement()
{
    Engine *engine = m_feed->engine();
    m_entanglement.measure(engine);
    for (TileModel *t : m_tiles)
        if (EntanglementIndicator *e = t->entanglement())
            e->measure(engine);
}

void MonitorController::reloadFromDocument()
{
    if (isRemote())
        return;
    const QString twin = m_dashboard.twin;
    Diagnostics diagnostics;
    for (const Dashboard &d : readDashboards(m_model->document(), diagnostics)) {
        if (d.id == m_dashboard.id || (!twin.isEmpty() && d.twin == twin)) {
            rebuild(d, true);
            return;
        }
    }
    if (!twin.isEmpty() && m_model->hasTwin(twin))
        showTwin(twin); // the saved one is gone (undone, reset): back to the generated one
    else if (m_saved)
        rebuild({}, false);
}

void MonitorController::onRunning(bool running)
{
    for (TileModel *t : m_tiles) {
        t->setEngine(m_feed->engine());
        if (!running)
            t->clearValues();
    }
    if (running) {
        m_ageTimer.start();
        seed();
    } else {
        m_ageTimer.stop();
    }
    measureEntanglement();
    Q_EMIT runningChanged();
}

void MonitorController::seed()
{
    Engine *engine = m_feed->engine();
    if (!engine)
        return;
    QStringList twins;
    for (TileModel *t : m_tiles) {
        const Tile &tile = t->tile();
        if (tile.type->feed == TileType::Feed::Samples) {
            // From the history store when the run records one (it outlives the run: a plot
            // shows the past of earlier runs too), and from what the twin holds in memory, which
            // the store may have yet to commit. Samples a plot holds already are not taken twice.
            const std::shared_ptr<HistoryStore> store = engine->historyStore();
            for (std::size_t s = 0; s < tile.series.size(); ++s) {
                const PlotSeries &spec = tile.series[s];
                if (!engine->contains(spec.twin))
                    continue;
                std::vector<QFuture<std::vector<HistorySample>>> sources;
                if (store)
                    sources.push_back(store->samples(spec.twin, spec.property, false, 0,
                                                     kHistoryEnd, tile.history));
                sources.push_back(engine->history(spec.twin, spec.property));
                for (QFuture<std::vector<HistorySample>> &future : sources) {
                    auto *watcher = new QFutureWatcher<std::vector<HistorySample>>(t);
                    QObject::connect(watcher, &QFutureWatcherBase::finished, t, [t, watcher, s] {
                        watcher->deleteLater();
                        // A store that cannot be read (its error is the future's) seeds nothing.
                        if (!watcher->future().isValid() || watcher->future().resultCount() == 0)
                            return;
                        try {
                            t->seedSeries(int(s), watcher->future().result());
                        } catch (const std::exception &) {
                            // HistoryError, or any other failure of the reader: no seed
                        }
                    });
                    watcher->setFuture(future);
                }
            }
        } else if (!tile.twin.isEmpty() && !twins.contains(tile.twin) &&
                   engine->contains(tile.twin)) {
            twins << tile.twin;
        }
    }
    // The values the twins hold now, so that tiles do not wait for the next change.
    for (const QString &twin : twins) {
        auto *watcher = new QFutureWatcher<TwinSnapshot>(this);
        QObject::connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, twin] {
            watcher->deleteLater();
            if (watcher->future().resultCount() == 0)
                return;
            const TwinSnapshot snap = watcher->future().result();
            const Timestamp now = Clock::now();
            for (const PropertySnapshot &p : snap.properties) {
                for (const auto &[tile, series] : m_routes.values(routeKey('p', twin, p.name))) {
                    if (tile->isTable() && !p.reported.isNull()) {
                        tile->setRowValue(series, p.reported,
                                          p.sourceTime ? p.sourceTime : p.updatedAt);
                        continue;
                    }
                    if (series >= 0 || tile->hasValue() || p.reported.isNull())
                        continue;
                    tile->setReported(p.reported, p.sourceTime ? p.sourceTime : p.updatedAt);
                    tile->refreshAge(now);
                }
                if (!p.desired.isNull())
                    for (const auto &[tile, series] : m_routes.values(routeKey('d', twin, p.name)))
                        tile->setDesired(p.desired);
            }
            for (TileModel *t : m_tiles)
                t->flush();
        });
        watcher->setFuture(engine->snapshot(twin));
    }
}

void MonitorController::onFrame()
{
    if (m_routes.isEmpty())
        return;
    for (const CoalescedChange &c : m_feed->frameChanges()) {
        const Timestamp time = c.sourceTime ? c.sourceTime : c.commitTime;
        switch (c.kind) {
        case ResourceKind::Property:
            for (const auto &[tile, series] : m_routes.values(routeKey('p', c.twinId, c.key))) {
                if (tile->isTable())
                    tile->setRowValue(series, c.value, time);
                else
                    tile->setReported(c.value, time);
            }
            break;
        case ResourceKind::DesiredProperty:
            for (const auto &[tile, series] : m_routes.values(routeKey('d', c.twinId, c.key)))
                tile->setDesired(c.value);
            break;
        case ResourceKind::Event:
            for (const QString &key : {routeKey('e', c.twinId, c.key), routeKey('e', c.twinId, {})})
                for (const auto &[tile, series] : m_routes.values(key))
                    tile->addEvent(c.key, c.value, time);
            break;
        default:
            break;
        }
    }
    // Plots get every sample of the frame, not only the latest.
    for (const SourceSamples &batch : m_feed->frameSamples()) {
        if (batch.samples.empty())
            continue;
        const auto routes = m_routes.equal_range(sampleKey(batch.source));
        for (auto it = routes.first; it != routes.second; ++it)
            it->first->addSamples(it->second, batch.samples);
    }
    // Tables of related twins show the state the engine host keeps per twin.
    for (TileModel *t : m_tiles) {
        const QStringList twins = t->tableTwins();
        for (qsizetype row = 0; row < twins.size(); ++row)
            t->setRowState(int(row), m_feed->live(twins[row]));
    }
    const Timestamp now = Clock::now();
    for (TileModel *t : m_tiles) {
        t->setNow(now);
        t->flush();
    }
}

void MonitorController::makeRoomFor(Dashboard &dashboard, std::size_t placed)
{
    auto overlaps = [](const Tile &a, const Tile &b) {
        return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
    };
    // From the top down, each tile that overlaps one already in place moves below it; the
    // tile just placed keeps its cells.
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < dashboard.tiles.size(); ++i)
        if (i != placed)
            order.push_back(i);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const Tile &ta = dashboard.tiles[a];
        const Tile &tb = dashboard.tiles[b];
        return ta.y != tb.y ? ta.y < tb.y : ta.x < tb.x;
    });
    std::vector<std::size_t> fixed{placed};
    for (std::size_t i : order) {
        Tile &t = dashboard.tiles[i];
        for (bool moved = true; moved;) {
            moved = false;
            for (std::size_t f : fixed) {
                const Tile &other = dashboard.tiles[f];
                if (overlaps(t, other)) {
                    t.y = other.y + other.h;
                    moved = true;
                }
            }
        }
        fixed.push_back(i);
    }
}

bool MonitorController::refuseRemoteEdit()
{
    if (!isRemote())
        return false;
    setMessage(Tr::tr("The dashboard of a remote twin is generated: it cannot be edited."));
    return true;
}

bool MonitorController::commit(Dashboard dashboard, const QString &text)
{
    if (refuseRemoteEdit())
        return false;
    m_undo->push(DashboardEdit::replace(m_model, text, dashboard));
    return true;
}

bool MonitorController::addTile(Tile tile)
{
    if (m_dashboard.id.isEmpty()) {
        setMessage(Tr::tr("Choose a twin or a dashboard first."));
        return false;
    }
    if (refuseRemoteEdit())
        return false;
    const QString problem = tileProblem(tile, *m_model);
    if (!problem.isEmpty()) {
        setMessage(Tr::tr("Cannot add the tile: %1").arg(problem));
        return false;
    }
    tile.w = std::clamp(tile.w, 1, m_dashboard.columns);
    tile.x = std::clamp(tile.x, 0, m_dashboard.columns - tile.w);
    tile.y = m_dashboard.tiles.empty() ? 0 : m_dashboard.rows();
    Dashboard d = m_dashboard;
    d.tiles.push_back(tile);
    setMessage({});
    return commit(d, Tr::tr("Add %1 Tile").arg(tile.type->idName()));
}

bool MonitorController::removeTile(int index)
{
    if (index < 0 || std::size_t(index) >= m_dashboard.tiles.size()) {
        setMessage(Tr::tr("There is no tile %1.").arg(index + 1));
        return false;
    }
    Dashboard d = m_dashboard;
    d.tiles.erase(d.tiles.begin() + index);
    setMessage({});
    return commit(d, Tr::tr("Remove Tile"));
}

bool MonitorController::setTileGeometry(int index, int x, int y, int w, int h)
{
    if (index < 0 || std::size_t(index) >= m_dashboard.tiles.size()) {
        setMessage(Tr::tr("There is no tile %1.").arg(index + 1));
        return false;
    }
    const int columns = m_dashboard.columns;
    if (x < 0 || y < 0 || w < 1 || h < 1 || h > 100 || x + w > columns) {
        setMessage(Tr::tr("A tile must stay inside the %1 columns of the dashboard.").arg(columns));
        return false;
    }
    Dashboard d = m_dashboard;
    Tile &t = d.tiles[std::size_t(index)];
    if (t.x == x && t.y == y && t.w == w && t.h == h)
        return true;
    const bool resized = t.w != w || t.h != h;
    t.x = x;
    t.y = y;
    t.w = w;
    t.h = h;
    makeRoomFor(d, std::size_t(index));
    setMessage({});
    return commit(d, resized ? Tr::tr("Resize Tile") : Tr::tr("Move Tile"));
}

bool MonitorController::updateTile(int index, const Tile &tile, const QString &text)
{
    if (index < 0 || std::size_t(index) >= m_dashboard.tiles.size()) {
        setMessage(Tr::tr("There is no tile %1.").arg(index + 1));
        return false;
    }
    Tile t = tile;
    const Tile &before = m_dashboard.tiles[std::size_t(index)];
    t.x = before.x;
    t.y = before.y;
    t.w = before.w;
    t.h = before.h;
    if (t == before)
        return true;
    const QString problem = tileProblem(t, *m_model);
    if (!problem.isEmpty()) {
        setMessage(Tr::tr("Cannot change the tile: %1").arg(problem));
        return false;
    }
    if (t.history < 2 || t.history > Tile::kMaxHistory) {
        setMessage(
            Tr::tr("The history of a plot holds from 2 to %1 samples.").arg(Tile::kMaxHistory));
        return false;
    }
    if (t.span < 1 || t.span > Tile::kMaxSpan) {
        setMessage(Tr::tr("A plot shows from 1 second to %1 days.").arg(Tile::kMaxSpan / 86400));
        return false;
    }
    Dashboard d = m_dashboard;
    d.tiles[std::size_t(index)] = t;
    setMessage({});
    return commit(d, text);
}

bool MonitorController::setTileHistory(int index, int samples)
{
    const TileModel *tile = this->tile(index);
    if (!tile || !tile->plot()) {
        setMessage(Tr::tr("Tile %1 is not a plot.").arg(index + 1));
        return false;
    }
    Tile t = tile->tile();
    t.history = samples;
    return updateTile(index, t, Tr::tr("Change Plot History"));
}

void MonitorController::loadPast(TileModel *tile, int series, double from, double to, int request)
{
    Engine *engine = m_feed->engine();
    const std::shared_ptr<HistoryStore> store = engine ? engine->historyStore() : nullptr;
    if (!store || series < 0 || std::size_t(series) >= tile->tile().series.size())
        return;
    const PlotSeries &spec = tile->tile().series[std::size_t(series)];
    if (!spec.field.isEmpty())
        return; // the store keeps whole values: no buckets of a field inside one
    constexpr int kBuckets = 800;
    const auto fromUs = Timestamp(std::floor(from * 1e6));
    const auto toUs = Timestamp(std::ceil(to * 1e6));
    const Timestamp step = std::max<Timestamp>(1, (toUs - fromUs) / kBuckets);
    auto *watcher = new QFutureWatcher<std::vector<HistoryBucket>>(tile);
    QObject::connect(watcher, &QFutureWatcherBase::finished, tile,
                     [tile, watcher, series, request, step] {
                         watcher->deleteLater();
                         if (!watcher->future().isValid() || watcher->future().resultCount() == 0)
                             return;
                         std::vector<std::pair<double, double>> points;
                         try {
                             for (const HistoryBucket &b : watcher->future().result()) {
                                 if (b.count == 0)
                                     continue;
                                 const double t = double(b.start) / 1e6;
                                 points.emplace_back(t, b.min);
                                 if (b.max != b.min)
                                     points.emplace_back(t + double(step) / 2e6, b.max);
                             }
                         } catch (const std::exception &) {
                             return; // a store that cannot be read shows no past
                         }
                         tile->setPast(series, request, std::move(points));
                     });
    watcher->setFuture(store->buckets(spec.twin, spec.property, fromUs, toUs, step));
}

bool MonitorController::setTileSpan(int index, int seconds)
{
    const TileModel *tile = this->tile(index);
    if (!tile || !tile->plot()) {
        setMessage(Tr::tr("Tile %1 is not a plot.").arg(index + 1));
        return false;
    }
    Tile t = tile->tile();
    t.span = seconds;
    if (!updateTile(index, t, Tr::tr("Change Plot Time Span")))
        return false;
    // Choosing a span means watching the present.
    if (TileModel *shown = this->tile(index))
        shown->follow();
    return true;
}

void MonitorController::setDark(bool dark)
{
    m_theme.setDark(dark);
    for (TileModel *t : m_tiles)
        if (t->plot() && t->plot()->isDark() != dark) {
            t->plot()->setDark(dark);
            t->notifyPlot();
        }
}

void MonitorController::requestExport(int index, const QString &format)
{
    Q_EMIT exportRequested(index, format);
}

bool MonitorController::exportPlot(int index, const QString &path, QString *error)
{
    TileModel *tile = this->tile(index);
    if (!tile || !tile->plot()) {
        if (error)
            *error = Tr::tr("Tile %1 is not a plot.").arg(index + 1);
        return false;
    }
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return tile->plot()->exportCsv(path, error);
    return tile->plot()->exportPicture(path, 1200, 600, error);
}

} // namespace twinloom::Studio
