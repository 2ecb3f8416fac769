// Project file benchmark: load (parse and check) and save a generated project of many twins.
// Prints one JSON document.
//
//   bench_project [--twins N] [--repeat R] [--check-adapters]

#include "adapters/builtinadapters.h"
#include "engine/engine.h"
#include "engine/project.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QTemporaryDir>

#include <algorithm>
#include <iostream>

using namespace twinloom;

namespace {
Project::Json generate(int twins)
{
    Project::Json doc = Project::Json::parse(R"({
      "format": "twinloom-project", "version": 1, "name": "Generated",
      "nodes": [{"name": "edge", "tier": "edge"}, {"name": "cloud", "tier": "cloud"}],
      "models": [{"@id": "dtmi:bench:Room;1", "contents": [
        {"@type": "Property", "name": "temperature", "schema": "double", "unit": "degreeCelsius", "maxAge": "PT30S", "history": 100},
        {"@type": "Property", "name": "humidity", "schema": "double", "unit": "percent"},
        {"@type": "Property", "name": "co2", "schema": "double"},
        {"@type": "Property", "name": "occupied", "schema": "boolean"},
        {"@type": "Property", "name": "setpoint", "schema": "double", "writable": true},
        {"@type": "Command", "name": "setSetpoint", "request": {"name": "value", "schema": "double"}},
        {"@type": "Relationship", "name": "near"}]}],
      "twins": [], "layout": {}, "dashboards": []})");
    auto &list = doc["twins"];
    for (int i = 0; i < twins; ++i) {
        Project::Json t = Project::Json::object();
        t["id"] = "room-" + std::to_string(i);
        t["model"] = "dtmi:bench:Room;1";
        t["node"] = i % 2 ? "edge" : "cloud";
        t["physicalAdapters"] = Project::Json::parse(
            R"([{"id": "sim", "type": "sim", "config": {"seed": 1, "signals": [
                {"name": "temperature", "generator": "sine", "offset": 21, "amplitude": 1, "period": "PT10M"},
                {"name": "humidity", "generator": "randomWalk", "start": 45, "step": 0.5}]}}])");
        t["shadowing"] = Project::Json::parse(
            R"({"rules": [{"from": "temperature", "to": "temperature", "steps": [{"type": "deadband", "delta": 0.1}]}]})");
        if (i > 0)
            t["relationships"] = Project::Json::array(
                {{{"name", "near"}, {"target", "room-" + std::to_string(i - 1)}}});
        doc["layout"][t["id"].get<std::string>()] = {{"x", i % 100 * 240}, {"y", i / 100 * 160}};
        list.push_back(std::move(t));
    }
    return doc;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int twins = 10000;
    int repeat = 5;
    bool checkAdapters = false; // as twinloom-run loads: every adapter configuration is built
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--twins") && i + 1 < args.size())
            twins = args[++i].toInt();
        else if (args[i] == QLatin1String("--repeat") && i + 1 < args.size())
            repeat = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--check-adapters"))
            checkAdapters = true;
    }
    registerBuiltinAdapters(AdapterRegistry::global());
    const AdapterRegistry *registry = checkAdapters ? &AdapterRegistry::global() : nullptr;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("generated.twinloom.json"));
    Diagnostics d;
    auto seed = Project::fromJson(generate(twins), d);
    if (!seed || !seed->save(path)) {
        std::cerr << qPrintable(d.toString()) << '\n';
        return 3;
    }
    std::vector<double> loads;
    std::vector<double> saves;
    std::vector<double> serialises;
    qint64 bytes = 0;
    bool identical = true;
    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer t;
        t.start();
        Diagnostics ld;
        auto p = Project::load(path, ld, registry);
        loads.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        if (!p) {
            std::cerr << qPrintable(ld.toString()) << '\n';
            return 3;
        }
        t.restart();
        const QByteArray out = p->toBytes();
        serialises.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        t.restart();
        p->save(path);
        saves.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        bytes = out.size();
        identical = identical && out == seed->toBytes();
    }
    nlohmann::json result = {{"benchmark", "project"},
                             {"twins", twins},
                             {"adapters_checked", checkAdapters},
                             {"bytes", bytes},
                             {"load_ms_median", median(loads)},
                             {"load_ms_min", *std::min_element(loads.begin(), loads.end())},
                             {"serialise_ms_median", median(serialises)},
                             {"save_ms_median", median(saves)},
                             {"round_trip_identical", identical},
                             {"repeat", repeat}};
    std::cout << result.dump(2) << std::endl;
    return 0;
}
