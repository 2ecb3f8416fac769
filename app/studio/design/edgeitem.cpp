#include "app/studio/design/edgeitem.h"

#include "app/studio/design/twinitem.h"
#include "app/studio/shared/tr.h"

#include <QtGui/QPainter>
#include <QtWidgets/QApplication>
#include <QtWidgets/QStyleOptionGraphicsItem>

#include <cmath>

namespace twinloom::Studio {

EdgeItem::EdgeItem(GraphEdge edge, TwinItem *source, TwinItem *target)
    : m_edge(std::move(edge))
    , m_source(source)
    , m_target(target)
{
    setZValue(0);
    setFlag(ItemIsSelectable);
    updatePath();
}

void EdgeItem::updatePath()
{
    const QPointF a = m_source->outPort();
    const QPointF b = m_target->inPort();
    QPainterPath path(a);
    const double dy = std::max(40.0, std::abs(b.y() - a.y()) * 0.5);
    path.cubicTo(a + QPointF(0, dy), b - QPointF(0, dy), b);
    prepareGeometryChange();
    setPath(path);
    m_labelAt = path.pointAtPercent(0.5);
    m_bounds = path.controlPointRect();
    m_polyline = path.toFillPolygon();
    if (!m_polyline.isEmpty() && m_polyline.isClosed())
        m_polyline.removeLast(); // an open curve, not its closing segment
}

QRectF EdgeItem::boundingRect() const
{
    return QGraphicsPathItem::boundingRect().united(
        QRectF(m_labelAt - QPointF(80, 12), QSizeF(160, 24)));
}

QPainterPath EdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(path());
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette pal = QApplication::palette();
    const bool selected = option->state & QStyle::State_Selected;
    // An opaque colour between the text's and the window's: a translucent pen makes the raster
    // engine blend every line on its thread pool, which costs more than the line itself.
    QColor color = pal.color(QPalette::Highlight);
    if (!selected) {
        const QColor text = pal.color(QPalette::Text);
        const QColor window = pal.color(QPalette::Window);
        auto mix = [](int a, int b) { return int(std::lround(a * 0.55 + b * 0.45)); };
        color = QColor(mix(text.red(), window.red()), mix(text.green(), window.green()),
                       mix(text.blue(), window.blue()));
    }
    const double detail =
        QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    const QRectF onScreen = painter->worldTransform().mapRect(m_bounds);
    // Far out, or crossing more than a screen, a wire is a thin line: stroking long curves with
    // antialiasing is what would cost a frame most on a large graph.
    if (!selected && (detail < 0.3 || onScreen.width() + onScreen.height() > 1600)) {
        painter->setRenderHint(QPainter::Antialiasing, false);
        QPen thin(color, 0);
        if (m_edge.kind == GraphEdge::Kind::TwinLink)
            thin.setStyle(Qt::DashLine);
        painter->setPen(thin);
        if (detail < 0.3) {
            // A curve this small is a straight line on screen.
            painter->drawLine(m_polyline.isEmpty() ? QLineF()
                                                   : QLineF(m_polyline.first(), m_polyline.last()));
            return;
        }
        painter->drawPolyline(m_polyline);
        painter->setRenderHint(QPainter::Antialiasing);
    } else {
        painter->setRenderHint(QPainter::Antialiasing);
        QPen pen(color, selected ? 2.2 : 1.4);
        if (m_edge.kind == GraphEdge::Kind::TwinLink)
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path());
    }
    // Arrow head at the target.
    const QPointF tip = path().pointAtPercent(1.0);
    const QPointF before = path().pointAtPercent(0.97);
    const QPointF dir = tip - before;
    const double len = std::hypot(dir.x(), dir.y());
    if (len > 0.01) {
        const QPointF u = dir / len;
        const QPointF n(-u.y(), u.x());
        QPolygonF head({tip, tip - u * 10 + n * 5, tip - u * 10 - n * 5});
        painter->setBrush(color);
        painter->setPen(Qt::NoPen);
        painter->drawPolygon(head);
    }
    // The label on a small plate.
    const QFontMetricsF fm(painter->font());
    const double w = fm.horizontalAdvance(m_edge.name) + 10;
    const QRectF plate(m_labelAt.x() - w / 2, m_labelAt.y() - 9, w, 18);
    painter->setPen(Qt::NoPen);
    painter->setBrush(pal.color(QPalette::Window));
    painter->drawRoundedRect(plate, 4, 4);
    painter->setPen(color);
    painter->drawText(plate, Qt::AlignCenter, m_edge.name);
}

} // namespace twinloom::Studio
