#pragma once

#include <QtCore/QString>

namespace twinloom::HistoryCommands {

// twinloom-run --history STORE --query TWIN/PROPERTY|TWIN/events/EVENT [--from] [--to] [--step]
// [--at] [--limit] [--csv]: samples, buckets or the value at a time, as JSON lines or CSV on
// stdout.
struct QueryOptions
{
    QString location;
    QString target;
    QString from; // default: the beginning
    QString to;   // default: now
    QString step; // buckets of this duration
    QString at;   // the value at this time
    int limit = 100'000;
    bool csv = false;
};

// Exit codes: 0 answered (also when nothing was recorded: then nothing is printed and stderr says
// so), 1 a wrong argument, 3 the store cannot be read.
int query(const QueryOptions &options);
// twinloom-run --history-check STORE: 0 when the store is sound, 3 otherwise.
int check(const QString &location);

} // namespace twinloom::HistoryCommands
