// Eclipse Ditto: things, their policy, and the commands that create them.

#include "engine/interop/ditto.h"

#include <QtTest/QtTest>

using namespace twinloom;
using OJ = nlohmann::ordered_json;

namespace {

Project loadProject()
{
    Diagnostics d;
    auto p = Project::load(QStringLiteral(TWINLOOM_FIXTURES "/interop/building.twinloom.json"), d);
    if (!p)
        qFatal("%s", qPrintable(d.toString()));
    return std::move(*p);
}

const Interop::OutputFile *fileNamed(const Interop::ExportOutput &out, const char *path)
{
    for (const Interop::OutputFile &f : out.files) {
        if (f.path == QLatin1String(path))
            return &f;
    }
    return nullptr;
}

} // namespace

class TestDitto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesAndDefinitions();
    void thingFieldByField();
    void policy();
    void commandsAndScript();
    void invalidNamespaceIsAnError();
};

void TestDitto::namesAndDefinitions()
{
    QCOMPARE(Ditto::namespaceFor(QStringLiteral("Test building")), QStringLiteral("test_building"));
    QCOMPARE(Ditto::namespaceFor(QStringLiteral("org.Example.3rd floor")),
             QStringLiteral("org.example.n3rd_floor"));
    QCOMPARE(Ditto::namespaceFor(QString()), QStringLiteral("twinloom"));
    QCOMPARE(Ditto::definitionFor(QStringLiteral("dtmi:twinloom:example:Room;1")),
             QStringLiteral("twinloom.example:Room:1"));
    QCOMPARE(Ditto::definitionFor(QStringLiteral("dtmi:com:example:Pump;2.1")),
             QStringLiteral("com.example:Pump:2.1"));
    QCOMPARE(Ditto::definitionFor(QStringLiteral("dtmi:Solo")), QStringLiteral("dtmi:Solo:0"));
}

void TestDitto::thingFieldByField()
{
    const Project project = loadProject();
    const ModelSet set = Interop::modelSetOf(project);
    Diagnostics d;
    const TwinDescriptor *twin = project.twin(QStringLiteral("room-1"));
    const TwinModelPtr model = set.resolve(twin->model, d);
    Diagnostics notes;
    const OJ t = Ditto::thing(project, *twin, *model, {}, notes);
    const OJ expected = OJ::parse(R"({
      "thingId": "test_building:room-1",
      "policyId": "test_building:policy",
      "definition": "test:Room:1",
      "attributes": {
        "model": "dtmi:test:Room;1",
        "displayName": "Room 1",
        "node": "edge-1",
        "relationships": {"hasDevice": ["test_building:sensor-1", "test_building:sensor-2"]}
      },
      "features": {
        "state": {
          "definition": ["test:Room:1"],
          "properties": {"temperature": null, "setpoint": null, "occupants": null, "energy": null,
                         "mode": null, "schedule": null},
          "desiredProperties": {"setpoint": null, "mode": null}
        },
        "thermostat": {
          "definition": ["test:Thermostat:1"],
          "properties": {"hysteresis": null},
          "desiredProperties": {"hysteresis": null}
        }
      }
    })");
    QCOMPARE(t.dump(2), expected.dump(2));
    // The relationship instance's properties have no place in the thing.
    QCOMPARE(notes.warningCount(), 1);

    Ditto::ExportOptions options;
    options.thingNamespace = QStringLiteral("org.example");
    options.policyId = QStringLiteral("org.example:shared");
    const OJ other =
        Ditto::thing(project, *project.twin(QStringLiteral("sensor-2")),
                     *set.resolve(QStringLiteral("dtmi:test:Device;1"), d), options, notes);
    QCOMPARE(other["thingId"], "org.example:sensor-2");
    QCOMPARE(other["policyId"], "org.example:shared");
    QVERIFY(!other["attributes"].contains("relationships"));
    QVERIFY(!other["features"]["state"].contains("desiredProperties"));
}

void TestDitto::policy()
{
    const OJ p = Ditto::policy(loadProject(), {});
    QCOMPARE(p["policyId"], "test_building:policy");
    const OJ &owner = p["entries"]["owner"];
    QVERIFY(owner["subjects"].contains("nginx:ditto"));
    for (const char *resource : {"thing:/", "policy:/", "message:/"})
        QCOMPARE(owner["resources"][resource]["grant"], (OJ{"READ", "WRITE"}));
}

void TestDitto::commandsAndScript()
{
    const Interop::ExportOutput out = Ditto::exportThings(loadProject());
    QCOMPARE(out.files.size(), 6u);
    QVERIFY(fileNamed(out, "policy.json"));
    const Interop::OutputFile *room = fileNamed(out, "things/room-1.json");
    QVERIFY(room);
    const OJ thing = OJ::parse(room->bytes.constData());

    const Interop::OutputFile *commands = fileNamed(out, "commands.jsonl");
    QVERIFY(commands);
    const QList<QByteArray> lines = commands->bytes.trimmed().split('\n');
    QCOMPARE(lines.size(), 4); // the policy, then three things
    const OJ policy = OJ::parse(lines[0].constData());
    QCOMPARE(policy["topic"], "test_building/policy/policies/commands/create");
    QCOMPARE(policy["path"], "/");
    QCOMPARE(policy["value"]["policyId"], "test_building:policy");
    const OJ create = OJ::parse(lines[1].constData());
    QCOMPARE(create["topic"], "test_building/room-1/things/twin/commands/create");
    QCOMPARE(create["headers"]["content-type"], "application/json");
    QCOMPARE(create["headers"]["correlation-id"], "twinloom-create-room-1");
    QCOMPARE(create["value"], thing);

    const Interop::OutputFile *script = fileNamed(out, "create-things.sh");
    QVERIFY(script && script->executable);
    const QByteArray text = script->bytes;
    QVERIFY(text.startsWith("#!/bin/sh\n"));
    QVERIFY(text.contains("put '/api/2/policies/test_building:policy' policy.json\n"));
    QVERIFY(text.contains("put '/api/2/things/test_building:room-1' 'things/room-1.json'\n"));
    QVERIFY(text.indexOf("policies/") < text.indexOf("things/test_building"));
    QVERIFY(text.contains("-X PUT"));
    QVERIFY(text.contains("DITTO_AUTH:?"));
    for (const Interop::OutputFile &f : out.files)
        QVERIFY2(!f.bytes.contains("${env:"), qPrintable(f.path));
}

void TestDitto::invalidNamespaceIsAnError()
{
    Ditto::ExportOptions options;
    options.thingNamespace = QStringLiteral("9lives");
    const Interop::ExportOutput out = Ditto::exportThings(loadProject(), options);
    QVERIFY(out.notes.hasErrors());
    QVERIFY(out.notes.firstError()->message.contains(QLatin1String("'9lives'")));
}

QTEST_GUILESS_MAIN(TestDitto)
#include "tst_ditto.moc"
