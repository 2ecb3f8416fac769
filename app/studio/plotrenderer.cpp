#include "plotrenderer.h"

#include <QtCore/QDateTime>
#include <QtCore/QFileInfo>
#include <QtCore/QSaveFile>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace twinloom::studio {

SampleRing::SampleRing(std::size_t capacity)
{
    setCapacity(capacity);
}

void SampleRing::setCapacity(std::size_t capacity)
{
    if (capacity == m_capacity)
        return;
    const std::size_t keep = std::min(m_size, capacity);
    std::vector<double> times(capacity);
    std::vector<double> values(capacity);
    for (std::size_t i = 0; i < keep; ++i) {
        times[i] = time(m_size - keep + i);
        values[i] = value(m_size - keep + i);
    }
    m_time = std::move(times);
    m_value = std::move(values);
    m_capacity = capacity;
    m_head = 0;
    m_size = keep;
}

void SampleRing::append(double t, double v)
{
    if (m_capacity == 0)
        return;
    if (m_size < m_capacity) {
        const std::size_t s = slot(m_size);
        m_time[s] = t;
        m_value[s] = v;
        ++m_size;
        return;
    }
    m_time[m_head] = t;
    m_value[m_head] = v;
    m_head = m_head + 1 == m_capacity ? 0 : m_head + 1;
}

void SampleRing::clear()
{
    m_head = 0;
    m_size = 0;
}

std::size_t SampleRing::lowerBound(double t) const
{
    std::size_t lo = 0;
    std::size_t hi = m_size;
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (time(mid) < t)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

namespace {

const QColor kColours[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28),
                           QColor(0x2c, 0xa0, 0x2c), QColor(0xff, 0x7f, 0x0e),
                           QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b)};

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
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
}

PlotRenderer::~PlotRenderer() = default;

void PlotRenderer::setSeries(const QStringList &names)
{
    m_names = names;
    m_series.assign(std::size_t(names.size()), SampleRing(m_history));
    m_plot->clearGraphs();
    for (int i = 0; i < names.size(); ++i) {
        QCPGraph *g = m_plot->addGraph();
        g->setName(names.at(i));
        g->setPen(QPen(kColours[std::size_t(i) % std::size(kColours)], 1.4));
        g->setAdaptiveSampling(false); // the columns are decimated here already
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
    std::vector<std::pair<double, double>> held;
    held.reserve(r.size());
    for (std::size_t i = 0; i < r.size(); ++i)
        held.emplace_back(r.time(i), r.value(i));
    r.clear();
    for (const auto &[t, v] : older)
        if (t < first && std::isfinite(v) && (r.isEmpty() || t >= r.time(r.size() - 1)))
            r.append(t, v);
    for (const auto &[t, v] : held)
        r.append(t, v);
    m_dirty = true;
}

void PlotRenderer::clear()
{
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
    if (lo > hi) {
        const double now = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
        return {now - 60, now};
    }
    if (hi - lo < 1.0)
        lo = hi - 1.0;
    return {lo, hi};
}

void PlotRenderer::prepare(int width, int height)
{
    m_plot->resize(width, height);
    const auto [from, to] = timeRange();
    // The axis rect is a little narrower than the picture; the columns follow the picture.
    const int columns = std::max(width, 16);
    const double columnSpan = (to - from) / columns;
    double yMin = std::numeric_limits<double>::max();
    double yMax = std::numeric_limits<double>::lowest();
    m_drawnPoints = 0;
    QVector<double> keys;
    QVector<double> values;
    for (std::size_t s = 0; s < m_series.size(); ++s) {
        const SampleRing &r = m_series[s];
        keys.clear();
        values.clear();
        // One sample on each side of the range, so that lines reach the edges.
        std::size_t begin = r.lowerBound(from);
        std::size_t end = r.lowerBound(to);
        if (begin > 0)
            --begin;
        if (end < r.size())
            ++end;
        auto add = [&](double k, double v) {
            keys.append(k);
            values.append(v);
            yMin = std::min(yMin, v);
            yMax = std::max(yMax, v);
        };
        if (end - begin <= std::size_t(2 * columns)) {
            for (std::size_t i = begin; i < end; ++i)
                add(r.time(i), r.value(i));
        } else {
            // Min and max per pixel column, in the order they occur, at the column's time.
            std::size_t i = begin;
            while (i < end) {
                const double t0 = r.time(i);
                const double column = std::floor((t0 - from) / columnSpan);
                const double columnEnd = from + (column + 1) * columnSpan;
                std::size_t minAt = i;
                std::size_t maxAt = i;
                std::size_t j = i;
                for (; j < end && r.time(j) < columnEnd; ++j) {
                    if (r.value(j) < r.value(minAt))
                        minAt = j;
                    if (r.value(j) > r.value(maxAt))
                        maxAt = j;
                }
                if (j == i) // a time before `from` (the sample kept for the edge)
                    j = i + 1;
                const std::size_t first = std::min(minAt, maxAt);
                const std::size_t second = std::max(minAt, maxAt);
                add(r.time(first), r.value(first));
                if (second != first)
                    add(r.time(second), r.value(second));
                i = j;
            }
        }
        m_drawnPoints += std::size_t(keys.size());
        m_plot->graph(int(s))->setData(keys, values, true);
    }
    m_plot->xAxis->setRange(from, to);
    if (yMin > yMax) {
        yMin = 0;
        yMax = 1;
    }
    const double margin = yMax > yMin ? (yMax - yMin) * 0.08 : std::max(1.0, std::abs(yMax) * 0.05);
    m_plot->yAxis->setRange(yMin - margin, yMax + margin);
}

QPixmap PlotRenderer::render(int width, int height)
{
    width = std::max(width, 32);
    height = std::max(height, 32);
    prepare(width, height);
    m_dirty = false;
    return m_plot->toPixmap(width, height);
}

bool PlotRenderer::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray out = "series,time,value\n";
    for (std::size_t s = 0; s < m_series.size(); ++s) {
        QByteArray name = m_names.value(int(s)).toUtf8();
        if (name.contains(',') || name.contains('"'))
            name = '"' + name.replace('"', "\"\"") + '"';
        const SampleRing &r = m_series[s];
        for (std::size_t i = 0; i < r.size(); ++i) {
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
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool PlotRenderer::exportPicture(const QString &path, int width, int height, QString *error)
{
    prepare(width, height);
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool ok = false;
    if (suffix == QLatin1String("pdf"))
        ok = m_plot->savePdf(path, width, height);
    else if (suffix == QLatin1String("png"))
        ok = m_plot->savePng(path, width, height);
    else {
        if (error)
            *error = tr("Unknown picture format '%1': use .png or .pdf").arg(suffix);
        return false;
    }
    if (!ok && error)
        *error = tr("Cannot write %1").arg(path);
    return ok;
}

} // namespace twinloom::studio
