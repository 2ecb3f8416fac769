#pragma once

#include "engine/clock.h"

#include <QtCore/QString>
#include <QtCore/QStringList>

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
#include <variant>
#include <vector>

namespace twinloom {

class Value;

struct Date
{
    std::int64_t julianDay = 0; // as QDate::toJulianDay()
    friend bool operator==(const Date &, const Date &) = default;
};

struct Time
{
    std::int64_t micros = 0; // since midnight
    friend bool operator==(const Time &, const Time &) = default;
};

struct DateTime
{
    Timestamp micros = 0; // since the Unix epoch, UTC
    friend bool operator==(const DateTime &, const DateTime &) = default;
};

// ISO 8601 duration. Months (and years) have no fixed length, so they are kept apart from the
// exact part.
struct Duration
{
    std::int32_t months = 0;
    std::int64_t micros = 0;
    friend bool operator==(const Duration &, const Duration &) = default;
};

using ValueArray = std::vector<Value>;
using ValueObject = std::vector<std::pair<QString, Value>>; // ordered; keys unique

// A typed, immutable value of a twin property, event payload or action argument. Scalars are held
// inline; arrays and objects are shared, so copying any value never deep-copies.
class Value
{
public:
    enum class Type : std::uint8_t {
        Null,
        Bool,
        Int,
        Double,
        String,
        Date,
        Time,
        DateTime,
        Duration,
        Array,
        Object
    };

    Value() = default;
    Value(std::nullptr_t) {}
    Value(bool b)
        : m_data(b)
    {}
    Value(int i)
        : m_data(std::int64_t{i})
    {}
    Value(std::int64_t i)
        : m_data(i)
    {}
    Value(double d)
        : m_data(d)
    {}
    Value(QString s)
        : m_data(std::move(s))
    {}
    Value(const char *) = delete; // say QStringLiteral(...)
    Value(Date d)
        : m_data(d)
    {}
    Value(Time t)
        : m_data(t)
    {}
    Value(DateTime t)
        : m_data(t)
    {}
    Value(Duration d)
        : m_data(d)
    {}
    Value(ValueArray a)
        : m_data(std::make_shared<const ValueArray>(std::move(a)))
    {}
    Value(ValueObject o)
        : m_data(std::make_shared<const ValueObject>(std::move(o)))
    {}

    Type type() const { return static_cast<Type>(m_data.index()); }
    bool isNull() const { return type() == Type::Null; }
    bool isNumber() const { return type() == Type::Int || type() == Type::Double; }

    bool toBool() const;
    std::int64_t toInt() const; // doubles are truncated
    double toDouble() const;    // ints are converted; anything else is 0
    std::optional<double> number() const;
    QString toString() const; // a display form: numbers, ISO 8601 dates, JSON for composites

    const QString *string() const { return std::get_if<QString>(&m_data); }
    const Date *date() const { return std::get_if<Date>(&m_data); }
    const Time *time() const { return std::get_if<Time>(&m_data); }
    const DateTime *dateTime() const { return std::get_if<DateTime>(&m_data); }
    const Duration *duration() const { return std::get_if<Duration>(&m_data); }
    const ValueArray *array() const;
    const ValueObject *object() const;

    // Field of an object, or nullptr.
    const Value *field(QStringView name) const;
    // Element reached by a JSON pointer (RFC 6901) into arrays and objects; nullptr if absent.
    const Value *at(const QStringList &pointerTokens) const;

    // Untyped conversion: JSON numbers that are integral become Int, strings stay strings.
    static Value fromJson(const nlohmann::json &json);
    nlohmann::json toJson() const;

    friend bool operator==(const Value &a, const Value &b);
    friend bool operator!=(const Value &a, const Value &b) { return !(a == b); }

private:
    std::variant<std::monostate, bool, std::int64_t, double, QString, Date, Time, DateTime,
                 Duration, std::shared_ptr<const ValueArray>, std::shared_ptr<const ValueObject>>
        m_data;
};

QString valueTypeName(Value::Type type);

// ISO 8601 forms used by DTDL and JSON.
QString formatDate(Date d);
QString formatTime(Time t);
QString formatDuration(Duration d);
std::optional<Date> parseDate(QStringView text);
std::optional<Time> parseTime(QStringView text);
std::optional<DateTime> parseDateTime(QStringView text);
std::optional<Duration> parseDuration(QStringView text);

// RFC 6901: "" is the whole document; "/a/0" is field a, element 0. Returns nullopt if malformed.
std::optional<QStringList> parseJsonPointer(QStringView pointer);

} // namespace twinloom
