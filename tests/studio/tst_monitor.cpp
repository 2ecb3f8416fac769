// Monitor mode: default dashboards chosen by schema, dashboards saved with the project and
// edited with undo, tiles fed by the running example, plots with a bounded history, CSV export,
// an action tile, bad dashboard entries, every sample of a burst reaching a plot in a frame, a
// series that reads a field of a structured value, the plot's cursor, a value axis per unit, and
// screenshots of the mode.

#include "app/studio/monitor/dashboard.h"
#include "app/studio/monitor/monitorcontroller.h"
#include "app/studio/monitor/tilemodel.h"
#include "app/studio/shared/enginehost.h"
#include "app/studio/shared/mainwindow.h"
#include "engine/history/sqlhistorystore.h"
#include "engine/project.h"
#include "tests/support/studiotest.h"

#include <QtCore/QFile>
#include <QtCore/QLocale>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtGui/QUndoStack>
#include <QtQuick/QQuickItem>
#include <QtQuickWidgets/QQuickWidget>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QToolButton>

using namespace twinloom;
using namespace twinloom::Studio;
using twinloom::Test::findTileFrame;

using twinloom::Test::colourCount;

namespace {

const QString kExample =
    QStringLiteral(TWINLOOM_SOURCE_DIR "/examples/smart-building.twinloom.json");

// Dark pixels (text, curves) inside a rectangle of an image.
int darkPixels(const QImage &image, const QRect &rect)
{
    int n = 0;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            if (qGray(image.pixel(x, y)) < 90)
                ++n;
    return n;
}

bool hasColourNear(const QImage &image, const QColor &c, int tolerance = 6)
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

// A plot of two series, "a · x" and "b · y", keeping 100 samples each.
Tile twoSeriesPlot()
{
    Tile t;
    t.type = TileType::Plot;
    t.history = 100;
    t.series = {{QStringLiteral("a"), QStringLiteral("x")},
                {QStringLiteral("b"), QStringLiteral("y")}};
    return t;
}

QStringList visibleTexts(QQuickItem *item)
{
    QStringList out;
    if (!item || !item->isVisible())
        return out;
    const QVariant text = item->property("text");
    if (text.isValid() && item->inherits("QQuickText"))
        out << text.toString();
    for (QQuickItem *child : item->childItems())
        out << visibleTexts(child);
    return out;
}

// The example project in a shown window, in Monitor mode, with the dashboard of `twin`.
bool openMonitor(MainWindow &w, const QString &twin)
{
    w.resize(1300, 850);
    w.show();
    QString error;
    if (!QTest::qWaitForWindowExposed(&w) || !w.openFile(kExample, &error)) {
        qWarning() << "cannot open the example:" << error;
        return false;
    }
    w.setMode(MainWindow::Mode::Monitor);
    w.monitor()->showTwin(twin);
    return true;
}

TileModel *findTile(MonitorController *c, const TileType *type, const QString &member)
{
    for (int i = 0; i < c->tileCount(); ++i)
        if (c->tile(i)->tile().type == type && c->tile(i)->tile().member == member)
            return c->tile(i);
    return nullptr;
}

const char *kModel = R"({
  "@id": "dtmi:test:Device;1", "@type": "Interface", "@context": "dtmi:dtdl:context;3",
  "contents": [
    {"@type": "Property", "name": "temperature", "schema": "double", "minimum": -20,
     "maximum": 60, "unit": "degreeCelsius"},
    {"@type": "Property", "name": "power", "schema": "double", "unit": "watt"},
    {"@type": "Property", "name": "count", "schema": "long"},
    {"@type": "Property", "name": "running", "schema": "boolean"},
    {"@type": "Property", "name": "mode", "schema": {"@type": "Enum", "valueSchema": "string",
     "enumValues": [{"name": "eco", "enumValue": "eco"}, {"name": "boost", "enumValue": "boost"}]}},
    {"@type": "Property", "name": "label", "schema": "string"},
    {"@type": "Property", "name": "target", "schema": "double", "writable": true},
    {"@type": "Telemetry", "name": "vibration", "schema": "double"},
    {"@type": "Event", "name": "alarm", "schema": "string"},
    {"@type": "Command", "name": "reset"}
  ]
})";

} // namespace

class TestMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaultDashboardFollowsSchema();
    void dashboardJsonRoundTrip();
    void dashboardEditsAreUndoableAndSaved();
    void badDashboardEntriesAreReported();
    void plotKeepsItsHistoryBound();
    void plotDecimatesToPixelColumns();
    void csvExportHoldsTheSamples();
    void valueTileShowsTheRunningTwin();
    void tableTilesListPropertiesAndRelatedTwins();
    void actionTileInvokesAnAction();
    void desiredTileWritesTheDesiredValue();
    void plotStartsFromTheHistoryStore();
    void plotGetsEverySampleOncePerFrame();
    void plotSeriesReadsAFieldOfAStructuredValue();
    void plotCursorReadsTheValues();
    void plotHasAValueAxisPerUnit();
    void plotShowsItsTimeSpanUpToNow();
    void plotWheelScrollsTheDashboardUntilClicked();
    void plotsShareOneCursor();
    void screenshotsOfMonitorMode();

private:
    QTemporaryDir m_dir;
};

void TestMonitor::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Test::setUpStudio(m_dir, QStringLiteral("tst_monitor"));
}

void TestMonitor::defaultDashboardFollowsSchema()
{
    Diagnostics d;
    const auto model =
        TwinModel::fromJson(nlohmann::json::parse(kModel), QStringLiteral("/models/0"), d);
    QVERIFY2(model && !d.hasErrors(), qPrintable(d.toString()));
    const Dashboard db =
        Dashboard::generate(QStringLiteral("dev-1"), QStringLiteral("Dev"), *model);
    QCOMPARE(db.twin, QStringLiteral("dev-1"));
    auto typeOf = [&](const TileType *type, const QString &member) {
        return std::count_if(db.tiles.begin(), db.tiles.end(), [&](const Tile &t) {
            return t.type == type && t.member == member && t.twin == QStringLiteral("dev-1");
        });
    };
    QCOMPARE(typeOf(TileType::Gauge, QStringLiteral("temperature")), 1);
    QCOMPARE(typeOf(TileType::Value, QStringLiteral("power")), 1);
    QCOMPARE(typeOf(TileType::Value, QStringLiteral("count")), 1);
    QCOMPARE(typeOf(TileType::Lamp, QStringLiteral("running")), 1);
    QCOMPARE(typeOf(TileType::State, QStringLiteral("mode")), 1);
    QCOMPARE(typeOf(TileType::Text, QStringLiteral("label")), 1);
    QCOMPARE(typeOf(TileType::Desired, QStringLiteral("target")), 1);
    QCOMPARE(typeOf(TileType::Action, QStringLiteral("reset")), 1);
    QCOMPARE(typeOf(TileType::EventLog, QString()), 1);
    QCOMPARE(typeOf(TileType::Value, QStringLiteral("vibration")), 1);
    // Telemetry is not writable: no desired-value control for it or for read-only properties.
    QCOMPARE(std::count_if(db.tiles.begin(), db.tiles.end(),
                           [](const Tile &t) { return t.type == TileType::Desired; }),
             1);
    const auto plot = std::find_if(db.tiles.begin(), db.tiles.end(),
                                   [](const Tile &t) { return t.type == TileType::Plot; });
    QVERIFY(plot != db.tiles.end());
    QVERIFY(plot->series.size() >= 3);
    QCOMPARE(plot->series.front().property, QStringLiteral("temperature"));
    // Tiles never overlap and stay inside the columns.
    for (std::size_t i = 0; i < db.tiles.size(); ++i) {
        const Tile &a = db.tiles[i];
        QVERIFY(a.x >= 0 && a.x + a.w <= db.columns);
        const QRect ra(a.x, a.y, a.w, a.h);
        for (std::size_t j = i + 1; j < db.tiles.size(); ++j) {
            const Tile &b = db.tiles[j];
            QVERIFY2(!ra.intersects(QRect(b.x, b.y, b.w, b.h)),
                     qPrintable(QStringLiteral("tiles %1 and %2 overlap").arg(i).arg(j)));
        }
    }
}

void TestMonitor::dashboardJsonRoundTrip()
{
    Dashboard db;
    db.id = QStringLiteral("ops");
    db.name = QStringLiteral("Operations");
    db.columns = 8;
    Tile value;
    value.type = TileType::Value;
    value.twin = QStringLiteral("room-1-1");
    value.member = QStringLiteral("temperature");
    value.x = 2;
    value.y = 1;
    value.w = 3;
    Tile plot;
    plot.type = TileType::Plot;
    plot.history = 1234;
    plot.span = 900;
    plot.series = {{QStringLiteral("room-1-1"), QStringLiteral("temperature")},
                   {QStringLiteral("room-1-2"), QStringLiteral("co2")}};
    plot.y = 2;
    plot.w = 8;
    plot.h = 3;
    Tile action;
    action.type = TileType::Action;
    action.twin = QStringLiteral("hvac-1-1");
    action.member = QStringLiteral("setSetpoint");
    action.y = 5;
    db.tiles = {value, plot, action};
    Diagnostics d;
    const auto back = Dashboard::fromJson(db.toJson(), QStringLiteral("/dashboards/0"), d);
    QVERIFY2(back && !d.hasErrors(), qPrintable(d.toString()));
    QVERIFY(*back == db);
    QCOMPARE(back->tiles[1].history, 1234);
    QCOMPARE(back->tiles[1].span, 900);
    QCOMPARE(back->rows(), 6);
}

void TestMonitor::dashboardEditsAreUndoableAndSaved()
{
    const QString path = m_dir.filePath(QStringLiteral("edited.twinloom.json"));
    {
        MainWindow w;
        QString error;
        QVERIFY2(w.openFile(kExample, &error), qPrintable(error));
        w.setMode(MainWindow::Mode::Monitor);
        QCOMPARE(w.mode(), MainWindow::Mode::Monitor);
        MonitorController *c = w.monitor()->controller();
        QVERIFY(c->showTwin(QStringLiteral("sensor-1-1")));
        QVERIFY(!c->isSaved());
        const int tiles = c->tileCount();
        QVERIFY(tiles >= 5);
        const int undoBefore = w.undoStack()->count();
        // Move the first tile, remove the second, lengthen the plot's history.
        QVERIFY(c->setTileGeometry(0, 3, 4, 3, 2));
        QVERIFY(c->isSaved());
        QCOMPARE(w.undoStack()->count(), undoBefore + 1);
        QVERIFY(w.isDirty());
        QVERIFY(c->removeTile(1));
        QCOMPARE(c->tileCount(), tiles - 1);
        int plotIndex = -1;
        for (int i = 0; i < c->tileCount(); ++i)
            if (c->tile(i)->tile().type == TileType::Plot)
                plotIndex = i;
        QVERIFY(plotIndex >= 0);
        QVERIFY(c->setTileHistory(plotIndex, 4321));
        QCOMPARE(c->tile(plotIndex)->plot()->history(), std::size_t(4321));
        // Refused edits change nothing and say why.
        const int count = w.undoStack()->count();
        QVERIFY(!c->setTileGeometry(0, 5, 0, 3, 1));
        QVERIFY(!c->message().isEmpty());
        QVERIFY(!c->setTileHistory(0, 100)); // not a plot
        QVERIFY(!c->removeTile(99));
        QCOMPARE(w.undoStack()->count(), count);
        // Undo all three, then redo them.
        w.undoStack()->undo();
        QCOMPARE(c->tile(plotIndex)->tile().history, Tile::kDefaultHistory);
        w.undoStack()->undo();
        QCOMPARE(c->tileCount(), tiles);
        w.undoStack()->undo();
        QVERIFY(!c->isSaved()); // back to the generated dashboard
        QCOMPARE(c->tile(0)->gridX(), 0);
        w.undoStack()->redo();
        w.undoStack()->redo();
        w.undoStack()->redo();
        QCOMPARE(c->tileCount(), tiles - 1);
        QCOMPARE(c->tile(0)->gridX(), 3);
        QCOMPARE(c->tile(0)->gridY(), 4);
        QVERIFY2(w.saveFile(path, &error), qPrintable(error));
    }
    MainWindow w;
    QString error;
    QVERIFY2(w.openFile(path, &error), qPrintable(error));
    Diagnostics d;
    const std::vector<Dashboard> saved = readDashboards(w.model()->document(), d);
    QVERIFY2(!d.hasErrors(), qPrintable(d.toString()));
    QCOMPARE(saved.size(), std::size_t(1));
    QCOMPARE(saved[0].twin, QStringLiteral("sensor-1-1"));
    MonitorController *c = w.monitor()->controller();
    QVERIFY(c->showTwin(QStringLiteral("sensor-1-1")));
    QVERIFY(c->isSaved());
    QVERIFY(c->dashboard() == saved[0]);
    QCOMPARE(c->tile(0)->gridX(), 3);
    bool history = false;
    for (const Tile &t : saved[0].tiles)
        history = history || (t.type == TileType::Plot && t.history == 4321);
    QVERIFY(history);
    // The engine's loader accepts the saved document.
    Diagnostics load;
    QVERIFY(Project::fromJson(w.model()->document(), load, w.model()->baseDirectory(),
                              &AdapterRegistry::global()));
    QVERIFY2(!load.hasErrors(), qPrintable(load.toString()));
}

void TestMonitor::badDashboardEntriesAreReported()
{
    MainWindow w;
    QString error;
    QVERIFY2(w.openFile(kExample, &error), qPrintable(error));
    GraphModel::Json dashboards = GraphModel::Json::parse(R"([
      {"id": "bad", "name": "Bad", "tiles": [
        {"type": "value", "twin": "no-such-twin", "property": "temperature", "x": 0, "y": 0},
        {"type": "lamp", "twin": "sensor-1-1", "property": "temperature", "x": 1, "y": 0},
        {"type": "sparkline", "twin": "sensor-1-1", "property": "temperature"},
        {"type": "value", "twin": "sensor-1-1", "property": "temperature", "x": "left"},
        {"type": "value", "twin": "sensor-1-1", "property": "humidity", "x": 2, "y": 0}
      ]},
      {"name": "no id"},
      42
    ])");
    w.model()->setDashboards(dashboards);
    Diagnostics d;
    const std::vector<Dashboard> read = readDashboards(w.model()->document(), d);
    QCOMPARE(read.size(), std::size_t(1));
    QCOMPARE(read[0].tiles.size(), std::size_t(3)); // the unknown type and the bad x are left out
    const QString all = d.toString();
    QVERIFY2(all.contains(QStringLiteral("sparkline")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("/dashboards/0/tiles/3/x")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("/dashboards/1")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("/dashboards/2")), qPrintable(all));

    MonitorController *c = w.monitor()->controller();
    QVERIFY(c->showDashboard(QStringLiteral("bad")));
    QCOMPARE(c->tileCount(), 3);
    QVERIFY(c->tile(0)->problem().contains(QStringLiteral("no-such-twin")));
    QVERIFY(c->tile(1)->problem().contains(QStringLiteral("boolean")));
    QVERIFY(c->tile(2)->problem().isEmpty());
    QVERIFY(c->message().contains(QStringLiteral("no-such-twin")));
    QVERIFY(!c->showTwin(QStringLiteral("no-such-twin")));
    QVERIFY(c->message().contains(QStringLiteral("no-such-twin")));
    QVERIFY(!c->showDashboard(QStringLiteral("missing")));
    // A tile naming what does not exist is refused when added.
    QVERIFY(c->showTwin(QStringLiteral("sensor-1-1")));
    Tile wrong;
    wrong.type = TileType::Value;
    wrong.twin = QStringLiteral("sensor-1-1");
    wrong.member = QStringLiteral("pressure");
    QVERIFY(!c->addTile(wrong));
    QVERIFY(c->message().contains(QStringLiteral("pressure")));
    // The engine and the schema checker accept the key whatever the Monitor thinks of it.
    Diagnostics load;
    QVERIFY(Project::fromJson(w.model()->document(), load, w.model()->baseDirectory(),
                              &AdapterRegistry::global()));
}

void TestMonitor::plotKeepsItsHistoryBound()
{
    const Tile t = twoSeriesPlot();
    TileModel tile(t, 0);
    PlotRenderer *plot = tile.plot();
    QVERIFY(plot);
    for (int i = 0; i < 250; ++i) {
        tile.addSample(0, 1000.0 + i, i);
        if (i % 2 == 0)
            tile.addSample(1, 1000.0 + i, -i);
    }
    QCOMPARE(plot->samples(0).size(), std::size_t(100));
    QCOMPARE(plot->samples(0).time(0), 1150.0); // the oldest 150 were dropped
    QCOMPARE(plot->samples(0).value(99), 249.0);
    QCOMPARE(plot->samples(1).size(), std::size_t(100));
    QCOMPARE(plot->samples(1).value(0), -50.0);
    // A shorter history keeps the newest samples; older history from the engine goes in front.
    Tile shorter = t;
    shorter.history = 10;
    tile.setTile(shorter, 0);
    QCOMPARE(plot->samples(0).size(), std::size_t(10));
    QCOMPARE(plot->samples(0).time(0), 1240.0);
    Tile longer = t;
    longer.history = 20;
    tile.setTile(longer, 0);
    std::vector<HistorySample> older;
    for (int i = 0; i < 30; ++i)
        older.push_back({Timestamp(1200 + i) * 1'000'000, Value(double(1000 + i))});
    tile.seedSeries(0, older);
    QCOMPARE(plot->samples(0).size(), std::size_t(20));
    QCOMPARE(plot->samples(0).time(19), 1249.0);
    // 30 older samples and the 10 held: the newest 20 of them, in time order.
    QCOMPARE(plot->samples(0).time(0), 1220.0);
    QCOMPARE(plot->samples(0).time(9), 1229.0);
    QCOMPARE(plot->samples(0).value(9), 1029.0);
    QCOMPARE(plot->samples(0).time(10), 1240.0);
}

void TestMonitor::plotDecimatesToPixelColumns()
{
    PlotRenderer plot;
    plot.setHistory(1'000'000);
    plot.setSeries({QStringLiteral("signal")});
    for (int i = 0; i < 1'000'000; ++i)
        plot.append(0, i * 0.001, std::sin(i * 0.0005) + ((i % 1000) == 500 ? 5.0 : 0.0));
    const QPixmap picture = plot.render(800, 300);
    QCOMPARE(picture.size(), QSize(800, 300));
    // At most a min/max pair per column (and the columns at both edges), at least one point
    // per two columns: the column span is rounded up to a power of two seconds.
    QVERIFY(plot.drawnPoints() <= 2 * (800 + 3));
    QVERIFY(plot.drawnPoints() >= 800);
    QVERIFY(colourCount(picture.toImage()) > 3);
    // A fixed range draws the same way; an unchanged plot needs no new picture.
    plot.setTimeRange(0, 1000);
    plot.render(800, 300);
    QVERIFY(!plot.isDirty());
    // Columns kept from frame to frame give the same picture as columns made afresh: a plot fed
    // in 50 frames while following the newest samples against one fed all at once.
    PlotRenderer live;
    PlotRenderer once;
    for (PlotRenderer *p : {&live, &once}) {
        p->setHistory(20'000);
        p->setSeries({QStringLiteral("signal")});
    }
    for (int frame = 0; frame < 50; ++frame) {
        for (int i = frame * 1000; i < (frame + 1) * 1000; ++i)
            live.append(0, i * 0.01, std::sin(i * 0.003) * 10 + (i % 7));
        live.render(400, 200);
    }
    for (int i = 0; i < 50'000; ++i)
        once.append(0, i * 0.01, std::sin(i * 0.003) * 10 + (i % 7));
    once.render(400, 200);
    QCOMPARE(live.samples(0).size(), std::size_t(20'000));
    QVERIFY(live.drawn(0).size() > 400);
    QVERIFY(live.drawn(0) == once.drawn(0));
    // Zoomed in far enough, every sample is drawn.
    plot.setTimeRange(100.0, 100.5);
    QVERIFY(plot.isDirty());
    plot.render(800, 300);
    QVERIFY(plot.drawnPoints() >= 500 && plot.drawnPoints() <= 503);
}

void TestMonitor::csvExportHoldsTheSamples()
{
    PlotRenderer plot;
    plot.setHistory(50);
    plot.setSeries({QStringLiteral("room-1 · temperature"), QStringLiteral("room-2 · co2")});
    const double t0 = 1'790'000'000.0; // 2026-09-22
    for (int i = 0; i < 60; ++i)
        plot.append(0, t0 + i, 20.0 + i * 0.25);
    plot.append(1, t0, 415.5);
    const QString path = m_dir.filePath(QStringLiteral("plot.csv"));
    QString error;
    QVERIFY2(plot.exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + 50 + 1);
    QCOMPARE(lines[0], QByteArray("series,time,value"));
    QCOMPARE(lines[1], QByteArray("room-1 · temperature,") +
                           QDateTime::fromSecsSinceEpoch(qint64(t0) + 10, Qt::UTC)
                               .toString(Qt::ISODateWithMs)
                               .toLatin1() +
                           ",22.5");
    QVERIFY(lines[50].endsWith(",34.75"));
    QVERIFY(lines[51].startsWith("room-2 · co2,"));
    QVERIFY(lines[51].endsWith(",415.5"));
    const QString png = m_dir.filePath(QStringLiteral("plot.png"));
    const QString pdf = m_dir.filePath(QStringLiteral("plot.pdf"));
    QVERIFY2(plot.exportPicture(png, 600, 300, &error), qPrintable(error));
    QVERIFY2(plot.exportPicture(pdf, 600, 300, &error), qPrintable(error));
    QImage image(png);
    QCOMPARE(image.size(), QSize(600, 300));
    QVERIFY(colourCount(image) > 3);
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
    QVERIFY(!plot.exportPicture(m_dir.filePath(QStringLiteral("plot.bmp")), 600, 300, &error));
    QVERIFY(error.contains(QStringLiteral("bmp")));
}

void TestMonitor::valueTileShowsTheRunningTwin()
{
    MainWindow w;
    QVERIFY(openMonitor(w, QStringLiteral("hvac-1-1")));
    MonitorController *c = w.monitor()->controller();
    TileModel *power = findTile(c, TileType::Value, QStringLiteral("power"));
    QVERIFY(power);
    QVERIFY(!power->hasValue());
    QCOMPARE(power->unit(), QStringLiteral("W"));
    w.action(QStringLiteral("run.start"))->trigger();
    QVERIFY(w.engineHost()->isRunning());
    QCOMPARE(w.mode(), MainWindow::Mode::Monitor); // starting does not leave the dashboard
    QTRY_VERIFY_WITH_TIMEOUT(power->hasValue(), 10000);
    // The tile shows the value the engine holds for that twin (it changes once a second).
    Engine *engine = w.engineHost()->engine();
    auto showsEngineValue = [&] {
        const TwinSnapshot s = engine->snapshot(QStringLiteral("hvac-1-1")).result();
        const PropertySnapshot *p = s.property(u"power");
        return p && power->text() == QLocale().toString(p->reported.toDouble(), 'f', 2);
    };
    QTRY_VERIFY_WITH_TIMEOUT(showsEngineValue(), 10000);
    QVERIFY(power->number() > 300 && power->number() < 1500); // gaussian around 900 W
    QVERIFY(!power->age().isEmpty());
    QVERIFY(!power->isStale());
    // And the QML view draws it.
    QQuickWidget *quick = w.monitor()->quickWidget();
    QTRY_VERIFY(visibleTexts(quick->rootObject()).contains(power->text()));
    QQuickItem *frame = findTileFrame(quick->rootObject(), power);
    QVERIFY(frame);
    const QImage image = quick->grabFramebuffer();
    QVERIFY(colourCount(image) > 12);
    const QRectF r = frame->mapRectToScene(QRectF(0, 0, frame->width(), frame->height()));
    QVERIFY2(darkPixels(image, r.toRect()) > 40, "the value tile drew no text");
    // A plot of the twin receives samples, once per frame.
    TileModel *plot = nullptr;
    for (int i = 0; i < c->tileCount(); ++i)
        if (c->tile(i)->tile().type == TileType::Plot)
            plot = c->tile(i);
    QVERIFY(plot);
    const int powerSeries =
        int(plot->plot()->seriesNames().indexOf(QStringLiteral("HVAC 1.1 · power")));
    QVERIFY(powerSeries >= 0);
    QTRY_VERIFY_WITH_TIMEOUT(plot->plot()->samples(powerSeries).size() >= 2, 10000);
    // The pointer over the plot reads the time and the values there.
    QQuickItem *plotFrame = findTileFrame(quick->rootObject(), plot);
    QVERIFY(plotFrame);
    const QPointF centre =
        plotFrame->mapToScene(QPointF(plotFrame->width() / 2, plotFrame->height() / 2));
    QTest::mouseMove(quick, centre.toPoint());
    QTRY_VERIFY(plot->cursorText().contains(QStringLiteral("HVAC 1.1 · power: ")));
    w.action(QStringLiteral("run.stop"))->trigger();
    QVERIFY(!power->hasValue());
}

// A room's generated dashboard lists the devices it has, with their state and values; a table
// of a twin's properties shows each value with its unit and age.
void TestMonitor::tableTilesListPropertiesAndRelatedTwins()
{
    MainWindow w;
    QVERIFY(openMonitor(w, QStringLiteral("room-1-1")));
    MonitorController *c = w.monitor()->controller();
    TileModel *devices = findTile(c, TileType::Table, QStringLiteral("hasDevice"));
    QVERIFY(devices);
    QCOMPARE(devices->tableTwins(),
             (QStringList{QStringLiteral("sensor-1-1"), QStringLiteral("hvac-1-1")}));
    QCOMPARE(devices->rows().size(), 2);

    w.monitor()->showTwin(QStringLiteral("hvac-1-1"));
    Tile properties;
    properties.type = TileType::Table;
    properties.twin = QStringLiteral("hvac-1-1");
    properties.w = 3;
    properties.h = 2;
    QVERIFY2(c->addTile(properties), qPrintable(c->message()));
    TileModel *table = findTile(c, TileType::Table, QString());
    QVERIFY(table);
    QCOMPARE(table->problem(), QString());
    QVERIFY(c->setTileGeometry(table->index(), 0, 0, 3, 2)); // in view, at the top
    table = findTile(c, TileType::Table, QString());
    QVERIFY(table);
    const QStringList names = [&] {
        QStringList out;
        for (const QVariant &row : table->rows())
            out << row.toStringList().value(0);
        return out;
    }();
    const int powerRow = int(names.indexOf(QStringLiteral("power")));
    QVERIFY2(powerRow >= 0, qPrintable(names.join(QLatin1Char(','))));

    w.action(QStringLiteral("run.start"))->trigger();
    QVERIFY(w.engineHost()->isRunning());
    Engine *engine = w.engineHost()->engine();
    auto showsEngineValue = [&] {
        const TwinSnapshot s = engine->snapshot(QStringLiteral("hvac-1-1")).result();
        const PropertySnapshot *p = s.property(u"power");
        const QStringList cells = table->rows().value(powerRow).toStringList();
        return p &&
               cells.value(1) ==
                   QLocale().toString(p->reported.toDouble(), 'f', 2) + QStringLiteral(" W") &&
               !cells.value(2).isEmpty();
    };
    QTRY_VERIFY_WITH_TIMEOUT(showsEngineValue(), 10000);
    QQuickWidget *quick = w.monitor()->quickWidget();
    QTRY_VERIFY(findTileFrame(quick->rootObject(), table));
    QTRY_VERIFY2(visibleTexts(quick->rootObject()).contains(QStringLiteral("power")),
                 qPrintable(visibleTexts(quick->rootObject()).join(QLatin1Char('|'))));

    // The room's devices, running: their life cycle state and key values.
    w.monitor()->showTwin(QStringLiteral("room-1-1"));
    devices = findTile(c, TileType::Table, QStringLiteral("hasDevice"));
    QVERIFY(devices);
    QTRY_COMPARE_WITH_TIMEOUT(devices->rows().value(1).toStringList().value(1),
                              QStringLiteral("Synchronized"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        devices->rows().value(1).toStringList().value(2).contains(QStringLiteral("power")), 10000);
    QTRY_VERIFY(visibleTexts(quick->rootObject()).contains(QStringLiteral("HVAC 1.1")));
}

void TestMonitor::actionTileInvokesAnAction()
{
    MainWindow w;
    QString error;
    QVERIFY2(w.openFile(kExample, &error), qPrintable(error));
    w.setMode(MainWindow::Mode::Monitor);
    w.monitor()->showTwin(QStringLiteral("hvac-1-2"));
    MonitorController *c = w.monitor()->controller();
    TileModel *action = findTile(c, TileType::Action, QStringLiteral("setSetpoint"));
    QVERIFY(action);
    QVERIFY(!action->argumentHint().isEmpty());
    // Not running: a clear message, nothing invoked.
    action->invoke(QStringLiteral("23.5"));
    QVERIFY(action->failed());
    QVERIFY(!action->result().isEmpty());
    w.action(QStringLiteral("run.start"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(w.engineHost()->engine()->lifecycle(QStringLiteral("hvac-1-2")),
                              LifecycleState::Synchronized, 10000);
    action->invoke(QStringLiteral("not a number"));
    QVERIFY(action->failed());
    QVERIFY2(action->result().contains(QStringLiteral("argument")), qPrintable(action->result()));
    action->invoke(QStringLiteral("23.5"));
    QVERIFY(action->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!action->isBusy(), 10000);
    QVERIFY2(!action->failed(), qPrintable(action->result()));
    QVERIFY2(action->result().contains(QStringLiteral("23.5")), qPrintable(action->result()));
    // The action reached the device: its setpoint follows.
    TileModel *setpoint = findTile(c, TileType::Gauge, QStringLiteral("setpoint"));
    QVERIFY(setpoint);
    QTRY_COMPARE_WITH_TIMEOUT(setpoint->number(), 23.5, 10000);
    w.action(QStringLiteral("run.stop"))->trigger();
}

void TestMonitor::desiredTileWritesTheDesiredValue()
{
    // A twin without adapters whose model has a writable property with a range, and history.
    const QString path = m_dir.filePath(QStringLiteral("desired.twinloom.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "twinloom-project", "version": 1,
          "models": [{"@id": "dtmi:test:Valve;1", "@type": "Interface",
            "@context": "dtmi:dtdl:context;3", "contents": [
              {"@type": "Property", "name": "opening", "schema": "double", "writable": true,
               "minimum": 0, "maximum": 100, "unit": "percent", "history": 100},
              {"@type": "Event", "name": "jammed", "schema": "string"}]}],
          "twins": [{"id": "valve-1", "model": "dtmi:test:Valve;1"},
                    {"id": "valve-2", "model": "dtmi:test:Valve;1"}]})");
    }
    MainWindow w;
    QString error;
    QVERIFY2(w.openFile(path, &error), qPrintable(error));
    w.setMode(MainWindow::Mode::Monitor);
    MonitorController *c = w.monitor()->controller();
    QVERIFY(c->showTwin(QStringLiteral("valve-1")));
    TileModel *desired = findTile(c, TileType::Desired, QStringLiteral("opening"));
    QVERIFY(desired);
    QCOMPARE(desired->control(), QStringLiteral("slider"));
    QCOMPARE(desired->minimum(), 0.0);
    QCOMPARE(desired->maximum(), 100.0);
    w.action(QStringLiteral("run.start"))->trigger();
    QVERIFY(w.engineHost()->isRunning());
    desired->writeDesired(QVariant(QStringLiteral("wide open")));
    QVERIFY(desired->failed());
    QVERIFY2(desired->result().contains(QStringLiteral("value")), qPrintable(desired->result()));
    desired->writeDesired(QVariant(42.5));
    QTRY_VERIFY_WITH_TIMEOUT(!desired->isBusy(), 10000);
    QVERIFY2(!desired->failed(), qPrintable(desired->result()));
    // The desired value comes back through the engine host's frame.
    QTRY_VERIFY_WITH_TIMEOUT(desired->desiredText().contains(QStringLiteral("42.5")), 10000);
    const TwinSnapshot s = w.engineHost()->engine()->snapshot(QStringLiteral("valve-1")).result();
    const PropertySnapshot *p = s.property(u"opening");
    QVERIFY(p);
    QCOMPARE(p->desired.toDouble(), 42.5);

    // Events reach the event log tile; a plot made afterwards starts from the engine's history.
    Engine *engine = w.engineHost()->engine();
    PhysicalEvent jam;
    jam.kind = PhysicalEvent::Kind::Event;
    jam.key = QStringLiteral("jammed");
    jam.value = Value(QStringLiteral("stuck at 40 %"));
    QVERIFY(engine->ingest(QStringLiteral("valve-1"), jam));
    for (int i = 0; i < 6; ++i) {
        PhysicalEvent reading;
        reading.key = QStringLiteral("opening");
        reading.value = Value(10.0 * (i + 1));
        QVERIFY(engine->ingest(QStringLiteral("valve-1"), reading));
    }
    TileModel *log = findTile(c, TileType::EventLog, QString());
    QVERIFY(log);
    QTRY_VERIFY_WITH_TIMEOUT(!log->events().isEmpty(), 10000);
    QVERIFY2(log->events().first().contains(QStringLiteral("jammed: stuck at 40 %")),
             qPrintable(log->events().first()));
    TileModel *opening = findTile(c, TileType::Gauge, QStringLiteral("opening"));
    QVERIFY(opening);
    QTRY_COMPARE_WITH_TIMEOUT(opening->number(), 60.0, 10000);
    QVERIFY(c->showTwin(QStringLiteral("valve-2")));
    QVERIFY(c->showTwin(QStringLiteral("valve-1")));
    TileModel *plot = nullptr;
    for (int i = 0; i < c->tileCount(); ++i)
        if (c->tile(i)->tile().type == TileType::Plot)
            plot = c->tile(i);
    QVERIFY(plot);
    QTRY_COMPARE_WITH_TIMEOUT(plot->plot()->samples(0).size(), std::size_t(6), 10000);
    QCOMPARE(plot->plot()->samples(0).value(0), 10.0);
    QCOMPARE(plot->plot()->samples(0).value(5), 60.0);
    w.action(QStringLiteral("run.stop"))->trigger();
}

namespace {

// A twin without adapters, a number and a structured property, and a dashboard with a plot of
// the number and of the field "/x" of the structure.
const char *kProbeProject = R"({"format": "twinloom-project", "version": 1,
  "models": [{"@id": "dtmi:test:Probe;1", "@type": "Interface", "@context": "dtmi:dtdl:context;3",
    "contents": [
      {"@type": "Property", "name": "level", "schema": "double", "history": 2000},
      {"@type": "Property", "name": "position", "history": 2000, "schema": {"@type": "Object",
        "fields": [{"name": "x", "schema": "double"}, {"name": "y", "schema": "double"}]}}]}],
  "twins": [{"id": "probe", "model": "dtmi:test:Probe;1", "physicalAdapters": [{"type": "api"}]}],
  "dashboards": [{"id": "probe", "twin": "probe", "tiles": [
    {"type": "plot", "x": 0, "y": 0, "w": 6, "h": 3, "history": 5000,
     "series": [{"twin": "probe", "property": "level"},
                {"twin": "probe", "property": "position", "field": "/x"}]}]}]})";

} // namespace

void TestMonitor::plotGetsEverySampleOncePerFrame()
{
    GraphModel model;
    model.setDocument(nlohmann::json::parse(kProbeProject));
    QUndoStack undo;
    EngineHost host;
    MonitorController c(&model, &undo, &host);
    QVERIFY2(c.showTwin(QStringLiteral("probe")), qPrintable(c.message()));
    QCOMPARE(c.tileCount(), 1);
    TileModel *plot = c.tile(0);
    QVERIFY(plot->plot());
    Diagnostics d;
    QVERIFY2(host.start(model, {}, d), qPrintable(d.toString()));
    QTRY_COMPARE_WITH_TIMEOUT(host.engine()->lifecycle(QStringLiteral("probe")),
                              LifecycleState::Synchronized, 10000);
    QTest::qWait(200); // the plot's history from the engine (none) has arrived
    int frames = 0;
    int plotUpdates = 0;
    QObject::connect(&host, &EngineHost::changes, &c, [&] { ++frames; });
    QObject::connect(plot, &TileModel::plotChanged, &c, [&] { ++plotUpdates; });
    // 500 distinct values within one frame interval (33 ms): far faster than the frame rate.
    constexpr int kBurst = 500;
    const Timestamp t0 = Clock::now() - 10'000'000;
    // The burst runs on this thread, so no frame can fall within it however long it takes.
    for (int i = 0; i < kBurst; ++i) {
        PhysicalEvent e;
        e.key = QStringLiteral("level");
        e.value = Value(double(i) * 0.5);
        e.sourceTime = t0 + Timestamp(i) * 1000; // 1 ms apart
        QVERIFY(host.engine()->ingest(QStringLiteral("probe"), e));
    }
    const SampleRing &level = plot->plot()->samples(0);
    QTRY_COMPARE_WITH_TIMEOUT(level.size(), std::size_t(kBurst), 5000);
    // All of them, in order, with their source times.
    for (int i = 0; i < kBurst; ++i) {
        QCOMPARE(level.value(std::size_t(i)), double(i) * 0.5);
        QCOMPARE(level.time(std::size_t(i)), double(t0 + Timestamp(i) * 1000) / 1e6);
    }
    // In a frame or two (a few more on a loaded machine), never one update per sample.
    QVERIFY2(frames >= 1 && frames <= 10, qPrintable(QString::number(frames)));
    QVERIFY2(plotUpdates <= frames, qPrintable(QString::number(plotUpdates)));
    QCOMPARE(host.droppedSamples(), std::uint64_t(0));
    host.stop();
}

void TestMonitor::plotSeriesReadsAFieldOfAStructuredValue()
{
    // Saved with its field, read back the same; an old entry without one reads the value itself.
    Diagnostics d;
    const auto dashboards = readDashboards(nlohmann::json::parse(kProbeProject), d);
    QVERIFY2(!d.hasErrors(), qPrintable(d.toString()));
    QCOMPARE(dashboards.size(), std::size_t(1));
    const Tile &tile = dashboards[0].tiles.at(0);
    QCOMPARE(tile.series.at(0).field, QString());
    QCOMPARE(tile.series.at(1).field, QStringLiteral("/x"));
    const auto json = dashboards[0].toJson();
    QVERIFY(!json["tiles"][0]["series"][0].contains("field"));
    QCOMPARE(json["tiles"][0]["series"][1]["field"], "/x");
    Diagnostics again;
    QVERIFY(Dashboard::fromJson(json, QStringLiteral("/dashboards/0"), again) == dashboards[0]);
    // A field that is not a pointer is refused with its place; one that reaches no number is the
    // tile's problem.
    auto bad = json;
    bad["tiles"][0]["series"][1]["field"] = "x";
    Diagnostics wrong;
    const auto partial = Dashboard::fromJson(bad, QStringLiteral("/dashboards/0"), wrong);
    QVERIFY(partial && partial->tiles.empty());
    QVERIFY(wrong.hasErrors());
    QVERIFY2(wrong.toString().contains(QStringLiteral("/dashboards/0/tiles/0/series/1/field")),
             qPrintable(wrong.toString()));
    GraphModel model;
    model.setDocument(nlohmann::json::parse(kProbeProject));
    Tile noNumber = tile;
    noNumber.series[1].field = QStringLiteral("/z");
    QVERIFY(tileProblem(noNumber, model).contains(QStringLiteral("/z")));
    Tile whole = tile;
    whole.series[1].field.clear();
    QVERIFY(tileProblem(whole, model).contains(QStringLiteral("not a number")));
    QCOMPARE(tileProblem(tile, model), QString());

    // Running: the series gets the field of every value, and the history seeds it too.
    QUndoStack undo;
    EngineHost host;
    Diagnostics run;
    QVERIFY2(host.start(model, {}, run), qPrintable(run.toString()));
    // No source time: the engine's history and the live samples are on commit times.
    auto position = [](double x) {
        PhysicalEvent e;
        e.key = QStringLiteral("position");
        e.value = Value::fromJson(nlohmann::json{{"x", x}, {"y", -x}});
        return e;
    };
    for (int i = 0; i < 3; ++i) // before the plot exists: from the engine's history
        QVERIFY(host.engine()->ingest(QStringLiteral("probe"), position(i)));
    QTRY_COMPARE_WITH_TIMEOUT(
        host.engine()->history(QStringLiteral("probe"), QStringLiteral("position")).result().size(),
        std::size_t(3), 5000);
    MonitorController c(&model, &undo, &host);
    QVERIFY(c.showTwin(QStringLiteral("probe")));
    TileModel *plot = c.tile(0);
    QCOMPARE(plot->plot()->seriesNames().at(1), QStringLiteral("probe · position/x"));
    for (int i = 3; i < 100; ++i)
        QVERIFY(host.engine()->ingest(QStringLiteral("probe"), position(i)));
    const SampleRing &x = plot->plot()->samples(1);
    QTRY_COMPARE_WITH_TIMEOUT(x.size(), std::size_t(100), 5000);
    QTest::qWait(100); // and no sample twice
    QCOMPARE(x.size(), std::size_t(100));
    for (int i = 0; i < 100; ++i) {
        QCOMPARE(x.value(std::size_t(i)), double(i));
        if (i > 0)
            QVERIFY(x.time(std::size_t(i)) >= x.time(std::size_t(i - 1)));
    }
    QCOMPARE(plot->plot()->samples(0).size(), std::size_t(0));
    host.stop();
}

void TestMonitor::plotCursorReadsTheValues()
{
    const Tile t = twoSeriesPlot();
    TileModel tile(t, 0);
    QSignalSpy cursor(&tile, &TileModel::cursorChanged);
    for (int i = 0; i < 100; ++i) {
        tile.addSample(0, 1000.0 + i, 2.0 * i);
        tile.addSample(1, 1000.0 + i, -0.5 * i);
    }
    tile.plot()->setTimeRange(1000, 1099);
    tile.plot()->render(400, 200);
    // Left of the plot area (the tick labels) there is nothing to read.
    QVERIFY(!tile.plot()->timeAt(0));
    tile.setCursor(0);
    QCOMPARE(tile.cursorText(), QString());
    int x = 0;
    while (x < 400 && tile.plot()->timeAt(x).value_or(0) < 1050)
        ++x;
    QVERIFY(x < 400);
    const double time = *tile.plot()->timeAt(x);
    QVERIFY(time >= 1050 && time < 1051);
    tile.setCursor(x);
    QCOMPARE(cursor.count(), 1);
    const int k = int(std::lround(time)) - 1000; // the nearest sample
    const QStringList lines = tile.cursorText().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], QLocale().toString(
                           QDateTime::fromMSecsSinceEpoch(qint64(std::llround(time * 1000))).time(),
                           QStringLiteral("HH:mm:ss.zzz")));
    QCOMPARE(lines[1], QStringLiteral("a · x: ") + QLocale().toString(2.0 * k, 'g', 6));
    QCOMPARE(lines[2], QStringLiteral("b · y: ") + QLocale().toString(-0.5 * k, 'g', 6));
    tile.setCursor(-1);
    QCOMPARE(tile.cursorText(), QString());
}

void TestMonitor::plotHasAValueAxisPerUnit()
{
    // A temperature around 21 °C and a power around 850 W: each on its own axis, each range
    // fitting its own samples.
    PlotRenderer plot;
    plot.setHistory(200);
    plot.setSeries({QStringLiteral("t1"), QStringLiteral("p"), QStringLiteral("t2")});
    plot.setUnits({QStringLiteral("°C"), QStringLiteral("W"), QStringLiteral("°C")});
    for (int i = 0; i < 200; ++i) {
        plot.append(0, 1000.0 + i, 21 + std::sin(i * 0.1));
        plot.append(1, 1000.0 + i, 850 + 50 * std::sin(i * 0.05));
        plot.append(2, 1000.0 + i, 19 + std::sin(i * 0.1));
    }
    const QImage twoAxes = plot.render(500, 250).toImage();
    QCOMPARE(plot.valueAxis(0), 0);
    QCOMPARE(plot.valueAxis(1), 1);
    QCOMPARE(plot.valueAxis(2), 0);
    const auto [leftLow, leftHigh] = plot.valueRange(0);
    const auto [rightLow, rightHigh] = plot.valueRange(1);
    QVERIFY2(leftLow <= 18 && leftHigh >= 22 && leftHigh - leftLow < 20,
             qPrintable(QStringLiteral("%1 %2").arg(leftLow).arg(leftHigh)));
    QVERIFY2(rightLow <= 800 && rightHigh >= 900 && rightLow > 500,
             qPrintable(QStringLiteral("%1 %2").arg(rightLow).arg(rightHigh)));
    // The right axis has tick labels: dark pixels in the right margin above the time axis,
    // none with one unit.
    const QRect margin(500 - 40, 0, 40, 200);
    QVERIFY(darkPixels(twoAxes, margin) > 20);
    plot.setUnits({QStringLiteral("°C"), QStringLiteral("°C"), QStringLiteral("°C")});
    QCOMPARE(plot.valueAxis(1), 0);
    const QImage oneAxis = plot.render(500, 250).toImage();
    QCOMPARE(darkPixels(oneAxis, margin), 0);
    QVERIFY(plot.valueRange(0).second >= 900);
    // A third unit gets a third axis (on the right), not a share of the first one.
    plot.setUnits({QStringLiteral("°C"), QStringLiteral("W"), QStringLiteral("ppm")});
    QCOMPARE(plot.valueAxis(2), 2);
    plot.render(500, 250);
    QVERIFY(plot.valueRange(0).second < 40);
    QVERIFY(plot.valueRange(2).first >= 10 && plot.valueRange(2).second < 30);
}

// A temperature that changed once long ago: the view covers the time span before the present,
// each value holds until the next one (steps), and the last one holds until now, a line across
// the plot rather than a dot far to the left. The legend is a row above the curves; as time
// passes the view moves without new samples; a dark palette gives a dark picture.
void TestMonitor::plotShowsItsTimeSpanUpToNow()
{
    PlotRenderer plot;
    plot.setSeries({QStringLiteral("temperature")});
    plot.setSpan(600);
    const double now = 1'790'000'000.0;
    plot.setNow(now);
    plot.append(0, now - 500, 20.0);
    plot.append(0, now - 400, 22.0);
    QImage picture = plot.render(600, 250).toImage();
    QCOMPARE(plot.timeRange(), std::make_pair(now - 600, now));
    const auto drawn = plot.drawn(0);
    QCOMPARE(drawn.size(), std::size_t(3));
    QCOMPARE(drawn.back(), std::make_pair(now, 22.0));
    const QRect area = plot.plotArea();
    const QColor blue(0x1f, 0x77, 0xb4);
    auto blueRow = [&](const QImage &image, int x) {
        for (int y = area.top(); y <= area.bottom(); ++y) {
            const QColor p = image.pixelColor(x, y);
            if (std::abs(p.red() - blue.red()) < 30 && std::abs(p.green() - blue.green()) < 30 &&
                std::abs(p.blue() - blue.blue()) < 30)
                return y;
        }
        return -1;
    };
    auto xOf = [&](double t) { return area.left() + int((t - (now - 600)) / 600 * area.width()); };
    // Held until now: the line reaches the right edge.
    for (const double t : {now - 300, now - 100, now - 5})
        QVERIFY2(blueRow(picture, xOf(t)) >= 0, qPrintable(QString::number(now - t)));
    // Steps: flat between the samples, not a slope.
    QVERIFY(blueRow(picture, xOf(now - 480)) >= 0);
    QCOMPARE(blueRow(picture, xOf(now - 420)), blueRow(picture, xOf(now - 480)));
    QVERIFY(blueRow(picture, xOf(now - 200)) < blueRow(picture, xOf(now - 480))); // 22 above 20
    // The legend above the curves, never over them.
    QVERIFY(!plot.legendArea().isEmpty());
    QVERIFY(!plot.legendArea().intersects(area));
    QVERIFY(plot.legendArea().bottom() <= area.top());
    // Two minutes later, with no new sample: the view and the held value move with the present.
    QVERIFY(!plot.isDirty());
    plot.setNow(now + 120);
    QVERIFY(plot.isDirty());
    plot.render(600, 250);
    QCOMPARE(plot.timeRange().second, now + 120);
    QCOMPARE(plot.drawn(0).back(), std::make_pair(now + 120, 22.0));
    // Paused, the present moves on but the view stays.
    plot.setPaused(true);
    plot.render(600, 250);
    plot.setNow(now + 180);
    QVERIFY(!plot.isDirty());
    QCOMPARE(plot.timeRange().second, now + 120);
    plot.followLatest();
    plot.setPaused(false);
    // Dark: a dark background, light tick labels.
    plot.setDark(true);
    QVERIFY(plot.isDirty());
    picture = plot.render(600, 250).toImage();
    QVERIFY(qGray(picture.pixel(area.left() + 3, area.bottom() - 3)) < 80);
    QVERIFY(hasColourNear(picture, QColor(0xdd, 0xdf, 0xe3), 40));
    // The CSV holds what the view shows: of the ten minutes before now + 180 s, the sample of
    // now - 400 s only; none once both have left the span.
    const QString csv = m_dir.filePath(QStringLiteral("span.csv"));
    QVERIFY(plot.exportCsv(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[1].endsWith(",22"));
    file.close();
    plot.setNow(now + 1000);
    QVERIFY(plot.exportCsv(csv));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().trimmed().split('\n').size(), 1);
}

// The wheel over a plot scrolls the dashboard and leaves the plot following the present; once
// the plot is clicked (or with Ctrl held) the wheel zooms it, and the plot says it shows the
// past. A time span chosen from the plot is an undoable edit of the dashboard.
void TestMonitor::plotWheelScrollsTheDashboardUntilClicked()
{
    MainWindow w;
    QVERIFY(openMonitor(w, QStringLiteral("sensor-1-1")));
    MonitorController *c = w.monitor()->controller();
    TileModel *plot = nullptr;
    for (int i = 0; i < c->tileCount(); ++i)
        if (c->tile(i)->tile().type == TileType::Plot)
            plot = c->tile(i);
    QVERIFY(plot);
    QQuickWidget *quick = w.monitor()->quickWidget();
    QQuickItem *frame = nullptr;
    QTRY_VERIFY((frame = findTileFrame(quick->rootObject(), plot)));
    const QPoint centre =
        frame->mapToScene(QPointF(frame->width() / 2, frame->height() / 2 + 10)).toPoint();
    auto wheel = [&](Qt::KeyboardModifiers modifiers) {
        QWheelEvent e(centre, quick->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
                      modifiers, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(quick, &e);
    };
    QVERIFY(plot->isFollowing());
    wheel(Qt::NoModifier);
    QVERIFY(plot->isFollowing());
    wheel(Qt::ControlModifier);
    QVERIFY(!plot->isFollowing());
    plot->follow();
    QVERIFY(plot->isFollowing());
    QTest::mouseClick(quick, Qt::LeftButton, {}, centre);
    auto *view = frame->findChild<QQuickItem *>(QStringLiteral("plotView"));
    QVERIFY(view);
    QTRY_VERIFY(view->hasActiveFocus());
    wheel(Qt::NoModifier);
    QVERIFY(!plot->isFollowing());
    QTRY_VERIFY(visibleTexts(frame).join(QLatin1Char('|')).contains(QStringLiteral("Go live")));
    // A time span: saved with the dashboard, undone in one step, and the plot follows again.
    const int undo = w.undoStack()->count();
    QVERIFY(c->setTileSpan(plot->index(), 3600));
    QCOMPARE(c->dashboard().tiles[std::size_t(plot->index())].span, 3600);
    QCOMPARE(w.undoStack()->count(), undo + 1);
    plot = c->tile(plot->index());
    QVERIFY(plot->isFollowing());
    QCOMPARE(plot->spanText(), QStringLiteral("1 h"));
    QCOMPARE(plot->plot()->span(), 3600.0);
    QVERIFY(!c->setTileSpan(plot->index(), 0));
    w.undoStack()->undo();
    QCOMPARE(c->dashboard().tiles[std::size_t(plot->index())].span, Tile::kDefaultSpan);
}

// The pointer over one plot puts a cursor at the same time on every plot of the dashboard.
void TestMonitor::plotsShareOneCursor()
{
    MainWindow w;
    QVERIFY(openMonitor(w, QStringLiteral("sensor-1-1")));
    MonitorController *c = w.monitor()->controller();
    c->setEditing(true);
    Tile second;
    second.type = TileType::Plot;
    second.series = {{QStringLiteral("hvac-1-1"), QStringLiteral("power")}};
    second.y = 20;
    second.w = 4;
    second.h = 2;
    QVERIFY(c->addTile(second));
    c->setEditing(false);
    std::vector<TileModel *> plots;
    for (int i = 0; i < c->tileCount(); ++i)
        if (c->tile(i)->plot())
            plots.push_back(c->tile(i));
    QCOMPARE(plots.size(), std::size_t(2));
    for (TileModel *t : plots)
        t->plot()->render(500, 200);
    plots[0]->setCursor(250);
    QCOMPARE(plots[0]->cursorX(), 250.0);
    // The other plot's line is at the same time (its axes may be narrower or wider).
    const double time = *plots[0]->plot()->timeAt(250);
    QVERIFY2(plots[1]->cursorX() >= 0, qPrintable(QString::number(plots[1]->cursorX())));
    const double other = *plots[1]->plot()->timeAt(plots[1]->cursorX());
    QVERIFY2(std::abs(other - time) < 2.0, qPrintable(QString::number(other - time)));
    QVERIFY(!plots[1]->cursorText().isEmpty()); // the time (no samples while stopped)
    QCOMPARE(plots[1]->cursorText().section(QLatin1Char('\n'), 0, 0),
             plots[0]->cursorText().section(QLatin1Char('\n'), 0, 0));
    plots[0]->setCursor(-1);
    QCOMPARE(plots[1]->cursorX(), -1.0);
    QVERIFY(plots[1]->cursorText().isEmpty());
}

void TestMonitor::screenshotsOfMonitorMode()
{
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QString error;
    QVERIFY2(w.openFile(kExample, &error), qPrintable(error));
    w.setMode(MainWindow::Mode::Monitor);
    w.action(QStringLiteral("run.start"))->trigger();
    const QDir dir(QStringLiteral(TWINLOOM_SCREENSHOT_DIR));
    QVERIFY(dir.mkpath(QStringLiteral(".")));
    MonitorController *c = w.monitor()->controller();
    for (const QString &twin :
         {QStringLiteral("sensor-1-1"), QStringLiteral("hvac-1-1"), QStringLiteral("room-1-1")}) {
        w.monitor()->showTwin(twin);
        QTRY_VERIFY_WITH_TIMEOUT(c->tileCount() > 0 && c->tile(0)->hasValue(), 10000);
        QTest::qWait(2500); // a few samples on the plot
        const QImage image = w.grab().toImage();
        QVERIFY(colourCount(image) > 20);
        QVERIFY(image.save(dir.filePath(QStringLiteral("monitor-%1.png").arg(twin))));
    }
    c->setEditing(true);
    QVERIFY(w.monitor()->findChild<QToolButton *>(QStringLiteral("addTile"))->isEnabled());
    QTest::qWait(300); // the Qt Quick view draws on its own timer
    const QImage editing = w.grab().toImage();
    // The edit frames are drawn: their blue appears only in Edit mode.
    QVERIFY(hasColourNear(editing, QColor(0x15, 0x65, 0xc0)));
    QVERIFY(editing.save(dir.filePath(QStringLiteral("monitor-edit.png"))));
    // An entanglement tile, and the tile panel beside the dashboard on the selected plot.
    Tile entanglement;
    entanglement.type = TileType::Entanglement;
    entanglement.twin = QStringLiteral("room-1-1");
    entanglement.w = 2;
    QVERIFY(c->addTile(entanglement));
    c->selectTile(c->tileCount() - 2);
    QTest::qWait(300);
    QVERIFY(w.grab().save(dir.filePath(QStringLiteral("monitor-edit-tile.png"))));
    // The operator view: the dashboard alone, its header with the twin's entanglement.
    QVERIFY(c->entanglement()->isShown());
    w.setOperatorView(true);
    QTest::qWait(600);
    QVERIFY(w.grab().save(dir.filePath(QStringLiteral("monitor-operator.png"))));
    w.setOperatorView(false);
    w.action(QStringLiteral("run.stop"))->trigger();
}

void TestMonitor::plotStartsFromTheHistoryStore()
{
    // A project that records history: what one run recorded is on the plot of the next.
    const QString path = m_dir.filePath(QStringLiteral("recorded.twinloom.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "twinloom-project", "version": 1,
          "models": [{"@id": "dtmi:test:Tank;1", "@type": "Interface",
            "@context": "dtmi:dtdl:context;3", "contents": [
              {"@type": "Property", "name": "level", "schema": "double"}]}],
          "twins": [{"id": "tank-1", "model": "dtmi:test:Tank;1"}],
          "history": {"location": "recorded.history.sqlite", "flushInterval": "PT0.05S"}})");
    }
    MainWindow w;
    QString error;
    QVERIFY2(w.openFile(path, &error), qPrintable(error));
    w.action(QStringLiteral("run.start"))->trigger();
    QVERIFY(w.engineHost()->isRunning());
    for (int i = 0; i < 5; ++i) {
        PhysicalEvent reading;
        reading.key = QStringLiteral("level");
        reading.value = Value(1.0 + i);
        QVERIFY(w.engineHost()->engine()->ingest(QStringLiteral("tank-1"), reading));
    }
    QTRY_COMPARE_WITH_TIMEOUT(w.engineHost()->history()->status().recorded, std::uint64_t(5),
                              10000);
    w.action(QStringLiteral("run.stop"))->trigger();
    // The next run holds nothing in memory (the model keeps no samples): the plot's past is the
    // store's.
    w.action(QStringLiteral("run.start"))->trigger();
    QVERIFY(w.engineHost()->isRunning());
    w.setMode(MainWindow::Mode::Monitor);
    MonitorController *c = w.monitor()->controller();
    QVERIFY(c->showTwin(QStringLiteral("tank-1")));
    TileModel *plot = nullptr;
    for (int i = 0; i < c->tileCount(); ++i)
        if (c->tile(i)->tile().type == TileType::Plot)
            plot = c->tile(i);
    QVERIFY(plot);
    QTRY_COMPARE_WITH_TIMEOUT(plot->plot()->samples(0).size(), std::size_t(5), 10000);
    QCOMPARE(plot->plot()->samples(0).value(0), 1.0);
    QCOMPARE(plot->plot()->samples(0).value(4), 5.0);
    // Holding two samples, a view reaching further back gets the rest from the store, in the
    // background: the buckets' minima and maxima, drawn before the samples held.
    const double first = plot->plot()->samples(0).time(0);
    const double last = plot->plot()->samples(0).time(4);
    QVERIFY(c->setTileHistory(plot->index(), 2));
    QCOMPARE(plot->plot()->samples(0).size(), std::size_t(2));
    QCOMPARE(plot->plot()->pastSize(0), std::size_t(0));
    plot->showRange(first - 1, last + 1);
    QVERIFY(!plot->isFollowing());
    QTRY_VERIFY_WITH_TIMEOUT(plot->plot()->pastSize(0) > 0, 10000);
    plot->plot()->render(400, 200);
    const auto drawn = plot->plot()->drawn(0);
    QVERIFY(std::any_of(drawn.begin(), drawn.end(), [&](const auto &p) {
        return p.second == 1.0 && std::abs(p.first - first) < 0.01;
    }));
    QCOMPARE(drawn.back().second, 5.0);
    // A drag moves the view many times a second: the store is asked once, when it rests.
    QSignalSpy asked(plot, &TileModel::pastWanted);
    for (int i = 0; i < 20; ++i)
        plot->pan(-0.01);
    QCOMPARE(asked.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, 5000);
    QTest::qWait(300);
    QCOMPARE(asked.count(), 1);
    // Following the present again, the view is the samples held.
    plot->follow();
    QVERIFY(plot->isFollowing());
    w.action(QStringLiteral("run.stop"))->trigger();
}

QTEST_MAIN(TestMonitor)
#include "tst_monitor.moc"
