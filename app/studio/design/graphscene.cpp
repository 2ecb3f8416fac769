#include "app/studio/design/graphscene.h"

#include "app/studio/design/edgeitem.h"
#include "app/studio/design/twinitem.h"
#include "app/studio/shared/grapheditbuilder.h"
#include "app/studio/shared/tr.h"

#include <QtCore/QMimeData>
#include <QtGui/QPainter>
#include <QtGui/QUndoStack>
#include <QtWidgets/QApplication>
#include <QtWidgets/QGraphicsSceneMouseEvent>
#include <QtWidgets/QGraphicsView>
#include <QtWidgets/QMenu>

#include <cmath>

namespace twinloom::Studio {

GraphScene::GraphScene(GraphModel *model, QUndoStack *undo, QObject *parent)
    : QGraphicsScene(parent)
    , m_model(model)
    , m_undo(undo)
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    QObject::connect(model, &GraphModel::reset, this, &GraphScene::rebuild);
    QObject::connect(model, &GraphModel::twinAdded, this, [this](const QString &id) {
        addTwinItem(id);
        rebuildEdges();
    });
    QObject::connect(model, &GraphModel::twinRemoved, this, [this](const QString &id) {
        removeTwinItem(id);
        rebuildEdges();
    });
    QObject::connect(model, &GraphModel::twinChanged, this, [this](const QString &id) {
        if (TwinItem *item = m_twins.value(id))
            item->refresh();
        rebuildEdges();
    });
    QObject::connect(model, &GraphModel::positionChanged, this, [this](const QString &id) {
        TwinItem *item = m_twins.value(id);
        const auto p = m_model->position(id);
        if (item && p && item->pos() != *p) {
            m_applying = true;
            item->setPos(*p);
            m_applying = false;
        }
    });
    QObject::connect(model, &GraphModel::modelsChanged, this, [this] {
        for (TwinItem *item : std::as_const(m_twins))
            item->refresh();
    });
    rebuild();
}

QPointF GraphScene::snapped(const QPointF &p) const
{
    return QPointF(std::round(p.x() / kGrid) * kGrid, std::round(p.y() / kGrid) * kGrid);
}

QColor GraphScene::nodeColor(const QString &node) const
{
    static const QColor palette[] = {QColor(0x8e, 0xc5, 0xfc), QColor(0xa7, 0xe0, 0xa1),
                                     QColor(0xf9, 0xc7, 0x8b), QColor(0xd4, 0xb5, 0xf0),
                                     QColor(0xf5, 0xa3, 0xb7), QColor(0x9e, 0xdf, 0xd9),
                                     QColor(0xe8, 0xdc, 0x8c)};
    if (node.isEmpty())
        return QColor(0xcf, 0xd4, 0xda);
    const int index = std::max<qsizetype>(0, m_model->nodeNames().indexOf(node));
    return palette[index % std::size(palette)];
}

void GraphScene::rebuild()
{
    m_wireFrom = nullptr;
    m_wire = nullptr;
    clear();
    m_twins.clear();
    m_edges.clear();
    for (const QString &id : m_model->twinIds())
        addTwinItem(id);
    placeUnpositioned();
    rebuildEdges();
}

void GraphScene::placeUnpositioned()
{
    // A document without layout (written by hand or by a tool) gets the layered layout.
    bool missing = false;
    for (const QString &id : m_model->twinIds())
        missing = missing || !m_model->position(id);
    if (!missing)
        return;
    const auto layout = GraphEditBuilder::layeredLayout(*m_model);
    m_applying = true;
    for (const auto &[id, p] : layout) {
        if (!m_model->position(id))
            if (TwinItem *item = m_twins.value(id))
                item->setPos(p);
    }
    m_applying = false;
}

void GraphScene::setFarOut(bool farOut)
{
    if (farOut == m_farOut)
        return;
    m_farOut = farOut;
    for (TwinItem *item : std::as_const(m_twins))
        item->setCacheMode(farOut ? QGraphicsItem::NoCache : QGraphicsItem::DeviceCoordinateCache);
}

void GraphScene::addTwinItem(const QString &id)
{
    if (m_twins.contains(id))
        return;
    auto *item = new TwinItem(this, id);
    item->setCacheMode(m_farOut ? QGraphicsItem::NoCache : QGraphicsItem::DeviceCoordinateCache);
    m_applying = true;
    item->setPos(m_model->position(id).value_or(QPointF(0, 0)));
    m_applying = false;
    addItem(item);
    m_twins.insert(id, item);
}

void GraphScene::removeTwinItem(const QString &id)
{
    if (TwinItem *item = m_twins.take(id)) {
        if (m_wireFrom == item)
            m_wireFrom = nullptr;
        removeItem(item);
        delete item;
    }
}

void GraphScene::rebuildEdges()
{
    for (EdgeItem *e : m_edges) {
        removeItem(e);
        delete e;
    }
    m_edges.clear();
    for (const GraphEdge &e : m_model->edges()) {
        TwinItem *s = m_twins.value(e.source);
        TwinItem *t = m_twins.value(e.target);
        if (!s || !t)
            continue; // dangling: shown in the problems panel
        auto *item = new EdgeItem(e, s, t);
        addItem(item);
        m_edges.push_back(item);
    }
}

QStringList GraphScene::selectedTwins() const
{
    QStringList ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *t = dynamic_cast<TwinItem *>(item))
            ids << t->twinId();
    }
    // In document order, so that copies keep it.
    QStringList ordered;
    for (const QString &id : m_model->twinIds()) {
        if (ids.contains(id))
            ordered << id;
    }
    return ordered;
}

void GraphScene::selectTwins(const QStringList &ids)
{
    clearSelection();
    for (const QString &id : ids) {
        if (TwinItem *item = m_twins.value(id))
            item->setSelected(true);
    }
}

void GraphScene::setProblems(const std::vector<GraphProblem> &problems)
{
    m_problems.clear();
    for (const GraphProblem &p : problems) {
        if (!p.twinId.isEmpty() && p.severity == Diagnostic::Severity::Error)
            m_problems[p.twinId] += 1;
    }
    for (TwinItem *item : std::as_const(m_twins)) {
        item->refresh();
    }
}

void GraphScene::setLive(const QString &twinId, const LiveState &live)
{
    if (TwinItem *item = m_twins.value(twinId))
        item->setLive(live);
}

bool GraphScene::event(QEvent *event)
{
    // Cards keep pixmaps of themselves: a new palette (dark or light) must redraw them.
    if (event->type() == QEvent::ApplicationPaletteChange ||
        event->type() == QEvent::PaletteChange) {
        for (QGraphicsItem *item : items())
            item->update();
    }
    return QGraphicsScene::event(event);
}

void GraphScene::clearLive()
{
    for (TwinItem *item : std::as_const(m_twins))
        item->setLive({});
}

void GraphScene::beginWire(TwinItem *from, const QPointF &at)
{
    m_wireFrom = from;
    m_wire = addPath(QPainterPath(),
                     QPen(QApplication::palette().color(QPalette::Highlight), 2, Qt::DashLine));
    m_wire->setZValue(5);
    updateWire(at);
}

void GraphScene::updateWire(const QPointF &at)
{
    if (!m_wireFrom || !m_wire)
        return;
    const QPointF a = m_wireFrom->outPort();
    QPainterPath path(a);
    path.cubicTo(a + QPointF(0, 60), at - QPointF(0, 60), at);
    m_wire->setPath(path);
}

void GraphScene::endWire(const QPointF &at)
{
    TwinItem *from = m_wireFrom;
    m_wireFrom = nullptr;
    delete m_wire;
    m_wire = nullptr;
    if (!from)
        return;
    TwinItem *to = nullptr;
    for (QGraphicsItem *item : items(at)) {
        if (auto *t = dynamic_cast<TwinItem *>(item)) {
            to = t;
            break;
        }
    }
    if (!to || to == from)
        return;
    QString why;
    const QStringList allowed = m_model->allowedRelationships(from->twinId(), to->twinId(), &why);
    if (allowed.isEmpty()) {
        Q_EMIT message(
            Tr::tr("Cannot connect %1 to %2: %3").arg(from->twinId(), to->twinId(), why));
        return;
    }
    QString name = allowed.first();
    if (allowed.size() > 1 && !views().isEmpty()) {
        QMenu menu;
        for (const QString &r : allowed)
            menu.addAction(r);
        QGraphicsView *view = views().first();
        const QAction *chosen = menu.exec(view->viewport()->mapToGlobal(view->mapFromScene(at)));
        if (!chosen)
            return;
        name = chosen->text();
    }
    GraphEditBuilder b(m_model);
    QString error;
    if (!b.connect(from->twinId(), name, to->twinId(), &error)) {
        Q_EMIT message(error);
        return;
    }
    if (QUndoCommand *c = b.finish(Tr::tr("Connect %1 → %2").arg(from->twinId(), to->twinId())))
        m_undo->push(c);
}

void GraphScene::beginMoves()
{
    m_moveStart.clear();
    for (TwinItem *item : std::as_const(m_twins))
        m_moveStart.insert(item->twinId(), item->pos());
}

void GraphScene::commitMoves()
{
    GraphEditBuilder b(m_model);
    int moved = 0;
    for (TwinItem *item : std::as_const(m_twins)) {
        const auto start = m_moveStart.constFind(item->twinId());
        if (start != m_moveStart.cend() && *start != item->pos()) {
            b.move(item->twinId(), item->pos());
            ++moved;
        }
    }
    m_moveStart.clear();
    if (!moved)
        return;
    if (QUndoCommand *c = b.finish(Tr::tr("Move %n twin(s)", nullptr, moved)))
        m_undo->push(c);
}

void GraphScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_wireFrom) {
        updateWire(event->scenePos());
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void GraphScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_wireFrom) {
        endWire(event->scenePos());
        event->accept();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
}

void GraphScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    for (QGraphicsItem *item : items(event->scenePos())) {
        if (auto *t = dynamic_cast<TwinItem *>(item)) {
            Q_EMIT twinActivated(t->twinId());
            return;
        }
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void GraphScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    const QPalette pal = QApplication::palette();
    painter->fillRect(rect, pal.color(QPalette::Window));
    // Grid dots, only when they are far enough apart to help.
    const double scale = painter->transform().m11();
    if (scale * kGrid < 6)
        return;
    QColor dot = pal.color(QPalette::Text);
    dot.setAlphaF(0.18);
    painter->setPen(QPen(dot, 0));
    const double left = std::floor(rect.left() / kGrid) * kGrid;
    const double top = std::floor(rect.top() / kGrid) * kGrid;
    QVector<QPointF> points;
    for (double x = left; x < rect.right(); x += kGrid) {
        for (double y = top; y < rect.bottom(); y += kGrid)
            points.append(QPointF(x, y));
    }
    painter->drawPoints(points.constData(), static_cast<int>(points.size()));
}

void GraphScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    const QMimeData *m = event->mimeData();
    if (m->hasFormat(QStringLiteral("application/x-twinloom-model")) ||
        m->hasFormat(QStringLiteral("application/x-twinloom-adapter")))
        event->acceptProposedAction();
    else
        event->ignore();
}

void GraphScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    dragEnterEvent(event);
}

void GraphScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    const QMimeData *m = event->mimeData();
    GraphEditBuilder b(m_model);
    if (m->hasFormat(QStringLiteral("application/x-twinloom-model"))) {
        const QString modelId =
            QString::fromUtf8(m->data(QStringLiteral("application/x-twinloom-model")));
        const QPointF at = snapped(event->scenePos() - QPointF(TwinItem::kWidth / 2, 20));
        const QString id = b.addTwin(modelId, at);
        if (QUndoCommand *c = b.finish(Tr::tr("Add twin %1").arg(id))) {
            m_undo->push(c);
            selectTwins({id});
        }
        event->acceptProposedAction();
        return;
    }
    // "physical:sim" / "digital:mqtt" dropped on a twin adds that adapter to it.
    const QString spec =
        QString::fromUtf8(m->data(QStringLiteral("application/x-twinloom-adapter")));
    TwinItem *target = nullptr;
    for (QGraphicsItem *item : items(event->scenePos())) {
        if ((target = dynamic_cast<TwinItem *>(item)))
            break;
    }
    if (!target) {
        Q_EMIT message(Tr::tr("Drop an adapter on a twin."));
        event->ignore();
        return;
    }
    const bool physical = spec.startsWith(QLatin1String("physical:"));
    const QString type = spec.section(QLatin1Char(':'), 1);
    const QString id = b.addAdapter(
        target->twinId(),
        physical ? GraphEditBuilder::Side::Physical : GraphEditBuilder::Side::Digital, type);
    if (QUndoCommand *c = b.finish(Tr::tr("Add adapter %1 to %2").arg(id, target->twinId())))
        m_undo->push(c);
    event->acceptProposedAction();
}

} // namespace twinloom::Studio
