#include "app/studio/shared/livestate.h"

namespace twinloom::Studio {

QColor lifecycleColor(const QString &state)
{
    if (state == QLatin1String("Synchronized"))
        return QColor(0x2e, 0xa0, 0x43);
    if (state == QLatin1String("NotSynchronized"))
        return QColor(0xd4, 0x9a, 0x06);
    if (state == QLatin1String("Bound"))
        return QColor(0x1f, 0x8a, 0x9a);
    if (state == QLatin1String("Started"))
        return QColor(0x3b, 0x6e, 0xc8);
    if (state == QLatin1String("Unbound"))
        return QColor(0xe0, 0x6c, 0x1b);
    if (state == QLatin1String("Error"))
        return QColor(0xd0, 0x2b, 0x2b);
    return QColor(0x80, 0x80, 0x80); // Created, Stopped, Destroyed
}

} // namespace twinloom::Studio
