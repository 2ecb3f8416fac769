// DTDL Interfaces → twin models (import) and twin models → DTDL v3 (export).

#include "engine/interop/dtdlconvert.h"

#include <QtTest/QtTest>

using namespace twinloom;
using namespace twinloom::Dtdl;

namespace {

ParseResult parseBuilding()
{
    ModelParser parser;
    parser.addFolder(QStringLiteral(TWINLOOM_FIXTURES "/dtdl/building"));
    return parser.parse();
}

const ImportedModel *findModel(const ImportResult &r, const char *id)
{
    for (const ImportedModel &m : r.models) {
        if (m.model && m.model->id == QLatin1String(id))
            return &m;
    }
    return nullptr;
}

} // namespace

class TestDtdlConvert : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importFlattensExtendsWithProvenance();
    void importKeepsExtendsWhenAsked();
    void exportIsValidDtdlV3();
    void roundTrip();
    void extensionsImportAndExport();
    void dtdlV4ImportsAsV3();
};

void TestDtdlConvert::importFlattensExtendsWithProvenance()
{
    const ParseResult parsed = parseBuilding();
    QCOMPARE(parsed.outcome, Outcome::Valid);
    const ImportResult r = importInterfaces(parsed);
    QVERIFY2(!r.diagnostics.hasErrors(), qPrintable(r.diagnostics.toString()));
    QCOMPARE(r.models.size(), 3u);

    const ImportedModel *room = findModel(r, "dtmi:com:example:building:Room;1");
    QVERIFY(room && room->model);
    const TwinModel &m = *room->model;
    QCOMPARE(m.displayName, QStringLiteral("Room"));
    QVERIFY(m.extends.isEmpty());
    const PropertyDef *area = m.property(u"area");
    QVERIFY(area);
    QCOMPARE(area->provenance, QStringLiteral("dtmi:com:example:building:Space;1"));
    QCOMPARE(area->description, QStringLiteral("floor area"));
    const PropertyDef *temperature = m.property(u"temperature");
    QVERIFY(temperature && temperature->telemetry);
    QVERIFY(temperature->provenance.isEmpty());
    QCOMPARE(temperature->unit, QStringLiteral("degreeCelsius"));
    QCOMPARE(temperature->schema->kind(), SchemaKind::Double);
    QVERIFY(m.property(u"occupied")->writable);
    QCOMPARE(m.components.size(), 1u);
    QCOMPARE(m.components.front().schema, QStringLiteral("dtmi:com:example:building:Thermostat;1"));
    const RelationshipDef *adjacent = m.relationship(u"adjacentTo");
    QVERIFY(adjacent);
    QCOMPARE(adjacent->target, QStringLiteral("dtmi:com:example:building:Room;1"));

    // The project form keeps the semantic type next to the content type.
    const nlohmann::json &json = room->json;
    QCOMPARE(json["contents"][0]["@type"], nlohmann::json::parse(R"(["Telemetry","Temperature"])"));
    QCOMPARE(json["displayName"]["de"], "Raum");

    const ImportedModel *thermostat = findModel(r, "dtmi:com:example:building:Thermostat;1");
    QVERIFY(thermostat && thermostat->model);
    const PropertyDef *mode = thermostat->model->property(u"mode");
    QVERIFY(mode);
    QCOMPARE(mode->schema->kind(), SchemaKind::Enum);
    QCOMPARE(mode->schema->enumValues().size(), 2u);
    const ActionDef *boost = thermostat->model->action(u"boost");
    QVERIFY(boost);
    QCOMPARE(boost->requestName, QStringLiteral("minutes"));
    QCOMPARE(boost->response->kind(), SchemaKind::Boolean);
}

void TestDtdlConvert::importKeepsExtendsWhenAsked()
{
    ImportOptions options;
    options.flattenExtends = false;
    const ImportResult r = importInterfaces(parseBuilding(), options);
    const ImportedModel *room = findModel(r, "dtmi:com:example:building:Room;1");
    QVERIFY(room);
    QCOMPARE(room->model->extends,
             QStringList{QStringLiteral("dtmi:com:example:building:Space;1")});
    QVERIFY(!room->model->property(u"area"));

    // The engine flattens it the same way, keeping the provenance.
    ModelSet set;
    for (const ImportedModel &m : r.models)
        set.add(m.model);
    Diagnostics d;
    TwinModelPtr flat = set.resolve(QStringLiteral("dtmi:com:example:building:Room;1"), d);
    QVERIFY2(flat, qPrintable(d.toString()));
    QCOMPARE(flat->property(u"area")->provenance,
             QStringLiteral("dtmi:com:example:building:Space;1"));
}

void TestDtdlConvert::exportIsValidDtdlV3()
{
    Diagnostics d;
    auto model = TwinModel::fromJson(nlohmann::json::parse(R"({
      "@id": "dtmi:test:Boiler;1", "displayName": "Boiler",
      "contents": [
        {"@type": "Property", "name": "setpoint", "schema": "double", "unit": "degreeCelsius",
         "writable": true, "minimum": 20, "maximum": 90},
        {"@type": "Telemetry", "name": "pressure", "schema": "double", "unit": "kilopascal",
         "maxAge": "PT10S", "history": 100},
        {"@type": "Telemetry", "name": "state", "schema": {"@type": "Enum", "valueSchema": "string",
          "enumValues": [{"name": "idle", "enumValue": "idle"}, {"name": "firing", "enumValue": "firing"}]}},
        {"@type": "Event", "name": "fault", "schema": "string"},
        {"@type": "Command", "name": "purge", "request": {"name": "seconds", "schema": "integer"}},
        {"@type": "Relationship", "name": "feeds", "target": "dtmi:test:Radiator;1",
         "properties": [{"name": "since", "schema": "dateTime"}]}
      ]})"),
                                     {}, d);
    QVERIFY2(model, qPrintable(d.toString()));
    const ExportResult out = exportModels({model});
    QCOMPARE(out.documents.size(), 1u);
    const QByteArray text = out.documents.front().text();
    // "@context" comes first; short terms throughout.
    QVERIFY(text.startsWith("{\n  \"@context\": [\n    \"dtmi:dtdl:context;3\""));
    QVERIFY(!text.contains("dtmi:dtdl:class"));
    QVERIFY(text.contains("\"Temperature\""));
    QVERIFY(!text.contains("maxAge"));
    QCOMPARE(out.notes.size(), 1u); // the event written as Telemetry

    ModelParser parser;
    parser.addDocument(QStringLiteral("boiler.json"), text);
    const ParseResult r = parser.parse();
    QVERIFY2(r.outcome == Outcome::Valid,
             qPrintable(r.errors.empty() ? r.summary() : r.errors.front().toString()));
    const Element *boiler = r.find(QStringLiteral("dtmi:test:Boiler;1"));
    QVERIFY(boiler);
    QCOMPARE(boiler->linksOf(Member::Contents).size(), 6u);
}

void TestDtdlConvert::roundTrip()
{
    // DTDL → twin models → DTDL v3 → the validator accepts it and the contents survive.
    const ImportResult imported = importInterfaces(parseBuilding());
    std::vector<std::shared_ptr<const TwinModel>> models;
    for (const ImportedModel &m : imported.models)
        models.push_back(m.model);
    const ExportResult exported = exportModels(models);
    QCOMPARE(exported.documents.size(), 3u);
    ModelParser parser;
    for (const ExportedDocument &doc : exported.documents)
        parser.addDocument(doc.id + QStringLiteral(".json"), doc.text());
    const ParseResult r = parser.parse();
    QVERIFY2(r.outcome == Outcome::Valid,
             qPrintable(r.errors.empty() ? r.summary() : r.errors.front().toString()));
    const Element *room = r.find(QStringLiteral("dtmi:com:example:building:Room;1"));
    QVERIFY(room);
    QStringList names;
    for (const Link *l : room->linksOf(Member::Contents))
        names.push_back(l->element->name);
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("adjacentTo"), QStringLiteral("area"),
                                 QStringLiteral("occupied"), QStringLiteral("temperature"),
                                 QStringLiteral("thermostat")}));
}

void TestDtdlConvert::extensionsImportAndExport()
{
    ModelParser parser;
    parser.addDocument(QStringLiteral("sensor.json"), R"([
      {"@context": ["dtmi:dtdl:context;3", "dtmi:dtdl:extension:quantitativeTypes;1",
                    "dtmi:dtdl:extension:historization;1"],
       "@id": "dtmi:test:Sensor;1", "@type": "Interface",
       "contents": [
         {"@type": ["Telemetry", "Temperature", "Historized"], "name": "temperature",
          "schema": "double", "unit": "degreeCelsius"},
         {"@type": "Property", "name": "displayUnit", "schema": "TemperatureUnit", "writable": true}]},
      {"@context": ["dtmi:dtdl:context;2", "dtmi:iotcentral:context;2"],
       "@id": "dtmi:test:Phone;1", "@type": "Interface",
       "contents": [
         {"@type": ["Telemetry", "AccelerationVector"], "name": "acceleration", "schema": "vector"},
         {"@type": ["Telemetry", "Location"], "name": "position", "schema": "geopoint"}]}])");
    const ParseResult parsed = parser.parse();
    QVERIFY2(
        parsed.outcome == Outcome::Valid,
        qPrintable(parsed.errors.empty() ? parsed.summary() : parsed.errors.front().toString()));
    const ImportResult r = importInterfaces(parsed);
    QVERIFY2(!r.diagnostics.hasErrors(), qPrintable(r.diagnostics.toString()));

    // Historized keeps a history; a unit type is an enum of its units.
    const ImportedModel *sensor = findModel(r, "dtmi:test:Sensor;1");
    QVERIFY(sensor && sensor->model);
    QCOMPARE(sensor->model->property(u"temperature")->historyCapacity, 1000);
    QCOMPARE(sensor->model->property(u"displayUnit")->historyCapacity, 0);
    const nlohmann::json unitSchema = sensor->model->property(u"displayUnit")->schema->toJson();
    QCOMPARE(unitSchema["@type"], "Enum");
    QStringList units;
    for (const auto &v : unitSchema["enumValues"])
        units << QString::fromStdString(v["enumValue"].get<std::string>());
    QVERIFY2(units.contains(QStringLiteral("degreeCelsius")) &&
                 units.contains(QStringLiteral("kelvin")) &&
                 !units.contains(QStringLiteral("metre")),
             qPrintable(units.join(QLatin1Char(','))));
    // IoT Central's vector and geopoint become objects.
    const ImportedModel *phone = findModel(r, "dtmi:test:Phone;1");
    QVERIFY(phone && phone->model);
    const nlohmann::json vector = phone->model->property(u"acceleration")->schema->toJson();
    QCOMPARE(vector["@type"], "Object");
    QCOMPARE(vector["fields"].size(), 3u);
    QCOMPARE(phone->model->property(u"position")->schema->toJson()["fields"][0]["name"], "lat");

    // Export: the history is Historized again, with its context, and the result is valid.
    const ExportResult out = exportModels({sensor->model});
    const QByteArray text = out.documents.front().text();
    QVERIFY2(text.contains("\"dtmi:dtdl:extension:historization;1\"") &&
                 text.contains("\"Historized\""),
             text.constData());
    ModelParser again;
    again.addDocument(QStringLiteral("again.json"), text);
    const ParseResult back = again.parse();
    QVERIFY2(back.outcome == Outcome::Valid,
             qPrintable(back.errors.empty() ? back.summary() : back.errors.front().toString()));
    QVERIFY(importInterfaces(back).models.front().model->property(u"temperature")->historyCapacity >
            0);
}

// DTDL v4: its new primitive schemas, scaledDecimal, nullable, and a schema that contains itself
// (a tree node with children) import into twin models and export as valid DTDL v3.
void TestDtdlConvert::dtdlV4ImportsAsV3()
{
    ModelParser parser;
    parser.addDocument(QStringLiteral("v4.json"), R"({
      "@context": "dtmi:dtdl:context;4", "@id": "dtmi:test:Meter;1", "@type": "Interface",
      "contents": [
        {"@type": "Telemetry", "name": "pulses", "schema": "unsignedShort"},
        {"@type": "Telemetry", "name": "energy", "schema": "scaledDecimal"},
        {"@type": "Property", "name": "serial", "schema": "uuid"},
        {"@type": "Property", "name": "layout", "schema": "dtmi:test:Node;1"},
        {"@type": "Command", "name": "reset",
         "request": {"name": "reason", "schema": "string", "nullable": true}}],
      "schemas": [{"@id": "dtmi:test:Node;1", "@type": "Object", "fields": [
        {"name": "label", "schema": "string"},
        {"name": "children", "schema": {"@type": "Array", "elementSchema": "dtmi:test:Node;1"}}]}]
    })");
    const ParseResult parsed = parser.parse();
    QVERIFY2(
        parsed.outcome == Outcome::Valid,
        qPrintable(parsed.errors.empty() ? parsed.summary() : parsed.errors.front().toString()));
    const Element *request = nullptr;
    for (const auto &e : parsed.elements()) {
        if (e->kind == ElementKind::CommandRequest)
            request = e.get();
    }
    QVERIFY(request && request->nullable.value_or(false));

    const ImportResult r = importInterfaces(parsed);
    QVERIFY2(!r.diagnostics.hasErrors(), qPrintable(r.diagnostics.toString()));
    const TwinModel &m = *findModel(r, "dtmi:test:Meter;1")->model;
    QCOMPARE(m.property(u"pulses")->schema->toJson(), "integer");
    QCOMPARE(m.property(u"serial")->schema->toJson(), "string");
    QCOMPARE(m.property(u"energy")->schema->toJson()["fields"][1]["name"], "value");
    const nlohmann::json layout = m.property(u"layout")->schema->toJson();
    QCOMPARE(layout["fields"][1]["schema"]["elementSchema"], "string"); // the inner Node
    bool noted = false;
    for (const Problem &p : r.notes)
        noted = noted || p.message.contains(QLatin1String("contains itself"));
    QVERIFY(noted);

    const ExportResult out = exportModels({findModel(r, "dtmi:test:Meter;1")->model});
    ModelParser again;
    again.addDocument(QStringLiteral("again.json"), out.documents.front().text());
    const ParseResult back = again.parse();
    QVERIFY2(back.outcome == Outcome::Valid,
             qPrintable(back.errors.empty() ? back.summary() : back.errors.front().toString()));
    QCOMPARE(back.interfaces().front()->dtdlVersion, 3);
}

QTEST_GUILESS_MAIN(TestDtdlConvert)
#include "tst_dtdlconvert.moc"
