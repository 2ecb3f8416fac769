// W3C WoT Thing Descriptions: export per twin with forms per digital adapter, import of Thing
// Descriptions and Thing Models, and malformed documents.

#include "adapters/builtinadapters.h"
#include "engine/adapter.h"
#include "engine/interop/wot.h"

#include <QtCore/QFile>
#include <QtTest/QtTest>

using namespace twinloom;
using OJ = nlohmann::ordered_json;
using J = nlohmann::json;

namespace {

const QString kProject = QStringLiteral(TWINLOOM_FIXTURES "/interop/building.twinloom.json");

Project loadProject(const QString &path = kProject)
{
    Diagnostics d;
    auto p = Project::load(path, d);
    if (!p)
        qFatal("%s", qPrintable(d.toString()));
    return std::move(*p);
}

OJ describe(const Project &project, const QString &twinId, Diagnostics &notes)
{
    const ModelSet set = Interop::modelSetOf(project);
    Diagnostics ignored;
    const TwinDescriptor *twin = project.twin(twinId);
    TwinModelPtr model = set.resolve(twin->model, ignored);
    return Wot::thingDescription(project, *twin, *model, Wot::Bindings::global(), notes);
}

Interop::InputFile fixture(const char *name)
{
    const QString path = QStringLiteral(TWINLOOM_FIXTURES "/interop/wot/") + QLatin1String(name);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return {path, f.readAll()};
}

const Diagnostic *errorAt(const Diagnostics &d, const QString &pointer)
{
    for (const Diagnostic &x : d.items()) {
        if (x.severity == Diagnostic::Severity::Error && x.pointer == pointer)
            return &x;
    }
    return nullptr;
}

bool hasWarning(const Diagnostics &d, const char *text)
{
    for (const Diagnostic &x : d.items()) {
        if (x.severity == Diagnostic::Severity::Warning && x.message.contains(QLatin1String(text)))
            return true;
    }
    return false;
}

} // namespace

class TestWot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The MQTT and CoAP forms come from the adapter families' WoT bindings.
    void initTestCase() { registerBuiltinAdapters(AdapterRegistry::global()); }
    void thingLevelFields();
    void propertiesActionsEvents();
    void mqttForms();
    void coapForms();
    void noSecretsAreWritten();
    void twinWithoutDigitalAdapterIsAThingModel();
    void exportWritesOneFilePerTwin();
    void roundTripKeepsTheModel();
    void exampleRoundTripKeepsEveryTwin();
    void importsExternalThingDescriptions();
    void importsThingModel();
    void malformedDocuments_data();
    void malformedDocuments();
    void theTdSchemaIsEnforced_data();
    void theTdSchemaIsEnforced();
    void thingModelPlaceholdersAndMixedEnums();
    void deeplyNestedSchemaIsAnError();
    void formBuilderForAnotherAdapterType();
};

void TestWot::thingLevelFields()
{
    const Project project = loadProject();
    Diagnostics notes;
    const OJ td = describe(project, QStringLiteral("room-1"), notes);
    QCOMPARE(td.begin().key(), std::string("@context"));
    QCOMPARE(td["@context"][0], Wot::kTdContext);
    QCOMPARE(td["@context"][1]["tl"], Wot::kTwinloomVocabulary);
    QCOMPARE(td["@context"][1]["mqv"], "http://www.example.org/mqtt-binding#");
    QCOMPARE(td["@context"][1]["cov"], "http://www.example.org/coap-binding#");
    QVERIFY(!td.contains("@type"));
    QCOMPARE(td["id"], "urn:twinloom:test-building:room-1");
    QCOMPARE(td["title"], "Room 1");
    QCOMPARE(td["description"], "A room of the building.");
    QCOMPARE(td["tl:model"], "dtmi:test:Room;1");
    // MQTT with a user name: basic; CoAP over DTLS with a pre-shared key: psk with its identity.
    QCOMPARE(td["securityDefinitions"]["basic_sc"], (OJ{{"scheme", "basic"}, {"in", "auto"}}));
    QCOMPARE(td["securityDefinitions"]["psk_sc"], (OJ{{"scheme", "psk"}, {"identity", "room-1"}}));
    // The http adapter without tokens: its forms say nosec.
    QCOMPARE(td["securityDefinitions"]["nosec_sc"], (OJ{{"scheme", "nosec"}}));
    QCOMPARE(td["securityDefinitions"].size(), 3u);
    QCOMPARE(td["security"], "basic_sc");
    // Relationship instances are links to the targets' Thing Descriptions.
    OJ relationLinks = OJ::array();
    for (const auto &l : td["links"]) {
        if (l["type"] == "application/td+json")
            relationLinks.push_back(l);
    }
    QCOMPARE(relationLinks.size(), 2u);
    QCOMPARE(relationLinks[0]["rel"], "hasDevice");
    QCOMPARE(relationLinks[0]["href"], "urn:twinloom:test-building:sensor-1");
    QCOMPARE(relationLinks[1]["href"], "urn:twinloom:test-building:sensor-2");
    // The adapters' description resources are alternate links.
    QCOMPARE(td["links"][0]["href"], "mqtt://broker.local:1883/site/room-1/description");
    QCOMPARE(td["links"][1]["href"], "coaps://room-1.local:5684/twins/room-1");
    QCOMPARE(td["links"][2]["href"], "http://127.0.0.1:8080/api/twins/room-1");
    QCOMPARE(td["links"][3]["href"], "http://127.0.0.1:8080/api/openapi.json");
    QCOMPARE(td["links"][3]["rel"], "service-desc");
    // Every adapter has forms; relationship properties have no place in a link.
    QVERIFY(!hasWarning(notes, "'http'"));
    QVERIFY(hasWarning(notes, "relationship 'hasDevice'"));
}

void TestWot::propertiesActionsEvents()
{
    const Project project = loadProject();
    Diagnostics notes;
    const OJ td = describe(project, QStringLiteral("room-1"), notes);
    const OJ &p = td["properties"];
    QCOMPARE(p.size(), 7u); // six of the room, one of its thermostat component
    const OJ &t = p["temperature"];
    QCOMPARE(t["type"], "number");
    QCOMPARE(t["unit"], "degreeCelsius");
    QCOMPARE(t["minimum"], -40.0);
    QCOMPARE(t["maximum"], 85.0);
    QCOMPARE(t["readOnly"], true);
    QCOMPARE(t["observable"], true);
    QCOMPARE(t["tl:telemetry"], true);
    const OJ &s = p["setpoint"];
    QCOMPARE(s["title"], "Setpoint");
    QCOMPARE(s["readOnly"], false);
    QVERIFY(!s.contains("tl:telemetry"));
    QCOMPARE(p["occupants"]["type"], "integer");
    QCOMPARE(p["occupants"]["tl:schema"], "integer");
    QCOMPARE(p["occupants"]["readOnly"], true);
    QCOMPARE(p["energy"]["type"], "number");
    QCOMPARE(p["energy"]["tl:schema"], "float");
    QCOMPARE(p["energy"]["unit"], "kilowattHour");
    QCOMPARE(p["mode"]["type"], "integer");
    QCOMPARE(p["mode"]["enum"], (OJ{0, 1}));
    QCOMPARE(p["mode"]["tl:enumNames"], (OJ{"off", "comfort"}));
    const OJ &schedule = p["schedule"];
    QCOMPARE(schedule["type"], "object");
    QCOMPARE(schedule["properties"]["start"], (OJ{{"type", "string"}, {"format", "time"}}));
    QCOMPARE(schedule["properties"]["days"]["type"], "array");
    QCOMPARE(schedule["properties"]["days"]["items"], (OJ{{"type", "string"}}));
    QCOMPARE(p["thermostat/hysteresis"]["readOnly"], false);

    const OJ &action = td["actions"]["setSetpoint"];
    QCOMPARE(action["input"], (OJ{{"title", "temperature"}, {"type", "number"}}));
    QCOMPARE(action["output"], (OJ{{"title", "applied"}, {"type", "number"}}));
    QCOMPARE(td["events"]["alarm"]["data"], (OJ{{"type", "string"}}));
}

void TestWot::mqttForms()
{
    const Project project = loadProject();
    Diagnostics notes;
    const OJ td = describe(project, QStringLiteral("room-1"), notes);
    const OJ &forms = td["properties"]["temperature"]["forms"];
    // The topic of bare values, which the data schema describes.
    const OJ expected = OJ::parse(R"({
        "href": "mqtt://broker.local:1883/site/room-1/values/properties/temperature",
        "op": ["readproperty", "observeproperty"], "contentType": "application/json",
        "mqv:controlPacket": "subscribe", "mqv:qos": "1"})");
    QCOMPARE(forms[0], expected);
    QCOMPARE(forms[1]["op"], "unobserveproperty");
    QCOMPARE(forms[1]["mqv:controlPacket"], "unsubscribe");
    QVERIFY(!forms[0].contains("security")); // the Thing's own scheme
    // Telemetry has no desired side: no writeproperty form.
    for (const auto &f : forms)
        QVERIFY(f["op"] != "writeproperty");
    const OJ &setpoint = td["properties"]["setpoint"]["forms"];
    QCOMPARE(setpoint[2]["href"], "mqtt://broker.local:1883/site/room-1/desired/setpoint/set");
    QCOMPARE(setpoint[2]["op"], "writeproperty");
    QCOMPARE(setpoint[2]["mqv:controlPacket"], "publish");
    const OJ &component = td["properties"]["thermostat/hysteresis"]["forms"];
    QCOMPARE(component[0]["href"],
             "mqtt://broker.local:1883/site/room-1/values/properties/thermostat/hysteresis");
    const OJ &action = td["actions"]["setSetpoint"]["forms"][0];
    QCOMPARE(action["href"], "mqtt://broker.local:1883/site/room-1/actions/setSetpoint/invoke");
    QCOMPARE(action["op"], "invokeaction");
    QCOMPARE(action["mqv:controlPacket"], "publish");
    const OJ &event = td["events"]["alarm"]["forms"];
    QCOMPARE(event[0]["href"], "mqtt://broker.local:1883/site/room-1/values/events/alarm");
    QCOMPARE(event[0]["op"], "subscribeevent");
    QCOMPARE(event[1]["op"], "unsubscribeevent");

    // Without value topics, the forms name the envelopes' topics with a pointer to the value,
    // and the export says who can read them.
    QFile fixtureFile(kProject);
    QVERIFY(fixtureFile.open(QIODevice::ReadOnly));
    const QByteArray fixtureText = fixtureFile.readAll();
    Project::Json document = Project::Json::parse(fixtureText.constBegin(), fixtureText.constEnd());
    for (auto &twin : document["twins"]) {
        if (!twin.contains("digitalAdapters"))
            continue;
        for (auto &adapter : twin["digitalAdapters"]) {
            if (adapter["type"] == "mqtt")
                adapter["config"]["valueTopics"] = false;
        }
    }
    Diagnostics loading;
    const std::optional<Project> envelopes = Project::fromJson(document, loading);
    QVERIFY2(envelopes, qPrintable(loading.toString()));
    Diagnostics envelopeNotes;
    const OJ plain = describe(*envelopes, QStringLiteral("room-1"), envelopeNotes);
    const OJ &temperature = plain["properties"]["temperature"]["forms"][0];
    QCOMPARE(temperature["href"], "mqtt://broker.local:1883/site/room-1/properties/temperature");
    QCOMPARE(temperature["tl:valuePointer"], "/value");
    QVERIFY(hasWarning(envelopeNotes, "valuePointer"));

    // Defaults: broker 127.0.0.1:1883, prefix "twinloom", no credentials.
    const OJ sensor = describe(project, QStringLiteral("sensor-1"), notes);
    QCOMPARE(sensor["properties"]["battery"]["forms"][0]["href"],
             "mqtt://127.0.0.1:1883/site/sensor-1/values/properties/battery");
    QCOMPARE(sensor["securityDefinitions"], (OJ{{"nosec_sc", {{"scheme", "nosec"}}}}));
    QCOMPARE(sensor["security"], "nosec_sc");
}

void TestWot::coapForms()
{
    const Project project = loadProject();
    Diagnostics notes;
    const OJ td = describe(project, QStringLiteral("room-1"), notes);
    const OJ &forms = td["properties"]["setpoint"]["forms"];
    // MQTT: read, unobserve, write; CoAP: read, observe, write; HTTP: read, observe, write
    QCOMPARE(forms.size(), 9u);
    const OJ read = OJ::parse(R"({
        "href": "coaps://room-1.local:5684/twins/room-1/properties/setpoint",
        "op": "readproperty", "contentType": "application/json", "cov:method": "GET",
        "security": "psk_sc"})");
    QCOMPARE(forms[3], read);
    QCOMPARE(forms[4]["op"], (OJ{"observeproperty", "unobserveproperty"}));
    QCOMPARE(forms[4]["subprotocol"], "cov:observe");
    QCOMPARE(forms[5]["op"], "writeproperty");
    QCOMPARE(forms[5]["cov:method"], "PUT");
    // Component names are one path segment, percent-encoded.
    QCOMPARE(td["properties"]["thermostat/hysteresis"]["forms"][3]["href"],
             "coaps://room-1.local:5684/twins/room-1/properties/thermostat%2Fhysteresis");
    const OJ &action = td["actions"]["setSetpoint"]["forms"][1];
    QCOMPARE(action["href"], "coaps://room-1.local:5684/twins/room-1/actions/setSetpoint");
    QCOMPARE(action["cov:method"], "POST");
    const OJ &event = td["events"]["alarm"]["forms"][2];
    QCOMPARE(event["op"], (OJ{"subscribeevent", "unsubscribeevent"}));
    QCOMPARE(event["subprotocol"], "cov:observe");
}

void TestWot::noSecretsAreWritten()
{
    const Project project = loadProject();
    const Interop::ExportOutput out = Wot::exportThingDescriptions(project);
    for (const Interop::OutputFile &f : out.files) {
        QVERIFY2(!f.bytes.contains("${env:"), qPrintable(f.path));
        QVERIFY(!f.bytes.contains("MQTT_PASSWORD"));
        QVERIFY(!f.bytes.contains("COAP_KEY"));
        QVERIFY(!f.bytes.contains("\"key\""));
    }
}

void TestWot::twinWithoutDigitalAdapterIsAThingModel()
{
    const Project project = loadProject();
    Diagnostics notes;
    const OJ tm = describe(project, QStringLiteral("sensor-2"), notes);
    QCOMPARE(tm["@type"], "tm:ThingModel");
    QVERIFY(!tm.contains("id"));
    QCOMPARE(tm["tl:twin"], "sensor-2");
    QCOMPARE(tm["properties"]["battery"]["unit"], "percent");
    QVERIFY(!tm["properties"]["battery"].contains("forms"));
    QVERIFY(hasWarning(notes, "Thing Model"));
}

void TestWot::exportWritesOneFilePerTwin()
{
    const Interop::ExportOutput out = Wot::exportThingDescriptions(loadProject());
    QStringList names;
    for (const Interop::OutputFile &f : out.files) {
        names << f.path;
        QVERIFY(f.bytes.endsWith("}\n"));
        QVERIFY(J::accept(f.bytes.constData()));
    }
    QCOMPARE(names,
             (QStringList{QStringLiteral("room-1.td.json"), QStringLiteral("sensor-1.td.json"),
                          QStringLiteral("sensor-2.tm.json")}));
}

void TestWot::roundTripKeepsTheModel()
{
    const Project project = loadProject();
    const Interop::ExportOutput out = Wot::exportThingDescriptions(project);
    std::vector<Interop::InputFile> files;
    for (const Interop::OutputFile &f : out.files)
        files.push_back({f.path, f.bytes});
    const Interop::ImportOutput in = Wot::importThingDescriptions(files);
    QVERIFY2(in.project, qPrintable(in.diagnostics.toString()));
    const Project &p = *in.project;
    // room-1 and sensor-1 are Things; sensor-2, without a digital adapter, was a Thing Model
    // written for it, which brings the twin back (without adapters).
    QCOMPARE(p.twins().size(), 3u);
    const TwinDescriptor *sensor2 = p.twin(QStringLiteral("sensor-2"));
    QVERIFY(sensor2);
    QVERIFY(sensor2->physicalAdapters.empty());
    QCOMPARE(sensor2->model, project.twin(QStringLiteral("sensor-2"))->model);
    const TwinDescriptor *room = p.twin(QStringLiteral("room-1"));
    QVERIFY(room);
    QCOMPARE(room->model, QStringLiteral("dtmi:test:Room;1"));
    QCOMPARE(room->displayName, QStringLiteral("Room 1"));
    // room-1 links to sensor-1 and sensor-2, both imported too: relationships.
    QCOMPARE(room->relationships.size(), 2u);
    QCOMPARE(room->relationships[0].name, QStringLiteral("hasDevice"));
    QCOMPARE(room->relationships[0].target, QStringLiteral("sensor-1"));
    QCOMPARE(room->relationships[1].target, QStringLiteral("sensor-2"));

    const ModelSet set = Interop::modelSetOf(p);
    Diagnostics d;
    TwinModelPtr m = set.resolve(QStringLiteral("dtmi:test:Room;1"), d);
    QVERIFY(m);
    QCOMPARE(m->properties.size(), 7u);
    QVERIFY(m->property(u"temperature")->telemetry);
    QCOMPARE(m->property(u"temperature")->unit, QStringLiteral("degreeCelsius"));
    QCOMPARE(*m->property(u"temperature")->minimum, -40.0);
    QVERIFY(m->property(u"setpoint")->writable);
    QVERIFY(!m->property(u"occupants")->writable);
    QCOMPARE(m->property(u"occupants")->schema->kind(), SchemaKind::Integer);
    QCOMPARE(m->property(u"energy")->schema->kind(), SchemaKind::Float);
    QCOMPARE(m->property(u"mode")->schema->kind(), SchemaKind::Enum);
    QCOMPARE(m->property(u"mode")->schema->enumValues()[1].name, QStringLiteral("comfort"));
    QCOMPARE(m->property(u"schedule")->schema->field(u"start")->schema->kind(), SchemaKind::Time);
    QVERIFY(m->property(u"thermostat_hysteresis"));
    QCOMPARE(m->action(u"setSetpoint")->requestName, QStringLiteral("temperature"));
    QCOMPARE(m->action(u"setSetpoint")->responseName, QStringLiteral("applied"));
    QCOMPARE(m->event(u"alarm")->schema->kind(), SchemaKind::String);

    // The twin reads the broker the Thing Description names; CoAP forms come second, unused.
    QCOMPARE(room->physicalAdapters.size(), 1u);
    const AdapterDescriptor &mqtt = room->physicalAdapters[0];
    QCOMPARE(mqtt.type, QStringLiteral("mqtt"));
    QCOMPARE(mqtt.config["broker"]["host"], "broker.local");
    QCOMPARE(mqtt.config["broker"]["username"], "${env:MQTT_USERNAME}");
    const J &sub = mqtt.config["subscriptions"][0];
    QCOMPARE(sub["topic"], "site/room-1/values/properties/temperature");
    QCOMPARE(sub["fields"][0], (J{{"pointer", ""}, {"property", "temperature"}}));
    QCOMPARE(room->shadowing["desired"][0],
             (J{{"property", "setpoint"}, {"action", "write_setpoint"}}));
}

// The smart-building example, exported to WoT and imported again: the same twins, models and
// relationships (most of its twins have no digital adapter and are written as Thing Models).
void TestWot::exampleRoundTripKeepsEveryTwin()
{
    const Project project =
        loadProject(QStringLiteral(TWINLOOM_SOURCE_DIR "/examples/smart-building.twinloom.json"));
    const Interop::ExportOutput out = Wot::exportThingDescriptions(project);
    std::vector<Interop::InputFile> files;
    for (const Interop::OutputFile &f : out.files)
        files.push_back({f.path, f.bytes});
    const Interop::ImportOutput in = Wot::importThingDescriptions(files);
    QVERIFY2(in.project, qPrintable(in.diagnostics.toString()));
    const Project &p = *in.project;
    QCOMPARE(p.twins().size(), project.twins().size());
    QCOMPARE(p.models().size(), project.models().size());
    for (const TwinDescriptor &original : project.twins()) {
        const TwinDescriptor *back = p.twin(original.id);
        QVERIFY2(back, qPrintable(original.id));
        QCOMPARE(back->model, original.model);
        QCOMPARE(back->displayName, original.displayName);
        QCOMPARE(back->relationships.size(), original.relationships.size());
        for (std::size_t i = 0; i < original.relationships.size(); ++i) {
            QCOMPARE(back->relationships[i].name, original.relationships[i].name);
            QCOMPARE(back->relationships[i].target, original.relationships[i].target);
        }
    }
    const ModelSet before = Interop::modelSetOf(project);
    const ModelSet after = Interop::modelSetOf(p);
    for (const auto &m : project.models()) {
        Diagnostics d;
        const TwinModelPtr a = before.resolve(m->id, d);
        const TwinModelPtr b = after.resolve(m->id, d);
        QVERIFY2(a && b, qPrintable(m->id + d.toString()));
        QCOMPARE(b->properties.size(), a->properties.size());
        for (const PropertyDef &x : a->properties) {
            const PropertyDef *y = b->property(x.name);
            QVERIFY2(y, qPrintable(m->id + QLatin1Char(' ') + x.name));
            QCOMPARE(y->schema->toJson(), x.schema->toJson());
            QCOMPARE(y->unit, x.unit);
            QCOMPARE(y->writable, x.writable);
            QCOMPARE(y->telemetry, x.telemetry);
        }
        QCOMPARE(b->actions.size(), a->actions.size());
        QCOMPARE(b->events.size(), a->events.size());
        QCOMPARE(b->relationships.size(), a->relationships.size());
    }
}

void TestWot::importsExternalThingDescriptions()
{
    Wot::ImportOptions options;
    options.projectName = QStringLiteral("Hall");
    const Interop::ImportOutput in = Wot::importThingDescriptions(
        {fixture("thermostat.td.json"), fixture("valve.td.json")}, options);
    QVERIFY2(in.project, qPrintable(in.diagnostics.toString()));
    const Project &p = *in.project;
    QCOMPARE(p.name(), QStringLiteral("Hall"));
    QCOMPARE(p.twins().size(), 2u);
    const TwinDescriptor &thermostat = p.twins()[0];
    QCOMPARE(thermostat.id, QStringLiteral("32473-Thermostat-1")); // the last part of its URN
    QCOMPARE(thermostat.model, QStringLiteral("dtmi:twinloom:wot:Hall_thermostat;1"));
    QCOMPARE(thermostat.displayName, QStringLiteral("Hall thermostat"));

    const TwinModelPtr model = p.models()[0];
    QCOMPARE(model->description, QStringLiteral("A thermostat reachable over MQTT and CoAP."));
    const PropertyDef *temperature = model->property(u"temperature");
    QVERIFY(temperature && !temperature->writable);
    QCOMPARE(temperature->unit, QStringLiteral("degreeCelsius")); // "om:degreeCelsius"
    const PropertyDef *target = model->property(u"target_temp");
    QVERIFY(target && target->writable); // readOnly defaults to false
    QCOMPARE(target->displayName, QStringLiteral("Target temperature"));
    QCOMPARE(target->unit, QStringLiteral("degreeCelsius")); // by its symbol
    QCOMPARE(*target->maximum, 30.0);
    const SchemaPtr status = model->property(u"status")->schema;
    QCOMPARE(status->kind(), SchemaKind::Object);
    QCOMPARE(status->field(u"since")->schema->kind(), SchemaKind::DateTime);
    QCOMPARE(status->field(u"mode")->schema->kind(), SchemaKind::Enum);
    QCOMPARE(status->field(u"mode")->schema->enumValues()[2].name, QStringLiteral("off_peak"));
    QCOMPARE(model->action(u"boost")->request->kind(), SchemaKind::Long);
    QCOMPARE(model->action(u"boost")->requestName, QStringLiteral("minutes"));
    QCOMPARE(model->event(u"overheat")->schema->kind(), SchemaKind::Double);

    // MQTT forms (relative to "base") → one mqtt adapter; the event's coaps form → a coap one.
    QCOMPARE(thermostat.physicalAdapters.size(), 2u);
    const AdapterDescriptor &mqtt = thermostat.physicalAdapters[0];
    QCOMPARE(mqtt.id, QStringLiteral("mqtt"));
    QCOMPARE(mqtt.config["broker"], (J{{"host", "broker.example.org"},
                                       {"port", 1884},
                                       {"username", "${env:MQTT_USERNAME}"},
                                       {"password", "${env:MQTT_PASSWORD}"}}));
    const J &subs = mqtt.config["subscriptions"];
    QCOMPARE(subs.size(), 3u);
    QCOMPARE(subs[0],
             (J{{"topic", "hall/temperature"}, {"codec", "text"}, {"property", "temperature"}}));
    QCOMPARE(subs[1]["topic"], "hall/target"); // mqv:filter
    QCOMPARE(subs[1]["fields"][0], (J{{"pointer", ""}, {"property", "target_temp"}}));
    QCOMPARE(subs[2]["topic"], "hall/status"); // no "op": the default operations
    QCOMPARE(mqtt.config["actions"][0], (J{{"name", "write_target_temp"},
                                           {"topic", "hall/target/set"},
                                           {"payload", "{value}"},
                                           {"qos", 1}}));
    QCOMPARE(mqtt.config["actions"][1]["name"], "boost");
    QCOMPARE(mqtt.config["actions"][1]["topic"], "hall/boost");
    const AdapterDescriptor &coap = thermostat.physicalAdapters[1];
    QCOMPARE(coap.type, QStringLiteral("coap"));
    QCOMPARE(coap.config["host"], "hall.local");
    QCOMPARE(coap.config["port"], 5684);
    QCOMPARE(coap.config["dtls"], (J{{"identity", "hall"}, {"key", "${env:COAP_PSK_KEY}"}}));
    QCOMPARE(coap.config["resources"][0], (J{{"path", "/events/overheat"},
                                             {"event", "overheat"},
                                             {"codec", "json"},
                                             {"observe", true}}));
    QCOMPARE(thermostat.shadowing["desired"][0]["action"], "write_target_temp");
    QCOMPARE(thermostat.shadowing["actions"][0], (J{{"action", "boost"}, {"adapter", "mqtt"}}));
    QVERIFY(hasWarning(in.diagnostics, "MQTT_PASSWORD"));

    // The valve over CoAP; the thermostat's link to it is a relationship.
    const TwinDescriptor &valve = p.twins()[1];
    QCOMPARE(valve.physicalAdapters[0].config["resources"][0],
             (J{{"path", "/opening"}, {"property", "opening"}, {"observe", true}}));
    QCOMPARE(valve.physicalAdapters[0].config["actions"][0],
             (J{{"name", "write_opening"}, {"path", "/opening"}, {"method", "PUT"}}));
    QCOMPARE(thermostat.relationships.size(), 1u);
    QCOMPARE(thermostat.relationships[0].name, QStringLiteral("controls"));
    QCOMPARE(thermostat.relationships[0].target, valve.id);
}

void TestWot::importsThingModel()
{
    const Interop::ImportOutput in = Wot::importThingDescriptions({fixture("lamp.tm.json")});
    QVERIFY2(in.project, qPrintable(in.diagnostics.toString()));
    QCOMPARE(in.project->twins().size(), 0u);
    QCOMPARE(in.project->models().size(), 1u);
    const TwinModel &m = *in.project->models()[0];
    QCOMPARE(m.id, QStringLiteral("dtmi:twinloom:wot:Lamp;1"));
    QVERIFY(m.property(u"on")->writable);
    QCOMPARE(m.property(u"brightness")->schema->kind(), SchemaKind::Long);
    QCOMPARE(*m.property(u"brightness")->maximum, 100.0);
    QVERIFY(m.action(u"toggle") && !m.action(u"toggle")->request);
    QVERIFY(m.event(u"burnedOut") && !m.event(u"burnedOut")->schema);
}

// Thing Descriptions the reader alone accepted, which the W3C's TD 1.1 JSON Schema refuses: each
// is refused, at the place the schema names.
void TestWot::theTdSchemaIsEnforced_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("version a string") << QStringLiteral("/version") << QByteArray(R"("1")");
    QTest::newRow("created a number") << QStringLiteral("/created") << QByteArray("5");
    QTest::newRow("titles a string") << QStringLiteral("/titles") << QByteArray(R"("Valve")");
    QTest::newRow("readOnly a string")
        << QStringLiteral("/properties/opening/readOnly") << QByteArray(R"("yes")");
    QTest::newRow("minimum a string")
        << QStringLiteral("/properties/opening/minimum") << QByteArray(R"("5")");
    QTest::newRow("a property form that invokes")
        << QStringLiteral("/properties/opening/forms/0/op") << QByteArray(R"("invokeaction")");
    QTest::newRow("a link's rel a number")
        << QStringLiteral("/links") << QByteArray(R"([{"href": "urn:x", "rel": 5}])");
    QTest::newRow("basic scheme in nowhere")
        << QStringLiteral("/securityDefinitions/basic_sc")
        << QByteArray(R"({"scheme": "basic", "in": "nowhere"})");
}

void TestWot::theTdSchemaIsEnforced()
{
    QFETCH(QString, pointer);
    QFETCH(QByteArray, value);
    const Interop::InputFile valve = fixture("valve.td.json");
    J td = J::parse(valve.bytes.constBegin(), valve.bytes.constEnd());
    td[J::json_pointer(pointer.toStdString())] = J::parse(value.constBegin(), value.constEnd());
    // Unchanged, it is imported.
    QVERIFY(Wot::importThingDescriptions({valve}).project);
    const Interop::ImportOutput in = Wot::importThingDescriptions(
        {{QStringLiteral("valve.td.json"), QByteArray::fromStdString(td.dump())}});
    QVERIFY(!in.project);
    bool named = false;
    for (const Diagnostic &d : in.diagnostics.items()) {
        named = named || (d.pointer.startsWith(pointer) &&
                          d.message.contains(QLatin1String("1.1 JSON Schema")));
    }
    QVERIFY2(named, qPrintable(in.diagnostics.toString()));
}

// Valid documents the reader used to refuse: a Thing Model with {{placeholders}} in "base" and
// forms, and an enum of mixed value types (JSON Schema allows any values).
void TestWot::thingModelPlaceholdersAndMixedEnums()
{
    const QByteArray tm = R"({"@context": ["https://www.w3.org/2022/wot/td/v1.1"],
        "@type": "tm:ThingModel", "title": "Lamp {{NUMBER}}", "base": "coap://{{DEVICE_HOST}}:5683",
        "properties": {
          "status": {"type": "string", "enum": ["on", "off"], "forms": [{"href": "/status"}]},
          "level": {"type": "integer", "minimum": 0, "maximum": 100,
                    "forms": [{"href": "{{PATH}}/level"}]}}})";
    const Interop::ImportOutput model =
        Wot::importThingDescriptions({{QStringLiteral("lamp.tm.json"), tm}});
    QVERIFY2(model.project, qPrintable(model.diagnostics.toString()));
    QCOMPARE(model.project->models().size(), 1u);
    QVERIFY(model.project->twins().empty());
    QVERIFY(hasWarning(model.diagnostics, "placeholder"));
    QCOMPARE(model.project->models().front()->properties.size(), 2u);

    const QByteArray td = R"({"@context": "https://www.w3.org/2022/wot/td/v1.1", "title": "T",
        "securityDefinitions": {"nosec_sc": {"scheme": "nosec"}}, "security": "nosec_sc",
        "properties": {"m": {"enum": ["a", 1, true], "forms": [{"href": "coap://h/m"}]}}})";
    const Interop::ImportOutput mixed =
        Wot::importThingDescriptions({{QStringLiteral("t.td.json"), td}});
    QVERIFY2(mixed.project, qPrintable(mixed.diagnostics.toString()));
    QVERIFY(hasWarning(mixed.diagnostics, "mixed"));
    QCOMPARE(mixed.project->models().front()->properties.front().schema->kind(),
             SchemaKind::String);
}

void TestWot::malformedDocuments_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("message");
    const QByteArray head = R"("@context": "https://www.w3.org/2022/wot/td/v1.1", "title": "T",
        "securityDefinitions": {"nosec_sc": {"scheme": "nosec"}}, "security": "nosec_sc")";
    auto td = [&](const char *rest) -> QByteArray {
        return "{" + head + "," + QByteArray(rest) + "}";
    };
    QTest::newRow("syntax") << QByteArray("{\"title\": \n  \"x\",,}") << QString()
                            << QStringLiteral("not valid JSON at line 2, column 7");
    QTest::newRow("array") << QByteArray("[1, 2]") << QString()
                           << QStringLiteral("must be a JSON object");
    QTest::newRow("no context") << QByteArray(R"({"title": "T", "securityDefinitions": {},
        "security": []})") << QStringLiteral("/@context")
                                << QStringLiteral("@context");
    QTest::newRow("no title") << QByteArray(R"({"@context": "https://www.w3.org/2019/wot/td/v1",
        "securityDefinitions": {"s": {"scheme": "nosec"}}, "security": "s"})")
                              << QStringLiteral("/title") << QStringLiteral("title");
    QTest::newRow("no security") << QByteArray(
                                        R"({"@context": "https://www.w3.org/2022/wot/td/v1.1",
        "title": "T", "securityDefinitions": {"s": {"scheme": "nosec"}}})")
                                 << QStringLiteral("/security") << QStringLiteral("security");
    QTest::newRow("undefined scheme")
        << QByteArray(R"({"@context": "https://www.w3.org/2022/wot/td/v1.1", "title": "T",
        "securityDefinitions": {"s": {"scheme": "nosec"}}, "security": ["s", "t"]})")
        << QStringLiteral("/security/1") << QStringLiteral("'t'");
    QTest::newRow("scheme without name")
        << QByteArray(R"({"@context": "https://www.w3.org/2022/wot/td/v1.1", "title": "T",
        "securityDefinitions": {"s": {"in": "header"}}, "security": "s"})")
        << QStringLiteral("/securityDefinitions/s") << QStringLiteral("scheme");
    QTest::newRow("properties not an object")
        << td(R"("properties": [])") << QStringLiteral("/properties")
        << QStringLiteral("properties");
    QTest::newRow("affordance not an object")
        << td(R"("properties": {"t": 3})") << QStringLiteral("/properties/t")
        << QStringLiteral("object");
    QTest::newRow("no forms") << td(R"("properties": {"t": {"type": "number"}})")
                              << QStringLiteral("/properties/t") << QStringLiteral("forms");
    QTest::newRow("empty forms") << td(R"("actions": {"go": {"forms": []}})")
                                 << QStringLiteral("/actions/go/forms")
                                 << QStringLiteral("at least one");
    QTest::newRow("form without href")
        << td(R"("properties": {"t": {"type": "number", "forms": [{"op": "readproperty"}]}})")
        << QStringLiteral("/properties/t/forms/0") << QStringLiteral("href");
    QTest::newRow("op of the wrong kind")
        << td(R"("actions": {"go": {"forms": [{"href": "mqtt://h/x", "op": 3}]}})")
        << QStringLiteral("/actions/go/forms/0/op") << QStringLiteral("op");
    QTest::newRow("unknown type")
        << td(R"("properties": {"t": {"type": "decimal", "forms": [{"href": "coap://h/t"}]}})")
        << QStringLiteral("/properties/t/type") << QStringLiteral("'decimal'");
    QTest::newRow("type not a string")
        << td(R"("events": {"e": {"data": {"type": ["number"]}, "forms": [{"href": "coap://h/e"}]}})")
        << QStringLiteral("/events/e/data/type") << QStringLiteral("string");
    QTest::newRow("object fields not an object")
        << td(R"("properties": {"o": {"type": "object", "properties": 1,
              "forms": [{"href": "coap://h/o"}]}})")
        << QStringLiteral("/properties/o/properties") << QStringLiteral("properties");
    QTest::newRow("nested schema")
        << td(R"("actions": {"a": {"input": {"type": "array", "items": "number"},
              "forms": [{"href": "coap://h/a"}]}})")
        << QStringLiteral("/actions/a/input/items") << QStringLiteral("data schema");
    QTest::newRow("relative base") << td(R"("base": "relative/path")") << QStringLiteral("/base")
                                   << QStringLiteral("absolute");
    QTest::newRow("links") << td(R"("links": [{"rel": "x"}])") << QStringLiteral("/links/0")
                           << QStringLiteral("href");
}

void TestWot::malformedDocuments()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, pointer);
    QFETCH(QString, message);
    const Interop::ImportOutput in =
        Wot::importThingDescriptions({{QStringLiteral("bad.td.json"), document}});
    QVERIFY(!in.project);
    const Diagnostic *e = errorAt(in.diagnostics, pointer);
    QVERIFY2(e, qPrintable(in.diagnostics.toString()));
    QCOMPARE(e->file, QStringLiteral("bad.td.json"));
    QVERIFY2(e->message.contains(message), qPrintable(e->message));
    // A good document next to a bad one does not make a project either.
    const Interop::ImportOutput mixed = Wot::importThingDescriptions(
        {fixture("valve.td.json"), {QStringLiteral("bad.td.json"), document}});
    QVERIFY(!mixed.project);
}

void TestWot::deeplyNestedSchemaIsAnError()
{
    QByteArray schema = R"({"type": "number"})";
    for (int i = 0; i < 40; ++i)
        schema = R"({"type": "array", "items": )" + schema + "}";
    const QByteArray doc = R"({"@context": "https://www.w3.org/2022/wot/td/v1.1", "title": "T",
        "securityDefinitions": {"s": {"scheme": "nosec"}}, "security": "s",
        "properties": {"deep": )" +
                           schema.left(schema.size() - 1) +
                           R"(, "forms": [{"href": "coap://h/d"}]}}})";
    const Interop::ImportOutput in =
        Wot::importThingDescriptions({{QStringLiteral("deep.td.json"), doc}});
    QVERIFY(!in.project);
    QVERIFY2(in.diagnostics.toString().contains(QLatin1String("nested more than 16 levels")),
             qPrintable(in.diagnostics.toString()));
}

void TestWot::formBuilderForAnotherAdapterType()
{
    // An adapter family registers the forms of its digital adapter type.
    Wot::Bindings bindings = Wot::Bindings::global();
    bindings.addFormBuilder(QStringLiteral("http"), [](const Wot::FormContext &c, Diagnostics &) {
        Wot::AdapterForms forms;
        forms.prefixes.insert(QStringLiteral("htv"),
                              QStringLiteral("http://www.w3.org/2011/http#"));
        for (const PropertyDef &p : c.model.properties)
            forms.properties[p.name].push_back(
                {{"href", "http://localhost:8080/" + p.name.toStdString()},
                 {"op", "readproperty"},
                 {"htv:methodName", "GET"}});
        return forms;
    });
    const Project project = loadProject();
    const ModelSet set = Interop::modelSetOf(project);
    Diagnostics d;
    const TwinDescriptor *twin = project.twin(QStringLiteral("room-1"));
    TwinModelPtr model = set.resolve(twin->model, d);
    Diagnostics notes;
    const OJ td = Wot::thingDescription(project, *twin, *model, bindings, notes);
    QVERIFY(!hasWarning(notes, "'http'"));
    QCOMPARE(td["@context"][1]["htv"], "http://www.w3.org/2011/http#");
    const OJ &forms = td["properties"]["occupants"]["forms"];
    QCOMPARE(forms.back()["href"], "http://localhost:8080/occupants");
    QCOMPARE(forms.back()["security"], "nosec_sc");
    QCOMPARE(td["securityDefinitions"]["nosec_sc"], (OJ{{"scheme", "nosec"}}));
}

QTEST_GUILESS_MAIN(TestWot)
#include "tst_wot.moc"
