#include "app/studio/design/canvas.h"

#include "app/studio/shared/graphcommands.h"
#include "app/studio/shared/tr.h"

#include <QtCore/QMimeData>
#include <QtGui/QKeyEvent>
#include <QtGui/QPainter>
#include <QtGui/QUndoStack>
#include <QtWidgets/QApplication>
#include <QtWidgets/QGraphicsSceneMouseEvent>
#include <QtWidgets/QMenu>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QStyleOptionGraphicsItem>

#include <cmath>

namespace twinloom::Studio {

namespace {

constexpr double kHeader = 26;
constexpr double kLine = 17;
constexpr double kPort = 14;
constexpr double kRadius = 7;

QString shortModel(const QString &modelId)
{
    return modelId.section(QLatin1Char(':'), -1).section(QLatin1Char(';'), 0, 0);
}

QString adapterLabel(const GraphModel::Json &a)
{
    const QString type = jsonString(a, "type").value_or(QString());
    const QString id = jsonString(a, "id").value_or(QString());
    return id.isEmpty() || id == type ? type : id + QStringLiteral(" · ") + type;
}

} // namespace

QColor lifecycleColor(const QString &state)
{
    if (state == QLatin1String("Synchronized"))
        return QColor(0x2e, 0xa0, 0x43);
    if (state == QLatin1String("NotSynchronized"))
        return QColor(0xd4, 0x9a, 0x06);
    if (state == QLatin1String("Bound"))
        return QColor(0x1f, 0x8a, 0x9a);
    if (state == QLatin1String("Started"))
        return QColor(0x3b, 0x6e, 0xc8);
    if (state == QLatin1String("Unbound"))
        return QColor(0xe0, 0x6c, 0x1b);
    if (state == QLatin1String("Error"))
        return QColor(0xd0, 0x2b, 0x2b);
    return QColor(0x80, 0x80, 0x80); // Created, Stopped, Destroyed
}

// ---------------------------------------------------------------------------------------------

TwinItem::TwinItem(GraphScene *scene, QString id)
    : m_scene(scene)
    , m_id(std::move(id))
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setCacheMode(DeviceCoordinateCache);
    setZValue(1);
    refresh();
}

void TwinItem::refresh()
{
    const GraphModel *model = m_scene->model();
    prepareGeometryChange();
    m_title = model->twinDisplayName(m_id);
    m_model = shortModel(model->twinModelId(m_id));
    m_node = model->twinNode(m_id);
    m_physical.clear();
    m_digital.clear();
    if (const GraphModel::Json *t = model->twin(m_id)) {
        for (const char *side : {"physicalAdapters", "digitalAdapters"}) {
            const auto list = t->find(side);
            if (list == t->end() || !list->is_array())
                continue;
            for (const GraphModel::Json &a : *list)
                (side[0] == 'p' ? m_physical : m_digital) << adapterLabel(a);
        }
    }
    m_problems = m_scene->problemCount(m_id);
    const int ports = static_cast<int>(std::max(m_physical.size(), m_digital.size()));
    const int values = static_cast<int>(m_live.values.size());
    m_height = kHeader + 2 * kLine + 8 + std::max(0, ports) * (kPort + 4) + values * kLine + 10;
    update();
}

void TwinItem::setLive(const LiveState &live)
{
    const bool resize = live.values.size() != m_live.values.size();
    m_live = live;
    if (resize)
        refresh();
    else
        update();
}

QRectF TwinItem::boundingRect() const
{
    // Ports stick out by half their width on both sides; the handle below.
    return QRectF(-12, -2, kWidth + 24, m_height + 14);
}

QRectF TwinItem::handleRect() const
{
    return QRectF(kWidth / 2 - 7, m_height - 7, 14, 14);
}

QPointF TwinItem::inPort() const
{
    return mapToScene(QPointF(kWidth / 2, 0));
}

QPointF TwinItem::outPort() const
{
    return mapToScene(QPointF(kWidth / 2, m_height));
}

void TwinItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette pal = QApplication::palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    const QRectF card(0, 0, kWidth, m_height);
    const bool selected = option->state & QStyle::State_Selected;
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor nodeColor = m_scene->nodeColor(m_node);

    QColor frame =
        m_live.lifecycle.isEmpty() ? pal.color(QPalette::Mid) : lifecycleColor(m_live.lifecycle);
    // Far out, text cannot be read: a card is a block in its node's colour, framed by its state.
    const double detail =
        QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    if (detail < 0.3) {
        painter->setPen(selected ? QPen(pal.color(QPalette::Highlight), 3 / detail)
                                 : QPen(frame, 1.5 / detail));
        painter->setBrush(dark ? nodeColor.darker(160) : nodeColor);
        painter->drawRect(card);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    // Card, with the lifecycle colour as its frame while running.
    painter->setPen(QPen(selected ? pal.color(QPalette::Highlight) : frame,
                         selected || !m_live.lifecycle.isEmpty() ? 2.5 : 1.2));
    painter->setBrush(base);
    painter->drawRoundedRect(card, kRadius, kRadius);
    // Header in the deployment node's colour.
    QPainterPath header;
    header.setFillRule(Qt::WindingFill); // the two shapes overlap: fill both
    header.addRoundedRect(QRectF(0, 0, kWidth, kHeader), kRadius, kRadius);
    header.addRect(QRectF(0, kHeader / 2, kWidth, kHeader / 2));
    painter->setPen(Qt::NoPen);
    painter->setBrush(dark ? nodeColor.darker(160) : nodeColor);
    painter->drawPath(header.simplified());

    QFont f = painter->font();
    f.setBold(true);
    painter->setFont(f);
    painter->setPen(dark ? QColor(Qt::white) : QColor(0x20, 0x20, 0x20));
    const QFontMetricsF fm(f);
    painter->drawText(QRectF(10, 0, kWidth - 20, kHeader), Qt::AlignVCenter | Qt::AlignLeft,
                      fm.elidedText(m_title, Qt::ElideRight, kWidth - 20));
    f.setBold(false);
    painter->setFont(f);

    double y = kHeader + 4;
    painter->setPen(text);
    painter->drawText(QRectF(10, y, kWidth - 20, kLine), Qt::AlignVCenter | Qt::AlignLeft,
                      fm.elidedText(m_model, Qt::ElideRight, kWidth - 20));
    y += kLine;
    QColor dim = text;
    dim.setAlphaF(0.65);
    painter->setPen(dim);
    const QString node = m_node.isEmpty() ? Tr::tr("no node") : m_node;
    painter->drawText(QRectF(10, y, kWidth - 20, kLine), Qt::AlignVCenter | Qt::AlignLeft,
                      fm.elidedText(node, Qt::ElideRight, kWidth / 2));
    // Lifecycle pill on the right of the node line.
    if (!m_live.lifecycle.isEmpty()) {
        const QString state = m_live.lifecycle;
        const double w = fm.horizontalAdvance(state) + 12;
        const QRectF pill(kWidth - 10 - w, y + 1, w, kLine - 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(lifecycleColor(state));
        painter->drawRoundedRect(pill, 6, 6);
        painter->setPen(Qt::white);
        painter->drawText(pill, Qt::AlignCenter, state);
    }
    y += kLine + 6;
    // Ports: physical adapters on the left edge, digital ones on the right edge.
    QFont small = f;
    small.setPointSizeF(std::max(6.0, f.pointSizeF() * 0.85));
    painter->setFont(small);
    const QFontMetricsF sm(small);
    auto drawPort = [&](const QString &label, double py, bool left) {
        const QRectF r(left ? -6 : kWidth - 6, py, 12, kPort);
        painter->setPen(QPen(frame, 1));
        painter->setBrush(left ? QColor(0x5b, 0x8d, 0xd6) : QColor(0x9b, 0x6b, 0xd3));
        painter->drawRoundedRect(r, 3, 3);
        painter->setPen(dim);
        const QRectF textRect(left ? 10 : kWidth / 2, py, kWidth / 2 - 14, kPort);
        painter->drawText(textRect, Qt::AlignVCenter | (left ? Qt::AlignLeft : Qt::AlignRight),
                          sm.elidedText(label, Qt::ElideRight, textRect.width()));
    };
    for (int i = 0; i < m_physical.size(); ++i)
        drawPort(m_physical[i], y + i * (kPort + 4), true);
    for (int i = 0; i < m_digital.size(); ++i)
        drawPort(m_digital[i], y + i * (kPort + 4), false);
    y += static_cast<double>(std::max(m_physical.size(), m_digital.size())) * (kPort + 4);
    // Key property values while running.
    painter->setFont(f);
    for (const auto &[key, value] : m_live.values) {
        painter->setPen(dim);
        painter->drawText(QRectF(10, y, kWidth * 0.55 - 10, kLine),
                          Qt::AlignVCenter | Qt::AlignLeft,
                          fm.elidedText(key, Qt::ElideRight, kWidth * 0.55 - 12));
        painter->setPen(text);
        painter->drawText(QRectF(kWidth * 0.55, y, kWidth * 0.45 - 10, kLine),
                          Qt::AlignVCenter | Qt::AlignRight,
                          fm.elidedText(value, Qt::ElideLeft, kWidth * 0.45 - 10));
        y += kLine;
    }
    // Problem marker.
    if (m_problems > 0) {
        const QRectF badge(kWidth - 22, -8, 18, 18);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xd0, 0x2b, 0x2b));
        painter->drawEllipse(badge);
        painter->setPen(Qt::white);
        QFont b = f;
        b.setBold(true);
        painter->setFont(b);
        painter->drawText(badge, Qt::AlignCenter, QString::number(m_problems));
    }
    // The wire handle.
    painter->setPen(QPen(pal.color(QPalette::Mid), 1));
    painter->setBrush(pal.color(QPalette::Button));
    painter->drawEllipse(handleRect());
}

QVariant TwinItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange && !m_scene->m_applying && m_scene->snapToGrid())
        return m_scene->snapped(value.toPointF());
    if (change == ItemPositionHasChanged) {
        for (EdgeItem *e : m_scene->m_edges) {
            if (e->edge().source == m_id || e->edge().target == m_id)
                e->updatePath();
        }
    }
    return QGraphicsObject::itemChange(change, value);
}

void TwinItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && handleRect().contains(event->pos())) {
        m_scene->beginWire(this, event->scenePos());
        event->accept();
        return;
    }
    QGraphicsObject::mousePressEvent(event);
}

void TwinItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsObject::mouseReleaseEvent(event);
    m_scene->commitMoves();
}

void TwinItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    setCursor(handleRect().contains(event->pos()) ? Qt::CrossCursor : Qt::ArrowCursor);
    QGraphicsObject::hoverMoveEvent(event);
}

// ---------------------------------------------------------------------------------------------

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
    QColor color = selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Text);
    if (!selected)
        color.setAlphaF(0.55);
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

// ---------------------------------------------------------------------------------------------

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

void GraphScene::addTwinItem(const QString &id)
{
    if (m_twins.contains(id))
        return;
    auto *item = new TwinItem(this, id);
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

void GraphScene::commitMoves()
{
    GraphEditBuilder b(m_model);
    int moved = 0;
    for (TwinItem *item : std::as_const(m_twins)) {
        const auto p = m_model->position(item->twinId());
        if (!p || *p != item->pos()) {
            b.move(item->twinId(), item->pos());
            ++moved;
        }
    }
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

// ---------------------------------------------------------------------------------------------

CanvasView::CanvasView(GraphScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
}

void CanvasView::zoomBy(double factor)
{
    const double next = std::clamp(zoom() * factor, 0.05, 4.0);
    const double f = next / zoom();
    scale(f, f);
    Q_EMIT zoomChanged(zoom());
}

void CanvasView::resetZoom()
{
    setTransform(QTransform());
    Q_EMIT zoomChanged(1.0);
}

void CanvasView::fit()
{
    QRectF r = m_scene->itemsBoundingRect();
    if (r.isEmpty())
        r = QRectF(-200, -150, 400, 300);
    fitInView(r.adjusted(-40, -40, 40, 40), Qt::KeepAspectRatio);
    if (zoom() > 1.5)
        setTransform(QTransform::fromScale(1.5, 1.5));
    centerOn(r.center());
    Q_EMIT zoomChanged(zoom());
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ShiftModifier) {
        QGraphicsView::wheelEvent(event); // scroll
        return;
    }
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.15, steps));
    event->accept();
}

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (m_spaceHeld && event->button() == Qt::LeftButton)) {
        m_panning = true;
        m_panFrom = event->pos();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint d = event->pos() - m_panFrom;
        m_panFrom = event->pos();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        return;
    }
    // Arrow keys nudge the selection by one grid step; held down they make one edit.
    QPointF d;
    switch (event->key()) {
    case Qt::Key_Left:
        d = QPointF(-GraphScene::kGrid, 0);
        break;
    case Qt::Key_Right:
        d = QPointF(GraphScene::kGrid, 0);
        break;
    case Qt::Key_Up:
        d = QPointF(0, -GraphScene::kGrid);
        break;
    case Qt::Key_Down:
        d = QPointF(0, GraphScene::kGrid);
        break;
    default:
        QGraphicsView::keyPressEvent(event);
        return;
    }
    const QStringList ids = m_scene->selectedTwins();
    if (ids.isEmpty()) {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    GraphEditBuilder b(m_scene->model());
    for (const QString &id : ids) {
        if (TwinItem *item = m_scene->twinItem(id))
            b.move(id, item->pos() + d);
    }
    if (QUndoCommand *c = b.finish(Tr::tr("Move %n twin(s)", nullptr, static_cast<int>(ids.size())),
                                   GraphEditBuilder::kMoveMergeId))
        m_scene->undoStack()->push(c);
}

void CanvasView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->setCursor(Qt::ArrowCursor);
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void CanvasView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (!m_scene->items().isEmpty())
        return;
    // An empty canvas says what to do.
    painter->save();
    painter->resetTransform();
    QColor c = palette().color(QPalette::Text);
    c.setAlphaF(0.5);
    painter->setPen(c);
    painter->drawText(viewport()->rect(), Qt::AlignCenter,
                      Tr::tr("Drag a model from the palette to add a twin."));
    painter->restore();
}

// ---------------------------------------------------------------------------------------------

MiniMap::MiniMap(GraphScene *scene, CanvasView *main, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_main(main)
{
    setInteractive(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setRenderHints({});
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setMinimumSize(120, 90);
    QObject::connect(scene, &QGraphicsScene::sceneRectChanged, this, [this] { refit(); });
    QObject::connect(scene, &QGraphicsScene::changed, viewport(), [this] { viewport()->update(); });
    auto follow = [this] { viewport()->update(); };
    QObject::connect(main->horizontalScrollBar(), &QScrollBar::valueChanged, this, follow);
    QObject::connect(main->verticalScrollBar(), &QScrollBar::valueChanged, this, follow);
    QObject::connect(main, &CanvasView::zoomChanged, this, follow);
}

void MiniMap::refit()
{
    const QRectF r = scene()->itemsBoundingRect().adjusted(-40, -40, 40, 40);
    if (!r.isEmpty())
        fitInView(r, Qt::KeepAspectRatio);
}

void MiniMap::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    refit();
}

void MiniMap::drawForeground(QPainter *painter, const QRectF &)
{
    const QRectF visible = m_main->mapToScene(m_main->viewport()->rect()).boundingRect();
    QColor c = palette().color(QPalette::Highlight);
    painter->setPen(QPen(c, 0));
    c.setAlphaF(0.15);
    painter->setBrush(c);
    painter->drawRect(visible);
}

void MiniMap::mousePressEvent(QMouseEvent *event)
{
    m_main->centerOn(mapToScene(event->pos()));
}

void MiniMap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        m_main->centerOn(mapToScene(event->pos()));
}

} // namespace twinloom::Studio
