// Monitor mode's plots. (1) 20 plot tiles of 5 series each, fed 100 samples per second per
// series with 5 minutes of history held (30,000 samples per series), drawn in Qt Quick
// (QQuickWidget, software renderer, offscreen) at the engine host's 30 frames per second: CPU
// time of the GUI thread, frames drawn per second and resident memory. (2) One plot of 1,000,000
// samples at 1200×700: the time of each redraw while panning and while zooming (p50, p99).
// Prints one JSON document.
//
//   bench_monitor [--seconds S] [--frames F]

#include "monitor.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtQml/QQmlContext>
#include <QtQuick/QQuickWindow>
#include <QtQuickWidgets/QQuickWidget>
#include <QtWidgets/QApplication>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <iostream>
#include <sys/resource.h>

using namespace twinloom;
using namespace twinloom::studio;
using Json = nlohmann::ordered_json;

namespace {

double threadCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_THREAD, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double rssMegabytes()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto i = std::size_t(std::clamp(p * double(v.size() - 1), 0.0, double(v.size() - 1)));
    return v[i];
}

double signal(int series, double t)
{
    return std::sin(t * 0.7 + series) * (10 + series) + std::sin(t * 13.0) * 0.8 + series * 5;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QUICK_BACKEND", "software");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, int fallback) {
        const int i = int(args.indexOf(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int seconds = option(QStringLiteral("--seconds"), 10);
    const int frames = option(QStringLiteral("--frames"), 200);
    constexpr int kTiles = 20;
    constexpr int kSeries = 5;
    constexpr int kRate = 100; // samples per second per series
    constexpr int kHistory = 5 * 60 * kRate;

    // (1) 20 live plot tiles.
    qmlRegisterType<PlotItem>("Twinloom.Monitor", 1, 0, "PlotView");
    std::vector<std::unique_ptr<TileModel>> tiles;
    QList<QObject *> objects;
    const double start = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    for (int i = 0; i < kTiles; ++i) {
        Tile t;
        t.type = TileType::Plot;
        t.history = kHistory;
        for (int s = 0; s < kSeries; ++s)
            t.series.push_back({QStringLiteral("twin-%1").arg(i), QStringLiteral("p%1").arg(s)});
        auto tile = std::make_unique<TileModel>(t, i);
        // Five minutes already held.
        for (int s = 0; s < kSeries; ++s)
            for (int k = 0; k < kHistory; ++k) {
                const double time = start - 300.0 + double(k) / kRate;
                tile->addSample(s, time, signal(s, time));
            }
        objects << tile.get();
        tiles.push_back(std::move(tile));
    }
    QTemporaryDir dir;
    const QString qml = dir.filePath(QStringLiteral("Grid.qml"));
    {
        QFile f(qml);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(R"(import QtQuick
import Twinloom.Monitor
Grid {
    columns: 4
    spacing: 4
    Repeater {
        model: tiles
        PlotView { width: 380; height: 200; tile: modelData }
    }
})");
    }
    QQuickWidget view;
    view.rootContext()->setContextProperty(QStringLiteral("tiles"), QVariant::fromValue(objects));
    view.setResizeMode(QQuickWidget::SizeViewToRootObject);
    view.setSource(QUrl::fromLocalFile(qml));
    if (!view.errors().isEmpty()) {
        std::cerr << qPrintable(view.errors().first().toString()) << '\n';
        return 1;
    }
    view.show();
    int rendered = 0;
    QElapsedTimer renderClock;
    std::vector<double> renderMs;
    QObject::connect(view.quickWindow(), &QQuickWindow::beforeRendering, &view,
                     [&] { renderClock.start(); });
    QObject::connect(view.quickWindow(), &QQuickWindow::afterRendering, &view, [&] {
        ++rendered;
        renderMs.push_back(double(renderClock.nsecsElapsed()) / 1e6);
    });
    for (int i = 0; i < 10; ++i)
        QApplication::processEvents();

    // The engine host's frame: every 33 ms the samples that arrived since the last frame.
    QTimer frame;
    frame.setTimerType(Qt::PreciseTimer);
    frame.setInterval(33);
    QElapsedTimer clock;
    std::int64_t fed = 0; // samples per series so far
    std::vector<double> feedMs;
    QObject::connect(&frame, &QTimer::timeout, &view, [&] {
        QElapsedTimer feed;
        feed.start();
        const double elapsed = double(clock.nsecsElapsed()) / 1e9;
        const auto due = std::int64_t(elapsed * kRate);
        for (; fed < due; ++fed) {
            const double time = start + double(fed) / kRate;
            for (auto &tile : tiles)
                for (int s = 0; s < kSeries; ++s)
                    tile->addSample(s, time, signal(s, time));
        }
        for (auto &tile : tiles)
            tile->flush(); // the view draws what changed when it gets to it
        feedMs.push_back(double(feed.nsecsElapsed()) / 1e6);
    });
    rendered = 0;
    renderMs.clear();
    const double cpuStart = threadCpuSeconds();
    clock.start();
    frame.start();
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    frame.stop();
    const double wall = double(clock.nsecsElapsed()) / 1e9;
    const double cpu = threadCpuSeconds() - cpuStart;
    const double rss = rssMegabytes();
    std::size_t held = 0;
    std::size_t drawn = 0;
    for (auto &tile : tiles) {
        for (int s = 0; s < kSeries; ++s)
            held += tile->plot()->samples(s).size();
        drawn += tile->plot()->drawnPoints();
    }

    // (2) One plot of a million samples: pan and zoom.
    PlotRenderer big;
    big.setHistory(1'000'000);
    big.setSeries({QStringLiteral("signal")});
    for (int i = 0; i < 1'000'000; ++i) {
        const double t = start + i * 0.01;
        big.append(0, t, signal(0, t));
    }
    const double span = 1'000'000 * 0.01;
    big.render(1200, 700); // warm-up: fonts, caches
    std::vector<double> pan;
    std::vector<double> zoom;
    QElapsedTimer t;
    for (int i = 0; i < frames; ++i) {
        const double from = start + span * 0.5 * double(i) / frames;
        big.setTimeRange(from, from + span * 0.5);
        t.start();
        big.render(1200, 700);
        pan.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    const std::size_t panPoints = big.drawnPoints();
    for (int i = 0; i < frames; ++i) {
        // From the whole range down to a 1/1000 of it and back, around the middle.
        const double phase = double(i % 100) / 99.0;
        const double width = span * std::pow(1e-3, phase < 0.5 ? phase * 2 : (1 - phase) * 2);
        const double mid = start + span / 2;
        big.setTimeRange(mid - width / 2, mid + width / 2);
        t.start();
        big.render(1200, 700);
        zoom.push_back(double(t.nsecsElapsed()) / 1e6);
    }

    Json out;
    out["benchmark"] = "monitor";
    out["live_plots"] = {{"tiles", kTiles},
                         {"series_per_tile", kSeries},
                         {"rate_hz_per_series", kRate},
                         {"history_samples_per_series", kHistory},
                         {"tile_size", "380x200"},
                         {"seconds", wall},
                         {"samples_held", held},
                         {"points_drawn_last_frame", drawn},
                         {"gui_thread_cpu_percent", 100.0 * cpu / wall},
                         {"frames_per_second", double(rendered) / wall},
                         {"feed_ms_p50", percentile(feedMs, 0.5)},
                         {"render_ms_p50", percentile(renderMs, 0.5)},
                         {"render_ms_p99", percentile(renderMs, 0.99)},
                         {"rss_mb", rss}};
    out["million_point_plot"] = {{"points", 1'000'000},
                                 {"size", "1200x700"},
                                 {"redraws", frames},
                                 {"points_drawn_when_panning", panPoints},
                                 {"pan_ms_p50", percentile(pan, 0.5)},
                                 {"pan_ms_p99", percentile(pan, 0.99)},
                                 {"zoom_ms_p50", percentile(zoom, 0.5)},
                                 {"zoom_ms_p99", percentile(zoom, 0.99)}};
    std::cout << out.dump(2) << std::endl;
    return 0;
}
