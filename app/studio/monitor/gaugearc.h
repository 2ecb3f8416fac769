#pragma once

#include <QtGui/QColor>
#include <QtQuick/QQuickPaintedItem>

namespace twinloom::Studio {

// The arc of a gauge tile, painted with QPainter like the plots (no JavaScript drawing per
// frame, as a QML Canvas would need).
class GaugeArc : public QQuickPaintedItem
{
    Q_OBJECT
    Q_PROPERTY(double fraction READ fraction WRITE setFraction NOTIFY changed)
    Q_PROPERTY(QColor color READ color WRITE setColor NOTIFY changed)
    Q_PROPERTY(QColor trackColor READ trackColor WRITE setTrackColor NOTIFY changed)
    Q_PROPERTY(bool showValue READ showValue WRITE setShowValue NOTIFY changed)

public:
    explicit GaugeArc(QQuickItem *parent = nullptr);

    double fraction() const { return m_fraction; }
    void setFraction(double fraction);
    QColor color() const { return m_color; }
    void setColor(const QColor &color);
    QColor trackColor() const { return m_trackColor; }
    void setTrackColor(const QColor &color);
    bool showValue() const { return m_showValue; }
    void setShowValue(bool show);
    void paint(QPainter *painter) override;

Q_SIGNALS:
    void changed();

private:
    double m_fraction = 0;
    QColor m_color = QColor(0x2f, 0x7e, 0xd8);
    QColor m_trackColor = QColor(0xdd, 0xe3, 0xe9);
    bool m_showValue = false;
};

} // namespace twinloom::Studio
