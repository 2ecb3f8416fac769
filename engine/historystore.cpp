#include "engine/historystore.h"

#include "engine/configreader.h"
#include "engine/tr.h"
#include "engine/twinmodel.h"
#include "engine/value.h"

#include <QtCore/QTimeZone>

#include <nlohmann/json.hpp>

#include <cmath>
#include <set>

namespace twinloom {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

constexpr double kMicrosPerDay = 86'400e6;

// A list of names: one string or an array of strings. Reports at `pointer` otherwise.
std::optional<QStringList> nameList(const nlohmann::json &json, const QString &pointer,
                                    Diagnostics &diagnostics)
{
    QStringList names;
    if (json.is_string()) {
        names.append(qs(json.get<std::string>()));
        return names;
    }
    if (json.is_array()) {
        for (std::size_t i = 0; i < json.size(); ++i) {
            if (!json[i].is_string() || json[i].get_ref<const std::string &>().empty()) {
                diagnostics.error(pointer + QLatin1Char('/') + QString::number(i),
                                  Tr::tr("a name must be a non-empty string"));
                return std::nullopt;
            }
            names.append(qs(json[i].get<std::string>()));
        }
        return names;
    }
    diagnostics.error(pointer, Tr::tr("must be a name, \"*\" or an array of names"));
    return std::nullopt;
}

void warnUnknown(const nlohmann::json &json, const std::set<std::string> &known,
                 const QString &pointer, Diagnostics &diagnostics)
{
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!known.count(it.key()))
            diagnostics.warning(pointer + QLatin1Char('/') + qs(it.key()),
                                Tr::tr("unknown field '%1' is ignored").arg(qs(it.key())));
}

std::optional<Timestamp> retentionField(const nlohmann::json &json, const char *key,
                                        const QString &pointer, Diagnostics &diagnostics)
{
    auto it = json.find(key);
    if (it == json.end())
        return Timestamp{0};
    if (auto r = parseRetention(*it))
        return r;
    diagnostics.error(pointer + QLatin1Char('/') + QLatin1String(key),
                      Tr::tr("\"%1\" must be a positive ISO 8601 duration such as \"P30D\" or "
                             "\"P1Y\", or a number of seconds")
                          .arg(QLatin1String(key)));
    return std::nullopt;
}

std::optional<HistoryRule> ruleFromJson(const nlohmann::json &json, const QString &pointer,
                                        Diagnostics &diagnostics)
{
    if (!json.is_object()) {
        diagnostics.error(pointer, Tr::tr("a history rule must be a JSON object"));
        return std::nullopt;
    }
    warnUnknown(json,
                {"twins", "models", "properties", "events", "sampling", "deadband", "interval"},
                pointer, diagnostics);
    HistoryRule rule;
    bool ok = true;
    const auto list = [&](const char *key, QStringList &into) {
        auto it = json.find(key);
        if (it == json.end())
            return;
        auto names = nameList(*it, pointer + QLatin1Char('/') + QLatin1String(key), diagnostics);
        if (names)
            into = *names;
        else
            ok = false;
    };
    list("twins", rule.twins);
    list("models", rule.models);
    list("properties", rule.properties);
    list("events", rule.events);
    ConfigReader reader(json, pointer, diagnostics, Tr::tr("a history rule"));
    const QString sampling = reader.string("sampling");
    if (sampling.isEmpty() || sampling == QLatin1String("change")) {
        rule.sampling = HistorySampling::EveryChange;
    } else if (sampling == QLatin1String("deadband")) {
        rule.sampling = HistorySampling::Deadband;
        auto band = reader.number("deadband", true);
        if (band && *band <= 0)
            reader.error("deadband", Tr::tr("\"deadband\" must be above zero"));
        rule.deadband = band.value_or(0);
    } else if (sampling == QLatin1String("interval")) {
        rule.sampling = HistorySampling::Interval;
        rule.interval = reader.duration("interval", true).value_or(0);
    } else {
        reader.error("sampling",
                     Tr::tr("\"sampling\" must be \"change\", \"deadband\" or \"interval\""));
    }
    if (!ok || !reader.ok())
        return std::nullopt;
    return rule;
}

} // namespace

HistoryStore::~HistoryStore() = default;

bool HistoryRule::matchesName(const QStringList &names, const QString &name)
{
    for (const QString &n : names)
        if (n == QLatin1String("*") || n == name)
            return true;
    return false;
}

bool HistoryRule::matchesTwin(const QString &twinId, const QString &modelId) const
{
    if (!models.isEmpty() && !models.contains(modelId))
        return false;
    if (twins.isEmpty())
        return true;
    for (const QString &t : twins) {
        if (t.endsWith(QLatin1Char('*')) ? twinId.startsWith(QStringView(t).chopped(1))
                                         : t == twinId)
            return true;
    }
    return false;
}

const HistoryRule *HistoryConfig::ruleFor(const QString &twinId, const QString &modelId, bool event,
                                          const QString &name) const
{
    static const HistoryRule everything;
    if (rules.empty())
        return &everything;
    for (const HistoryRule &r : rules) {
        if (r.matchesTwin(twinId, modelId) &&
            HistoryRule::matchesName(event ? r.events : r.properties, name))
            return &r;
    }
    return nullptr;
}

std::vector<HistoryTier> HistoryConfig::defaultTiers()
{
    constexpr Timestamp minute = 60'000'000;
    return {{minute, static_cast<Timestamp>(365.2425 * 86'400e6)}, {60 * minute, 0}};
}

std::optional<Timestamp> parseRetention(const nlohmann::json &json)
{
    if (json.is_string()) {
        const auto d = parseDuration(qs(json.get<std::string>()));
        if (!d || d->months < 0 || d->micros < 0 || (d->months == 0 && d->micros == 0))
            return std::nullopt;
        const double micros =
            static_cast<double>(d->micros) + d->months * (365.2425 / 12) * kMicrosPerDay;
        if (micros > 4.6e18)
            return std::nullopt;
        return static_cast<Timestamp>(micros);
    }
    auto micros = parseDurationMicros(json);
    if (!micros || *micros <= 0)
        return std::nullopt;
    return micros;
}

std::optional<Timestamp> parseTimeArgument(QStringView text, Timestamp now)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (text == QLatin1String("now"))
        return now;
    QStringView relative;
    if (text.startsWith(QLatin1String("now-")))
        relative = text.mid(4);
    else if (text.startsWith(QLatin1String("-P")))
        relative = text.mid(1);
    if (!relative.isEmpty()) {
        auto d = parseRetention(nlohmann::json(relative.toString().toStdString()));
        if (!d)
            return std::nullopt;
        return now - *d;
    }
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (ok) {
        // ±1e11 s (about 3,000 years around 1970): differences of such times never overflow.
        if (!std::isfinite(seconds) || std::abs(seconds) > 1e11)
            return std::nullopt;
        return static_cast<Timestamp>(seconds * 1e6);
    }
    QDateTime t = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    if (text.size() <= 10) // a date alone: midnight UTC
        t = QDateTime(t.date(), QTime(0, 0), Qt::UTC);
    else if (t.timeSpec() == Qt::LocalTime && !text.endsWith(QLatin1Char('Z')))
        t.setTimeSpec(Qt::UTC); // no zone given: UTC, like every time Twinloom prints
    return Clock::fromDateTime(t);
}

std::optional<HistoryConfig> HistoryConfig::fromJson(const nlohmann::json &json,
                                                     const QString &pointer,
                                                     Diagnostics &diagnostics)
{
    if (!json.is_object()) {
        diagnostics.error(pointer, Tr::tr("\"history\" must be a JSON object"));
        return std::nullopt;
    }
    const int errorsBefore = diagnostics.errorCount();
    warnUnknown(json, {"location", "record", "retention", "tiers", "queue", "flushInterval"},
                pointer, diagnostics);
    HistoryConfig config;
    ConfigReader reader(json, pointer, diagnostics, Tr::tr("the history"));
    config.location = reader.string("location");
    if (auto q = reader.integer("queue", 1000, 100'000'000))
        config.queueCapacity = *q;
    if (reader.has("flushInterval")) {
        auto f = reader.duration("flushInterval");
        if (f && (*f < 1000 || *f > 60'000'000))
            reader.error("flushInterval",
                         Tr::tr("\"flushInterval\" must be from 1 ms to 60 s (\"PT0.2S\")"));
        else if (f)
            config.flushInterval = *f;
    }
    if (auto r = retentionField(json, "retention", pointer, diagnostics))
        config.retention = *r;
    if (auto it = json.find("record"); it != json.end()) {
        const QString at = pointer + QStringLiteral("/record");
        if (!it->is_array()) {
            diagnostics.error(at, Tr::tr("\"record\" must be an array of rules"));
        } else {
            for (std::size_t i = 0; i < it->size(); ++i)
                if (auto rule = ruleFromJson((*it)[i], at + QLatin1Char('/') + QString::number(i),
                                             diagnostics))
                    config.rules.push_back(std::move(*rule));
        }
    }
    if (!json.contains("tiers"))
        config.tiers = defaultTiers();
    if (auto it = json.find("tiers"); it != json.end()) {
        const QString at = pointer + QStringLiteral("/tiers");
        if (!it->is_array()) {
            diagnostics.error(at, Tr::tr("\"tiers\" must be an array"));
        } else {
            for (std::size_t i = 0; i < it->size(); ++i) {
                const QString tp = at + QLatin1Char('/') + QString::number(i);
                const nlohmann::json &t = (*it)[i];
                if (!t.is_object()) {
                    diagnostics.error(tp, Tr::tr("a tier must be a JSON object"));
                    continue;
                }
                warnUnknown(t, {"step", "retention"}, tp, diagnostics);
                HistoryTier tier;
                auto step = t.contains("step") ? parseRetention(t["step"]) : std::nullopt;
                if (!step || *step < 1'000'000 || *step % 1'000'000 != 0) {
                    diagnostics.error(tp + QStringLiteral("/step"),
                                      Tr::tr("a tier needs a \"step\" of whole seconds, such as "
                                             "\"PT1M\""));
                    continue;
                }
                tier.step = *step;
                if (!config.tiers.empty()) {
                    const Timestamp previous = config.tiers.back().step;
                    if (tier.step <= previous || tier.step % previous != 0) {
                        diagnostics.error(tp + QStringLiteral("/step"),
                                          Tr::tr("each tier's step must be a multiple of the "
                                                 "previous tier's step"));
                        continue;
                    }
                }
                if (auto r = retentionField(t, "retention", tp, diagnostics))
                    tier.retention = *r;
                config.tiers.push_back(tier);
            }
        }
    }
    if (diagnostics.errorCount() != errorsBefore || !reader.ok())
        return std::nullopt;
    return config;
}

nlohmann::ordered_json HistoryConfig::schema()
{
    using J = nlohmann::ordered_json;
    const J names = {{"oneOf", J::array({{{"type", "string"}, {"minLength", 1}},
                                         {{"type", "array"},
                                          {"items", {{"type", "string"}, {"minLength", 1}}}}})}};
    const J duration = {{"$ref", "#/$defs/duration"}};
    const J longDuration = {
        {"description", "An ISO 8601 duration (P30D, P1Y, PT1M) or a number of seconds"},
        {"oneOf", J::array({{{"type", "string"}, {"pattern", "^P"}},
                            {{"type", "number"}, {"exclusiveMinimum", 0}}})}};
    J rule = {{"type", "object"},
              {"properties",
               {{"twins", names},
                {"models", names},
                {"properties", names},
                {"events", names},
                {"sampling", {{"enum", J::array({"change", "deadband", "interval"})}}},
                {"deadband", {{"type", "number"}, {"exclusiveMinimum", 0}}},
                {"interval", duration}}}};
    J tier = {{"type", "object"},
              {"required", J::array({"step"})},
              {"properties", {{"step", longDuration}, {"retention", longDuration}}}};
    return J{{"type", "object"},
             {"description", "What the twins record in a persistent history store"},
             {"properties",
              {{"location",
                {{"type", "string"},
                 {"description", "A SQLite file beside the project or a postgresql:// URL"}}},
               {"record", {{"type", "array"}, {"items", rule}}},
               {"retention", longDuration},
               {"tiers", {{"type", "array"}, {"items", tier}}},
               {"queue", {{"type", "integer"}, {"minimum", 1000}, {"maximum", 100000000}}},
               {"flushInterval", duration}}}};
}

} // namespace twinloom
