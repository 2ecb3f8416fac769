#include "app/studio/shared/twintree.h"

#include "app/studio/shared/enginehost.h"
#include "app/studio/shared/grapheditbuilder.h"
#include "app/studio/shared/graphmodel.h"
#include "app/studio/shared/livestate.h"
#include "app/studio/shared/tr.h"

#include <QtCore/QSortFilterProxyModel>
#include <QtGui/QKeyEvent>
#include <QtGui/QPainter>
#include <QtGui/QStandardItemModel>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QTreeView>
#include <QtWidgets/QVBoxLayout>

#include <functional>

namespace twinloom::Studio {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kSearchRole = Qt::UserRole + 2; // name, id and model
constexpr int kStateRole = Qt::UserRole + 3;  // the life cycle state and health shown

QIcon stateDot(const QColor &colour)
{
    QPixmap dot(12, 12);
    dot.fill(Qt::transparent);
    QPainter p(&dot);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(colour.darker(130));
    p.setBrush(colour);
    p.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return QIcon(dot);
}

} // namespace

TwinTree::TwinTree(GraphModel *model, EngineHost *host, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_host(host)
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_count(new QLabel(this))
    , m_items(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("twinTree"));
    m_filter->setObjectName(QStringLiteral("twinFilter"));
    m_filter->setPlaceholderText(Tr::tr("Find a twin by name, id or model (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_proxy->setSourceModel(m_items);
    m_proxy->setFilterRole(kSearchRole);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setExpandsOnDoubleClick(false);
    m_count->setObjectName(QStringLiteral("twinCount"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    QObject::connect(m_filter, &QLineEdit::textChanged, this, &TwinTree::applyFilter);
    QObject::connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        // Enter takes the first twin found.
        const QStringList shown = shownTwins();
        if (shown.isEmpty())
            return;
        setCurrentTwin(shown.first());
        Q_EMIT twinActivated(shown.first());
    });
    QObject::connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT twinActivated(index.data(kIdRole).toString());
    });
    QObject::connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT twinActivated(index.data(kIdRole).toString());
    });
    QObject::connect(model, &GraphModel::changed, this, &TwinTree::rebuild);
    QObject::connect(model, &GraphModel::reset, this, &TwinTree::rebuild);
    if (host) {
        QObject::connect(host, &EngineHost::changes, this, &TwinTree::refreshStates);
        QObject::connect(host, &EngineHost::runningChanged, this, &TwinTree::refreshStates);
    }
    rebuild();
}

void TwinTree::rebuild()
{
    const QString current = currentTwin();
    const QHash<QString, QString> parents = GraphEditBuilder::compositionParents(*m_model);
    // The signature of the tree: rebuilt only when twins, names or the composition changed,
    // not on every move of a card.
    const QStringList ids = m_model->twinIds();
    QString signature;
    for (const QString &id : ids)
        signature += id + QLatin1Char('\t') + m_model->twinDisplayName(id) + QLatin1Char('\t') +
                     parents.value(id) + QLatin1Char('\t') + m_model->twinModelId(id) +
                     QLatin1Char('\n');
    if (signature == m_signature && !m_rows.isEmpty())
        return;
    m_signature = signature;
    m_items->clear();
    m_rows.clear();
    QList<QStandardItem *> above; // the last item at each depth
    for (const auto &[id, depth] : GraphEditBuilder::compositionOrder(*m_model, parents)) {
        const QString name = m_model->twinDisplayName(id);
        const QString modelId = m_model->twinModelId(id);
        auto *item = new QStandardItem(name);
        item->setData(id, kIdRole);
        item->setData(QStringList{name, id, modelId}.join(QLatin1Char('\n')), kSearchRole);
        m_rows.insert(id, item);
        above.resize(depth);
        (above.isEmpty() ? m_items->invisibleRootItem() : above.last())->appendRow(item);
        above.append(item);
    }
    m_view->expandAll();
    refreshStates();
    applyFilter(m_filter->text());
    if (!current.isEmpty())
        setCurrentTwin(current);
}

void TwinTree::refreshStates()
{
    const bool running = m_host && m_host->isRunning();
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const LiveState *live = running ? m_host->live(it.key()) : nullptr;
        const QString state = live ? live->lifecycle : QString();
        const QString shown = state + QLatin1Char('\n') + (live ? live->health : QString());
        QStandardItem *item = it.value();
        if (item->data(kStateRole).toString() == shown)
            continue;
        item->setData(shown, kStateRole);
        item->setIcon(state.isEmpty() ? QIcon() : stateDot(lifecycleColor(state)));
        QString tip = Tr::tr("Id: %1\nModel: %2").arg(it.key(), m_model->twinModelId(it.key()));
        if (const QString node = m_model->twinNode(it.key()); !node.isEmpty())
            tip += QLatin1Char('\n') + Tr::tr("Node: %1").arg(node);
        if (!state.isEmpty())
            tip += QLatin1Char('\n') + Tr::tr("State: %1").arg(state);
        if (live && !live->health.isEmpty())
            tip += QLatin1Char('\n') + live->health;
        item->setToolTip(tip);
    }
}

void TwinTree::applyFilter(const QString &text)
{
    m_proxy->setFilterFixedString(text.trimmed());
    m_view->expandAll();
    const int shown = int(shownTwins().size());
    const int all = int(m_rows.size());
    m_count->setText(!text.trimmed().isEmpty() ? Tr::tr("%1 of %2 twins").arg(shown).arg(all)
                     : all == 1                ? Tr::tr("1 twin")
                                               : Tr::tr("%1 twins").arg(all));
}

void TwinTree::find()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void TwinTree::setCurrentTwin(const QString &id)
{
    QStandardItem *item = m_rows.value(id);
    if (!item)
        return;
    const QModelIndex index = m_proxy->mapFromSource(item->index());
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

QString TwinTree::currentTwin() const
{
    return m_view->currentIndex().data(kIdRole).toString();
}

QStringList TwinTree::shownTwins() const
{
    QStringList out;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < m_proxy->rowCount(parent); ++r) {
            const QModelIndex i = m_proxy->index(r, 0, parent);
            const QString id = i.data(kIdRole).toString();
            // A parent kept only for what it holds is not itself a match.
            if (m_filter->text().trimmed().isEmpty() ||
                i.data(kSearchRole)
                    .toString()
                    .contains(m_filter->text().trimmed(), Qt::CaseInsensitive))
                out << id;
            walk(i);
        }
    };
    walk({});
    return out;
}

bool TwinTree::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the filter goes into the list; Escape clears the filter.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down) {
            m_view->setFocus();
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_proxy->index(0, 0));
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace twinloom::Studio
