#pragma once

#include "engine/engine.h"
#include "engine/metrics.h"

namespace twinloom {

// How closely a twin follows its physical counterpart, in the spirit of the Overall Digital Twin
// Entanglement (ODTE) measure: three shares from 0 to 1 and their product.
struct Entanglement
{
    // Properties with a maximum age whose last update is within it, of all with one.
    int timelyProperties = 0;
    int limitedProperties = 0;
    // Physical events neither dropped nor failed, of those handed to the twin.
    std::uint64_t eventsLost = 0;
    std::uint64_t eventsOffered = 0;
    // Time Bound (or (Not)Synchronized) of the time running.
    Timestamp boundTime = 0;
    Timestamp runningTime = 0;

    // Whether the twin has heard from its counterpart at all: with no event, the shares below
    // say nothing (a view shows "no data", not 1.00).
    bool hasData() const { return eventsOffered > 0 || timelyProperties > 0; }
    // Each is 1 when there is nothing to measure yet (no limits, no events, not started).
    double timeliness() const;
    double reliability() const;
    double availability() const;
    double odte() const { return timeliness() * reliability() * availability(); }

    static Entanglement measure(const TwinSnapshot &snapshot, const TwinMetrics &metrics,
                                Timestamp now);
};

} // namespace twinloom
