// The payload codecs every transport uses: JSON with fields by JSON pointer, text, SenML in JSON
// and CBOR, CBOR; and what they refuse.

#include "adapters/codec/cbor.h"
#include "adapters/codec/payloadcodec.h"
#include "adapters/codec/valuefield.h"
#include "engine/configreader.h"

#include <QtCore/QCborArray>
#include <QtCore/QCborMap>
#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

using namespace twinloom;

namespace {
std::vector<DecodedValue> decode(PayloadCodec codec, const QByteArray &payload)
{
    QString error;
    auto d = decodePayload(codec, payload, &error);
    if (!d)
        qWarning("%s", qPrintable(error));
    return d ? *d : std::vector<DecodedValue>{};
}
} // namespace

class TestCodecs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names();
    void text();
    void json();
    void cbor();
    void senmlInJsonAndCbor();
    void refusals_data();
    void refusals();
    void encodes();
    void fieldsByPointer();
    void codecOfAConfiguration();
};

void TestCodecs::names()
{
    QCOMPARE(payloadCodecNames(),
             QStringLiteral("json,text,senml,senml-cbor,cbor").split(QLatin1Char(',')));
    for (const QString &name : payloadCodecNames())
        QCOMPARE(payloadCodecName(*payloadCodecFromName(name)), name);
    QVERIFY(!payloadCodecFromName(u"xml"));
}

void TestCodecs::text()
{
    QCOMPARE(decode(PayloadCodec::Text, " 21.5\n").front().value.toDouble(), 21.5);
    QCOMPARE(decode(PayloadCodec::Text, "42").front().value.type(), Value::Type::Int);
    QCOMPARE(decode(PayloadCodec::Text, "true").front().value.toBool(), true);
    QCOMPARE(decode(PayloadCodec::Text, "idle").front().value.toString(), QStringLiteral("idle"));
    // Not a finite number: text.
    QCOMPARE(decode(PayloadCodec::Text, "inf").front().value.toString(), QStringLiteral("inf"));
}

void TestCodecs::json()
{
    const auto d = decode(PayloadCodec::Json, R"({"env": {"t": 21.5}, "ok": true})");
    QCOMPARE(d.size(), 1u);
    QCOMPARE(d.front().value.toJson(),
             nlohmann::json::parse(R"({"env": {"t": 21.5}, "ok": true})"));
    QCOMPARE(d.front().time, Timestamp(0));
}

void TestCodecs::cbor()
{
    QCborMap map;
    map.insert(QStringLiteral("t"), 21.5);
    map.insert(QStringLiteral("n"), 3);
    map.insert(QStringLiteral("raw"), QByteArray("\x01\x02", 2));
    const auto d = decode(PayloadCodec::Cbor, map.toCborValue().toCbor());
    QCOMPARE(d.front().value.at({QStringLiteral("t")})->toDouble(), 21.5);
    QCOMPARE(d.front().value.at({QStringLiteral("n")})->toInt(), 3);
    QCOMPARE(d.front().value.at({QStringLiteral("raw")})->toString(), QStringLiteral("AQI="));
}

void TestCodecs::senmlInJsonAndCbor()
{
    const QByteArray json =
        R"([{"bn": "urn:dev:1/", "bt": 1700000000, "n": "temp", "v": 21.5},
            {"n": "on", "vb": true, "t": 1}])";
    const auto d = decode(PayloadCodec::SenML, json);
    QCOMPARE(d.size(), 2u);
    QCOMPARE(d[0].name, QStringLiteral("urn:dev:1/temp"));
    QCOMPARE(d[0].value.toDouble(), 21.5);
    QCOMPARE(d[0].time, Timestamp(1'700'000'000'000'000));
    QCOMPARE(d[1].name, QStringLiteral("urn:dev:1/on"));
    QCOMPARE(d[1].time, Timestamp(1'700'000'001'000'000));

    // The same pack in CBOR, with RFC 8428's integer labels (bn -2, bt -3, n 0, v 2, vb 4, t 6).
    QCborMap first;
    first.insert(-2, QStringLiteral("urn:dev:1/"));
    first.insert(-3, 1700000000);
    first.insert(0, QStringLiteral("temp"));
    first.insert(2, 21.5);
    QCborMap second;
    second.insert(0, QStringLiteral("on"));
    second.insert(4, true);
    second.insert(6, 1);
    const auto c =
        decode(PayloadCodec::SenMLCbor, QCborArray{first, second}.toCborValue().toCbor());
    QCOMPARE(c.size(), 2u);
    QCOMPARE(c[0].name, d[0].name);
    QCOMPARE(c[0].value.toDouble(), 21.5);
    QCOMPARE(c[0].time, d[0].time);
    QCOMPARE(c[1].value.toBool(), true);
}

void TestCodecs::refusals_data()
{
    QTest::addColumn<int>("codec");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("error");
    QTest::newRow("json") << int(PayloadCodec::Json) << QByteArray("{\"a\":") << "not valid JSON";
    QTest::newRow("senml not an array")
        << int(PayloadCodec::SenML) << QByteArray("{}") << "must be a JSON array";
    QTest::newRow("senml without a name")
        << int(PayloadCodec::SenML) << QByteArray(R"([{"v": 1}])") << "has no name";
    QTest::newRow("senml value beyond a double")
        << int(PayloadCodec::SenML) << QByteArray(R"([{"bn": "a", "bv": 1e308, "v": 1e308}])")
        << "beyond the range of a double";
    QTest::newRow("senml time out of range")
        << int(PayloadCodec::SenML) << QByteArray(R"([{"n": "a", "v": 1, "t": 1e300}])")
        << "out of range";
    QTest::newRow("json deeper than 64")
        << int(PayloadCodec::Json) << QByteArray(1000, '[') + QByteArray(1000, ']')
        << "nested deeper than 64 levels";
    QTest::newRow("json number beyond a double")
        << int(PayloadCodec::Json) << QByteArray("1e400") << "number overflow";
    QTest::newRow("cbor deeper than 64")
        << int(PayloadCodec::Cbor) << QByteArray(100000, '\x81') + QByteArray(1, '\0') << "deep";
    QTest::newRow("cbor") << int(PayloadCodec::Cbor) << QByteArray("\xff\xff", 2)
                          << "not valid CBOR";
    QTest::newRow("senml-cbor not an array")
        << int(PayloadCodec::SenMLCbor) << QCborMap().toCborValue().toCbor() << "must be an array";
}

void TestCodecs::refusals()
{
    QFETCH(int, codec);
    QFETCH(QByteArray, payload);
    QFETCH(QString, error);
    QString why;
    QVERIFY(!decodePayload(PayloadCodec(codec), payload, &why));
    QVERIFY2(why.contains(error), qPrintable(why));
}

void TestCodecs::encodes()
{
    const Value v(21.5);
    QCOMPARE(encodePayload(PayloadCodec::Text, v), QByteArray("21.5"));
    QCOMPARE(encodePayload(PayloadCodec::Json, Value(QStringLiteral("a"))), QByteArray("\"a\""));
    QCOMPARE(encodePayload(PayloadCodec::Text, Value()), QByteArray());
    QString error;
    QCOMPARE(decodeCbor(encodePayload(PayloadCodec::Cbor, v), &error)->toDouble(), 21.5);
}

void TestCodecs::fieldsByPointer()
{
    const Value whole = Value::fromJson(nlohmann::json::parse(R"({"env": {"t": 21.5, "a/b": 1,
        "c~d": 2}, "list": [10, 20]})"));
    QCOMPARE(ValueField::parse(QStringLiteral("/env/t"))->select(whole)->toDouble(), 21.5);
    QCOMPARE(ValueField::parse(QStringLiteral("/list/1"))->select(whole)->toInt(), 20);
    // RFC 6901 escapes, read and written back.
    const auto slash = ValueField::parse(QStringLiteral("/env/a~1b"));
    QCOMPARE(slash->select(whole)->toInt(), 1);
    QCOMPARE(slash->pointer(), QStringLiteral("/env/a~1b"));
    QCOMPARE(ValueField::parse(QStringLiteral("/env/c~0d"))->select(whole)->toInt(), 2);
    const auto whole0 = ValueField::parse(QString());
    QVERIFY(whole0->isWhole());
    QCOMPARE(whole0->select(whole), &whole);
    const auto missing = ValueField::parse(QStringLiteral("/env/x"));
    QVERIFY(!missing->select(whole));
    QCOMPARE(missing->missing(), QStringLiteral("the payload has nothing at '/env/x'"));
    QVERIFY(!ValueField::parse(QStringLiteral("env")));
    QVERIFY(!ValueField::parse(QStringLiteral("/a~2")));
}

void TestCodecs::codecOfAConfiguration()
{
    Diagnostics d;
    const nlohmann::json good = {{"codec", "senml-cbor"}};
    ConfigReader r(good, QStringLiteral("/c"), d, QStringLiteral("x"));
    QCOMPARE(readPayloadCodec(r), std::optional<PayloadCodec>(PayloadCodec::SenMLCbor));
    const nlohmann::json bad = {{"codec", "xml"}};
    ConfigReader b(bad, QStringLiteral("/c"), d, QStringLiteral("x"));
    QVERIFY(!readPayloadCodec(b));
    QVERIFY(!b.ok());
    QCOMPARE(d.items().size(), 1u);
    QCOMPARE(d.items().front().pointer, QStringLiteral("/c/codec"));
    QCOMPARE(d.items().front().message,
             QStringLiteral("\"codec\" is one of json, text, senml, senml-cbor, cbor"));
}

QTEST_GUILESS_MAIN(TestCodecs)
#include "tst_codecs.moc"
