#include "engine/pipeline.h"

#include "engine/configreader.h"
#include "engine/tr.h"
#include "engine/twinmodel.h"
#include "engine/units.h"

#include <QtCore/QCoreApplication>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace twinloom {

namespace {
QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

StepResult notNumeric(const QString &step, const Value &v)
{
    return StepResult::fail(Tr::tr("the %1 step needs a number, got %2 '%3'")
                                .arg(step, valueTypeName(v.type()), v.toString()));
}

// Step configuration: a missing field is reported as "this step needs …".
ConfigReader reader(const nlohmann::json &json, const QString &pointer, Diagnostics &d)
{
    return ConfigReader(json, pointer, d, Tr::tr("this step"));
}
} // namespace

StepResult Pipeline::process(Sample &sample)
{
    for (const auto &step : m_steps) {
        StepResult r = step->process(sample);
        if (r.outcome != StepOutcome::Pass)
            return r;
    }
    return StepResult::pass();
}

Pipeline Pipeline::fromJson(const nlohmann::json &steps, const QString &pointer, Diagnostics &d)
{
    Pipeline p;
    if (steps.is_null())
        return p;
    if (!steps.is_array()) {
        d.error(pointer, Tr::tr("\"steps\" must be an array of steps"));
        return p;
    }
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const auto &s = steps[i];
        const QString sp = pointerAppend(pointer, qsizetype(i));
        if (!s.is_object() || !s.contains("type") || !s["type"].is_string()) {
            d.error(sp, Tr::tr("a step is an object with a \"type\"; known types: %1")
                            .arg(StepRegistry::instance().types().join(QStringLiteral(", "))));
            continue;
        }
        if (auto step = StepRegistry::instance().create(qs(s["type"].get<std::string>()), s, sp, d))
            p.append(std::move(step));
    }
    return p;
}

StepRegistry &StepRegistry::instance()
{
    static StepRegistry registry;
    return registry;
}

void StepRegistry::add(const QString &type, Factory factory)
{
    m_factories[type] = std::move(factory);
}

bool StepRegistry::contains(const QString &type) const
{
    return m_factories.count(type) != 0;
}

QStringList StepRegistry::types() const
{
    QStringList out;
    for (const auto &[name, f] : m_factories)
        out << name;
    return out;
}

std::unique_ptr<PipelineStep> StepRegistry::create(const QString &type,
                                                   const nlohmann::json &config,
                                                   const QString &pointer, Diagnostics &d) const
{
    auto it = m_factories.find(type);
    if (it == m_factories.end()) {
        d.error(pointer + QStringLiteral("/type"),
                Tr::tr("'%1' is not a step type; known types: %2")
                    .arg(type, types().join(QStringLiteral(", "))));
        return nullptr;
    }
    return it->second(config, pointer, d);
}

StepRegistry::StepRegistry()
{
    using Ptr = std::unique_ptr<PipelineStep>;
    add(QStringLiteral("rename"),
        [](const nlohmann::json &j, const QString &p, Diagnostics &d) -> Ptr {
            ConfigReader r = reader(j, p, d);
            const QString to = r.string("to", true);
            return r.ok() ? std::make_unique<Steps::Rename>(to) : nullptr;
        });
    add(QStringLiteral("convert"),
        [](const nlohmann::json &j, const QString &p, Diagnostics &d) -> Ptr {
            auto it = j.find("to");
            if (it == j.end()) {
                d.error(p, Tr::tr("this step needs \"to\": the schema to convert to"));
                return nullptr;
            }
            SchemaPtr s = Schema::fromJson(*it, p + QStringLiteral("/to"), d);
            return s ? std::make_unique<Steps::Convert>(s) : nullptr;
        });
    add(QStringLiteral("scale"),
        [](const nlohmann::json &j, const QString &p, Diagnostics &d) -> Ptr {
            ConfigReader r = reader(j, p, d);
            const auto factor = r.number("factor", false);
            const auto offset = r.number("offset", false);
            if (r.ok() && !factor && !offset) {
                d.error(p, Tr::tr("a scale step needs \"factor\", \"offset\" or both"));
                return nullptr;
            }
            return r.ok()
                       ? std::make_unique<Steps::Scale>(factor.value_or(1.0), offset.value_or(0.0))
                       : nullptr;
        });
    add(QStringLiteral("unit"),
        [](const nlohmann::json &j, const QString &p, Diagnostics &d) -> Ptr {
            ConfigReader r = reader(j, p, d);
            const QString from = r.string("from", true);
            const QString to = r.string("to", true);
            if (!r.ok())
                return nullptr;
            const Unit *uf = Units::find(from);
            const Unit *ut = Units::find(to);
            if (!uf)
                d.error(p + QStringLiteral("/from"), Tr::tr("'%1' is not a known unit").arg(from));
            if (!ut)
                d.error(p + QStringLiteral("/to"), Tr::tr("'%1' is not a known unit").arg(to));
            if (uf && ut && uf->dimension != ut->dimension)
                d.error(p, Tr::tr("cannot convert %1 (%2) to %3 (%4)")
                               .arg(from, uf->dimension, to, ut->dimension));
            if (!uf || !ut || uf->dimension != ut->dimension)
                return nullptr;
            return std::make_unique<Steps::UnitConversion>(from, to);
        });
    add(QStringLiteral("range"),
        [](const nlohmann::json &j, const QString &p, Diagnostics &d) -> Ptr {
            ConfigReader r = reader(j, p, d);
            const auto min = r.number("min", false);
            const auto max = r.number("max", false);
            const QString mode = r.string("mode", false);
            if (r.ok() && !min && !max) {
                d.error(p, Tr::tr("a range step needs \"min\", \"max\" or both"));
                return nullptr;
            }
            if (min && max && *min > *max) {
                d.error(p + QStringLiteral("/min"),
                        Tr::tr("min %1 is above max %2").arg(*min).arg(*max));
                return nullptr;
            }
            Steps::RangeFilter::Mode m = Steps::RangeFilter::Mode::Drop;
            if (mode == QLatin1String("clamp"))
                m = Steps::RangeFilter::Mode::Clamp;
            else if (mode == QLatin1String("fail"))
                m = Steps::RangeFilter::Mode::Fail;
            else if (!mode.isEmpty() && mode != QLatin1String("drop")) {
                d.error(p + QStringLiteral("/mode"),
                        Tr::tr("\"mode\" must be drop, clamp or fail"));
                return nullptr;
            }
            return r.ok() ? std::make_unique<Steps::RangeFilter>(min, max, m) : nullptr;
        });
    add(QStringLiteral("deadband"),
        [](const nlohmann::json &j, const QString &p, Diagnostics &d) -> Ptr {
            ConfigReader r = reader(j, p, d);
            const auto delta = r.number("delta", false);
            const auto percent = r.number("percent", false);
            if (r.ok() && (delta.has_value() == percent.has_value())) {
                d.error(p, Tr::tr("a deadband step needs either \"delta\" or \"percent\""));
                return nullptr;
            }
            const double v = delta ? *delta : percent.value_or(0.0);
            if (r.ok() && v < 0) {
                d.error(p, Tr::tr("a deadband cannot be negative"));
                return nullptr;
            }
            return r.ok() ? std::make_unique<Steps::Deadband>(v, percent.has_value()) : nullptr;
        });
    for (const char *name : {"mean", "min", "max"}) {
        const QString stepName = QStringLiteral("moving") +
                                 QString::fromLatin1(name).left(1).toUpper() +
                                 QString::fromLatin1(name).mid(1);
        const auto fn =
            QLatin1String(name) == QLatin1String("mean")  ? Steps::MovingAggregate::Function::Mean
            : QLatin1String(name) == QLatin1String("min") ? Steps::MovingAggregate::Function::Min
                                                          : Steps::MovingAggregate::Function::Max;
        add(stepName, [fn](const nlohmann::json &j, const QString &p, Diagnostics &d) -> Ptr {
            ConfigReader r = reader(j, p, d);
            const auto count = r.number("count", false);
            const auto window = r.duration("window", false);
            if (r.ok() && count.has_value() == window.has_value()) {
                d.error(p, Tr::tr("a moving aggregate needs either \"count\" "
                                  "(samples) or \"window\" (time)"));
                return nullptr;
            }
            if (count && (*count < 1 || *count > 1e6 || std::floor(*count) != *count)) {
                d.error(p + QStringLiteral("/count"),
                        Tr::tr("\"count\" must be a whole number from 1 to 1000000"));
                return nullptr;
            }
            return r.ok()
                       ? std::make_unique<Steps::MovingAggregate>(
                             fn, count ? static_cast<std::size_t>(*count) : 0, window.value_or(0))
                       : nullptr;
        });
    }
    add(QStringLiteral("throttle"),
        [](const nlohmann::json &j, const QString &p, Diagnostics &d) -> Ptr {
            ConfigReader r = reader(j, p, d);
            const auto interval = r.duration("interval", true);
            return r.ok() ? std::make_unique<Steps::Throttle>(*interval) : nullptr;
        });
    add(QStringLiteral("extract"),
        [](const nlohmann::json &j, const QString &p, Diagnostics &d) -> Ptr {
            ConfigReader r = reader(j, p, d);
            const QString pointer = r.string("pointer", true);
            if (!r.ok())
                return nullptr;
            auto tokens = parseJsonPointer(pointer);
            if (!tokens) {
                d.error(
                    p + QStringLiteral("/pointer"),
                    Tr::tr("'%1' is not a JSON pointer: it must be empty or start with '/', and "
                           "'~' must be followed by 0 or 1")
                        .arg(pointer));
                return nullptr;
            }
            return std::make_unique<Steps::Extract>(*tokens, pointer);
        });
}

namespace Steps {

StepResult Rename::process(Sample &s)
{
    s.target = m_to;
    return StepResult::pass();
}

StepResult Convert::process(Sample &s)
{
    QString error;
    auto v = m_to->coerce(s.value, &error);
    if (!v)
        return StepResult::fail(error);
    s.value = std::move(*v);
    return StepResult::pass();
}

StepResult Scale::process(Sample &s)
{
    auto n = s.value.number();
    if (!n)
        return notNumeric(type(), s.value);
    s.value = *n * m_factor + m_offset;
    return StepResult::pass();
}

StepResult UnitConversion::process(Sample &s)
{
    auto n = s.value.number();
    if (!n)
        return notNumeric(type(), s.value);
    // Both units were checked when the step was built.
    s.value = *Units::convert(*n, *Units::find(m_from), *Units::find(m_to));
    return StepResult::pass();
}

StepResult RangeFilter::process(Sample &s)
{
    auto n = s.value.number();
    if (!n)
        return notNumeric(type(), s.value);
    const bool low = m_min && *n < *m_min;
    const bool high = m_max && *n > *m_max;
    if (!low && !high && !std::isnan(*n))
        return StepResult::pass();
    switch (m_mode) {
    case Mode::Drop:
        return StepResult::drop();
    case Mode::Clamp:
        if (std::isnan(*n))
            return StepResult::drop();
        s.value = low ? *m_min : *m_max;
        return StepResult::pass();
    case Mode::Fail:
        return StepResult::fail(Tr::tr("%1 is outside the range [%2, %3]")
                                    .arg(s.value.toString(),
                                         m_min ? QString::number(*m_min) : QStringLiteral("-∞"),
                                         m_max ? QString::number(*m_max) : QStringLiteral("∞")));
    }
    return StepResult::pass();
}

StepResult Deadband::process(Sample &s)
{
    if (!m_hasLast) {
        m_hasLast = true;
        m_last = s.value;
        return StepResult::pass();
    }
    auto n = s.value.number();
    auto last = m_last.number();
    if (n && last) {
        const double band = m_percent ? std::abs(*last) * m_delta / 100.0 : m_delta;
        // 10.2 - 10 is 0.19999999999999929 in binary: a change of exactly the band must pass.
        const double tolerance = 1e-9 * std::max({1.0, std::abs(*n), std::abs(*last)});
        if (std::abs(*n - *last) < band - tolerance || (band == 0.0 && *n == *last))
            return StepResult::drop();
    } else if (s.value == m_last) {
        return StepResult::drop();
    }
    m_last = s.value;
    return StepResult::pass();
}

QString MovingAggregate::type() const
{
    switch (m_function) {
    case Function::Mean:
        return QStringLiteral("movingMean");
    case Function::Min:
        return QStringLiteral("movingMin");
    case Function::Max:
        return QStringLiteral("movingMax");
    }
    return {};
}

StepResult MovingAggregate::process(Sample &s)
{
    auto n = s.value.number();
    if (!n)
        return notNumeric(type(), s.value);
    if (std::isnan(*n))
        return StepResult::drop();
    m_samples.emplace_back(s.time, *n);
    m_sum += *n;
    auto evict = [this] {
        m_sum -= m_samples.front().second;
        m_samples.pop_front();
    };
    if (m_count > 0) {
        while (m_samples.size() > m_count)
            evict();
    } else {
        while (!m_samples.empty() && m_samples.front().first <= s.time - m_window)
            evict();
    }
    switch (m_function) {
    case Function::Mean:
        // Re-summing now and then keeps rounding errors of the running sum from accumulating.
        if (m_samples.size() == 1)
            m_sum = *n;
        s.value = m_sum / static_cast<double>(m_samples.size());
        break;
    case Function::Min:
        s.value =
            std::min_element(m_samples.begin(), m_samples.end(), [](const auto &a, const auto &b) {
                return a.second < b.second;
            })->second;
        break;
    case Function::Max:
        s.value =
            std::max_element(m_samples.begin(), m_samples.end(), [](const auto &a, const auto &b) {
                return a.second < b.second;
            })->second;
        break;
    }
    return StepResult::pass();
}

StepResult Throttle::process(Sample &s)
{
    if (m_hasLast && s.time - m_last < m_interval && s.time >= m_last)
        return StepResult::drop();
    m_hasLast = true;
    m_last = s.time;
    return StepResult::pass();
}

StepResult Extract::process(Sample &s)
{
    const Value *v = s.value.at(m_tokens);
    if (!v)
        return StepResult::fail(Tr::tr("the value has nothing at '%1'").arg(m_pointer));
    Value copy = *v;
    s.value = std::move(copy);
    return StepResult::pass();
}

} // namespace Steps

} // namespace twinloom
