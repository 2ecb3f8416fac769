#include "engine/pipeline.h"
#include "engine/script/scriptstep.h"

#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

#include <cmath>

using namespace twinloom;

namespace {
constexpr Timestamp kSecond = 1000000;

std::unique_ptr<PipelineStep> step(const char *json, Diagnostics &d)
{
    const auto j = nlohmann::json::parse(json);
    return StepRegistry::instance().create(QString::fromStdString(j["type"].get<std::string>()), j,
                                           QStringLiteral("/steps/0"), d);
}

// Runs values through a step; a dropped sample is NaN in the output.
QList<double> run(PipelineStep &s, const QList<double> &values, const QList<Timestamp> &times = {})
{
    QList<double> out;
    for (qsizetype i = 0; i < values.size(); ++i) {
        Sample sample{Value(values[i]), times.isEmpty() ? Timestamp(i) * kSecond : times[i],
                      QStringLiteral("t")};
        const StepResult r = s.process(sample);
        out << (r.outcome == StepOutcome::Pass ? sample.value.toDouble() : std::nan(""));
    }
    return out;
}

bool same(const QList<double> &a, const QList<double> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (std::isnan(a[i]) != std::isnan(b[i]) ||
            (!std::isnan(a[i]) && std::abs(a[i] - b[i]) > 1e-9))
            return false;
    }
    return true;
}

QString show(const QList<double> &v)
{
    QStringList s;
    for (double x : v)
        s << (std::isnan(x) ? QStringLiteral("drop") : QString::number(x));
    return s.join(QStringLiteral(", "));
}

const double kDrop = std::nan("");
} // namespace

class TestPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerScriptStep(); }
    void rename();
    void convert();
    void scale();
    void unit();
    void range();
    void deadband();
    void movingByCount();
    void movingByWindow();
    void throttle();
    void extract();
    void dropStopsThePipeline();
    void configurationErrors_data();
    void configurationErrors();
    void script();
    void scriptErrors();
    void scriptsHaveATimeBudget();
};

void TestPipeline::rename()
{
    Diagnostics d;
    auto s = step(R"({"type": "rename", "to": "temperature"})", d);
    Sample sample{Value(1.0), 0, QStringLiteral("raw")};
    QCOMPARE(s->process(sample).outcome, StepOutcome::Pass);
    QCOMPARE(sample.target, QStringLiteral("temperature"));
}

void TestPipeline::convert()
{
    Diagnostics d;
    auto toDouble = step(R"({"type": "convert", "to": "double"})", d);
    Sample a{Value(QStringLiteral("21.5")), 0, {}};
    QCOMPARE(toDouble->process(a).outcome, StepOutcome::Pass);
    QCOMPARE(a.value, Value(21.5));
    auto toBool = step(R"({"type": "convert", "to": "boolean"})", d);
    Sample b{Value(1), 0, {}};
    toBool->process(b);
    QCOMPARE(b.value, Value(true));
    Sample c{Value(QStringLiteral("warm")), 0, {}};
    const StepResult r = toDouble->process(c);
    QCOMPARE(r.outcome, StepOutcome::Fail);
    QCOMPARE(r.error, QStringLiteral("cannot convert string 'warm' to double"));
    QCOMPARE(toDouble->outputSchema(nullptr)->kind(), SchemaKind::Double);
}

void TestPipeline::scale()
{
    Diagnostics d;
    auto s = step(R"({"type": "scale", "factor": 0.1, "offset": -40})", d);
    QVERIFY(same(run(*s, {0, 650, 1000}), {-40, 25, 60}));
    Sample text{Value(QStringLiteral("x")), 0, {}};
    const StepResult r = s->process(text);
    QCOMPARE(r.outcome, StepOutcome::Fail);
    QVERIFY(r.error.contains(QStringLiteral("needs a number")));
    Sample integer{Value(5), 0, {}};
    s->process(integer);
    QCOMPARE(integer.value, Value(-39.5));
}

void TestPipeline::unit()
{
    Diagnostics d;
    auto s = step(R"({"type": "unit", "from": "degreeFahrenheit", "to": "degreeCelsius"})", d);
    QVERIFY2(s, qPrintable(d.toString()));
    QVERIFY(same(run(*s, {212, 32, -40}), {100, 0, -40}));
    auto p = step(R"({"type": "unit", "from": "poundPerSquareInch", "to": "kilopascal"})", d);
    QVERIFY(std::abs(run(*p, {1})[0] - 6.894757293168) < 1e-9);
}

void TestPipeline::range()
{
    Diagnostics d;
    auto drop = step(R"({"type": "range", "min": 0, "max": 10})", d);
    QVERIFY2(same(run(*drop, {-1, 0, 5, 10, 11, kDrop}), {kDrop, 0, 5, 10, kDrop, kDrop}),
             qPrintable(show(run(*drop, {-1, 0, 5, 10, 11}))));
    auto clamp = step(R"({"type": "range", "min": 0, "max": 10, "mode": "clamp"})", d);
    QVERIFY(same(run(*clamp, {-1, 5, 11}), {0, 5, 10}));
    auto fail = step(R"({"type": "range", "max": 10, "mode": "fail"})", d);
    Sample s{Value(12.0), 0, {}};
    const StepResult r = fail->process(s);
    QCOMPARE(r.outcome, StepOutcome::Fail);
    QCOMPARE(r.error, QStringLiteral("12 is outside the range [-∞, 10]"));
}

void TestPipeline::deadband()
{
    Diagnostics d;
    auto abs = step(R"({"type": "deadband", "delta": 0.2})", d);
    // 10 passes; 10.05 and 10.15 are within 0.2 of 10; 10.2 passes; 10.25 within; 10.45 passes.
    const QList<double> out = run(*abs, {10, 10.05, 10.15, 10.2, 10.25, 10.45, 10.3});
    QVERIFY2(same(out, {10, kDrop, kDrop, 10.2, kDrop, 10.45, kDrop}), qPrintable(show(out)));
    auto pct = step(R"({"type": "deadband", "percent": 10})", d);
    QVERIFY(same(run(*pct, {100, 105, 111, 120, 123}), {100, kDrop, 111, kDrop, 123}));
    // Non-numeric values pass when they change.
    auto text = step(R"({"type": "deadband", "delta": 1})", d);
    QStringList passed;
    for (const char *v : {"idle", "idle", "run", "run", "idle"}) {
        Sample s{Value(QString::fromLatin1(v)), 0, {}};
        if (text->process(s).outcome == StepOutcome::Pass)
            passed << s.value.toString();
    }
    QCOMPARE(passed,
             QStringList({QStringLiteral("idle"), QStringLiteral("run"), QStringLiteral("idle")}));
}

void TestPipeline::movingByCount()
{
    Diagnostics d;
    auto mean = step(R"({"type": "movingMean", "count": 3})", d);
    QVERIFY(same(run(*mean, {1, 2, 3, 4, 5}), {1, 1.5, 2, 3, 4}));
    auto min = step(R"({"type": "movingMin", "count": 2})", d);
    QVERIFY(same(run(*min, {5, 3, 4, 6, 1}), {5, 3, 3, 4, 1}));
    auto max = step(R"({"type": "movingMax", "count": 3})", d);
    QVERIFY(same(run(*max, {1, 9, 2, 3, 4, 0}), {1, 9, 9, 9, 4, 4}));
    QCOMPARE(mean->type(), QStringLiteral("movingMean"));
}

void TestPipeline::movingByWindow()
{
    Diagnostics d;
    auto mean = step(R"({"type": "movingMean", "window": "PT1S"})", d);
    QVERIFY2(mean, qPrintable(d.toString()));
    // Samples at 0, 0.4, 0.8, 1.2, 2.5 s: the window keeps those within the last second.
    const QList<Timestamp> t{0, 400000, 800000, 1200000, 2500000};
    const QList<double> out = run(*mean, {1, 2, 3, 4, 10}, t);
    QVERIFY2(same(out, {1, 1.5, 2, 3, 10}), qPrintable(show(out)));
    auto max = step(R"({"type": "movingMax", "window": 1})", d);
    QVERIFY(same(run(*max, {5, 1, 1, 1, 1}, t), {5, 5, 5, 1, 1}));
}

void TestPipeline::throttle()
{
    Diagnostics d;
    auto s = step(R"({"type": "throttle", "interval": "PT1S"})", d);
    const QList<Timestamp> t{0, 500000, 1000000, 1200000, 2500000};
    QVERIFY(same(run(*s, {1, 2, 3, 4, 5}, t), {1, kDrop, 3, kDrop, 5}));
}

void TestPipeline::extract()
{
    Diagnostics d;
    auto s = step(R"({"type": "extract", "pointer": "/payload/values/1"})", d);
    Sample sample{
        Value::fromJson(nlohmann::json::parse(R"({"payload": {"values": [4, 5.5]}})")), 0, {}};
    QCOMPARE(s->process(sample).outcome, StepOutcome::Pass);
    QCOMPARE(sample.value, Value(5.5));
    Sample missing{Value::fromJson(nlohmann::json::parse(R"({"payload": {}})")), 0, {}};
    const StepResult r = s->process(missing);
    QCOMPARE(r.outcome, StepOutcome::Fail);
    QVERIFY(r.error.contains(QStringLiteral("/payload/values/1")));
}

void TestPipeline::dropStopsThePipeline()
{
    Diagnostics d;
    Pipeline p = Pipeline::fromJson(nlohmann::json::parse(R"([
        {"type": "range", "min": 0}, {"type": "scale", "factor": 2}, {"type": "rename", "to": "doubled"}])"),
                                    QStringLiteral("/steps"), d);
    QCOMPARE(p.size(), 3u);
    Sample ok{Value(4.0), 0, QStringLiteral("raw")};
    QCOMPARE(p.process(ok).outcome, StepOutcome::Pass);
    QCOMPARE(ok.value, Value(8.0));
    QCOMPARE(ok.target, QStringLiteral("doubled"));
    Sample negative{Value(-4.0), 0, QStringLiteral("raw")};
    QCOMPARE(p.process(negative).outcome, StepOutcome::Drop);
    QCOMPARE(negative.value, Value(-4.0)); // later steps did not run
    QCOMPARE(negative.target, QStringLiteral("raw"));
}

void TestPipeline::configurationErrors_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("text");
    auto row = [](const char *name, const char *json, const char *pointer, const char *text) {
        QTest::newRow(name) << QString::fromLatin1(json) << QString::fromLatin1(pointer)
                            << QString::fromUtf8(text);
    };
    row("unknown type", R"({"type": "median"})", "/steps/0/type", "known types: convert, deadband");
    row("scale without fields", R"({"type": "scale"})", "/steps/0", "\"factor\", \"offset\"");
    row("unknown unit", R"({"type": "unit", "from": "furlong", "to": "metre"})", "/steps/0/from",
        "'furlong'");
    row("dimensions", R"({"type": "unit", "from": "kelvin", "to": "metre"})", "/steps/0",
        "Temperature");
    row("range min > max", R"({"type": "range", "min": 5, "max": 1})", "/steps/0/min", "above max");
    row("range mode", R"({"type": "range", "min": 5, "mode": "bounce"})", "/steps/0/mode",
        "drop, clamp or fail");
    row("deadband both", R"({"type": "deadband", "delta": 1, "percent": 2})", "/steps/0", "either");
    row("moving both", R"({"type": "movingMean", "count": 3, "window": 1})", "/steps/0", "either");
    row("moving count 0", R"({"type": "movingMax", "count": 0})", "/steps/0/count", "from 1");
    row("throttle without interval", R"({"type": "throttle"})", "/steps/0", "\"interval\"");
    row("throttle bad interval", R"({"type": "throttle", "interval": "soon"})", "/steps/0/interval",
        "positive duration");
    row("bad pointer", R"({"type": "extract", "pointer": "a/b"})", "/steps/0/pointer",
        "not a JSON pointer");
    row("scale factor type", R"({"type": "scale", "factor": "2"})", "/steps/0/factor",
        "must be a number");
    row("convert to nothing", R"({"type": "convert", "to": "decimal"})", "/steps/0/to",
        "'decimal'");
}

void TestPipeline::configurationErrors()
{
    QFETCH(QString, json);
    QFETCH(QString, pointer);
    QFETCH(QString, text);
    Diagnostics d;
    const auto j = nlohmann::json::parse(json.toStdString());
    Pipeline p = Pipeline::fromJson(nlohmann::json::array({j}), QStringLiteral("/steps"), d);
    QCOMPARE(p.size(), 0u);
    QVERIFY(d.hasErrors());
    QCOMPARE(d.firstError()->pointer, pointer);
    QVERIFY2(d.firstError()->message.contains(text), qPrintable(d.firstError()->message));
}

void TestPipeline::script()
{
    Diagnostics d;
    auto twice = step(R"({"type": "script", "code": "value * 2"})", d);
    QVERIFY2(twice, qPrintable(d.toString()));
    QVERIFY(same(run(*twice, {1.5, -3}), {3, -6}));
    Sample integer{Value(21), 0, {}};
    twice->process(integer);
    QCOMPARE(integer.value, Value(42)); // an integral result of an integer stays an integer
    auto body = step(
        R"({"type": "script", "code": "if (value < 0) return undefined; return Math.sqrt(value);"})",
        d);
    QVERIFY(same(run(*body, {16, -1, 2.25}), {4, kDrop, 1.5}));
    auto object = step(
        R"js({"type": "script", "code": "({celsius: value.f - 32, tags: [target, time > 0]})"})js",
        d);
    Sample structured{Value::fromJson(nlohmann::json::parse(R"({"f": 50})")), 5 * kSecond,
                      QStringLiteral("env")};
    QCOMPARE(object->process(structured).outcome, StepOutcome::Pass);
    QCOMPARE(QString::fromStdString(structured.value.toJson().dump()),
             QStringLiteral(R"({"celsius":18.0,"tags":["env",true]})"));
}

void TestPipeline::scriptErrors()
{
    Diagnostics d;
    auto throws =
        step(R"({"type": "script", "code": "{ throw new Error('sensor x offline'); }"})", d);
    QVERIFY2(throws, qPrintable(d.toString()));
    Sample s{Value(1.0), 0, {}};
    const StepResult r = throws->process(s);
    QCOMPARE(r.outcome, StepOutcome::Fail);
    QVERIFY2(r.error.contains(QStringLiteral("sensor x offline")), qPrintable(r.error));
    Diagnostics syntax;
    QVERIFY(!step(R"({"type": "script", "code": "value *"})", syntax));
    QCOMPARE(syntax.firstError()->pointer, QStringLiteral("/steps/0/code"));
    QVERIFY(syntax.firstError()->message.contains(QStringLiteral("does not compile")));
    Diagnostics empty;
    QVERIFY(!step(R"({"type": "script"})", empty));
    QCOMPARE(empty.firstError()->pointer, QStringLiteral("/steps/0/code"));
}

void TestPipeline::scriptsHaveATimeBudget()
{
    // `while (true) {}` once held its worker, every twin on it and SIGTERM, forever.
    Diagnostics d;
    auto loops = step(R"({"type": "script", "code": "while (true) {}", "timeout": "PT0.05S"})", d);
    QVERIFY2(loops, qPrintable(d.toString()));
    Sample s{Value(1.0), 0, {}};
    QElapsedTimer t;
    t.start();
    StepResult r = loops->process(s);
    QCOMPARE(r.outcome, StepOutcome::Fail);
    QVERIFY2(r.error.contains(QStringLiteral("stopped after 50 ms")), qPrintable(r.error));
    QVERIFY(t.elapsed() < 10000);
    // Interrupted once, the step runs again (and is stopped again), and a step that ends in time
    // is not disturbed by the budget of another.
    r = loops->process(s);
    QCOMPARE(r.outcome, StepOutcome::Fail);
    auto fine = step(R"({"type": "script", "code": "value + 1"})", d);
    Sample f{Value(1.0), 0, {}};
    QCOMPARE(fine->process(f).outcome, StepOutcome::Pass);
    QCOMPARE(f.value, Value(2.0));
    // Code that escapes the wrapper runs when the step is checked: bounded as well.
    Diagnostics escapedBody;
    QVERIFY(
        !step(R"({"type": "script", "code": "}); while (true) {}; (function () {"})", escapedBody));
    QVERIFY2(escapedBody.toString().contains(QStringLiteral("did not end within")),
             qPrintable(escapedBody.toString()));
    Diagnostics bad;
    QVERIFY(!step(R"({"type": "script", "code": "value", "timeout": "PT0S"})", bad));
    QCOMPARE(bad.firstError()->pointer, QStringLiteral("/steps/0/timeout"));
}

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
