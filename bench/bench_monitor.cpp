// Monitor mode's plots. (1) 20 plot tiles of 5 series each, fed the way the desktop app feeds
// them: 20 twins run on the embedded engine, each with a simulated device of 5 signals at 100
// samples per second; the engine host hands every sample to the plots once per frame (30 frames
// per second). Each series holds 5 minutes of history (30,000 samples). Drawn in Qt Quick
// (QQuickWidget, software renderer, offscreen): CPU time of the GUI thread, frames drawn per
// second, samples that reached the plots against those the engine committed, and resident
// memory. (2) One plot of 1,000,000 samples at 1200×700: the time of each redraw while panning
// and while zooming (p50, p99). Prints one JSON document.
//
//   bench_monitor [--seconds S] [--frames F] [--fps N]
//
// --fps sets the engine host's frame rate (the app's is 30), to see how much room is left.

#include "adapters/builtinadapters.h"
#include "app/studio/monitor/monitorcontroller.h"
#include "app/studio/monitor/plotitem.h"
#include "app/studio/monitor/tilemodel.h"
#include "app/studio/shared/enginehost.h"
#include "app/studio/shared/graphmodel.h"
#include "engine/adapter.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtGui/QUndoStack>
#include <QtQml/QQmlContext>
#include <QtQuick/QQuickWindow>
#include <QtQuickWidgets/QQuickWidget>
#include <QtWidgets/QApplication>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <iostream>
#include <sys/resource.h>

using namespace twinloom;
using namespace twinloom::Studio;
using Json = nlohmann::ordered_json;

namespace {

double cpuSeconds(int who)
{
    rusage u{};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// 20 twins of 5 sine signals at `rate` Hz with a little noise, and a dashboard of a plot per
// twin.
Json project(int twins, int series, int rate, int history)
{
    Json model = {{"@id", "dtmi:bench:Signals;1"},
                  {"@type", "Interface"},
                  {"@context", "dtmi:dtdl:context;3"},
                  {"contents", Json::array()}};
    for (int s = 0; s < series; ++s)
        model["contents"].push_back(
            {{"@type", "Property"}, {"name", "p" + std::to_string(s)}, {"schema", "double"}});
    Json doc = {{"format", "twinloom-project"},
                {"version", 1},
                {"models", Json::array({model})},
                {"twins", Json::array()}};
    Json tiles = Json::array();
    for (int i = 0; i < twins; ++i) {
        const std::string id = "twin-" + std::to_string(i);
        Json generators = Json::array();
        Json plotSeries = Json::array();
        for (int s = 0; s < series; ++s) {
            generators.push_back({{"name", "p" + std::to_string(s)},
                                  {"generator", "sine"},
                                  {"offset", s * 5},
                                  {"amplitude", 10 + s},
                                  {"period", "PT" + std::to_string(7 + s) + "S"},
                                  {"noise", 0.3}});
            plotSeries.push_back({{"twin", id}, {"property", "p" + std::to_string(s)}});
        }
        doc["twins"].push_back(
            {{"id", id},
             {"model", "dtmi:bench:Signals;1"},
             {"physicalAdapters",
              Json::array(
                  {{{"id", "sim"},
                    {"type", "sim"},
                    {"config", {{"seed", i + 1}, {"rate", rate}, {"signals", generators}}}}})}});
        tiles.push_back({{"type", "plot"},
                         {"x", i % 4},
                         {"y", i / 4},
                         {"history", history},
                         {"series", plotSeries}});
    }
    doc["dashboards"] =
        Json::array({{{"id", "bench"}, {"name", "bench"}, {"columns", 4}, {"tiles", tiles}}});
    return doc;
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
    const int fps = option(QStringLiteral("--fps"), 30);
    constexpr int kTiles = 20;
    constexpr int kSeries = 5;
    constexpr int kRate = 100; // samples per second per series
    constexpr int kHistory = 5 * 60 * kRate;

    // (1) 20 live plot tiles over the embedded engine.
    registerBuiltinAdapters(AdapterRegistry::global());
    qmlRegisterType<PlotItem>("Twinloom.Monitor", 1, 0, "PlotView");
    GraphModel model;
    model.setDocument(project(kTiles, kSeries, kRate, kHistory));
    QUndoStack undo;
    EngineHost host;
    host.setFrameRate(fps);
    MonitorController monitor(&model, &undo, &host);
    if (!monitor.showDashboard(QStringLiteral("bench")) || monitor.tileCount() != kTiles) {
        std::cerr << "the bench dashboard does not load: " << qPrintable(monitor.message()) << '\n';
        return 1;
    }
    // Five minutes already held, just before the twins start.
    const double start = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    QList<QObject *> objects;
    for (int i = 0; i < kTiles; ++i) {
        TileModel *tile = monitor.tile(i);
        for (int s = 0; s < kSeries; ++s)
            for (int k = 0; k < kHistory; ++k) {
                const double time = start - 300.0 + double(k) / kRate;
                tile->addSample(s, time, signal(s, time));
            }
        objects << tile;
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

    // The engine host's frames: how many reached the GUI, and every sample they carried.
    int guiUpdates = 0;
    std::uint64_t delivered = 0;
    QObject::connect(&host, &EngineHost::changes, &view, [&] {
        ++guiUpdates;
        for (const SourceSamples &b : host.frameSamples())
            delivered += b.samples.size();
    });
    auto appended = [&] {
        std::uint64_t n = 0;
        for (int i = 0; i < kTiles; ++i)
            for (int s = 0; s < kSeries; ++s)
                n += monitor.tile(i)->plot()->samples(s).appended();
        return n;
    };
    Diagnostics diagnostics;
    if (!host.start(model, {}, diagnostics)) {
        std::cerr << qPrintable(diagnostics.toString()) << '\n';
        return 1;
    }
    // Every property change the engine commits, counted on the workers.
    std::atomic<std::uint64_t> committed{0};
    host.engine()->subscribeDirect(
        QStringLiteral("twins/+/properties/#"), [&committed](const StateChange &c) {
            committed.fetch_add(std::uint64_t(c.changes.size()), std::memory_order_relaxed);
        });
    {
        QEventLoop settle; // the engine's history arrives, the first frames are drawn
        QTimer::singleShot(1000, &settle, &QEventLoop::quit);
        settle.exec();
    }
    rendered = 0;
    renderMs.clear();
    guiUpdates = 0;
    delivered = 0;
    const std::uint64_t appendedStart = appended();
    const std::uint64_t committedStart = committed.load();
    const double cpuStart = cpuSeconds(RUSAGE_THREAD);
    const double processStart = cpuSeconds(RUSAGE_SELF);
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    const double wall = double(clock.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds(RUSAGE_THREAD) - cpuStart;
    const double processCpu = cpuSeconds(RUSAGE_SELF) - processStart;
    const std::uint64_t changes = committed.load() - committedStart;
    const std::uint64_t plotted = appended() - appendedStart;
    const std::uint64_t dropped = host.droppedSamples();
    const double rss = rssMegabytes();
    std::size_t held = 0;
    std::size_t drawn = 0;
    for (int i = 0; i < kTiles; ++i) {
        for (int s = 0; s < kSeries; ++s)
            held += monitor.tile(i)->plot()->samples(s).size();
        drawn += monitor.tile(i)->plot()->drawnPoints();
    }
    host.stop();

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
    out["live_plots"] = {
        {"tiles", kTiles},
        {"series_per_tile", kSeries},
        {"rate_hz_per_series", kRate},
        {"history_samples_per_series", kHistory},
        {"tile_size", "380x200"},
        {"engine_host_frame_rate", fps},
        {"seconds", wall},
        {"samples_held", held},
        {"points_drawn_last_frame", drawn},
        {"samples_per_second_to_plots", double(plotted) / wall},
        {"samples_delivered_by_frames", delivered},
        {"samples_committed_by_engine", changes},
        {"samples_dropped", dropped},
        {"gui_updates_per_second", double(guiUpdates) / wall},
        {"gui_thread_cpu_percent", 100.0 * cpu / wall},
        {"gui_thread_cpu_ms_per_frame", rendered > 0 ? 1000.0 * cpu / rendered : 0.0},
        {"process_cpu_percent", 100.0 * processCpu / wall},
        {"frames_per_second", double(rendered) / wall},
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
