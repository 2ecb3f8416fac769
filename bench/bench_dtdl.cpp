// DTDL benchmark: validates a generated set of realistic Interfaces (properties, telemetry with
// semantic types, commands, components, extends, relationships, nested schemas; DTDL v3 with a
// share of v2) spread over many files. Prints one JSON document:
//   ms_parse    reading the JSON text of every file (nlohmann/json)
//   ms_validate the whole ModelParser run: JSON reading, element parsing, reference resolution
//               and every validation rule
// Times are medians of the repeats.
//
//   bench_dtdl [--shape devices|ontology|chain] [--interfaces N] [--per-file K] [--repeat R]
//
// Shapes: "devices" (the default) as above; "ontology", an inheritance graph full of diamonds as
// in RealEstateCore: ten levels, each Interface extending two of the level above (the deepest
// reach 1,022 "extends" values along all their paths, near DTDL v3's limit of 1,024), each with
// properties, telemetry and a relationship; "chain", one "extends" chain of N Interfaces, which
// DTDL refuses beyond 10 levels: the time to say so for every Interface of it.

#include "engine/interop/dtdlparser.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

using namespace twinloom::Dtdl;
using Json = nlohmann::json;

namespace {

std::string dtmi(const char *kind, int i)
{
    return std::string("dtmi:com:example:bench:") + kind + std::to_string(i) + ";1";
}

Json telemetry(const std::string &name, const char *semantic, const char *unit)
{
    return Json{{"@type", {"Telemetry", semantic}},
                {"name", name},
                {"schema", "double"},
                {"unit", unit},
                {"displayName", {{"en", name}, {"de", name + "_de"}}}};
}

Json field(const char *name, Json schema)
{
    return Json{{"name", name}, {"schema", std::move(schema)}};
}

Json statusObject(int i)
{
    Json entry = {{"@type", "Object"}};
    entry["fields"] = Json::array({field("at", "dateTime"), field("level", dtmi("Level", i))});
    Json history = {{"@type", "Array"}};
    history["elementSchema"] = entry;
    Json counters = {{"@type", "Map"}};
    counters["mapKey"] = field("counter", "string");
    counters["mapValue"] = field("count", "long");
    Json status = {{"@type", "Object"}};
    status["fields"] = Json::array({field("code", "integer"), field("text", "string"),
                                    field("history", history), field("counters", counters)});
    return status;
}

// One Interface of the set. Every tenth one is DTDL v2.
Json makeInterface(int i, int count)
{
    const bool v2 = i % 10 == 9;
    Json iface;
    iface["@id"] = dtmi("Device", i);
    iface["@type"] = "Interface";
    if (v2)
        iface["@context"] = "dtmi:dtdl:context;2";
    else
        iface["@context"] = {"dtmi:dtdl:context;3", "dtmi:dtdl:extension:quantitativeTypes;1"};
    iface["displayName"] = "Device " + std::to_string(i);
    iface["description"] = {{"en", "A generated device model"}, {"fr", "Un modèle"}};
    if (i >= 4 && !v2)
        iface["extends"] = {dtmi("Base", i % 4)};
    Json contents = Json::array();
    contents.push_back(telemetry("temperature", "Temperature", "degreeCelsius"));
    contents.push_back(telemetry("pressure", "Pressure", "kilopascal"));
    contents.push_back(telemetry("humidity", "RelativeHumidity", "percent"));
    for (int p = 0; p < 6; ++p) {
        contents.push_back({{"@type", "Property"},
                            {"name", "setting" + std::to_string(p)},
                            {"schema", p % 2 ? "double" : "string"},
                            {"writable", p % 3 == 0},
                            {"description", "A configurable setting"}});
    }
    contents.push_back({{"@type", "Telemetry"}, {"name", "status"}, {"schema", statusObject(i)}});
    contents.push_back({{"@type", "Property"}, {"name", "mode"}, {"schema", dtmi("Mode", i)}});
    contents.push_back({{"@type", "Command"},
                        {"name", "reboot"},
                        {"request", {{"name", "delay"}, {"schema", "integer"}}},
                        {"response", {{"name", "accepted"}, {"schema", "boolean"}}}});
    contents.push_back({{"@type", "Command"}, {"name", "identify"}});
    contents.push_back(
        {{"@type", "Relationship"},
         {"name", "feeds"},
         {"target", dtmi("Device", (i + 1) % count)},
         {"maxMultiplicity", 5},
         {"properties", {{{"@type", "Property"}, {"name", "since"}, {"schema", "dateTime"}}}}});
    if (!v2) {
        contents.push_back(
            {{"@type", "Component"}, {"name", "info"}, {"schema", dtmi("Information", i % 4)}});
    }
    iface["contents"] = contents;
    // Schemas defined once in the Interface and referenced from its contents.
    iface["schemas"] = {
        {{"@id", dtmi("Mode", i)},
         {"@type", "Enum"},
         {"valueSchema", "string"},
         {"enumValues",
          {{{"name", "eco"}, {"enumValue", "eco"}},
           {{"name", "comfort"}, {"enumValue", "comfort"}},
           {{"name", "off"}, {"enumValue", "off"}}}}},
        {{"@id", dtmi("Level", i)},
         {"@type", "Enum"},
         {"valueSchema", "integer"},
         {"enumValues",
          {{{"name", "low"}, {"enumValue", 1}}, {{"name", "high"}, {"enumValue", 2}}}}}};
    return iface;
}

// Shared Interfaces: the bases and the component Interfaces.
std::vector<Json> sharedInterfaces()
{
    std::vector<Json> out;
    for (int i = 0; i < 4; ++i) {
        out.push_back({{"@context", "dtmi:dtdl:context;3"},
                       {"@id", dtmi("Base", i)},
                       {"@type", "Interface"},
                       {"contents",
                        {{{"@type", "Property"}, {"name", "serialNumber"}, {"schema", "string"}},
                         {{"@type", "Property"}, {"name", "firmware"}, {"schema", "string"}}}}});
        out.push_back({{"@context", "dtmi:dtdl:context;3"},
                       {"@id", dtmi("Information", i)},
                       {"@type", "Interface"},
                       {"contents",
                        {{{"@type", "Property"}, {"name", "manufacturer"}, {"schema", "string"}},
                         {{"@type", "Property"}, {"name", "model"}, {"schema", "string"}}}}});
    }
    return out;
}

// The "ontology" shape: level L holds Interfaces L*width … L*width+width-1; each one below the top
// extends two neighbours of the level above.
std::vector<Json> ontologyInterfaces(int count)
{
    constexpr int kLevels = 10;
    const int width = std::max(1, (count + kLevels - 1) / kLevels);
    std::vector<Json> out;
    for (int i = 0; i < count; ++i) {
        const int level = i / width;
        const int column = i % width;
        const std::string prefix = "l" + std::to_string(level) + "c" + std::to_string(column);
        Json iface = {
            {"@context", {"dtmi:dtdl:context;3", "dtmi:dtdl:extension:quantitativeTypes;1"}},
            {"@id", dtmi("Concept", i)},
            {"@type", "Interface"},
            {"displayName", {{"en", prefix}, {"de", prefix + "_de"}}}};
        if (level > 0) {
            const int above = (level - 1) * width;
            iface["extends"] = {dtmi("Concept", above + column),
                                dtmi("Concept", above + (column + 1) % width)};
        }
        Json contents = Json::array();
        for (int p = 0; p < 3; ++p) {
            contents.push_back({{"@type", "Property"},
                                {"name", prefix + "_p" + std::to_string(p)},
                                {"schema", p == 0 ? "string" : "double"},
                                {"writable", p == 2}});
        }
        contents.push_back(telemetry(prefix + "_temperature", "Temperature", "degreeCelsius"));
        contents.push_back({{"@type", "Relationship"},
                            {"name", prefix + "_isPartOf"},
                            {"target", dtmi("Concept", column)}});
        iface["contents"] = contents;
        out.push_back(std::move(iface));
    }
    return out;
}

std::vector<Json> chainInterfaces(int count)
{
    std::vector<Json> out;
    for (int i = 0; i < count; ++i) {
        Json iface = {
            {"@context", "dtmi:dtdl:context;3"},
            {"@id", dtmi("Link", i)},
            {"@type", "Interface"},
            {"contents",
             {{{"@type", "Property"}, {"name", "p" + std::to_string(i)}, {"schema", "double"}}}}};
        if (i > 0)
            iface["extends"] = dtmi("Link", i - 1);
        out.push_back(std::move(iface));
    }
    return out;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int interfaces = 800;
    int perFile = 8;
    int repeat = 5;
    QString shape = QStringLiteral("devices");
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--interfaces"))
            interfaces = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--per-file"))
            perFile = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--repeat"))
            repeat = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--shape"))
            shape = args[i + 1];
    }
    std::vector<Json> generated;
    if (shape == QLatin1String("ontology")) {
        generated = ontologyInterfaces(interfaces);
    } else if (shape == QLatin1String("chain")) {
        generated = chainInterfaces(interfaces);
    } else if (shape == QLatin1String("devices")) {
        for (int i = 0; i < interfaces; ++i)
            generated.push_back(makeInterface(i, interfaces));
    } else {
        std::cerr << "bench_dtdl: --shape is devices, ontology or chain\n";
        return 2;
    }

    std::vector<std::pair<QString, QByteArray>> files;
    if (shape == QLatin1String("devices")) {
        Json shared = Json::array();
        for (Json &j : sharedInterfaces())
            shared.push_back(std::move(j));
        files.emplace_back(QStringLiteral("shared.json"),
                           QByteArray::fromStdString(shared.dump(2)));
    }
    Json batch = Json::array();
    for (int i = 0; i < interfaces; ++i) {
        batch.push_back(std::move(generated[std::size_t(i)]));
        if (static_cast<int>(batch.size()) == perFile || i + 1 == interfaces) {
            files.emplace_back(QStringLiteral("models-%1.json").arg(files.size()),
                               QByteArray::fromStdString(batch.dump(2)));
            batch = Json::array();
        }
    }
    qint64 bytes = 0;
    for (const auto &f : files)
        bytes += f.second.size();

    std::vector<double> parseMs;
    std::vector<double> validateMs;
    ParseResult last;
    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer t;
        t.start();
        std::size_t nodes = 0;
        for (const auto &f : files) {
            const Json j = Json::parse(f.second.constBegin(), f.second.constEnd(), nullptr, false);
            nodes += j.size();
        }
        parseMs.push_back(t.nsecsElapsed() / 1e6);
        if (nodes == 0)
            return 3;

        ModelParser parser;
        for (const auto &f : files)
            parser.addDocument(f.first, f.second);
        t.restart();
        last = parser.parse();
        validateMs.push_back(t.nsecsElapsed() / 1e6);
    }

    Json out;
    out["shape"] = shape.toStdString();
    out["interfaces"] = last.interfaces().size();
    out["files"] = files.size();
    out["bytes"] = bytes;
    out["elements"] = last.elements().size();
    out["outcome"] = last.outcome == Outcome::Valid     ? "valid"
                     : last.outcome == Outcome::Invalid ? "invalid"
                                                        : "incomplete";
    out["errors"] = last.errors.size();
    if (!last.errors.empty())
        out["first_error"] = last.errors.front().toString().toStdString();
    out["ms_parse"] = median(parseMs);
    out["ms_validate"] = median(validateMs);
    out["repeat"] = repeat;
    std::cout << out.dump() << std::endl;
    // A chain longer than DTDL's 10 levels must be refused; every other shape must be valid.
    const bool expected = shape == QLatin1String("chain") && interfaces > 11
                              ? last.outcome == Outcome::Invalid
                              : last.outcome == Outcome::Valid;
    return expected ? 0 : 2;
}
