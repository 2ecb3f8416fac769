#include "app/run/historycommands.h"

#include "app/run/tr.h"
#include "engine/history/sqlhistorystore.h"

#include <QtCore/QFileInfo>
#include <QtCore/QLocale>

#include <nlohmann/json.hpp>

#include <cstdio>

namespace twinloom::HistoryCommands {

namespace {

void line(std::FILE *stream, const QByteArray &text)
{
    std::fwrite(text.constData(), 1, static_cast<std::size_t>(text.size()), stream);
    std::fputc('\n', stream);
}

int fail(const QString &message, int code)
{
    line(stderr, QByteArray("twinloom-run: ") + message.toUtf8());
    return code;
}

// A CSV field: quoted when it holds a comma, a quote or a line break.
QByteArray csvField(const QByteArray &text)
{
    if (!text.contains(',') && !text.contains('"') && !text.contains('\n') && !text.contains('\r'))
        return text;
    QByteArray quoted = text;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 15);
}

} // namespace

int query(const QueryOptions &options)
{
    constexpr int kUsage = 1;
    constexpr int kFailed = 3;
    const QStringList parts = options.target.split(QLatin1Char('/'));
    const bool event = parts.size() == 3 && parts[1] == QLatin1String("events");
    if ((parts.size() != 2 && !event) || parts.front().isEmpty() || parts.back().isEmpty())
        return fail(Run::Tr::tr("--query takes TWIN/PROPERTY or TWIN/events/EVENT"), kUsage);
    const QString &twin = parts.front();
    const QString &name = parts.back();
    const Timestamp now = Clock::now();
    auto time = [&](const QString &text, const char *option, Timestamp fallback, Timestamp *into) {
        if (text.isEmpty()) {
            *into = fallback;
            return true;
        }
        auto t = parseTimeArgument(text, now);
        if (!t) {
            fail(Run::Tr::tr("%1 takes a time: ISO 8601 (2026-12-01T10:00:00Z), seconds since "
                             "1970, now or now-PT1H")
                     .arg(QLatin1String(option)),
                 kUsage);
            return false;
        }
        *into = *t;
        return true;
    };
    Timestamp from = 0;
    Timestamp to = 0;
    if (!time(options.from, "--from", 0, &from) || !time(options.to, "--to", now + 1, &to))
        return kUsage;
    Timestamp step = 0;
    if (!options.step.isEmpty()) {
        auto s = parseRetention(nlohmann::json(options.step.toStdString()));
        if (!s || *s < 1000)
            return fail(Run::Tr::tr("--step takes a duration of 1 ms or more, such as PT1M"),
                        kUsage);
        step = *s;
        if (event)
            return fail(Run::Tr::tr("--step buckets the numbers of a property, not events"),
                        kUsage);
        if (options.from.isEmpty())
            return fail(Run::Tr::tr("--step needs --from"), kUsage);
        from -= from % step; // buckets start at whole steps since 1970, as the tiers do
    }
    QString error;
    if (!options.location.contains(QLatin1String("://")) && !QFileInfo::exists(options.location))
        return fail(Run::Tr::tr("the history store '%1' does not exist").arg(options.location),
                    kFailed);
    HistoryConfig config;
    config.tiers = HistoryConfig::defaultTiers();
    auto store = SqlHistoryStore::open(config, options.location, &error);
    if (!store)
        return fail(error, kFailed);
    try {
        std::size_t rows = 0;
        if (!options.at.isEmpty()) {
            Timestamp at = 0;
            if (!time(options.at, "--at", now, &at))
                return kUsage;
            auto sample = store->valueAt(twin, name, at).result();
            if (sample) {
                rows = 1;
                if (options.csv) {
                    line(stdout, "time,value");
                    line(stdout,
                         Clock::toIsoUtf8(sample->time) + ',' +
                             csvField(QByteArray::fromStdString(sample->value.toJson().dump())));
                } else {
                    nlohmann::ordered_json j{{"time", Clock::toIsoUtf8(sample->time).toStdString()},
                                             {"value", sample->value.toJson()}};
                    line(stdout, QByteArray::fromStdString(j.dump()));
                }
            }
        } else if (step > 0) {
            const auto buckets = store->buckets(twin, name, from, to, step).result();
            rows = buckets.size();
            if (options.csv)
                line(stdout, "time,count,min,max,mean");
            for (const HistoryBucket &b : buckets) {
                if (options.csv) {
                    line(stdout, Clock::toIsoUtf8(b.start) + ',' + QByteArray::number(b.count) +
                                     ',' + number(b.min) + ',' + number(b.max) + ',' +
                                     number(b.mean));
                } else {
                    nlohmann::ordered_json j{{"time", Clock::toIsoUtf8(b.start).toStdString()},
                                             {"count", b.count},
                                             {"min", b.min},
                                             {"max", b.max},
                                             {"mean", b.mean}};
                    line(stdout, QByteArray::fromStdString(j.dump()));
                }
            }
        } else {
            const auto samples =
                store->samples(twin, name, event, from, to, options.limit).result();
            rows = samples.size();
            if (options.csv)
                line(stdout, "time,value");
            for (const HistorySample &s : samples) {
                const std::string value =
                    s.value.toJson().dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
                if (options.csv) {
                    // Text as itself, everything else as JSON.
                    const QByteArray field = s.value.string() ? s.value.string()->toUtf8()
                                                              : QByteArray::fromStdString(value);
                    line(stdout, Clock::toIsoUtf8(s.time) + ',' + csvField(field));
                } else {
                    line(stdout, "{\"time\":\"" + Clock::toIsoUtf8(s.time) +
                                     "\",\"value\":" + QByteArray::fromStdString(value) + '}');
                }
            }
        }
        std::fflush(stdout);
        if (rows == 0)
            line(stderr, Run::Tr::tr("twinloom-run: no samples of %1 in that range")
                             .arg(options.target)
                             .toUtf8());
    } catch (const HistoryError &e) {
        return fail(e.message(), kFailed);
    }
    return 0;
}

int check(const QString &location)
{
    const SqlHistoryStore::CheckReport report = SqlHistoryStore::check(location);
    const QString shown = SqlHistoryStore::displayLocation(location);
    if (report.schemaVersion == 0 && !report.ok)
        return fail(Run::Tr::tr("%1: %2").arg(shown, report.error), 3);
    const QLocale c = QLocale::c();
    line(stdout, Run::Tr::tr("%1: %2, history schema %3")
                     .arg(shown, report.backend)
                     .arg(report.schemaVersion)
                     .toUtf8());
    if (report.bytes >= 0)
        line(stdout, Run::Tr::tr("size: %1 bytes").arg(c.toString(report.bytes)).toUtf8());
    line(stdout, Run::Tr::tr("series: %1, samples: %2, buckets of tiers: %3")
                     .arg(c.toString(report.seriesCount), c.toString(report.sampleCount),
                          c.toString(report.rollupCount))
                     .toUtf8());
    if (report.sampleCount > 0) {
        line(stdout, Run::Tr::tr("oldest sample: %1").arg(Clock::toIso(report.oldest)).toUtf8());
        line(stdout, Run::Tr::tr("newest sample: %1").arg(Clock::toIso(report.newest)).toUtf8());
        if (report.sampleCount > 0 && report.bytes > 0)
            line(stdout, Run::Tr::tr("bytes per sample: %1")
                             .arg(static_cast<double>(report.bytes) /
                                      static_cast<double>(report.sampleCount),
                                  0, 'f', 1)
                             .toUtf8());
    }
    for (const QString &problem : report.integrity)
        line(stdout, Run::Tr::tr("integrity: %1").arg(problem).toUtf8());
    if (!report.ok)
        return fail(Run::Tr::tr("%1: %2").arg(shown, report.error), 3);
    line(stdout, Run::Tr::tr("integrity: ok").toUtf8());
    return 0;
}

} // namespace twinloom::HistoryCommands
