// Azure Digital Twins graphs: Explorer JSON and bulk-import NDJSON, export, import, round trips
// and malformed files.

#include "engine/interop/adt.h"
#include "engine/interop/dtdlparser.h"

#include <QtCore/QFile>
#include <QtTest/QtTest>

using namespace twinloom;
using OJ = nlohmann::ordered_json;
using J = nlohmann::json;

namespace {

Project loadProject(const QString &path)
{
    Diagnostics d;
    auto p = Project::load(path, d);
    if (!p)
        qFatal("%s", qPrintable(d.toString()));
    return std::move(*p);
}

const QString kBuilding = QStringLiteral(TWINLOOM_FIXTURES "/interop/building.twinloom.json");
const QString kExample =
    QStringLiteral(TWINLOOM_SOURCE_DIR "/examples/smart-building.twinloom.json");

Interop::InputFile fixture(const char *name)
{
    const QString path = QStringLiteral(TWINLOOM_FIXTURES "/interop/adt/") + QLatin1String(name);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return {path, f.readAll()};
}

// What must survive a round trip: twins with their models, relationships with their ids and
// properties, and the models with their contents.
void compareGraphs(const Project &a, const Project &b)
{
    QCOMPARE(b.twins().size(), a.twins().size());
    for (std::size_t i = 0; i < a.twins().size(); ++i) {
        const TwinDescriptor &x = a.twins()[i];
        const TwinDescriptor &y = b.twins()[i];
        QCOMPARE(y.id, x.id);
        QCOMPARE(y.model, x.model);
        QCOMPARE(y.relationships.size(), x.relationships.size());
        for (std::size_t k = 0; k < x.relationships.size(); ++k) {
            QCOMPARE(y.relationships[k].name, x.relationships[k].name);
            QCOMPARE(y.relationships[k].target, x.relationships[k].target);
            QCOMPARE(y.relationships[k].instanceId, x.relationships[k].instanceId);
            const J px = x.relationships[k].properties.is_null() ? J::object()
                                                                 : x.relationships[k].properties;
            const J py = y.relationships[k].properties.is_null() ? J::object()
                                                                 : y.relationships[k].properties;
            QCOMPARE(py, px);
        }
    }
    QCOMPARE(b.models().size(), a.models().size());
    for (const auto &m : a.models()) {
        const auto it = std::find_if(b.models().begin(), b.models().end(),
                                     [&](const auto &n) { return n->id == m->id; });
        QVERIFY2(it != b.models().end(), qPrintable(m->id));
        const TwinModel &n = **it;
        QCOMPARE(n.extends, m->extends);
        // Events travel as DTDL Telemetry: they come back as telemetry properties.
        QCOMPARE(n.properties.size(), m->properties.size() + m->events.size());
        for (const PropertyDef &p : m->properties) {
            const PropertyDef *q = n.property(p.name);
            QVERIFY2(q, qPrintable(p.name));
            QCOMPARE(q->schema->toJson(), p.schema->toJson());
            QCOMPARE(q->writable, p.writable);
            QCOMPARE(q->unit, p.unit);
        }
        QCOMPARE(n.actions.size(), m->actions.size());
        QCOMPARE(n.relationships.size(), m->relationships.size());
        for (const RelationshipDef &r : m->relationships)
            QCOMPARE(n.relationship(r.name)->target, r.target);
        QCOMPARE(n.components.size(), m->components.size());
    }
}

const Diagnostic *errorAt(const Diagnostics &d, const QString &pointer)
{
    for (const Diagnostic &x : d.items()) {
        if (x.severity == Diagnostic::Severity::Error && x.pointer == pointer)
            return &x;
    }
    return nullptr;
}

} // namespace

class TestAdt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void explorerFields();
    void bulkImportLines();
    void roundTripExplorer_data();
    void roundTripExplorer();
    void roundTripBulkImport();
    void importsExplorerFile();
    void importsBulkFileWithDtdlDocuments();
    void importsDiamondInheritance();
    void malformedFiles_data();
    void malformedFiles();
};

void TestAdt::explorerFields()
{
    Diagnostics notes;
    const OJ doc = Adt::explorerGraph(loadProject(kBuilding), notes);
    QCOMPARE(doc["digitalTwinsFileInfo"], (OJ{{"fileVersion", "1.0.0"}}));
    const OJ &twins = doc["digitalTwinsGraph"]["digitalTwins"];
    QCOMPARE(twins.size(), 3u);
    QCOMPARE(twins[0], OJ::parse(R"({"$dtId": "room-1", "$metadata": {"$model": "dtmi:test:Room;1"},
                                     "thermostat": {"$metadata": {}}})"));
    QCOMPARE(twins[2], OJ::parse(R"({"$dtId": "sensor-2",
                                     "$metadata": {"$model": "dtmi:test:Device;1"}})"));
    const OJ &rels = doc["digitalTwinsGraph"]["relationships"];
    QCOMPARE(rels.size(), 2u);
    QCOMPARE(rels[0], OJ::parse(R"({"$relationshipId": "r1", "$sourceId": "room-1",
        "$relationshipName": "hasDevice", "$targetId": "sensor-1",
        "since": "2024-01-01T00:00:00Z"})"));
    QCOMPARE(rels[1]["$relationshipId"], "room-1-hasDevice-sensor-2");
    // The models are DTDL v3 that the validator accepts.
    const OJ &models = doc["digitalTwinsModels"];
    QCOMPARE(models.size(), 3u);
    Dtdl::ModelParser parser;
    for (const OJ &m : models)
        parser.addDocument(QStringLiteral("model.json"), QByteArray::fromStdString(m.dump()));
    const Dtdl::ParseResult r = parser.parse();
    QVERIFY2(r.outcome == Dtdl::Outcome::Valid, qPrintable(r.summary()));
    QVERIFY(notes.warningCount() > 0); // the event written as Telemetry, adapters left out
}

void TestAdt::bulkImportLines()
{
    Adt::ExportOptions options;
    options.author = QStringLiteral("ops");
    Diagnostics notes;
    const QByteArray text = Adt::bulkImport(loadProject(kBuilding), options, notes);
    QVERIFY(text.endsWith('\n'));
    const QList<QByteArray> lines = text.trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + 1 + 1 + 3 + 1 + 3 + 1 + 2);
    QCOMPARE(J::parse(lines[0].constData()), (J{{"Section", "Header"}}));
    QCOMPARE(J::parse(lines[1].constData()),
             (J{{"fileVersion", "1.0.0"}, {"author", "ops"}, {"organization", "Test building"}}));
    QCOMPARE(J::parse(lines[2].constData()), (J{{"Section", "Models"}}));
    QCOMPARE(J::parse(lines[3].constData())["@id"], "dtmi:test:Room;1");
    QCOMPARE(J::parse(lines[6].constData()), (J{{"Section", "Twins"}}));
    QCOMPARE(J::parse(lines[7].constData())["$dtId"], "room-1");
    QCOMPARE(J::parse(lines[10].constData()), (J{{"Section", "Relationships"}}));
    const J rel = J::parse(lines[11].constData());
    QCOMPARE(rel, J::parse(R"({"$dtId": "room-1", "$relationshipId": "r1",
        "$relationshipName": "hasDevice", "$targetId": "sensor-1",
        "since": "2024-01-01T00:00:00Z"})"));
    QVERIFY(lines[11].startsWith("{\"$dtId\":\"room-1\""));
}

void TestAdt::roundTripExplorer_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("fixture") << kBuilding;
    QTest::newRow("smart building") << kExample;
}

void TestAdt::roundTripExplorer()
{
    QFETCH(QString, path);
    const Project project = loadProject(path);
    const Interop::ExportOutput out = Adt::exportExplorer(project);
    QCOMPARE(out.files.size(), 1u);
    QCOMPARE(out.files[0].path, QStringLiteral("graph.json"));
    Adt::ImportOptions options;
    options.projectName = QStringLiteral("again");
    const Interop::ImportOutput in =
        Adt::importGraph({{QStringLiteral("graph.json"), out.files[0].bytes}}, options);
    QVERIFY2(in.project, qPrintable(in.diagnostics.toString()));
    QVERIFY2(!in.diagnostics.hasErrors(), qPrintable(in.diagnostics.toString()));
    QCOMPARE(in.project->name(), QStringLiteral("again"));
    compareGraphs(project, *in.project);
    // And once more: the second export is the first one, but for the order of the models.
    const Interop::ExportOutput again = Adt::exportExplorer(*in.project);
    auto normalized = [](const QByteArray &bytes) {
        J doc = J::parse(bytes.constData());
        auto &models = doc["digitalTwinsModels"];
        std::sort(models.begin(), models.end(),
                  [](const J &a, const J &b) { return a["@id"] < b["@id"]; });
        return doc;
    };
    QCOMPARE(normalized(again.files[0].bytes), normalized(out.files[0].bytes));
}

void TestAdt::roundTripBulkImport()
{
    const Project project = loadProject(kExample);
    const Interop::ExportOutput out = Adt::exportBulkImport(project);
    QCOMPARE(out.files[0].path, QStringLiteral("graph.ndjson"));
    const Interop::ImportOutput in =
        Adt::importGraph({{QStringLiteral("graph.ndjson"), out.files[0].bytes}});
    QVERIFY2(in.project, qPrintable(in.diagnostics.toString()));
    compareGraphs(project, *in.project);
}

void TestAdt::importsExplorerFile()
{
    const Interop::ImportOutput in = Adt::importGraph({fixture("explorer.json")});
    QVERIFY2(in.project, qPrintable(in.diagnostics.toString()));
    const Project &p = *in.project;
    QCOMPARE(p.models().size(), 3u);
    QCOMPARE(p.twins().size(), 2u);
    QCOMPARE(p.twins()[0].id, QStringLiteral("Floor01"));
    QCOMPARE(p.twins()[1].model, QStringLiteral("dtmi:contosocom:DigitalTwins:Room;1"));
    const RelationshipDescriptor &r = p.twins()[0].relationships.at(0);
    QCOMPARE(r.name, QStringLiteral("contains"));
    QCOMPARE(r.target, QStringLiteral("Room21"));
    QCOMPARE(r.instanceId, QStringLiteral("floor-room-21"));
    QCOMPARE(r.properties, (J{{"primary", true}}));
    // Temperature, Humidity and the component's serial are values, not imported.
    QCOMPARE(in.diagnostics.warningCount(), 1);
    QVERIFY(in.diagnostics.items()[0].message.startsWith(QLatin1String("3 property values")));
}

// An ontology in the way of RealEstateCore: Room extends Space and Equipment, both of which
// extend Asset. The graph imports, and a room's model has Asset's property once.
void TestAdt::importsDiamondInheritance()
{
    const QByteArray graph = R"({"digitalTwinsFileInfo": {"fileVersion": "1.0.0"},
      "digitalTwinsGraph": {
        "digitalTwins": [
          {"$dtId": "room-1", "$metadata": {"$model": "dtmi:rec:Room;1"}},
          {"$dtId": "fan-1", "$metadata": {"$model": "dtmi:rec:Equipment;1"}}],
        "relationships": [{"$relationshipId": "r1", "$sourceId": "room-1", "$targetId": "fan-1",
                           "$relationshipName": "hasPart"}]},
      "digitalTwinsModels": [
        {"@context": "dtmi:dtdl:context;3", "@id": "dtmi:rec:Asset;1", "@type": "Interface",
         "contents": [{"@type": "Property", "name": "serial", "schema": "string"}]},
        {"@context": "dtmi:dtdl:context;3", "@id": "dtmi:rec:Space;1", "@type": "Interface",
         "extends": "dtmi:rec:Asset;1",
         "contents": [{"@type": "Property", "name": "area", "schema": "double"}]},
        {"@context": "dtmi:dtdl:context;3", "@id": "dtmi:rec:Equipment;1", "@type": "Interface",
         "extends": "dtmi:rec:Asset;1",
         "contents": [{"@type": "Telemetry", "name": "power", "schema": "double"}]},
        {"@context": "dtmi:dtdl:context;3", "@id": "dtmi:rec:Room;1", "@type": "Interface",
         "extends": ["dtmi:rec:Space;1", "dtmi:rec:Equipment;1"],
         "contents": [{"@type": "Relationship", "name": "hasPart"}]}]})";
    const Interop::ImportOutput in = Adt::importGraph({{QStringLiteral("rec.json"), graph}});
    QVERIFY2(in.project, qPrintable(in.diagnostics.toString()));
    QCOMPARE(in.diagnostics.errorCount(), 0);
    QCOMPARE(in.project->twins().size(), 2u);
    const ModelSet set = Interop::modelSetOf(*in.project);
    Diagnostics d;
    const TwinModelPtr room = set.resolve(QStringLiteral("dtmi:rec:Room;1"), d);
    QVERIFY2(room, qPrintable(d.toString()));
    QCOMPARE(room->properties.size(), 3u); // serial once, area, power
    QCOMPARE(room->property(u"serial")->provenance, QStringLiteral("dtmi:rec:Asset;1"));
    QCOMPARE(in.project->twins()[0].relationships.at(0).target, QStringLiteral("fan-1"));
}

void TestAdt::importsBulkFileWithDtdlDocuments()
{
    const Interop::ImportOutput in = Adt::importGraph({fixture("bulk.ndjson")});
    QVERIFY2(in.project, qPrintable(in.diagnostics.toString()));
    const Project &p = *in.project;
    QCOMPARE(p.twins().size(), 2u);
    QCOMPARE(p.twins()[0].relationships.at(0).instanceId, QStringLiteral("a-feeds-b"));
    QCOMPARE(p.twins()[0].relationships.at(0).target, QStringLiteral("pump-b"));

    // Models may come in DTDL files of their own, next to a graph without them.
    QByteArray graph = R"({"digitalTwinsGraph": {"digitalTwins": [
        {"$dtId": "p", "$metadata": {"$model": "dtmi:x:Pump;1"}}]}})";
    QByteArray model = R"({"@context": "dtmi:dtdl:context;3", "@id": "dtmi:x:Pump;1",
        "@type": "Interface", "contents": []})";
    const Interop::ImportOutput split = Adt::importGraph(
        {{QStringLiteral("graph.json"), graph}, {QStringLiteral("pump.json"), model}});
    QVERIFY2(split.project, qPrintable(split.diagnostics.toString()));
    QCOMPARE(split.project->twins().size(), 1u);
}

void TestAdt::malformedFiles_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("message");
    const QByteArray models = R"("digitalTwinsModels": [{"@context": "dtmi:dtdl:context;3",
        "@id": "dtmi:x:A;1", "@type": "Interface", "contents": [{"@type": "Relationship",
        "name": "next"}]}])";
    auto explorer = [&](const char *graph) -> QByteArray {
        return "{" + models + R"(, "digitalTwinsGraph": )" + QByteArray(graph) + "}";
    };
    const QString g = QStringLiteral("g.json");
    QTest::newRow("syntax") << QByteArray("{\"digitalTwinsGraph\": ") << g << QString()
                            << QStringLiteral("not valid JSON");
    QTest::newRow("no graph") << QByteArray(R"({"digitalTwinsFileInfo": {"fileVersion": "1.0.0"}})")
                              << g << QStringLiteral("/digitalTwinsGraph")
                              << QStringLiteral("digitalTwinsGraph");
    QTest::newRow("twins not an array")
        << explorer(R"({"digitalTwins": {}})") << g
        << QStringLiteral("/digitalTwinsGraph/digitalTwins") << QStringLiteral("array");
    QTest::newRow("no $dtId")
        << explorer(R"({"digitalTwins": [{"$metadata": {"$model": "dtmi:x:A;1"}}]})") << g
        << QStringLiteral("/digitalTwinsGraph/digitalTwins/0/$dtId") << QStringLiteral("$dtId");
    QTest::newRow("bad twin id")
        << explorer(
               R"({"digitalTwins": [{"$dtId": "a b", "$metadata": {"$model": "dtmi:x:A;1"}}]})")
        << g << QStringLiteral("/digitalTwinsGraph/digitalTwins/0/$dtId")
        << QStringLiteral("'a b'");
    QTest::newRow("no model") << explorer(R"({"digitalTwins": [{"$dtId": "a"}]})") << g
                              << QStringLiteral(
                                     "/digitalTwinsGraph/digitalTwins/0/$metadata/$model")
                              << QStringLiteral("$model");
    QTest::newRow("unknown model")
        << explorer(R"({"digitalTwins": [{"$dtId": "a", "$metadata": {"$model": "dtmi:x:B;1"}}]})")
        << g << QStringLiteral("/digitalTwinsGraph/digitalTwins/0/$metadata/$model")
        << QStringLiteral("'dtmi:x:B;1'");
    QTest::newRow("twice")
        << explorer(R"({"digitalTwins": [{"$dtId": "a", "$metadata": {"$model": "dtmi:x:A;1"}},
                                         {"$dtId": "a", "$metadata": {"$model": "dtmi:x:A;1"}}]})")
        << g << QStringLiteral("/digitalTwinsGraph/digitalTwins/1/$dtId")
        << QStringLiteral("twice");
    QTest::newRow("relationship without target")
        << explorer(R"({"relationships": [{"$sourceId": "a", "$relationshipName": "next"}]})") << g
        << QStringLiteral("/digitalTwinsGraph/relationships/0/$targetId")
        << QStringLiteral("$targetId");
    QTest::newRow("relationship to nowhere")
        << explorer(R"({"digitalTwins": [{"$dtId": "a", "$metadata": {"$model": "dtmi:x:A;1"}}],
            "relationships": [{"$sourceId": "a", "$relationshipName": "next", "$targetId": "z"}]})")
        << g << QStringLiteral("/digitalTwinsGraph/relationships/0/$targetId")
        << QStringLiteral("'z'");
    QTest::newRow("relationship the model lacks")
        << explorer(R"({"digitalTwins": [{"$dtId": "a", "$metadata": {"$model": "dtmi:x:A;1"}}],
            "relationships": [{"$sourceId": "a", "$relationshipName": "prev", "$targetId": "a"}]})")
        << g << QStringLiteral("/digitalTwinsGraph/relationships/0/$relationshipName")
        << QStringLiteral("'prev'");
    QTest::newRow("invalid model")
        << QByteArray(R"({"digitalTwinsGraph": {}, "digitalTwinsModels": [{"@context":
            "dtmi:dtdl:context;3", "@id": "dtmi:x:A;1", "@type": "Interface", "contents": [
            {"@type": "Property", "name": "t", "schema": "doubel"}]}]})")
        << QStringLiteral("g.json#/digitalTwinsModels/0") << QStringLiteral("/contents/0/schema")
        << QStringLiteral("doubel");
    QTest::newRow("undefined model")
        << QByteArray(R"({"digitalTwinsGraph": {}, "digitalTwinsModels": [{"@context":
            "dtmi:dtdl:context;3", "@id": "dtmi:x:A;1", "@type": "Interface",
            "extends": "dtmi:x:Base;1"}]})")
        << QString() << QString() << QStringLiteral("dtmi:x:Base;1");
    QTest::newRow("bulk: line before a section")
        << QByteArray("{\"Section\": \"Header\"}\n{\"fileVersion\": \"1.0.0\"}\n{\"Section\": "
                      "\"Twins\"}\n{\"$dtId\": 3}\n")
        << QStringLiteral("g.ndjson:4") << QStringLiteral("/$dtId") << QStringLiteral("$dtId");
    QTest::newRow("deep nesting") << QByteArray(
                                         R"({"digitalTwinsGraph": {"relationships": [{"x": )" +
                                         QByteArray(5000, '[') + QByteArray(5000, ']') + "}]}}")
                                  << g << QString()
                                  << QStringLiteral("nested deeper than 64 levels");
    QTest::newRow("bulk: unknown section")
        << QByteArray("{\"Section\": \"Header\"}\n{\"Section\": \"Telemetry\"}\n")
        << QStringLiteral("g.ndjson:2") << QStringLiteral("/Section")
        << QStringLiteral("'Telemetry'");
    QTest::newRow("bulk: bad line")
        << QByteArray("{\"Section\": \"Header\"}\n{\"fileVersion\": \"1.0.0\"}\n{\"Section\": "
                      "\"Models\"}\n{oops}\n")
        << QStringLiteral("g.ndjson:4") << QString() << QStringLiteral("not valid JSON");
    QTest::newRow("bulk: relationship source")
        << QByteArray("{\"Section\": \"Header\"}\n{\"Section\": \"Relationships\"}\n{\"$dtId\": "
                      "\"a\", \"$relationshipName\": \"r\", \"$targetId\": \"b\"}\n")
        << QStringLiteral("g.ndjson:3") << QStringLiteral("/$dtId") << QStringLiteral("'a'");
}

void TestAdt::malformedFiles()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, file);
    QFETCH(QString, pointer);
    QFETCH(QString, message);
    const QString name =
        text.startsWith("{\"Section\"") ? QStringLiteral("g.ndjson") : QStringLiteral("g.json");
    const Interop::ImportOutput in = Adt::importGraph({{name, text}});
    QVERIFY(!in.project);
    const Diagnostic *e = errorAt(in.diagnostics, pointer);
    QVERIFY2(e, qPrintable(in.diagnostics.toString()));
    if (!file.isEmpty())
        QCOMPARE(e->file, file);
    QVERIFY2(e->message.contains(message), qPrintable(e->message));
}

QTEST_GUILESS_MAIN(TestAdt)
#include "tst_adt.moc"
