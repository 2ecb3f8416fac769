#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QString>

#include <cstdint>

namespace twinloom {

// Microseconds since the Unix epoch (UTC). Engine timestamps come from a steady clock anchored to
// the wall clock once, so they never run backwards and differences between them are latencies.
using Timestamp = std::int64_t;

namespace Clock {
Timestamp now();
Timestamp fromDateTime(const QDateTime &dateTime);
QDateTime toDateTime(Timestamp t);
QString toIso(Timestamp t);
} // namespace Clock

} // namespace twinloom
