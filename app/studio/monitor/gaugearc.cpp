#include "app/studio/monitor/gaugearc.h"

#include <QtGui/QPainter>

#include <algorithm>

namespace twinloom::Studio {

GaugeArc::GaugeArc(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
    QObject::connect(this, &GaugeArc::changed, this, [this] { update(); });
    QObject::connect(this, &QQuickItem::widthChanged, this, [this] { update(); });
    QObject::connect(this, &QQuickItem::heightChanged, this, [this] { update(); });
}

void GaugeArc::setFraction(double fraction)
{
    fraction = std::clamp(fraction, 0.0, 1.0);
    if (fraction == m_fraction)
        return;
    m_fraction = fraction;
    Q_EMIT changed();
}

void GaugeArc::setColor(const QColor &color)
{
    if (color == m_color)
        return;
    m_color = color;
    Q_EMIT changed();
}

void GaugeArc::setTrackColor(const QColor &color)
{
    if (color == m_trackColor)
        return;
    m_trackColor = color;
    Q_EMIT changed();
}

void GaugeArc::setShowValue(bool show)
{
    if (show == m_showValue)
        return;
    m_showValue = show;
    Q_EMIT changed();
}

void GaugeArc::paint(QPainter *painter)
{
    // A 252° arc open at the bottom, its centre at 62 % of the height.
    const double w = width();
    const double h = height();
    const double r = std::max(4.0, std::min(w / 2, h * 0.62) - 8);
    const double line = std::max(6.0, r * 0.16);
    const QRectF box(w / 2 - r, h * 0.62 - r, 2 * r, 2 * r);
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(m_trackColor, line, Qt::SolidLine, Qt::RoundCap);
    painter->setPen(pen);
    constexpr int start = 216 * 16; // Qt counts counter-clockwise from 3 o'clock
    constexpr int span = -252 * 16;
    painter->drawArc(box, start, span);
    if (m_showValue) {
        pen.setColor(m_color);
        painter->setPen(pen);
        painter->drawArc(box, start, std::min(-8, int(span * m_fraction)));
    }
}

} // namespace twinloom::Studio
