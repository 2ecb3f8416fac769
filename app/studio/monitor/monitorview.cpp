#include "app/studio/monitor/monitorview.h"

#include "app/studio/monitor/gaugearc.h"
#include "app/studio/monitor/plotitem.h"
#include "app/studio/monitor/remotesourcesdialog.h"
#include "app/studio/monitor/remotetwins.h"
#include "app/studio/monitor/tileinspector.h"
#include "app/studio/shared/grapheditbuilder.h"
#include "app/studio/shared/tr.h"

#include <QtCore/QFileInfo>
#include <QtGui/QStandardItemModel>
#include <QtGui/QUndoStack>
#include <QtQml/QQmlContext>
#include <QtQml/QQmlEngine>
#include <QtQuickWidgets/QQuickWidget>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>

namespace twinloom::Studio {

MonitorView::MonitorView(GraphModel *model, QUndoStack *undo, EngineHost *host, RemoteTwins *remote,
                         QWidget *parent)
    : QWidget(parent)
    , m_controller(new MonitorController(model, undo, host, this))
    , m_model(model)
    , m_chooser(new QComboBox(this))
    , m_edit(new QToolButton(this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_bar(new QWidget(this))
    , m_remoteSources(new QToolButton(this))
    , m_quick(nullptr)
    , m_inspector(nullptr)
{
    qmlRegisterType<PlotItem>("Twinloom.Monitor", 1, 0, "PlotView");
    qmlRegisterType<GaugeArc>("Twinloom.Monitor", 1, 0, "GaugeArc");
    m_bar->setObjectName(QStringLiteral("monitorBar"));
    auto *bar = new QHBoxLayout(m_bar);
    bar->setContentsMargins(8, 6, 8, 6);
    auto *label = new QLabel(Tr::tr("&Dashboard:"), this);
    label->setBuddy(m_chooser);
    m_chooser->setMinimumContentsLength(28);
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_edit->setText(Tr::tr("&Edit", "edit the dashboard"));
    m_edit->setCheckable(true);
    m_edit->setToolTip(Tr::tr("Add and remove tiles, drag them to move or resize them, and "
                              "configure them"));
    m_add->setText(Tr::tr("&Add Tile"));
    m_add->setObjectName(QStringLiteral("addTile"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    m_add->setMenu(new QMenu(m_add));
    m_add->setEnabled(false);
    m_remove->setText(Tr::tr("&Reset to Default"));
    m_remove->setToolTip(Tr::tr("Remove the saved dashboard; the twin gets its generated one"));
    m_remove->setEnabled(false);
    bar->addWidget(label);
    bar->addWidget(m_chooser);
    bar->addSpacing(12);
    bar->addWidget(m_edit);
    bar->addWidget(m_add);
    bar->addWidget(m_remove);
    bar->addStretch(1);
    m_remoteSources->setText(Tr::tr("Remote &Twins…"));
    m_remoteSources->setObjectName(QStringLiteral("remoteTwins"));
    m_remoteSources->setToolTip(
        Tr::tr("Brokers on which twins of other engines are announced, to show them here"));
    m_remoteSources->setVisible(remote != nullptr);
    bar->addWidget(m_remoteSources);

    m_quick = new QQuickWidget(this);
    m_quick->setResizeMode(QQuickWidget::SizeRootObjectToView);
    m_quick->rootContext()->setContextProperty(QStringLiteral("monitor"), m_controller);
    m_quick->rootContext()->setContextProperty(QStringLiteral("theme"), m_controller->theme());
    m_controller->setDark(DashboardTheme::isDarkPalette(palette()));
    m_quick->setSource(QUrl(QStringLiteral("qrc:/twinloom/monitor/Dashboard.qml")));
    for (const QQmlError &e : m_quick->errors())
        qWarning("Monitor: %s", qPrintable(e.toString()));

    m_inspector = new TileInspector(m_controller, model, this);
    m_inspector->setFixedWidth(320);
    m_inspector->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    auto *content = new QHBoxLayout;
    content->setContentsMargins(0, 0, 0, 0);
    content->setSpacing(0);
    content->addWidget(m_quick, 1);
    content->addWidget(m_inspector);
    layout->addLayout(content, 1);

    QObject::connect(m_chooser, &QComboBox::activated, this, &MonitorView::choose);
    QObject::connect(m_edit, &QToolButton::toggled, m_controller, &MonitorController::setEditing);
    QObject::connect(m_controller, &MonitorController::editingChanged, this, [this] {
        m_edit->setChecked(m_controller->isEditing());
        m_add->setEnabled(m_controller->isEditing());
        m_inspector->setVisible(m_controller->isEditing());
    });
    QObject::connect(m_controller, &MonitorController::tilesChanged, this, [this] {
        m_remove->setEnabled(m_controller->isSaved());
        m_edit->setEnabled(!m_controller->isRemote());
    });
    QObject::connect(m_add->menu(), &QMenu::aboutToShow, this, &MonitorView::fillAddMenu);
    QObject::connect(m_remove, &QToolButton::clicked, this, [this, undo] {
        if (!m_controller->isSaved())
            return;
        undo->push(DashboardEdit::replace(m_model, Tr::tr("Reset Dashboard"),
                                          m_controller->dashboard(), true));
    });
    QObject::connect(m_controller, &MonitorController::exportRequested, this,
                     &MonitorView::exportPlot);
    QObject::connect(model, &GraphModel::reset, this, &MonitorView::refreshChoices);
    QObject::connect(model, &GraphModel::twinAdded, this, &MonitorView::refreshChoices);
    QObject::connect(model, &GraphModel::twinRemoved, this, &MonitorView::refreshChoices);
    QObject::connect(model, &GraphModel::dashboardsChanged, this, &MonitorView::refreshChoices);
    if (remote) {
        m_controller->setRemoteTwins(remote);
        QObject::connect(remote, &RemoteTwins::changed, this, &MonitorView::refreshChoices);
        QObject::connect(m_remoteSources, &QToolButton::clicked, this, [this, remote] {
            RemoteSourcesDialog dialog(remote, this);
            dialog.exec();
        });
    }
    refreshChoices();
}

MonitorView::~MonitorView()
{
    // The QML scene goes first: its tiles bind to the controller's tile models.
    delete m_quick;
    m_quick = nullptr;
}

void MonitorView::setOperatorView(bool on)
{
    if (on == m_operator)
        return;
    m_operator = on;
    if (on)
        m_controller->setEditing(false);
    m_bar->setVisible(!on);
}

void MonitorView::refreshChoices()
{
    const QString current = m_chooser->currentData().toString();
    m_chooser->clear();
    // Along the composition: building, floor, its rooms, a room's devices (see the Twins panel).
    for (const auto &entry : GraphEditBuilder::compositionOrder(*m_model)) {
        const QString &id = entry.first;
        const QString name = m_model->twinDisplayName(id);
        m_chooser->addItem(name == id ? Tr::tr("Twin %1").arg(id)
                                      : Tr::tr("Twin %1 (%2)").arg(name, id),
                           QString(QStringLiteral("twin:") + id));
    }
    Diagnostics ignored;
    for (const Dashboard &d : readDashboards(m_model->document(), ignored))
        if (d.twin.isEmpty())
            m_chooser->addItem(Tr::tr("Dashboard %1").arg(d.name.isEmpty() ? d.id : d.name),
                               QString(QStringLiteral("dashboard:") + d.id));
    if (RemoteTwins *remote = m_controller->remoteTwins())
        addRemoteChoices(*remote);
    int index = m_chooser->findData(current);
    if (index < 0 && m_chooser->count() > 0)
        index = 0;
    m_chooser->setCurrentIndex(index);
    // A new document empties the dashboard: show the chosen one again.
    if (index >= 0 && (m_chooser->itemData(index).toString() != current ||
                       m_controller->dashboard().id.isEmpty()))
        choose(index);
}

void MonitorView::addRemoteChoices(const RemoteTwins &remote)
{
    const std::vector<RemoteTwin> twins = remote.twins();
    auto *items = qobject_cast<QStandardItemModel *>(m_chooser->model());
    for (const RemoteSource &source : remote.sources()) {
        const QString key = source.key();
        if (std::none_of(twins.begin(), twins.end(),
                         [&](const RemoteTwin &t) { return t.source == key; }))
            continue;
        if (m_chooser->count() > 0)
            m_chooser->insertSeparator(m_chooser->count());
        // The group's title cannot be chosen.
        m_chooser->addItem(Tr::tr("Remote — %1").arg(source.label()));
        if (items)
            items->item(m_chooser->count() - 1)->setEnabled(false);
        for (const RemoteTwin &t : twins) {
            if (t.source != key)
                continue;
            const QString name = t.title.isEmpty()
                                     ? Tr::tr("Remote twin %1").arg(t.id)
                                     : Tr::tr("Remote twin %1 (%2)").arg(t.id, t.title);
            m_chooser->addItem(t.isOnline() ? name : Tr::tr("%1 — offline").arg(name),
                               remoteChoice(key, t.id));
        }
    }
}

QString MonitorView::remoteChoice(const QString &source, const QString &id)
{
    return QStringLiteral("remote:") + source + QLatin1Char('\n') + id;
}

bool MonitorView::showRemoteTwin(const QString &source, const QString &id)
{
    const int index = m_chooser->findData(remoteChoice(source, id));
    if (index >= 0)
        m_chooser->setCurrentIndex(index);
    return m_controller->showRemoteTwin(source, id);
}

void MonitorView::showTwin(const QString &twinId)
{
    const int index = m_chooser->findData(QString(QStringLiteral("twin:") + twinId));
    if (index >= 0) {
        m_chooser->setCurrentIndex(index);
        choose(index);
    } else {
        m_controller->showTwin(twinId); // says why it cannot
    }
}

void MonitorView::choose(int index)
{
    const QString key = m_chooser->itemData(index).toString();
    if (key.startsWith(QLatin1String("twin:")))
        m_controller->showTwin(key.mid(5));
    else if (key.startsWith(QLatin1String("dashboard:")))
        m_controller->showDashboard(key.mid(10));
    else if (key.startsWith(QLatin1String("remote:")))
        m_controller->showRemoteTwin(key.mid(7).section(QLatin1Char('\n'), 0, 0),
                                     key.section(QLatin1Char('\n'), 1));
}

void MonitorView::fillAddMenu()
{
    QMenu *menu = m_add->menu();
    menu->clear();
    const QString twin = m_controller->dashboard().twin;
    const QStringList twins = twin.isEmpty() ? m_model->twinIds() : QStringList{twin};
    for (const QString &id : twins) {
        const auto model = m_model->model(m_model->twinModelId(id));
        if (!model)
            continue;
        QMenu *target = twins.size() == 1 ? menu : menu->addMenu(m_model->twinDisplayName(id));
        // The tiles a generated dashboard would have, one entry each.
        const Dashboard offer = Dashboard::generate(id, {}, *model);
        for (const Tile &t : offer.tiles)
            offerTile(target, t, int(twins.size()));
    }
    // The tiles of a whole twin (its entanglement, the table of its properties) for each twin the
    // menu offers.
    for (const QString &id : twins) {
        if (!m_model->hasTwin(id))
            continue;
        for (const TileType *type : tileTypes()) {
            if (!type->offeredPerTwin)
                continue;
            Tile t;
            t.type = type;
            t.twin = id;
            t.w = type->w;
            t.h = type->h;
            offerTile(menu, t, int(twins.size()));
        }
    }
    if (menu->isEmpty())
        menu->addAction(Tr::tr("Nothing to add"))->setEnabled(false);
}

void MonitorView::offerTile(QMenu *menu, const Tile &tile, int twins)
{
    const QString text = tile.type->offer ? tile.type->offer(tile, twins)
                                          : Tr::tr("%1: %2").arg(tile.type->idName(), tile.member);
    QObject::connect(menu->addAction(text), &QAction::triggered, this,
                     [this, tile] { m_controller->addTile(tile); });
}

void MonitorView::exportPlot(int index, const QString &format)
{
    const QString filter = format == QLatin1String("csv")   ? Tr::tr("CSV files (*.csv)")
                           : format == QLatin1String("pdf") ? Tr::tr("PDF documents (*.pdf)")
                                                            : Tr::tr("PNG images (*.png)");
    QString path = QFileDialog::getSaveFileName(this, Tr::tr("Export Plot"),
                                                QStringLiteral("plot.") + format, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + format;
    QString error;
    if (!m_controller->exportPlot(index, path, &error))
        QMessageBox::warning(this, Tr::tr("Export Plot"), error);
}

void MonitorView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The dashboards follow the window's palette, light or dark.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        m_controller->setDark(DashboardTheme::isDarkPalette(palette()));
}

} // namespace twinloom::Studio
