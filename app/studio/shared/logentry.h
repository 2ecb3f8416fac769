#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QString>

namespace twinloom::Studio {

// A line of the run log.
struct LogEntry
{
    enum class Level { Info, Warning, Error };
    QDateTime time;
    Level level = Level::Info;
    QString twinId;
    QString source; // "engine", "lifecycle", an adapter id…
    QString message;
};

} // namespace twinloom::Studio
