#pragma once

#include <QtWidgets/QGraphicsView>

namespace twinloom::Studio {

class GraphScene;

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

} // namespace twinloom::Studio
