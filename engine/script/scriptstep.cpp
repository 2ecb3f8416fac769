#include "engine/script/scriptstep.h"

#include "engine/tr.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtQml/QJSEngine>
#include <QtQml/QJSValue>
#include <QtQml/QJSValueIterator>

#include <nlohmann/json.hpp>

#include <cmath>

namespace twinloom {

namespace {
QJSValue toScript(QJSEngine &engine, const Value &v)
{
    switch (v.type()) {
    case Value::Type::Null:
        return QJSValue(QJSValue::NullValue);
    case Value::Type::Bool:
        return QJSValue(v.toBool());
    case Value::Type::Int:
    case Value::Type::Double:
        return QJSValue(v.toDouble());
    case Value::Type::Array: {
        const ValueArray &a = *v.array();
        QJSValue out = engine.newArray(static_cast<uint>(a.size()));
        for (std::size_t i = 0; i < a.size(); ++i)
            out.setProperty(static_cast<quint32>(i), toScript(engine, a[i]));
        return out;
    }
    case Value::Type::Object: {
        QJSValue out = engine.newObject();
        for (const auto &[k, x] : *v.object())
            out.setProperty(k, toScript(engine, x));
        return out;
    }
    default:
        return QJSValue(v.toString());
    }
}

Value fromScript(const QJSValue &v, int depth = 0)
{
    if (depth > 64 || v.isNull() || v.isUndefined())
        return {};
    if (v.isBool())
        return v.toBool();
    if (v.isNumber()) {
        const double d = v.toNumber();
        return d;
    }
    if (v.isString())
        return v.toString();
    if (v.isArray()) {
        ValueArray a;
        const auto n = v.property(QStringLiteral("length")).toUInt();
        a.reserve(n);
        for (quint32 i = 0; i < n; ++i)
            a.push_back(fromScript(v.property(i), depth + 1));
        return a;
    }
    if (v.isObject()) {
        ValueObject o;
        QJSValueIterator it(v);
        while (it.hasNext()) {
            it.next();
            o.emplace_back(it.name(), fromScript(it.value(), depth + 1));
        }
        return o;
    }
    return v.toString();
}
} // namespace

ScriptStep::ScriptStep(QString code)
    : m_code(std::move(code))
{}

ScriptStep::~ScriptStep() = default;

QString ScriptStep::wrap(QJSEngine &engine, const QString &code, QString *error)
{
    const QString expression = QStringLiteral("(function (value, time, target) { return (") + code +
                               QStringLiteral("\n); })");
    if (!engine.evaluate(expression).isError())
        return expression;
    const QString body =
        QStringLiteral("(function (value, time, target) { ") + code + QStringLiteral("\n})");
    const QJSValue f = engine.evaluate(body);
    if (f.isError() && error)
        *error = f.property(QStringLiteral("message")).toString();
    return body;
}

QString ScriptStep::checkSyntax(const QString &code)
{
    QJSEngine engine;
    QString error;
    wrap(engine, code, &error);
    return error;
}

StepResult ScriptStep::process(Sample &sample)
{
    if (!m_engine) {
        m_engine = std::make_unique<QJSEngine>();
        m_function = std::make_unique<QJSValue>(m_engine->evaluate(wrap(*m_engine, m_code)));
        if (m_function->isError())
            return StepResult::fail(
                Tr::tr("script: %1")
                    .arg(m_function->property(QStringLiteral("message")).toString()));
    }
    const QJSValue result = m_function->call({toScript(*m_engine, sample.value),
                                              QJSValue(static_cast<double>(sample.time / 1000)),
                                              QJSValue(sample.target)});
    if (result.isError()) {
        return StepResult::fail(
            Tr::tr("script: %1").arg(result.property(QStringLiteral("message")).toString()));
    }
    if (result.isUndefined())
        return StepResult::drop();
    Value out = fromScript(result);
    // Keep integers integral where the script kept them so.
    if (sample.value.type() == Value::Type::Int && out.type() == Value::Type::Double) {
        const double d = out.toDouble();
        if (std::isfinite(d) && std::floor(d) == d && std::abs(d) < 9e15)
            out = static_cast<std::int64_t>(d);
    }
    sample.value = std::move(out);
    return StepResult::pass();
}

void registerScriptStep()
{
    StepRegistry &registry = StepRegistry::instance();
    if (registry.contains(QStringLiteral("script")))
        return;
    registry.add(QStringLiteral("script"),
                 [](const nlohmann::json &j, const QString &p,
                    Diagnostics &d) -> std::unique_ptr<PipelineStep> {
                     auto code = j.find("code");
                     if (code == j.end() || !code->is_string() ||
                         code->get<std::string>().empty()) {
                         d.error(p + QStringLiteral("/code"),
                                 Tr::tr("a script step needs \"code\": a JavaScript expression"));
                         return nullptr;
                     }
                     const QString source = QString::fromStdString(code->get<std::string>());
                     const QString error = ScriptStep::checkSyntax(source);
                     if (!error.isEmpty()) {
                         d.error(p + QStringLiteral("/code"),
                                 Tr::tr("the script does not compile: %1").arg(error));
                         return nullptr;
                     }
                     return std::make_unique<ScriptStep>(source);
                 });
}

} // namespace twinloom
