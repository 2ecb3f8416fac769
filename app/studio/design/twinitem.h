#pragma once

#include "app/studio/shared/livestate.h"

#include <QtCore/QStringList>
#include <QtGui/QStaticText>
#include <QtWidgets/QGraphicsObject>

#include <array>

namespace twinloom::Studio {

class GraphScene;

// A twin on the canvas: a card with its name, model, deployment node and lifecycle; physical
// adapters as ports on its left edge, digital adapters on its right edge.
class TwinItem : public QGraphicsObject
{
    Q_OBJECT

public:
    static constexpr double kWidth = 220;
    // Below this zoom a card is drawn far out: a block with its name (see paint()).
    static constexpr double kFarOut = 0.3;

    TwinItem(GraphScene *scene, QString id);
    const QString &twinId() const { return m_id; }
    void refresh(); // from the model
    void setLive(const LiveState &live);
    const LiveState &live() const { return m_live; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    // The wire handle: dragging from it draws a relationship.
    QRectF handleRect() const;
    QPointF inPort() const;  // top centre, scene coordinates
    QPointF outPort() const; // bottom centre
    double height() const { return m_height; }
    const QString &node() const { return m_node; }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    // The life cycle state as a badge centred on `at` (device pixels).
    void drawStateBadge(QPainter *painter, const QPointF &at) const;
    GraphScene *m_scene;
    QString m_id;
    QString m_title;
    // The name as drawn far out, laid out for a card of m_farNameKey pixels.
    mutable QStaticText m_farName;
    mutable QSize m_farNameKey;
    mutable QFont m_farNameFont;
    mutable QFont m_farNameSized;
    mutable std::array<double, 4> m_titleWidth = {}; // at 8, 9, 10 and 11 px
    QString m_model;
    QString m_node;
    QStringList m_physical;
    QStringList m_digital;
    int m_problems = 0;
    LiveState m_live;
    double m_height = 96;
};

} // namespace twinloom::Studio
