// The desktop window on a real X server (Xvfb), with the panels a new user gets: what is drawn on
// the screen, read back from the X server, follows every change of the graph.

#include "app/studio/design/canvasview.h"
#include "app/studio/design/graphscene.h"
#include "app/studio/design/twinitem.h"
#include "app/studio/shared/grapheditbuilder.h"
#include "app/studio/shared/livestate.h"
#include "app/studio/shared/mainwindow.h"
#include "tests/support/studiotest.h"

#include <QtCore/QTemporaryDir>
#include <QtGui/QScreen>
#include <QtGui/QUndoStack>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDockWidget>

using namespace twinloom;
using namespace twinloom::Studio;

namespace {

const QString kExample =
    QStringLiteral(TWINLOOM_SOURCE_DIR "/examples/smart-building.twinloom.json");

// The pixels of `item` as the X server shows them.
QImage onScreen(MainWindow &w, const TwinItem *item)
{
    QApplication::processEvents();
    QTest::qWait(50);
    CanvasView *view = w.view();
    const QRect r = view->mapFromScene(item->sceneBoundingRect()).boundingRect();
    const QPoint topLeft = view->viewport()->mapTo(&w, r.topLeft());
    return w.screen()
        ->grabWindow(w.winId(), topLeft.x(), topLeft.y(), r.width(), r.height())
        .toImage();
}

// The share of dark pixels (lightness below half).
double darkness(const QImage &image)
{
    qint64 dark = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            dark += image.pixelColor(x, y).lightness() < 128;
    return double(dark) / std::max<qint64>(1, qint64(image.width()) * image.height());
}

} // namespace

class TestStudioWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cardsRepaintWithTheOverviewOpen();
    void firstViewIsReadable();

private:
    QTemporaryDir m_dir;
};

void TestStudioWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Test::setUpStudio(m_dir, QStringLiteral("tst_studiowindow"));
    if (QGuiApplication::platformName() != QLatin1String("xcb"))
        QSKIP("needs an X server (ctest runs this test under xvfb-run)");
}

void TestStudioWindow::cardsRepaintWithTheOverviewOpen()
{
    MainWindow w;
    QVERIFY(Test::openShown(w, kExample, {1600, 1000})); // the pixel checks need this size
    QTest::qWait(100);                                   // the window fits the graph once shown
    auto *overview = w.findChild<QDockWidget *>(QStringLiteral("minimapDock"));
    QVERIFY(overview);
    QVERIFY(overview->isVisible());
    TwinItem *item = w.scene()->twinItem(QStringLiteral("room-1-1"));
    QVERIFY(item);
    w.view()->resetZoom();
    w.view()->centerOn(item);
    const QImage plain = onScreen(w, item);
    // Selected: a frame appears.
    item->setSelected(true);
    const QImage selected = onScreen(w, item);
    QVERIFY(selected != plain);
    item->setSelected(false);
    QCOMPARE(onScreen(w, item), plain);
    // Renamed: the title changes on the screen, and undo brings it back.
    GraphEditBuilder b(w.scene()->model());
    GraphModel::Json entry = *b.twin(QStringLiteral("room-1-1"));
    entry["displayName"] = "A much longer room name";
    QVERIFY(b.replaceTwin(QStringLiteral("room-1-1"), entry));
    w.undoStack()->push(b.finish(QStringLiteral("Rename")));
    const QImage renamed = onScreen(w, item);
    QVERIFY(renamed != plain);
    w.undoStack()->undo();
    QCOMPARE(onScreen(w, item), plain);
    w.undoStack()->redo();
    QCOMPARE(onScreen(w, item), renamed);
    w.undoStack()->undo();

    // The dark palette darkens the cards, and the light one brings them back.
    w.action(QStringLiteral("view.dark"))->setChecked(true);
    const QImage dark = onScreen(w, item);
    QVERIFY(darkness(dark) > darkness(plain) + 0.3);
    w.action(QStringLiteral("view.dark"))->setChecked(false);
    QCOMPARE(onScreen(w, item), plain);

    // Running, the values on a sensor's card change on the screen.
    TwinItem *sensor = w.scene()->twinItem(QStringLiteral("sensor-1-1"));
    w.action(QStringLiteral("run.start"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!sensor->live().values.isEmpty(), 10000);
    w.view()->centerOn(sensor);
    QImage first = onScreen(w, sensor);
    QTRY_VERIFY_WITH_TIMEOUT(onScreen(w, sensor) != first, 5000);
    first.save(m_dir.filePath(QStringLiteral("sensor.png")));
    w.action(QStringLiteral("run.stop"))->trigger();
}

void TestStudioWindow::firstViewIsReadable()
{
    MainWindow w;
    QVERIFY(Test::openShown(w, kExample, {1600, 1000})); // the pixel checks need this size
    QTest::qWait(100);
    // The example has no saved layout, so it gets the tree layout: each device in a column
    // under its room, each room under its floor.
    auto at = [&](const char *id) { return w.scene()->twinItem(QLatin1String(id))->pos(); };
    for (const auto &[device, room] :
         {std::pair{"sensor-1-1", "room-1-1"}, std::pair{"hvac-1-1", "room-1-1"},
          std::pair{"sensor-3-4", "room-3-4"}}) {
        QCOMPARE(at(device).x(), at(room).x());
        QVERIFY(at(device).y() > at(room).y());
    }
    QVERIFY(at("room-1-1").y() > at("floor-1").y());
    QVERIFY(at("floor-1").y() > at("building").y());
    // Far out, its name is still written on the card: dark text on the node's colour.
    w.view()->resetZoom();
    w.view()->zoomBy(0.2);
    w.view()->centerOn(w.scene()->twinItem(QStringLiteral("room-1-1")));
    const QImage card = onScreen(w, w.scene()->twinItem(QStringLiteral("room-1-1")));
    int dark = 0;
    for (int y = 0; y < card.height(); ++y)
        for (int x = 0; x < card.width(); ++x)
            dark += card.pixelColor(x, y).lightness() < 90;
    QVERIFY2(dark > 20, qPrintable(QString::number(dark)));
    // Running, node and life cycle are told apart by their means, not by hue: the node is a band
    // across the top, the card below it is plain, the life cycle is the frame and a badge.
    w.action(QStringLiteral("run.start"))->trigger();
    TwinItem *room = w.scene()->twinItem(QStringLiteral("room-1-1"));
    QTRY_COMPARE_WITH_TIMEOUT(room->live().lifecycle, QStringLiteral("Synchronized"), 10000);
    QTest::qWait(100);
    const QImage running = onScreen(w, room);
    const double scale = w.view()->transform().m11();
    // Item coordinates to the picture's (its bounding rectangle starts at (-12, -2)).
    auto pixel = [&](double x, double y) {
        return QPoint(int((x + 12) * scale), int((y + 2) * scale));
    };
    auto near = [&](QPoint p, const QColor &c, int tolerance) {
        for (int dy = -1; dy <= 1; ++dy)
            for (int dx = -1; dx <= 1; ++dx) {
                const QColor q = running.pixelColor(p + QPoint(dx, dy));
                if (std::abs(q.red() - c.red()) <= tolerance &&
                    std::abs(q.green() - c.green()) <= tolerance &&
                    std::abs(q.blue() - c.blue()) <= tolerance)
                    return true;
            }
        return false;
    };
    const QColor node = w.scene()->nodeColor(room->node());
    const QColor synchronized = lifecycleColor(QStringLiteral("Synchronized"));
    QVERIFY(near(pixel(TwinItem::kWidth * 0.75, 8), node, 12));                   // the band
    QVERIFY(!near(pixel(TwinItem::kWidth * 0.1, room->height() - 12), node, 30)); // plain
    QVERIFY(near(pixel(0, room->height() * 0.6), synchronized, 40));              // the frame
    QVERIFY(near(pixel(0, 0) + QPoint(6, 6), synchronized, 40));                  // the badge
}

QTEST_MAIN(TestStudioWindow)
#include "tst_studiowindow.moc"
