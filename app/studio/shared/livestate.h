#pragma once

#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QString>
#include <QtGui/QColor>

namespace twinloom::Studio {

// What the studio shows of a running twin: on the canvas, in the Monitor's tables.
struct LiveState
{
    QString lifecycle;                     // empty: not running
    QList<QPair<QString, QString>> values; // key property → formatted value
    // What keeps the twin from following its device (a broker that cannot be reached, an
    // adapter that failed, no physical adapter at all); empty while all is well.
    QString health;
};

// The colour of a lifecycle state on the canvas and in lists.
QColor lifecycleColor(const QString &state);

} // namespace twinloom::Studio
