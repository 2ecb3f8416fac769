#pragma once

#include "app/studio/monitor/samplering.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QStringList>
#include <QtGui/QPixmap>
#include <QtGui/QPolygonF>

#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <vector>

class QCPAxis;
class QCustomPlot;
class QPainter;

namespace twinloom::Studio {

// The picture of a time-series plot: several series with a bounded history each, drawn with
// QCustomPlot. Only what a pixel column can show is handed to QCustomPlot: above two points per
// column, each column gets the minimum and maximum of its samples, so a million samples draw as
// fast as a few thousand. Times are seconds since the epoch.
class PlotRenderer
{

public:
    PlotRenderer();
    ~PlotRenderer();
    PlotRenderer(const PlotRenderer &) = delete;
    PlotRenderer &operator=(const PlotRenderer &) = delete;

    void setSeries(const QStringList &names);    // clears the samples
    void renameSeries(const QStringList &names); // keeps them
    QStringList seriesNames() const { return m_names; }
    int seriesCount() const { return static_cast<int>(m_series.size()); }
    const SampleRing &samples(int series) const { return m_series.at(std::size_t(series)); }

    // One unit symbol per series (empty: none): each unit gets a value axis of its own,
    // labelled with it — the first on the left, the others on the right, up to kMaxAxes (more
    // units share the last one).
    static constexpr int kMaxAxes = 4;
    void setUnits(const QStringList &units);
    int valueAxis(int series) const; // 0 left, 1… right
    // The range of a value axis in the last picture.
    std::pair<double, double> valueRange(int axis) const
    {
        const auto a = std::size_t(std::clamp(axis, 0, kMaxAxes - 1));
        return {m_yLow[a], m_yHigh[a]};
    }

    void setHistory(std::size_t samples); // per series, at least 2
    std::size_t history() const { return m_history; }
    void append(int series, double time, double value);
    // Merges history (oldest first) with the samples held: those older than the held ones go
    // before them, those newer after them; the newest win when it is full.
    void prepend(int series, const std::vector<std::pair<double, double>> &older);
    void clear();
    // Points older than the samples held, for a view of the past (from a history store: a
    // minimum and a maximum per bucket), drawn before them; replaced by each call.
    void setPast(int series, std::vector<std::pair<double, double>> points);
    std::size_t pastSize(int series) const
    {
        return series >= 0 && std::size_t(series) < m_past.size()
                   ? m_past[std::size_t(series)].size()
                   : 0;
    }

    // Paused, the view stays where it is while samples keep arriving.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // A fixed time range (pan, zoom) instead of following the newest samples.
    void setTimeRange(double from, double to);
    void followLatest();
    std::pair<double, double> timeRange() const;
    // Whether the view moves with the newest samples (neither paused nor panned or zoomed).
    bool isFollowing() const { return m_follow && !m_paused; }
    // The time a following view shows, ending at the present (0: every sample held).
    void setSpan(double seconds);
    double span() const { return m_span; }
    // The present, in seconds since the epoch: a following view ends there, and the last value
    // of each series holds until it (a property keeps its value until it changes). Unset (0),
    // the present is the newest sample's time.
    void setNow(double now);
    double now() const { return m_now; }
    // Dark or light: the background, axes, grid and text of the picture.
    void setDark(bool dark);
    bool isDark() const { return m_dark; }

    // Whether the picture changed since the last render.
    bool isDirty() const { return m_dirty; }
    QPixmap render(int width, int height);
    // Paints the picture at (0, 0). The axes, grid, tick labels and legend are kept as a picture
    // while the ranges and the size stay the same; each call draws the curves over it.
    void paint(QPainter *painter, int width, int height);
    // Where the last picture has its curves, and its legend (a row above them).
    QRect plotArea() const { return m_plotArea; }
    QRect legendArea() const { return m_legendArea; }
    // Points handed to QCustomPlot by the last render, all series together.
    std::size_t drawnPoints() const { return m_drawnPoints; }
    // The (time, value) points of one series that the last render handed to QCustomPlot.
    std::vector<std::pair<double, double>> drawn(int series) const;

    // The time at x (pixels from the left of the picture) in the last view, when x is inside
    // the plot area; and each series' sample nearest to a time (nullopt for an empty series).
    std::optional<double> timeAt(double x) const;
    // The x of a time in the last view, when it is inside the plot area.
    std::optional<double> xAt(double time) const;
    std::optional<std::pair<double, double>> sampleNear(int series, double time) const;

    // series,time,value — one line per sample of the time range in view (timeRange()), time in
    // ISO 8601 (UTC, milliseconds).
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    // PNG or PDF, after the suffix.
    bool exportPicture(const QString &path, int width, int height, QString *error = nullptr);

private:
    // The minimum and maximum of the samples of one pixel column. Columns sit on a grid of
    // absolute time (a power-of-two span), so those of earlier frames stay valid while the view
    // follows the newest samples: each frame folds in only what arrived since.
    struct Column
    {
        std::int64_t index = 0;
        double minTime = 0;
        double minValue = 0;
        double maxTime = 0;
        double maxValue = 0;
    };
    struct ColumnCache
    {
        double span = 0;
        std::uint64_t generation = 0;
        std::uint64_t appended = 0;
        std::vector<Column> columns; // oldest first
        std::size_t front = 0;       // columns before it are dropped
    };

    // What the axes picture shows.
    struct Axes
    {
        int width = 0;
        int height = 0;
        double from = 0;
        double to = 0;
        std::array<double, kMaxAxes> low = {};
        std::array<double, kMaxAxes> high = {};
        QStringList names;
        std::vector<int> axisOf;
        bool dark = false;

        bool operator==(const Axes &) const = default;
    };

    // The points to draw (m_points) and the view's ranges, for a picture `width` wide.
    void prepare(int width);
    // Draws m_polyline, a decimated series' points in pixels, a line per pixel column.
    void drawColumns(QPainter *painter);
    // Hands the ranges, and the curves or none, to QCustomPlot.
    void setUpAxes(bool withCurves);
    // Folds the samples [begin, end) of a ring into the cache's columns.
    void fold(ColumnCache &cache, const SampleRing &ring, std::size_t begin, std::size_t end) const;
    void applyColours();
    QColor backgroundColour() const
    {
        return m_dark ? QColor(0x25, 0x27, 0x2b) : QColor(Qt::white);
    }
    // The present (see setNow), or the newest sample's time.
    double present() const;

    std::unique_ptr<QCustomPlot> m_plot;
    QStringList m_names;
    std::vector<SampleRing> m_series;
    std::vector<std::vector<std::pair<double, double>>> m_past; // per series, see setPast()
    std::vector<ColumnCache> m_caches;
    std::size_t m_history = 600;
    bool m_paused = false;
    bool m_follow = true;
    double m_from = 0;
    double m_to = 0;
    double m_span = 0;
    double m_now = 0;
    bool m_dark = false;
    bool m_dirty = true;
    std::size_t m_drawnPoints = 0;
    // The last view: time range (following the newest samples, on whole columns), value range,
    // and per series the (time, value) points drawn.
    double m_viewFrom = 0;
    double m_viewTo = 1;
    std::array<double, kMaxAxes> m_yLow = {};
    std::array<double, kMaxAxes> m_yHigh = {};
    std::vector<int> m_axisOf;                        // per series: 0 left, 1 right
    std::array<QStringList, kMaxAxes> m_axisLabels;   // units
    std::array<QCPAxis *, kMaxAxes> m_valueAxes = {}; // left, right, and more on the right
    std::vector<std::vector<QPointF>> m_points;       // held steps: a value holds until the next
    // Per series, the samples in view when there are at most two of them: drawn as dots, which a
    // line too short to see would not show.
    std::vector<std::vector<QPointF>> m_dots;
    Axes m_axes;
    QPixmap m_background;
    QRect m_plotArea;
    QRect m_legendArea;
    std::vector<bool> m_decimated; // per series: drawn from pixel columns' minimum and maximum
    QPolygonF m_polyline;
    QList<QLine> m_columnLines;
};

} // namespace twinloom::Studio
