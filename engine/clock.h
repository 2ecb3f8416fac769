#pragma once

#include <QtCore/QByteArray>
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
QString toIso(Timestamp t);        // 2026-11-24T22:13:11.123456Z
QByteArray toIsoUtf8(Timestamp t); // the same, as bytes
// The same into `buffer` (kIsoCapacity bytes at least), no allocation; returns the length.
constexpr int kIsoCapacity = 48;
int formatIso(Timestamp t, char *buffer);
} // namespace Clock

} // namespace twinloom
