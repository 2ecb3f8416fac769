#include "engine/lifecycle.h"

#include <QtTest/QtTest>

using namespace twinloom;

class TestLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names();
    void legalTable_data();
    void legalTable();
    void errorFromAnywhere();
    void listenersSeeEveryTransition();
    void illegalTransitionRefused();
};

void TestLifecycle::names()
{
    for (int i = 0; i < kLifecycleStateCount; ++i) {
        const auto s = static_cast<LifecycleState>(i);
        QCOMPARE(lifecycleStateFromName(lifecycleStateName(s)), std::optional<LifecycleState>(s));
    }
    QCOMPARE(lifecycleStateName(LifecycleState::NotSynchronized),
             QStringLiteral("NotSynchronized"));
    QVERIFY(!lifecycleStateFromName(u"Running"));
}

void TestLifecycle::legalTable_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<QList<int>>("allowed");
    using S = LifecycleState;
    auto row = [](S from, std::initializer_list<S> to) {
        QList<int> a;
        for (S s : to)
            a << static_cast<int>(s);
        QTest::newRow(qPrintable(lifecycleStateName(from))) << static_cast<int>(from) << a;
    };
    row(S::Created, {S::Started, S::Destroyed, S::Error});
    row(S::Started, {S::Bound, S::Unbound, S::Stopped, S::Error});
    row(S::Bound, {S::Synchronized, S::Unbound, S::Stopped, S::Error});
    row(S::Synchronized, {S::NotSynchronized, S::Unbound, S::Stopped, S::Error});
    row(S::NotSynchronized, {S::Synchronized, S::Unbound, S::Stopped, S::Error});
    row(S::Unbound, {S::Bound, S::Stopped, S::Error});
    row(S::Stopped, {S::Started, S::Destroyed, S::Error});
    row(S::Error, {S::Stopped, S::Destroyed});
    row(S::Destroyed, {});
}

void TestLifecycle::legalTable()
{
    QFETCH(int, from);
    QFETCH(QList<int>, allowed);
    for (int to = 0; to < kLifecycleStateCount; ++to) {
        const bool legal =
            isLegalTransition(static_cast<LifecycleState>(from), static_cast<LifecycleState>(to));
        QVERIFY2(legal == allowed.contains(to),
                 qPrintable(lifecycleStateName(static_cast<LifecycleState>(from)) +
                            QStringLiteral(" -> ") +
                            lifecycleStateName(static_cast<LifecycleState>(to))));
    }
}

void TestLifecycle::errorFromAnywhere()
{
    Lifecycle l;
    QVERIFY(l.transition(LifecycleState::Started));
    QVERIFY(l.transition(LifecycleState::Bound));
    QVERIFY(l.transition(LifecycleState::Error, QStringLiteral("adapter crashed")));
    QCOMPARE(l.state(), LifecycleState::Error);
    QVERIFY(!l.transition(LifecycleState::Error));
    QVERIFY(l.transition(LifecycleState::Stopped));
}

void TestLifecycle::listenersSeeEveryTransition()
{
    Lifecycle l;
    QStringList seen;
    l.addListener([&](LifecycleState from, LifecycleState to, const QString &reason) {
        seen << lifecycleStateName(from) + QLatin1Char('>') + lifecycleStateName(to) +
                    QLatin1Char(':') + reason;
    });
    using S = LifecycleState;
    for (S s : {S::Started, S::Bound, S::Synchronized, S::NotSynchronized, S::Synchronized,
                S::Unbound, S::Bound, S::Stopped, S::Destroyed})
        QVERIFY(l.transition(s, s == S::Unbound ? QStringLiteral("broker lost") : QString()));
    QCOMPARE(seen,
             QStringList({QStringLiteral("Created>Started:"), QStringLiteral("Started>Bound:"),
                          QStringLiteral("Bound>Synchronized:"),
                          QStringLiteral("Synchronized>NotSynchronized:"),
                          QStringLiteral("NotSynchronized>Synchronized:"),
                          QStringLiteral("Synchronized>Unbound:broker lost"),
                          QStringLiteral("Unbound>Bound:"), QStringLiteral("Bound>Stopped:"),
                          QStringLiteral("Stopped>Destroyed:")}));
    QVERIFY(!l.isRunning());
}

void TestLifecycle::illegalTransitionRefused()
{
    Lifecycle l;
    int calls = 0;
    l.addListener([&](LifecycleState, LifecycleState, const QString &) { ++calls; });
    QVERIFY(!l.transition(LifecycleState::Synchronized));
    QCOMPARE(l.state(), LifecycleState::Created);
    QCOMPARE(calls, 0);
    QVERIFY(l.transition(LifecycleState::Destroyed));
    QVERIFY(!l.transition(LifecycleState::Started));
    QCOMPARE(calls, 1);
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
