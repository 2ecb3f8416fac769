#pragma once

#include "app/studio/shared/graphmodel.h"

#include <QtWidgets/QGraphicsPathItem>

namespace twinloom::Studio {

class TwinItem;

// A wire: a relationship (solid) or a twin link (dashed), from its source to its target, with
// its name.
class EdgeItem : public QGraphicsPathItem
{
public:
    EdgeItem(GraphEdge edge, TwinItem *source, TwinItem *target);
    const GraphEdge &edge() const { return m_edge; }
    TwinItem *source() const { return m_source; }
    TwinItem *target() const { return m_target; }
    void updatePath();
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    QRectF boundingRect() const override;
    QPainterPath shape() const override;

private:
    GraphEdge m_edge;
    TwinItem *m_source;
    TwinItem *m_target;
    QPointF m_labelAt;
    QPolygonF m_polyline; // the curve flattened, for the fast way of drawing it
    QRectF m_bounds;
};

} // namespace twinloom::Studio
