#include "engine/mappingshadowing.h"

#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

using namespace twinloom;

namespace {
TwinModelPtr model()
{
    Diagnostics d;
    auto m = TwinModel::fromJson(nlohmann::json::parse(R"({"@id": "dtmi:test:Room;1", "contents": [
        {"@type": "Property", "name": "temperature", "schema": "double", "minimum": -50, "maximum": 150},
        {"@type": "Property", "name": "humidity", "schema": "double"},
        {"@type": "Property", "name": "occupied", "schema": "boolean"},
        {"@type": "Property", "name": "mode", "schema": {"@type": "Enum", "valueSchema": "string",
          "enumValues": [{"name": "auto", "enumValue": "auto"}, {"name": "off", "enumValue": "off"}]}},
        {"@type": "Property", "name": "setpoint", "schema": "double", "writable": true},
        {"@type": "Event", "name": "alarm", "schema": "string"},
        {"@type": "Command", "name": "setSetpoint", "request": {"name": "value", "schema": "double"}}]})"),
                                 {}, d);
    Q_ASSERT_X(m, "model", qPrintable(d.toString()));
    return m;
}

// A shadowing context over a real TwinState that records what the function asks for.
class Context : public ShadowingContext
{
public:
    explicit Context(TwinModelPtr m)
        : m_state(QStringLiteral("room-1"), std::move(m))
    {}

    const TwinState &state() const override { return m_state; }
    StateTransaction beginTransaction() override { return m_state.begin(); }
    bool commit(StateTransaction &tx) override
    {
        auto c = tx.commit();
        if (!c) {
            failures << tx.error();
            return false;
        }
        changes.push_back(*c);
        return true;
    }
    void sendPhysicalAction(PhysicalAction action, int adapterIndex) override
    {
        actions.push_back(std::move(action));
        actionAdapters << adapterIndex;
    }
    int physicalAdapterIndex(const QString &id) const override
    {
        return id == QLatin1String("hvac") ? 1 : -1;
    }
    void completeDigitalAction(const QString &id, ActionResult r) override
    {
        completed.emplace_back(id, std::move(r));
    }
    void startSynchronization() override {}
    void reportFailure(const QString &message) override { failures << message; }
    const std::vector<PhysicalAssetDescription> &assetDescriptions() const override
    {
        return m_descriptions;
    }

    Value reported(QStringView name) const { return m_state.property(name)->reported; }

    std::vector<StateChange> changes;
    std::vector<PhysicalAction> actions;
    QList<int> actionAdapters;
    std::vector<std::pair<QString, ActionResult>> completed;
    QStringList failures;

private:
    TwinState m_state;
    std::vector<PhysicalAssetDescription> m_descriptions;
};

std::unique_ptr<MappingShadowingFunction> mapping(const char *json, Diagnostics &d)
{
    return MappingShadowingFunction::fromJson(nlohmann::json::parse(json), model(),
                                              QStringLiteral("/shadowing"), d);
}

PhysicalEvent physical(const QString &key, Value v,
                       PhysicalEvent::Kind kind = PhysicalEvent::Kind::Property)
{
    PhysicalEvent e;
    e.kind = kind;
    e.key = key;
    e.value = std::move(v);
    e.ingestTime = 1000;
    return e;
}
} // namespace

class TestMappingShadowing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passThrough();
    void pointerIntoStructuredValue();
    void oneKeyFeedsSeveralPropertiesInOneTransaction();
    void stepsGiveExactNumbers();
    void outOfRangeFailsTheTransaction();
    void filteredAndUnmappedAreCounted();
    void renameStep();
    void integerIntoDouble();
    void actionsMapToThePhysicalSide();
    void actionWithoutRule();
    void desiredValueSendsAnAction();
    void configurationErrors();
};

void TestMappingShadowing::passThrough()
{
    Diagnostics d;
    auto sf = mapping("{}", d);
    QVERIFY(sf);
    Context ctx(model());
    sf->onPhysicalEvent(ctx, physical(QStringLiteral("temperature"), 21.5));
    sf->onPhysicalEvent(ctx, physical(QStringLiteral("alarm"), QStringLiteral("smoke"),
                                      PhysicalEvent::Kind::Event));
    QCOMPARE(ctx.changes.size(), 2u);
    QCOMPARE(ctx.reported(u"temperature"), Value(21.5));
    QCOMPARE(ctx.changes[1].changes[0].kind, ResourceKind::Event);
    QCOMPARE(ctx.changes[1].changes[0].value, Value(QStringLiteral("smoke")));
    QCOMPARE(ctx.changes[0].ingestTime, Timestamp(1000));
}

void TestMappingShadowing::pointerIntoStructuredValue()
{
    Diagnostics d;
    auto sf = mapping(R"({"rules": [{"from": "env", "pointer": "/t/v", "to": "temperature"}]})", d);
    QVERIFY2(sf, qPrintable(d.toString()));
    Context ctx(model());
    sf->onPhysicalEvent(ctx,
                        physical(QStringLiteral("env"),
                                 Value::fromJson(nlohmann::json::parse(R"({"t": {"v": 21.5}})"))));
    QCOMPARE(ctx.reported(u"temperature"), Value(21.5));
    sf->onPhysicalEvent(ctx, physical(QStringLiteral("env"),
                                      Value::fromJson(nlohmann::json::parse(R"({"t": {}})"))));
    QCOMPARE(ctx.failures.size(), 1);
    QVERIFY2(ctx.failures[0].contains(QStringLiteral("/t/v")), qPrintable(ctx.failures[0]));
}

void TestMappingShadowing::oneKeyFeedsSeveralPropertiesInOneTransaction()
{
    Diagnostics d;
    auto sf = mapping(R"({"rules": [{"from": "env", "pointer": "/t", "to": "temperature"},
                                   {"from": "env", "pointer": "/h", "to": "humidity"}]})",
                      d);
    Context ctx(model());
    sf->onPhysicalEvent(ctx, physical(QStringLiteral("env"), Value::fromJson(nlohmann::json::parse(
                                                                 R"({"t": 20.5, "h": 41.0})"))));
    QCOMPARE(ctx.changes.size(), 1u);
    QCOMPARE(ctx.changes[0].changes.size(), 2);
    QCOMPARE(ctx.changes[0].sequence, 1u);
    QCOMPARE(ctx.reported(u"humidity"), Value(41.0));
}

void TestMappingShadowing::stepsGiveExactNumbers()
{
    Diagnostics d;
    auto sf = mapping(R"({"rules": [{"from": "raw", "to": "temperature", "steps": [
        {"type": "scale", "factor": 0.1}, {"type": "unit", "from": "degreeFahrenheit", "to": "degreeCelsius"}]}]})",
                      d);
    QVERIFY2(sf, qPrintable(d.toString()));
    Context ctx(model());
    sf->onPhysicalEvent(ctx, physical(QStringLiteral("raw"), 2120));
    QVERIFY(std::abs(ctx.reported(u"temperature").toDouble() - 100.0) < 1e-9);
}

void TestMappingShadowing::outOfRangeFailsTheTransaction()
{
    Diagnostics d;
    auto sf = mapping(R"({"rules": [{"from": "env", "pointer": "/t", "to": "temperature"},
                                   {"from": "env", "pointer": "/h", "to": "humidity"}]})",
                      d);
    Context ctx(model());
    sf->onPhysicalEvent(ctx, physical(QStringLiteral("env"), Value::fromJson(nlohmann::json::parse(
                                                                 R"({"t": 400.0, "h": 41.0})"))));
    QCOMPARE(ctx.changes.size(), 0u);
    QVERIFY(ctx.reported(u"humidity").isNull()); // nothing of the event was applied
    QCOMPARE(ctx.failures.size(), 1);
    QVERIFY2(ctx.failures[0].contains(QStringLiteral("'temperature'")) &&
                 ctx.failures[0].contains(QStringLiteral("outside")),
             qPrintable(ctx.failures[0]));
}

void TestMappingShadowing::filteredAndUnmappedAreCounted()
{
    Diagnostics d;
    auto sf = mapping(R"({"passThrough": false, "rules": [{"from": "t", "to": "temperature",
                                                          "steps": [{"type": "range", "min": 0}]}]})",
                      d);
    Context ctx(model());
    sf->onPhysicalEvent(ctx, physical(QStringLiteral("t"), -5.0));
    sf->onPhysicalEvent(ctx, physical(QStringLiteral("humidity"), 40.0));
    sf->onPhysicalEvent(ctx, physical(QStringLiteral("t"), 5.0));
    QCOMPARE(sf->filteredCount(), 1u);
    QCOMPARE(sf->unmappedCount(), 1u);
    QCOMPARE(ctx.changes.size(), 1u);
    QVERIFY(ctx.failures.isEmpty());
}

void TestMappingShadowing::renameStep()
{
    Diagnostics d;
    auto sf = mapping(
        R"({"rules": [{"from": "x", "steps": [{"type": "rename", "to": "humidity"}]}]})", d);
    QVERIFY2(sf, qPrintable(d.toString()));
    Context ctx(model());
    sf->onPhysicalEvent(ctx, physical(QStringLiteral("x"), 55.0));
    QCOMPARE(ctx.reported(u"humidity"), Value(55.0));
    auto bad = mapping(
        R"({"rules": [{"from": "x", "steps": [{"type": "rename", "to": "pressure"}]}]})", d);
    Context ctx2(model());
    bad->onPhysicalEvent(ctx2, physical(QStringLiteral("x"), 1.0));
    QVERIFY2(ctx2.failures.value(0).contains(QStringLiteral("'pressure'")),
             qPrintable(ctx2.failures.value(0)));
}

void TestMappingShadowing::integerIntoDouble()
{
    Diagnostics d;
    auto sf =
        mapping(R"({"rules": [{"from": "t", "to": "temperature"}, {"from": "o", "to": "occupied"},
                                   {"from": "m", "to": "mode"}]})",
                d);
    Context ctx(model());
    sf->onPhysicalEvent(ctx, physical(QStringLiteral("t"), 21));
    sf->onPhysicalEvent(ctx, physical(QStringLiteral("o"), QStringLiteral("true")));
    sf->onPhysicalEvent(ctx, physical(QStringLiteral("m"), QStringLiteral("auto")));
    QCOMPARE(ctx.reported(u"temperature"), Value(21.0));
    QCOMPARE(ctx.reported(u"occupied"), Value(true));
    QCOMPARE(ctx.reported(u"mode"), Value(QStringLiteral("auto")));
    sf->onPhysicalEvent(ctx, physical(QStringLiteral("m"), QStringLiteral("turbo")));
    QCOMPARE(ctx.failures.size(), 1);
}

void TestMappingShadowing::actionsMapToThePhysicalSide()
{
    Diagnostics d;
    auto sf = mapping(R"({"actions": [{"action": "setSetpoint", "to": "sp", "adapter": "hvac",
                                      "steps": [{"type": "scale", "factor": 10}]}]})",
                      d);
    QVERIFY2(sf, qPrintable(d.toString()));
    Context ctx(model());
    sf->onDigitalAction(ctx, DigitalActionRequest{QStringLiteral("setSetpoint"), Value(21.5),
                                                  QStringLiteral("c1")});
    QCOMPARE(ctx.actions.size(), 1u);
    QCOMPARE(ctx.actions[0].key, QStringLiteral("sp"));
    QCOMPARE(ctx.actions[0].payload, Value(215.0));
    QCOMPARE(ctx.actions[0].correlationId, QStringLiteral("c1"));
    QCOMPARE(ctx.actionAdapters, QList<int>{1});
    sf->onPhysicalActionResult(ctx, QStringLiteral("c1"), ActionResult::success(Value(true)));
    QCOMPARE(ctx.completed.size(), 1u);
    QVERIFY(ctx.completed[0].second.ok);
}

void TestMappingShadowing::actionWithoutRule()
{
    Diagnostics d;
    auto open = mapping("{}", d);
    Context ctx(model());
    open->onDigitalAction(ctx, DigitalActionRequest{QStringLiteral("setSetpoint"), Value(20.0),
                                                    QStringLiteral("c1")});
    QCOMPARE(ctx.actions.size(), 1u);
    QCOMPARE(ctx.actions[0].key, QStringLiteral("setSetpoint"));
    QCOMPARE(ctx.actionAdapters, QList<int>{-1});
    auto closed = mapping(R"({"passThrough": false})", d);
    Context ctx2(model());
    closed->onDigitalAction(ctx2, DigitalActionRequest{QStringLiteral("setSetpoint"), Value(20.0),
                                                       QStringLiteral("c2")});
    QCOMPARE(ctx2.actions.size(), 0u);
    QCOMPARE(ctx2.completed.size(), 1u);
    QCOMPARE(ctx2.completed[0].second.error,
             QStringLiteral("no rule maps action 'setSetpoint' to the device"));
}

void TestMappingShadowing::desiredValueSendsAnAction()
{
    Diagnostics d;
    auto sf = mapping(R"({"desired": [{"property": "setpoint", "action": "applySetpoint"}]})", d);
    QVERIFY2(sf, qPrintable(d.toString()));
    Context ctx(model());
    sf->onDesiredChange(ctx, QStringLiteral("setpoint"), Value(22.0));
    sf->onDesiredChange(ctx, QStringLiteral("humidity"), Value(50.0)); // not mapped: nothing sent
    QCOMPARE(ctx.actions.size(), 1u);
    QCOMPARE(ctx.actions[0].key, QStringLiteral("applySetpoint"));
    QCOMPARE(ctx.actions[0].payload, Value(22.0));
    QVERIFY(ctx.actions[0].correlationId.isEmpty());
}

void TestMappingShadowing::configurationErrors()
{
    Diagnostics d;
    auto sf = mapping(R"({
        "rules": [{"to": "temperature"},
                  {"from": "t", "to": "temprature"},
                  {"from": "t", "pointer": "a/b", "to": "temperature"},
                  {"from": "o", "to": "occupied", "steps": [{"type": "scale", "factor": 2}]}],
        "actions": [{"action": "explode"}],
        "desired": [{"property": "humidity", "action": "x"}],
        "priority": 3})",
                      d);
    QVERIFY(!sf);
    QStringList errors;
    for (const Diagnostic &x : d.items()) {
        if (x.severity == Diagnostic::Severity::Error)
            errors << x.pointer;
    }
    QCOMPARE(errors, QStringList({QStringLiteral("/shadowing/rules/0/from"),
                                  QStringLiteral("/shadowing/rules/1/to"),
                                  QStringLiteral("/shadowing/rules/2/pointer"),
                                  QStringLiteral("/shadowing/rules/3/steps"),
                                  QStringLiteral("/shadowing/actions/0/action"),
                                  QStringLiteral("/shadowing/desired/0/property")}));
    QCOMPARE(d.warningCount(), 1);
    QCOMPARE(d.items().front().pointer, QStringLiteral("/shadowing/priority"));
    const QString all = d.toString();
    QVERIFY(all.contains(
        QStringLiteral("model 'dtmi:test:Room;1' has no property or event 'temprature'")));
    QVERIFY(all.contains(
        QStringLiteral("the steps produce double but property 'occupied' is boolean")));
    QVERIFY(all.contains(QStringLiteral("not writable")));
}

QTEST_GUILESS_MAIN(TestMappingShadowing)
#include "tst_mappingshadowing.moc"
