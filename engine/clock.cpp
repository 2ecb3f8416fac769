#include "engine/clock.h"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <limits>

namespace twinloom::Clock {

namespace {
struct Anchor
{
    std::int64_t wallMicros;
    std::chrono::steady_clock::time_point steady;
};

const Anchor &anchor()
{
    static const Anchor a{std::chrono::duration_cast<std::chrono::microseconds>(
                              std::chrono::system_clock::now().time_since_epoch())
                              .count(),
                          std::chrono::steady_clock::now()};
    return a;
}
} // namespace

Timestamp now()
{
    const Anchor &a = anchor();
    return a.wallMicros + std::chrono::duration_cast<std::chrono::microseconds>(
                              std::chrono::steady_clock::now() - a.steady)
                              .count();
}

Timestamp fromDateTime(const QDateTime &dateTime)
{
    return dateTime.toMSecsSinceEpoch() * 1000;
}

QDateTime toDateTime(Timestamp t)
{
    return QDateTime::fromMSecsSinceEpoch(t / 1000, Qt::UTC);
}

QByteArray toIsoUtf8(Timestamp t)
{
    char buffer[kIsoCapacity];
    return QByteArray(buffer, formatIso(t, buffer));
}

int formatIso(Timestamp t, char *buffer)
{
    // Adapters format a time for every message they publish: no QDateTime, no allocation.
    std::int64_t seconds = t / 1000000;
    std::int64_t micros = t % 1000000;
    if (micros < 0) {
        micros += 1000000;
        --seconds;
    }
    // The date and time of day change once a second: formatted then, and kept per thread.
    thread_local std::int64_t formattedSecond = std::numeric_limits<std::int64_t>::min();
    thread_local char formatted[32];
    thread_local int formattedLength = 0;
    if (seconds != formattedSecond) {
        const std::time_t s = static_cast<std::time_t>(seconds);
        std::tm tm{};
        gmtime_r(&s, &tm);
        formattedLength = std::snprintf(
            formatted, sizeof formatted, "%04d-%02d-%02dT%02d:%02d:%02d", tm.tm_year + 1900,
            tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
        formattedSecond = seconds;
    }
    std::memcpy(buffer, formatted, std::size_t(formattedLength));
    char *out = buffer + formattedLength;
    *out++ = '.';
    for (int i = 5; i >= 0; --i) {
        out[i] = char('0' + micros % 10);
        micros /= 10;
    }
    out += 6;
    *out++ = 'Z';
    return static_cast<int>(out - buffer);
}

QString toIso(Timestamp t)
{
    return QString::fromLatin1(toIsoUtf8(t));
}

} // namespace twinloom::Clock
