#pragma once

#include "engine/clock.h"
#include "engine/diagnostics.h"
#include "engine/schema.h"
#include "engine/value.h"

#include <QtCore/QString>

#include <nlohmann/json_fwd.hpp>

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace twinloom {

// What flows through a shadowing pipeline: one value on its way to a twin property, event or
// physical action.
struct Sample
{
    Value value;
    Timestamp time = 0; // source time, or ingest time when the device gave none
    QString target;     // name it will be written to; a rename step changes it
};

enum class StepOutcome { Pass, Drop, Fail };

struct StepResult
{
    StepOutcome outcome = StepOutcome::Pass;
    QString error; // with Fail: why, in a sentence

    static StepResult pass() { return {}; }
    static StepResult drop() { return {StepOutcome::Drop, {}}; }
    static StepResult fail(QString why) { return {StepOutcome::Fail, std::move(why)}; }
};

// One step of a pipeline. A step may keep state (windows, last value); a pipeline instance belongs
// to one twin and runs on its worker thread only.
class PipelineStep
{
public:
    virtual ~PipelineStep() = default;
    virtual QString type() const = 0;
    virtual StepResult process(Sample &sample) = 0;
    // The schema the step outputs, given what it receives; null means "unchanged".
    virtual SchemaPtr outputSchema(const SchemaPtr &input) const { return input; }
};

// Ordered steps; a sample that a step drops or fails does not reach the next.
class Pipeline
{
public:
    Pipeline() = default;
    Pipeline(Pipeline &&) noexcept = default;
    Pipeline &operator=(Pipeline &&) noexcept = default;

    void append(std::unique_ptr<PipelineStep> step) { m_steps.push_back(std::move(step)); }
    bool isEmpty() const { return m_steps.empty(); }
    std::size_t size() const { return m_steps.size(); }
    const PipelineStep &step(std::size_t i) const { return *m_steps[i]; }
    StepResult process(Sample &sample);

    // Builds a pipeline from a JSON array of steps ({"type": …, …}); reports every bad step.
    static Pipeline fromJson(const nlohmann::json &steps, const QString &pointer,
                             Diagnostics &diagnostics);

private:
    std::vector<std::unique_ptr<PipelineStep>> m_steps;
};

// Step factories by type name. The built-in steps are registered on first use; a library can add
// its own (the script step lives apart so the engine core does not link Qt Qml).
class StepRegistry
{
public:
    using Factory = std::function<std::unique_ptr<PipelineStep>(
        const nlohmann::json &config, const QString &pointer, Diagnostics &diagnostics)>;

    static StepRegistry &instance();
    void add(const QString &type, Factory factory);
    bool contains(const QString &type) const;
    QStringList types() const;
    std::unique_ptr<PipelineStep> create(const QString &type, const nlohmann::json &config,
                                         const QString &pointer, Diagnostics &diagnostics) const;

private:
    StepRegistry();
    std::map<QString, Factory> m_factories;
};

// The built-in steps, public so programs can build pipelines in C++ too.
namespace Steps {

class Rename : public PipelineStep
{
public:
    explicit Rename(QString to)
        : m_to(std::move(to))
    {}
    QString type() const override { return QStringLiteral("rename"); }
    StepResult process(Sample &s) override;

private:
    QString m_to;
};

// Converts the value to a schema (e.g. "double", "integer", "boolean", "string").
class Convert : public PipelineStep
{
public:
    explicit Convert(SchemaPtr to)
        : m_to(std::move(to))
    {}
    QString type() const override { return QStringLiteral("convert"); }
    StepResult process(Sample &s) override;
    SchemaPtr outputSchema(const SchemaPtr &) const override { return m_to; }

private:
    SchemaPtr m_to;
};

// value * factor + offset
class Scale : public PipelineStep
{
public:
    Scale(double factor, double offset)
        : m_factor(factor)
        , m_offset(offset)
    {}
    QString type() const override { return QStringLiteral("scale"); }
    StepResult process(Sample &s) override;
    SchemaPtr outputSchema(const SchemaPtr &) const override
    {
        return Schema::primitive(SchemaKind::Double);
    }

private:
    double m_factor;
    double m_offset;
};

class UnitConversion : public PipelineStep
{
public:
    UnitConversion(QString from, QString to)
        : m_from(std::move(from))
        , m_to(std::move(to))
    {}
    QString type() const override { return QStringLiteral("unit"); }
    StepResult process(Sample &s) override;
    SchemaPtr outputSchema(const SchemaPtr &) const override
    {
        return Schema::primitive(SchemaKind::Double);
    }

private:
    QString m_from;
    QString m_to;
};

// Values outside [min, max] are dropped, clamped, or fail the event.
class RangeFilter : public PipelineStep
{
public:
    enum class Mode { Drop, Clamp, Fail };
    RangeFilter(std::optional<double> min, std::optional<double> max, Mode mode)
        : m_min(min)
        , m_max(max)
        , m_mode(mode)
    {}
    QString type() const override { return QStringLiteral("range"); }
    StepResult process(Sample &s) override;

private:
    std::optional<double> m_min;
    std::optional<double> m_max;
    Mode m_mode;
};

// Passes a value only when it differs from the last passed one by at least `delta` (absolute),
// or by `percent` of it. Non-numeric values pass when they change.
class Deadband : public PipelineStep
{
public:
    Deadband(double delta, bool percent)
        : m_delta(delta)
        , m_percent(percent)
    {}
    QString type() const override { return QStringLiteral("deadband"); }
    StepResult process(Sample &s) override;

private:
    double m_delta;
    bool m_percent;
    bool m_hasLast = false;
    Value m_last;
};

// Mean, min or max over the last `count` samples or the samples of the last `window`.
class MovingAggregate : public PipelineStep
{
public:
    enum class Function { Mean, Min, Max };
    MovingAggregate(Function function, std::size_t count, Timestamp window)
        : m_function(function)
        , m_count(count)
        , m_window(window)
    {}
    QString type() const override;
    StepResult process(Sample &s) override;
    SchemaPtr outputSchema(const SchemaPtr &) const override
    {
        return Schema::primitive(SchemaKind::Double);
    }

private:
    Function m_function;
    std::size_t m_count;
    Timestamp m_window;
    std::deque<std::pair<Timestamp, double>> m_samples;
    double m_sum = 0.0;
};

// At most one sample per interval: the first of each interval passes, the rest are dropped.
class Throttle : public PipelineStep
{
public:
    explicit Throttle(Timestamp interval)
        : m_interval(interval)
    {}
    QString type() const override { return QStringLiteral("throttle"); }
    StepResult process(Sample &s) override;

private:
    Timestamp m_interval;
    Timestamp m_last = 0;
    bool m_hasLast = false;
};

// Replaces the value by the element a JSON pointer reaches inside it.
class Extract : public PipelineStep
{
public:
    explicit Extract(QStringList tokens, QString pointer)
        : m_tokens(std::move(tokens))
        , m_pointer(std::move(pointer))
    {}
    QString type() const override { return QStringLiteral("extract"); }
    StepResult process(Sample &s) override;

private:
    QStringList m_tokens;
    QString m_pointer;
};

} // namespace Steps

} // namespace twinloom
