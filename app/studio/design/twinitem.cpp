#include "app/studio/design/twinitem.h"

#include "app/studio/design/edgeitem.h"
#include "app/studio/design/graphscene.h"
#include "app/studio/shared/tr.h"

#include <QtGui/QPainter>
#include <QtWidgets/QApplication>
#include <QtWidgets/QGraphicsSceneMouseEvent>
#include <QtWidgets/QStyleOptionGraphicsItem>

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
    m_farNameKey = QSize(); // the far-out name is laid out again
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
    const int health = m_live.health.isEmpty() ? 0 : 1;
    m_height =
        kHeader + 2 * kLine + 8 + std::max(0, ports) * (kPort + 4) + (values + health) * kLine + 10;
    setToolTip(m_live.health);
    update();
}

void TwinItem::setLive(const LiveState &live)
{
    const bool resize = live.values.size() != m_live.values.size() ||
                        live.health.isEmpty() != m_live.health.isEmpty() ||
                        live.health != m_live.health;
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

void TwinItem::drawStateBadge(QPainter *painter, const QPointF &at) const
{
    // A disc in the state's colour with its sign: ✓ Synchronized, ~ NotSynchronized, • Bound,
    // ▸ Started, × Unbound, ! Error, – the others. Drawn in screen pixels.
    const QString &state = m_live.lifecycle;
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing);
    constexpr double r = 5;
    painter->setPen(QPen(Qt::white, 1));
    painter->setBrush(lifecycleColor(state));
    painter->drawEllipse(at, r, r);
    // The signs below are drawn for a disc of 6 px: scaled around its centre.
    painter->translate(at);
    painter->scale(r / 6, r / 6);
    painter->translate(-at);
    QPen sign(Qt::white, 1.6);
    sign.setCapStyle(Qt::RoundCap);
    sign.setJoinStyle(Qt::RoundJoin);
    painter->setPen(sign);
    painter->setBrush(Qt::NoBrush);
    const double x = at.x();
    const double y = at.y();
    if (state == QLatin1String("Synchronized")) {
        const QPointF tick[] = {{x - 3, y}, {x - 1, y + 2.5}, {x + 3, y - 2.5}};
        painter->drawPolyline(tick, 3);
    } else if (state == QLatin1String("NotSynchronized")) {
        QPainterPath wave(QPointF(x - 3.5, y + 1));
        wave.cubicTo(QPointF(x - 2, y - 3), QPointF(x + 2, y + 3), QPointF(x + 3.5, y - 1));
        painter->drawPath(wave);
    } else if (state == QLatin1String("Bound")) {
        painter->setBrush(Qt::white);
        painter->drawEllipse(at, 1.5, 1.5);
    } else if (state == QLatin1String("Started")) {
        painter->setBrush(Qt::white);
        const QPointF play[] = {{x - 1.5, y - 3}, {x + 2.5, y}, {x - 1.5, y + 3}};
        painter->drawPolygon(play, 3);
    } else if (state == QLatin1String("Unbound")) {
        painter->drawLine(QPointF(x - 2.5, y - 2.5), QPointF(x + 2.5, y + 2.5));
        painter->drawLine(QPointF(x - 2.5, y + 2.5), QPointF(x + 2.5, y - 2.5));
    } else if (state == QLatin1String("Error")) {
        painter->drawLine(QPointF(x, y - 3.5), QPointF(x, y + 0.5));
        painter->drawPoint(QPointF(x, y + 3));
    } else {
        painter->drawLine(QPointF(x - 2.5, y), QPointF(x + 2.5, y));
    }
    painter->restore();
}

void TwinItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette pal = QApplication::palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    QRectF card(0, 0, kWidth, m_height);
    const bool selected = option->state & QStyle::State_Selected;
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor nodeColor = m_scene->nodeColor(m_node);

    QColor frame =
        m_live.lifecycle.isEmpty() ? pal.color(QPalette::Mid) : lifecycleColor(m_live.lifecycle);
    // Far out, the card's lines cannot be read: a card is a block with its node as a band across
    // its top (the header's colour at full size), its life cycle as the frame and a state badge
    // on its top left corner, and its name at a size that stays legible (as much of it as fits).
    // Node and life cycle never share a means, so that similar hues cannot be confused.
    const double detail =
        QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    if (detail < kFarOut) {
        // Rectangles on whole pixels: no antialiasing, the rasteriser's fast path.
        painter->setRenderHint(QPainter::Antialiasing, false);
        const bool running = !m_live.lifecycle.isEmpty();
        painter->setPen(selected  ? QPen(pal.color(QPalette::Highlight), 3 / detail)
                        : running ? QPen(frame, 2.5 / detail)
                                  : QPen(frame, 1 / detail));
        painter->setBrush(base);
        painter->drawRect(card);
        const double band = std::min(m_height * 0.3, std::max(kHeader * 0.5, 6 / detail));
        painter->setPen(Qt::NoPen);
        painter->setBrush(dark ? nodeColor.darker(160) : nodeColor);
        painter->drawRect(QRectF(0, 0, kWidth, band));
        card.setTop(band);
        if (detail >= 0.08) {
            const QRectF onScreen = painter->worldTransform().mapRect(card).adjusted(3, 1, -3, -1);
            // The name's widths at 8 to 11 px are measured once, and its layout is kept while
            // its size and text stay the same: laying out text for every card of every frame is
            // what a far-out frame would spend most on.
            if (m_farNameFont != painter->font() || m_farNameKey.isEmpty()) {
                m_farNameFont = painter->font();
                m_farNameKey = QSize(0, 0);
                QFont f = painter->font();
                for (int px = 8; px <= 11; ++px) {
                    f.setPixelSize(px);
                    m_titleWidth[std::size_t(px - 8)] = QFontMetricsF(f).horizontalAdvance(m_title);
                }
            }
            // The largest size up to 11 px at which the whole name fits; below 8 px it is elided
            // in the middle.
            int size = std::clamp(static_cast<int>(onScreen.height() * 0.45), 8, 11);
            while (size > 8 && m_titleWidth[std::size_t(size - 8)] > onScreen.width())
                --size;
            const bool elided = m_titleWidth[std::size_t(size - 8)] > onScreen.width();
            const QSize key(size, elided ? int(onScreen.width()) : 1);
            if (key != m_farNameKey) {
                m_farNameKey = key;
                QFont f = painter->font();
                f.setPixelSize(size);
                m_farName.setText(
                    elided ? QFontMetricsF(f).elidedText(m_title, Qt::ElideMiddle, onScreen.width())
                           : m_title);
                m_farName.setTextFormat(Qt::PlainText);
                m_farName.prepare(QTransform(), f);
                m_farNameSized = f;
            }
            painter->save();
            painter->resetTransform();
            painter->setFont(m_farNameSized);
            painter->setPen(text);
            const QSizeF extent = m_farName.size();
            painter->drawStaticText(QPointF(onScreen.center().x() - extent.width() / 2,
                                            onScreen.center().y() - extent.height() / 2),
                                    m_farName);
            painter->restore();
        }
        // Inside the card (what is drawn outside its bounding rectangle is cut off), over the
        // band, above the name.
        if (running && detail >= 0.05)
            drawStateBadge(painter, painter->worldTransform().map(QPointF(0, 0)) + QPointF(6, 6));
        if (!m_live.health.isEmpty()) {
            // Something is wrong: a warning sign on the corner, at a size that stays visible.
            const QPointF corner =
                painter->worldTransform().map(QPointF(kWidth, 0)) + QPointF(-2, 7);
            painter->save();
            painter->resetTransform();
            painter->setRenderHint(QPainter::Antialiasing);
            QPainterPath sign;
            sign.moveTo(corner + QPointF(-6, -7));
            sign.lineTo(corner + QPointF(1, 6));
            sign.lineTo(corner + QPointF(-13, 6));
            sign.closeSubpath();
            painter->setPen(QPen(Qt::white, 1));
            painter->setBrush(dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xe0, 0x6c, 0x00));
            painter->drawPath(sign);
            painter->restore();
        }
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
    // What keeps it from following its device.
    if (!m_live.health.isEmpty()) {
        const QColor warn = dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x4a, 0x00);
        const QRectF sign(10, y + 2, kLine - 4, kLine - 4);
        QPainterPath triangle;
        triangle.moveTo(sign.center().x(), sign.top());
        triangle.lineTo(sign.bottomRight());
        triangle.lineTo(sign.bottomLeft());
        triangle.closeSubpath();
        painter->setPen(Qt::NoPen);
        painter->setBrush(warn);
        painter->drawPath(triangle);
        painter->setPen(dark ? QColor(Qt::black) : QColor(Qt::white));
        QFont b = small;
        b.setBold(true);
        painter->setFont(b);
        painter->drawText(sign.adjusted(0, 2, 0, 0), Qt::AlignCenter, QStringLiteral("!"));
        painter->setFont(small);
        painter->setPen(warn);
        const QRectF textRect(14 + sign.width(), y, kWidth - 24 - sign.width(), kLine);
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                          sm.elidedText(m_live.health, Qt::ElideRight, textRect.width()));
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
    m_scene->beginMoves();
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

} // namespace twinloom::Studio
