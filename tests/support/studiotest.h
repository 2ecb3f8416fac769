#pragma once

// Small helpers shared by the tests of the desktop app.

#include "adapters/builtinadapters.h"
#include "app/studio/monitor/monitorview.h"
#include "app/studio/shared/mainwindow.h"
#include "engine/adapter.h"
#include "engine/script/scriptstep.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QSet>
#include <QtCore/QTemporaryDir>
#include <QtGui/QImage>
#include <QtQuick/QQuickItem>
#include <QtTest/QTest>

namespace twinloom::Test {

// Keeps the settings and data of the run in `dir` and registers the adapters and script steps.
inline void setUpStudio(const QTemporaryDir &dir, const QString &application)
{
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("TwinloomTests"));
    QCoreApplication::setApplicationName(application);
    registerBuiltinAdapters(AdapterRegistry::global());
    registerScriptStep();
}

// Distinct colours of an image, coarsely: a blank or one-colour picture has very few.
inline int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    const QImage small = image.scaled(200, 120, Qt::IgnoreAspectRatio, Qt::FastTransformation);
    for (int y = 0; y < small.height(); ++y)
        for (int x = 0; x < small.width(); ++x)
            colours.insert(small.pixel(x, y) & 0xf0f0f0);
    return static_cast<int>(colours.size());
}

// Shows `w` at a user's window size (or `size`) and opens project `path` in it.
inline bool openShown(Studio::MainWindow &w, const QString &path, QSize size = {1300, 850})
{
    w.resize(size);
    w.show();
    QString error;
    if (!QTest::qWaitForWindowExposed(&w) || !w.openFile(path, &error)) {
        qWarning("cannot open %s: %s", qPrintable(path), qPrintable(error));
        return false;
    }
    return true;
}

// Opens project `path` in `w` and shows the Monitor's dashboard of `twin`.
inline bool openInMonitor(Studio::MainWindow &w, const QString &path, const QString &twin)
{
    QString error;
    if (!w.openFile(path, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    w.setMode(Studio::MainWindow::Mode::Monitor);
    return w.monitor()->controller()->showTwin(twin);
}

// The frame of a Monitor tile in a Qt Quick scene: the item that shows `tile` and can edit.
inline QQuickItem *findTileFrame(QQuickItem *item, const QObject *tile)
{
    if (!item)
        return nullptr;
    if (item->property("tile").value<QObject *>() == tile && item->property("editing").isValid())
        return item;
    for (QQuickItem *child : item->childItems())
        if (QQuickItem *found = findTileFrame(child, tile))
            return found;
    return nullptr;
}

// The item named `name` (its objectName) in a Qt Quick scene.
inline QQuickItem *findNamed(QQuickItem *item, const QString &name)
{
    if (!item)
        return nullptr;
    if (item->objectName() == name)
        return item;
    for (QQuickItem *child : item->childItems())
        if (QQuickItem *found = findNamed(child, name))
            return found;
    return nullptr;
}

} // namespace twinloom::Test
