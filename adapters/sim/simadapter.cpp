#include "adapters/sim/simadapter.h"

#include "adapters/tr.h"
#include "engine/configreader.h"
#include "engine/twinmodel.h"

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

// At most this much is caught up after a stall, so a blocked worker does not cause a flood.
constexpr Timestamp kMaxCatchUp = 1000000;
// Samples one tick publishes at most per signal (10 kHz for a second of catching up is 10,000).
constexpr int kMaxSamplesPerTick = 100000;
} // namespace

SimAdapter::SimAdapter(QString id, std::vector<std::unique_ptr<Sim::Signal>> signalList,
                       Sim::Variables variables, std::vector<ActionSpec> actions,
                       bool publishVariables, QString enabledBy, Schedule schedule, QObject *parent)
    : PhysicalAdapter(std::move(id), parent)
    , m_signals(std::move(signalList))
    , m_next(m_signals.size(), 0)
    , m_variables(std::move(variables))
    , m_actions(std::move(actions))
    , m_publishVariables(publishVariables)
    , m_enabledBy(std::move(enabledBy))
    , m_schedule(schedule)
{
    double fastest = 0.1;
    for (const auto &s : m_signals)
        fastest =
            std::max(fastest, s->generator() == Sim::Signal::Generator::Csv ? 10.0 : s->rate());
    m_tickMs = std::clamp(static_cast<int>(1000.0 / fastest), 1, 1000);
}

SimAdapter::~SimAdapter() = default;

void SimAdapter::start()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setTimerType(Qt::PreciseTimer);
        connect(m_timer, &QTimer::timeout, this, &SimAdapter::tick);
        m_scheduleTimer = new QTimer(this);
        m_scheduleTimer->setSingleShot(true);
        connect(m_scheduleTimer, &QTimer::timeout, this, [this] { scheduleNext(!m_connected); });
    }
    std::fill(m_next.begin(), m_next.end(), 0);
    m_startTime = Clock::now();
    m_connected = true;
    PhysicalAssetDescription description;
    for (const auto &s : m_signals) {
        PhysicalAssetDescription::Resource r{s->name(), Schema::primitive(s->schema()), {}, {}};
        (s->kind() == Sim::Signal::Kind::Event ? description.events : description.properties)
            .push_back(r);
    }
    if (m_publishVariables) {
        for (auto it = m_variables.cbegin(); it != m_variables.cend(); ++it)
            description.properties.push_back({it.key(), nullptr, {}, {}});
    }
    for (const ActionSpec &a : m_actions)
        description.actions.push_back({a.name, nullptr, {}, {}});
    notifyBound(description);
    if (m_publishVariables) {
        for (auto it = m_variables.cbegin(); it != m_variables.cend(); ++it)
            publishVariable(it.key());
    }
    tick(); // the first samples are due at once
    m_timer->start(m_tickMs);
    if (m_schedule.disconnectAfter > 0)
        m_scheduleTimer->start(static_cast<int>(m_schedule.disconnectAfter / 1000));
}

void SimAdapter::stop()
{
    if (m_timer)
        m_timer->stop();
    if (m_scheduleTimer)
        m_scheduleTimer->stop();
    m_connected = false;
}

void SimAdapter::scheduleNext(bool connect)
{
    if (!connect) {
        m_connected = false;
        notifyUnbound(Adapters::Tr::tr("simulated disconnection"));
        m_scheduleTimer->start(
            static_cast<int>(std::max<Timestamp>(m_schedule.disconnectFor / 1000, 1)));
        return;
    }
    m_connected = true;
    notifyBound();
    // Samples that fell due while disconnected are lost, as with a real device.
    const Timestamp elapsed = Clock::now() - m_startTime;
    for (std::size_t i = 0; i < m_signals.size(); ++i) {
        for (int n = 0; n < kMaxSamplesPerTick; ++n) {
            auto due = m_signals[i]->dueTime(m_next[i]);
            if (!due || *due >= elapsed)
                break;
            ++m_next[i];
        }
    }
    if (m_schedule.repeat)
        m_scheduleTimer->start(static_cast<int>(m_schedule.disconnectAfter / 1000));
}

bool SimAdapter::enabled() const
{
    return m_enabledBy.isEmpty() || m_variables.value(m_enabledBy).toBool();
}

void SimAdapter::tick()
{
    const Timestamp elapsed = Clock::now() - m_startTime;
    const bool publish = m_connected && enabled();
    for (std::size_t i = 0; i < m_signals.size(); ++i) {
        Sim::Signal &s = *m_signals[i];
        // Bounded: whatever the times of a signal, one tick ends and the thread goes on.
        for (int n = 0; n < kMaxSamplesPerTick; ++n) {
            const auto due = s.dueTime(m_next[i]);
            if (!due || *due > elapsed)
                break;
            if (*due < elapsed - kMaxCatchUp) {
                ++m_next[i]; // skipped: too far behind
                continue;
            }
            Value v = s.sample(m_next[i], m_variables);
            ++m_next[i];
            if (!publish)
                continue;
            if (s.kind() == Sim::Signal::Kind::Event)
                publishEvent(s.name(), std::move(v), m_startTime + *due);
            else
                publishProperty(s.name(), std::move(v), m_startTime + *due);
        }
    }
}

void SimAdapter::publishVariable(const QString &name)
{
    publishProperty(name, m_variables.value(name), Clock::now());
}

void SimAdapter::onAction(const PhysicalAction &action)
{
    auto it = std::find_if(m_actions.begin(), m_actions.end(),
                           [&](const ActionSpec &a) { return a.name == action.key; });
    if (it == m_actions.end()) {
        QStringList names;
        for (const ActionSpec &a : m_actions)
            names << a.name;
        completeAction(
            action.correlationId,
            ActionResult::failure(
                Adapters::Tr::tr("the simulated device has no action '%1'; it has: %2")
                    .arg(action.key, names.isEmpty() ? Adapters::Tr::tr("none")
                                                     : names.join(QStringLiteral(", ")))));
        return;
    }
    if (!m_connected) {
        completeAction(action.correlationId, ActionResult::failure(Adapters::Tr::tr(
                                                 "the simulated device is disconnected")));
        return;
    }
    const Value current = m_variables.value(it->variable);
    Value next = it->value ? *it->value : action.payload;
    if (current.type() == Value::Type::Bool)
        next = Value(next.type() == Value::Type::Bool ? next.toBool() : next.toDouble() != 0.0);
    else if (current.isNumber()) {
        auto n = next.number();
        if (!n && next.string()) {
            bool ok = false;
            const double d = next.string()->toDouble(&ok);
            if (ok)
                n = d;
        }
        if (!n) {
            completeAction(action.correlationId,
                           ActionResult::failure(Adapters::Tr::tr("'%1' needs a number, got '%2'")
                                                     .arg(it->variable, next.toString())));
            return;
        }
        next = Value(*n);
    }
    m_variables.insert(it->variable, next);
    if (m_publishVariables)
        publishVariable(it->variable);
    completeAction(action.correlationId, ActionResult::success(next));
}

AdapterTypeInfo SimAdapter::typeInfo()
{
    return {QStringLiteral("sim"), Adapters::Tr::tr("Simulated device"),
            Adapters::Tr::tr("Produces properties and events from signal generators; "
                             "actions change its variables."),
            nlohmann::json::parse(R"json({
      "type": "object",
      "properties": {
        "seed": {"type": "integer", "minimum": 0},
        "rate": {"type": "number", "minimum": 0.1, "maximum": 10000},
        "signals": {
          "type": "array",
          "items": {
            "type": "object",
            "required": ["name", "generator"],
            "properties": {
              "name": {"type": "string", "minLength": 1},
              "kind": {"enum": ["property", "event"]},
              "schema": {"enum": ["boolean", "integer", "long", "float", "double", "string"]},
              "generator": {
                "enum": [
                  "constant", "sine", "square", "sawtooth", "randomWalk", "gaussian", "steps",
                  "csv", "firstOrder"
                ]
              },
              "rate": {"type": "number", "minimum": 0.1, "maximum": 10000},
              "noise": {"type": "number", "minimum": 0},
              "period": {"$ref": "#/$defs/duration"},
              "interval": {"$ref": "#/$defs/duration"},
              "tau": {"$ref": "#/$defs/duration"},
              "duty": {"type": "number", "minimum": 0, "maximum": 1},
              "values": {"type": "array", "minItems": 1},
              "file": {"type": "string"},
              "target": {"type": ["string", "number"]},
              "loop": {"type": "boolean"}
            },
            "allOf": [
              {
                "if": {"properties": {"generator": {"enum": ["sine", "square", "sawtooth"]}}},
                "then": {"required": ["period"]}
              },
              {
                "if": {"properties": {"generator": {"const": "steps"}}},
                "then": {"required": ["values", "interval"]}
              },
              {
                "if": {"properties": {"generator": {"const": "csv"}}},
                "then": {"required": ["file"]}
              },
              {
                "if": {"properties": {"generator": {"const": "firstOrder"}}},
                "then": {"required": ["target", "tau"]}
              },
              {
                "if": {"properties": {"generator": {"const": "constant"}}},
                "then": {"required": ["value"]}
              }
            ]
          }
        },
        "variables": {"type": "object", "additionalProperties": {"type": ["number", "boolean", "string"]}},
        "publishVariables": {"type": "boolean"},
        "enabledBy": {"type": "string"},
        "actions": {
          "type": "array",
          "items": {
            "type": "object",
            "required": ["name", "sets"],
            "properties": {"name": {"type": "string"}, "sets": {"type": "string"}}
          }
        },
        "schedule": {
          "type": "object",
          "required": ["disconnectAfter", "disconnectFor"],
          "properties": {
            "disconnectAfter": {"$ref": "#/$defs/duration"},
            "disconnectFor": {"$ref": "#/$defs/duration"},
            "repeat": {"type": "boolean"}
          }
        }
      }
    })json")};
}

std::unique_ptr<PhysicalAdapter> SimAdapter::fromConfig(const AdapterBuildContext &c)
{
    Diagnostics &d = *c.diagnostics;
    const int errorsBefore = d.errorCount();
    const nlohmann::json &j = c.config;
    static const QStringList known{QStringLiteral("seed"),      QStringLiteral("rate"),
                                   QStringLiteral("signals"),   QStringLiteral("variables"),
                                   QStringLiteral("actions"),   QStringLiteral("publishVariables"),
                                   QStringLiteral("enabledBy"), QStringLiteral("schedule")};
    for (auto it = j.begin(); it != j.end(); ++it) {
        if (!known.contains(qs(it.key())))
            d.warning(pointerAppend(c.pointer, qs(it.key())),
                      Adapters::Tr::tr("unknown field '%1' is ignored").arg(qs(it.key())));
    }
    std::uint64_t seed = 0;
    if (auto s = j.find("seed"); s != j.end()) {
        if (s->is_number_integer())
            seed = s->get<std::uint64_t>();
        else
            c.error(QStringLiteral("/seed"), Adapters::Tr::tr("\"seed\" must be a whole number"));
    }
    double rate = 1.0;
    if (auto r = j.find("rate"); r != j.end()) {
        if (!r->is_number() || r->get<double>() < 0.1 || r->get<double>() > 10000)
            c.error(QStringLiteral("/rate"),
                    Adapters::Tr::tr("\"rate\" must be from 0.1 to 10000 samples per second"));
        else
            rate = r->get<double>();
    }
    Sim::Variables variables;
    if (auto v = j.find("variables"); v != j.end()) {
        if (!v->is_object())
            c.error(QStringLiteral("/variables"),
                    Adapters::Tr::tr("\"variables\" maps names to initial values"));
        else
            for (auto it = v->begin(); it != v->end(); ++it) {
                if (!it->is_primitive() || it->is_null())
                    c.error(pointerAppend(QStringLiteral("/variables"), qs(it.key())),
                            Adapters::Tr::tr("a variable holds a number, a boolean or a string"));
                else
                    variables.insert(qs(it.key()), Value::fromJson(*it));
            }
    }
    std::vector<std::unique_ptr<Sim::Signal>> signalList;
    auto list = j.find("signals");
    if (list == j.end() || !list->is_array()) {
        if (list != j.end() || variables.isEmpty())
            c.error(QStringLiteral("/signals"),
                    Adapters::Tr::tr("\"signals\" must list the device's signals"));
    } else {
        QStringList names;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const QString p = pointerAppend(c.pointer + QStringLiteral("/signals"), qsizetype(i));
            auto s = Sim::Signal::fromJson((*list)[i], p, d, rate, seed, static_cast<int>(i),
                                           c.baseDirectory, variables);
            if (!s)
                continue;
            if (names.contains(s->name()) || variables.contains(s->name())) {
                d.error(
                    p + QStringLiteral("/name"),
                    Adapters::Tr::tr("the name '%1' is used twice in this device").arg(s->name()));
                continue;
            }
            names << s->name();
            signalList.push_back(std::move(s));
        }
    }
    std::vector<SimAdapter::ActionSpec> actions;
    if (auto a = j.find("actions"); a != j.end()) {
        if (!a->is_array())
            c.error(QStringLiteral("/actions"), Adapters::Tr::tr("\"actions\" must be an array"));
        for (std::size_t i = 0; a->is_array() && i < a->size(); ++i) {
            const auto &e = (*a)[i];
            const QString p = pointerAppend(QStringLiteral("/actions"), qsizetype(i));
            SimAdapter::ActionSpec spec;
            spec.name = e.is_object() && e.contains("name") && e["name"].is_string()
                            ? qs(e["name"].get<std::string>())
                            : QString();
            spec.variable = e.is_object() && e.contains("sets") && e["sets"].is_string()
                                ? qs(e["sets"].get<std::string>())
                                : QString();
            if (spec.name.isEmpty() || spec.variable.isEmpty()) {
                c.error(
                    p, Adapters::Tr::tr("an action needs a \"name\" and the variable it \"sets\""));
                continue;
            }
            if (!variables.contains(spec.variable)) {
                c.error(p + QStringLiteral("/sets"),
                        Adapters::Tr::tr("'%1' is not one of the device's \"variables\"")
                            .arg(spec.variable));
                continue;
            }
            if (e.contains("value"))
                spec.value = Value::fromJson(e["value"]);
            actions.push_back(std::move(spec));
        }
    }
    ConfigReader fields(j, c.pointer, d, Adapters::Tr::tr("the simulated device"));
    const bool publishVariables = fields.boolean("publishVariables").value_or(false);
    QString enabledBy;
    if (auto e = j.find("enabledBy"); e != j.end()) {
        enabledBy = e->is_string() ? qs(e->get<std::string>()) : QString();
        if (enabledBy.isEmpty() || variables.value(enabledBy).type() != Value::Type::Bool)
            c.error(QStringLiteral("/enabledBy"),
                    Adapters::Tr::tr("\"enabledBy\" names a boolean variable"));
    }
    SimAdapter::Schedule schedule;
    if (auto s = j.find("schedule"); s != j.end()) {
        auto duration = [&](const char *key) -> Timestamp {
            auto it = s->find(key);
            auto micros = it != s->end() ? parseDurationMicros(*it) : std::nullopt;
            if (!micros || *micros < 1000) {
                c.error(QStringLiteral("/schedule/") + QLatin1String(key),
                        Adapters::Tr::tr("\"%1\" must be a duration of at least a millisecond")
                            .arg(QLatin1String(key)));
                return 0;
            }
            return *micros;
        };
        if (!s->is_object()) {
            c.error(QStringLiteral("/schedule"),
                    Adapters::Tr::tr(
                        "\"schedule\" is an object with disconnectAfter and disconnectFor"));
        } else {
            schedule.disconnectAfter = duration("disconnectAfter");
            schedule.disconnectFor = duration("disconnectFor");
            schedule.repeat = ConfigReader(*s, c.pointer + QStringLiteral("/schedule"), d,
                                           Adapters::Tr::tr("the schedule"))
                                  .boolean("repeat")
                                  .value_or(false);
        }
    }
    if (d.errorCount() > errorsBefore)
        return nullptr;
    return std::make_unique<SimAdapter>(c.id, std::move(signalList), std::move(variables),
                                        std::move(actions), publishVariables, enabledBy, schedule);
}

} // namespace twinloom
