#pragma once

#include "engine/pipeline.h"

#include <chrono>
#include <memory>

class QJSEngine;
class QJSValue;

namespace twinloom {

// A pipeline step that runs JavaScript (ECMAScript through QJSEngine):
//   {"type": "script", "code": "value * 9 / 5 + 32"}
// `code` is an expression, or else a function body (with `return`). It sees `value`, `time`
// (milliseconds since the epoch) and `target`; returning undefined drops the sample, throwing
// fails it. Each step has its own script engine, made on the worker thread at first use. A call
// that runs past its time budget ("timeout": 100 ms by default) is interrupted and fails its
// sample: a script never holds its worker thread.
class ScriptStep : public PipelineStep
{
public:
    static constexpr std::chrono::microseconds kDefaultBudget{100000};

    explicit ScriptStep(QString code, std::chrono::microseconds budget = kDefaultBudget);
    ~ScriptStep() override;

    QString type() const override { return QStringLiteral("script"); }
    StepResult process(Sample &sample) override;

    // Compiles `code` once to report syntax errors when the configuration loads.
    static QString checkSyntax(const QString &code);

private:
    // The function source for `code`: as an expression if it compiles as one, else as a body.
    static QString wrap(QJSEngine &engine, const QString &code, QString *error = nullptr);

    QString m_code;
    std::chrono::microseconds m_budget;
    std::unique_ptr<QJSEngine> m_engine;
    std::unique_ptr<QJSValue> m_function;
};

// Registers the "script" step in StepRegistry::instance(). Idempotent.
void registerScriptStep();

} // namespace twinloom
