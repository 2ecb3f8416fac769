#include "engine/value.h"

#include <QtCore/QDate>
#include <QtCore/QRegularExpression>
#include <QtCore/QTime>

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>

namespace twinloom {

namespace {
template<class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

constexpr std::int64_t kMicrosPerSecond = 1000000;
constexpr std::int64_t kMicrosPerDay = 86400 * kMicrosPerSecond;
} // namespace

const ValueArray *Value::array() const
{
    const auto *p = std::get_if<std::shared_ptr<const ValueArray>>(&m_data);
    return p ? p->get() : nullptr;
}

const ValueObject *Value::object() const
{
    const auto *p = std::get_if<std::shared_ptr<const ValueObject>>(&m_data);
    return p ? p->get() : nullptr;
}

bool Value::toBool() const
{
    switch (type()) {
    case Type::Bool:
        return std::get<bool>(m_data);
    case Type::Int:
        return std::get<std::int64_t>(m_data) != 0;
    case Type::Double:
        return std::get<double>(m_data) != 0.0;
    default:
        return false;
    }
}

std::int64_t Value::toInt() const
{
    switch (type()) {
    case Type::Bool:
        return std::get<bool>(m_data) ? 1 : 0;
    case Type::Int:
        return std::get<std::int64_t>(m_data);
    case Type::Double: {
        const double d = std::get<double>(m_data);
        if (!std::isfinite(d))
            return 0;
        if (d >= 9.2e18)
            return INT64_MAX;
        if (d <= -9.2e18)
            return INT64_MIN;
        return static_cast<std::int64_t>(d);
    }
    default:
        return 0;
    }
}

double Value::toDouble() const
{
    switch (type()) {
    case Type::Bool:
        return std::get<bool>(m_data) ? 1.0 : 0.0;
    case Type::Int:
        return static_cast<double>(std::get<std::int64_t>(m_data));
    case Type::Double:
        return std::get<double>(m_data);
    default:
        return 0.0;
    }
}

std::optional<double> Value::number() const
{
    if (type() == Type::Int)
        return static_cast<double>(std::get<std::int64_t>(m_data));
    if (type() == Type::Double)
        return std::get<double>(m_data);
    return std::nullopt;
}

QString Value::toString() const
{
    return std::visit(
        Overloaded{
            [](std::monostate) { return QString(); },
            [](bool b) { return b ? QStringLiteral("true") : QStringLiteral("false"); },
            [](std::int64_t i) { return QString::number(i); },
            [](double d) { return QString::number(d, 'g', 15); },
            [](const QString &s) { return s; },
            [](Date d) { return formatDate(d); },
            [](Time t) { return formatTime(t); },
            [](DateTime t) { return Clock::toIso(t.micros); },
            [](Duration d) { return formatDuration(d); },
            [this](const std::shared_ptr<const ValueArray> &) {
                return QString::fromStdString(toJson().dump());
            },
            [this](const std::shared_ptr<const ValueObject> &) {
                return QString::fromStdString(toJson().dump());
            },
        },
        m_data);
}

const Value *Value::field(QStringView name) const
{
    const ValueObject *o = object();
    if (!o)
        return nullptr;
    for (const auto &[key, value] : *o) {
        if (key == name)
            return &value;
    }
    return nullptr;
}

const Value *Value::at(const QStringList &pointerTokens) const
{
    const Value *current = this;
    for (const QString &token : pointerTokens) {
        if (const ValueArray *a = current->array()) {
            bool ok = false;
            const qsizetype index = token.toLongLong(&ok);
            if (!ok || index < 0 || index >= static_cast<qsizetype>(a->size()) ||
                (token.size() > 1 && token.startsWith(QLatin1Char('0'))))
                return nullptr;
            current = &(*a)[static_cast<std::size_t>(index)];
        } else if (current->object()) {
            current = current->field(token);
            if (!current)
                return nullptr;
        } else {
            return nullptr;
        }
    }
    return current;
}

Value Value::fromJson(const nlohmann::json &json)
{
    switch (json.type()) {
    case nlohmann::json::value_t::null:
    case nlohmann::json::value_t::discarded:
    case nlohmann::json::value_t::binary:
        return {};
    case nlohmann::json::value_t::boolean:
        return json.get<bool>();
    case nlohmann::json::value_t::number_integer:
        return json.get<std::int64_t>();
    case nlohmann::json::value_t::number_unsigned: {
        const auto u = json.get<std::uint64_t>();
        if (u > static_cast<std::uint64_t>(INT64_MAX))
            return static_cast<double>(u);
        return static_cast<std::int64_t>(u);
    }
    case nlohmann::json::value_t::number_float:
        return json.get<double>();
    case nlohmann::json::value_t::string:
        return QString::fromStdString(json.get_ref<const std::string &>());
    case nlohmann::json::value_t::array: {
        ValueArray a;
        a.reserve(json.size());
        for (const auto &e : json)
            a.push_back(fromJson(e));
        return a;
    }
    case nlohmann::json::value_t::object: {
        ValueObject o;
        o.reserve(json.size());
        for (auto it = json.begin(); it != json.end(); ++it)
            o.emplace_back(QString::fromStdString(it.key()), fromJson(it.value()));
        return o;
    }
    }
    return {};
}

nlohmann::json Value::toJson() const
{
    return std::visit(
        Overloaded{
            [](std::monostate) { return nlohmann::json(); },
            [](bool b) { return nlohmann::json(b); },
            [](std::int64_t i) { return nlohmann::json(i); },
            [](double d) {
                // JSON has no NaN or infinity.
                return std::isfinite(d) ? nlohmann::json(d) : nlohmann::json();
            },
            [](const QString &s) { return nlohmann::json(s.toStdString()); },
            [](Date d) { return nlohmann::json(formatDate(d).toStdString()); },
            [](Time t) { return nlohmann::json(formatTime(t).toStdString()); },
            [](DateTime t) { return nlohmann::json(Clock::toIso(t.micros).toStdString()); },
            [](Duration d) { return nlohmann::json(formatDuration(d).toStdString()); },
            [](const std::shared_ptr<const ValueArray> &a) {
                nlohmann::json j = nlohmann::json::array();
                for (const Value &v : *a)
                    j.push_back(v.toJson());
                return j;
            },
            [](const std::shared_ptr<const ValueObject> &o) {
                nlohmann::json j = nlohmann::json::object();
                for (const auto &[k, v] : *o)
                    j[k.toStdString()] = v.toJson();
                return j;
            },
        },
        m_data);
}

bool operator==(const Value &a, const Value &b)
{
    if (a.type() != b.type())
        return false;
    if (const ValueArray *x = a.array())
        return *x == *b.array();
    if (const ValueObject *x = a.object())
        return *x == *b.object();
    return a.m_data == b.m_data;
}

QString valueTypeName(Value::Type type)
{
    switch (type) {
    case Value::Type::Null:
        return QStringLiteral("null");
    case Value::Type::Bool:
        return QStringLiteral("boolean");
    case Value::Type::Int:
        return QStringLiteral("integer");
    case Value::Type::Double:
        return QStringLiteral("double");
    case Value::Type::String:
        return QStringLiteral("string");
    case Value::Type::Date:
        return QStringLiteral("date");
    case Value::Type::Time:
        return QStringLiteral("time");
    case Value::Type::DateTime:
        return QStringLiteral("dateTime");
    case Value::Type::Duration:
        return QStringLiteral("duration");
    case Value::Type::Array:
        return QStringLiteral("array");
    case Value::Type::Object:
        return QStringLiteral("object");
    }
    return {};
}

QString formatDate(Date d)
{
    return QDate::fromJulianDay(d.julianDay).toString(Qt::ISODate);
}

QString formatTime(Time t)
{
    const std::int64_t secs = t.micros / kMicrosPerSecond;
    const std::int64_t frac = t.micros % kMicrosPerSecond;
    QString s = QStringLiteral("%1:%2:%3")
                    .arg(secs / 3600, 2, 10, QLatin1Char('0'))
                    .arg((secs / 60) % 60, 2, 10, QLatin1Char('0'))
                    .arg(secs % 60, 2, 10, QLatin1Char('0'));
    if (frac != 0) {
        QString f = QString::number(frac).rightJustified(6, QLatin1Char('0'));
        while (f.endsWith(QLatin1Char('0')))
            f.chop(1);
        s += QLatin1Char('.') + f;
    }
    return s;
}

QString formatDuration(Duration d)
{
    QString s = QStringLiteral("P");
    const bool negative = d.months < 0 || (d.months == 0 && d.micros < 0);
    if (negative) {
        s = QStringLiteral("-P");
        d.months = -d.months;
        d.micros = -d.micros;
    }
    if (d.months / 12)
        s += QString::number(d.months / 12) + QLatin1Char('Y');
    if (d.months % 12)
        s += QString::number(d.months % 12) + QLatin1Char('M');
    std::int64_t rest = d.micros;
    if (rest / kMicrosPerDay)
        s += QString::number(rest / kMicrosPerDay) + QLatin1Char('D');
    rest %= kMicrosPerDay;
    if (rest != 0 || (d.months == 0 && d.micros == 0)) {
        s += QLatin1Char('T');
        const std::int64_t hours = rest / (3600 * kMicrosPerSecond);
        rest %= 3600 * kMicrosPerSecond;
        const std::int64_t minutes = rest / (60 * kMicrosPerSecond);
        rest %= 60 * kMicrosPerSecond;
        if (hours)
            s += QString::number(hours) + QLatin1Char('H');
        if (minutes)
            s += QString::number(minutes) + QLatin1Char('M');
        if (rest || (hours == 0 && minutes == 0)) {
            if (rest % kMicrosPerSecond == 0)
                s += QString::number(rest / kMicrosPerSecond);
            else
                s += QString::number(static_cast<double>(rest) / kMicrosPerSecond, 'f', 6)
                         .remove(QRegularExpression(QStringLiteral("0+$")));
            s += QLatin1Char('S');
        }
    }
    return s;
}

std::optional<Date> parseDate(QStringView text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const auto m = re.match(text.toString());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate d(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    if (!d.isValid())
        return std::nullopt;
    return Date{d.toJulianDay()};
}

std::optional<Time> parseTime(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?(Z|[+-]\\d{2}:\\d{2})?$"));
    const auto m = re.match(text.toString());
    if (!m.hasMatch())
        return std::nullopt;
    const int h = m.capturedView(1).toInt();
    const int mi = m.capturedView(2).toInt();
    const int s = m.capturedView(3).toInt();
    if (h > 23 || mi > 59 || s > 60)
        return std::nullopt;
    std::int64_t micros = (std::int64_t{h} * 3600 + mi * 60 + std::min(s, 59)) * kMicrosPerSecond;
    if (m.hasCaptured(4)) {
        QString frac = m.captured(4).left(6);
        micros += frac.rightJustified(0, QLatin1Char('0'))
                      .leftJustified(6, QLatin1Char('0'))
                      .toLongLong();
    }
    return Time{micros};
}

std::optional<DateTime> parseDateTime(QStringView text)
{
    QDateTime dt = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    // RFC 3339 requires a zone; a bare local time is ambiguous for a twin fed from elsewhere.
    if (dt.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    Timestamp micros = dt.toMSecsSinceEpoch() * 1000;
    static const QRegularExpression frac(QStringLiteral("\\.(\\d{4,9})"));
    const auto m = frac.match(text.toString());
    if (m.hasMatch()) {
        const QString digits = m.captured(1).left(6).leftJustified(6, QLatin1Char('0'));
        micros += digits.right(3).toLongLong();
    }
    return DateTime{micros};
}

std::optional<Duration> parseDuration(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral("^(-)?P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?"
                       "(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?$"));
    const auto m = re.match(text.toString());
    if (!m.hasMatch() || text.endsWith(QLatin1Char('T')) || text == QLatin1String("P") ||
        text == QLatin1String("-P"))
        return std::nullopt;
    // In floating point first: "P99999999999999D" is refused, not wrapped around.
    bool ok = true;
    const auto part = [&m, &ok](int i) -> long double {
        if (!m.hasCaptured(i))
            return 0;
        bool read = false;
        const double v = m.capturedView(i).toDouble(&read);
        ok = ok && read && std::isfinite(v);
        return v;
    };
    const long double months = part(2) * 12 + part(3);
    const long double micros = (part(4) * 7 + part(5)) * static_cast<long double>(kMicrosPerDay) +
                               part(6) * 3600.0L * kMicrosPerSecond +
                               part(7) * 60.0L * kMicrosPerSecond +
                               part(8) * static_cast<long double>(kMicrosPerSecond);
    if (!ok || months > std::numeric_limits<std::int32_t>::max() ||
        micros > static_cast<long double>(std::numeric_limits<std::int64_t>::max() / 2))
        return std::nullopt;
    Duration d;
    d.months = static_cast<std::int32_t>(months);
    d.micros = static_cast<std::int64_t>(std::llroundl(micros));
    if (m.hasCaptured(1)) {
        d.months = -d.months;
        d.micros = -d.micros;
    }
    return d;
}

std::optional<QStringList> parseJsonPointer(QStringView pointer)
{
    QStringList tokens;
    if (pointer.isEmpty())
        return tokens;
    if (pointer.front() != QLatin1Char('/'))
        return std::nullopt;
    const auto parts = pointer.mid(1).split(QLatin1Char('/'));
    for (QStringView part : parts) {
        QString token;
        token.reserve(part.size());
        for (qsizetype i = 0; i < part.size(); ++i) {
            if (part[i] != QLatin1Char('~')) {
                token += part[i];
                continue;
            }
            if (i + 1 >= part.size())
                return std::nullopt;
            const QChar next = part[++i];
            if (next == QLatin1Char('0'))
                token += QLatin1Char('~');
            else if (next == QLatin1Char('1'))
                token += QLatin1Char('/');
            else
                return std::nullopt;
        }
        tokens << token;
    }
    return tokens;
}

} // namespace twinloom
