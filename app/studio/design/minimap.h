#pragma once

#include <QtWidgets/QGraphicsView>

namespace twinloom::Studio {

class CanvasView;
class GraphScene;

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
