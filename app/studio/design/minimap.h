#pragma once

#include <QtCore/QRectF>
#include <QtWidgets/QWidget>

namespace twinloom::Studio {

class CanvasView;
class GraphScene;

// A small overview of the whole graph with the visible part framed; click or drag to move there.
// It draws a schematic of its own (cards as blocks in their node's colour, framed by their life
// cycle; wires as lines) rather than a second view of the scene: the cards' pixmap caches then
// serve one view only, and the overview costs a few rectangles per twin at any graph size.
class MiniMap : public QWidget
{
    Q_OBJECT

public:
    MiniMap(GraphScene *scene, CanvasView *main, QWidget *parent = nullptr);
    QSize sizeHint() const override { return {200, 150}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QTransform sceneToWidget(const QRectF &bounds) const;
    QPointF toScene(const QPointF &widgetPos) const;

    GraphScene *m_scene;
    CanvasView *m_main;
    QRectF m_bounds; // of the twins, as last painted
};

} // namespace twinloom::Studio
