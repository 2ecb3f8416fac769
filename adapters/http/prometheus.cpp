#include "adapters/http/prometheus.h"

#include "adapters/linkstatus.h"

#include <QtCore/QDir>
#include <QtCore/QFile>

#include <cmath>
#include <map>
#include <sys/resource.h>
#include <unistd.h>

namespace twinloom::Prometheus {

namespace {
void escape(QByteArray &out, const QByteArray &text, bool quotes)
{
    for (char c : text) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else if (c == '"' && quotes)
            out += "\\\"";
        else
            out += c;
    }
}
} // namespace

void Writer::header(const char *name, const char *help, const char *type)
{
    m_out += "# HELP ";
    m_out += name;
    m_out += ' ';
    escape(m_out, help, false);
    m_out += "\n# TYPE ";
    m_out += name;
    m_out += ' ';
    m_out += type;
    m_out += '\n';
}

void Writer::number(double value)
{
    if (std::isnan(value))
        m_out += "NaN";
    else if (std::isinf(value))
        m_out += value > 0 ? "+Inf" : "-Inf";
    else if (value == std::floor(value) && std::fabs(value) < 1e15)
        m_out += QByteArray::number(static_cast<qint64>(value));
    else
        m_out += QByteArray::number(value, 'g', 17);
}

void Writer::sample(const char *name,
                    std::initializer_list<std::pair<const char *, QString>> labels, double value)
{
    m_out += name;
    if (labels.size()) {
        m_out += '{';
        bool first = true;
        for (const auto &[key, text] : labels) {
            if (!first)
                m_out += ',';
            first = false;
            m_out += key;
            m_out += "=\"";
            escape(m_out, text.toUtf8(), true);
            m_out += '"';
        }
        m_out += '}';
    }
    m_out += ' ';
    number(value);
    m_out += '\n';
}

void Writer::gauge(const char *name, const char *help, double value)
{
    header(name, help, "gauge");
    sample(name, {}, value);
}

void Writer::counter(const char *name, const char *help, double value)
{
    header(name, help, "counter");
    sample(name, {}, value);
}

void Writer::histogram(const char *name, const char *help,
                       const std::array<std::uint64_t, LatencyHistogram::kBuckets> &buckets)
{
    header(name, help, "histogram");
    constexpr std::size_t n = std::size(kBounds);
    std::array<std::uint64_t, n> counts{};
    std::uint64_t total = 0;
    double sum = 0;
    for (int b = 0; b < LatencyHistogram::kBuckets; ++b) {
        const std::uint64_t c = buckets[static_cast<std::size_t>(b)];
        if (!c)
            continue;
        const double seconds = static_cast<double>(LatencyHistogram::bucketMidpoint(b)) / 1e9;
        total += c;
        sum += seconds * static_cast<double>(c);
        for (std::size_t i = 0; i < n; ++i) {
            if (seconds <= kBounds[i]) {
                counts[i] += c;
                break;
            }
        }
    }
    const QByteArray bucket = QByteArray(name) + "_bucket";
    std::uint64_t cumulative = 0;
    for (std::size_t i = 0; i < n; ++i) {
        cumulative += counts[i];
        sample(bucket.constData(), {{"le", QString::number(kBounds[i], 'g', 6)}},
               static_cast<double>(cumulative));
    }
    sample(bucket.constData(), {{"le", QStringLiteral("+Inf")}}, static_cast<double>(total));
    const QByteArray sumName = QByteArray(name) + "_sum";
    const QByteArray countName = QByteArray(name) + "_count";
    sample(sumName.constData(), {}, sum);
    sample(countName.constData(), {}, static_cast<double>(total));
}

void writeProcess(Writer &w)
{
    const double pageSize = static_cast<double>(sysconf(_SC_PAGESIZE));
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (statm.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> fields = statm.readAll().split(' ');
        if (fields.size() >= 2) {
            w.gauge("process_virtual_memory_bytes", "Virtual memory size in bytes.",
                    fields[0].toDouble() * pageSize);
            w.gauge("process_resident_memory_bytes", "Resident memory size in bytes.",
                    fields[1].toDouble() * pageSize);
        }
    }
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) == 0) {
        const double cpu =
            static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
            static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
        w.counter("process_cpu_seconds_total", "Total user and system CPU time spent in seconds.",
                  cpu);
    }
    w.gauge(
        "process_open_fds", "Number of open file descriptors.",
        static_cast<double>(QDir(QStringLiteral("/proc/self/fd"))
                                .entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System)
                                .size()));
    rlimit nofile{};
    if (getrlimit(RLIMIT_NOFILE, &nofile) == 0)
        w.gauge("process_max_fds", "Maximum number of open file descriptors.",
                static_cast<double>(nofile.rlim_cur));
    // The start time: boot time plus the process's start in clock ticks since boot.
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile procStat(QStringLiteral("/proc/stat"));
    if (stat.open(QIODevice::ReadOnly) && procStat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        const QList<QByteArray> after = line.mid(line.lastIndexOf(')') + 2).split(' ');
        double bootTime = 0;
        for (const QByteArray &l : procStat.readAll().split('\n')) {
            if (l.startsWith("btime "))
                bootTime = l.mid(6).trimmed().toDouble();
        }
        // Field 22 of stat is starttime; `after` begins at field 3.
        if (after.size() > 19 && bootTime > 0)
            w.gauge("process_start_time_seconds",
                    "Start time of the process since unix epoch in seconds.",
                    bootTime + after[19].toDouble() / static_cast<double>(sysconf(_SC_CLK_TCK)));
    }
}

void writeConnections(Writer &w)
{
    // Sessions to the same endpoint (one per worker thread) make one series.
    struct Total
    {
        int sessions = 0;
        int up = 0;
        std::uint64_t connects = 0;
        std::uint64_t failures = 0;
    };
    std::map<std::pair<QString, QString>, Total> totals;
    for (const auto &l : LinkStatus::all()) {
        Total &t = totals[{l.protocol, l.endpoint}];
        ++t.sessions;
        t.up += l.connected ? 1 : 0;
        t.connects += l.connects;
        t.failures += l.failures;
    }
    w.header("twinloom_link_sessions", "Outgoing connections (MQTT sessions…) per endpoint.",
             "gauge");
    for (const auto &[key, t] : totals)
        w.sample("twinloom_link_sessions", {{"protocol", key.first}, {"endpoint", key.second}},
                 t.sessions);
    w.header("twinloom_link_up", "Outgoing connections per endpoint that are up.", "gauge");
    for (const auto &[key, t] : totals)
        w.sample("twinloom_link_up", {{"protocol", key.first}, {"endpoint", key.second}}, t.up);
    w.header("twinloom_link_connects_total",
             "Connections made; more than the sessions means reconnections.", "counter");
    for (const auto &[key, t] : totals)
        w.sample("twinloom_link_connects_total",
                 {{"protocol", key.first}, {"endpoint", key.second}},
                 static_cast<double>(t.connects));
    w.header("twinloom_link_failures_total",
             "Connection attempts that failed and connections lost.", "counter");
    for (const auto &[key, t] : totals)
        w.sample("twinloom_link_failures_total",
                 {{"protocol", key.first}, {"endpoint", key.second}},
                 static_cast<double>(t.failures));
}

} // namespace twinloom::Prometheus
