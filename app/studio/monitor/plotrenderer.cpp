#include "app/studio/monitor/plotrenderer.h"

#include "app/studio/shared/tr.h"

#include <QtCore/QDateTime>
#include <QtCore/QFileInfo>
#include <QtCore/QSaveFile>
#include <QtGui/QPainter>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace twinloom::Studio {

namespace {

const QColor kColours[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28),
                           QColor(0x2c, 0xa0, 0x2c), QColor(0xff, 0x7f, 0x0e),
                           QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b)};

// 1, 2 or 5 times a power of ten, at least `rough`.
double niceStep(double rough)
{
    if (!(rough > 0) || !std::isfinite(rough))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (const double m : {1.0, 2.0, 5.0})
        if (m * magnitude >= rough)
            return m * magnitude;
    return 10 * magnitude;
}

QColor seriesColour(int series)
{
    return kColours[std::size_t(series) % std::size(kColours)];
}

} // namespace

PlotRenderer::PlotRenderer()
    : m_plot(std::make_unique<QCustomPlot>())
{
    m_plot->setAttribute(Qt::WA_DontShowOnScreen);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->setNotAntialiasedElements(QCP::aeAll);
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeFormat(QStringLiteral("HH:mm:ss"));
    m_plot->xAxis->setTicker(ticker);
    m_plot->legend->setVisible(true);
    m_plot->legend->setBrush(QColor(255, 255, 255, 200));
    QFont small = m_plot->font();
    small.setPointSizeF(7.5);
    m_plot->legend->setFont(small);
    m_plot->xAxis->setTickLabelFont(small);
    m_plot->yAxis->setTickLabelFont(small);
    m_plot->yAxis2->setTickLabelFont(small);
    m_plot->yAxis2->setTickLabels(true);
    m_plot->yAxis->setLabelFont(small);
    m_plot->yAxis2->setLabelFont(small);
    // Value axes: left, right, and more on the right for the third and fourth units.
    m_valueAxes = {m_plot->yAxis, m_plot->yAxis2, m_plot->axisRect()->addAxis(QCPAxis::atRight),
                   m_plot->axisRect()->addAxis(QCPAxis::atRight)};
    for (QCPAxis *a : m_valueAxes) {
        a->setTickLabelFont(small);
        a->setLabelFont(small);
        a->setTickLabels(true);
    }
    // The legend is a row above the curves, never over them.
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    m_plot->plotLayout()->setRowSpacing(0);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setBrush(Qt::NoBrush);
    m_plot->legend->setMargins(QMargins(4, 2, 4, 0));
    m_plot->legend->setRowSpacing(0);
    m_plot->legend->setColumnSpacing(10);
    applyColours();
}

void PlotRenderer::applyColours()
{
    const QColor background = backgroundColour();
    const QColor text = m_dark ? QColor(0xdd, 0xdf, 0xe3) : QColor(Qt::black);
    const QColor axis = m_dark ? QColor(0x9a, 0xa0, 0xa6) : QColor(Qt::black);
    const QColor grid = m_dark ? QColor(0x45, 0x48, 0x4e) : QColor(0xdc, 0xdc, 0xdc);
    m_plot->setBackground(background);
    for (QCPAxis *a : m_plot->axisRect()->axes()) {
        a->setBasePen(QPen(axis, 0));
        a->setTickPen(QPen(axis, 0));
        a->setSubTickPen(QPen(axis, 0));
        a->setTickLabelColor(text);
        a->setLabelColor(text);
        a->grid()->setPen(QPen(grid, 0, Qt::DotLine));
        a->grid()->setZeroLinePen(Qt::NoPen);
    }
    m_plot->legend->setTextColor(text);
}

void PlotRenderer::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    applyColours();
    m_dirty = true;
}

void PlotRenderer::setSpan(double seconds)
{
    seconds = std::isfinite(seconds) ? std::max(seconds, 0.0) : 0.0;
    if (seconds == m_span)
        return;
    m_span = seconds;
    m_dirty = true;
}

void PlotRenderer::setNow(double now)
{
    if (!std::isfinite(now) || now == m_now)
        return;
    m_now = now;
    // A following view moves with the present, and last values hold until it.
    if (isFollowing())
        m_dirty = true;
}

double PlotRenderer::present() const
{
    double latest = m_now;
    for (const SampleRing &r : m_series)
        if (!r.isEmpty())
            latest = std::max(latest, r.time(r.size() - 1));
    return latest;
}

PlotRenderer::~PlotRenderer() = default;

void PlotRenderer::setSeries(const QStringList &names)
{
    m_names = names;
    m_series.assign(std::size_t(names.size()), SampleRing(m_history));
    m_past.assign(m_series.size(), {});
    m_caches.assign(m_series.size(), ColumnCache());
    m_axisOf.assign(m_series.size(), 0);
    for (QStringList &l : m_axisLabels)
        l.clear();
    m_plot->clearGraphs();
    for (int i = 0; i < names.size(); ++i) {
        QCPGraph *g = m_plot->addGraph();
        g->setName(names.at(i));
        // A one-pixel cosmetic pen takes the rasteriser's fast line path; a wider one is stroked
        // as a polygon, which a dense zigzag of min/max pairs makes very slow.
        QPen pen(seriesColour(i), 1);
        pen.setCosmetic(true);
        g->setPen(pen);
        g->setAdaptiveSampling(false); // the columns are decimated here already
    }
    m_dirty = true;
}

void PlotRenderer::renameSeries(const QStringList &names)
{
    for (int i = 0; i < names.size() && i < m_plot->graphCount(); ++i) {
        m_names[i] = names.at(i);
        m_plot->graph(i)->setName(names.at(i));
    }
    m_dirty = true;
}

void PlotRenderer::setHistory(std::size_t samples)
{
    m_history = std::max<std::size_t>(samples, 2);
    for (SampleRing &r : m_series)
        r.setCapacity(m_history);
    m_dirty = true;
}

void PlotRenderer::append(int series, double time, double value)
{
    if (series < 0 || std::size_t(series) >= m_series.size() || !std::isfinite(value))
        return;
    SampleRing &r = m_series[std::size_t(series)];
    if (!r.isEmpty() && time < r.time(r.size() - 1))
        return; // out of order: a seeded history overlapping live samples
    r.append(time, value);
    if (!m_paused && m_follow)
        m_dirty = true;
}

void PlotRenderer::prepend(int series, const std::vector<std::pair<double, double>> &older)
{
    if (series < 0 || std::size_t(series) >= m_series.size() || older.empty())
        return;
    SampleRing &r = m_series[std::size_t(series)];
    const double first = r.isEmpty() ? std::numeric_limits<double>::max() : r.time(0);
    const double last = r.isEmpty() ? std::numeric_limits<double>::lowest() : r.time(r.size() - 1);
    std::vector<std::pair<double, double>> held;
    held.reserve(r.size());
    for (std::size_t i = 0; i < r.size(); ++i)
        held.emplace_back(r.time(i), r.value(i));
    r.clear();
    auto add = [&r](double t, double v) {
        if (std::isfinite(v) && (r.isEmpty() || t >= r.time(r.size() - 1)))
            r.append(t, v);
    };
    for (const auto &[t, v] : older)
        if (t < first)
            add(t, v);
    for (const auto &[t, v] : held)
        r.append(t, v);
    for (const auto &[t, v] : older)
        if (t > last && !held.empty())
            add(t, v);
    m_dirty = true;
}

void PlotRenderer::setPast(int series, std::vector<std::pair<double, double>> points)
{
    if (series < 0 || std::size_t(series) >= m_past.size())
        return;
    m_past[std::size_t(series)] = std::move(points);
    m_dirty = true;
}

void PlotRenderer::clear()
{
    for (auto &p : m_past)
        p.clear();
    for (SampleRing &r : m_series)
        r.clear();
    m_dirty = true;
}

void PlotRenderer::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    if (paused) {
        const auto range = timeRange();
        m_from = range.first;
        m_to = range.second;
    }
    m_paused = paused;
    m_dirty = true;
}

void PlotRenderer::setTimeRange(double from, double to)
{
    if (!(to > from))
        return;
    m_follow = false;
    m_from = from;
    m_to = to;
    m_dirty = true;
}

void PlotRenderer::followLatest()
{
    m_follow = true;
    m_dirty = true;
}

std::pair<double, double> PlotRenderer::timeRange() const
{
    if (!m_follow || m_paused)
        return {m_from, m_to};
    double lo = std::numeric_limits<double>::max();
    double hi = std::numeric_limits<double>::lowest();
    for (const SampleRing &r : m_series) {
        if (r.isEmpty())
            continue;
        lo = std::min(lo, r.time(0));
        hi = std::max(hi, r.time(r.size() - 1));
    }
    if (m_span > 0) {
        double end = std::max(hi, m_now);
        if (!(end > 0))
            end = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
        return {end - m_span, end};
    }
    if (lo > hi) {
        const double now = m_now > 0 ? m_now : double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
        return {now - 60, now};
    }
    if (hi - lo < 1.0)
        lo = hi - 1.0;
    return {lo, hi};
}

void PlotRenderer::prepare(int width)
{
    auto [from, to] = timeRange();
    // The axis rect is a little narrower than the picture; the columns follow the picture. The
    // column span is a power of two seconds, so that it stays the same from frame to frame.
    const int columns = std::max(width, 16);
    const double span = std::exp2(std::ceil(std::log2(std::max((to - from) / columns, 1e-9))));
    if (m_follow && !m_paused) {
        // Following the newest samples, the view moves a whole column at a time: the axes stay
        // the same picture in between.
        from = std::floor(from / span) * span;
        to = std::ceil(to / span) * span;
    }
    std::array<double, kMaxAxes> lows;
    std::array<double, kMaxAxes> highs;
    lows.fill(std::numeric_limits<double>::max());
    highs.fill(std::numeric_limits<double>::lowest());
    m_drawnPoints = 0;
    m_points.resize(m_series.size());
    m_dots.resize(m_series.size());
    m_decimated.assign(m_series.size(), false);
    const double until = std::min(to, present());
    for (std::size_t s = 0; s < m_series.size(); ++s) {
        const SampleRing &r = m_series[s];
        double &yMin = lows[std::size_t(valueAxis(int(s)))];
        double &yMax = highs[std::size_t(valueAxis(int(s)))];
        std::vector<QPointF> &points = m_points[s];
        points.clear();
        m_dots[s].clear();
        // One sample on each side of the range, so that lines reach the edges.
        std::size_t begin = r.lowerBound(from);
        std::size_t end = r.lowerBound(to);
        if (begin > 0)
            --begin;
        if (end < r.size())
            ++end;
        auto add = [&](double k, double v) {
            points.emplace_back(k, v);
            yMin = std::min(yMin, v);
            yMax = std::max(yMax, v);
        };
        // The past from the store first: older than every sample held, in time order.
        const double held = r.isEmpty() ? std::numeric_limits<double>::max() : r.time(0);
        const auto &past = m_past[s];
        const auto pastBegin = std::lower_bound(
            past.begin(), past.end(),
            std::pair{from - (to - from) * 0.05, std::numeric_limits<double>::lowest()});
        for (auto p = pastBegin; p != past.end() && p->first < held && p->first <= to; ++p)
            add(p->first, p->second);
        m_decimated[s] = end - begin > std::size_t(2 * columns);
        if (!m_decimated[s]) {
            for (std::size_t i = begin; i < end; ++i)
                add(r.time(i), r.value(i));
            if (points.size() <= 2)
                m_dots[s] = points;
        } else {
            // Min and max per pixel column, in the order they occur: from the column cache,
            // brought up to date with the samples that arrived since the last frame.
            ColumnCache &cache = m_caches[s];
            // From the column of the sample kept before the range (see `begin`).
            const std::int64_t first = std::int64_t(std::floor(r.time(begin) / span));
            const std::int64_t last = std::int64_t(std::floor(to / span)) + 1;
            const std::uint64_t fresh = r.appended() - cache.appended;
            // Panned back beyond what the cache holds: it starts again from the view.
            const bool olderNeeded =
                cache.front < cache.columns.size() &&
                std::int64_t(std::floor(r.time(begin) / span)) < cache.columns[cache.front].index;
            if (cache.span != span || cache.generation != r.generation() || fresh > r.size() ||
                olderNeeded || cache.front == cache.columns.size()) {
                cache = ColumnCache();
                cache.span = span;
                cache.generation = r.generation();
                fold(cache, r, begin, end);
                cache.appended = r.appended() - (r.size() - end);
            } else {
                fold(cache, r, r.size() - std::size_t(fresh), r.size());
                cache.appended = r.appended();
            }
            while (cache.front < cache.columns.size() && cache.columns[cache.front].index < first)
                ++cache.front;
            // The oldest column may still hold samples the ring has dropped since: it is made
            // again from what the ring holds.
            if (cache.front < cache.columns.size()) {
                Column &c = cache.columns[cache.front];
                std::size_t i = begin;
                while (i < end && std::int64_t(std::floor(r.time(i) / span)) < c.index)
                    ++i;
                if (i < end && std::int64_t(std::floor(r.time(i) / span)) == c.index) {
                    c = {c.index, r.time(i), r.value(i), r.time(i), r.value(i)};
                    for (; i < r.size() && std::int64_t(std::floor(r.time(i) / span)) == c.index;
                         ++i) {
                        if (r.value(i) < c.minValue)
                            c = {c.index, r.time(i), r.value(i), c.maxTime, c.maxValue};
                        if (r.value(i) > c.maxValue)
                            c = {c.index, c.minTime, c.minValue, r.time(i), r.value(i)};
                    }
                }
            }
            if (cache.front > 4096 && cache.front > cache.columns.size() / 2) {
                cache.columns.erase(cache.columns.begin(),
                                    cache.columns.begin() + std::ptrdiff_t(cache.front));
                cache.front = 0;
            }
            for (std::size_t c = cache.front; c < cache.columns.size(); ++c) {
                const Column &col = cache.columns[c];
                if (col.index > last)
                    break;
                const bool minFirst = col.minTime <= col.maxTime;
                add(minFirst ? col.minTime : col.maxTime, minFirst ? col.minValue : col.maxValue);
                if (col.minTime != col.maxTime)
                    add(minFirst ? col.maxTime : col.minTime,
                        minFirst ? col.maxValue : col.minValue);
            }
        }
        // The last value holds until the present: a value that has not changed for a while is
        // a line to now, not a dot far to the left.
        if (!points.empty() && end == r.size() && until > r.time(r.size() - 1))
            add(until, r.value(r.size() - 1));
        m_drawnPoints += points.size();
    }
    m_viewFrom = from;
    m_viewTo = to;
    for (std::size_t axis = 0; axis < std::size_t(kMaxAxes); ++axis) {
        double yMin = lows[axis];
        double yMax = highs[axis];
        if (yMin > yMax) {
            yMin = 0;
            yMax = 1;
        }
        const double margin =
            yMax > yMin ? (yMax - yMin) * 0.08 : std::max(1.0, std::abs(yMax) * 0.05);
        // A value axis keeps its range while the samples fit in it and fill at least half of
        // it, so that it does not move with every new extreme; a new range ends on whole steps.
        double &low = m_yLow[axis];
        double &high = m_yHigh[axis];
        const bool fits = yMin >= low && yMax <= high && (yMax - yMin) * 2 >= high - low;
        if (!fits || !(high > low)) {
            const double step = niceStep((yMax - yMin + 2 * margin) / 8);
            low = std::floor((yMin - margin) / step) * step;
            high = std::ceil((yMax + margin) / step) * step;
        }
    }
}

void PlotRenderer::setUnits(const QStringList &units)
{
    // Each unit its own axis: the first on the left, the others on the right; units beyond
    // kMaxAxes share the last axis, whose label then names them all.
    m_axisOf.assign(m_series.size(), 0);
    for (QStringList &l : m_axisLabels)
        l.clear();
    QStringList seen;
    for (std::size_t s = 0; s < m_series.size(); ++s) {
        const QString unit = units.value(int(s));
        if (!seen.contains(unit))
            seen << unit;
        m_axisOf[s] = std::min(int(seen.indexOf(unit)), kMaxAxes - 1);
    }
    for (qsizetype i = 0; i < seen.size(); ++i) {
        QStringList &label = m_axisLabels[std::size_t(std::min(int(i), kMaxAxes - 1))];
        if (!seen.at(i).isEmpty())
            label << seen.at(i);
    }
    m_dirty = true;
}

int PlotRenderer::valueAxis(int series) const
{
    return series >= 0 && std::size_t(series) < m_axisOf.size() ? m_axisOf[std::size_t(series)] : 0;
}

void PlotRenderer::fold(ColumnCache &cache, const SampleRing &ring, std::size_t begin,
                        std::size_t end) const
{
    // Times do not decrease: a sample stays in the last column until it reaches that column's
    // end, and floor() runs only when a new column starts. With a power-of-two span both are
    // exact, so the columns are those floor(time / span) gives.
    const double span = cache.span;
    double edge = cache.columns.empty() ? std::numeric_limits<double>::lowest()
                                        : double(cache.columns.back().index + 1) * span;
    ring.forEach(begin, end, [&](double time, double value) {
        if (time >= edge) {
            const auto index = std::int64_t(std::floor(time / span));
            cache.columns.push_back({index, time, value, time, value});
            edge = double(index + 1) * span;
            return;
        }
        Column &c = cache.columns.back();
        if (value < c.minValue) {
            c.minValue = value;
            c.minTime = time;
        }
        if (value > c.maxValue) {
            c.maxValue = value;
            c.maxTime = time;
        }
    });
}

std::vector<std::pair<double, double>> PlotRenderer::drawn(int series) const
{
    std::vector<std::pair<double, double>> out;
    if (series < 0 || std::size_t(series) >= m_points.size())
        return out;
    out.reserve(m_points[std::size_t(series)].size());
    for (const QPointF &p : m_points[std::size_t(series)])
        out.emplace_back(p.x(), p.y());
    return out;
}

void PlotRenderer::setUpAxes(bool withCurves)
{
    // As many legend entries in a row as the width holds, beside the view's state on the right.
    const int wrap = std::max(1, (m_plot->width() - 100) / 150);
    if (wrap != m_plot->legend->wrap()) {
        m_plot->legend->setWrap(wrap);
        m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    }
    m_plot->xAxis->setRange(m_viewFrom, m_viewTo);
    if (auto ticker = m_plot->xAxis->ticker().dynamicCast<QCPAxisTickerDateTime>())
        ticker->setDateTimeFormat(m_viewTo - m_viewFrom < 3 ? QStringLiteral("HH:mm:ss.zzz")
                                                            : QStringLiteral("HH:mm:ss"));
    for (std::size_t a = 0; a < m_valueAxes.size(); ++a) {
        QCPAxis *axis = m_valueAxes[a];
        const bool used =
            a == 0 || std::find(m_axisOf.begin(), m_axisOf.end(), int(a)) != m_axisOf.end();
        axis->setVisible(used);
        axis->setRange(m_yLow[a], m_yHigh[a]);
        axis->setLabel(m_axisLabels[a].join(QStringLiteral(", ")));
    }
    for (std::size_t s = 0; s < m_points.size(); ++s) {
        QCPGraph *graph = m_plot->graph(int(s));
        graph->setValueAxis(m_valueAxes[std::size_t(valueAxis(int(s)))]);
        if (!withCurves) {
            graph->data()->clear();
            graph->setScatterStyle(QCPScatterStyle());
            continue;
        }
        QVector<double> keys;
        QVector<double> values;
        keys.reserve(qsizetype(m_points[s].size()));
        values.reserve(qsizetype(m_points[s].size()));
        for (const QPointF &p : m_points[s]) {
            keys.append(p.x());
            values.append(p.y());
        }
        graph->setData(keys, values, true);
        graph->setLineStyle(m_decimated[s] ? QCPGraph::lsLine : QCPGraph::lsStepLeft);
        // A property that has changed at most once in view: its samples as dots.
        graph->setScatterStyle(!m_dots[s].empty() ? QCPScatterStyle(QCPScatterStyle::ssDisc, 6)
                                                  : QCPScatterStyle());
    }
}

void PlotRenderer::paint(QPainter *painter, int width, int height)
{
    prepare(width);
    m_dirty = false;
    // Background, grid, axes, tick labels and legend: drawn by QCustomPlot when they change
    // (size, time range, value range), kept as a picture in between.
    const Axes axes{width,   height,  m_viewFrom, m_viewTo, m_yLow,
                    m_yHigh, m_names, m_axisOf,   m_dark};
    if (!(axes == m_axes) || m_background.isNull()) {
        m_plot->resize(width, height);
        setUpAxes(false);
        // Drawn into the picture of the last frame when it has the size: no new pixmap while
        // panning or zooming.
        if (m_background.size() != QSize(width, height))
            m_background = QPixmap(width, height);
        m_background.fill(backgroundColour());
        QCPPainter background(&m_background);
        background.setMode(QCPPainter::pmNoCaching);
        m_plot->toPainter(&background, width, height);
        background.end();
        m_axes = axes;
        m_plotArea = m_plot->axisRect()->rect();
        m_legendArea = m_plot->legend->visible() ? m_plot->legend->outerRect() : QRect();
    }
    painter->drawPixmap(0, 0, m_background);
    // The curves: a one-pixel cosmetic pen and a rectangular clip take the rasteriser's fast
    // line path.
    painter->save();
    painter->setClipRect(m_plotArea);
    painter->setRenderHint(QPainter::Antialiasing, false);
    const double xScale = m_plotArea.width() / (m_viewTo - m_viewFrom);
    const double left = m_plotArea.left();
    const double bottom = m_plotArea.top() + m_plotArea.height();
    for (std::size_t s = 0; s < m_points.size(); ++s) {
        const std::vector<QPointF> &points = m_points[s];
        const int axis = valueAxis(int(s));
        const double low = m_yLow[std::size_t(axis)];
        const double yScale = m_plotArea.height() / (m_yHigh[std::size_t(axis)] - low);
        auto pixel = [&](const QPointF &p) {
            return QPointF(left + (p.x() - m_viewFrom) * xScale, bottom - (p.y() - low) * yScale);
        };
        // Steps: a value holds until the next sample, as a property does. Decimated columns are
        // joined by vertical lines already.
        m_polyline.clear();
        m_polyline.reserve(qsizetype(points.size() * (m_decimated[s] ? 1 : 2)));
        for (const QPointF &point : points) {
            const QPointF p = pixel(point);
            if (!m_decimated[s] && !m_polyline.isEmpty() && m_polyline.last().y() != p.y())
                m_polyline.append(QPointF(p.x(), m_polyline.last().y()));
            m_polyline.append(p);
        }
        const QColor colour = seriesColour(int(s));
        if (!m_dots[s].empty()) {
            // A property that has changed at most once in view: its samples as dots.
            painter->setPen(Qt::NoPen);
            painter->setBrush(colour);
            for (const QPointF &p : m_dots[s])
                painter->drawEllipse(pixel(p), 3, 3);
            painter->setBrush(Qt::NoBrush);
        }
        QPen pen(colour, 1);
        pen.setCosmetic(true);
        painter->setPen(pen);
        if (m_decimated[s])
            drawColumns(painter);
        else
            painter->drawPolyline(m_polyline.constData(), int(m_polyline.size()));
    }
    painter->restore();
}

void PlotRenderer::drawColumns(QPainter *painter)
{
    // A vertical line per pixel column from its lowest to its highest point, stretched to the
    // previous column's last point so that the curve stays connected. A zigzag through the same
    // points draws each column about twice: a long line up and a long line down to the next one.
    m_columnLines.clear();
    int x = std::numeric_limits<int>::min();
    double top = 0;
    double bottom = 0;
    double last = 0;
    bool hasLast = false;
    auto addColumn = [&] {
        if (x != std::numeric_limits<int>::min())
            m_columnLines.append(QLine(x, int(std::lround(top)), x, int(std::lround(bottom))));
    };
    for (const QPointF &p : std::as_const(m_polyline)) {
        const int column = int(std::floor(p.x()));
        if (column != x) {
            addColumn();
            x = column;
            top = hasLast ? std::min(last, p.y()) : p.y();
            bottom = hasLast ? std::max(last, p.y()) : p.y();
        }
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
        last = p.y();
        hasLast = true;
    }
    addColumn();
    painter->drawLines(m_columnLines.constData(), int(m_columnLines.size()));
}

QPixmap PlotRenderer::render(int width, int height)
{
    width = std::max(width, 32);
    height = std::max(height, 32);
    QPixmap picture(width, height);
    QPainter painter(&picture);
    paint(&painter, width, height);
    return picture;
}

std::optional<double> PlotRenderer::timeAt(double x) const
{
    if (m_plotArea.isEmpty() || x < m_plotArea.left() || x > m_plotArea.right() + 1)
        return std::nullopt;
    return m_viewFrom + (x - m_plotArea.left()) / m_plotArea.width() * (m_viewTo - m_viewFrom);
}

std::optional<double> PlotRenderer::xAt(double time) const
{
    if (m_plotArea.isEmpty() || !(m_viewTo > m_viewFrom) || time < m_viewFrom || time > m_viewTo)
        return std::nullopt;
    return m_plotArea.left() + (time - m_viewFrom) / (m_viewTo - m_viewFrom) * m_plotArea.width();
}

std::optional<std::pair<double, double>> PlotRenderer::sampleNear(int series, double time) const
{
    if (series < 0 || std::size_t(series) >= m_series.size())
        return std::nullopt;
    const SampleRing &r = m_series[std::size_t(series)];
    if (r.isEmpty())
        return std::nullopt;
    std::size_t i = std::min(r.lowerBound(time), r.size() - 1);
    if (i > 0 && time - r.time(i - 1) < r.time(i) - time)
        --i;
    return std::pair{r.time(i), r.value(i)};
}

bool PlotRenderer::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    // The samples of the time range in view (or held, when following without a span).
    const auto [from, to] = timeRange();
    QByteArray out = "series,time,value\n";
    for (std::size_t s = 0; s < m_series.size(); ++s) {
        QByteArray name = m_names.value(int(s)).toUtf8();
        if (name.contains(',') || name.contains('"'))
            name = '"' + name.replace('"', "\"\"") + '"';
        const SampleRing &r = m_series[s];
        const std::size_t end = r.lowerBound(std::nextafter(to, HUGE_VAL));
        for (std::size_t i = r.lowerBound(from); i < end; ++i) {
            const auto ms = static_cast<qint64>(std::llround(r.time(i) * 1000.0));
            out +=
                name + ',' +
                QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1() +
                ',' + QByteArray::number(r.value(i), 'g', 15) + '\n';
        }
        if (out.size() > (1 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
    if (!file.commit()) {
        if (error)
            *error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool PlotRenderer::exportPicture(const QString &path, int width, int height, QString *error)
{
    prepare(width);
    m_plot->resize(width, height);
    setUpAxes(true);
    m_background = QPixmap(); // the plot holds curves now: the next frame draws its axes again
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool ok = false;
    if (suffix == QLatin1String("pdf"))
        ok = m_plot->savePdf(path, width, height);
    else if (suffix == QLatin1String("png"))
        ok = m_plot->savePng(path, width, height);
    else {
        if (error)
            *error = Tr::tr("Unknown picture format '%1': use .png or .pdf").arg(suffix);
        return false;
    }
    if (!ok && error)
        *error = Tr::tr("Cannot write %1").arg(path);
    return ok;
}

} // namespace twinloom::Studio
