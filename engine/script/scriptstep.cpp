#include "engine/script/scriptstep.h"

#include "engine/tr.h"
#include "engine/twinmodel.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtQml/QJSEngine>
#include <QtQml/QJSValue>
#include <QtQml/QJSValueIterator>

#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>

namespace twinloom {

namespace {
// Interrupts scripts that run past their time budget, from a thread of its own
// (QJSEngine::setInterrupted may be called from any thread): a `while (true) {}` fails its
// sample instead of holding the worker, and every twin on it, forever.
class Watchdog
{
public:
    using Clock = std::chrono::steady_clock;

    static Watchdog &instance()
    {
        static Watchdog watchdog;
        return watchdog;
    }

    // Watches `engine` for as long as it lives; fired() says whether the budget ran out.
    class Guard
    {
    public:
        Guard(QJSEngine &engine, std::chrono::microseconds budget)
            : m_engine(engine)
        {
            m_id = instance().add(&engine, Clock::now() + budget);
        }
        ~Guard()
        {
            if (instance().remove(m_id))
                m_engine.setInterrupted(false); // ready for the next call
        }
        Guard(const Guard &) = delete;
        Guard &operator=(const Guard &) = delete;
        bool fired() const { return instance().fired(m_id); }

    private:
        QJSEngine &m_engine;
        std::uint64_t m_id = 0;
    };

private:
    struct Entry
    {
        QJSEngine *engine = nullptr;
        Clock::time_point deadline;
        bool fired = false;
    };

    Watchdog()
        : m_thread([this] { run(); })
    {}
    ~Watchdog()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }

    std::uint64_t add(QJSEngine *engine, Clock::time_point deadline)
    {
        std::lock_guard lock(m_mutex);
        const std::uint64_t id = m_next++;
        m_entries[id] = {engine, deadline, false};
        // Called for every sample a script step handles: the watchdog is woken only when it
        // would otherwise sleep past this deadline (it was idle), not once per call.
        if (deadline < m_waitingUntil)
            m_wake.notify_one();
        return id;
    }
    // Whether it had fired. Under the lock the watchdog cannot be interrupting it meanwhile.
    bool remove(std::uint64_t id)
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_entries.find(id);
        const bool fired = it != m_entries.end() && it->second.fired;
        if (it != m_entries.end())
            m_entries.erase(it);
        return fired;
    }
    bool fired(std::uint64_t id)
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_entries.find(id);
        return it != m_entries.end() && it->second.fired;
    }

    void run()
    {
        std::unique_lock lock(m_mutex);
        while (!m_stop) {
            auto earliest = Clock::time_point::max();
            for (const auto &[id, e] : m_entries) {
                if (!e.fired)
                    earliest = std::min(earliest, e.deadline);
            }
            m_waitingUntil = earliest;
            if (earliest == Clock::time_point::max())
                m_wake.wait(lock);
            else
                m_wake.wait_until(lock, earliest);
            m_waitingUntil = Clock::time_point::min(); // awake: it looks at every entry
            const auto now = Clock::now();
            for (auto &[id, e] : m_entries) {
                if (!e.fired && e.deadline <= now) {
                    e.fired = true;
                    e.engine->setInterrupted(true);
                }
            }
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    Clock::time_point m_waitingUntil = Clock::time_point::max();
    std::map<std::uint64_t, Entry> m_entries;
    std::uint64_t m_next = 1;
    bool m_stop = false;
    std::thread m_thread;
};

// Checking a script's syntax evaluates its wrapper, which code can escape: bounded too.
constexpr std::chrono::milliseconds kCompileBudget{1000};
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

ScriptStep::ScriptStep(QString code, std::chrono::microseconds budget)
    : m_code(std::move(code))
    , m_budget(budget)
{}

ScriptStep::~ScriptStep() = default;

QString ScriptStep::wrap(QJSEngine &engine, const QString &code, QString *error)
{
    const Watchdog::Guard guard(engine, kCompileBudget);
    const QString expression = QStringLiteral("(function (value, time, target) { return (") + code +
                               QStringLiteral("\n); })");
    if (!engine.evaluate(expression).isError())
        return expression;
    const QString body =
        QStringLiteral("(function (value, time, target) { ") + code + QStringLiteral("\n})");
    const QJSValue f = engine.evaluate(body);
    if (guard.fired() && error)
        *error = Tr::tr("the code runs when it is defined and did not end within %1 ms")
                     .arg(kCompileBudget.count());
    else if (f.isError() && error)
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
    const Watchdog::Guard guard(*m_engine, m_budget);
    const QJSValue result = m_function->call({toScript(*m_engine, sample.value),
                                              QJSValue(static_cast<double>(sample.time / 1000)),
                                              QJSValue(sample.target)});
    if (guard.fired()) {
        return StepResult::fail(
            Tr::tr("script: stopped after %1 ms, its time budget (\"timeout\")")
                .arg(std::chrono::duration_cast<std::chrono::milliseconds>(m_budget).count()));
    }
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
                     std::chrono::microseconds budget = ScriptStep::kDefaultBudget;
                     if (auto t = j.find("timeout"); t != j.end()) {
                         const std::optional<Timestamp> micros = parseDurationMicros(*t);
                         if (!micros || *micros < 1000 || *micros > 60000000) {
                             d.error(p + QStringLiteral("/timeout"),
                                     Tr::tr("\"timeout\" is a duration from 1 ms to 60 s, "
                                            "as \"PT0.1S\" or a number of seconds"));
                             return nullptr;
                         }
                         budget = std::chrono::microseconds(*micros);
                     }
                     return std::make_unique<ScriptStep>(source, budget);
                 });
}

} // namespace twinloom
