#pragma once

#include "engine/clock.h"
#include "engine/diagnostics.h"
#include "engine/schema.h"
#include "engine/value.h"

#include <QtCore/QHash>
#include <QtCore/QString>

#include <nlohmann/json_fwd.hpp>

#include <memory>
#include <optional>
#include <random>
#include <vector>

namespace twinloom::Sim {

using Variables = QHash<QString, Value>;

// One simulated signal: what it is called, when its samples fall due, and how each is computed.
// Pure: no timers and no wall clock, so that a seed and a sample index give the same value on
// every run.
class Signal
{
public:
    enum class Kind { Property, Event };
    enum class Generator {
        Constant,
        Sine,
        Square,
        Sawtooth,
        RandomWalk,
        Gaussian,
        Steps,
        Csv,
        FirstOrder
    };

    // Reads one entry of "signals". `baseDirectory` resolves CSV files; `defaultRate` applies
    // when the signal names none. Errors go to `d` under `pointer`.
    static std::unique_ptr<Signal> fromJson(const nlohmann::json &json, const QString &pointer,
                                            Diagnostics &d, double defaultRate, std::uint64_t seed,
                                            int index, const QString &baseDirectory,
                                            const Variables &variables);
    static QStringList generatorNames();

    const QString &name() const { return m_name; }
    Kind kind() const { return m_kind; }
    SchemaKind schema() const { return m_schema; }
    Generator generator() const { return m_generator; }
    double rate() const { return m_rate; }

    // Offset from the start (µs) of sample k; nullopt when the signal has ended (a replay or a
    // step sequence played once).
    std::optional<Timestamp> dueTime(std::int64_t k) const;
    // Value of sample k, converted to the signal's schema. Samples must be asked for in order.
    Value sample(std::int64_t k, const Variables &variables);

private:
    double noise();
    double raw(std::int64_t k, double t, const Variables &variables);
    Value convert(double x) const;

    QString m_name;
    Kind m_kind = Kind::Property;
    SchemaKind m_schema = SchemaKind::Double;
    Generator m_generator = Generator::Constant;
    double m_rate = 1.0;
    // Parameters; which ones count depends on the generator.
    double m_offset = 0, m_amplitude = 1, m_period = 60, m_phase = 0, m_noise = 0;
    double m_low = 0, m_high = 1, m_duty = 0.5;
    double m_start = 0, m_step = 1, m_min = -1e300, m_max = 1e300;
    double m_mean = 0, m_stddev = 1;
    double m_initial = 0, m_tau = 60;
    QString m_targetVariable;
    double m_targetValue = 0;
    Value m_constant;
    std::vector<Value> m_values; // steps
    double m_interval = 60;      // steps, seconds
    bool m_loop = true;
    std::vector<std::pair<Timestamp, Value>> m_rows; // csv: offset from the first row, value
    Timestamp m_loopLength = 0;
    // State of stateful generators.
    std::mt19937_64 m_rng;
    std::normal_distribution<double> m_normal{0.0, 1.0};
    double m_state = 0;
    std::int64_t m_lastK = -1;
};

} // namespace twinloom::Sim
