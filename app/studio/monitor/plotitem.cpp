#include "app/studio/monitor/plotitem.h"

#include "app/studio/monitor/tilemodel.h"

#include <QtGui/QPainter>

namespace twinloom::Studio {

PlotItem::PlotItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setOpaquePainting(true);
    QObject::connect(this, &QQuickItem::widthChanged, this, [this] { update(); });
    QObject::connect(this, &QQuickItem::heightChanged, this, [this] { update(); });
}

QObject *PlotItem::tile() const
{
    return m_tile;
}

void PlotItem::setTile(QObject *tile)
{
    auto *model = qobject_cast<TileModel *>(tile);
    if (model == m_tile)
        return;
    QObject::disconnect(m_connection);
    m_tile = model;
    if (model)
        m_connection = QObject::connect(model, &TileModel::plotChanged, this, [this] { update(); });
    Q_EMIT tileChanged();
    update();
}

void PlotItem::paint(QPainter *painter)
{
    const int w = static_cast<int>(width());
    const int h = static_cast<int>(height());
    if (!m_tile || !m_tile->plot() || w < 8 || h < 8)
        return;
    m_tile->plot()->paint(painter, w, h);
}

} // namespace twinloom::Studio
