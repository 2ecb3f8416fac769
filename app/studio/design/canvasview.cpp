#include "app/studio/design/canvasview.h"

#include "app/studio/design/graphscene.h"
#include "app/studio/design/twinitem.h"
#include "app/studio/shared/grapheditbuilder.h"
#include "app/studio/shared/tr.h"

#include <QtGui/QKeyEvent>
#include <QtGui/QPainter>
#include <QtGui/QUndoStack>
#include <QtWidgets/QScrollBar>

#include <cmath>

namespace twinloom::Studio {

CanvasView::CanvasView(GraphScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    QObject::connect(this, &CanvasView::zoomChanged, scene,
                     [scene](double zoom) { scene->setFarOut(zoom < TwinItem::kFarOut); });
}

void CanvasView::zoomBy(double factor)
{
    const double next = std::clamp(zoom() * factor, 0.05, 4.0);
    const double f = next / zoom();
    scale(f, f);
    Q_EMIT zoomChanged(zoom());
}

void CanvasView::resetZoom()
{
    setTransform(QTransform());
    Q_EMIT zoomChanged(1.0);
}

void CanvasView::fit()
{
    QRectF r = m_scene->itemsBoundingRect();
    if (r.isEmpty())
        r = QRectF(-200, -150, 400, 300);
    fitInView(r.adjusted(-40, -40, 40, 40), Qt::KeepAspectRatio);
    if (zoom() > 1.5)
        setTransform(QTransform::fromScale(1.5, 1.5));
    centerOn(r.center());
    Q_EMIT zoomChanged(zoom());
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ShiftModifier) {
        QGraphicsView::wheelEvent(event); // scroll
        return;
    }
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.15, steps));
    event->accept();
}

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (m_spaceHeld && event->button() == Qt::LeftButton)) {
        m_panning = true;
        m_panFrom = event->pos();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint d = event->pos() - m_panFrom;
        m_panFrom = event->pos();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        return;
    }
    // Arrow keys nudge the selection by one grid step; held down they make one edit.
    QPointF d;
    switch (event->key()) {
    case Qt::Key_Left:
        d = QPointF(-GraphScene::kGrid, 0);
        break;
    case Qt::Key_Right:
        d = QPointF(GraphScene::kGrid, 0);
        break;
    case Qt::Key_Up:
        d = QPointF(0, -GraphScene::kGrid);
        break;
    case Qt::Key_Down:
        d = QPointF(0, GraphScene::kGrid);
        break;
    default:
        QGraphicsView::keyPressEvent(event);
        return;
    }
    const QStringList ids = m_scene->selectedTwins();
    if (ids.isEmpty()) {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    GraphEditBuilder b(m_scene->model());
    for (const QString &id : ids) {
        if (TwinItem *item = m_scene->twinItem(id))
            b.move(id, item->pos() + d);
    }
    if (QUndoCommand *c = b.finish(Tr::tr("Move %n twin(s)", nullptr, static_cast<int>(ids.size())),
                                   GraphEditBuilder::kMoveMergeId))
        m_scene->undoStack()->push(c);
}

void CanvasView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->setCursor(Qt::ArrowCursor);
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void CanvasView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (!m_scene->items().isEmpty())
        return;
    // An empty canvas says what to do.
    painter->save();
    painter->resetTransform();
    QColor c = palette().color(QPalette::Text);
    c.setAlphaF(0.5);
    painter->setPen(c);
    painter->drawText(viewport()->rect(), Qt::AlignCenter,
                      Tr::tr("Drag a model from the palette to add a twin."));
    painter->restore();
}

} // namespace twinloom::Studio
