#include "engine/twinstate.h"

#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

using namespace twinloom;

namespace {
TwinModelPtr roomModel()
{
    Diagnostics d;
    auto m = TwinModel::fromJson(nlohmann::json::parse(R"({
      "@id": "dtmi:test:Room;1",
      "contents": [
        {"@type": "Property", "name": "temperature", "schema": "double", "minimum": -40, "maximum": 85, "history": 3},
        {"@type": "Property", "name": "setpoint", "schema": "double", "writable": true},
        {"@type": "Property", "name": "occupied", "schema": "boolean"},
        {"@type": "Property", "name": "count", "schema": "integer"},
        {"@type": "Event", "name": "alarm", "schema": "string"},
        {"@type": "Relationship", "name": "contains", "maxMultiplicity": 2}
      ]})"),
                                 {}, d);
    Q_ASSERT_X(m, "roomModel", qPrintable(d.toString()));
    return m;
}
} // namespace

class TestTwinState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commitYieldsOneRecord();
    void sequenceIsGapFree();
    void rollbackOnBadValueLeavesStateUntouched();
    void rangeIsEnforced();
    void desiredOnlyForWritable();
    void integerIsCoercedForDouble();
    void eventsAndRelationships();
    void multiplicityIsChecked();
    void historyIsBoundedAndLazy();
    void historyCapacityChange();
    void explicitRollback();
    void timestamps();
};

void TestTwinState::commitYieldsOneRecord()
{
    TwinState s(QStringLiteral("room-1"), roomModel());
    auto tx = s.begin();
    tx.setReported(u"temperature", 21.5, 1000).setReported(u"occupied", true);
    auto change = tx.commit(5000);
    QVERIFY(change);
    QCOMPARE(change->twinId, QStringLiteral("room-1"));
    QCOMPARE(change->sequence, 1u);
    QCOMPARE(change->changes.size(), 2);
    QCOMPARE(change->changes[0].key, QStringLiteral("temperature"));
    QCOMPARE(change->changes[0].operation, ChangeOperation::Add);
    QCOMPARE(change->changes[0].kind, ResourceKind::Property);
    QCOMPARE(change->changes[0].value, Value(21.5));
    QCOMPARE(change->commitTime, Timestamp(5000));
    QCOMPARE(change->sourceTime, Timestamp(1000));
    QCOMPARE(s.property(u"temperature")->reported, Value(21.5));
    QCOMPARE(s.property(u"temperature")->updatedAt, Timestamp(5000));
    QCOMPARE(s.property(u"temperature")->quality, Quality::Good);

    auto tx2 = s.begin();
    tx2.setReported(u"temperature", 22.0);
    auto second = tx2.commit(6000);
    QVERIFY(second);
    QCOMPARE(second->changes[0].operation, ChangeOperation::Update);
    QCOMPARE(second->changes[0].previous, Value(21.5));
}

void TestTwinState::sequenceIsGapFree()
{
    TwinState s(QStringLiteral("room-1"), roomModel());
    for (int i = 1; i <= 100; ++i) {
        auto tx = s.begin();
        tx.setReported(u"count", i);
        auto c = tx.commit();
        QVERIFY(c);
        QCOMPARE(c->sequence, std::uint64_t(i));
    }
    auto bad = s.begin();
    bad.setReported(u"count", QStringLiteral("many"));
    QVERIFY(!bad.commit());
    auto next = s.begin();
    next.setReported(u"count", 101);
    QCOMPARE(next.commit()->sequence, 101u); // a failed transaction takes no number
}

void TestTwinState::rollbackOnBadValueLeavesStateUntouched()
{
    TwinState s(QStringLiteral("room-1"), roomModel());
    auto tx = s.begin();
    tx.setReported(u"temperature", 20.0)
        .setReported(u"occupied", QStringLiteral("yes"))
        .setReported(u"count", 3);
    QVERIFY(tx.failed());
    QVERIFY(!tx.commit());
    QVERIFY2(tx.error().contains(QStringLiteral("occupied")) &&
                 tx.error().contains(QStringLiteral("boolean")),
             qPrintable(tx.error()));
    QVERIFY(s.property(u"temperature")->reported.isNull());
    QVERIFY(s.property(u"count")->reported.isNull());
    QCOMPARE(s.sequence(), 0u);

    auto unknown = s.begin();
    unknown.setReported(u"temprature", 1.0);
    QVERIFY(!unknown.commit());
    QVERIFY2(unknown.error().contains(QStringLiteral("has no property 'temprature'")),
             qPrintable(unknown.error()));
    QVERIFY(unknown.error().contains(QStringLiteral("dtmi:test:Room;1")));
}

void TestTwinState::rangeIsEnforced()
{
    TwinState s(QStringLiteral("room-1"), roomModel());
    auto tx = s.begin();
    tx.setReported(u"temperature", 90.0);
    QVERIFY(!tx.commit());
    QVERIFY2(tx.error().contains(QStringLiteral("outside [-40, 85]")), qPrintable(tx.error()));
    auto ok = s.begin();
    ok.setReported(u"temperature", 85.0);
    QVERIFY(ok.commit());
}

void TestTwinState::desiredOnlyForWritable()
{
    TwinState s(QStringLiteral("room-1"), roomModel());
    auto tx = s.begin();
    tx.setDesired(u"setpoint", 22.0);
    auto c = tx.commit(10);
    QVERIFY(c);
    QCOMPARE(c->changes[0].kind, ResourceKind::DesiredProperty);
    QCOMPARE(s.property(u"setpoint")->desired, Value(22.0));
    QVERIFY(s.property(u"setpoint")->reported.isNull());

    auto bad = s.begin();
    bad.setDesired(u"temperature", 1.0);
    QVERIFY(!bad.commit());
    QVERIFY2(bad.error().contains(QStringLiteral("not writable")), qPrintable(bad.error()));
}

void TestTwinState::integerIsCoercedForDouble()
{
    TwinState s(QStringLiteral("room-1"), roomModel());
    auto tx = s.begin();
    tx.setReported(u"temperature", 21);
    QVERIFY(tx.commit());
    QCOMPARE(s.property(u"temperature")->reported.type(), Value::Type::Double);
    QCOMPARE(s.property(u"temperature")->reported.toDouble(), 21.0);
}

void TestTwinState::eventsAndRelationships()
{
    TwinState s(QStringLiteral("room-1"), roomModel());
    auto tx = s.begin();
    tx.emitEvent(u"alarm", QStringLiteral("smoke"), 42)
        .addRelationship(u"contains", QStringLiteral("sensor-1"));
    auto c = tx.commit();
    QVERIFY(c);
    QCOMPARE(c->changes.size(), 2);
    QCOMPARE(c->changes[0].kind, ResourceKind::Event);
    QCOMPARE(c->changes[0].value, Value(QStringLiteral("smoke")));
    QCOMPARE(c->changes[1].kind, ResourceKind::Relationship);
    QCOMPARE(c->changes[1].target, QStringLiteral("sensor-1"));
    QCOMPARE(s.relationships().size(), 1u);
    QCOMPARE(s.relationships()[0].instanceId, QStringLiteral("contains-sensor-1"));

    auto remove = s.begin();
    remove.removeRelationship(u"contains", u"contains-sensor-1");
    QVERIFY(remove.commit());
    QCOMPARE(s.relationships().size(), 0u);

    auto missing = s.begin();
    missing.removeRelationship(u"contains", u"nope");
    QVERIFY(!missing.commit());
    QVERIFY(missing.error().contains(QStringLiteral("no instance 'nope'")));

    auto unknownEvent = s.begin();
    unknownEvent.emitEvent(u"fire", {});
    QVERIFY(!unknownEvent.commit());
}

void TestTwinState::multiplicityIsChecked()
{
    TwinState s(QStringLiteral("room-1"), roomModel());
    auto tx = s.begin();
    tx.addRelationship(u"contains", QStringLiteral("a"))
        .addRelationship(u"contains", QStringLiteral("b"))
        .addRelationship(u"contains", QStringLiteral("c"));
    QVERIFY(!tx.commit());
    QVERIFY2(tx.error().contains(QStringLiteral("at most 2")), qPrintable(tx.error()));
    QCOMPARE(s.relationships().size(), 0u); // nothing of the failed transaction stays

    auto two = s.begin();
    two.addRelationship(u"contains", QStringLiteral("a"))
        .addRelationship(u"contains", QStringLiteral("b"));
    QVERIFY(two.commit());
    auto dup = s.begin();
    dup.removeRelationship(u"contains", u"contains-a");
    dup.addRelationship(u"contains", QStringLiteral("c"));
    QVERIFY(dup.commit()); // remove then add in one transaction stays within the bound
    QCOMPARE(s.relationshipCount(u"contains"), 2);
}

void TestTwinState::historyIsBoundedAndLazy()
{
    TwinState s(QStringLiteral("room-1"), roomModel());
    const int t = s.model().propertyIndex(u"temperature");
    QCOMPARE(s.historyCapacity(t), 3u);
    QVERIFY(s.history(t) == nullptr); // nothing allocated before the first sample
    QVERIFY(s.history(s.model().propertyIndex(u"occupied")) == nullptr);
    for (int i = 0; i < 5; ++i) {
        auto tx = s.begin();
        tx.setReported(t, double(i));
        QVERIFY(tx.commit(Timestamp(100 + i)));
    }
    const PropertyHistory *h = s.history(t);
    QVERIFY(h);
    QCOMPARE(h->size(), 3u);
    QCOMPARE(h->at(0).value, Value(2.0));
    QCOMPARE(h->latest().value, Value(4.0));
    QCOMPARE(h->latest().time, Timestamp(104));
    const auto recent = h->since(103);
    QCOMPARE(recent.size(), 2u);
    QCOMPARE(recent[0].value, Value(3.0));
    QCOMPARE(h->last(10).size(), 3u);
    // Properties without history never allocate one.
    auto tx = s.begin();
    tx.setReported(u"occupied", true);
    QVERIFY(tx.commit());
    QVERIFY(s.history(s.model().propertyIndex(u"occupied")) == nullptr);
}

void TestTwinState::historyCapacityChange()
{
    TwinState s(QStringLiteral("room-1"), roomModel());
    const int c = s.model().propertyIndex(u"count");
    s.setHistoryCapacity(c, 10);
    for (int i = 0; i < 8; ++i) {
        auto tx = s.begin();
        tx.setReported(c, i);
        QVERIFY(tx.commit(Timestamp(i + 1)));
    }
    s.setHistoryCapacity(c, 4);
    QCOMPARE(s.history(c)->size(), 4u);
    QCOMPARE(s.history(c)->at(0).value, Value(4));
    s.setHistoryCapacity(c, 0);
    QVERIFY(s.history(c) == nullptr);
}

void TestTwinState::explicitRollback()
{
    TwinState s(QStringLiteral("room-1"), roomModel());
    auto tx = s.begin();
    tx.setReported(u"count", 1);
    tx.rollback();
    QVERIFY(!tx.commit());
    QVERIFY(s.property(u"count")->reported.isNull());
    QCOMPARE(s.sequence(), 0u);
}

void TestTwinState::timestamps()
{
    TwinState s(QStringLiteral("room-1"), roomModel());
    auto tx = s.begin();
    tx.setIngestTime(700).setReported(u"count", 1, 500);
    auto c = tx.commit(900);
    QCOMPARE(c->sourceTime, Timestamp(500));
    QCOMPARE(c->ingestTime, Timestamp(700));
    QCOMPARE(c->commitTime, Timestamp(900));
    const auto json = s.toJson();
    QCOMPARE(json["properties"]["count"]["reported"].get<int>(), 1);
    QCOMPARE(json["sequence"].get<int>(), 1);
}

QTEST_GUILESS_MAIN(TestTwinState)
#include "tst_twinstate.moc"
