#pragma once

#include "app/studio/shared/graphmodel.h"
#include "app/studio/shared/livestate.h"

#include <QtCore/QHash>
#include <QtWidgets/QGraphicsScene>

class QGraphicsPathItem;
class QUndoStack;

namespace twinloom::Studio {

class EdgeItem;
class TwinItem;

// The scene of a GraphModel: one TwinItem per twin, one EdgeItem per wire, kept in step with
// the model's signals. Moves and wires drawn by the user become undoable edits.
class GraphScene : public QGraphicsScene
{
    Q_OBJECT

public:
    static constexpr double kGrid = 20;

    GraphScene(GraphModel *model, QUndoStack *undo, QObject *parent = nullptr);
    GraphModel *model() const { return m_model; }
    // Far out (zoomed below TwinItem::kFarOut), cards are drawn directly: a far-out card costs
    // less to draw than to cache again at every step of a zoom.
    void setFarOut(bool farOut);
    QUndoStack *undoStack() const { return m_undo; }

    TwinItem *twinItem(const QString &id) const { return m_twins.value(id); }
    QList<TwinItem *> twinItems() const { return m_twins.values(); }
    const std::vector<EdgeItem *> &edgeItems() const { return m_edges; }
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
    // Moves of dragged items become one undoable edit: where the twins were when the press began
    // is kept, and only those a drag moved are recorded (a click moves nothing).
    void beginMoves();
    void commitMoves();

Q_SIGNALS:
    void message(const QString &text); // for the status bar
    void twinActivated(const QString &id);

protected:
    bool event(QEvent *event) override;
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
    bool m_farOut = false;
    QHash<QString, TwinItem *> m_twins;
    std::vector<EdgeItem *> m_edges;
    QHash<QString, int> m_problems;
    bool m_snap = true;
    bool m_applying = false; // positions coming from the model, not from the user
    QHash<QString, QPointF> m_moveStart;
    TwinItem *m_wireFrom = nullptr;
    QGraphicsPathItem *m_wire = nullptr;
    friend class TwinItem;
};

} // namespace twinloom::Studio
