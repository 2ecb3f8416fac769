#pragma once

#include "app/studio/shared/graphmodel.h"

#include <QtCore/QHash>
#include <QtCore/QPointer>
#include <QtWidgets/QGraphicsObject>
#include <QtWidgets/QGraphicsPathItem>
#include <QtWidgets/QGraphicsScene>
#include <QtWidgets/QGraphicsView>

class QUndoStack;

namespace twinloom::Studio {

class GraphScene;

// The colour of a lifecycle state on the canvas and in lists.
QColor lifecycleColor(const QString &state);

// What the canvas shows of a running twin.
struct LiveState
{
    QString lifecycle;                     // empty: not running
    QList<QPair<QString, QString>> values; // key property → formatted value
};

// A twin on the canvas: a card with its name, model, deployment node and lifecycle; physical
// adapters as ports on its left edge, digital adapters on its right edge.
class TwinItem : public QGraphicsObject
{
    Q_OBJECT

public:
    static constexpr double kWidth = 220;

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

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    GraphScene *m_scene;
    QString m_id;
    QString m_title;
    QString m_model;
    QString m_node;
    QStringList m_physical;
    QStringList m_digital;
    int m_problems = 0;
    LiveState m_live;
    double m_height = 96;
};

// A wire: a relationship (solid) or a twin link (dashed), from its source to its target, with
// its name.
class EdgeItem : public QGraphicsPathItem
{
public:
    EdgeItem(GraphEdge edge, TwinItem *source, TwinItem *target);
    const GraphEdge &edge() const { return m_edge; }
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

// The scene of a GraphModel: one TwinItem per twin, one EdgeItem per wire, kept in step with
// the model's signals. Moves and wires drawn by the user become undoable edits.
class GraphScene : public QGraphicsScene
{
    Q_OBJECT

public:
    static constexpr double kGrid = 20;

    GraphScene(GraphModel *model, QUndoStack *undo, QObject *parent = nullptr);
    GraphModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undo; }

    TwinItem *twinItem(const QString &id) const { return m_twins.value(id); }
    QStringList selectedTwins() const;
    void selectTwins(const QStringList &ids);
    bool snapToGrid() const { return m_snap; }
    void setSnapToGrid(bool on) { m_snap = on; }
    QPointF snapped(const QPointF &p) const;
    // Problems per twin, shown as markers.
    void setProblems(const std::vector<GraphProblem> &problems);
    int problemCount(const QString &twinId) const { return m_problems.value(twinId); }
    void setLive(const QString &twinId, const LiveState &live);
    void clearLive();
    QColor nodeColor(const QString &node) const;

    // Wire drawing, driven by TwinItem and the view.
    void beginWire(TwinItem *from, const QPointF &at);
    bool wiring() const { return m_wireFrom != nullptr; }
    void updateWire(const QPointF &at);
    void endWire(const QPointF &at);
    // Moves of dragged items become one undoable edit.
    void commitMoves();

Q_SIGNALS:
    void message(const QString &text); // for the status bar
    void twinActivated(const QString &id);

protected:
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;

private:
    void rebuild();
    void addTwinItem(const QString &id);
    void removeTwinItem(const QString &id);
    void rebuildEdges();
    void placeUnpositioned();

    GraphModel *m_model;
    QUndoStack *m_undo;
    QHash<QString, TwinItem *> m_twins;
    std::vector<EdgeItem *> m_edges;
    QHash<QString, int> m_problems;
    bool m_snap = true;
    bool m_applying = false; // positions coming from the model, not from the user
    TwinItem *m_wireFrom = nullptr;
    QGraphicsPathItem *m_wire = nullptr;
    friend class TwinItem;
};

// The view of a GraphScene: wheel zoom around the cursor, pan with the middle button or with
// Space held, rubber-band selection, keyboard zoom and nudging, fit.
class CanvasView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit CanvasView(GraphScene *scene, QWidget *parent = nullptr);
    void zoomBy(double factor);
    void zoomIn() { zoomBy(1.25); }
    void zoomOut() { zoomBy(0.8); }
    void resetZoom();
    void fit();
    double zoom() const { return transform().m11(); }

Q_SIGNALS:
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    GraphScene *m_scene;
    bool m_panning = false;
    bool m_spaceHeld = false;
    QPoint m_panFrom;
};

// A small overview of the whole graph with the visible part framed; click or drag to move there.
class MiniMap : public QGraphicsView
{
    Q_OBJECT

public:
    MiniMap(GraphScene *scene, CanvasView *main, QWidget *parent = nullptr);

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void refit();
    CanvasView *m_main;
};

} // namespace twinloom::Studio
