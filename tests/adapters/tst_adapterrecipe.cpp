// The recipe "add an adapter type" of docs/architecture.md, followed once: a counter device type
// defined here, in one class and one registration line, is offered with its configuration
// schema, refuses bad configurations at their JSON pointers, and runs in a twin.

#include "engine/adapter.h"
#include "engine/configreader.h"
#include "engine/engine.h"
#include "engine/project.h"
#include "tests/support/twintest.h"

#include <QtCore/QTimer>
#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

using namespace twinloom;

namespace Recipe {

// 1. The adapter class: its type's description and schema, its configuration, its behaviour.
class CounterAdapter : public PhysicalAdapter
{
    Q_OBJECT

public:
    struct Options
    {
        QString property = QStringLiteral("count");
        int step = 1;
        int intervalMs = 10;
    };

    static AdapterTypeInfo typeInfo()
    {
        return {QStringLiteral("counter"),
                QStringLiteral("Counter"),
                QStringLiteral("Counts up by a step at an interval."),
                {{"type", "object"},
                 {"properties",
                  {{"property", {{"type", "string"}, {"minLength", 1}}},
                   {"step", {{"type", "integer"}, {"minimum", 1}}},
                   {"interval", {{"$ref", "#/$defs/duration"}}}}}}};
    }

    // 2. fromConfig: reads the configuration, reports what is wrong at its JSON pointer.
    static std::unique_ptr<PhysicalAdapter> fromConfig(const AdapterBuildContext &c)
    {
        const int errorsBefore = c.diagnostics->errorCount();
        ConfigReader r(c.config, c.pointer, *c.diagnostics, QStringLiteral("the counter"));
        Options o;
        if (r.has("property"))
            o.property = r.string("property");
        if (auto step = r.number("step")) {
            if (*step < 1 || *step != static_cast<int>(*step))
                r.error("step", QStringLiteral("\"step\" is a whole number, at least 1"));
            else
                o.step = static_cast<int>(*step);
        }
        if (auto interval = r.duration("interval"))
            o.intervalMs = static_cast<int>(*interval / 1000);
        if (c.diagnostics->errorCount() > errorsBefore)
            return nullptr;
        return std::make_unique<CounterAdapter>(c.id, o);
    }

    CounterAdapter(QString id, Options options)
        : PhysicalAdapter(std::move(id))
        , m_options(std::move(options))
    {}

    QString type() const override { return QStringLiteral("counter"); }
    void start() override
    {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, [this] {
            m_count += m_options.step;
            publishProperty(m_options.property, Value(std::int64_t(m_count)));
        });
        m_timer->start(m_options.intervalMs);
        notifyBound();
    }
    void stop() override
    {
        delete m_timer;
        m_timer = nullptr;
        notifyUnbound(QStringLiteral("stopped"));
    }

private:
    Options m_options;
    QTimer *m_timer = nullptr;
    int m_count = 0;
};

} // namespace Recipe

namespace {
using Recipe::CounterAdapter;

const char *kModel = R"({"@id": "dtmi:test:Counter;1", "@type": "Interface",
    "contents": [{"@type": "Property", "name": "count", "schema": "long"}]})";

Project::Json project(const Project::Json &config)
{
    return {{"format", "twinloom-project"},
            {"version", 1},
            {"models", {Project::Json::parse(kModel)}},
            {"twins",
             {{{"id", "c"},
               {"model", "dtmi:test:Counter;1"},
               {"physicalAdapters", {{{"type", "counter"}, {"config", config}}}}}}}};
}

} // namespace

class TestAdapterRecipe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // 3. One registration line.
    void initTestCase() { m_registry.addPhysical<CounterAdapter>(); }
    void isOfferedWithItsSchema();
    void refusesABadConfiguration();
    void runsInATwin();

private:
    AdapterRegistry m_registry;
};

void TestAdapterRecipe::isOfferedWithItsSchema()
{
    QVERIFY(m_registry.physicalTypes().contains(QStringLiteral("counter")));
    QCOMPARE(m_registry.physicalInfo(QStringLiteral("counter"))->configSchema["properties"]["step"],
             nlohmann::json({{"type", "integer"}, {"minimum", 1}}));
    // The project schema's adapter part for it comes from that schema.
    const nlohmann::json defs = m_registry.projectSchemaDefinitions();
    bool found = false;
    for (const auto &branch : defs["physicalAdapter"]["allOf"]) {
        if (branch["if"]["properties"]["type"]["const"] == "counter") {
            QCOMPARE(branch["then"]["properties"]["config"],
                     m_registry.physicalInfo(QStringLiteral("counter"))->configSchema);
            found = true;
        }
    }
    QVERIFY(found);
}

void TestAdapterRecipe::refusesABadConfiguration()
{
    Diagnostics d;
    QVERIFY(!Project::fromJson(project({{"step", 0}}), d, {}, &m_registry));
    QVERIFY2(d.hasErrors(), qPrintable(d.toString()));
    const Diagnostic *e = d.firstError();
    QCOMPARE(e->pointer, QStringLiteral("/twins/0/physicalAdapters/0/config/step"));
    QCOMPARE(e->message, QStringLiteral("\"step\" is a whole number, at least 1"));
}

void TestAdapterRecipe::runsInATwin()
{
    Diagnostics d;
    const auto p =
        Project::fromJson(project({{"step", 5}, {"interval", 0.01}}), d, {}, &m_registry);
    QVERIFY2(p, qPrintable(d.toString()));
    Engine engine;
    engine.setAdapterRegistry(&m_registry);
    QVERIFY2(p->instantiate(engine, d), qPrintable(d.toString()));
    engine.startAll();
    QTRY_COMPARE(engine.lifecycle(QStringLiteral("c")), LifecycleState::Synchronized);
    QTRY_VERIFY(Test::reported(engine, QStringLiteral("c"), u"count").toInt() >= 15);
    QCOMPARE(Test::reported(engine, QStringLiteral("c"), u"count").toInt() % 5, 0);
    engine.stopAll();
}

QTEST_GUILESS_MAIN(TestAdapterRecipe)
#include "tst_adapterrecipe.moc"
