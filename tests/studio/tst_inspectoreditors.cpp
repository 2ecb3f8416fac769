// The inspector's editors offscreen: adapter configuration forms generated from the adapter
// types' schemas, the model editor and the mapping editor with its preview, each edit checked
// for validation, one undo step and an exact undo; and screenshots of them.

#include "adapters/builtinadapters.h"
#include "app/studio/design/inspectorpanel.h"
#include "app/studio/design/mappingeditor.h"
#include "app/studio/design/modeleditor.h"
#include "app/studio/design/schemaform.h"
#include "app/studio/shared/grapheditbuilder.h"
#include "app/studio/shared/mainwindow.h"
#include "engine/adapter.h"
#include "tests/support/studiotest.h"

#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtGui/QUndoStack>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDoubleSpinBox>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTableWidget>

using namespace twinloom;
using namespace twinloom::Studio;
using Json = GraphModel::Json;

namespace {

Json site()
{
    return Json::parse(R"({
      "format": "twinloom-project", "version": 1, "name": "editors",
      "models": [
        {"@id": "dtmi:t:Sensor;1", "displayName": "Sensor", "contents": [
          {"@type": "Property", "name": "temperature", "schema": "double", "unit": "degreeCelsius",
           "minimum": -40, "maximum": 85},
          {"@type": "Property", "name": "humidity", "schema": "double", "unit": "percent"}]},
        {"@id": "dtmi:t:Room;1", "contents": []}
      ],
      "twins": [
        {"id": "sensor", "model": "dtmi:t:Sensor;1",
         "physicalAdapters": [
           {"id": "plc", "type": "mqtt", "config": {"broker": {"host": "127.0.0.1", "port": 1883},
            "qos": 1, "subscriptions": [{"topic": "site/{twin}/env", "codec": "json",
              "fields": [{"pointer": "/t", "property": "env"}]}]}},
           {"id": "meter", "type": "coap", "config": {"host": "127.0.0.1", "port": 5683,
            "pollInterval": "PT5S", "resources": [{"path": "/env", "property": "env"}]}}],
         "digitalAdapters": [{"id": "coap", "type": "coap", "config": {"port": 5683}}],
         "shadowing": {"rules": [{"from": "env", "pointer": "/t", "to": "temperature",
           "steps": [{"type": "scale", "factor": 0.5, "offset": 1}]}]}}
      ]
    })");
}

template<typename T>
T *editorOf(SchemaForm *form, const QString &path)
{
    auto *w = qobject_cast<T *>(form->editor(path));
    if (!w)
        qWarning("%s is not the expected editor", qPrintable(path));
    return w;
}

void typeInto(QWidget *editor, const QString &text)
{
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(editor))
        spin->selectAll();
    else if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
}

QString shots()
{
    const QString dir = QStringLiteral(TWINLOOM_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    return dir;
}

} // namespace

class TestInspectorEditors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void formsFollowTheAdapterSchemas();
    void invalidPortShowsErrorAndDoesNotCommit();
    void validEditIsOneUndoStep();
    void modelEditorAddsAProperty();
    void modelEditorRefusesBadEntries();
    void mappingEditorPreviewRunsTheEngine();
    void mappingEditsAreUndoable();
    void oddDocumentsAreShownNotCrashedOn();
    void screenshots();

private:
    QTemporaryDir m_dir;
};

void TestInspectorEditors::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Test::setUpStudio(m_dir, QStringLiteral("tst_inspectoreditors"));
}

void TestInspectorEditors::formsFollowTheAdapterSchemas()
{
    GraphModel model;
    model.setDocument(site());
    QUndoStack undo;
    InspectorPanel inspector(&model, &undo);
    inspector.showTwin(QStringLiteral("sensor"));
    const QList<SchemaForm *> forms = inspector.adapterForms();
    QCOMPARE(forms.size(), 3);

    SchemaForm *mqtt = forms[0];
    // Fields in the schema's order (alphabetical: adapter schemas are plain JSON objects), the
    // broker a nested group with its own nested tls, will and reconnect groups.
    const QStringList paths = mqtt->fieldPaths();
    QCOMPARE(paths.size(), 21);
    QCOMPARE(paths.first(), QStringLiteral("actions"));
    QCOMPARE(paths.mid(1, 3),
             QStringList({QStringLiteral("broker/cleanSession"), QStringLiteral("broker/clientId"),
                          QStringLiteral("broker/host")}));
    QVERIFY(paths.contains(QStringLiteral("broker/tls/ca")));
    QVERIFY(paths.contains(QStringLiteral("broker/will/qos")));
    QCOMPARE(paths.last(), QStringLiteral("subscriptions"));
    QVERIFY(editorOf<QComboBox>(mqtt, QStringLiteral("qos")));
    QCOMPARE(editorOf<QComboBox>(mqtt, QStringLiteral("qos"))->currentText(), QStringLiteral("1"));
    QVERIFY(editorOf<QSpinBox>(mqtt, QStringLiteral("maxPayload")));
    QCOMPARE(editorOf<QLineEdit>(mqtt, QStringLiteral("broker/host"))->text(),
             QStringLiteral("127.0.0.1"));
    QCOMPARE(editorOf<QSpinBox>(mqtt, QStringLiteral("broker/port"))->value(), 1883);
    QCOMPARE(mqtt->fieldKind(QStringLiteral("broker/protocol")), SchemaForm::Kind::Enum);
    QCOMPARE(editorOf<QComboBox>(mqtt, QStringLiteral("broker/protocol"))->count(), 3);
    // Not set: the schema's default shows, and nothing is written.
    QVERIFY(editorOf<QCheckBox>(mqtt, QStringLiteral("broker/cleanSession"))->isChecked());
    QCOMPARE(mqtt->fieldKind(QStringLiteral("broker/reconnect/min")), SchemaForm::Kind::Integer);
    // The arrays are JSON line editors holding the compact value.
    QCOMPARE(mqtt->fieldKind(QStringLiteral("subscriptions")), SchemaForm::Kind::Json);
    QVERIFY(editorOf<QLineEdit>(mqtt, QStringLiteral("subscriptions"))
                ->text()
                .startsWith(QLatin1String(R"([{"topic":"site/{twin}/env")")));
    QCOMPARE(mqtt->value(),
             (*model.twin(QStringLiteral("sensor")))["physicalAdapters"][0]["config"]);
    QVERIFY(mqtt->errors().isEmpty());

    SchemaForm *coap = forms[1];
    QCOMPARE(coap->fieldKind(QStringLiteral("host")), SchemaForm::Kind::String);
    QCOMPARE(editorOf<QLineEdit>(coap, QStringLiteral("host"))->text(),
             QStringLiteral("127.0.0.1"));
    QCOMPARE(editorOf<QSpinBox>(coap, QStringLiteral("port"))->value(), 5683);
    QCOMPARE(coap->fieldKind(QStringLiteral("pollInterval")), SchemaForm::Kind::Duration);
    QCOMPARE(editorOf<QLineEdit>(coap, QStringLiteral("pollInterval"))->text(),
             QStringLiteral("PT5S"));
    QVERIFY(editorOf<QCheckBox>(coap, QStringLiteral("cache")));
    // Whole seconds from 1 to 60, as the adapter reads it: the form has the adapter's schema.
    QSpinBox *ackTimeout = editorOf<QSpinBox>(coap, QStringLiteral("ackTimeout"));
    QVERIFY(ackTimeout);
    QCOMPARE(coap->fieldKind(QStringLiteral("ackTimeout")), SchemaForm::Kind::Integer);
    // A field of several types is left to a JSON editor.
    QCOMPARE(coap->fieldKind(QStringLiteral("discovery")), SchemaForm::Kind::Json);
    QCOMPARE(coap->fieldKind(QStringLiteral("dtls/identity")), SchemaForm::Kind::String);
    QCOMPARE(coap->fieldKind(QStringLiteral("resources")), SchemaForm::Kind::Json);

    // The digital CoAP adapter's dtls is an object with properties: a nested group of fields.
    SchemaForm *server = forms[2];
    QCOMPARE(server->fieldPaths(),
             QStringList({QStringLiteral("dtls/identity"), QStringLiteral("dtls/key"),
                          QStringLiteral("host"), QStringLiteral("maxPayload"),
                          QStringLiteral("port")}));
    QCOMPARE(server->fieldKind(QStringLiteral("dtls/key")), SchemaForm::Kind::String);
    QCOMPARE(editorOf<QSpinBox>(server, QStringLiteral("port"))->value(), 5683);
}

void TestInspectorEditors::invalidPortShowsErrorAndDoesNotCommit()
{
    GraphModel model;
    model.setDocument(site());
    QUndoStack undo;
    InspectorPanel inspector(&model, &undo);
    inspector.showTwin(QStringLiteral("sensor"));
    const QByteArray before = model.toBytes();
    SchemaForm *server = inspector.adapterForms().at(2);
    QSpinBox *port = editorOf<QSpinBox>(server, QStringLiteral("port"));
    QVERIFY(port);
    QSignalSpy commits(server, &SchemaForm::committed);
    typeInto(port, QStringLiteral("70000"));
    QCOMPARE(server->fieldError(QStringLiteral("port")),
             QStringLiteral("port: must be an integer between 1 and 65535"));
    QCOMPARE(server->errors(), QStringList({server->fieldError(QStringLiteral("port"))}));
    QVERIFY(port->styleSheet().contains(QLatin1String("border")));
    QCOMPARE(commits.count(), 0);
    QCOMPARE(undo.count(), 0);
    QCOMPARE(model.toBytes(), before);
    SchemaForm *mqtt = inspector.adapterForms().at(0);
    typeInto(mqtt->editor(QStringLiteral("broker/port")), QStringLiteral("0"));
    QCOMPARE(mqtt->errors(),
             QStringList({QStringLiteral("broker/port: must be an integer between 1 and 65535")}));
    QCOMPARE(undo.count(), 0);

    // A duration that is neither ISO 8601 nor seconds, and a JSON field that does not parse.
    SchemaForm *coap = inspector.adapterForms().at(1);
    typeInto(coap->editor(QStringLiteral("pollInterval")), QStringLiteral("soon"));
    QCOMPARE(coap->fieldError(QStringLiteral("pollInterval")),
             QStringLiteral("pollInterval: must be an ISO 8601 duration such as PT5S, or a "
                            "number of seconds"));
    typeInto(coap->editor(QStringLiteral("resources")), QStringLiteral("[{\"path\": "));
    QCOMPARE(coap->fieldError(QStringLiteral("resources")),
             QStringLiteral("resources: not valid JSON"));
    typeInto(coap->editor(QStringLiteral("resources")), QStringLiteral("{}"));
    QCOMPARE(coap->fieldError(QStringLiteral("resources")),
             QStringLiteral("resources: must be a JSON array"));
    // Whole seconds from 1 to 60, as the adapter reads "ackTimeout".
    typeInto(coap->editor(QStringLiteral("ackTimeout")), QStringLiteral("90"));
    QCOMPARE(coap->fieldError(QStringLiteral("ackTimeout")),
             QStringLiteral("ackTimeout: must be an integer between 1 and 60"));
    QCOMPARE(undo.count(), 0);
    QCOMPARE(model.toBytes(), before);
}

void TestInspectorEditors::validEditIsOneUndoStep()
{
    GraphModel model;
    model.setDocument(site());
    QUndoStack undo;
    InspectorPanel inspector(&model, &undo);
    inspector.showTwin(QStringLiteral("sensor"));
    const QByteArray before = model.toBytes();

    QSpinBox *port = editorOf<QSpinBox>(inspector.adapterForms().at(2), QStringLiteral("port"));
    typeInto(port, QStringLiteral("5690"));
    QCOMPARE(undo.count(), 1);
    const Json *twin = model.twin(QStringLiteral("sensor"));
    QCOMPARE((*twin)["digitalAdapters"][0]["config"].dump(), std::string(R"({"port":5690})"));
    undo.undo();
    QCOMPARE(model.toBytes(), before);
    undo.redo();
    QVERIFY((*model.twin(QStringLiteral("sensor")))["digitalAdapters"][0]["config"]["port"] ==
            5690);
    undo.undo();

    // A duration in seconds is written as a number, in place: the keys keep their order.
    SchemaForm *coap = inspector.adapterForms().at(1);
    typeInto(coap->editor(QStringLiteral("pollInterval")), QStringLiteral("2.5"));
    QCOMPARE(undo.count(), 1);
    QCOMPARE((*model.twin(QStringLiteral("sensor")))["physicalAdapters"][1]["config"].dump(),
             std::string(R"({"host":"127.0.0.1","port":5683,"pollInterval":2.5,)"
                         R"("resources":[{"path":"/env","property":"env"}]})"));
    // A key that was not set is added at the end; the enum's "(default)" removes one.
    auto *qos = editorOf<QComboBox>(inspector.adapterForms().at(0), QStringLiteral("qos"));
    qos->setCurrentIndex(qos->findText(QStringLiteral("2")));
    Q_EMIT qos->activated(qos->currentIndex());
    QCOMPARE(undo.count(), 2);
    QVERIFY((*model.twin(QStringLiteral("sensor")))["physicalAdapters"][0]["config"]["qos"] == 2);
    qos->setCurrentIndex(0);
    Q_EMIT qos->activated(0);
    QCOMPARE(undo.count(), 3);
    QVERIFY(
        !(*model.twin(QStringLiteral("sensor")))["physicalAdapters"][0]["config"].contains("qos"));
    while (undo.canUndo())
        undo.undo();
    QCOMPARE(model.toBytes(), before);
}

void TestInspectorEditors::modelEditorAddsAProperty()
{
    GraphModel model;
    // Without the CoAP server, which problems() reports as needing an engine to run in.
    Json doc = site();
    doc["twins"][0].erase("digitalAdapters");
    model.setDocument(doc);
    QVERIFY(model.problems().empty());
    QUndoStack undo;
    InspectorPanel inspector(&model, &undo);
    inspector.showTwin(QStringLiteral("sensor"));
    ModelEditor *editor = inspector.editModel();
    QVERIFY(editor);
    QCOMPARE(editor->modelId(), QStringLiteral("dtmi:t:Sensor;1"));
    QCOMPARE(editor->contentsTable()->rowCount(), 2);
    const QByteArray before = model.toBytes();

    editor->kindBox()->setCurrentText(QStringLiteral("Property"));
    editor->nameEdit()->setText(QStringLiteral("pressure"));
    editor->schemaBox()->setCurrentText(QStringLiteral("double"));
    editor->unitBox()->setCurrentText(QStringLiteral("pascal"));
    editor->writableBox()->setChecked(true);
    editor->minimumEdit()->setText(QStringLiteral("0"));
    editor->maximumEdit()->clear();
    QVERIFY2(editor->addEntry(), qPrintable(editor->status()));
    QCOMPARE(undo.count(), 1);
    const Json &added = (*model.modelEntry(QStringLiteral("dtmi:t:Sensor;1")))["contents"][2];
    QCOMPARE(added.dump(), std::string(R"({"@type":["Property","Pressure"],"name":"pressure",)"
                                       R"("schema":"double","unit":"pascal","writable":true,)"
                                       R"("minimum":0})"));
    QCOMPARE(editor->contentsTable()->rowCount(), 3);
    QCOMPARE(editor->contentsTable()->item(2, ModelEditor::Unit)->text(), QStringLiteral("pascal"));
    const auto resolved = model.resolvedModel(QStringLiteral("dtmi:t:Sensor;1"));
    QVERIFY(resolved && resolved->property(u"pressure"));
    QCOMPARE(resolved->property(u"pressure")->unit, QStringLiteral("pascal"));
    QVERIFY(resolved->property(u"pressure")->writable);
    QVERIFY(model.problems().empty());

    // A relationship with its target and multiplicity, then a change of the selected entry.
    editor->kindBox()->setCurrentText(QStringLiteral("Relationship"));
    editor->nameEdit()->setText(QStringLiteral("inRoom"));
    editor->targetBox()->setCurrentText(QStringLiteral("dtmi:t:Room;1"));
    editor->multiplicityBox()->setValue(1);
    QVERIFY2(editor->addEntry(), qPrintable(editor->status()));
    QCOMPARE((*model.modelEntry(QStringLiteral("dtmi:t:Sensor;1")))["contents"][3].dump(),
             std::string(R"({"@type":"Relationship","name":"inRoom","target":"dtmi:t:Room;1",)"
                         R"("maxMultiplicity":1})"));
    // A command with its request and response.
    editor->kindBox()->setCurrentText(QStringLiteral("Command"));
    QVERIFY(!editor->requestNameEdit()->isHidden());
    editor->nameEdit()->setText(QStringLiteral("calibrate"));
    editor->requestNameEdit()->setText(QStringLiteral("offset"));
    editor->requestSchemaBox()->setCurrentText(QStringLiteral("double"));
    editor->responseNameEdit()->setText(QStringLiteral("done"));
    editor->responseSchemaBox()->setCurrentText(QStringLiteral("boolean"));
    QVERIFY2(editor->addEntry(), qPrintable(editor->status()));
    QCOMPARE((*model.modelEntry(QStringLiteral("dtmi:t:Sensor;1")))["contents"][4].dump(),
             std::string(R"({"@type":"Command","name":"calibrate",)"
                         R"("request":{"name":"offset","schema":"double"},)"
                         R"("response":{"name":"done","schema":"boolean"}})"));
    const ActionDef *calibrate =
        model.resolvedModel(QStringLiteral("dtmi:t:Sensor;1"))->action(u"calibrate");
    QVERIFY(calibrate && calibrate->request && calibrate->response);
    QCOMPARE(calibrate->requestName, QStringLiteral("offset"));
    // A bad argument name is refused, naming the field.
    editor->nameEdit()->setText(QStringLiteral("reset"));
    editor->requestNameEdit()->setText(QStringLiteral("to be"));
    QVERIFY(!editor->addEntry());
    QVERIFY2(editor->status().startsWith(QStringLiteral("request:")), qPrintable(editor->status()));
    undo.undo(); // the command
    editor->contentsTable()->selectRow(0);
    QCOMPARE(editor->nameEdit()->text(), QStringLiteral("temperature"));
    QCOMPARE(editor->unitBox()->currentText(), QStringLiteral("degreeCelsius"));
    QCOMPARE(editor->maximumEdit()->text(), QStringLiteral("85"));
    editor->maximumEdit()->setText(QStringLiteral("60"));
    QVERIFY2(editor->applyToSelected(), qPrintable(editor->status()));
    QCOMPARE(undo.count(), 3);
    QCOMPARE(model.resolvedModel(QStringLiteral("dtmi:t:Sensor;1"))
                 ->property(u"temperature")
                 ->maximum.value_or(0),
             60.0);
    QVERIFY(model.problems().empty());

    undo.undo();
    undo.undo();
    undo.undo();
    QCOMPARE(model.toBytes(), before);
    QCOMPARE(editor->contentsTable()->rowCount(), 2);
    QVERIFY(!model.resolvedModel(QStringLiteral("dtmi:t:Sensor;1"))->property(u"pressure"));
}

void TestInspectorEditors::modelEditorRefusesBadEntries()
{
    GraphModel model;
    model.setDocument(site());
    QUndoStack undo;
    ModelEditor editor(&model, &undo);
    editor.showModel(QStringLiteral("dtmi:t:Sensor;1"));
    const QByteArray before = model.toBytes();
    editor.kindBox()->setCurrentText(QStringLiteral("Property"));
    editor.schemaBox()->setCurrentText(QStringLiteral("double"));

    editor.nameEdit()->setText(QStringLiteral("2fast"));
    QVERIFY(!editor.addEntry());
    QVERIFY2(editor.status().startsWith(QLatin1String("name: '2fast' is not a valid name")),
             qPrintable(editor.status()));
    editor.nameEdit()->setText(QStringLiteral("humidity"));
    QVERIFY(!editor.addEntry());
    QCOMPARE(editor.status(),
             QStringLiteral("name: the model already has an entry named 'humidity'"));
    editor.nameEdit()->setText(QStringLiteral("level"));
    editor.unitBox()->setCurrentText(QStringLiteral("furlong"));
    QVERIFY(!editor.addEntry());
    QCOMPARE(editor.status(), QStringLiteral("unit: 'furlong' is not a unit Twinloom knows"));
    editor.unitBox()->setCurrentText(QString());
    editor.minimumEdit()->setText(QStringLiteral("10"));
    editor.maximumEdit()->setText(QStringLiteral("5"));
    QVERIFY(!editor.addEntry());
    QCOMPARE(editor.status(), QStringLiteral("minimum: 10 is above the maximum 5"));
    editor.maximumEdit()->clear();
    editor.schemaBox()->setCurrentText(QStringLiteral("string"));
    QVERIFY(!editor.addEntry());
    QCOMPARE(editor.status(), QStringLiteral("minimum: only a numeric schema has one"));
    // A complex schema starts from a valid example; broken details are refused.
    editor.minimumEdit()->clear();
    editor.schemaBox()->setCurrentText(QStringLiteral("enum"));
    QVERIFY(editor.schemaDetailsEdit()->text().contains(QLatin1String("\"Enum\"")));
    editor.schemaDetailsEdit()->setText(QStringLiteral("{\"@type\": "));
    QVERIFY(!editor.addEntry());
    QVERIFY(editor.status().startsWith(QLatin1String("schema: the enum schema needs its details")));
    QCOMPARE(undo.count(), 0);
    QCOMPARE(model.toBytes(), before);
    // The engine's loader checks what the form cannot: an enum without values.
    editor.schemaDetailsEdit()->setText(
        QStringLiteral(R"({"@type": "Enum", "valueSchema": "string"})"));
    QVERIFY(!editor.addEntry());
    QVERIFY2(editor.status().startsWith(QLatin1String("contents/2/schema")),
             qPrintable(editor.status()));
    QCOMPARE(undo.count(), 0);
    QCOMPARE(model.toBytes(), before);
}

void TestInspectorEditors::mappingEditorPreviewRunsTheEngine()
{
    GraphModel model;
    model.setDocument(site());
    QUndoStack undo;
    InspectorPanel inspector(&model, &undo);
    inspector.showTwin(QStringLiteral("sensor"));
    MappingEditor *editor = inspector.editMapping();
    QVERIFY(editor);
    QCOMPARE(editor->rulesTable()->rowCount(), 1);
    QCOMPARE(editor->rulesTable()->item(0, MappingEditor::Pointer)->text(), QStringLiteral("/t"));

    editor->sampleEditor()->setPlainText(QStringLiteral(R"({"env": {"t": 41, "h": 40}})"));
    QCOMPARE(editor->previewText(0), QStringLiteral("temperature = 21.5"));
    QCOMPARE(editor->resultText(), QStringLiteral("temperature = 21.5"));

    // A payload without the field the rule's pointer names: the engine's error, with the rule.
    editor->sampleEditor()->setPlainText(QStringLiteral(R"({"env": {"h": 40}})"));
    QCOMPARE(editor->previewText(0), QStringLiteral("rule 1: 'env' has no field at '/t'"));
    QVERIFY(editor->resultText().contains(QLatin1String("error: 'env' has no field at '/t'")));

    // A value the step cannot scale, and one the property's maximum refuses.
    editor->sampleEditor()->setPlainText(QStringLiteral(R"({"env": {"t": "warm"}})"));
    QVERIFY2(editor->previewText(0).startsWith(QStringLiteral("rule 1: 'env' → 'temperature': the "
                                                              "scale step needs a number")),
             qPrintable(editor->previewText(0)));
    editor->sampleEditor()->setPlainText(QStringLiteral(R"({"env": {"t": 400}})"));
    QVERIFY2(editor->previewText(0).startsWith(QLatin1String("rule 1: ")),
             qPrintable(editor->previewText(0)));
    QVERIFY2(editor->previewText(0).contains(QLatin1String("201")),
             qPrintable(editor->previewText(0)));

    // Pass-through: a physical name that is a property is taken as it is.
    editor->sampleEditor()->setPlainText(QStringLiteral(R"({"humidity": 40.5})"));
    QCOMPARE(editor->previewText(0), QStringLiteral("not in the sample"));
    QCOMPARE(editor->resultText(), QStringLiteral("humidity = 40.5"));
    editor->sampleEditor()->setPlainText(QStringLiteral("[1, 2"));
    QVERIFY(editor->resultText().startsWith(QLatin1String("The sample must be a JSON object")));
    QCOMPARE(undo.count(), 0);
}

void TestInspectorEditors::mappingEditsAreUndoable()
{
    GraphModel model;
    model.setDocument(site());
    QUndoStack undo;
    MappingEditor editor(&model, &undo);
    editor.showTwin(QStringLiteral("sensor"));
    editor.sampleEditor()->setPlainText(QStringLiteral(R"({"env": {"t": 41}})"));
    const QByteArray before = model.toBytes();

    QTableWidget *table = editor.rulesTable();
    table->item(0, MappingEditor::Steps)->setText(QStringLiteral("[{\"type\": \"scale\", "));
    QCOMPARE(editor.status(), QStringLiteral("rule 1: steps must be a JSON array of steps"));
    QCOMPARE(undo.count(), 0);
    table->item(0, MappingEditor::Pointer)->setText(QStringLiteral("t"));
    QVERIFY(editor.status().startsWith(QLatin1String("rule 1: pointer 't' must start with '/'")));
    QCOMPARE(undo.count(), 0);
    QCOMPARE(model.toBytes(), before);

    // Fixing the cells commits one edit; the preview follows the new steps.
    table->item(0, MappingEditor::Pointer)->setText(QStringLiteral("/t"));
    table->item(0, MappingEditor::Steps)
        ->setText(QStringLiteral(R"([{"type": "scale", "factor": 0.1}])"));
    QCOMPARE(undo.count(), 1);
    QCOMPARE((*model.twin(QStringLiteral("sensor")))["shadowing"].dump(),
             std::string(R"({"rules":[{"from":"env","pointer":"/t","to":"temperature",)"
                         R"("steps":[{"type":"scale","factor":0.1}]}]})"));
    QCOMPARE(editor.previewText(0), QStringLiteral("temperature = 4.1"));

    editor.addRule();
    QCOMPARE(undo.count(), 2);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, MappingEditor::From)->text(), QStringLiteral("humidity"));
    editor.removeRule(0);
    QCOMPARE(undo.count(), 3);
    QCOMPARE(table->rowCount(), 1);
    while (undo.canUndo())
        undo.undo();
    QCOMPARE(model.toBytes(), before);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(editor.previewText(0), QStringLiteral("temperature = 21.5"));
}

void TestInspectorEditors::oddDocumentsAreShownNotCrashedOn()
{
    Json doc = site();
    doc["models"][1]["contents"] = 7;
    doc["twins"][0]["physicalAdapters"] =
        Json::parse(R"([{"id": "x", "type": "nope", "config": [1]}, {"type": 5}, "junk"])");
    doc["twins"][0]["shadowing"] = Json::parse(R"({"rules": [5, {"from": 3}], "passThrough": 1})");
    doc["twins"].push_back(Json::parse(R"({"id": "room", "model": "dtmi:t:Room;1"})"));
    GraphModel model;
    model.setDocument(doc);
    QUndoStack undo;
    InspectorPanel inspector(&model, &undo);
    inspector.showTwin(QStringLiteral("sensor"));
    // Unknown types get one JSON editor for the whole configuration, which must be an object.
    QCOMPARE(inspector.adapterForms().size(), 4);
    SchemaForm *unknown = inspector.adapterForms().at(0);
    QCOMPARE(unknown->fieldPaths(), QStringList({QString()}));
    typeInto(unknown->editor(QString()), QStringLiteral("[2]"));
    QCOMPARE(unknown->errors(),
             QStringList({QStringLiteral("configuration: must be a JSON object")}));
    typeInto(unknown->editor(QString()), QStringLiteral(R"({"a": 1})"));
    QCOMPARE(undo.count(), 1);
    QCOMPARE((*model.twin(QStringLiteral("sensor")))["physicalAdapters"][0]["config"].dump(),
             std::string(R"({"a":1})"));

    // An adapter entry that is not an object is not written to.
    SchemaForm *junk = inspector.adapterForms().at(2);
    typeInto(junk->editor(QString()), QStringLiteral(R"({"b": 2})"));
    QCOMPARE(undo.count(), 1);
    QCOMPARE((*model.twin(QStringLiteral("sensor")))["physicalAdapters"][2], "junk");

    MappingEditor *mapping = inspector.editMapping();
    QCOMPARE(mapping->rulesTable()->rowCount(), 2);
    mapping->sampleEditor()->setPlainText(QStringLiteral(R"({"env": 1})"));
    QVERIFY2(mapping->previewText(0).startsWith(QLatin1String("rule 1: ")),
             qPrintable(mapping->previewText(0)));
    QVERIFY(mapping->resultText().startsWith(QLatin1String("error: ")));

    // A model that does not load is not offered for editing: the problems panel names it.
    inspector.showTwin(QStringLiteral("room"));
    QVERIFY(!inspector.editModel());
    QCOMPARE(undo.count(), 1);
}

void TestInspectorEditors::screenshots()
{
    const QString project = m_dir.filePath(QStringLiteral("editors.twinloom.json"));
    {
        QFile f(project);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(site().dump(2)));
    }
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QString error;
    QVERIFY2(w.openFile(project, &error), qPrintable(error));
    QVERIFY(w.action(QStringLiteral("edit.model")));
    QVERIFY(w.action(QStringLiteral("edit.mapping")));
    w.action(QStringLiteral("view.dark"))->setChecked(true);
    w.inspector()->showTwin(QStringLiteral("sensor"));
    SchemaForm *server = w.inspector()->adapterForms().at(2);
    typeInto(server->editor(QStringLiteral("port")), QStringLiteral("70000"));
    QTest::qWait(100);
    auto *scroll = w.inspector()->findChild<QScrollArea *>();
    QVERIFY(scroll);
    scroll->ensureWidgetVisible(server->editor(QStringLiteral("port")));
    QTest::qWait(100);
    const QImage inspector = w.inspector()->grab().toImage();
    QVERIFY(inspector.save(shots() + QStringLiteral("/inspector-form.png")));
    scroll->ensureWidgetVisible(
        w.inspector()->adapterForms().at(0)->editor(QStringLiteral("broker/host")));
    QTest::qWait(100);
    QVERIFY(w.inspector()->grab().toImage().save(shots() +
                                                 QStringLiteral("/inspector-form-broker.png")));
    QVERIFY(!w.inspector()->grab().isNull());

    w.action(QStringLiteral("edit.mapping"))->trigger();
    auto *mapping = w.findChild<MappingEditor *>();
    QVERIFY(mapping && mapping->isVisible());
    QCOMPARE(mapping->twinId(), QStringLiteral("sensor"));
    mapping->addRule();
    mapping->sampleEditor()->setPlainText(
        QStringLiteral("{\n  \"env\": {\"h\": 40},\n  \"humidity\": 40.5\n}"));
    QCOMPARE(mapping->previewText(1), QStringLiteral("humidity = 40.5"));
    QTest::qWait(200);
    QVERIFY(mapping->grab().toImage().save(shots() + QStringLiteral("/mapping-editor.png")));

    w.action(QStringLiteral("view.dark"))->setChecked(false);
    w.action(QStringLiteral("edit.model"))->trigger();
    auto *models = w.findChild<ModelEditor *>();
    QVERIFY(models && models->isVisible());
    models->contentsTable()->selectRow(0);
    QTest::qWait(200);
    QVERIFY(models->grab().toImage().save(shots() + QStringLiteral("/model-editor.png")));
    w.action(QStringLiteral("view.dark"))->setChecked(true);
    QTest::qWait(50);
    models->kindBox()->setCurrentText(QStringLiteral("Relationship"));
    models->nameEdit()->setText(QStringLiteral("9lives"));
    QVERIFY(!models->addEntry());
    QTest::qWait(100);
    QVERIFY(models->grab().toImage().save(shots() + QStringLiteral("/model-editor-dark.png")));
    mapping->close();
    models->close();
}

QTEST_MAIN(TestInspectorEditors)
#include "tst_inspectoreditors.moc"
