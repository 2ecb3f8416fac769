// The desktop app on a large project: opening a generated project of N twins (a building of
// floors, rooms and devices, each with a simulated device) and drawing its first frame, then the
// time of each frame while panning and zooming. Offscreen raster painting. Prints one JSON
// document.
//
//   bench_studio [--twins N] [--frames F] [--run SECONDS]
//
// Then it runs the twins (each room a simulated device at 1 Hz) for SECONDS (10 by default, 0:
// not at all) and reports the GUI thread's time per frame for the live state: taking the
// changes and updating the canvas, the Twins panel, the inspector and the Log.

#include "adapters/builtinadapters.h"
#include "app/studio/shared/mainwindow.h"
#include "engine/adapter.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtWidgets/QApplication>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QStatusBar>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iostream>

using namespace twinloom;
using Json = nlohmann::ordered_json;

namespace {

Json generate(int twins)
{
    Json models = Json::parse(R"([
      {"@id": "dtmi:bench:Building;1", "contents": [
        {"@type": "Relationship", "name": "hasFloor", "target": "dtmi:bench:Floor;1"}]},
      {"@id": "dtmi:bench:Floor;1", "contents": [
        {"@type": "Relationship", "name": "hasRoom", "target": "dtmi:bench:Room;1"}]},
      {"@id": "dtmi:bench:Room;1", "contents": [
        {"@type": "Property", "name": "temperature", "schema": "double", "unit": "degreeCelsius"},
        {"@type": "Property", "name": "humidity", "schema": "double", "unit": "percent"}]}])");
    const int floors = std::max(1, twins / 50);
    Json list = Json::array();
    Json building = {{"id", "building"},
                     {"model", "dtmi:bench:Building;1"},
                     {"node", "cloud"},
                     {"relationships", Json::array()}};
    int made = 1;
    std::vector<Json> floorEntries;
    for (int f = 0; f < floors && made < twins; ++f, ++made) {
        const std::string id = "floor-" + std::to_string(f + 1);
        building["relationships"].push_back({{"name", "hasFloor"}, {"target", id}});
        floorEntries.push_back({{"id", id},
                                {"model", "dtmi:bench:Floor;1"},
                                {"node", "edge-" + std::to_string(f % 4 + 1)},
                                {"relationships", Json::array()}});
    }
    std::vector<Json> rooms;
    for (int r = 0; made < twins; ++r, ++made) {
        Json &floor = floorEntries[static_cast<std::size_t>(r) % floorEntries.size()];
        const std::string id = "room-" + std::to_string(r + 1);
        floor["relationships"].push_back({{"name", "hasRoom"}, {"target", id}});
        rooms.push_back({{"id", id},
                         {"model", "dtmi:bench:Room;1"},
                         {"node", floor["node"]},
                         {"physicalAdapters",
                          {{{"id", "sim"},
                            {"type", "sim"},
                            {"config",
                             {{"rate", 1},
                              {"signals",
                               {{{"name", "temperature"},
                                 {"generator", "sine"},
                                 {"offset", 21},
                                 {"amplitude", 1},
                                 {"period", "PT1M"}},
                                {{"name", "humidity"},
                                 {"generator", "gaussian"},
                                 {"mean", 45},
                                 {"stddev", 1}}}}}}}}}});
    }
    list.push_back(std::move(building));
    for (Json &f : floorEntries)
        list.push_back(std::move(f));
    for (Json &r : rooms)
        list.push_back(std::move(r));
    Json nodes = Json::array();
    for (const char *n : {"cloud", "edge-1", "edge-2", "edge-3", "edge-4"})
        nodes.push_back({{"name", n}});
    return {{"format", "twinloom-project"},
            {"version", 1},
            {"name", "bench"},
            {"nodes", nodes},
            {"models", models},
            {"twins", list}};
}

struct Frames
{
    std::vector<double> ms;
    Json json() const
    {
        std::vector<double> v = ms;
        std::sort(v.begin(), v.end());
        auto at = [&](double q) {
            return v.empty() ? 0.0
                             : v[static_cast<std::size_t>(q * static_cast<double>(v.size() - 1))];
        };
        return {{"frames", v.size()},
                {"p50_ms", at(0.5)},
                {"p95_ms", at(0.95)},
                {"max_ms", v.empty() ? 0.0 : v.back()}};
    }
};

double paintOnce(QWidget *viewport)
{
    QElapsedTimer t;
    t.start();
    viewport->repaint();
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TwinloomBench"));
    int twins = 2000;
    int frames = 60;
    int runSeconds = 10;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--twins"))
            twins = std::max(10, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--frames"))
            frames = std::max(5, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--run"))
            runSeconds = std::max(0, args[i + 1].toInt());
    }
    registerBuiltinAdapters(AdapterRegistry::global());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.twinloom.json"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 2;
        f.write(QByteArray::fromStdString(generate(twins).dump(2)));
    }

    Json out = {{"benchmark", "studio"}, {"twins", twins}};
    Studio::MainWindow window;
    window.resize(1400, 880);
    window.show();
    QApplication::processEvents();
    QElapsedTimer t;
    t.start();
    QString error;
    if (!window.openFile(path, &error)) {
        std::cerr << qPrintable(error) << '\n';
        return 2;
    }
    const double opened = static_cast<double>(t.nsecsElapsed()) / 1e6;
    QApplication::processEvents(); // the deferred fit
    QWidget *viewport = window.view()->viewport();
    paintOnce(viewport);
    const double firstFrame = static_cast<double>(t.nsecsElapsed()) / 1e6;
    out["open_ms"] = opened;
    out["first_frame_ms"] = firstFrame;
    out["fit_zoom"] = window.view()->zoom();

    // Panning and zooming, fitted (everything visible) and at 100 %.
    auto pan = [&](Frames &f) {
        QScrollBar *h = window.view()->horizontalScrollBar();
        QScrollBar *v = window.view()->verticalScrollBar();
        for (int i = 0; i < frames; ++i) {
            h->setValue(h->value() + (i % 20 < 10 ? 40 : -40));
            v->setValue(v->value() + (i % 14 < 7 ? 25 : -25));
            f.ms.push_back(paintOnce(viewport));
        }
    };
    auto zoom = [&](Frames &f) {
        for (int i = 0; i < frames; ++i) {
            window.view()->zoomBy(i % 10 < 5 ? 1.1 : 1 / 1.1);
            f.ms.push_back(paintOnce(viewport));
        }
    };
    Frames panFit, zoomFit, pan100, zoom100;
    pan(panFit);
    zoom(zoomFit);
    window.view()->resetZoom();
    window.view()->centerOn(window.scene()->itemsBoundingRect().center());
    paintOnce(viewport);
    pan(pan100);
    zoom(zoom100);
    out["pan_fitted"] = panFit.json();
    out["zoom_fitted"] = zoomFit.json();
    out["pan_100_percent"] = pan100.json();
    out["zoom_100_percent"] = zoom100.json();
    if (runSeconds > 0) {
        window.view()->fit();
        window.action(QStringLiteral("run.start"))->trigger();
        QElapsedTimer running;
        running.start();
        while (running.elapsed() < runSeconds * 1000)
            QApplication::processEvents(QEventLoop::AllEvents, 50);
        const Studio::EngineHost::FrameCost cost = window.engineHost()->frameCost();
        out["running"] = {{"seconds", runSeconds},
                          {"started", window.engineHost()->isRunning()},
                          {"status", window.statusBar()->currentMessage().toStdString()},
                          {"frames", cost.frames},
                          {"gui_ms_per_frame_p50", cost.p50Ms},
                          {"gui_ms_per_frame_p99", cost.p99Ms},
                          {"gui_ms_per_frame_max", cost.maxMs}};
        window.action(QStringLiteral("run.stop"))->trigger();
    }
    std::cout << out.dump(2) << std::endl;
    return 0;
}
