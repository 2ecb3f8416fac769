// The graph model and its edits, without any view: wiring rules, cascades, undo/redo, copy and
// paste, layout and serialization.

#include "adapters/builtinadapters.h"
#include "app/studio/shared/grapheditbuilder.h"
#include "app/studio/shared/graphmodel.h"
#include "engine/adapter.h"

#include <QtCore/QFile>
#include <QtGui/QUndoStack>
#include <QtTest/QtTest>

using namespace twinloom;
using namespace twinloom::Studio;
using Json = GraphModel::Json;

namespace {

Json smallSite()
{
    return Json::parse(R"({
      "format": "twinloom-project", "version": 1, "name": "site",
      "nodes": [{"name": "edge-1"}, {"name": "cloud"}],
      "models": [
        {"@id": "dtmi:t:Space;1", "contents": [{"@type": "Property", "name": "area", "schema": "double"}]},
        {"@id": "dtmi:t:Building;1", "contents": [
          {"@type": "Relationship", "name": "hasFloor", "target": "dtmi:t:Floor;1", "maxMultiplicity": 2},
          {"@type": "Relationship", "name": "hasSpace", "target": "dtmi:t:Space;1"}]},
        {"@id": "dtmi:t:Floor;1", "extends": ["dtmi:t:Space;1"], "contents": [
          {"@type": "Relationship", "name": "hasRoom", "target": "dtmi:t:Room;1"}]},
        {"@id": "dtmi:t:Room;1", "contents": [{"@type": "Property", "name": "t", "schema": "double"}]}
      ],
      "twins": [
        {"id": "b", "model": "dtmi:t:Building;1", "node": "cloud",
         "relationships": [{"name": "hasFloor", "target": "f1"}]},
        {"id": "f1", "model": "dtmi:t:Floor;1", "node": "edge-1",
         "relationships": [{"name": "hasRoom", "target": "r1"}]},
        {"id": "f2", "model": "dtmi:t:Floor;1"},
        {"id": "f3", "model": "dtmi:t:Floor;1"},
        {"id": "r1", "model": "dtmi:t:Room;1"}
      ],
      "layout": {"twins": {"b": {"x": 0, "y": 0}, "f1": {"x": -200, "y": 200}}}
    })");
}

void push(QUndoStack &undo, QUndoCommand *c)
{
    QVERIFY(c != nullptr);
    undo.push(c);
}

} // namespace

class TestGraphModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerBuiltinAdapters(AdapterRegistry::global()); }
    void readsTheExample();
    void wiringRules();
    void connectAndDisconnect();
    void deleteCascadesAndUndoRestoresBytes();
    void undoRedoSequence();
    void renameFollowsReferences();
    void copyPasteRenamesAndRewires();
    void pasteRejectsGarbage();
    void movesMergeWhenNudged();
    void layoutIsLayeredAndSaved();
    void problemsNameTheirTwin();
    void addAdapterUsesTheTypeDefaults();
};

void TestGraphModel::readsTheExample()
{
    QFile f(QStringLiteral(TWINLOOM_SOURCE_DIR "/examples/smart-building.twinloom.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    GraphModel model;
    model.setDocument(Json::parse(f.readAll().toStdString()),
                      QStringLiteral(TWINLOOM_SOURCE_DIR "/examples"));
    QCOMPARE(model.twinIds().size(), 40);
    QVERIFY(model.modelIds().size() >= 5);
    QVERIFY(model.edges().size() >= 39); // a tree at least
    for (const GraphProblem &p : model.problems())
        QVERIFY2(p.severity != Diagnostic::Severity::Error, qPrintable(p.pointer + p.message));
}

void TestGraphModel::wiringRules()
{
    GraphModel model;
    model.setDocument(smallSite());
    QString why;
    // b already has f1; f2 is allowed by hasFloor, and by hasSpace since Floor extends Space.
    QCOMPARE(model.allowedRelationships(QStringLiteral("b"), QStringLiteral("f2"), &why),
             QStringList({QStringLiteral("hasFloor"), QStringLiteral("hasSpace")}));
    QCOMPARE(model.allowedRelationships(QStringLiteral("b"), QStringLiteral("f1"), &why),
             QStringList({QStringLiteral("hasSpace")}));
    // A room is not a floor nor a space: a wrong wire is rejected, and says why.
    QVERIFY(model.allowedRelationships(QStringLiteral("b"), QStringLiteral("r1"), &why).isEmpty());
    QVERIFY2(why.contains(QLatin1String("dtmi:t:Floor;1")), qPrintable(why));
    QVERIFY(model.allowedRelationships(QStringLiteral("r1"), QStringLiteral("b"), &why).isEmpty());
    QVERIFY2(why.contains(QLatin1String("no relationships")), qPrintable(why));
    QVERIFY(model.allowedRelationships(QStringLiteral("f1"), QStringLiteral("f1"), &why).isEmpty());
    QVERIFY(
        model.allowedRelationships(QStringLiteral("b"), QStringLiteral("nobody"), &why).isEmpty());
}

void TestGraphModel::connectAndDisconnect()
{
    GraphModel model;
    model.setDocument(smallSite());
    QUndoStack undo;
    GraphEditBuilder b(&model);
    QVERIFY(b.connect(QStringLiteral("b"), QStringLiteral("hasFloor"), QStringLiteral("f2")));
    push(undo, b.finish(QStringLiteral("connect")));
    QCOMPARE(model.edgesOf(QStringLiteral("f2")).size(), std::size_t{1});
    // The multiplicity of hasFloor (2) is reached: a third floor is refused.
    GraphEditBuilder c(&model);
    QString error;
    QVERIFY(
        !c.connect(QStringLiteral("b"), QStringLiteral("hasFloor"), QStringLiteral("f3"), &error));
    QVERIFY2(error.contains(QLatin1String("at most 2")), qPrintable(error));
    QCOMPARE(c.finish(QStringLiteral("nothing")), nullptr);
    undo.undo();
    QCOMPARE(model.edgesOf(QStringLiteral("f2")).size(), std::size_t{0});
    undo.redo();
    GraphEditBuilder d(&model);
    d.disconnect(QStringLiteral("b"), 0);
    push(undo, d.finish(QStringLiteral("disconnect")));
    const auto out = model.edgesOf(QStringLiteral("b"));
    QCOMPARE(out.size(), std::size_t{1});
    QCOMPARE(out.front().target, QStringLiteral("f2"));
}

void TestGraphModel::deleteCascadesAndUndoRestoresBytes()
{
    GraphModel model;
    model.setDocument(smallSite());
    const QByteArray before = model.toBytes();
    QUndoStack undo;
    GraphEditBuilder b(&model);
    b.removeTwin(QStringLiteral("f1"));
    push(undo, b.finish(QStringLiteral("delete")));
    QVERIFY(!model.hasTwin(QStringLiteral("f1")));
    // The wire from b to f1 went with it; the one from f1 to r1 too (its source is gone).
    QCOMPARE(model.edges().size(), std::size_t{0});
    QVERIFY(!model.position(QStringLiteral("f1")));
    undo.undo();
    QCOMPARE(model.toBytes(), before); // order and layout included
    undo.redo();
    QVERIFY(!model.hasTwin(QStringLiteral("f1")));
}

void TestGraphModel::undoRedoSequence()
{
    GraphModel model;
    model.setDocument(smallSite());
    const QByteArray start = model.toBytes();
    QUndoStack undo;
    QStringList seen;
    QObject::connect(&model, &GraphModel::twinAdded, this, [&](const QString &id) { seen << id; });
    {
        GraphEditBuilder b(&model);
        const QString id =
            b.addTwin(QStringLiteral("dtmi:t:Room;1"), QPointF(100, 300), QStringLiteral("edge-1"));
        QCOMPARE(id, QStringLiteral("room"));
        push(undo, b.finish(QStringLiteral("add")));
    }
    {
        GraphEditBuilder b(&model);
        QVERIFY(b.connect(QStringLiteral("f1"), QStringLiteral("hasRoom"), QStringLiteral("room")));
        b.move(QStringLiteral("room"), QPointF(120, 320));
        push(undo, b.finish(QStringLiteral("connect")));
    }
    {
        GraphEditBuilder b(&model);
        b.removeTwin(QStringLiteral("r1"));
        push(undo, b.finish(QStringLiteral("remove")));
    }
    const QByteArray end = model.toBytes();
    QCOMPARE(seen, QStringList({QStringLiteral("room")}));
    QCOMPARE(model.twinNode(QStringLiteral("room")), QStringLiteral("edge-1"));
    QCOMPARE(*model.position(QStringLiteral("room")), QPointF(120, 320));
    while (undo.canUndo())
        undo.undo();
    QCOMPARE(model.toBytes(), start);
    while (undo.canRedo())
        undo.redo();
    QCOMPARE(model.toBytes(), end);
}

void TestGraphModel::renameFollowsReferences()
{
    GraphModel model;
    model.setDocument(smallSite());
    QUndoStack undo;
    GraphEditBuilder b(&model);
    Json entry = *model.twin(QStringLiteral("f1"));
    entry["id"] = "floor-one";
    QVERIFY(b.replaceTwin(QStringLiteral("f1"), entry));
    push(undo, b.finish(QStringLiteral("rename")));
    QVERIFY(model.hasTwin(QStringLiteral("floor-one")));
    QCOMPARE(model.twinIndex(QStringLiteral("floor-one")), 1); // in place
    QCOMPARE(model.edgesOf(QStringLiteral("b")).front().target, QStringLiteral("floor-one"));
    QCOMPARE(*model.position(QStringLiteral("floor-one")), QPointF(-200, 200));
    // A taken id is refused.
    GraphEditBuilder c(&model);
    entry["id"] = "b";
    QString error;
    QVERIFY(!c.replaceTwin(QStringLiteral("floor-one"), entry, &error));
    QVERIFY(!error.isEmpty());
    undo.undo();
    QVERIFY(model.hasTwin(QStringLiteral("f1")));
    QCOMPARE(model.edgesOf(QStringLiteral("b")).front().target, QStringLiteral("f1"));
}

void TestGraphModel::copyPasteRenamesAndRewires()
{
    GraphModel model;
    model.setDocument(smallSite());
    const Json clip =
        GraphEditBuilder::copyTwins(model, {QStringLiteral("f1"), QStringLiteral("r1")});
    QCOMPARE(clip["twins"].size(), std::size_t{2});
    QCOMPARE(clip["models"].size(), std::size_t{2});
    // Through text, as between two windows.
    const Json parsed = Json::parse(clip.dump());
    QUndoStack undo;
    GraphEditBuilder b(&model);
    const QStringList added = b.paste(parsed, QPointF(40, 40));
    QCOMPARE(added, QStringList({QStringLiteral("f1-2"), QStringLiteral("r1-2")}));
    push(undo, b.finish(QStringLiteral("paste")));
    QCOMPARE(added.size(), 2);
    QVERIFY(!added.contains(QStringLiteral("f1")) && !added.contains(QStringLiteral("r1")));
    // The pasted floor points at the pasted room, not at the original.
    const auto out = model.edgesOf(added[0]);
    QCOMPARE(out.size(), std::size_t{1});
    QCOMPARE(out.front().target, added[1]);
    QCOMPARE(*model.position(added[0]), QPointF(-160, 240));
    // Pasting into an empty project brings the models along.
    GraphModel empty;
    GraphEditBuilder e(&empty);
    QCOMPARE(e.paste(parsed, QPointF()).size(), 2);
    push(undo, e.finish(QStringLiteral("paste")));
    QVERIFY(empty.model(QStringLiteral("dtmi:t:Floor;1")));
    QCOMPARE(empty.edges().size(), std::size_t{1});
}

void TestGraphModel::pasteRejectsGarbage()
{
    GraphModel model;
    model.setDocument(smallSite());
    for (const char *text : {"[]", "{}", "{\"twins\": 3}", "null"}) {
        GraphEditBuilder b(&model);
        QString error;
        const Json j = Json::parse(text, nullptr, false);
        QVERIFY(b.paste(j, QPointF(), &error).isEmpty());
        QVERIFY(!error.isEmpty());
        QCOMPARE(b.finish(QStringLiteral("paste")), nullptr);
    }
    // Entries without ids are skipped, the rest comes in.
    GraphEditBuilder b(&model);
    const QStringList added = b.paste(
        Json::parse(R"({"twins": [{"model": "x"}, 5, {"id": "r9", "model": "dtmi:t:Room;1"}]})"),
        QPointF());
    QCOMPARE(added, QStringList{QStringLiteral("r9")});
}

void TestGraphModel::movesMergeWhenNudged()
{
    GraphModel model;
    model.setDocument(smallSite());
    QUndoStack undo;
    for (int i = 1; i <= 3; ++i) {
        GraphEditBuilder b(&model);
        b.move(QStringLiteral("b"), QPointF(20 * i, 0));
        push(undo, b.finish(QStringLiteral("nudge"), GraphEditBuilder::kMoveMergeId));
    }
    QCOMPARE(undo.count(), 1);
    QCOMPARE(*model.position(QStringLiteral("b")), QPointF(60, 0));
    undo.undo();
    QCOMPARE(*model.position(QStringLiteral("b")), QPointF(0, 0));
}

void TestGraphModel::layoutIsLayeredAndSaved()
{
    GraphModel model;
    model.setDocument(smallSite());
    const auto layout = GraphEditBuilder::layeredLayout(model);
    QCOMPARE(layout.size(), std::size_t{5});
    QVERIFY(layout.at(QStringLiteral("b")).y() < layout.at(QStringLiteral("f1")).y());
    QVERIFY(layout.at(QStringLiteral("f1")).y() < layout.at(QStringLiteral("r1")).y());
    QUndoStack undo;
    GraphEditBuilder b(&model);
    for (const auto &[id, p] : layout)
        b.move(id, p);
    push(undo, b.finish(QStringLiteral("layout")));
    // Saved with the document, read back by a new model.
    GraphModel again;
    again.setDocument(Json::parse(model.toBytes().toStdString()));
    for (const auto &[id, p] : layout)
        QCOMPARE(*again.position(id), p);
}

void TestGraphModel::problemsNameTheirTwin()
{
    Json doc = smallSite();
    doc["twins"][2]["relationships"] = Json::parse(R"([{"name": "hasRoom", "target": "ghost"}])");
    doc["twins"][3]["model"] = "dtmi:t:Nothing;1";
    GraphModel model;
    model.setDocument(doc);
    QStringList twins;
    for (const GraphProblem &p : model.problems()) {
        if (p.severity == Diagnostic::Severity::Error)
            twins << p.twinId;
    }
    QVERIFY2(twins.contains(QStringLiteral("f2")), qPrintable(twins.join(u',')));
    QVERIFY2(twins.contains(QStringLiteral("f3")), qPrintable(twins.join(u',')));
}

void TestGraphModel::addAdapterUsesTheTypeDefaults()
{
    GraphModel model;
    model.setDocument(smallSite());
    QUndoStack undo;
    GraphEditBuilder b(&model);
    QCOMPARE(
        b.addAdapter(QStringLiteral("r1"), GraphEditBuilder::Side::Physical, QStringLiteral("sim")),
        QStringLiteral("sim"));
    QCOMPARE(
        b.addAdapter(QStringLiteral("r1"), GraphEditBuilder::Side::Physical, QStringLiteral("sim")),
        QStringLiteral("sim2"));
    QCOMPARE(
        b.addAdapter(QStringLiteral("r1"), GraphEditBuilder::Side::Digital, QStringLiteral("mqtt")),
        QStringLiteral("mqtt"));
    push(undo, b.finish(QStringLiteral("adapters")));
    const Json &t = *model.twin(QStringLiteral("r1"));
    QCOMPARE(t["physicalAdapters"].size(), std::size_t{2});
    QCOMPARE(t["digitalAdapters"][0]["type"].get<std::string>(), std::string("mqtt"));
    QVERIFY(t["physicalAdapters"][0]["config"].is_object());
    GraphEditBuilder c(&model);
    c.removeAdapter(QStringLiteral("r1"), GraphEditBuilder::Side::Physical, 0);
    push(undo, c.finish(QStringLiteral("remove")));
    QCOMPARE((*model.twin(QStringLiteral("r1")))["physicalAdapters"][0]["id"].get<std::string>(),
             std::string("sim2"));
}

QTEST_GUILESS_MAIN(TestGraphModel)
#include "tst_graphmodel.moc"
