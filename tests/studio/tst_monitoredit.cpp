// Monitor mode, editing and watching: the entanglement of the shown twin, tiles moved and resized
// by dragging (one undoable edit per drag, covered tiles moved down), the tile inspector, the
// operator view, and a narrow plot's title.

#include "app/studio/monitor/dashboard.h"
#include "app/studio/monitor/monitorcontroller.h"
#include "app/studio/monitor/tileinspector.h"
#include "app/studio/monitor/tilemodel.h"
#include "app/studio/shared/enginehost.h"
#include "app/studio/shared/mainwindow.h"
#include "tests/support/studiotest.h"
#include "tests/support/twintest.h"

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtGui/QUndoStack>
#include <QtQuick/QQuickItem>
#include <QtQuickWidgets/QQuickWidget>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QToolBar>

using namespace twinloom;
using namespace twinloom::Studio;
using twinloom::Test::findNamed;
using twinloom::Test::findTileFrame;

namespace {

const QString kExample =
    QStringLiteral(TWINLOOM_SOURCE_DIR "/examples/smart-building.twinloom.json");

// A twin without physical adapters (Bound as soon as it starts, fed by the test) and a saved
// dashboard of four tiles:  A A B B D D
//                           C C C C D D
//                           P
const char *kProject = R"({
  "format": "twinloom-project", "version": 1, "name": "Probe",
  "models": [{
    "@id": "dtmi:test:Probe;1", "@type": "Interface", "@context": "dtmi:dtdl:context;3",
    "contents": [
      {"@type": "Property", "name": "temperature", "schema": "double", "maxAge": "PT1H"},
      {"@type": "Property", "name": "humidity", "schema": "double", "maxAge": "PT1H"},
      {"@type": "Property", "name": "on", "schema": "boolean"},
      {"@type": "Property", "name": "target", "schema": "double", "writable": true},
      {"@type": "Event", "name": "alarm", "schema": "string"},
      {"@type": "Command", "name": "reset"}
    ]}],
  "twins": [{"id": "probe", "model": "dtmi:test:Probe;1", "physicalAdapters": [{"type": "api"}]}],
  "dashboards": [{
    "id": "probe", "name": "Probe", "twin": "probe", "columns": 6,
    "tiles": [
      {"type": "value", "twin": "probe", "property": "temperature", "x": 0, "y": 0, "w": 2, "h": 1},
      {"type": "value", "twin": "probe", "property": "humidity", "x": 2, "y": 0, "w": 2, "h": 1},
      {"type": "lamp", "twin": "probe", "property": "on", "x": 0, "y": 1, "w": 4, "h": 1},
      {"type": "gauge", "twin": "probe", "property": "target", "x": 4, "y": 0, "w": 2, "h": 2},
      {"type": "plot", "x": 0, "y": 2, "w": 1, "h": 2, "history": 100,
       "series": [{"twin": "probe", "property": "temperature"}]}
    ]}]
})";

QRect cells(const Tile &t)
{
    return QRect(t.x, t.y, t.w, t.h);
}

// Drags with the left button from `from` to `to` in a few steps, as a hand would.
void drag(QWidget *widget, QPoint from, QPoint to)
{
    QTest::mousePress(widget, Qt::LeftButton, Qt::NoModifier, from);
    for (int step = 1; step <= 5; ++step) {
        QTest::mouseMove(widget, from + (to - from) * step / 5);
        QTest::qWait(10);
    }
    QTest::mouseRelease(widget, Qt::LeftButton, Qt::NoModifier, to);
    QTest::qWait(20);
}

} // namespace

class TestMonitorEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void entanglementOfTheShownTwin();
    void movingPushesCoveredTilesDown();
    void draggingMovesAndResizes();
    void keysMoveResizeAndRemove();
    void inspectorConfiguresTheSelectedTile();
    void titleIsSavedAndOldFilesLoad();
    void narrowPlotElidesItsTitle();
    void designPanelsLeaveTheMonitor();
    void operatorViewShowsTheDashboardAlone();

private:
    // Opens the probe project in Monitor mode on its dashboard; shown at `size` when given.
    bool open(MainWindow &w, QSize size = {});
    QTemporaryDir m_dir;
};

void TestMonitorEdit::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Test::setUpStudio(m_dir, QStringLiteral("tst_monitoredit"));
    QFile f(m_dir.filePath(QStringLiteral("probe.twinloom.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kProject);
}

bool TestMonitorEdit::open(MainWindow &w, QSize size)
{
    if (size.isValid()) {
        w.resize(size);
        w.show();
        if (!QTest::qWaitForWindowExposed(&w))
            return false;
    }
    return Test::openInMonitor(w, m_dir.filePath(QStringLiteral("probe.twinloom.json")),
                               QStringLiteral("probe"));
}

void TestMonitorEdit::entanglementOfTheShownTwin()
{
    MainWindow w;
    QVERIFY(open(w));
    MonitorController *c = w.monitor()->controller();
    EntanglementIndicator *e = c->entanglement();
    QCOMPARE(e->twin(), QStringLiteral("probe"));
    QVERIFY(!e->isShown()); // not running
    // The same figures as a tile, from Edit ▸ Add Tile.
    Tile tile;
    tile.type = TileType::Entanglement;
    tile.twin = QStringLiteral("probe");
    tile.w = 2;
    QVERIFY(c->addTile(tile));
    TileModel *entanglementTile = c->tile(c->tileCount() - 1);
    QCOMPARE(entanglementTile->type(), QStringLiteral("entanglement"));
    QCOMPARE(entanglementTile->title(), QStringLiteral("Entanglement of probe"));
    QVERIFY(entanglementTile->entanglement());
    QVERIFY(entanglementTile->problem().isEmpty());
    w.action(QStringLiteral("run.start"))->trigger();
    QVERIFY(w.engineHost()->isRunning());
    Engine *engine = w.engineHost()->engine();
    QTRY_COMPARE(engine->lifecycle(QStringLiteral("probe")), LifecycleState::Synchronized);
    // Eight events reach the twin, two of the wrong type fail; humidity is never reported.
    for (int i = 0; i < 6; ++i)
        engine->ingest(QStringLiteral("probe"),
                       Test::propertyEvent(QStringLiteral("temperature"), 20.0 + i));
    for (int i = 0; i < 2; ++i)
        engine->ingest(QStringLiteral("probe"),
                       Test::propertyEvent(QStringLiteral("temperature"), QStringLiteral("warm")));
    QTRY_COMPARE(engine->twinMetrics(QStringLiteral("probe")).eventsFailed, 2u);
    // Measured once a second, not per message.
    QSignalSpy changed(e, &EntanglementIndicator::changed);
    QTRY_VERIFY_WITH_TIMEOUT(e->isShown() && e->figures().eventsOffered == 8, 3000);
    QCOMPARE(e->figures().eventsLost, 2u);
    QCOMPARE(e->reliability(), 0.75);
    QCOMPARE(e->figures().limitedProperties, 2);
    QCOMPARE(e->figures().timelyProperties, 1);
    QCOMPARE(e->timeliness(), 0.5);
    QVERIFY(e->availability() > 0.99 && e->availability() <= 1.0); // Bound since it started
    QCOMPARE(e->odte(), 0.5 * 0.75 * e->availability());
    QCOMPARE(e->summary(),
             QStringLiteral("Entanglement %1").arg(QLocale().toString(e->odte(), 'f', 2)));
    QVERIFY(e->details().contains(QStringLiteral("2 of 8 events")));
    const QVariantList shares = e->shares();
    QCOMPARE(shares.size(), 3);
    QCOMPARE(shares[0].toMap().value(QStringLiteral("label")).toString(),
             QStringLiteral("Timeliness"));
    QCOMPARE(shares[1].toMap().value(QStringLiteral("value")).toDouble(), 0.75);
    QVERIFY(shares[2].toMap().value(QStringLiteral("known")).toBool());
    QTRY_COMPARE(entanglementTile->entanglement()->figures().eventsOffered, 8u);
    QCOMPARE(entanglementTile->entanglement()->reliability(), 0.75);
    QCOMPARE(entanglementTile->entanglement()->timeliness(), 0.5);
    changed.clear();
    QTest::qWait(2100);
    QVERIFY2(changed.size() >= 1 && changed.size() <= 3,
             qPrintable(QString::number(changed.size())));
    // The header shows it.
    QQuickItem *row =
        findNamed(w.monitor()->quickWidget()->rootObject(), QStringLiteral("entanglement"));
    QVERIFY(row);
    // A free dashboard or another twin follows; stopping hides it.
    w.action(QStringLiteral("run.stop"))->trigger();
    QVERIFY(!e->isShown());
    QVERIFY(!row->isVisible());
    QVERIFY(!entanglementTile->entanglement()->isShown());
}

void TestMonitorEdit::movingPushesCoveredTilesDown()
{
    MainWindow w;
    QVERIFY(open(w));
    MonitorController *c = w.monitor()->controller();
    QCOMPARE(c->tileCount(), 5);
    const int before = w.undoStack()->count();
    // D onto the cells of A and B: A and B move below it, C below A.
    QVERIFY(c->setTileGeometry(3, 1, 0, 2, 1));
    QCOMPARE(w.undoStack()->count(), before + 1);
    QCOMPARE(w.undoStack()->undoText(), QStringLiteral("Resize Tile"));
    const auto &t = c->dashboard().tiles;
    QCOMPARE(cells(t[3]), QRect(1, 0, 2, 1));
    QCOMPARE(cells(t[0]), QRect(0, 1, 2, 1));
    QCOMPARE(cells(t[1]), QRect(2, 1, 2, 1));
    QCOMPARE(cells(t[2]), QRect(0, 2, 4, 1));
    QCOMPARE(cells(t[4]), QRect(0, 3, 1, 2));
    // One undo puts every tile back.
    w.undoStack()->undo();
    QCOMPARE(cells(c->dashboard().tiles[3]), QRect(4, 0, 2, 2));
    QCOMPARE(cells(c->dashboard().tiles[0]), QRect(0, 0, 2, 1));
    QCOMPARE(cells(c->dashboard().tiles[2]), QRect(0, 1, 4, 1));
    // A move to free cells moves nothing else.
    QVERIFY(c->setTileGeometry(0, 4, 5, 2, 1));
    QCOMPARE(w.undoStack()->undoText(), QStringLiteral("Move Tile"));
    QCOMPARE(cells(c->dashboard().tiles[1]), QRect(2, 0, 2, 1));
    QCOMPARE(cells(c->dashboard().tiles[2]), QRect(0, 1, 4, 1));
}

void TestMonitorEdit::draggingMovesAndResizes()
{
    MainWindow w;
    QVERIFY(open(w, QSize(1000, 700)));
    MonitorController *c = w.monitor()->controller();
    c->setEditing(true);
    QQuickWidget *quick = w.monitor()->quickWidget();
    QTest::qWait(100);
    QQuickItem *root = quick->rootObject();
    const double cellWidth = root->property("cellWidth").toDouble();
    const double cellHeight = root->property("cellHeight").toDouble();
    QVERIFY(cellWidth >= 80);

    // Drag A by two cells right and one down: it lands on (2, 1), C moves below it.
    QQuickItem *a = findTileFrame(root, c->tile(0));
    QVERIFY(a);
    const QPoint from = a->mapToScene(QPointF(a->width() / 2, a->height() / 2)).toPoint();
    const int before = w.undoStack()->count();
    drag(quick, from, from + QPoint(qRound(2 * cellWidth + 10), qRound(cellHeight - 5)));
    QCOMPARE(w.undoStack()->count(), before + 1);
    QCOMPARE(cells(c->dashboard().tiles[0]), QRect(2, 1, 2, 1));
    QCOMPARE(cells(c->dashboard().tiles[2]), QRect(0, 2, 4, 1));
    QCOMPARE(c->selectedTile(), 0);
    // The frame follows the model again.
    QTRY_COMPARE(a->x(), root->property("gap").toDouble() + 2 * cellWidth);

    // Drag the humidity tile's corner one cell right and one down.
    QQuickItem *b = findTileFrame(root, c->tile(1));
    QVERIFY(b);
    const QPoint corner = b->mapToScene(QPointF(b->width() - 5, b->height() - 5)).toPoint();
    drag(quick, corner, corner + QPoint(qRound(cellWidth), qRound(cellHeight)));
    QCOMPARE(w.undoStack()->count(), before + 2);
    QCOMPARE(w.undoStack()->undoText(), QStringLiteral("Resize Tile"));
    QCOMPARE(cells(c->dashboard().tiles[1]), QRect(2, 0, 3, 2));
    // A drag that ends where it started is no edit.
    QQuickItem *d = findTileFrame(root, c->tile(3));
    const QPoint still = d->mapToScene(QPointF(20, 30)).toPoint();
    drag(quick, still, still + QPoint(8, 6));
    QCOMPARE(w.undoStack()->count(), before + 2);
    // A drag off the left edge stops at column 0.
    const QPoint left = a->mapToScene(QPointF(a->width() / 2, a->height() / 2)).toPoint();
    drag(quick, left, QPoint(2, left.y()));
    QCOMPARE(c->dashboard().tiles[0].x, 0);
}

void TestMonitorEdit::keysMoveResizeAndRemove()
{
    MainWindow w;
    QVERIFY(open(w, QSize(1000, 700)));
    MonitorController *c = w.monitor()->controller();
    c->setEditing(true);
    QQuickWidget *quick = w.monitor()->quickWidget();
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    // A click on the humidity tile selects it and gives the dashboard the keyboard.
    QQuickItem *b = findTileFrame(quick->rootObject(), c->tile(1));
    QVERIFY(b);
    const QPoint at = b->mapToScene(QPointF(b->width() / 2, b->height() / 2)).toPoint();
    QTest::mouseClick(quick, Qt::LeftButton, Qt::NoModifier, at);
    QCOMPARE(c->selectedTile(), 1);
    const int before = w.undoStack()->count();
    QTest::keyClick(quick, Qt::Key_Right);
    QCOMPARE(cells(c->dashboard().tiles[1]), QRect(3, 0, 2, 1));
    QTest::keyClick(quick, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(cells(c->dashboard().tiles[1]), QRect(3, 0, 2, 2));
    QTest::keyClick(quick, Qt::Key_Right, Qt::ShiftModifier); // column 6 is the last
    QCOMPARE(cells(c->dashboard().tiles[1]), QRect(3, 0, 3, 2));
    QTest::keyClick(quick, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(cells(c->dashboard().tiles[1]), QRect(3, 0, 3, 2));
    QCOMPARE(w.undoStack()->count(), before + 3);
    QTest::keyClick(quick, Qt::Key_Delete);
    QCOMPARE(c->tileCount(), 4);
    QCOMPARE(w.undoStack()->count(), before + 4);
    // Outside Edit the keys do nothing.
    c->setEditing(false);
    QTest::keyClick(quick, Qt::Key_Left);
    QCOMPARE(w.undoStack()->count(), before + 4);
}

void TestMonitorEdit::inspectorConfiguresTheSelectedTile()
{
    MainWindow w;
    QVERIFY(open(w, QSize(1200, 800)));
    MonitorController *c = w.monitor()->controller();
    TileInspector *inspector = w.monitor()->tileInspector();
    QVERIFY(!inspector->isVisible());
    c->setEditing(true);
    QVERIFY(inspector->isVisible());
    auto *title = inspector->findChild<QLineEdit *>(QStringLiteral("tileTitle"));
    auto *member = inspector->findChild<QComboBox *>(QStringLiteral("tileMember"));
    auto *type = inspector->findChild<QComboBox *>(QStringLiteral("tileType"));
    auto *history = inspector->findChild<QSpinBox *>(QStringLiteral("tileHistory"));
    auto *series = inspector->findChild<QListWidget *>(QStringLiteral("tileSeries"));
    QVERIFY(title && member && type && history && series);
    QVERIFY(!title->isVisible());

    c->selectTile(0);
    QVERIFY(title->isVisible());
    QCOMPARE(title->placeholderText(), QStringLiteral("temperature"));
    // Only the types that fit a number: value, gauge, text.
    QStringList types;
    for (int i = 0; i < type->count(); ++i)
        types << type->itemData(i).toString();
    QCOMPARE(types, (QStringList{QStringLiteral("value"), QStringLiteral("gauge"),
                                 QStringLiteral("text")}));
    QVERIFY(!history->isVisible());

    const int before = w.undoStack()->count();
    title->setText(QStringLiteral("Supply air"));
    Q_EMIT title->editingFinished();
    QCOMPARE(c->dashboard().tiles[0].title, QStringLiteral("Supply air"));
    QCOMPARE(c->tile(0)->title(), QStringLiteral("Supply air"));
    QCOMPARE(w.undoStack()->undoText(), QStringLiteral("Rename Tile"));

    Q_EMIT type->activated(type->findData(TileType::Gauge->idName()));
    QCOMPARE(c->dashboard().tiles[0].type, TileType::Gauge);
    QCOMPARE(c->tile(0)->type(), QStringLiteral("gauge"));
    QCOMPARE(c->dashboard().tiles[0].title, QStringLiteral("Supply air")); // kept

    // Another member: a boolean, so the gauge becomes a lamp.
    Q_EMIT member->activated(member->findData(QStringLiteral("on")));
    QCOMPARE(c->dashboard().tiles[0].member, QStringLiteral("on"));
    QCOMPARE(c->dashboard().tiles[0].type, TileType::Lamp);
    // An action: an action button.
    Q_EMIT member->activated(member->findData(QStringLiteral("reset")));
    QCOMPARE(c->dashboard().tiles[0].type, TileType::Action);
    QCOMPARE(cells(c->dashboard().tiles[0]), QRect(0, 0, 2, 1)); // the place is kept
    QCOMPARE(w.undoStack()->count(), before + 4);

    // The plot: its history and its series.
    c->selectTile(4);
    QVERIFY(history->isVisible());
    QCOMPARE(history->value(), 100);
    QCOMPARE(series->count(), 1);
    history->setValue(2500);
    QCOMPARE(c->dashboard().tiles[4].history, 2500);
    QCOMPARE(c->tile(4)->plot()->history(), std::size_t(2500));
    const QList<QComboBox *> combos = inspector->findChildren<QComboBox *>();
    QComboBox *seriesProperty = nullptr;
    for (QComboBox *box : combos)
        if (box->findData(QStringLiteral("humidity")) >= 0 && box != member)
            seriesProperty = box;
    QVERIFY(seriesProperty);
    // Only numbers can be plotted.
    QCOMPARE(seriesProperty->findData(QStringLiteral("on")), -1);
    seriesProperty->setCurrentIndex(seriesProperty->findData(QStringLiteral("humidity")));
    QPushButton *add = nullptr;
    QPushButton *remove = nullptr;
    for (QPushButton *button : inspector->findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("Add"))
            add = button;
        if (button->text() == QStringLiteral("Remove"))
            remove = button;
    }
    QVERIFY(add && remove);
    add->click();
    QCOMPARE(c->dashboard().tiles[4].series.size(), std::size_t(2));
    QCOMPARE(c->dashboard().tiles[4].series[1].property, QStringLiteral("humidity"));
    QCOMPARE(series->count(), 2);
    QCOMPARE(c->tile(4)->plot()->seriesNames().size(), 2);
    series->setCurrentRow(0);
    remove->click();
    QCOMPARE(c->dashboard().tiles[4].series.size(), std::size_t(1));
    QCOMPARE(c->dashboard().tiles[4].series[0].property, QStringLiteral("humidity"));
    QCOMPARE(w.undoStack()->count(), before + 7);
    QCOMPARE(w.undoStack()->undoText(), QStringLiteral("Remove Plot Series"));

    // Each step undoes on its own.
    w.undoStack()->undo();
    QCOMPARE(c->dashboard().tiles[4].series.size(), std::size_t(2));
    w.undoStack()->undo();
    w.undoStack()->undo();
    QCOMPARE(c->dashboard().tiles[4].history, 100);
    w.undoStack()->undo();
    QCOMPARE(c->dashboard().tiles[0].type, TileType::Lamp);
    w.undoStack()->undo();
    w.undoStack()->undo();
    w.undoStack()->undo();
    QCOMPARE(c->dashboard().tiles[0].title, QString());
    QCOMPARE(c->dashboard().tiles[0].type, TileType::Value);
    QCOMPARE(w.undoStack()->count() - w.undoStack()->index(), 7);

    // Leaving Edit hides the inspector and the selection.
    c->setEditing(false);
    QVERIFY(!inspector->isVisible());
    QCOMPARE(c->selectedTile(), -1);
}

void TestMonitorEdit::titleIsSavedAndOldFilesLoad()
{
    Dashboard d;
    d.id = QStringLiteral("x");
    Tile t;
    t.twin = QStringLiteral("probe");
    t.member = QStringLiteral("temperature");
    t.title = QStringLiteral("Supply air");
    d.tiles.push_back(t);
    const auto json = d.toJson();
    QCOMPARE(json["tiles"][0]["title"].get<std::string>(), std::string("Supply air"));
    Diagnostics diagnostics;
    const auto back = Dashboard::fromJson(json, QStringLiteral("/dashboards/0"), diagnostics);
    QVERIFY(back && !diagnostics.hasErrors());
    QVERIFY(*back == d);
    // An entanglement tile names its twin only.
    Tile e;
    e.type = TileType::Entanglement;
    e.twin = QStringLiteral("probe");
    d.tiles.push_back(e);
    const auto withEntanglement = d.toJson();
    QCOMPARE(withEntanglement["tiles"][1]["type"].get<std::string>(), std::string("entanglement"));
    QVERIFY(!withEntanglement["tiles"][1].contains("property"));
    Diagnostics entanglementDiagnostics;
    const auto read2 = Dashboard::fromJson(withEntanglement, QStringLiteral("/dashboards/0"),
                                           entanglementDiagnostics);
    QVERIFY(read2 && read2->tiles.size() == 2 && !entanglementDiagnostics.hasErrors());
    QVERIFY(*read2 == d);
    d.tiles.pop_back();
    // Without a title (files written before titles) the tile shows its member's name.
    d.tiles[0].title.clear();
    QVERIFY(!d.toJson()["tiles"][0].contains("title"));
    // A title that is not a string is reported with its pointer.
    auto bad = json;
    bad["tiles"][0]["title"] = 3;
    Diagnostics badDiagnostics;
    const auto read = Dashboard::fromJson(bad, QStringLiteral("/dashboards/0"), badDiagnostics);
    QVERIFY(read);
    QVERIFY(read->tiles.empty());
    QVERIFY2(badDiagnostics.toString().contains(QStringLiteral("/dashboards/0/tiles/0/title")),
             qPrintable(badDiagnostics.toString()));
}

void TestMonitorEdit::narrowPlotElidesItsTitle()
{
    MainWindow w;
    QVERIFY(open(w, QSize(1000, 700)));
    MonitorController *c = w.monitor()->controller();
    QQuickItem *root = w.monitor()->quickWidget()->rootObject();
    QTest::qWait(100);
    QQuickItem *frame = findTileFrame(root, c->tile(4));
    QVERIFY(frame);
    QQuickItem *title = findNamed(frame, QStringLiteral("tileTitle"));
    QVERIFY(title);
    // One cell wide: the tools fold into one button and the title ends before it.
    const double tools = title->property("toolsWidth").toDouble();
    QVERIFY2(tools > 0 && tools < 40, qPrintable(QString::number(tools)));
    QVERIFY(title->x() + title->width() <= frame->width() - tools);
    QVERIFY(title->property("truncated").toBool());
    // Wide, the tools show in a row and the title is whole.
    QVERIFY(c->setTileGeometry(4, 0, 2, 6, 2));
    QTRY_VERIFY(title->property("toolsWidth").toDouble() > 100);
    QVERIFY(!title->property("truncated").toBool());
    QVERIFY(title->x() + title->width() <=
            frame->width() - title->property("toolsWidth").toDouble());
}

void TestMonitorEdit::designPanelsLeaveTheMonitor()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *palette = w.findChild<QDockWidget *>(QStringLiteral("paletteDock"));
    auto *inspector = w.findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
    auto *log = w.findChild<QDockWidget *>(QStringLiteral("logDock"));
    QVERIFY(palette && inspector && log);
    palette->show();
    inspector->show();
    log->show();
    w.setMode(MainWindow::Mode::Monitor);
    QVERIFY(!palette->isVisible());
    QVERIFY(!inspector->isVisible());
    QVERIFY(!log->isHidden()); // the log applies to running twins: it stays
    w.setMode(MainWindow::Mode::Run);
    QVERIFY(palette->isVisible());
    QVERIFY(inspector->isVisible());
}

void TestMonitorEdit::operatorViewShowsTheDashboardAlone()
{
    MainWindow w;
    QVERIFY(open(w, QSize(1000, 700)));
    w.setMode(MainWindow::Mode::Design);
    MonitorController *c = w.monitor()->controller();
    c->setEditing(true);
    QAction *operatorView = w.action(QStringLiteral("view.operator"));
    QVERIFY(operatorView);
    QCOMPARE(operatorView->shortcut(), QKeySequence(Qt::Key_F11));
    operatorView->trigger();
    QVERIFY(w.isOperatorView());
    QCOMPARE(w.mode(), MainWindow::Mode::Monitor);
    QTRY_VERIFY(w.isFullScreen());
    QVERIFY(!w.menuBar()->isVisible());
    QVERIFY(!w.statusBar()->isVisible());
    for (QDockWidget *dock : w.findChildren<QDockWidget *>())
        QVERIFY2(!dock->isVisible(), qPrintable(dock->objectName()));
    for (QToolBar *bar : w.findChildren<QToolBar *>())
        QVERIFY(!bar->isVisible());
    QVERIFY(!w.monitor()->findChild<QWidget *>(QStringLiteral("monitorBar"))->isVisible());
    QVERIFY(!c->isEditing());
    QVERIFY(!w.monitor()->tileInspector()->isVisible());
    // The dashboard takes the whole screen.
    QTRY_VERIFY(w.monitor()->quickWidget()->width() >= w.width() - 2);
    // Esc leaves it, everything comes back.
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(w.monitor()->quickWidget(), Qt::Key_Escape);
    QVERIFY(!w.isOperatorView());
    QTRY_VERIFY(!w.isFullScreen());
    QVERIFY(w.menuBar()->isVisible());
    QVERIFY(w.statusBar()->isVisible());
    QVERIFY(w.monitor()->findChild<QWidget *>(QStringLiteral("monitorBar"))->isVisible());
    QCOMPARE(w.mode(), MainWindow::Mode::Monitor);
    // Esc does nothing outside the operator view.
    QVERIFY(!w.action(QStringLiteral("view.leaveOperator"))->isEnabled());
}

QTEST_MAIN(TestMonitorEdit)
#include "tst_monitoredit.moc"
