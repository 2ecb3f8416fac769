#include "app/studio/monitor/monitor.h"

#include "app/studio/monitor/tileinspector.h"
#include "app/studio/remotesourcesdialog.h"
#include "app/studio/remotetwins.h"
#include "app/studio/shared/enginehost.h"
#include "app/studio/shared/tr.h"
#include "engine/units.h"

#include <QtCore/QFileInfo>
#include <QtCore/QFutureWatcher>
#include <QtCore/QLocale>
#include <QtGui/QPainter>
#include <QtGui/QStandardItemModel>
#include <QtGui/QUndoStack>
#include <QtQml/QQmlContext>
#include <QtQml/QQmlEngine>
#include <QtQuickWidgets/QQuickWidget>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace twinloom::Studio {

namespace {

constexpr Timestamp kDefaultStaleAfter = 60'000'000; // µs, for properties without maxAge
constexpr int kEventLogLength = 50;

bool isNumeric(const SchemaPtr &schema)
{
    return schema && schema->isNumeric();
}

QString enumName(const SchemaPtr &schema, const Value &value)
{
    if (!schema || schema->kind() != SchemaKind::Enum)
        return value.toString();
    for (const EnumValue &e : schema->enumValues())
        if (e.value == value || e.name == value.toString())
            return e.displayName.isEmpty() ? e.name : e.displayName;
    return value.toString();
}

double seconds(Timestamp t)
{
    return static_cast<double>(t) / 1e6;
}

QString routeKey(char kind, const QString &twin, const QString &member)
{
    return QLatin1Char(kind) + QLatin1Char('/') + twin + QLatin1Char('/') + member;
}

QString unitSymbol(const QString &unit)
{
    const Unit *u = unit.isEmpty() ? nullptr : Units::find(unit);
    return u ? u->symbol : QString();
}

QString sampleKey(const SampleSource &s)
{
    return routeKey('s', s.twin, s.property) + QChar(0x1f) + s.field;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// TileModel

TileModel::TileModel(const Tile &tile, int index, QObject *parent)
    : QObject(parent)
    , m_tile(tile)
    , m_index(index)
{
    if (tile.type == TileType::Plot) {
        m_plot = std::make_unique<PlotRenderer>();
        QStringList names;
        for (const PlotSeries &s : tile.series)
            names << s.twin + QStringLiteral(" · ") + s.property + s.field;
        m_seededUntil.assign(tile.series.size(), std::numeric_limits<Timestamp>::min());
        m_plot->setHistory(std::size_t(tile.history));
        m_plot->setSeries(names);
    }
    if (tile.type == TileType::Entanglement) {
        m_entanglement = std::make_unique<EntanglementIndicator>();
        m_entanglement->setTwin(tile.twin);
    }
}

TileModel::~TileModel() = default;

void TileModel::setTile(const Tile &tile, int index)
{
    const bool moved = tile.x != m_tile.x || tile.y != m_tile.y || tile.w != m_tile.w ||
                       tile.h != m_tile.h || tile.history != m_tile.history ||
                       tile.title != m_tile.title || index != m_index;
    m_tile = tile;
    m_index = index;
    if (m_plot && m_plot->history() != std::size_t(tile.history)) {
        m_plot->setHistory(std::size_t(tile.history));
        notifyPlot();
    }
    if (moved)
        Q_EMIT geometryChanged();
}

bool TileModel::sameContent(const Tile &tile) const
{
    return tile.type == m_tile.type && tile.twin == m_tile.twin && tile.member == m_tile.member &&
           tile.series == m_tile.series;
}

bool TileModel::isPaused() const
{
    return m_plot && m_plot->isPaused();
}

void TileModel::setPaused(bool paused)
{
    if (!m_plot || paused == m_plot->isPaused())
        return;
    m_plot->setPaused(paused);
    Q_EMIT pausedChanged();
    notifyPlot();
}

void TileModel::describe(const PropertyDef *property, const ActionDef *action,
                         const QString &problem)
{
    m_problem = problem;
    if (m_tile.type == TileType::Plot) {
        m_title = m_plot ? m_plot->seriesNames().join(QStringLiteral(", ")) : QString();
        return;
    }
    if (action) {
        m_title = action->displayName.isEmpty() ? action->name : action->displayName;
        m_schema = action->request;
        m_reply = action->response;
        if (m_schema)
            m_argumentHint = action->requestName.isEmpty()
                                 ? schemaKindName(m_schema->kind())
                                 : action->requestName + QStringLiteral(" (") +
                                       schemaKindName(m_schema->kind()) + QLatin1Char(')');
        return;
    }
    if (m_tile.type == TileType::EventLog) {
        m_title = m_tile.member.isEmpty() ? Tr::tr("Events") : m_tile.member;
        return;
    }
    if (m_tile.type == TileType::Entanglement) {
        m_title = Tr::tr("Entanglement of %1").arg(m_tile.twin);
        return;
    }
    if (!property) {
        m_title = m_tile.member;
        return;
    }
    m_title = property->displayName.isEmpty() ? property->name : property->displayName;
    m_schema = property->schema;
    m_unit = property->unit;
    m_unitSymbol = unitSymbol(m_unit);
    m_maxAge = property->maxAge;
    if (property->minimum && property->maximum && *property->maximum > *property->minimum) {
        m_hasRange = true;
        m_minimum = *property->minimum;
        m_maximum = *property->maximum;
    }
    if (m_schema && m_schema->kind() == SchemaKind::Boolean) {
        m_control = QStringLiteral("switch");
    } else if (m_schema && m_schema->kind() == SchemaKind::Enum) {
        m_control = QStringLiteral("choice");
        for (const EnumValue &e : m_schema->enumValues())
            m_choices << e.name;
    } else if (isNumeric(m_schema)) {
        m_control = m_hasRange ? QStringLiteral("slider") : QStringLiteral("number");
    } else {
        m_control = QStringLiteral("text");
    }
}

void TileModel::setReported(const Value &value, Timestamp time)
{
    if (isNumeric(m_schema) && !m_value.isNull() && !value.isNull()) {
        const double before = m_value.toDouble();
        const double now = value.toDouble();
        const double epsilon = 1e-9 * std::max(1.0, std::abs(before));
        m_trend = now > before + epsilon ? 1 : (now < before - epsilon ? -1 : 0);
    }
    m_value = value;
    m_time = time;
    m_text = valueText(m_schema, value);
    m_dirty = true;
    refreshAge(Clock::now());
}

QString TileModel::valueText(const SchemaPtr &schema, const Value &value)
{
    if (value.isNull())
        return {};
    if (isNumeric(schema)) {
        const bool integral =
            schema->kind() == SchemaKind::Integer || schema->kind() == SchemaKind::Long;
        return integral ? QLocale().toString(value.toInt())
                        : QLocale().toString(value.toDouble(), 'f', 2);
    }
    if (schema && schema->kind() == SchemaKind::Boolean)
        return value.toBool() ? Tr::tr("on") : Tr::tr("off");
    return enumName(schema, value);
}

QString TileModel::ageText(Timestamp time, Timestamp now)
{
    if (time <= 0)
        return {};
    const qint64 s = std::max<Timestamp>(0, now - time) / 1'000'000;
    return s < 60
               ? Tr::tr("%1 s ago").arg(s)
               : (s < 3600 ? Tr::tr("%1 min ago").arg(s / 60) : Tr::tr("%1 h ago").arg(s / 3600));
}

void TileModel::describeTable(const TwinModel *model, const QStringList &targets)
{
    m_tableRows.clear();
    m_rows.clear();
    m_tableTwins = targets;
    if (!m_tile.member.isEmpty()) {
        const RelationshipDef *r = model ? model->relationship(m_tile.member) : nullptr;
        m_title = r && !r->displayName.isEmpty() ? r->displayName : m_tile.member;
        m_columns = {Tr::tr("Twin"), Tr::tr("State"), Tr::tr("Values")};
        for (const QString &twin : targets)
            m_rows.append(QVariant(QStringList{twin, QStringLiteral("—"), QString()}));
        return;
    }
    m_title = Tr::tr("Properties");
    m_columns = {Tr::tr("Property"), Tr::tr("Value"), Tr::tr("Updated")};
    if (!model)
        return;
    for (const PropertyDef &p : model->properties) {
        m_tableRows.push_back({p.schema, unitSymbol(p.unit), 0});
        m_rows.append(QVariant(QStringList{p.displayName.isEmpty() ? p.name : p.displayName,
                                           QStringLiteral("—"), QString()}));
    }
}

void TileModel::setRowValue(int row, const Value &value, Timestamp time)
{
    if (row < 0 || std::size_t(row) >= m_tableRows.size() || row >= m_rows.size())
        return;
    TableRow &r = m_tableRows[std::size_t(row)];
    r.time = time;
    QString text = valueText(r.schema, value);
    if (text.isEmpty())
        text = QStringLiteral("—");
    else if (!r.unit.isEmpty() && isNumeric(r.schema))
        text += QLatin1Char(' ') + r.unit;
    QStringList cells = m_rows[row].toStringList();
    cells[1] = text;
    cells[2] = ageText(time, Clock::now());
    m_rows[row] = cells;
    m_dirty = true;
}

void TileModel::setRowState(int row, const LiveState *state)
{
    if (row < 0 || row >= m_rows.size())
        return;
    QStringList cells = m_rows[row].toStringList();
    QStringList values;
    if (state)
        for (const auto &[name, value] : state->values)
            values << Tr::tr("%1 %2").arg(name, value);
    const QStringList next{cells.value(0),
                           state && !state->lifecycle.isEmpty() ? state->lifecycle
                                                                : QStringLiteral("—"),
                           values.join(QStringLiteral(" · "))};
    if (next != cells) {
        m_rows[row] = next;
        m_dirty = true;
    }
}

void TileModel::setDesired(const Value &value)
{
    m_desiredText = value.isNull() ? QString() : enumName(m_schema, value);
    m_dirty = true;
}

void TileModel::addEvent(const QString &name, const Value &payload, Timestamp time)
{
    const QString when = QLocale().toString(Clock::toDateTime(time).toLocalTime().time(),
                                            QStringLiteral("HH:mm:ss"));
    m_events.prepend(payload.isNull() ? Tr::tr("%1  %2").arg(when, name)
                                      : Tr::tr("%1  %2: %3").arg(when, name, payload.toString()));
    while (m_events.size() > kEventLogLength)
        m_events.removeLast();
    m_dirty = true;
}

void TileModel::addSample(int series, double time, double value)
{
    if (!m_plot)
        return;
    m_plot->append(series, time, value);
    m_plotDirty = true;
}

void TileModel::addSamples(int series, const std::vector<TimedSample> &samples)
{
    if (!m_plot || series < 0 || std::size_t(series) >= m_seededUntil.size())
        return;
    // Samples the engine's history already gave are skipped: the subscription that brings these
    // began before the history was read. The history knows commit times only.
    const Timestamp seeded = m_seededUntil[std::size_t(series)];
    for (const TimedSample &s : samples)
        if (s.commitTime > seeded)
            m_plot->append(series, seconds(s.time), s.value);
    m_plotDirty = true;
}

void TileModel::seedSeries(int series, const std::vector<HistorySample> &samples)
{
    if (!m_plot || series < 0 || std::size_t(series) >= m_tile.series.size())
        return;
    const QStringList field =
        parseJsonPointer(m_tile.series[std::size_t(series)].field).value_or(QStringList());
    std::vector<std::pair<double, double>> older;
    older.reserve(samples.size());
    for (const HistorySample &s : samples)
        if (const auto number = sampleNumber(s.value, field))
            older.emplace_back(seconds(s.time), *number);
    if (!samples.empty())
        m_seededUntil[std::size_t(series)] =
            std::max(m_seededUntil[std::size_t(series)], samples.back().time);
    m_plot->prepend(series, older);
    notifyPlot();
}

void TileModel::flush()
{
    if (m_dirty)
        Q_EMIT changed();
    if (m_plotDirty) {
        notifyPlot();
        readCursor();
    }
    m_dirty = false;
    m_plotDirty = false;
}

void TileModel::refreshAge(Timestamp now)
{
    for (std::size_t row = 0; row < m_tableRows.size() && qsizetype(row) < m_rows.size(); ++row) {
        QStringList cells = m_rows[qsizetype(row)].toStringList();
        const QString age = ageText(m_tableRows[row].time, now);
        if (cells.value(2) != age) {
            cells[2] = age;
            m_rows[qsizetype(row)] = cells;
            m_dirty = true;
        }
    }
    const QString age = ageText(m_time, now);
    const bool stale = m_time > 0 && std::max<Timestamp>(0, now - m_time) >
                                         (m_maxAge > 0 ? m_maxAge : kDefaultStaleAfter);
    if (age != m_age || stale != m_stale) {
        m_age = age;
        m_stale = stale;
        Q_EMIT ageChanged();
    }
}

void TileModel::clearValues()
{
    m_value = Value();
    m_time = 0;
    m_text.clear();
    m_desiredText.clear();
    m_trend = 0;
    m_dirty = true;
    refreshAge(0);
    flush();
}

void TileModel::notifyPlot()
{
    Q_EMIT plotChanged();
}

void TileModel::finish(QFuture<ActionResult> future, const QString &what)
{
    m_busy = true;
    m_failed = false;
    m_result = Tr::tr("%1…").arg(what);
    Q_EMIT resultChanged();
    auto *watcher = new QFutureWatcher<ActionResult>(this);
    QObject::connect(watcher, &QFutureWatcher<ActionResult>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_busy = false;
        const QFuture<ActionResult> f = watcher->future();
        if (f.isCanceled() || f.resultCount() == 0) {
            m_failed = true;
            m_result = Tr::tr("No answer: the engine stopped");
        } else {
            const ActionResult r = f.result();
            m_failed = !r.ok;
            if (!r.ok)
                m_result = Tr::tr("Error: %1").arg(r.error);
            else if (r.value.isNull())
                m_result = Tr::tr("Done");
            else
                m_result = Tr::tr("Result: %1").arg(r.value.toString());
        }
        Q_EMIT resultChanged();
    });
    watcher->setFuture(future);
}

void TileModel::invoke(const QString &argument)
{
    auto fail = [this](const QString &why) {
        m_busy = false;
        m_failed = true;
        m_result = why;
        Q_EMIT resultChanged();
    };
    if (!m_engine)
        return fail(Tr::tr("The twins are not running: start them first (F5)"));
    if (!m_problem.isEmpty())
        return fail(m_problem);
    Value arg;
    if (m_schema) {
        const QByteArray text = argument.trimmed().toUtf8();
        nlohmann::json json = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
        Value raw = json.is_discarded() ? Value(argument.trimmed()) : Value::fromJson(json);
        QString why;
        const auto coerced = m_schema->coerce(raw, &why);
        if (!coerced)
            return fail(Tr::tr("Bad argument: %1").arg(why));
        arg = *coerced;
    }
    finish(m_engine->invokeAction(m_tile.twin, m_tile.member, arg),
           Tr::tr("Invoking %1").arg(m_title));
}

void TileModel::writeDesired(const QVariant &value)
{
    auto fail = [this](const QString &why) {
        m_failed = true;
        m_result = why;
        Q_EMIT resultChanged();
    };
    if (!m_engine)
        return fail(Tr::tr("The twins are not running: start them first (F5)"));
    if (!m_problem.isEmpty() || !m_schema)
        return fail(m_problem.isEmpty() ? Tr::tr("Nothing to write") : m_problem);
    Value raw;
    switch (value.typeId()) {
    case QMetaType::Bool:
        raw = Value(value.toBool());
        break;
    case QMetaType::Int:
    case QMetaType::LongLong:
        raw = Value(static_cast<std::int64_t>(value.toLongLong()));
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        raw = Value(value.toDouble());
        break;
    default:
        raw = Value(value.toString().trimmed());
    }
    QString why;
    const auto coerced = m_schema->coerce(raw, &why);
    if (!coerced)
        return fail(Tr::tr("Bad value: %1").arg(why));
    finish(m_engine->writeDesired(m_tile.twin, m_tile.member, *coerced),
           Tr::tr("Writing %1").arg(coerced->toString()));
}

void TileModel::zoom(double factor, double at)
{
    if (!m_plot || !(factor > 0))
        return;
    const auto [from, to] = m_plot->timeRange();
    const double pivot = from + (to - from) * std::clamp(at, 0.0, 1.0);
    m_plot->setTimeRange(pivot - (pivot - from) * factor, pivot + (to - pivot) * factor);
    notifyPlot();
}

void TileModel::pan(double fraction)
{
    if (!m_plot)
        return;
    const auto [from, to] = m_plot->timeRange();
    const double shift = (to - from) * fraction;
    m_plot->setTimeRange(from + shift, to + shift);
    notifyPlot();
}

void TileModel::follow()
{
    if (!m_plot)
        return;
    setPaused(false);
    m_plot->followLatest();
    notifyPlot();
}

void TileModel::setCursor(double x)
{
    m_cursorX = x;
    readCursor();
}

void TileModel::readCursor()
{
    QString text;
    const auto time = m_plot && m_cursorX >= 0 ? m_plot->timeAt(m_cursorX) : std::nullopt;
    if (time) {
        const auto ms = static_cast<qint64>(std::llround(*time * 1000.0));
        text = QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).time(),
                                  QStringLiteral("HH:mm:ss.zzz"));
        for (int s = 0; s < m_plot->seriesCount(); ++s)
            if (const auto sample = m_plot->sampleNear(s, *time))
                text += QLatin1Char('\n') +
                        Tr::tr("%1: %2").arg(m_plot->seriesNames().value(s),
                                             QLocale().toString(sample->second, 'g', 6));
    }
    if (text != m_cursorText) {
        m_cursorText = text;
        Q_EMIT cursorChanged();
    }
}

// ---------------------------------------------------------------------------------------------
// MonitorController

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
            if (t->isTable())
                t->flush(); // the rows' ages
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
            const QString problem = tileProblem(tile, *m_shown);
            const auto twinModel = tile.type == TileType::Plot || !m_shown->hasTwin(tile.twin)
                                       ? nullptr
                                       : m_shown->model(m_shown->twinModelId(tile.twin));
            const PropertyDef *property = twinModel ? twinModel->property(tile.member) : nullptr;
            const ActionDef *action = twinModel && tile.type == TileType::Action
                                          ? twinModel->action(tile.member)
                                          : nullptr;
            model->describe(property, action, problem);
            if (tile.type == TileType::Table) {
                QStringList targets;
                if (!tile.member.isEmpty() && m_shown->hasTwin(tile.twin))
                    for (const GraphEdge &e : m_shown->edgesOf(tile.twin))
                        if (e.kind == GraphEdge::Kind::Relationship && e.source == tile.twin &&
                            e.name == tile.member)
                            targets << e.target;
                model->describeTable(twinModel.get(), targets);
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
                    units << (p && s.field.isEmpty() ? unitSymbol(p->unit) : QString());
                }
                model->plot()->setUnits(units);
            }
            created = true;
        }
        if (!model->problem().isEmpty())
            problems << Tr::tr("Tile %1: %2").arg(int(i) + 1).arg(model->problem());
        m_tiles.push_back(model);
        switch (tile.type) {
        case TileType::Plot:
            for (std::size_t s = 0; s < tile.series.size(); ++s) {
                const PlotSeries &ps = tile.series[s];
                const SampleSource source{ps.twin, ps.property, ps.field};
                m_routes.insert(sampleKey(source), {model, int(s)});
                sources.push_back(source);
            }
            break;
        case TileType::Action:
        case TileType::Entanglement:
            break;
        case TileType::Table:
            if (tile.member.isEmpty()) {
                const auto m = m_shown->hasTwin(tile.twin)
                                   ? m_shown->model(m_shown->twinModelId(tile.twin))
                                   : nullptr;
                for (std::size_t r = 0; m && r < m->properties.size(); ++r)
                    m_routes.insert(routeKey('p', tile.twin, m->properties[r].name),
                                    {model, int(r)});
            }
            break;
        case TileType::EventLog:
            m_routes.insert(routeKey('e', tile.twin, tile.member), {model, -1});
            break;
        case TileType::Desired:
            m_routes.insert(routeKey('d', tile.twin, tile.member), {model, -1});
            m_routes.insert(routeKey('p', tile.twin, tile.member), {model, -1});
            break;
        default:
            m_routes.insert(routeKey('p', tile.twin, tile.member), {model, -1});
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
        if (tile.type == TileType::Plot) {
            for (std::size_t s = 0; s < tile.series.size(); ++s) {
                if (!engine->contains(tile.series[s].twin))
                    continue;
                auto *watcher = new QFutureWatcher<std::vector<HistorySample>>(t);
                QObject::connect(watcher, &QFutureWatcherBase::finished, t, [t, watcher, s] {
                    watcher->deleteLater();
                    if (watcher->future().resultCount() > 0)
                        t->seedSeries(int(s), watcher->future().result());
                });
                watcher->setFuture(engine->history(tile.series[s].twin, tile.series[s].property));
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
    for (TileModel *t : m_tiles)
        t->flush();
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
    return commit(d, Tr::tr("Add %1 Tile").arg(tileTypeName(tile.type)));
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
    Dashboard d = m_dashboard;
    d.tiles[std::size_t(index)] = t;
    setMessage({});
    return commit(d, text);
}

bool MonitorController::setTileHistory(int index, int samples)
{
    const TileModel *tile = this->tile(index);
    if (!tile || tile->tile().type != TileType::Plot) {
        setMessage(Tr::tr("Tile %1 is not a plot.").arg(index + 1));
        return false;
    }
    Tile t = tile->tile();
    t.history = samples;
    return updateTile(index, t, Tr::tr("Change Plot History"));
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

// ---------------------------------------------------------------------------------------------
// PlotItem

PlotItem::PlotItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setOpaquePainting(true);
    QObject::connect(this, &QQuickItem::widthChanged, this, [this] { update(); });
    QObject::connect(this, &QQuickItem::heightChanged, this, [this] { update(); });
}

void PlotItem::setTile(QObject *tile)
{
    auto *model = qobject_cast<TileModel *>(tile);
    if (model == m_tile)
        return;
    QObject::disconnect(m_connection);
    m_tile = model;
    if (model)
        m_connection = QObject::connect(model, &TileModel::plotChanged, this, [this] { update(); });
    Q_EMIT tileChanged();
    update();
}

void PlotItem::paint(QPainter *painter)
{
    const int w = static_cast<int>(width());
    const int h = static_cast<int>(height());
    if (!m_tile || !m_tile->plot() || w < 8 || h < 8)
        return;
    m_tile->plot()->paint(painter, w, h);
}

// ---------------------------------------------------------------------------------------------
// GaugeArc

GaugeArc::GaugeArc(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
    QObject::connect(this, &GaugeArc::changed, this, [this] { update(); });
    QObject::connect(this, &QQuickItem::widthChanged, this, [this] { update(); });
    QObject::connect(this, &QQuickItem::heightChanged, this, [this] { update(); });
}

void GaugeArc::setFraction(double fraction)
{
    fraction = std::clamp(fraction, 0.0, 1.0);
    if (fraction == m_fraction)
        return;
    m_fraction = fraction;
    Q_EMIT changed();
}

void GaugeArc::setColor(const QColor &color)
{
    if (color == m_color)
        return;
    m_color = color;
    Q_EMIT changed();
}

void GaugeArc::setTrackColor(const QColor &color)
{
    if (color == m_trackColor)
        return;
    m_trackColor = color;
    Q_EMIT changed();
}

void GaugeArc::setShowValue(bool show)
{
    if (show == m_showValue)
        return;
    m_showValue = show;
    Q_EMIT changed();
}

void GaugeArc::paint(QPainter *painter)
{
    // A 252° arc open at the bottom, its centre at 62 % of the height.
    const double w = width();
    const double h = height();
    const double r = std::max(4.0, std::min(w / 2, h * 0.62) - 8);
    const double line = std::max(6.0, r * 0.16);
    const QRectF box(w / 2 - r, h * 0.62 - r, 2 * r, 2 * r);
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(m_trackColor, line, Qt::SolidLine, Qt::RoundCap);
    painter->setPen(pen);
    constexpr int start = 216 * 16; // Qt counts counter-clockwise from 3 o'clock
    constexpr int span = -252 * 16;
    painter->drawArc(box, start, span);
    if (m_showValue) {
        pen.setColor(m_color);
        painter->setPen(pen);
        painter->drawArc(box, start, std::min(-8, int(span * m_fraction)));
    }
}

// ---------------------------------------------------------------------------------------------
// MonitorView

MonitorView::MonitorView(GraphModel *model, QUndoStack *undo, EngineHost *host, RemoteTwins *remote,
                         QWidget *parent)
    : QWidget(parent)
    , m_controller(new MonitorController(model, undo, host, this))
    , m_model(model)
    , m_chooser(new QComboBox(this))
    , m_edit(new QToolButton(this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_bar(new QWidget(this))
    , m_remoteSources(new QToolButton(this))
    , m_quick(nullptr)
    , m_inspector(nullptr)
{
    qmlRegisterType<PlotItem>("Twinloom.Monitor", 1, 0, "PlotView");
    qmlRegisterType<GaugeArc>("Twinloom.Monitor", 1, 0, "GaugeArc");
    m_bar->setObjectName(QStringLiteral("monitorBar"));
    auto *bar = new QHBoxLayout(m_bar);
    bar->setContentsMargins(8, 6, 8, 6);
    auto *label = new QLabel(Tr::tr("&Dashboard:"), this);
    label->setBuddy(m_chooser);
    m_chooser->setMinimumContentsLength(28);
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_edit->setText(Tr::tr("&Edit", "edit the dashboard"));
    m_edit->setCheckable(true);
    m_edit->setToolTip(Tr::tr("Add and remove tiles, drag them to move or resize them, and "
                              "configure them"));
    m_add->setText(Tr::tr("&Add Tile"));
    m_add->setObjectName(QStringLiteral("addTile"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    m_add->setMenu(new QMenu(m_add));
    m_add->setEnabled(false);
    m_remove->setText(Tr::tr("&Reset to Default"));
    m_remove->setToolTip(Tr::tr("Remove the saved dashboard; the twin gets its generated one"));
    m_remove->setEnabled(false);
    bar->addWidget(label);
    bar->addWidget(m_chooser);
    bar->addSpacing(12);
    bar->addWidget(m_edit);
    bar->addWidget(m_add);
    bar->addWidget(m_remove);
    bar->addStretch(1);
    m_remoteSources->setText(Tr::tr("Remote &Twins…"));
    m_remoteSources->setObjectName(QStringLiteral("remoteTwins"));
    m_remoteSources->setToolTip(
        Tr::tr("Brokers on which twins of other engines are announced, to show them here"));
    m_remoteSources->setVisible(remote != nullptr);
    bar->addWidget(m_remoteSources);

    m_quick = new QQuickWidget(this);
    m_quick->setResizeMode(QQuickWidget::SizeRootObjectToView);
    m_quick->rootContext()->setContextProperty(QStringLiteral("monitor"), m_controller);
    m_quick->setSource(QUrl(QStringLiteral("qrc:/twinloom/monitor/Dashboard.qml")));
    for (const QQmlError &e : m_quick->errors())
        qWarning("Monitor: %s", qPrintable(e.toString()));

    m_inspector = new TileInspector(m_controller, model, this);
    m_inspector->setFixedWidth(320);
    m_inspector->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    auto *content = new QHBoxLayout;
    content->setContentsMargins(0, 0, 0, 0);
    content->setSpacing(0);
    content->addWidget(m_quick, 1);
    content->addWidget(m_inspector);
    layout->addLayout(content, 1);

    QObject::connect(m_chooser, &QComboBox::activated, this, &MonitorView::choose);
    QObject::connect(m_edit, &QToolButton::toggled, m_controller, &MonitorController::setEditing);
    QObject::connect(m_controller, &MonitorController::editingChanged, this, [this] {
        m_edit->setChecked(m_controller->isEditing());
        m_add->setEnabled(m_controller->isEditing());
        m_inspector->setVisible(m_controller->isEditing());
    });
    QObject::connect(m_controller, &MonitorController::tilesChanged, this, [this] {
        m_remove->setEnabled(m_controller->isSaved());
        m_edit->setEnabled(!m_controller->isRemote());
    });
    QObject::connect(m_add->menu(), &QMenu::aboutToShow, this, &MonitorView::fillAddMenu);
    QObject::connect(m_remove, &QToolButton::clicked, this, [this, undo] {
        if (!m_controller->isSaved())
            return;
        undo->push(DashboardEdit::replace(m_model, Tr::tr("Reset Dashboard"),
                                          m_controller->dashboard(), true));
    });
    QObject::connect(m_controller, &MonitorController::exportRequested, this,
                     &MonitorView::exportPlot);
    QObject::connect(model, &GraphModel::reset, this, &MonitorView::refreshChoices);
    QObject::connect(model, &GraphModel::twinAdded, this, &MonitorView::refreshChoices);
    QObject::connect(model, &GraphModel::twinRemoved, this, &MonitorView::refreshChoices);
    QObject::connect(model, &GraphModel::dashboardsChanged, this, &MonitorView::refreshChoices);
    if (remote) {
        m_controller->setRemoteTwins(remote);
        QObject::connect(remote, &RemoteTwins::changed, this, &MonitorView::refreshChoices);
        QObject::connect(m_remoteSources, &QToolButton::clicked, this, [this, remote] {
            RemoteSourcesDialog dialog(remote, this);
            dialog.exec();
        });
    }
    refreshChoices();
}

MonitorView::~MonitorView()
{
    // The QML scene goes first: its tiles bind to the controller's tile models.
    delete m_quick;
    m_quick = nullptr;
}

void MonitorView::setOperatorView(bool on)
{
    if (on == m_operator)
        return;
    m_operator = on;
    if (on)
        m_controller->setEditing(false);
    m_bar->setVisible(!on);
}

void MonitorView::refreshChoices()
{
    const QString current = m_chooser->currentData().toString();
    m_chooser->clear();
    for (const QString &id : m_model->twinIds()) {
        const QString name = m_model->twinDisplayName(id);
        m_chooser->addItem(name == id ? Tr::tr("Twin %1").arg(id)
                                      : Tr::tr("Twin %1 (%2)").arg(name, id),
                           QString(QStringLiteral("twin:") + id));
    }
    Diagnostics ignored;
    for (const Dashboard &d : readDashboards(m_model->document(), ignored))
        if (d.twin.isEmpty())
            m_chooser->addItem(Tr::tr("Dashboard %1").arg(d.name.isEmpty() ? d.id : d.name),
                               QString(QStringLiteral("dashboard:") + d.id));
    if (RemoteTwins *remote = m_controller->remoteTwins())
        addRemoteChoices(*remote);
    int index = m_chooser->findData(current);
    if (index < 0 && m_chooser->count() > 0)
        index = 0;
    m_chooser->setCurrentIndex(index);
    // A new document empties the dashboard: show the chosen one again.
    if (index >= 0 && (m_chooser->itemData(index).toString() != current ||
                       m_controller->dashboard().id.isEmpty()))
        choose(index);
}

void MonitorView::addRemoteChoices(const RemoteTwins &remote)
{
    const std::vector<RemoteTwin> twins = remote.twins();
    auto *items = qobject_cast<QStandardItemModel *>(m_chooser->model());
    for (const RemoteSource &source : remote.sources()) {
        const QString key = source.key();
        if (std::none_of(twins.begin(), twins.end(),
                         [&](const RemoteTwin &t) { return t.source == key; }))
            continue;
        if (m_chooser->count() > 0)
            m_chooser->insertSeparator(m_chooser->count());
        // The group's title cannot be chosen.
        m_chooser->addItem(Tr::tr("Remote — %1").arg(source.label()));
        if (items)
            items->item(m_chooser->count() - 1)->setEnabled(false);
        for (const RemoteTwin &t : twins) {
            if (t.source != key)
                continue;
            const QString name = t.title.isEmpty()
                                     ? Tr::tr("Remote twin %1").arg(t.id)
                                     : Tr::tr("Remote twin %1 (%2)").arg(t.id, t.title);
            m_chooser->addItem(t.isOnline() ? name : Tr::tr("%1 — offline").arg(name),
                               remoteChoice(key, t.id));
        }
    }
}

QString MonitorView::remoteChoice(const QString &source, const QString &id)
{
    return QStringLiteral("remote:") + source + QLatin1Char('\n') + id;
}

bool MonitorView::showRemoteTwin(const QString &source, const QString &id)
{
    const int index = m_chooser->findData(remoteChoice(source, id));
    if (index >= 0)
        m_chooser->setCurrentIndex(index);
    return m_controller->showRemoteTwin(source, id);
}

void MonitorView::showTwin(const QString &twinId)
{
    const int index = m_chooser->findData(QString(QStringLiteral("twin:") + twinId));
    if (index >= 0) {
        m_chooser->setCurrentIndex(index);
        choose(index);
    } else {
        m_controller->showTwin(twinId); // says why it cannot
    }
}

void MonitorView::choose(int index)
{
    const QString key = m_chooser->itemData(index).toString();
    if (key.startsWith(QLatin1String("twin:")))
        m_controller->showTwin(key.mid(5));
    else if (key.startsWith(QLatin1String("dashboard:")))
        m_controller->showDashboard(key.mid(10));
    else if (key.startsWith(QLatin1String("remote:")))
        m_controller->showRemoteTwin(key.mid(7).section(QLatin1Char('\n'), 0, 0),
                                     key.section(QLatin1Char('\n'), 1));
}

void MonitorView::fillAddMenu()
{
    QMenu *menu = m_add->menu();
    menu->clear();
    const QString twin = m_controller->dashboard().twin;
    const QStringList twins = twin.isEmpty() ? m_model->twinIds() : QStringList{twin};
    for (const QString &id : twins) {
        const auto model = m_model->model(m_model->twinModelId(id));
        if (!model)
            continue;
        QMenu *target = twins.size() == 1 ? menu : menu->addMenu(m_model->twinDisplayName(id));
        // The tiles a generated dashboard would have, one entry each.
        const Dashboard offer = Dashboard::generate(id, {}, *model);
        for (const Tile &t : offer.tiles) {
            QString text;
            if (t.type == TileType::Plot)
                text = Tr::tr("Plot of %n Properties", nullptr, int(t.series.size()));
            else if (t.type == TileType::EventLog)
                text = Tr::tr("Event Log");
            else if (t.type == TileType::Table)
                text = Tr::tr("Table of %1").arg(t.member);
            else
                text = Tr::tr("%1: %2").arg(tileTypeName(t.type), t.member);
            QObject::connect(target->addAction(text), &QAction::triggered, this,
                             [this, t] { m_controller->addTile(t); });
        }
    }
    // The entanglement and the table of properties of each twin the menu offers.
    for (const QString &id : twins) {
        if (!m_model->hasTwin(id))
            continue;
        Tile table;
        table.type = TileType::Table;
        table.twin = id;
        table.w = 3;
        table.h = 2;
        const QString tableText = twins.size() == 1 ? Tr::tr("Table of Properties")
                                                    : Tr::tr("Table of Properties of %1").arg(id);
        QObject::connect(menu->addAction(tableText), &QAction::triggered, this,
                         [this, table] { m_controller->addTile(table); });
        Tile t;
        t.type = TileType::Entanglement;
        t.twin = id;
        t.w = 2;
        const QString text =
            twins.size() == 1 ? Tr::tr("Entanglement") : Tr::tr("Entanglement of %1").arg(id);
        QObject::connect(menu->addAction(text), &QAction::triggered, this,
                         [this, t] { m_controller->addTile(t); });
    }
    if (menu->isEmpty())
        menu->addAction(Tr::tr("Nothing to add"))->setEnabled(false);
}

void MonitorView::exportPlot(int index, const QString &format)
{
    const QString filter = format == QLatin1String("csv")   ? Tr::tr("CSV files (*.csv)")
                           : format == QLatin1String("pdf") ? Tr::tr("PDF documents (*.pdf)")
                                                            : Tr::tr("PNG images (*.png)");
    QString path = QFileDialog::getSaveFileName(this, Tr::tr("Export Plot"),
                                                QStringLiteral("plot.") + format, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + format;
    QString error;
    if (!m_controller->exportPlot(index, path, &error))
        QMessageBox::warning(this, Tr::tr("Export Plot"), error);
}

} // namespace twinloom::Studio
