#include "engine/value.h"

#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>

using namespace twinloom;

class TestValue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void types();
    void conversions();
    void displayForms();
    void deepEquality();
    void jsonRoundTrip();
    void pointerAccess();
    void parsePointer_data();
    void parsePointer();
    void isoForms_data();
    void isoForms();
    void isoRejects();
    void dateTimeKeepsMicroseconds();
};

void TestValue::types()
{
    QCOMPARE(Value().type(), Value::Type::Null);
    QCOMPARE(Value(true).type(), Value::Type::Bool);
    QCOMPARE(Value(3).type(), Value::Type::Int);
    QCOMPARE(Value(std::int64_t{1} << 40).type(), Value::Type::Int);
    QCOMPARE(Value(2.5).type(), Value::Type::Double);
    QCOMPARE(Value(QStringLiteral("x")).type(), Value::Type::String);
    QCOMPARE(Value(Date{2460000}).type(), Value::Type::Date);
    QCOMPARE(Value(Time{1}).type(), Value::Type::Time);
    QCOMPARE(Value(DateTime{1}).type(), Value::Type::DateTime);
    QCOMPARE(Value(Duration{1, 2}).type(), Value::Type::Duration);
    QCOMPARE(Value(ValueArray{Value(1)}).type(), Value::Type::Array);
    QCOMPARE(Value(ValueObject{{QStringLiteral("a"), Value(1)}}).type(), Value::Type::Object);
    QVERIFY(Value(1).isNumber() && Value(1.5).isNumber() && !Value(true).isNumber());
    QCOMPARE(valueTypeName(Value::Type::DateTime), QStringLiteral("dateTime"));
}

void TestValue::conversions()
{
    QCOMPARE(Value(2.9).toInt(), 2);
    QCOMPARE(Value(-2.9).toInt(), -2);
    QCOMPARE(Value(std::nan("")).toInt(), 0);
    QCOMPARE(Value(std::numeric_limits<double>::infinity()).toInt(), 0);
    QCOMPARE(Value(1e30).toInt(), std::numeric_limits<std::int64_t>::max());
    QCOMPARE(Value(-1e30).toInt(), std::numeric_limits<std::int64_t>::min());
    QCOMPARE(Value(true).toInt(), 1);
    QCOMPARE(Value(7).toDouble(), 7.0);
    QCOMPARE(Value(QStringLiteral("7")).toDouble(), 0.0); // strings are not numbers here
    QCOMPARE(Value(0.0).toBool(), false);
    QCOMPARE(Value(-1).toBool(), true);
    QCOMPARE(Value(3).number(), std::optional<double>(3.0));
    QVERIFY(!Value(QStringLiteral("3")).number());
    QVERIFY(!Value(true).number());
}

void TestValue::displayForms()
{
    QCOMPARE(Value().toString(), QString());
    QCOMPARE(Value(false).toString(), QStringLiteral("false"));
    QCOMPARE(Value(42).toString(), QStringLiteral("42"));
    QCOMPARE(Value(21.5).toString(), QStringLiteral("21.5"));
    QCOMPARE(Value(0.1 + 0.2).toString(), QStringLiteral("0.3"));
    QCOMPARE(Value(ValueArray{Value(1), Value(QStringLiteral("a"))}).toString(),
             QStringLiteral("[1,\"a\"]"));
    QCOMPARE(Value(*parseDate(u"2024-02-29")).toString(), QStringLiteral("2024-02-29"));
    QCOMPARE(Value(Time{(13 * 3600 + 5 * 60 + 7) * 1000000LL + 250000}).toString(),
             QStringLiteral("13:05:07.25"));
}

void TestValue::deepEquality()
{
    const Value a(ValueObject{{QStringLiteral("x"), Value(ValueArray{Value(1), Value(2.5)})}});
    const Value b(ValueObject{{QStringLiteral("x"), Value(ValueArray{Value(1), Value(2.5)})}});
    const Value c(ValueObject{{QStringLiteral("x"), Value(ValueArray{Value(1), Value(2.6)})}});
    QCOMPARE(a, b);
    QVERIFY(a != c);
    QVERIFY(Value(1) != Value(1.0)); // typed: an integer is not a double
    QVERIFY(Value() == Value(nullptr));
    // Copies share composite storage.
    const Value copy = a;
    QCOMPARE(copy.object(), a.object());
}

void TestValue::jsonRoundTrip()
{
    const auto json = nlohmann::json::parse(R"({"i": 3, "d": 3.5, "b": true, "s": "x", "n": null,
                                               "a": [1, [2, {"k": -4}]], "big": 18446744073709551615})");
    const Value v = Value::fromJson(json);
    QCOMPARE(v.field(u"i")->type(), Value::Type::Int);
    QCOMPARE(v.field(u"d")->type(), Value::Type::Double);
    QCOMPARE(v.field(u"big")->type(), Value::Type::Double);
    QCOMPARE(v.field(u"n")->type(), Value::Type::Null);
    nlohmann::json back = v.toJson();
    back["big"] = json["big"]; // a double cannot hold 2^64-1 exactly
    QCOMPARE(QString::fromStdString(back.dump()), QString::fromStdString(json.dump()));
    QCOMPARE(QString::fromStdString(Value(std::nan("")).toJson().dump()), QStringLiteral("null"));
    QCOMPARE(QString::fromStdString(Value(Duration{0, 1500000}).toJson().dump()),
             QStringLiteral("\"PT1.5S\""));
}

void TestValue::pointerAccess()
{
    const Value v =
        Value::fromJson(nlohmann::json::parse(R"({"a": {"b": [10, 20, {"c/d": 7, "e~f": 8}]}})"));
    QCOMPARE(*v.at(*parseJsonPointer(u"/a/b/1")), Value(20));
    QCOMPARE(*v.at(*parseJsonPointer(u"/a/b/2/c~1d")), Value(7));
    QCOMPARE(*v.at(*parseJsonPointer(u"/a/b/2/e~0f")), Value(8));
    QCOMPARE(*v.at(*parseJsonPointer(u"")), v);
    QVERIFY(!v.at(*parseJsonPointer(u"/a/b/3")));
    QVERIFY(!v.at(*parseJsonPointer(u"/a/b/01"))); // no leading zeros
    QVERIFY(!v.at(*parseJsonPointer(u"/a/b/-1")));
    QVERIFY(!v.at(*parseJsonPointer(u"/a/x")));
    QVERIFY(!v.at(*parseJsonPointer(u"/a/b/0/deeper")));
}

void TestValue::parsePointer_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("root") << QString() << true << QStringList();
    QTest::newRow("simple") << QStringLiteral("/a/0") << true
                            << QStringList({QStringLiteral("a"), QStringLiteral("0")});
    QTest::newRow("escapes") << QStringLiteral("/~0x~1y") << true
                             << QStringList({QStringLiteral("~x/y")});
    QTest::newRow("empty token") << QStringLiteral("/") << true << QStringList({QString()});
    QTest::newRow("no slash") << QStringLiteral("a/b") << false << QStringList();
    QTest::newRow("bad escape") << QStringLiteral("/~2") << false << QStringList();
    QTest::newRow("dangling tilde") << QStringLiteral("/a~") << false << QStringList();
}

void TestValue::parsePointer()
{
    QFETCH(QString, pointer);
    QFETCH(bool, valid);
    QFETCH(QStringList, tokens);
    const auto parsed = parseJsonPointer(pointer);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, tokens);
}

void TestValue::isoForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("formatted");
    QTest::newRow("full") << QStringLiteral("P1Y2M3DT4H5M6.5S")
                          << QStringLiteral("P1Y2M3DT4H5M6.5S");
    QTest::newRow("negative") << QStringLiteral("-PT1S") << QStringLiteral("-PT1S");
    QTest::newRow("zero") << QStringLiteral("PT0S") << QStringLiteral("PT0S");
    QTest::newRow("weeks") << QStringLiteral("P2W") << QStringLiteral("P14D");
    QTest::newRow("minutes") << QStringLiteral("PT90M") << QStringLiteral("PT1H30M");
}

void TestValue::isoForms()
{
    QFETCH(QString, text);
    QFETCH(QString, formatted);
    const auto d = parseDuration(text);
    QVERIFY(d);
    QCOMPARE(formatDuration(*d), formatted);
    QCOMPARE(parseDuration(formatDuration(*d)), d);
    const auto date = parseDate(u"2024-02-29");
    QVERIFY(date);
    QCOMPARE(formatDate(*date), QStringLiteral("2024-02-29"));
    const auto time = parseTime(u"23:59:58.125");
    QVERIFY(time);
    QCOMPARE(time->micros, (23 * 3600 + 59 * 60 + 58) * 1000000LL + 125000);
    QCOMPARE(formatTime(*time), QStringLiteral("23:59:58.125"));
}

void TestValue::isoRejects()
{
    QVERIFY(!parseDate(u"2024-13-01"));
    QVERIFY(!parseDate(u"2023-02-29"));
    QVERIFY(!parseDate(u"24-01-01"));
    QVERIFY(!parseTime(u"25:00:00"));
    QVERIFY(!parseTime(u"12:60:00"));
    QVERIFY(!parseDuration(u"P"));
    QVERIFY(!parseDuration(u"PT"));
    QVERIFY(!parseDuration(u"1S"));
    // Too long for a duration: refused, not wrapped around (signed overflow once).
    QVERIFY(!parseDuration(u"P99999999999999D"));
    QVERIFY(!parseDuration(u"PT99999999999999999999999999H"));
    QVERIFY(!parseDuration(u"P9999999999Y"));
    QVERIFY(parseDuration(u"P36500D"));
    QVERIFY(!parseDateTime(u"2024-05-01T12:00:00")); // no zone: ambiguous
    QVERIFY(!parseDateTime(u"yesterday"));
}

void TestValue::dateTimeKeepsMicroseconds()
{
    const auto dt = parseDateTime(u"2024-05-01T12:00:00.123456Z");
    QVERIFY(dt);
    QCOMPARE(dt->micros % 1000000, 123456);
    QCOMPARE(Clock::toIso(dt->micros), QStringLiteral("2024-05-01T12:00:00.123456Z"));
    const auto offset = parseDateTime(u"2024-05-01T14:00:00+02:00");
    QVERIFY(offset);
    QCOMPARE(offset->micros, parseDateTime(u"2024-05-01T12:00:00Z")->micros);
}

QTEST_GUILESS_MAIN(TestValue)
#include "tst_value.moc"
