#pragma once

#include <QtCore/QPointer>
#include <QtQuick/QQuickPaintedItem>

namespace twinloom::Studio {

class TileModel;

// A QCustomPlot picture inside Qt Quick: paints the tile's PlotRenderer, at most once a frame
// and only when the plot changed.
class PlotItem : public QQuickPaintedItem
{
    Q_OBJECT
    Q_PROPERTY(QObject *tile READ tile WRITE setTile NOTIFY tileChanged)

public:
    explicit PlotItem(QQuickItem *parent = nullptr);

    QObject *tile() const;
    void setTile(QObject *tile);
    void paint(QPainter *painter) override;

Q_SIGNALS:
    void tileChanged();

private:
    QPointer<TileModel> m_tile;
    QMetaObject::Connection m_connection;
};

} // namespace twinloom::Studio
