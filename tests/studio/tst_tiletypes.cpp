// The tile type registry: a tile type that is one entry and one QML file (here the test's own,
// written to a temporary file) is offered for the members it fits, by the tile inspector and by
// Add Tile, is saved and loaded with its dashboard, and is drawn with the twin's values.

#include "app/studio/monitor/dashboard.h"
#include "app/studio/monitor/monitorcontroller.h"
#include "app/studio/monitor/tileinspector.h"
#include "app/studio/monitor/tilemodel.h"
#include "app/studio/monitor/tiletype.h"
#include "app/studio/shared/enginehost.h"
#include "app/studio/shared/mainwindow.h"
#include "tests/support/studiotest.h"
#include "tests/support/twintest.h"

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtQuick/QQuickItem>
#include <QtQuickWidgets/QQuickWidget>
#include <QtTest/QtTest>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QMenu>
#include <QtWidgets/QToolButton>

using namespace twinloom;
using namespace twinloom::Studio;
using twinloom::Test::findNamed;

namespace {

// A number with a range, one without, and a text.
const char *kProject = R"({
  "format": "twinloom-project", "version": 1, "name": "Probe",
  "models": [{
    "@id": "dtmi:test:Probe;1", "@type": "Interface", "@context": "dtmi:dtdl:context;3",
    "contents": [
      {"@type": "Property", "name": "level", "schema": "double", "minimum": 0, "maximum": 200},
      {"@type": "Property", "name": "count", "schema": "integer"},
      {"@type": "Property", "name": "label", "schema": "string"}
    ]}],
  "twins": [{"id": "probe", "model": "dtmi:test:Probe;1", "physicalAdapters": [{"type": "api"}]}]
})";

// The view of the test's tile type: the value as a share of the property's range.
const char *kPercentQml = R"(import QtQuick
Rectangle {
    objectName: "percentTile"
    property QtObject tile
    color: "#ff00ff"
    Text {
        objectName: "percentText"
        anchors.centerIn: parent
        text: tile && tile.hasValue
              ? Math.round(100 * (tile.number - tile.minimum) / (tile.maximum - tile.minimum)) + " %"
              : "none"
    }
}
)";

bool hasRange(const PropertyDef &p)
{
    return p.schema && p.schema->isNumeric() && p.minimum && p.maximum;
}

int magentaPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            n += (image.pixel(x, y) & 0xffffff) == 0xff00ff;
    return n;
}

const Tile *findSaved(const Dashboard &d, const TileType *type)
{
    for (const Tile &t : d.tiles)
        if (t.type == type)
            return &t;
    return nullptr;
}

} // namespace

class TestTileTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void registered();
    void offeredForFittingMembers();
    void savedAndLoaded();
    void drawnWithTheTwinsValues();

private:
    bool open(MainWindow &w);
    QTemporaryDir m_dir;
    QByteArray m_view; // the QML file's URL, which the registered type points at
    const TileType *m_percent = nullptr;
};

void TestTileTypes::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Test::setUpStudio(m_dir, QStringLiteral("tst_tiletypes"));
    QFile project(m_dir.filePath(QStringLiteral("probe.twinloom.json")));
    QVERIFY(project.open(QIODevice::WriteOnly));
    project.write(kProject);
    QFile view(m_dir.filePath(QStringLiteral("PercentTile.qml")));
    QVERIFY(view.open(QIODevice::WriteOnly));
    view.write(kPercentQml);
    m_view = QUrl::fromLocalFile(view.fileName()).toEncoded();

    // The whole recipe: one entry (and the QML file above).
    const TileType percent{.id = "percent",
                           .name = "Percent",
                           .qml = m_view.constData(),
                           .generated = TileType::Generated::Control,
                           .picks = hasRange,
                           .misfit = [](const PropertyDef &p, const Tile &) {
                               return hasRange(p) ? QString() : QStringLiteral("no range");
                           }};
    QVERIFY(registerTileType(percent));
    m_percent = tileType(QStringLiteral("percent"));
    QVERIFY(m_percent);
}

bool TestTileTypes::open(MainWindow &w)
{
    return Test::openInMonitor(w, m_dir.filePath(QStringLiteral("probe.twinloom.json")),
                               QStringLiteral("probe"));
}

void TestTileTypes::registered()
{
    QCOMPARE(tileTypes().back(), m_percent);
    QCOMPARE(m_percent->displayName(), QStringLiteral("Percent"));
    QCOMPARE(m_percent->view().toEncoded(), m_view);
    // Built-in views are files of qml/, in the resources.
    QCOMPARE(TileType::Gauge->view(), QUrl(QStringLiteral("qrc:/twinloom/monitor/GaugeTile.qml")));
    // An id is taken once.
    TileType again = *m_percent;
    QVERIFY(!registerTileType(again));
    QCOMPARE(tileType(QStringLiteral("value")), TileType::Value);
    QVERIFY(!tileType(QStringLiteral("nothing")));
}

void TestTileTypes::offeredForFittingMembers()
{
    MainWindow w;
    QVERIFY(open(w));
    MonitorController *c = w.monitor()->controller();
    // The generated dashboard has one for the number with a range, after the properties' views.
    const auto &tiles = c->dashboard().tiles;
    QCOMPARE(int(std::count_if(tiles.begin(), tiles.end(),
                               [&](const Tile &t) { return t.type == m_percent; })),
             1);
    QCOMPARE(findSaved(c->dashboard(), m_percent)->member, QStringLiteral("level"));
    QCOMPARE(tiles[3].type, m_percent);

    // The tile inspector offers it for that number, not for the others.
    c->setEditing(true);
    auto *type = w.monitor()->tileInspector()->findChild<QComboBox *>(QStringLiteral("tileType"));
    QVERIFY(type);
    auto offered = [&](const QString &member) {
        for (int i = 0; i < c->tileCount(); ++i)
            if (c->dashboard().tiles[std::size_t(i)].member == member &&
                c->dashboard().tiles[std::size_t(i)].type != m_percent)
                c->selectTile(i);
        return type->findData(QStringLiteral("percent")) >= 0;
    };
    QVERIFY(offered(QStringLiteral("level")));
    QVERIFY(!offered(QStringLiteral("count")));
    QVERIFY(!offered(QStringLiteral("label")));

    // Add Tile offers it too, and adds it.
    auto *add = w.monitor()->findChild<QToolButton *>(QStringLiteral("addTile"));
    QVERIFY(add && add->isEnabled());
    Q_EMIT add->menu()->aboutToShow();
    QAction *entry = nullptr;
    for (QAction *a : add->menu()->actions())
        if (a->text() == QLatin1String("percent: level"))
            entry = a;
    QVERIFY(entry);
    const int before = c->tileCount();
    entry->trigger();
    QCOMPARE(c->tileCount(), before + 1);
    QCOMPARE(c->dashboard().tiles.back().type, m_percent);
    QVERIFY(c->isSaved());
}

void TestTileTypes::savedAndLoaded()
{
    const QString path = m_dir.filePath(QStringLiteral("saved.twinloom.json"));
    {
        MainWindow w;
        QVERIFY(open(w));
        MonitorController *c = w.monitor()->controller();
        Tile percent;
        percent.type = m_percent;
        percent.twin = QStringLiteral("probe");
        percent.member = QStringLiteral("level");
        QVERIFY2(c->addTile(percent), qPrintable(c->message()));
        QVERIFY(w.saveFile(path));
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto document = GraphModel::Json::parse(f.readAll().toStdString());
    const GraphModel::Json &saved = document["dashboards"][0]["tiles"].back();
    QVERIFY(saved["type"] == "percent");
    QVERIFY(saved["property"] == "level");

    MainWindow w;
    QVERIFY(w.openFile(path));
    w.setMode(MainWindow::Mode::Monitor);
    MonitorController *c = w.monitor()->controller();
    QVERIFY(c->showTwin(QStringLiteral("probe")));
    QVERIFY(c->isSaved());
    QVERIFY(c->message().isEmpty());
    const Tile *loaded = findSaved(c->dashboard(), m_percent);
    QVERIFY(loaded);
    QCOMPARE(loaded->member, QStringLiteral("level"));
    // Written again as it was read.
    QVERIFY(c->dashboard().toJson() == document["dashboards"][0]);
    // A tile of a type the studio does not know is reported, the rest of the dashboard is kept.
    GraphModel::Json unknown = document["dashboards"][0];
    unknown["tiles"].back()["type"] = "nothing";
    Diagnostics d;
    const auto read = Dashboard::fromJson(unknown, QStringLiteral("/dashboards/0"), d);
    QVERIFY(read && d.hasErrors());
    QCOMPARE(read->tiles.size(), unknown["tiles"].size() - 1);
}

void TestTileTypes::drawnWithTheTwinsValues()
{
    MainWindow w;
    w.resize(1200, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(open(w));
    QQuickWidget *quick = w.monitor()->quickWidget();
    QTRY_VERIFY(findNamed(quick->rootObject(), QStringLiteral("percentTile")));
    QQuickItem *text = findNamed(quick->rootObject(), QStringLiteral("percentText"));
    QVERIFY(text);
    QCOMPARE(text->property("text").toString(), QStringLiteral("none"));

    w.action(QStringLiteral("run.start"))->trigger();
    Engine *engine = w.engineHost()->engine();
    QVERIFY(engine);
    QTRY_COMPARE(engine->lifecycle(QStringLiteral("probe")), LifecycleState::Synchronized);
    engine->ingest(QStringLiteral("probe"), Test::propertyEvent(QStringLiteral("level"), 50.0));
    QTRY_COMPARE(text->property("text").toString(), QStringLiteral("25 %"));
    QTRY_VERIFY(magentaPixels(quick->grabFramebuffer()) > 100);
    w.action(QStringLiteral("run.stop"))->trigger();
}

QTEST_MAIN(TestTileTypes)
#include "tst_tiletypes.moc"
