#include "engine/entanglement.h"

#include <algorithm>

namespace twinloom {

namespace {
double share(double part, double whole)
{
    return whole > 0 ? std::clamp(part / whole, 0.0, 1.0) : 1.0;
}
} // namespace

double Entanglement::timeliness() const
{
    return share(timelyProperties, limitedProperties);
}

double Entanglement::reliability() const
{
    if (eventsLost >= eventsOffered)
        return eventsOffered == 0 && eventsLost == 0 ? 1.0 : 0.0;
    return share(double(eventsOffered - eventsLost), double(eventsOffered));
}

double Entanglement::availability() const
{
    return share(double(boundTime), double(runningTime));
}

Entanglement Entanglement::measure(const TwinSnapshot &snapshot, const TwinMetrics &metrics,
                                   Timestamp now)
{
    Entanglement e;
    for (const PropertySnapshot &p : snapshot.properties) {
        if (p.maxAge <= 0)
            continue;
        ++e.limitedProperties;
        // Never updated is not timely: the twin does not know its counterpart's value yet.
        if (p.updatedAt > 0 && now - p.updatedAt <= p.maxAge)
            ++e.timelyProperties;
    }
    e.eventsLost = metrics.eventsDropped + metrics.eventsFailed;
    e.eventsOffered = std::max(metrics.eventsOffered, e.eventsLost);
    e.boundTime = metrics.boundTime;
    e.runningTime = metrics.runningTime;
    return e;
}

} // namespace twinloom
