#include "adapters/sim/signalgenerator.h"

#include "adapters/tr.h"
#include "engine/configreader.h"
#include "engine/twinmodel.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>

#include <nlohmann/json.hpp>

#include <cmath>
#include <numbers>

namespace twinloom::Sim {

namespace {
QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

const std::vector<std::pair<const char *, Signal::Generator>> &generators()
{
    static const std::vector<std::pair<const char *, Signal::Generator>> g{
        {"constant", Signal::Generator::Constant},     {"sine", Signal::Generator::Sine},
        {"square", Signal::Generator::Square},         {"sawtooth", Signal::Generator::Sawtooth},
        {"randomWalk", Signal::Generator::RandomWalk}, {"gaussian", Signal::Generator::Gaussian},
        {"steps", Signal::Generator::Steps},           {"csv", Signal::Generator::Csv},
        {"firstOrder", Signal::Generator::FirstOrder}};
    return g;
}

// Fields of one signal with defaults; problems are reported at their pointers.
struct Fields
{
    ConfigReader reader;

    double number(const char *key, double fallback, bool required = false)
    {
        return reader.number(key, required).value_or(fallback);
    }
    double seconds(const char *key, double fallback, bool required = false)
    {
        const auto micros = reader.duration(key, required);
        return micros ? static_cast<double>(*micros) / 1e6 : fallback;
    }
    bool ok() const { return reader.ok(); }
};

std::optional<double> parseTimeCell(const QString &cell)
{
    bool ok = false;
    const double seconds = cell.toDouble(&ok);
    if (ok && std::isfinite(seconds))
        return seconds;
    if (auto dt = parseDateTime(cell))
        return static_cast<double>(dt->micros) / 1e6;
    return std::nullopt;
}
} // namespace

QStringList Signal::generatorNames()
{
    QStringList names;
    for (const auto &[name, g] : generators())
        names << QLatin1String(name);
    return names;
}

std::unique_ptr<Signal> Signal::fromJson(const nlohmann::json &j, const QString &pointer,
                                         Diagnostics &d, double defaultRate, std::uint64_t seed,
                                         int index, const QString &baseDirectory,
                                         const Variables &variables)
{
    if (!j.is_object()) {
        d.error(pointer, Adapters::Tr::tr("a signal is an object with \"name\" and \"generator\""));
        return nullptr;
    }
    auto s = std::make_unique<Signal>();
    const int errorsBefore = d.errorCount();
    Fields f{ConfigReader(
        j, pointer, d,
        Adapters::Tr::tr("the %1 generator").arg(jsonString(j, "generator").value_or(QString())))};
    if (!j.contains("name") || !j["name"].is_string() || j["name"].get<std::string>().empty()) {
        d.error(pointer + QStringLiteral("/name"),
                Adapters::Tr::tr("a signal needs a \"name\": the property or event it feeds"));
        return nullptr;
    }
    s->m_name = qs(j["name"].get<std::string>());
    if (auto k = j.find("kind"); k != j.end()) {
        const QString kind = k->is_string() ? qs(k->get<std::string>()) : QString();
        if (kind == QLatin1String("event"))
            s->m_kind = Kind::Event;
        else if (kind != QLatin1String("property"))
            d.error(pointer + QStringLiteral("/kind"),
                    Adapters::Tr::tr("\"kind\" must be property or event"));
    }
    if (auto sc = j.find("schema"); sc != j.end()) {
        const auto kind =
            sc->is_string() ? primitiveSchemaKind(qs(sc->get<std::string>())) : std::nullopt;
        if (!kind || !(*kind == SchemaKind::Boolean || *kind == SchemaKind::Integer ||
                       *kind == SchemaKind::Long || *kind == SchemaKind::Double ||
                       *kind == SchemaKind::Float || *kind == SchemaKind::String))
            d.error(
                pointer + QStringLiteral("/schema"),
                Adapters::Tr::tr(
                    "a signal's \"schema\" is boolean, integer, long, float, double or string"));
        else
            s->m_schema = *kind;
    }
    const QString generator = j.contains("generator") && j["generator"].is_string()
                                  ? qs(j["generator"].get<std::string>())
                                  : QString();
    bool known = false;
    for (const auto &[name, g] : generators()) {
        if (generator == QLatin1String(name)) {
            s->m_generator = g;
            known = true;
        }
    }
    if (!known) {
        d.error(pointer + QStringLiteral("/generator"),
                Adapters::Tr::tr("'%1' is not a generator; use one of %2")
                    .arg(generator, generatorNames().join(QStringLiteral(", "))));
        return nullptr;
    }
    s->m_rate = f.number("rate", defaultRate);
    if (s->m_rate < 0.1 || s->m_rate > 10000) {
        d.error(pointer + QStringLiteral("/rate"),
                Adapters::Tr::tr("the rate must be from 0.1 to 10000 samples per second, not %1")
                    .arg(s->m_rate));
        return nullptr;
    }
    s->m_rng.seed(seed * 0x9E3779B97F4A7C15ULL + static_cast<std::uint64_t>(index) * 7919ULL + 1);
    s->m_noise = f.number("noise", 0);
    switch (s->m_generator) {
    case Generator::Constant:
        if (!j.contains("value") || !(j["value"].is_primitive()) || j["value"].is_null()) {
            d.error(pointer + QStringLiteral("/value"),
                    Adapters::Tr::tr(
                        "the constant generator needs a \"value\": a number, boolean or string"));
            break;
        }
        s->m_constant = Value::fromJson(j["value"]);
        break;
    case Generator::Sine:
        s->m_offset = f.number("offset", 0);
        s->m_amplitude = f.number("amplitude", 1);
        s->m_period = f.seconds("period", 60, true);
        s->m_phase = f.number("phase", 0);
        break;
    case Generator::Square:
        s->m_low = f.number("low", 0);
        s->m_high = f.number("high", 1);
        s->m_period = f.seconds("period", 60, true);
        s->m_duty = f.number("duty", 0.5);
        s->m_phase = f.number("phase", 0);
        if (s->m_duty < 0 || s->m_duty > 1)
            d.error(
                pointer + QStringLiteral("/duty"),
                Adapters::Tr::tr("\"duty\" is the share of the period spent high, from 0 to 1"));
        break;
    case Generator::Sawtooth:
        s->m_low = f.number("low", 0);
        s->m_high = f.number("high", 1);
        s->m_period = f.seconds("period", 60, true);
        s->m_phase = f.number("phase", 0);
        break;
    case Generator::RandomWalk:
        s->m_start = f.number("start", 0);
        s->m_step = f.number("step", 1);
        s->m_min = f.number("min", -1e300);
        s->m_max = f.number("max", 1e300);
        if (s->m_min > s->m_max || s->m_start < s->m_min || s->m_start > s->m_max)
            d.error(pointer, Adapters::Tr::tr("a random walk needs min <= start <= max"));
        break;
    case Generator::Gaussian:
        s->m_mean = f.number("mean", 0);
        s->m_stddev = f.number("stddev", 1);
        if (s->m_stddev < 0)
            d.error(pointer + QStringLiteral("/stddev"),
                    Adapters::Tr::tr("\"stddev\" cannot be negative"));
        break;
    case Generator::Steps: {
        auto values = j.find("values");
        if (values == j.end() || !values->is_array() || values->empty()) {
            d.error(pointer + QStringLiteral("/values"),
                    Adapters::Tr::tr("the steps generator needs \"values\": a non-empty array"));
            break;
        }
        for (const auto &v : *values)
            s->m_values.push_back(Value::fromJson(v));
        s->m_interval = f.seconds("interval", 60, true);
        s->m_loop = f.reader.boolean("loop").value_or(true);
        break;
    }
    case Generator::FirstOrder: {
        s->m_initial = f.number("initial", 0);
        s->m_tau = f.seconds("tau", 60, true);
        auto target = j.find("target");
        if (target != j.end() && target->is_string()) {
            s->m_targetVariable = qs(target->get<std::string>());
            if (!variables.contains(s->m_targetVariable))
                d.error(pointer + QStringLiteral("/target"),
                        Adapters::Tr::tr("'%1' is not one of the device's \"variables\"")
                            .arg(s->m_targetVariable));
        } else if (target != j.end() && target->is_number()) {
            s->m_targetValue = target->get<double>();
        } else {
            d.error(
                pointer + QStringLiteral("/target"),
                Adapters::Tr::tr(
                    "the firstOrder generator needs a \"target\": a number or a variable name"));
        }
        break;
    }
    case Generator::Csv: {
        const QString file = j.contains("file") && j["file"].is_string()
                                 ? qs(j["file"].get<std::string>())
                                 : QString();
        if (file.isEmpty()) {
            d.error(pointer + QStringLiteral("/file"),
                    Adapters::Tr::tr("the csv generator needs a \"file\""));
            break;
        }
        const QString timeColumn =
            f.reader.has("timeColumn") ? f.reader.string("timeColumn") : QStringLiteral("time");
        const QString valueColumn =
            f.reader.has("valueColumn") ? f.reader.string("valueColumn") : QStringLiteral("value");
        s->m_loop = f.reader.boolean("loop").value_or(true);
        QString outside;
        const std::optional<QString> path = projectFile(baseDirectory, file, &outside);
        if (!path) {
            d.error(pointer + QStringLiteral("/file"), outside);
            break;
        }
        QFile csv(*path);
        if (!csv.open(QIODevice::ReadOnly | QIODevice::Text)) {
            d.error(pointer + QStringLiteral("/file"),
                    Adapters::Tr::tr("cannot read '%1': %2").arg(file, csv.errorString()));
            break;
        }
        const QStringList header =
            QString::fromUtf8(csv.readLine()).trimmed().split(QLatin1Char(','));
        const qsizetype tc = header.indexOf(timeColumn);
        const qsizetype vc = header.indexOf(valueColumn);
        if (tc < 0 || vc < 0) {
            d.error(pointer +
                        (tc < 0 ? QStringLiteral("/timeColumn") : QStringLiteral("/valueColumn")),
                    Adapters::Tr::tr("'%1' has no column '%2'; its columns: %3")
                        .arg(file, tc < 0 ? timeColumn : valueColumn,
                             header.join(QStringLiteral(", "))));
            break;
        }
        double first = 0;
        int row = 1;
        while (!csv.atEnd()) {
            ++row;
            const QString line = QString::fromUtf8(csv.readLine()).trimmed();
            if (line.isEmpty())
                continue;
            const QStringList cells = line.split(QLatin1Char(','));
            if (cells.size() <= std::max(tc, vc)) {
                d.error(pointer + QStringLiteral("/file"),
                        Adapters::Tr::tr("'%1' row %2 has %3 cells, fewer than the header")
                            .arg(file)
                            .arg(row)
                            .arg(cells.size()));
                break;
            }
            const auto time = parseTimeCell(cells[tc].trimmed());
            bool numeric = false;
            const double number = cells[vc].trimmed().toDouble(&numeric);
            if (!time) {
                d.error(pointer + QStringLiteral("/file"),
                        Adapters::Tr::tr(
                            "'%1' row %2, column '%3': '%4' is not seconds or an ISO 8601 time")
                            .arg(file)
                            .arg(row)
                            .arg(timeColumn, cells[tc]));
                break;
            }
            if (s->m_rows.empty())
                first = *time;
            const auto offset = static_cast<Timestamp>(std::llround((*time - first) * 1e6));
            if (!s->m_rows.empty() && offset < s->m_rows.back().first) {
                d.error(pointer + QStringLiteral("/file"),
                        Adapters::Tr::tr("'%1' row %2: time goes backwards").arg(file).arg(row));
                break;
            }
            s->m_rows.emplace_back(offset, numeric ? Value(number) : Value(cells[vc].trimmed()));
        }
        if (s->m_rows.empty() && d.errorCount() == errorsBefore)
            d.error(pointer + QStringLiteral("/file"),
                    Adapters::Tr::tr("'%1' has no rows").arg(file));
        if (s->m_rows.size() >= 2 && s->m_rows.back().first > 0) {
            // A loop restarts one average interval after the last row.
            s->m_loopLength = s->m_rows.back().first +
                              s->m_rows.back().first / static_cast<Timestamp>(s->m_rows.size() - 1);
        } else {
            // One row, or rows that all share one time: they come together once a second, never
            // as fast as the machine can loop.
            s->m_loopLength = 1000000;
        }
        break;
    }
    }
    static const QStringList common{QStringLiteral("name"),   QStringLiteral("kind"),
                                    QStringLiteral("schema"), QStringLiteral("generator"),
                                    QStringLiteral("rate"),   QStringLiteral("noise")};
    static const QHash<Generator, QStringList> specific{
        {Generator::Constant, {QStringLiteral("value")}},
        {Generator::Sine,
         {QStringLiteral("offset"), QStringLiteral("amplitude"), QStringLiteral("period"),
          QStringLiteral("phase")}},
        {Generator::Square,
         {QStringLiteral("low"), QStringLiteral("high"), QStringLiteral("period"),
          QStringLiteral("duty"), QStringLiteral("phase")}},
        {Generator::Sawtooth,
         {QStringLiteral("low"), QStringLiteral("high"), QStringLiteral("period"),
          QStringLiteral("phase")}},
        {Generator::RandomWalk,
         {QStringLiteral("start"), QStringLiteral("step"), QStringLiteral("min"),
          QStringLiteral("max")}},
        {Generator::Gaussian, {QStringLiteral("mean"), QStringLiteral("stddev")}},
        {Generator::Steps,
         {QStringLiteral("values"), QStringLiteral("interval"), QStringLiteral("loop")}},
        {Generator::Csv,
         {QStringLiteral("file"), QStringLiteral("timeColumn"), QStringLiteral("valueColumn"),
          QStringLiteral("loop")}},
        {Generator::FirstOrder,
         {QStringLiteral("initial"), QStringLiteral("target"), QStringLiteral("tau")}}};
    for (auto it = j.begin(); it != j.end(); ++it) {
        const QString key = qs(it.key());
        if (!common.contains(key) && !specific.value(s->m_generator).contains(key))
            d.warning(pointerAppend(pointer, key),
                      Adapters::Tr::tr("'%1' is not a field of the %2 generator and is ignored")
                          .arg(key, generator));
    }
    if (!f.ok() || d.errorCount() > errorsBefore)
        return nullptr;
    s->m_state = s->m_generator == Generator::FirstOrder ? s->m_initial : s->m_start;
    return s;
}

std::optional<Timestamp> Signal::dueTime(std::int64_t k) const
{
    switch (m_generator) {
    case Generator::Csv: {
        const auto n = static_cast<std::int64_t>(m_rows.size());
        if (!m_loop && k >= n)
            return std::nullopt;
        return (k / n) * m_loopLength + m_rows[static_cast<std::size_t>(k % n)].first;
    }
    case Generator::Steps: {
        const auto n = static_cast<std::int64_t>(m_values.size());
        const double t = static_cast<double>(k) / m_rate;
        if (!m_loop && t >= static_cast<double>(n) * m_interval)
            return std::nullopt;
        return static_cast<Timestamp>(std::llround(t * 1e6));
    }
    default:
        return static_cast<Timestamp>(std::llround(static_cast<double>(k) / m_rate * 1e6));
    }
}

double Signal::noise()
{
    return m_noise > 0 ? m_normal(m_rng) * m_noise : 0.0;
}

double Signal::raw(std::int64_t k, double t, const Variables &variables)
{
    constexpr double twoPi = 2.0 * std::numbers::pi;
    const double cycle = t / m_period + m_phase;
    switch (m_generator) {
    case Generator::Constant:
        return m_constant.toDouble();
    case Generator::Sine:
        return m_offset + m_amplitude * std::sin(twoPi * cycle);
    case Generator::Square:
        return (cycle - std::floor(cycle)) < m_duty ? m_high : m_low;
    case Generator::Sawtooth:
        return m_low + (m_high - m_low) * (cycle - std::floor(cycle));
    case Generator::RandomWalk: {
        if (k > 0) {
            std::uniform_real_distribution<double> step(-m_step, m_step);
            m_state += step(m_rng);
            // Reflect at the bounds so the walk does not stick to them.
            if (m_state > m_max)
                m_state = std::max(m_min, 2 * m_max - m_state);
            if (m_state < m_min)
                m_state = std::min(m_max, 2 * m_min - m_state);
        }
        return m_state;
    }
    case Generator::Gaussian:
        return m_mean + m_stddev * m_normal(m_rng);
    case Generator::FirstOrder: {
        if (k > 0) {
            const double target = m_targetVariable.isEmpty()
                                      ? m_targetValue
                                      : variables.value(m_targetVariable).toDouble();
            const double dt = static_cast<double>(k - m_lastK) / m_rate;
            m_state += (target - m_state) * (1.0 - std::exp(-dt / m_tau));
        }
        return m_state;
    }
    case Generator::Steps:
    case Generator::Csv:
        break;
    }
    return 0.0;
}

Value Signal::convert(double x) const
{
    switch (m_schema) {
    case SchemaKind::Boolean:
        return Value(x != 0.0);
    case SchemaKind::Integer:
    case SchemaKind::Long:
        return Value(static_cast<std::int64_t>(std::llround(x)));
    case SchemaKind::String:
        return Value(QString::number(x, 'g', 12));
    default:
        return Value(x);
    }
}

Value Signal::sample(std::int64_t k, const Variables &variables)
{
    const double t = static_cast<double>(dueTime(k).value_or(0)) / 1e6;
    Value out;
    if (m_generator == Generator::Steps) {
        const auto n = static_cast<std::int64_t>(m_values.size());
        const auto step = static_cast<std::int64_t>(std::floor(t / m_interval));
        const Value &v =
            m_values[static_cast<std::size_t>(m_loop ? step % n : std::min(step, n - 1))];
        out = v.isNumber() ? convert(v.toDouble() + noise()) : v;
    } else if (m_generator == Generator::Csv) {
        const Value &v =
            m_rows[static_cast<std::size_t>(k % static_cast<std::int64_t>(m_rows.size()))].second;
        out = v.isNumber() ? convert(v.toDouble() + noise()) : v;
    } else if (m_generator == Generator::Constant && !m_constant.isNumber()) {
        out = m_constant;
    } else {
        out = convert(raw(k, t, variables) + noise());
    }
    m_lastK = k;
    return out;
}

} // namespace twinloom::Sim
