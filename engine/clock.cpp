#include "clock.h"

#include <chrono>
#include <cstdio>
#include <ctime>

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
    // Adapters format a time for every message they publish: no QDateTime, no allocation but
    // the result's.
    std::int64_t seconds = t / 1000000;
    std::int64_t micros = t % 1000000;
    if (micros < 0) {
        micros += 1000000;
        --seconds;
    }
    const std::time_t s = static_cast<std::time_t>(seconds);
    std::tm tm{};
    gmtime_r(&s, &tm);
    char buffer[40];
    const int n = std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%06lldZ",
                                tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min,
                                tm.tm_sec, static_cast<long long>(micros));
    return QByteArray(buffer, n);
}

QString toIso(Timestamp t)
{
    return QString::fromLatin1(toIsoUtf8(t));
}

} // namespace twinloom::Clock
