#include "app/studio/design/minimap.h"

#include "app/studio/design/canvasview.h"
#include "app/studio/design/graphscene.h"

#include <QtGui/QMouseEvent>
#include <QtGui/QPainter>
#include <QtWidgets/QScrollBar>

namespace twinloom::Studio {

MiniMap::MiniMap(GraphScene *scene, CanvasView *main, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_main(main)
{
    setInteractive(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setRenderHints({});
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setMinimumSize(120, 90);
    QObject::connect(scene, &QGraphicsScene::sceneRectChanged, this, [this] { refit(); });
    QObject::connect(scene, &QGraphicsScene::changed, viewport(), [this] { viewport()->update(); });
    auto follow = [this] { viewport()->update(); };
    QObject::connect(main->horizontalScrollBar(), &QScrollBar::valueChanged, this, follow);
    QObject::connect(main->verticalScrollBar(), &QScrollBar::valueChanged, this, follow);
    QObject::connect(main, &CanvasView::zoomChanged, this, follow);
}

void MiniMap::refit()
{
    const QRectF r = scene()->itemsBoundingRect().adjusted(-40, -40, 40, 40);
    if (!r.isEmpty())
        fitInView(r, Qt::KeepAspectRatio);
}

void MiniMap::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    refit();
}

void MiniMap::drawForeground(QPainter *painter, const QRectF &)
{
    const QRectF visible = m_main->mapToScene(m_main->viewport()->rect()).boundingRect();
    QColor c = palette().color(QPalette::Highlight);
    painter->setPen(QPen(c, 0));
    c.setAlphaF(0.15);
    painter->setBrush(c);
    painter->drawRect(visible);
}

void MiniMap::mousePressEvent(QMouseEvent *event)
{
    m_main->centerOn(mapToScene(event->pos()));
}

void MiniMap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        m_main->centerOn(mapToScene(event->pos()));
}

} // namespace twinloom::Studio
