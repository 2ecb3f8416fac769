#include "clock.h"

#include <chrono>

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

QString toIso(Timestamp t)
{
    const QDateTime dt = toDateTime(t);
    const auto micros = static_cast<int>(((t % 1000000) + 1000000) % 1000000);
    return dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('.') +
           QString::number(micros).rightJustified(6, QLatin1Char('0')) + QLatin1Char('Z');
}

} // namespace twinloom::Clock
