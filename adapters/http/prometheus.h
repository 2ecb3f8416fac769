#pragma once

#include "engine/metrics.h"

#include <QtCore/QByteArray>
#include <QtCore/QString>

#include <initializer_list>
#include <utility>

namespace twinloom::Prometheus {

// Writes the Prometheus text exposition format (version 0.0.4): one HELP and TYPE per metric
// family, then its samples, label values escaped.
class Writer
{
public:
    void header(const char *name, const char *help, const char *type);
    void sample(const char *name, std::initializer_list<std::pair<const char *, QString>> labels,
                double value);
    void gauge(const char *name, const char *help, double value);
    void counter(const char *name, const char *help, double value);
    // A latency histogram (ns buckets of LatencyHistogram) as a histogram in seconds with the
    // fixed bounds kBounds; each bucket's samples count at its midpoint.
    void histogram(const char *name, const char *help,
                   const std::array<std::uint64_t, LatencyHistogram::kBuckets> &buckets);

    QByteArray take() { return std::exchange(m_out, {}); }

    static constexpr double kBounds[] = {0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                         0.05,   0.1,     0.25,   0.5,   1,      2.5,   5,    10};

private:
    void number(double value);
    QByteArray m_out;
};

// process_resident_memory_bytes, process_virtual_memory_bytes, process_cpu_seconds_total,
// process_open_fds, process_max_fds, process_start_time_seconds (Prometheus's own names).
void writeProcess(Writer &w);
// twinloom_link_sessions, twinloom_link_up, twinloom_link_connects_total and
// twinloom_link_failures_total per endpoint of outgoing connections (protocol, endpoint).
void writeConnections(Writer &w);

} // namespace twinloom::Prometheus
