// What the benchmarks read from the machine: percentiles, CPU time of processes and threads,
// resident memory, open descriptors and TCP connections, all from /proc.
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QSet>
#include <QtCore/QStandardPaths>
#include <QtCore/QString>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <unistd.h>
#include <vector>

namespace Bench {

// Node-RED, which the benchmarks compare with: `given`, else the one scripts/setup-bench put in
// build/npm-bench, else one on the PATH; empty when there is none.
inline QString findNodeRed(const QString &given)
{
    if (!given.isEmpty())
        return QFileInfo(given).isExecutable() ? given : QString();
    const QString local = QCoreApplication::applicationDirPath() +
                          QStringLiteral("/../../npm-bench/node_modules/.bin/node-red");
    if (QFileInfo(local).isExecutable())
        return QFileInfo(local).absoluteFilePath();
    return QStandardPaths::findExecutable(QStringLiteral("node-red"));
}

inline double percentile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(q * static_cast<double>(v.size() - 1))];
}

inline double ticksToSeconds(double ticks)
{
    return ticks / static_cast<double>(sysconf(_SC_CLK_TCK));
}

// utime + stime, in clock ticks, of a /proc/…/stat line.
inline double statTicks(const QByteArray &line)
{
    // Fields after the parenthesised name: state is field 3, utime 14, stime 15.
    const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return f.size() > 12 ? f[11].toDouble() + f[12].toDouble() : 0;
}

inline QString procPath(qint64 pid, const QString &leaf)
{
    return pid > 0 ? QStringLiteral("/proc/%1/%2").arg(pid).arg(leaf)
                   : QStringLiteral("/proc/self/") + leaf;
}

// CPU seconds of a process (0 = this one).
inline double processCpuSeconds(qint64 pid = 0)
{
    QFile stat(procPath(pid, QStringLiteral("stat")));
    return stat.open(QIODevice::ReadOnly) ? ticksToSeconds(statTicks(stat.readAll())) : 0;
}

// CPU seconds of this process's threads whose name starts with `prefix` (the engine's workers).
inline double threadCpuSeconds(const QByteArray &prefix)
{
    double ticks = 0;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        QFile stat(tasks.filePath(tid + QStringLiteral("/stat")));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().startsWith(prefix) &&
            stat.open(QIODevice::ReadOnly))
            ticks += statTicks(stat.readAll());
    }
    return ticksToSeconds(ticks);
}

// Resident memory of a process (0 = this one), MiB.
inline double residentMiB(qint64 pid = 0)
{
    QFile f(procPath(pid, QStringLiteral("statm")));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return f.readAll().split(' ').value(1).toDouble() * static_cast<double>(sysconf(_SC_PAGESIZE)) /
           1048576.0;
}

inline int openDescriptors(qint64 pid = 0)
{
    return static_cast<int>(QDir(procPath(pid, QStringLiteral("fd")))
                                .entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)
                                .size());
}

// Established TCP connections of a process (0 = this one) to `port` on loopback.
inline int connectionsTo(quint16 port, qint64 pid = 0)
{
    QSet<QByteArray> inodes;
    const QDir fds(procPath(pid, QStringLiteral("fd")));
    for (const QFileInfo &fd :
         fds.entryInfoList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = fd.symLinkTarget();
        if (target.contains(QLatin1String("socket:[")))
            inodes.insert(target.section(QLatin1Char('['), 1).chopped(1).toLatin1());
    }
    int count = 0;
    for (const char *table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        QFile f(QString::fromLatin1(table));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray wanted =
            ':' + QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
        for (const QByteArray &line : f.readAll().split('\n')) {
            const QList<QByteArray> c = line.simplified().split(' ');
            // sl local remote state … inode (column 9)
            if (c.size() > 9 && c[3] == "01" && c[2].endsWith(wanted) && inodes.contains(c[9]))
                ++count;
        }
    }
    return count;
}

// A model of 10 double properties p0…p9, "dtmi:bench:Sensor;1", as the engine benchmarks use.
inline nlohmann::json sensorModel()
{
    nlohmann::json contents = nlohmann::json::array();
    for (int i = 0; i < 10; ++i)
        contents.push_back(
            {{"@type", "Property"}, {"name", "p" + std::to_string(i)}, {"schema", "double"}});
    return {{"@id", "dtmi:bench:Sensor;1"}, {"contents", contents}};
}

// The load average of the last minute, as the benchmarks report it beside their figures.
inline double loadAverage()
{
    double load[1] = {0};
    return getloadavg(load, 1) == 1 ? load[0] : -1;
}

} // namespace Bench
