#include "engine/engine.h"
#include "engine/jsoninput.h"
#include "engine/project.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace twinloom;

namespace {
QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const char *kValid = R"({
  "format": "twinloom-project",
  "version": 1,
  "name": "Test site",
  "nodes": [{"name": "edge-1", "tier": "edge"}, {"name": "cloud", "tier": "cloud"}],
  "models": [
    {"@id": "dtmi:test:Room;1", "contents": [
      {"@type": "Property", "name": "temperature", "schema": "double"},
      {"@type": "Property", "name": "occupied", "schema": "boolean"}]},
    {"@id": "dtmi:test:Floor;1", "contents": [
      {"@type": "Property", "name": "temperature", "schema": "double"},
      {"@type": "Property", "name": "occupiedRooms", "schema": "long"},
      {"@type": "Relationship", "name": "hasRoom", "target": "dtmi:test:Room;1", "maxMultiplicity": 2}]}
  ],
  "twins": [
    {"id": "room-1", "model": "dtmi:test:Room;1", "node": "edge-1",
     "physicalAdapters": [{"id": "feed", "type": "api", "config": {"token": "${env:TWINLOOM_TEST_TOKEN}"}}]},
    {"id": "room-2", "model": "dtmi:test:Room;1", "node": "edge-1",
     "physicalAdapters": [{"id": "feed", "type": "api"}]},
    {"id": "floor-1", "model": "dtmi:test:Floor;1", "node": "cloud",
     "physicalAdapters": [{"id": "rooms", "type": "aggregate", "config": {"relationship": "hasRoom", "aggregates": [
       {"to": "temperature", "of": "temperature", "function": "mean"},
       {"to": "occupiedRooms", "of": "occupied", "function": "sum"}]}}],
     "relationships": [{"name": "hasRoom", "target": "room-1"}, {"name": "hasRoom", "target": "room-2"}]}
  ],
  "layout": {"room-1": {"x": 1.5, "y": -2}},
  "dashboards": [{"name": "Overview", "tiles": []}]
}
)";
} // namespace

class TestProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripIsByteExact();
    void examplesRoundTrip_data();
    void examplesRoundTrip();
    void everyErrorWithItsPointer();
    void syntaxErrorNamesLineAndColumn();
    void jsonInputLimits();
    void hostileProjectFiles();
    void duplicateKeys();
    void zeroMaxAgeOfATwin();
    void unknownFieldsAreWarnings();
    void notAProject();
    void migratesVersionZero();
    void newerVersionRefused();
    void saveIsAtomic();
    void secretsStayReferences();
    void setDocumentKeepsOldOnError();
    void twinOrderPutsPartsFirst();
    void instantiateOneNode();
};

void TestProject::roundTripIsByteExact()
{
    Diagnostics d;
    auto p = Project::fromBytes(kValid, d, {}, &AdapterRegistry::global());
    QVERIFY2(p, qPrintable(d.toString()));
    const QByteArray saved = p->toBytes();
    Diagnostics d2;
    auto again = Project::fromBytes(saved, d2);
    QVERIFY(again);
    QCOMPARE(again->toBytes(), saved);
    // Key order is the document's, not alphabetical.
    QVERIFY(saved.indexOf("\"format\"") < saved.indexOf("\"version\""));
    QVERIFY(saved.indexOf("\"version\"") < saved.indexOf("\"name\""));
    QVERIFY(saved.endsWith("}\n"));
    QCOMPARE(p->twins().size(), 3u);
    QCOMPARE(p->nodes().size(), 2u);
    QCOMPARE(p->models().size(), 2u);
    QCOMPARE(p->name(), QStringLiteral("Test site"));
}

void TestProject::examplesRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    const QDir examples(QStringLiteral(TWINLOOM_SOURCE_DIR "/examples"));
    const QStringList files = examples.entryList({QStringLiteral("*.twinloom.json")}, QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << examples.filePath(f);
}

void TestProject::examplesRoundTrip()
{
    QFETCH(QString, path);
    Diagnostics d;
    auto p = Project::load(path, d);
    QVERIFY2(p, qPrintable(d.toString()));
    QCOMPARE(d.errorCount(), 0);
    QCOMPARE(d.warningCount(), 0);
    QCOMPARE(p->toBytes(), readFile(path));
}

void TestProject::everyErrorWithItsPointer()
{
    const char *bad = R"({
      "format": "twinloom-project", "version": 1,
      "nodes": [{"name": "edge-1"}, {"name": "edge-1"}],
      "models": [
        {"@id": "dtmi:test:Room;1", "contents": [{"@type": "Property", "name": "temperature", "schema": "dubble"}]},
        {"@id": "dtmi:test:Floor;1", "contents": [
          {"@type": "Property", "name": "t", "schema": "double"},
          {"@type": "Relationship", "name": "hasRoom", "target": "dtmi:test:Floor;1", "maxMultiplicity": 1}]}
      ],
      "twins": [
        {"id": "f1", "model": "dtmi:test:Floor;1", "node": "edge-9",
         "relationships": [{"name": "hasRoom", "target": "f2"}, {"name": "hasRoom", "target": "ghost"},
                           {"name": "hasFloor", "target": "f2"}, {"name": "hasRoom", "target": "f1"}],
         "shadowing": {"rules": [{"from": "x", "to": "tt"}]},
         "properties": {"nope": {"history": 10}},
         "physicalAdapters": [{"type": "modbus"}]},
        {"id": "f2", "model": "dtmi:test:Floor;1"},
        {"id": "f2", "model": "dtmi:test:Floor;1"},
        {"id": "r1", "model": "dtmi:test:Nothing;1"}
      ]
    })";
    Diagnostics d;
    QVERIFY(!Project::fromBytes(bad, d, {}, &AdapterRegistry::global()));
    QStringList pointers;
    for (const Diagnostic &x : d.items()) {
        if (x.severity == Diagnostic::Severity::Error)
            pointers << x.pointer;
    }
    const QStringList expected{
        QStringLiteral("/nodes/1/name"),
        QStringLiteral("/models/0/contents/0/schema"),
        QStringLiteral("/twins/2/id"),
        QStringLiteral("/twins/0/node"),
        QStringLiteral("/twins/0/properties/nope"),
        QStringLiteral("/twins/0/relationships/1/target"),
        QStringLiteral("/twins/0/relationships/2/name"),
        QStringLiteral("/twins/0/relationships/3"),
        QStringLiteral("/twins/0/shadowing/rules/0/to"),
        QStringLiteral("/twins/0/physicalAdapters/0/type"),
        QStringLiteral("/twins/3/model"),
    };
    for (const QString &p : expected)
        QVERIFY2(pointers.contains(p),
                 qPrintable(p + QStringLiteral(" missing from:\n") + d.toString()));
    QCOMPARE(pointers.size(), expected.size());
    const QString text = d.toString();
    QVERIFY2(text.contains(QStringLiteral("'dubble' is not a schema")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("no deployment node is named 'edge-9'")));
    QVERIFY(text.contains(QStringLiteral("no twin has the id 'ghost'")));
    QVERIFY(text.contains(QStringLiteral("at most 1 targets")));
    QVERIFY(text.contains(QStringLiteral("the twin id 'f2' is used twice")));
}

void TestProject::syntaxErrorNamesLineAndColumn()
{
    Diagnostics d;
    QVERIFY(
        !Project::fromBytes("{\n  \"format\": \"twinloom-project\",\n  \"version\": 1,,\n}", d));
    QCOMPARE(d.errorCount(), 1);
    QVERIFY2(d.items()[0].message.contains(QStringLiteral("line 3, column 16")),
             qPrintable(d.toString()));
}

void TestProject::jsonInputLimits()
{
    using namespace JsonInput;
    const QByteArray at64 = QByteArray(64, '[') + QByteArray(64, ']');
    QVERIFY(depthError(at64).isEmpty());
    QVERIFY(parse(at64));
    const QByteArray at65 = QByteArray(65, '[') + QByteArray(65, ']');
    QString error;
    QVERIFY(!parse(at65, &error));
    QCOMPARE(error, QStringLiteral("JSON nested deeper than 64 levels at line 1, column 65"));
    // Brackets in strings, escaped quotes included, do not count.
    const QByteArray inString =
        "[\"" + QByteArray(100, '[') + "\\\"" + QByteArray(100, '{') + "\"]";
    QVERIFY2(depthError(inString).isEmpty(), qPrintable(depthError(inString)));
    QVERIFY(parse(inString));
    // Objects count as arrays do, and the position names the line.
    QByteArray objects = "\n";
    for (int i = 0; i < 70; ++i)
        objects += "{\"a\":";
    QVERIFY(depthError(objects).startsWith(
        QStringLiteral("JSON nested deeper than 64 levels at line 2")));
    // 100,000 levels: refused at once, without recursion.
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    QVERIFY(!parse(deep, &error));
    QVERIFY(!parseOrdered(deep, &error));
    QVERIFY(parseOrDiscarded(deep).is_discarded());
    // A number beyond a double is an error, not an exception.
    QVERIFY(!parse("[1e400]", &error));
    QVERIFY2(error.contains(QStringLiteral("number overflow")), qPrintable(error));
    QVERIFY(!parse("{\"a\": ", &error));
    QVERIFY2(error.startsWith(QStringLiteral("not valid JSON at line 1, column 6")),
             qPrintable(error));
    QVERIFY(parse("[-1e308, 1.7976931348623157e308]"));
}

void TestProject::duplicateKeys()
{
    using namespace JsonInput;
    // Where, by JSON pointer, line and column; array elements by their index.
    QCOMPARE(duplicateKeyError(R"({"a": 1, "b": {"x": 1, "x": 2}})"),
             QStringLiteral("the key \"x\" appears twice in the object at /b (line 1, column 24); "
                            "a reader would keep only the last"));
    QVERIFY(duplicateKeyError(R"({"l": [{"k": 1}, {"k": 1, "k": 2}]})").contains(u"at /l/1 "));
    QVERIFY(duplicateKeyError("{\"a\": 1,\n \"\\u0061\": 2}").contains(u"\"a\" appears twice"));
    QVERIFY(duplicateKeyError(R"({"a/b": {"~": 1, "~": 1}})").contains(u"at /a~1b "));
    // The same key in different objects, keys in strings, and values equal to keys are fine.
    for (const char *fine : {R"({"a": {"a": 1}})", R"([{"a": 1}, {"a": 1}])",
                             R"({"a": "{\"a\": 1, \"b\"", "b": "a", "c": ["a", "a"]})",
                             R"({"x": [1, {"y": 2}], "y": {"x": []}})"})
        QVERIFY2(duplicateKeyError(fine).isEmpty(), fine);
    // Payloads keep the parser's rule (the last wins); documents refuse.
    QVERIFY(parse(R"({"a": 1, "a": 2})"));
    QString error;
    QVERIFY(!parse(R"({"a": 1, "a": 2})", &error, kMaxDepth, Keys::Unique));
    QVERIFY2(error.contains(u"appears twice"), qPrintable(error));
    // A project with two "twins" keys once ran the second list alone, silently.
    Diagnostics d;
    QVERIFY(!Project::fromBytes(R"({"format": "twinloom-project", "version": 1,
        "twins": [{"id": "a", "model": "dtmi:x:M;1"}], "models": [], "twins": []})",
                                d));
    QCOMPARE(d.errorCount(), 1);
    QVERIFY2(d.toString().contains(u"the key \"twins\" appears twice in the object at / (line 2"),
             qPrintable(d.toString()));
}

void TestProject::zeroMaxAgeOfATwin()
{
    // A twin's own maxAge follows the model's rule: above zero (zero made every value stale).
    Diagnostics d;
    QVERIFY(!Project::fromBytes(
        "{\"format\": \"twinloom-project\", \"version\": 1, \"models\": [{\"@id\": "
        "\"dtmi:x:M;1\", \"contents\": [{\"@type\": \"Property\", \"name\": \"p\", "
        "\"schema\": \"double\"}]}], \"twins\": [{\"id\": \"m\", \"model\": \"dtmi:x:M;1\", "
        "\"properties\": {\"p\": {\"maxAge\": \"PT0S\"}}}]}",
        d));
    QCOMPARE(d.errorCount(), 1);
    QCOMPARE(d.firstError()->pointer, QStringLiteral("/twins/0/properties/p/maxAge"));
    QVERIFY2(d.toString().contains(u"above zero"), qPrintable(d.toString()));
}

void TestProject::hostileProjectFiles()
{
    // Each once crashed or aborted the checker; each is now one error naming where.
    const QByteArray head = R"({"format": "twinloom-project", "version": 1, "twins": [)";
    const QByteArray deepTwin = head + QByteArray(100000, '[') + QByteArray(100000, ']') + "]}";
    Diagnostics d;
    QVERIFY(!Project::fromBytes(deepTwin, d));
    QCOMPARE(d.errorCount(), 1);
    QVERIFY2(
        d.toString().contains(QStringLiteral("nested deeper than 64 levels at line 1, column")),
        qPrintable(d.toString()));
    // Twin ids that would name a folder in paths and URLs.
    for (const char *id : {".", ".."}) {
        Diagnostics dots;
        QVERIFY(!Project::fromBytes(head + R"({"id": ")" + id + R"(", "model": "dtmi:x:A;1"}]})",
                                    dots));
        QVERIFY2(dots.toString().contains(QStringLiteral("is not a valid twin id")),
                 qPrintable(dots.toString()));
    }
    Diagnostics huge;
    QVERIFY(
        !Project::fromBytes(head + R"({"id": "a", "model": "dtmi:x:A;1", "z": 1e400}]})", huge));
    QCOMPARE(huge.errorCount(), 1);
    QVERIFY2(huge.toString().contains(QStringLiteral("number overflow")),
             qPrintable(huge.toString()));
    // A model file with the same.
    QTemporaryDir dir;
    QFile model(dir.filePath(QStringLiteral("m.json")));
    QVERIFY(model.open(QIODevice::WriteOnly));
    model.write(R"({"@id": "dtmi:x:A;1", "@type": "Interface", "x": 1e999})");
    model.close();
    Diagnostics fromFile;
    QVERIFY(!Project::fromBytes(
        R"({"format": "twinloom-project", "version": 1, "models": [{"file": "m.json"}], "twins": []})",
        fromFile, dir.path()));
    QVERIFY2(fromFile.toString().contains(QStringLiteral("model file 'm.json': not valid JSON")),
             qPrintable(fromFile.toString()));
}

void TestProject::unknownFieldsAreWarnings()
{
    Diagnostics d;
    auto doc = Project::Json::parse(kValid);
    doc["colour"] = "blue";
    doc["twins"][1]["priority"] = 3;
    auto p = Project::fromJson(doc, d);
    QVERIFY(p);
    QCOMPARE(d.errorCount(), 0);
    QCOMPARE(d.warningCount(), 2);
    QCOMPARE(d.items()[0].pointer, QStringLiteral("/colour"));
    QCOMPARE(d.items()[1].pointer, QStringLiteral("/twins/1/priority"));
    // Kept in the document: saving does not lose what a newer tool wrote.
    QVERIFY(p->toBytes().contains("\"colour\": \"blue\""));
}

void TestProject::notAProject()
{
    Diagnostics d;
    QVERIFY(!Project::fromBytes(R"({"format": "something-else", "version": 1})", d));
    QCOMPARE(d.items()[0].pointer, QStringLiteral("/format"));
    Diagnostics d2;
    QVERIFY(!Project::fromBytes("[1, 2]", d2));
    Diagnostics d3;
    QVERIFY(!Project::load(QStringLiteral("/nonexistent/x.twinloom.json"), d3));
    QVERIFY(d3.toString().contains(QStringLiteral("cannot open")));
}

void TestProject::migratesVersionZero()
{
    Diagnostics d;
    auto p = Project::load(QStringLiteral(TWINLOOM_FIXTURES "/projects/version0.twinloom.json"), d);
    QVERIFY2(p, qPrintable(d.toString()));
    QCOMPARE(d.warningCount(), 1);
    QVERIFY(d.items()[0].message.contains(QStringLiteral("migrated from version 0")));
    QCOMPARE(p->document()["version"].get<int>(), 1);
    QCOMPARE(p->twins()[0].physicalAdapters.size(), 1u);
    QCOMPARE(p->twins()[0].physicalAdapters[0].type, QStringLiteral("api"));
    QVERIFY(!p->document()["twins"][0].contains("adapters"));
    QCOMPARE(p->document()["layout"]["greenhouse"]["x"].get<int>(), 10);
    QVERIFY(!p->document().contains("canvas"));
    // Saved as version 1, it loads without migration.
    Diagnostics d2;
    auto again = Project::fromBytes(p->toBytes(), d2);
    QVERIFY(again);
    QCOMPARE(d2.warningCount(), 0);
}

void TestProject::newerVersionRefused()
{
    Diagnostics d;
    QVERIFY(!Project::fromBytes(R"({"format": "twinloom-project", "version": 7})", d));
    QCOMPARE(d.items()[0].pointer, QStringLiteral("/version"));
    QVERIFY(d.items()[0].message.contains(QStringLiteral("newer Twinloom")));
}

void TestProject::saveIsAtomic()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("site.twinloom.json"));
    Diagnostics d;
    auto p = Project::fromBytes(kValid, d);
    QVERIFY(p);
    QString error;
    QVERIFY2(p->save(path, &error), qPrintable(error));
    const QByteArray first = readFile(path);
    QCOMPARE(first, p->toBytes());
    // Saving where it cannot write fails and leaves the old file whole.
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    const bool canStillWrite = QFileInfo(dir.path()).isWritable(); // root ignores permissions
    auto doc = p->document();
    doc["name"] = "Renamed";
    Project changed = *p;
    QVERIFY(changed.setDocument(doc, d));
    if (!canStillWrite) {
        QVERIFY(!changed.save(path, &error));
        QVERIFY(error.contains(path));
        QCOMPARE(readFile(path), first);
    }
    QFile::setPermissions(dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(changed.save(path, &error));
    QVERIFY(readFile(path).contains("\"Renamed\""));
    // No temporary files are left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
             QStringList{QStringLiteral("site.twinloom.json")});
}

void TestProject::secretsStayReferences()
{
    qputenv("TWINLOOM_TEST_TOKEN", "s3cret");
    Diagnostics d;
    auto p = Project::fromBytes(kValid, d, {}, &AdapterRegistry::global());
    QVERIFY(p);
    Engine engine;
    QVERIFY2(p->instantiate(engine, d), qPrintable(d.toString()));
    QVERIFY(!p->toBytes().contains("s3cret"));
    QVERIFY(p->toBytes().contains("${env:TWINLOOM_TEST_TOKEN}"));
    qunsetenv("TWINLOOM_TEST_TOKEN");
    // Unset where the project is edited: a warning; where it runs: an error naming the pointer.
    Diagnostics check;
    QVERIFY(Project::fromBytes(kValid, check, {}, &AdapterRegistry::global()));
    QCOMPARE(check.warningCount(), 1);
    Engine other;
    Diagnostics run;
    QVERIFY(!p->instantiate(other, run));
    QVERIFY2(run.toString().contains(QStringLiteral("/twins/0/physicalAdapters/0/config/token")),
             qPrintable(run.toString()));
    QVERIFY(run.toString().contains(QStringLiteral("TWINLOOM_TEST_TOKEN")));
}

void TestProject::setDocumentKeepsOldOnError()
{
    Diagnostics d;
    auto p = Project::fromBytes(kValid, d);
    QVERIFY(p);
    const QByteArray before = p->toBytes();
    auto doc = p->document();
    doc["twins"][0]["model"] = "dtmi:test:Missing;1";
    Diagnostics errors;
    QVERIFY(!p->setDocument(doc, errors));
    QCOMPARE(errors.items()[0].pointer, QStringLiteral("/twins/0/model"));
    QCOMPARE(p->toBytes(), before);
    QCOMPARE(p->twins()[0].model, QStringLiteral("dtmi:test:Room;1"));
}

void TestProject::twinOrderPutsPartsFirst()
{
    Diagnostics d;
    auto doc = Project::Json::parse(kValid);
    // Put the floor first in the file: it must still come after its rooms.
    auto floor = doc["twins"][2];
    doc["twins"].erase(2);
    doc["twins"].insert(doc["twins"].begin(), floor);
    auto p = Project::fromJson(doc, d);
    QVERIFY(p);
    QCOMPARE(p->twinOrder(), QStringList({QStringLiteral("room-1"), QStringLiteral("room-2"),
                                          QStringLiteral("floor-1")}));
    QCOMPARE(p->twinOrder(QStringLiteral("edge-1")),
             QStringList({QStringLiteral("room-1"), QStringLiteral("room-2")}));
    QCOMPARE(p->twinOrder(QStringLiteral("cloud")), QStringList{QStringLiteral("floor-1")});
    // By level: the rooms (made of nothing), then the floor; on one node, its own levels only,
    // a part on another node still counting for the level.
    const std::vector<QStringList> levels = p->twinLevels();
    QCOMPARE(levels.size(), 2u);
    QCOMPARE(levels[0], QStringList({QStringLiteral("room-1"), QStringLiteral("room-2")}));
    QCOMPARE(levels[1], QStringList{QStringLiteral("floor-1")});
    const std::vector<QStringList> cloud = p->twinLevels(QStringLiteral("cloud"));
    QCOMPARE(cloud.size(), 1u);
    QCOMPARE(cloud[0], QStringList{QStringLiteral("floor-1")});
}

void TestProject::instantiateOneNode()
{
    qputenv("TWINLOOM_TEST_TOKEN", "x");
    Diagnostics d;
    auto p = Project::fromBytes(kValid, d);
    QVERIFY(p);
    Engine engine;
    QVERIFY(p->instantiate(engine, d, QStringLiteral("edge-1")));
    QCOMPARE(engine.twinIds(), QStringList({QStringLiteral("room-1"), QStringLiteral("room-2")}));
    qunsetenv("TWINLOOM_TEST_TOKEN");
}

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
