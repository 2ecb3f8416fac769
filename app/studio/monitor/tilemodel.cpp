#include "app/studio/monitor/tilemodel.h"

#include "app/studio/shared/tr.h"
#include "engine/jsoninput.h"
#include "engine/units.h"

#include <QtCore/QFutureWatcher>
#include <QtCore/QLocale>

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

} // namespace

QString TileModel::unitSymbol(const QString &unit)
{
    const Unit *u = unit.isEmpty() ? nullptr : Units::find(unit);
    return u ? u->symbol : QString();
}

TileModel::TileModel(const Tile &tile, int index, QObject *parent)
    : QObject(parent)
    , m_tile(tile)
    , m_index(index)
{
    m_pastTimer.setSingleShot(true);
    m_pastTimer.setInterval(kPastDelayMs);
    connect(&m_pastTimer, &QTimer::timeout, this, &TileModel::emitPastWanted);
    if (tile.type->feed == TileType::Feed::Samples) {
        m_plot = std::make_unique<PlotRenderer>();
        QStringList names;
        for (const PlotSeries &s : tile.series)
            names << s.twin + QStringLiteral(" · ") + s.property + s.field;
        m_seededUntil.assign(tile.series.size(), std::numeric_limits<Timestamp>::min());
        m_plot->setHistory(std::size_t(tile.history));
        m_plot->setSpan(tile.span);
        m_plot->setSeries(names);
    }
    if (tile.type->feed == TileType::Feed::Entanglement) {
        m_entanglement = std::make_unique<EntanglementIndicator>();
        m_entanglement->setTwin(tile.twin);
    }
}

TileModel::~TileModel() = default;

void TileModel::setTile(const Tile &tile, int index)
{
    const bool moved = tile.x != m_tile.x || tile.y != m_tile.y || tile.w != m_tile.w ||
                       tile.h != m_tile.h || tile.history != m_tile.history ||
                       tile.span != m_tile.span || tile.title != m_tile.title || index != m_index;
    m_tile = tile;
    m_index = index;
    if (m_plot && m_plot->history() != std::size_t(tile.history)) {
        m_plot->setHistory(std::size_t(tile.history));
        notifyPlot();
    }
    if (m_plot && m_plot->span() != tile.span) {
        m_plot->setSpan(tile.span);
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

bool TileModel::isFollowing() const
{
    return m_plot && m_plot->isFollowing();
}

QString TileModel::spanText(int seconds)
{
    if (seconds < 60 || seconds % 60 != 0)
        return Tr::tr("%1 s").arg(seconds);
    if (seconds < 3600 || seconds % 3600 != 0)
        return Tr::tr("%1 min").arg(seconds / 60);
    if (seconds < 86400 || seconds % 86400 != 0)
        return Tr::tr("%1 h").arg(seconds / 3600);
    return Tr::tr("%1 d").arg(seconds / 86400);
}

void TileModel::setNow(Timestamp now)
{
    if (!m_plot)
        return;
    m_plot->setNow(seconds(now));
    if (m_plot->isDirty())
        m_plotDirty = true;
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
    if (m_plot) {
        m_title = m_plot->seriesNames().join(QStringLiteral(", "));
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
    if (m_tile.type->title) {
        m_title = m_tile.type->title(m_tile);
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

void TileModel::describeTable(const TwinModel *model, const QStringList &targets,
                              const QStringList &names)
{
    m_tableRows.clear();
    m_rows.clear();
    m_tableTwins = targets;
    if (!m_tile.member.isEmpty()) {
        const RelationshipDef *r = model ? model->relationship(m_tile.member) : nullptr;
        m_title = r && !r->displayName.isEmpty() ? r->displayName : m_tile.member;
        m_columns = {Tr::tr("Twin"), Tr::tr("State"), Tr::tr("Values")};
        for (qsizetype i = 0; i < targets.size(); ++i)
            m_rows.append(QVariant(
                QStringList{names.value(i, targets.at(i)), QStringLiteral("—"), QString()}));
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
        nlohmann::json json = JsonInput::parseOrDiscarded(text);
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
    Q_EMIT pausedChanged(); // no longer following
    requestPast();
    notifyPlot();
}

void TileModel::pan(double fraction)
{
    if (!m_plot)
        return;
    const auto [from, to] = m_plot->timeRange();
    const double shift = (to - from) * fraction;
    m_plot->setTimeRange(from + shift, to + shift);
    Q_EMIT pausedChanged(); // no longer following
    requestPast();
    notifyPlot();
}

void TileModel::follow()
{
    if (!m_plot)
        return;
    setPaused(false);
    m_plot->followLatest();
    Q_EMIT pausedChanged();
    notifyPlot();
}

void TileModel::showRange(double from, double to)
{
    if (!m_plot || !(to > from))
        return;
    m_plot->setTimeRange(from, to);
    Q_EMIT pausedChanged(); // no longer following
    requestPast();
    notifyPlot();
}

void TileModel::requestPast()
{
    if (!m_plot || m_plot->isFollowing())
        return;
    ++m_pastRequest; // answers for the views before this one are dropped from now on
    m_pastTimer.start();
}

void TileModel::emitPastWanted()
{
    if (!m_plot || m_plot->isFollowing())
        return;
    const auto [from, to] = m_plot->timeRange();
    for (int s = 0; s < m_plot->seriesCount(); ++s) {
        const SampleRing &r = m_plot->samples(s);
        const double held = r.isEmpty() ? to : std::min(to, r.time(0));
        if (from < held)
            Q_EMIT pastWanted(s, from - (to - from) * 0.05, held, m_pastRequest);
    }
}

void TileModel::setPast(int series, int request, std::vector<std::pair<double, double>> points)
{
    if (!m_plot || request != m_pastRequest)
        return; // the view has moved on since
    m_plot->setPast(series, std::move(points));
    notifyPlot();
}

void TileModel::setCursor(double x)
{
    m_cursorX = x;
    if (x >= 0)
        m_sharedTime = std::numeric_limits<double>::quiet_NaN();
    readCursor();
}

void TileModel::showCursorAt(double time)
{
    if (m_cursorX >= 0)
        return; // the pointer is on this plot
    m_sharedTime = time;
    readCursor();
}

void TileModel::readCursor()
{
    QString text;
    std::optional<double> time;
    double lineX = -1;
    if (m_plot && m_cursorX >= 0) {
        time = m_plot->timeAt(m_cursorX);
        if (time)
            lineX = m_cursorX;
    } else if (m_plot && std::isfinite(m_sharedTime)) {
        if (const auto x = m_plot->xAt(m_sharedTime)) {
            time = m_sharedTime;
            lineX = *x;
        }
    }
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
    if (text != m_cursorText || lineX != m_cursorLineX) {
        m_cursorText = text;
        m_cursorLineX = lineX;
        Q_EMIT cursorChanged();
    }
    // The other plots of the dashboard show the same time.
    if (m_cursorX >= 0 || std::isfinite(m_lastCursorTime)) {
        const double shared =
            m_cursorX >= 0 && time ? *time : std::numeric_limits<double>::quiet_NaN();
        if (!(shared == m_lastCursorTime) &&
            !(std::isnan(shared) && std::isnan(m_lastCursorTime))) {
            m_lastCursorTime = shared;
            Q_EMIT cursorMoved(shared);
        }
    }
}

} // namespace twinloom::Studio
