#include "app/studio/design/minimap.h"

#include "app/studio/design/canvasview.h"
#include "app/studio/design/edgeitem.h"
#include "app/studio/design/graphscene.h"
#include "app/studio/design/twinitem.h"

#include <QtGui/QMouseEvent>
#include <QtGui/QPainter>
#include <QtWidgets/QScrollBar>

namespace twinloom::Studio {

MiniMap::MiniMap(GraphScene *scene, CanvasView *main, QWidget *parent)
    : QWidget(parent)
    , m_scene(scene)
    , m_main(main)
{
    setMinimumSize(120, 90);
    setAttribute(Qt::WA_OpaquePaintEvent);
    // QWidget::update() coalesces: many changes in one event loop pass paint once.
    auto repaint = [this] { update(); };
    QObject::connect(scene, &QGraphicsScene::changed, this, repaint);
    QObject::connect(scene, &QGraphicsScene::selectionChanged, this, repaint);
    QObject::connect(main->horizontalScrollBar(), &QScrollBar::valueChanged, this, repaint);
    QObject::connect(main->verticalScrollBar(), &QScrollBar::valueChanged, this, repaint);
    QObject::connect(main, &CanvasView::zoomChanged, this, repaint);
}

QTransform MiniMap::sceneToWidget(const QRectF &bounds) const
{
    const QRectF area = QRectF(rect()).adjusted(4, 4, -4, -4);
    if (bounds.isEmpty() || area.isEmpty())
        return {};
    const double s = std::min(area.width() / bounds.width(), area.height() / bounds.height());
    const QPointF offset = area.center() - bounds.center() * s;
    return QTransform(s, 0, 0, s, offset.x(), offset.y());
}

QPointF MiniMap::toScene(const QPointF &widgetPos) const
{
    return sceneToWidget(m_bounds).inverted().map(widgetPos);
}

void MiniMap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette &pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    p.fillRect(rect(), pal.color(QPalette::Base));

    const QList<TwinItem *> twins = m_scene->twinItems();
    QRectF bounds;
    for (const TwinItem *t : twins)
        bounds |= QRectF(t->pos(), QSizeF(TwinItem::kWidth, t->height()));
    // The visible part belongs in the picture even where no twin is.
    const QRectF visible = m_main->mapToScene(m_main->viewport()->rect()).boundingRect();
    if (bounds.isEmpty())
        bounds = visible;
    m_bounds = bounds.adjusted(-40, -40, 40, 40);
    const QTransform t = sceneToWidget(m_bounds);
    if (t.isIdentity() && m_bounds.isEmpty())
        return;

    p.setPen(QPen(pal.color(QPalette::Mid), 0));
    for (const EdgeItem *e : m_scene->edgeItems())
        p.drawLine(t.map(e->source()->outPort()), t.map(e->target()->inPort()));

    const QColor highlight = pal.color(QPalette::Highlight);
    for (const TwinItem *item : twins) {
        const QRectF r = t.mapRect(QRectF(item->pos(), QSizeF(TwinItem::kWidth, item->height())));
        QColor fill = m_scene->nodeColor(item->node());
        if (dark)
            fill = fill.darker(160);
        const QString &state = item->live().lifecycle;
        const QColor frame = item->isSelected() ? highlight
                             : state.isEmpty()  ? pal.color(QPalette::Mid)
                                                : lifecycleColor(state);
        // As far-out cards are: the node a band across the top, the life cycle the frame.
        p.setPen(QPen(frame, item->isSelected() || !state.isEmpty() ? 2 : 1));
        p.setBrush(pal.color(QPalette::Base));
        p.drawRect(r);
        p.fillRect(QRectF(r.left(), r.top(), r.width(), std::max(2.0, r.height() * 0.35)), fill);
    }

    QColor c = highlight;
    p.setPen(QPen(c, 1));
    c.setAlphaF(0.15);
    p.setBrush(c);
    p.drawRect(t.mapRect(visible));
}

void MiniMap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_main->centerOn(toScene(event->position()));
}

void MiniMap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        m_main->centerOn(toScene(event->position()));
}

} // namespace twinloom::Studio
