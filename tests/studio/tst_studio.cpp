// The desktop window offscreen: twins from the palette, wires drawn with the mouse, undo, save and
// reopen, the command palette, problems, running the example with lifecycle colours on the
// canvas, picture export, and a screenshot of each mode checked for content.

#include "adapters/builtinadapters.h"
#include "app/studio/design/canvasview.h"
#include "app/studio/design/problemspanel.h"
#include "app/studio/design/twinitem.h"
#include "app/studio/monitor/entanglementindicator.h"
#include "app/studio/run/logpanel.h"
#include "app/studio/shared/commandpalette.h"
#include "app/studio/shared/enginehost.h"
#include "app/studio/shared/grapheditbuilder.h"
#include "app/studio/shared/mainwindow.h"
#include "app/studio/shared/twintree.h"
#include "engine/adapter.h"
#include "engine/history/sqlhistorystore.h"
#include "engine/script/scriptstep.h"
#include "tests/support/httpclient.h"
#include "tests/support/mosquittobroker.h"
#include "tests/support/studiotest.h"

#include <QtCore/QMimeData>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtGui/QUndoStack>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QGraphicsSceneDragDropEvent>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QTreeView>
#include <QtWidgets/QTreeWidget>

using namespace twinloom;
using namespace twinloom::Studio;

using twinloom::Test::colourCount;

namespace {

const QString kExample =
    QStringLiteral(TWINLOOM_SOURCE_DIR "/examples/smart-building.twinloom.json");

bool hasColourNear(const QImage &image, const QColor &c, int tolerance = 12)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor p = image.pixelColor(x, y);
            if (std::abs(p.red() - c.red()) <= tolerance &&
                std::abs(p.green() - c.green()) <= tolerance &&
                std::abs(p.blue() - c.blue()) <= tolerance)
                return true;
        }
    }
    return false;
}

void dropOnScene(GraphScene *scene, const QString &mime, const QByteArray &data, const QPointF &at)
{
    QMimeData payload;
    payload.setData(mime, data);
    QGraphicsSceneDragDropEvent event(QEvent::GraphicsSceneDrop);
    event.setScenePos(at);
    event.setMimeData(&payload);
    event.setPossibleActions(Qt::CopyAction);
    event.setProposedAction(Qt::CopyAction);
    QApplication::sendEvent(scene, &event);
}

} // namespace

class TestStudio : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void paletteWireUndoSaveReopen();
    void wrongWireIsRefused();
    void clickIsNotAMove();
    void autosaveFollowsTheFile();
    void openSaysWhatIsWrongWithAFile();
    void promptsDestroyNothingByDefault();
    void commandPaletteFindsCommands();
    void toolbarIconsScale();
    void problemsSelectTheirTwin();
    void runExampleShowsLifecycle();
    void twinTreeFindsTwins();
    void inspectorShowsNamesAndLiveValues();
    void runSaysWhatIsWrong();
    void runServesTwinsOverHttp();
    void runRecordsHistory();
    void exportPictures();
    void importAndExportFormats();
    void screenshotsOfEachMode();

private:
    QTemporaryDir m_dir;
};

void TestStudio::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Settings and autosaves of the tests stay in the temporary folder.
    Test::setUpStudio(m_dir, QStringLiteral("tst_studio"));
}

void TestStudio::paletteWireUndoSaveReopen()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    GraphModel *model = w.model();
    // Models come with a project: open the example's models in a fresh project.
    GraphModel::Json doc = GraphModel::Json::parse(R"({
      "format": "twinloom-project", "version": 1, "name": "drawn",
      "models": [
        {"@id": "dtmi:t:Floor;1", "displayName": "Floor", "contents": [
          {"@type": "Relationship", "name": "hasRoom", "target": "dtmi:t:Room;1"}]},
        {"@id": "dtmi:t:Room;1", "displayName": "Room", "contents": [
          {"@type": "Property", "name": "t", "schema": "double"}]}],
      "twins": []})");
    model->setDocument(doc);
    w.undoStack()->clear();

    // Two twins dropped from the palette.
    dropOnScene(w.scene(), QStringLiteral("application/x-twinloom-model"), "dtmi:t:Floor;1",
                QPointF(0, 0));
    dropOnScene(w.scene(), QStringLiteral("application/x-twinloom-model"), "dtmi:t:Room;1",
                QPointF(0, 300));
    QCOMPARE(model->twinIds(), QStringList({QStringLiteral("floor"), QStringLiteral("room")}));
    // An adapter dropped on the room.
    const QPointF roomCentre =
        w.scene()->twinItem(QStringLiteral("room"))->sceneBoundingRect().center();
    dropOnScene(w.scene(), QStringLiteral("application/x-twinloom-adapter"), "physical:sim",
                roomCentre);
    QCOMPARE((*model->twin(QStringLiteral("room")))["physicalAdapters"].size(), std::size_t{1});

    // A wire dragged with the mouse from the floor's handle to the room.
    w.view()->resetZoom();
    TwinItem *floor = w.scene()->twinItem(QStringLiteral("floor"));
    TwinItem *room = w.scene()->twinItem(QStringLiteral("room"));
    w.view()->centerOn(QPointF(110, 200));
    QApplication::processEvents();
    const QPoint from = w.view()->mapFromScene(floor->mapToScene(floor->handleRect().center()));
    const QPoint to = w.view()->mapFromScene(room->sceneBoundingRect().center());
    QTest::mousePress(w.view()->viewport(), Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(to), w.view()->viewport()->mapToGlobal(QPointF(to)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w.view()->viewport(), &move);
    QTest::mouseRelease(w.view()->viewport(), Qt::LeftButton, {}, to);
    QCOMPARE(model->edges().size(), std::size_t{1});
    QCOMPARE(model->edges().front().name, QStringLiteral("hasRoom"));
    QVERIFY(w.isDirty());
    QVERIFY(w.windowTitle().contains(QLatin1String("[*]")));

    // Undo takes the wire back, redo brings it again.
    w.action(QStringLiteral("edit.undo"))->trigger();
    QCOMPARE(model->edges().size(), std::size_t{0});
    w.action(QStringLiteral("edit.redo"))->trigger();
    QCOMPARE(model->edges().size(), std::size_t{1});

    // Copy and paste through the clipboard.
    w.scene()->selectTwins({QStringLiteral("room")});
    w.action(QStringLiteral("edit.copy"))->trigger();
    w.action(QStringLiteral("edit.paste"))->trigger();
    QCOMPARE(model->twinIds().size(), 3);
    QCOMPARE(w.scene()->selectedTwins(), QStringList{QStringLiteral("room-2")});
    w.action(QStringLiteral("edit.delete"))->trigger();
    QCOMPARE(model->twinIds().size(), 2);

    // Save, then reopen in a new window: same twins, wire and positions.
    const QString path = m_dir.filePath(QStringLiteral("drawn.twinloom.json"));
    QString error;
    QVERIFY2(w.saveFile(path, &error), qPrintable(error));
    QVERIFY(!w.isDirty());
    const QPointF floorAt = floor->pos();
    MainWindow again;
    QVERIFY2(again.openFile(path, &error), qPrintable(error));
    QCOMPARE(again.model()->twinIds(), model->twinIds());
    QCOMPARE(again.model()->edges().size(), std::size_t{1});
    QCOMPARE(again.scene()->twinItem(QStringLiteral("floor"))->pos(), floorAt);
    QCOMPARE(again.model()->toBytes(), model->toBytes());
    // The file is recorded as recent.
    QVERIFY(QSettings()
                .value(QStringLiteral("files/recent"))
                .toStringList()
                .contains(QFileInfo(path).absoluteFilePath()));
}

void TestStudio::clickIsNotAMove()
{
    // The example has no saved layout: its twins are placed when it opens.
    MainWindow w;
    QVERIFY(Test::openShown(w, kExample));
    QTest::qWait(50);
    w.view()->resetZoom();
    TwinItem *room = w.scene()->twinItem(QStringLiteral("room-1-1"));
    w.view()->centerOn(room);
    QApplication::processEvents();
    const QPoint at = w.view()->mapFromScene(room->mapToScene(QPointF(60, 40)));
    QTest::mouseClick(w.view()->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(w.scene()->selectedTwins(), QStringList{QStringLiteral("room-1-1")});
    QCOMPARE(w.undoStack()->count(), 0);
    QVERIFY(!w.isDirty());

    // A drag moves the twin it drags, and only that one.
    const QPoint to = at + QPoint(100, 60);
    QTest::mousePress(w.view()->viewport(), Qt::LeftButton, {}, at);
    for (int i = 1; i <= 5; ++i) {
        const QPointF p = QPointF(at) + QPointF(to - at) * (i / 5.0);
        QMouseEvent move(QEvent::MouseMove, p, w.view()->viewport()->mapToGlobal(p), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(w.view()->viewport(), &move);
    }
    QTest::mouseRelease(w.view()->viewport(), Qt::LeftButton, {}, to);
    QCOMPARE(w.undoStack()->count(), 1);
    QCOMPARE(w.undoStack()->text(0), QStringLiteral("Move 1 twin(s)"));
    QVERIFY(w.isDirty());
    w.undoStack()->undo();
    QVERIFY(!w.isDirty());
}

void TestStudio::openSaysWhatIsWrongWithAFile()
{
    MainWindow w;
    auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(m_dir.filePath(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return f.fileName();
    };
    QString error;
    // A JSON document of another kind (a package.json, a DTDL model).
    QVERIFY(!w.openFile(write(QStringLiteral("package.json"), R"({"name": "x", "version": "1"})"),
                        &error));
    QVERIFY2(error.contains(QLatin1String("not a Twinloom project")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("package.json")), qPrintable(error));
    // A project cut short: where it breaks off.
    QFile example(kExample);
    QVERIFY(example.open(QIODevice::ReadOnly));
    const QByteArray whole = example.readAll();
    QVERIFY(!w.openFile(write(QStringLiteral("cut.twinloom.json"), whole.left(whole.size() / 2)),
                        &error));
    QVERIFY2(error.contains(QLatin1String("line ")) && error.contains(QLatin1String("column")),
             qPrintable(error));
    QVERIFY(!w.openFile(write(QStringLiteral("list.json"), "[1, 2]"), &error));
    QVERIFY2(error.contains(QLatin1String("not a Twinloom project")), qPrintable(error));
    // Nothing of it reached the window.
    QVERIFY(w.model()->twinIds().isEmpty());
}

void TestStudio::autosaveFollowsTheFile()
{
    const QString first = m_dir.filePath(QStringLiteral("first.twinloom.json"));
    const QString second = m_dir.filePath(QStringLiteral("second.twinloom.json"));
    QFile::remove(first);
    QVERIFY(QFile::copy(kExample, first));
    QString error;
    QString firstAutosave;
    {
        MainWindow w;
        QVERIFY2(w.openFile(first, &error), qPrintable(error));
        w.scene()->selectTwins({QStringLiteral("sensor-1-1")});
        w.action(QStringLiteral("edit.delete"))->trigger();
        QVERIFY(w.isDirty());
        w.autosave();
        firstAutosave = w.autosavePath();
        QVERIFY(QFile::exists(firstAutosave));
        QVERIFY2(w.saveFile(second, &error), qPrintable(error));
        // Saved under the new name: neither name keeps an autosave.
        QVERIFY(!QFile::exists(firstAutosave));
        QVERIFY(!QFile::exists(w.autosavePath()));
        w.close();
    }
    // Opening the old file again offers nothing to recover (a dialog would stop this test).
    MainWindow again;
    QVERIFY2(again.openFile(first, &error), qPrintable(error));
    QVERIFY(!again.isDirty());
    QVERIFY(again.model()->hasTwin(QStringLiteral("sensor-1-1")));
}

void TestStudio::promptsDestroyNothingByDefault()
{
    const QString path = m_dir.filePath(QStringLiteral("prompted.twinloom.json"));
    QFile::remove(path);
    QVERIFY(QFile::copy(kExample, path));
    QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray original = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QString error;
    QVERIFY2(w.openFile(path, &error), qPrintable(error));
    w.scene()->selectTwins({QStringLiteral("sensor-1-1")});
    w.action(QStringLiteral("edit.delete"))->trigger();
    // Closing asks; Enter (the default button) keeps the window and the file as they are.
    QString defaultButton;
    QTimer::singleShot(200, &w, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        defaultButton = box->defaultButton() ? box->defaultButton()->text() : QString();
        QTest::keyClick(box, Qt::Key_Return);
    });
    QVERIFY(!w.close());
    QCOMPARE(defaultButton, QMessageBox(QMessageBox::Warning, {}, {}, QMessageBox::Cancel)
                                .button(QMessageBox::Cancel)
                                ->text());
    QVERIFY(w.isVisible());
    QVERIFY(w.isDirty());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), original);

    // Unattended (a screenshot), nothing is asked: the changes go to the autosave, the file is
    // untouched, and the next session offers them back.
    w.setUnattended(true);
    QVERIFY(w.close());
    QVERIFY(QFile::exists(w.autosavePath()));
    f.seek(0);
    QCOMPARE(f.readAll(), original);
    MainWindow unattended;
    unattended.setUnattended(true);
    QVERIFY2(unattended.openFile(path, &error), qPrintable(error));
    QVERIFY(unattended.model()->hasTwin(QStringLiteral("sensor-1-1")));
    QVERIFY(QFile::exists(unattended.autosavePath()));
    QFile::remove(unattended.autosavePath());
}

void TestStudio::wrongWireIsRefused()
{
    MainWindow w;
    QString error;
    QVERIFY2(w.openFile(kExample, &error), qPrintable(error));
    const std::size_t edges = w.model()->edges().size();
    // A sensor has no relationships: a wire from it to the building is refused with a reason.
    QSignalSpy messages(w.scene(), &GraphScene::message);
    TwinItem *sensor = w.scene()->twinItem(QStringLiteral("sensor-1-1"));
    TwinItem *building = w.scene()->twinItem(QStringLiteral("building"));
    QVERIFY(sensor && building);
    w.scene()->beginWire(sensor, sensor->outPort());
    w.scene()->endWire(building->sceneBoundingRect().center());
    QCOMPARE(w.model()->edges().size(), edges);
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.first().first().toString().contains(QLatin1String("sensor-1-1")));
    QVERIFY(!w.undoStack()->canUndo());
}

void TestStudio::toolbarIconsScale()
{
    // The toolbar's icons are drawn from vectors: asked for 64 px (a 32 px icon at 200 %), they
    // are 64 px, and not blank; a style's pixmap would stop at its own size.
    MainWindow w;
    for (const char *id : {"file.new", "file.open", "file.save", "edit.undo", "edit.redo",
                           "run.start", "run.stop", "view.fit", "edit.autoLayout"}) {
        const QIcon icon = w.action(QString::fromLatin1(id))->icon();
        QVERIFY2(!icon.isNull(), id);
        const QImage image = icon.pixmap(QSize(64, 64)).toImage();
        QCOMPARE(image.size(), QSize(64, 64));
        int opaque = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                opaque += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
        QVERIFY2(opaque > 64 * 64 / 50, id);
    }
}

void TestStudio::commandPaletteFindsCommands()
{
    MainWindow w;
    // Menus, shortcuts and the palette share one list of named commands.
    for (const char *id :
         {"file.new",       "file.open",   "file.save",    "file.saveAs", "edit.undo",
          "edit.redo",      "edit.cut",    "edit.copy",    "edit.paste",  "edit.delete",
          "edit.selectAll", "view.zoomIn", "view.zoomOut", "view.fit",    "view.commandPalette",
          "run.start",      "run.stop",    "mode.design",  "mode.run",    "file.exportPicture"})
        QVERIFY2(w.action(QString::fromLatin1(id)), id);
    QCOMPARE(w.action(QStringLiteral("view.commandPalette"))->shortcuts().size(), 2);
    QList<QAction *> actions;
    for (const QString &id : w.actionIds())
        actions << w.action(id);
    CommandPalette palette(actions, &w);
    const int all = palette.visibleCount();
    QVERIFY(all >= 20);
    QTest::keyClicks(palette.filterEdit(), QStringLiteral("zoom in"));
    QCOMPARE(palette.visibleCount(), 1);
    const double before = w.view()->zoom();
    QTest::keyClick(palette.filterEdit(), Qt::Key_Return);
    QVERIFY(w.view()->zoom() > before);

    // Every command of the menus is in the palette; only lists made of the user's data (recent
    // files, deployment nodes, panels) are not.
    const QSet<QAction *> commands(actions.begin(), actions.end());
    std::function<void(QMenu *)> visit = [&](QMenu *menu) {
        for (QAction *a : menu->actions()) {
            if (a->isSeparator())
                continue;
            if (QMenu *sub = a->menu()) {
                if (sub->objectName().isEmpty() &&
                    !QStringList{QStringLiteral("Open &Recent"), QStringLiteral("Start &Node"),
                                 QStringLiteral("&Panels")}
                         .contains(sub->title()))
                    visit(sub);
                continue;
            }
            QVERIFY2(commands.contains(a),
                     qPrintable(menu->title() + QStringLiteral(" ▸ ") + a->text()));
        }
    };
    for (QAction *top : w.menuBar()->actions())
        if (top->menu())
            visit(top->menu());
    for (const char *words : {"import dtdl", "export dtdl", "export wot", "export ditto",
                              "export azure", "import azure", "import wot", "remote twins"}) {
        CommandPalette search(actions, &w);
        QTest::keyClicks(search.filterEdit(), QString::fromLatin1(words));
        QVERIFY2(search.visibleCount() >= 1, words);
    }
}

void TestStudio::problemsSelectTheirTwin()
{
    MainWindow w;
    QString error;
    QVERIFY2(w.openFile(kExample, &error), qPrintable(error));
    QCOMPARE(w.problemsPanel()->errorCount(), 0);
    // A relationship to a twin that does not exist: one error, tied to its twin.
    GraphModel::Json entry = *w.model()->twin(QStringLiteral("floor-1"));
    entry["relationships"].push_back({{"name", "hasRoom"}, {"target", "ghost"}});
    GraphEditBuilder b(w.model());
    QVERIFY(b.replaceTwin(QStringLiteral("floor-1"), entry));
    w.undoStack()->push(b.finish(QStringLiteral("edit")));
    w.validateNow();
    QVERIFY(w.problemsPanel()->errorCount() >= 1);
    QCOMPARE(w.scene()->problemCount(QStringLiteral("floor-1")), w.problemsPanel()->errorCount());
    QTreeWidgetItem *item = w.problemsPanel()->topLevelItem(0);
    QCOMPARE(item->text(1), QStringLiteral("floor-1"));
    Q_EMIT w.problemsPanel()->itemClicked(item, 0);
    QCOMPARE(w.scene()->selectedTwins(), QStringList{QStringLiteral("floor-1")});
    QCOMPARE(w.inspector()->twinId(), QStringLiteral("floor-1"));
    // The inspector checks its JSON as it is typed.
    w.inspector()->jsonEditor()->setPlainText(QStringLiteral("{\"id\": "));
    QVERIFY(!w.inspector()->jsonError().isEmpty());
    w.inspector()->jsonEditor()->setPlainText(QStringLiteral("{\"id\": \"x\"}"));
    QVERIFY(w.inspector()->jsonError().contains(QLatin1String("model")));
    w.action(QStringLiteral("edit.undo"))->trigger();
    w.validateNow();
    QCOMPARE(w.problemsPanel()->errorCount(), 0);
}

void TestStudio::runExampleShowsLifecycle()
{
    MainWindow w;
    QVERIFY(Test::openShown(w, kExample));
    w.view()->resetZoom();
    w.view()->centerOn(w.scene()->twinItem(QStringLiteral("room-1-1")));
    QApplication::processEvents();
    const QImage before = w.view()->grab().toImage();
    const QColor synchronized = lifecycleColor(QStringLiteral("Synchronized"));
    QVERIFY(!hasColourNear(before, synchronized, 6));
    w.action(QStringLiteral("run.start"))->trigger();
    QVERIFY(w.engineHost()->isRunning());
    QCOMPARE(w.mode(), MainWindow::Mode::Run);
    QVERIFY(!w.action(QStringLiteral("edit.delete"))->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(w.scene()->twinItem(QStringLiteral("room-1-1"))->live().lifecycle,
                              QStringLiteral("Synchronized"), 10000);
    // Values of key properties arrive on the card.
    QTRY_VERIFY_WITH_TIMEOUT(
        !w.scene()->twinItem(QStringLiteral("sensor-1-1"))->live().values.isEmpty(), 10000);
    QApplication::processEvents();
    const QImage running = w.view()->grab().toImage();
    QVERIFY(hasColourNear(running, synchronized, 6));
    QVERIFY(w.logPanel()->rowCount() > 0);
    // Every transition is logged (Created → Started → Bound → Synchronized), not only the last.
    w.logPanel()->setFilter(QStringLiteral("room-1-1"), 0);
    QTRY_VERIFY(w.logPanel()->visibleRowCount() >= 3);
    QVERIFY(w.logPanel()->visibleRowCount() < w.logPanel()->rowCount());
    // The Log names the twin ("Room 1.1"), its id on hover; the filter above matched the id.
    auto *table = w.logPanel()->findChild<QTableWidget *>();
    bool named = false;
    for (int r = 0; r < table->rowCount(); ++r)
        if (!table->isRowHidden(r))
            named = named || (table->item(r, 2)->text() == QStringLiteral("Room 1.1") &&
                              table->item(r, 2)->toolTip() == QStringLiteral("room-1-1"));
    QVERIFY(named);
    w.logPanel()->setFilter({}, 0);
    w.action(QStringLiteral("run.stop"))->trigger();
    QVERIFY(!w.engineHost()->isRunning());
    QVERIFY(w.scene()->twinItem(QStringLiteral("room-1-1"))->live().lifecycle.isEmpty());
    QVERIFY(w.action(QStringLiteral("run.start"))->isEnabled());
}

// The Twins panel: the composition as a tree by name (building, floors, rooms, devices), a
// filter on names, ids and models that keeps the parents of what it finds, Ctrl+F, and a twin
// chosen there selected on the canvas or shown in the Monitor.
void TestStudio::twinTreeFindsTwins()
{
    MainWindow w;
    QVERIFY(Test::openShown(w, kExample));
    TwinTree *tree = w.twinTree();
    QTreeView *view = tree->view();
    QCOMPARE(view->model()->rowCount(), 1); // one building
    const QModelIndex building = view->model()->index(0, 0);
    QCOMPARE(building.data().toString(), w.model()->twinDisplayName(QStringLiteral("building")));
    // Floors under it, rooms under a floor, a room's devices under the room: by name.
    const QModelIndex floor = view->model()->index(0, 0, building);
    QVERIFY(floor.isValid());
    const QModelIndex room = view->model()->index(0, 0, floor);
    QCOMPARE(room.data().toString(), QStringLiteral("Room 1.1"));
    QStringList devices;
    for (int r = 0; r < view->model()->rowCount(room); ++r)
        devices << view->model()->index(r, 0, room).data().toString();
    QCOMPARE(devices, (QStringList{QStringLiteral("HVAC 1.1"), QStringLiteral("Sensor 1.1")}));
    QVERIFY(room.data(Qt::ToolTipRole).toString().contains(QStringLiteral("room-1-1")));
    const int all = int(tree->shownTwins().size());
    QCOMPARE(all, int(w.model()->twinIds().size()));
    // Ctrl+F focuses the filter; typing narrows the tree to the matches and their parents.
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(tree->filter()->hasFocus());
    QTest::keyClicks(tree->filter(), QStringLiteral("sensor 1.2"));
    QCOMPARE(tree->shownTwins(), QStringList{QStringLiteral("sensor-1-2")});
    QVERIFY(view->model()->rowCount() == 1); // the building, kept for what it holds
    // By model id too.
    tree->filter()->setText(QStringLiteral("HvacUnit"));
    QVERIFY(tree->shownTwins().size() >= 4);
    for (const QString &id : tree->shownTwins())
        QVERIFY2(id.startsWith(QStringLiteral("hvac-")), qPrintable(id));
    // Enter takes the first match: selected on the canvas, in the inspector.
    tree->filter()->setText(QStringLiteral("sensor 1.2"));
    QTest::keyClick(tree->filter(), Qt::Key_Return);
    QCOMPARE(w.scene()->selectedTwins(), QStringList{QStringLiteral("sensor-1-2")});
    QCOMPARE(w.inspector()->twinId(), QStringLiteral("sensor-1-2"));
    // Selecting on the canvas marks the row.
    w.scene()->selectTwins({QStringLiteral("hvac-1-1")});
    tree->filter()->clear();
    w.scene()->selectTwins({QStringLiteral("room-1-1")});
    QCOMPARE(tree->currentTwin(), QStringLiteral("room-1-1"));
    // In the Monitor the tree shows a twin's dashboard.
    w.setMode(MainWindow::Mode::Monitor);
    QVERIFY(w.findChild<QDockWidget *>(QStringLiteral("twinsDock"))->isVisible());
    w.showTwin(QStringLiteral("hvac-1-2"));
    QCOMPARE(w.monitor()->controller()->dashboard().twin, QStringLiteral("hvac-1-2"));
    // The Monitor's chooser follows the same tree: the building, a floor, its first room and
    // that room's devices.
    QComboBox *chooser = w.monitor()->chooser();
    QStringList order;
    for (int i = 0; i < 5; ++i)
        order << chooser->itemData(i).toString();
    QCOMPARE(order, (QStringList{QStringLiteral("twin:building"), QStringLiteral("twin:floor-1"),
                                 QStringLiteral("twin:room-1-1"), QStringLiteral("twin:hvac-1-1"),
                                 QStringLiteral("twin:sensor-1-1")}));
}

// The inspector names the model (its id on hover) and, while the twins run, lists the twin's
// values with their units in its Live tab.
void TestStudio::inspectorShowsNamesAndLiveValues()
{
    MainWindow w;
    QVERIFY(Test::openShown(w, kExample));
    w.scene()->selectTwins({QStringLiteral("sensor-1-1")});
    auto *modelBox = w.inspector()->findChild<QComboBox *>(QStringLiteral("twinModel"));
    QVERIFY(modelBox);
    QCOMPARE(modelBox->currentText(), QStringLiteral("Environment sensor"));
    QCOMPARE(modelBox->currentData().toString(),
             QStringLiteral("dtmi:twinloom:example:EnvironmentSensor;1"));
    QVERIFY(modelBox->toolTip().contains(QStringLiteral("dtmi:")));
    QTreeWidget *live = w.inspector()->liveTable();
    auto *tabs = w.inspector()->findChild<QTabWidget *>();
    const int liveTab = tabs->indexOf(live);
    QVERIFY(!tabs->isTabEnabled(liveTab));
    w.action(QStringLiteral("run.start"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(tabs->isTabEnabled(liveTab) && live->topLevelItemCount() >= 4, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        !live->findItems(QStringLiteral("temperature"), Qt::MatchExactly).isEmpty() &&
            live->findItems(QStringLiteral("temperature"), Qt::MatchExactly)
                .first()
                ->text(1)
                .endsWith(QStringLiteral("°C")),
        10000);
    w.action(QStringLiteral("run.stop"))->trigger();
    QVERIFY(!tabs->isTabEnabled(liveTab));
}

void TestStudio::runSaysWhatIsWrong()
{
    // The edge-cloud example with its broker on a port where nothing listens, and a twin with no
    // adapter at all.
    QFile f(
        QStringLiteral(TWINLOOM_SOURCE_DIR "/examples/smart-building-edge-cloud.twinloom.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const quint16 port = Test::freePort();
    auto doc = GraphModel::Json::parse(
        f.readAll().replace("1883", QByteArray::number(port)).toStdString());
    doc["twins"].push_back({{"id", "lonely"}, {"model", "dtmi:twinloom:example:Room;1"}});
    MainWindow w;
    w.resize(1300, 850);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.model()->setDocument(doc, QStringLiteral(TWINLOOM_SOURCE_DIR "/examples"));
    // Before it runs, the twin without adapter is a warning of the project.
    const std::vector<GraphProblem> problems = w.model()->problems();
    QVERIFY(std::any_of(problems.begin(), problems.end(), [](const GraphProblem &p) {
        return p.twinId == QLatin1String("lonely") && p.severity == Diagnostic::Severity::Warning;
    }));
    w.action(QStringLiteral("run.start"))->trigger();
    QVERIFY(w.engineHost()->isRunning());
    auto live = [&](const char *id) { return *w.engineHost()->live(QLatin1String(id)); };
    // The building reads its floors from the broker: Unbound, saying why.
    QTRY_COMPARE_WITH_TIMEOUT(live("building").lifecycle, QStringLiteral("Unbound"), 10000);
    QTRY_VERIFY2(live("building").health.contains(QLatin1String("cannot connect")),
                 qPrintable(live("building").health));
    // The floors follow their rooms, but their MQTT interface is down: each says so.
    for (const char *floor : {"floor-1", "floor-2", "floor-3"}) {
        QTRY_VERIFY_WITH_TIMEOUT(live(floor).health.contains(QLatin1String("adapter 'mqtt'")),
                                 10000);
        QCOMPARE(live(floor).lifecycle, QStringLiteral("Synchronized"));
    }
    // Nothing binds the lonely twin to a device: it runs, but is not Bound.
    QCOMPARE(live("lonely").lifecycle, QStringLiteral("Started"));
    QVERIFY(live("lonely").health.contains(QLatin1String("no physical adapter")));
    // A room is well.
    QCOMPARE(live("room-1-1").health, QString());

    // Problems lists each of them while it runs.
    auto runningProblems = [&] {
        QStringList twins;
        for (int i = 0; i < w.problemsPanel()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = w.problemsPanel()->topLevelItem(i);
            if (item->text(2) == QLatin1String("while running"))
                twins << item->text(1);
        }
        twins.sort();
        return twins;
    };
    QTRY_COMPARE(runningProblems(),
                 QStringList({QStringLiteral("building"), QStringLiteral("floor-1"),
                              QStringLiteral("floor-2"), QStringLiteral("floor-3"),
                              QStringLiteral("lonely")}));
    // The log says it once per connection, not once per twin on it.
    w.logPanel()->setFilter(QStringLiteral("engine"), 1);
    QVERIFY(w.logPanel()->visibleRowCount() >= 1);
    QVERIFY2(w.logPanel()->visibleRowCount() <= 2,
             qPrintable(QString::number(w.logPanel()->visibleRowCount())));
    w.logPanel()->setFilter({}, 0);

    // The building's card shows the warning.
    w.view()->resetZoom();
    w.view()->centerOn(w.scene()->twinItem(QStringLiteral("building")));
    QTest::qWait(50);
    const QRect card =
        w.view()
            ->mapFromScene(w.scene()->twinItem(QStringLiteral("building"))->sceneBoundingRect())
            .boundingRect();
    QVERIFY(hasColourNear(w.view()->viewport()->grab(card).toImage(), QColor(0xb2, 0x4a, 0x00), 8));
    QVERIFY(!w.scene()->twinItem(QStringLiteral("building"))->toolTip().isEmpty());

    // Entanglement of a twin that never heard from a device: no data, not 1.00.
    EntanglementIndicator indicator;
    indicator.setTwin(QStringLiteral("lonely"));
    indicator.measure(w.engineHost()->engine());
    QTRY_VERIFY(indicator.isShown());
    QVERIFY(!indicator.hasData());
    QCOMPARE(indicator.summary(), QStringLiteral("Entanglement: no data"));
    indicator.setTwin(QStringLiteral("room-1-1"));
    QTest::qWait(1500);
    indicator.measure(w.engineHost()->engine());
    QTRY_VERIFY(indicator.isShown());
    QVERIFY(indicator.hasData());

    w.action(QStringLiteral("run.stop"))->trigger();
    // Stopped, the running problems go.
    QVERIFY(runningProblems().isEmpty());
}

void TestStudio::runServesTwinsOverHttp()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QString error;
    QVERIFY2(w.openFile(kExample, &error), qPrintable(error));
    // Off by default.
    QVERIFY(!w.action(QStringLiteral("run.http"))->isChecked());
    w.action(QStringLiteral("run.start"))->trigger();
    QVERIFY(w.engineHost()->isRunning());
    QVERIFY(w.engineHost()->httpUrl().isEmpty());
    w.action(QStringLiteral("run.stop"))->trigger();
    // Chosen: the next run serves every twin, and the log says where.
    const quint16 port = Test::freePort();
    w.setHttpServing(QStringLiteral("127.0.0.1:%1").arg(port));
    QVERIFY(w.action(QStringLiteral("run.http"))->isChecked());
    w.action(QStringLiteral("run.start"))->trigger();
    QVERIFY(w.engineHost()->isRunning());
    QCOMPARE(w.engineHost()->httpUrl(), QStringLiteral("http://127.0.0.1:%1").arg(port));
    QNetworkAccessManager net;
    const QString url = QStringLiteral("http://127.0.0.1:%1/api/twins").arg(port);
    QTRY_VERIFY_WITH_TIMEOUT(Test::httpRequest(net, "GET", url).status == 200, 10000);
    const auto list = Test::httpRequest(net, "GET", url).json();
    QVERIFY(list["count"].get<int>() > 10);
    QVERIFY(Test::httpRequest(net, "GET", url + QStringLiteral("/room-1-1")).status == 200);
    w.logPanel()->setFilter(QStringLiteral("127.0.0.1:%1").arg(port), 0);
    QTRY_VERIFY(w.logPanel()->visibleRowCount() >= 1);
    w.logPanel()->setFilter({}, 0);
    w.action(QStringLiteral("run.stop"))->trigger();
    QCOMPARE(Test::httpRequest(net, "GET", url, {}, {}, 2000).status, 0);
    // An address in use: the run does not start, and says why.
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost));
    w.setHttpServing(QStringLiteral("127.0.0.1:%1").arg(taken.serverPort()));
    w.action(QStringLiteral("run.start"))->trigger();
    QVERIFY(!w.engineHost()->isRunning());
    w.logPanel()->setFilter(QStringLiteral("HTTP interface"), 0);
    QTRY_VERIFY(w.logPanel()->visibleRowCount() >= 1);
    w.setHttpServing({});
    QVERIFY(!w.action(QStringLiteral("run.http"))->isChecked());
}

void TestStudio::runRecordsHistory()
{
    // The example with a history section, in a folder of its own.
    QTemporaryDir dir;
    QFile example(kExample);
    QVERIFY(example.open(QIODevice::ReadOnly));
    auto document = nlohmann::ordered_json::parse(example.readAll().toStdString());
    document["history"] = {
        {"location", "recorded.sqlite"},
        {"record", {{{"twins", "room-*"}, {"events", nlohmann::json::array()}}}}};
    const QString path = dir.filePath(QStringLiteral("site.twinloom.json"));
    {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QByteArray::fromStdString(document.dump(2)));
    }
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QString error;
    QVERIFY2(w.openFile(path, &error), qPrintable(error));
    w.action(QStringLiteral("run.start"))->trigger();
    QVERIFY(w.engineHost()->isRunning());
    QVERIFY(w.engineHost()->history());
    w.logPanel()->setFilter(QStringLiteral("recorded.sqlite"), 0);
    QTRY_VERIFY(w.logPanel()->visibleRowCount() >= 1);
    w.logPanel()->setFilter({}, 0);
    QTRY_VERIFY_WITH_TIMEOUT(w.engineHost()->history()->status().recorded > 20, 10000);
    w.action(QStringLiteral("run.stop"))->trigger();
    QVERIFY(!w.engineHost()->history());
    const auto report = SqlHistoryStore::check(dir.filePath(QStringLiteral("recorded.sqlite")));
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY(report.sampleCount > 20);
    // Only the rooms, as the rule says.
    HistoryConfig config;
    auto store =
        SqlHistoryStore::open(config, dir.filePath(QStringLiteral("recorded.sqlite")), &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(store
                ->samples(QStringLiteral("room-1-1"), QStringLiteral("temperature"), false, 0,
                          kHistoryEnd, 10)
                .result()
                .size() > 0);
    QVERIFY(store
                ->samples(QStringLiteral("building"), QStringLiteral("hvacPower"), false, 0,
                          kHistoryEnd, 10)
                .result()
                .empty());
}

void TestStudio::exportPictures()
{
    MainWindow w;
    QString error;
    QVERIFY2(w.openFile(kExample, &error), qPrintable(error));
    for (const char *suffix : {"png", "svg", "pdf"}) {
        const QString path = m_dir.filePath(QStringLiteral("graph.") + QLatin1String(suffix));
        QVERIFY2(w.exportPicture(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray head = f.read(8);
        QVERIFY2(f.size() > 10000, suffix);
        if (qstrcmp(suffix, "png") == 0)
            QVERIFY(head.startsWith("\x89PNG"));
        else if (qstrcmp(suffix, "pdf") == 0)
            QVERIFY(head.startsWith("%PDF"));
        else
            QVERIFY(f.readAll().contains("room-1-1") || head.startsWith("<?xml"));
    }
    QImage png(m_dir.filePath(QStringLiteral("graph.png")));
    QVERIFY(colourCount(png) > 20);
}

void TestStudio::importAndExportFormats()
{
    MainWindow w;
    QString error;
    QVERIFY2(w.openFile(kExample, &error), qPrintable(error));
    // DTDL models join the open project as one undoable edit and appear in the palette.
    const QString pump = m_dir.filePath(QStringLiteral("pump.json"));
    {
        QFile f(pump);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"@context": "dtmi:dtdl:context;3", "@id": "dtmi:test:Pump;1",
                    "@type": "Interface", "displayName": "Pump",
                    "contents": [{"@type": "Property", "name": "speed", "schema": "double"}]})");
    }
    const int models = static_cast<int>(w.model()->modelIds().size());
    QVERIFY2(w.importModels({pump}, &error), qPrintable(error));
    QVERIFY(w.model()->model(QStringLiteral("dtmi:test:Pump;1")));
    QCOMPARE(w.model()->modelIds().size(), models + 1);
    w.action(QStringLiteral("edit.undo"))->trigger();
    QVERIFY(!w.model()->model(QStringLiteral("dtmi:test:Pump;1")));
    // Invalid DTDL changes nothing and says where.
    const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
    {
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"@context": "dtmi:dtdl:context;3", "@id": "dtmi:test:Bad;1",
                    "@type": "Interface", "contents": [{"@type": "Property", "name": "x",
                    "schema": "doubel"}]})");
    }
    QVERIFY(!w.importModels({broken}, &error));
    QVERIFY2(error.contains(QLatin1String("broken.json")), qPrintable(error));
    QCOMPARE(w.model()->modelIds().size(), models);

    // Exports: a Thing Description per twin, an Azure Digital Twins graph.
    const QString td = m_dir.filePath(QStringLiteral("td"));
    QString message;
    QVERIFY2(w.exportTo(QStringLiteral("wot"), td, &message), qPrintable(message));
    QCOMPARE(QDir(td).entryList(QDir::Files).size(), 40);
    const QString graph = m_dir.filePath(QStringLiteral("building.adt.json"));
    QVERIFY2(w.exportTo(QStringLiteral("adt"), graph, &message), qPrintable(message));
    // Confirmed where it stays: an autosave does not replace it, and the Log keeps it.
    QCOMPARE(w.statusBar()->currentMessage(), message);
    w.scene()->selectTwins({QStringLiteral("sensor-1-1")});
    w.action(QStringLiteral("edit.delete"))->trigger();
    QVERIFY(w.isDirty());
    w.autosave();
    QVERIFY(QFile::exists(w.autosavePath()));
    QCOMPARE(w.statusBar()->currentMessage(), message);
    w.undoStack()->undo();
    QFile::remove(w.autosavePath());
    w.logPanel()->setFilter(QStringLiteral("Wrote"), 0);
    QCOMPARE(w.logPanel()->visibleRowCount(), 2);
    w.logPanel()->setFilter({}, 0);
    QVERIFY(QFile::exists(graph));
    // … which opens again as a new, unsaved project with the same twins and wires.
    const std::size_t edges = w.model()->edges().size();
    QVERIFY2(w.importAsProject(QStringLiteral("adt"), {graph}, &error), qPrintable(error));
    QCOMPARE(w.model()->twinIds().size(), 40);
    QCOMPARE(w.model()->edges().size(), edges);
    QVERIFY(w.isDirty());
    QVERIFY(w.filePath().isEmpty());
    QVERIFY(!w.importAsProject(QStringLiteral("adt"), {broken}, &error));
    QCOMPARE(w.model()->twinIds().size(), 40);
}

void TestStudio::screenshotsOfEachMode()
{
    MainWindow w;
    w.resize(1400, 880);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QString error;
    QVERIFY2(w.openFile(kExample, &error), qPrintable(error));
    QApplication::processEvents();
    const QString dir = QStringLiteral(TWINLOOM_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    const QImage design = w.grab().toImage();
    QVERIFY(design.save(dir + QStringLiteral("/design.png")));
    // Non-trivial content: the fitted graph's node colours on top of the window's greys.
    QVERIFY2(colourCount(design) > 30, qPrintable(QString::number(colourCount(design))));
    w.action(QStringLiteral("run.start"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(w.scene()->twinItem(QStringLiteral("building"))->live().lifecycle,
                              QStringLiteral("Synchronized"), 10000);
    QTest::qWait(1200);
    const QImage run = w.grab().toImage();
    QVERIFY(run.save(dir + QStringLiteral("/run.png")));
    QVERIFY2(colourCount(run) > 30, qPrintable(QString::number(colourCount(run))));
    // The cards' frames say Synchronized.
    QVERIFY(hasColourNear(run, lifecycleColor(QStringLiteral("Synchronized")), 6));
    QVERIFY(run != design);
    w.action(QStringLiteral("run.stop"))->trigger();
}

QTEST_MAIN(TestStudio)
#include "tst_studio.moc"
