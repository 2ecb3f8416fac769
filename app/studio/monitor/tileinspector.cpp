#include "app/studio/monitor/tileinspector.h"

#include "app/studio/monitor/dashboard.h"
#include "app/studio/monitor/monitorcontroller.h"
#include "app/studio/monitor/tilemodel.h"
#include "app/studio/shared/tr.h"

#include <QtCore/QSignalBlocker>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QVBoxLayout>

namespace twinloom::Studio {

namespace {
bool isNumber(const PropertyDef &p)
{
    return p.schema && p.schema->isNumeric();
}
} // namespace

TileInspector::TileInspector(MonitorController *controller, GraphModel *model, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_model(model)
    , m_heading(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_member(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_historyLabel(new QLabel(Tr::tr("&History:"), this))
    , m_history(new QSpinBox(this))
    , m_spanLabel(new QLabel(Tr::tr("Time &span:"), this))
    , m_span(new QSpinBox(this))
    , m_seriesLabel(new QLabel(Tr::tr("Series:"), this))
    , m_series(new QListWidget(this))
    , m_seriesTwin(new QComboBox(this))
    , m_seriesProperty(new QComboBox(this))
    , m_addSeries(new QPushButton(Tr::tr("Add"), this))
    , m_removeSeries(new QPushButton(Tr::tr("Remove"), this))
    , m_form(new QWidget(this))
    , m_none(new QLabel(Tr::tr("Click a tile to configure it; drag it to move it, drag its corner "
                               "to resize it."),
                        this))
{
    setObjectName(QStringLiteral("tileInspector"));
    m_title->setObjectName(QStringLiteral("tileTitle"));
    m_member->setObjectName(QStringLiteral("tileMember"));
    m_type->setObjectName(QStringLiteral("tileType"));
    m_history->setObjectName(QStringLiteral("tileHistory"));
    m_span->setObjectName(QStringLiteral("tileSpan"));
    m_series->setObjectName(QStringLiteral("tileSeries"));
    m_heading->setStyleSheet(QStringLiteral("font-weight: bold"));
    m_none->setWordWrap(true);
    m_history->setRange(2, Tile::kMaxHistory);
    m_history->setSuffix(Tr::tr(" samples"));
    m_history->setKeyboardTracking(false);
    m_history->setToolTip(Tr::tr("The most samples the plot holds per series"));
    m_span->setRange(1, Tile::kMaxSpan);
    m_span->setSuffix(Tr::tr(" s"));
    m_span->setKeyboardTracking(false);
    m_span->setToolTip(Tr::tr("The time the plot shows while it follows the present"));
    m_series->setMaximumHeight(120);

    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(Tr::tr("&Title:"), m_title);
    form->addRow(Tr::tr("&Shows:"), m_member);
    form->addRow(Tr::tr("T&ype:"), m_type);
    form->addRow(m_spanLabel, m_span);
    m_spanLabel->setBuddy(m_span);
    form->addRow(m_historyLabel, m_history);
    m_historyLabel->setBuddy(m_history);
    auto *seriesBox = new QVBoxLayout;
    seriesBox->addWidget(m_series);
    auto *pick = new QHBoxLayout;
    pick->addWidget(m_seriesTwin, 1);
    pick->addWidget(m_seriesProperty, 1);
    seriesBox->addLayout(pick);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addSeries);
    buttons->addWidget(m_removeSeries);
    buttons->addStretch(1);
    seriesBox->addLayout(buttons);
    form->addRow(m_seriesLabel, seriesBox);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_none);
    layout->addWidget(m_form);
    layout->addStretch(1);

    auto selected = [this]() -> const Tile * {
        const int i = m_controller->selectedTile();
        const auto &tiles = m_controller->dashboard().tiles;
        return i >= 0 && std::size_t(i) < tiles.size() ? &tiles[std::size_t(i)] : nullptr;
    };
    QObject::connect(m_title, &QLineEdit::editingFinished, this, [this, selected] {
        if (const Tile *t = selected(); t && t->title != m_title->text().trimmed()) {
            Tile changed = *t;
            changed.title = m_title->text().trimmed();
            edit(changed, Tr::tr("Rename Tile"));
        }
    });
    QObject::connect(m_member, &QComboBox::activated, this, [this, selected](int index) {
        const Tile *t = selected();
        if (!t)
            return;
        Tile changed = *t;
        changed.member = m_member->itemData(index).toString();
        // A type that fits the new member: the one a generated dashboard would choose first.
        const std::vector<const TileType *> fitting = fittingTileTypes(changed, *m_model);
        if (!fitting.empty() &&
            std::find(fitting.begin(), fitting.end(), changed.type) == fitting.end())
            changed.type = fitting.front();
        edit(changed, Tr::tr("Change What a Tile Shows"));
    });
    QObject::connect(m_type, &QComboBox::activated, this, [this, selected](int index) {
        if (const Tile *t = selected()) {
            Tile changed = *t;
            const TileType *type = tileType(m_type->itemData(index).toString());
            if (!type)
                return;
            changed.type = type;
            edit(changed, Tr::tr("Change Tile Type"));
        }
    });
    QObject::connect(m_history, &QSpinBox::valueChanged, this, [this](int value) {
        const int i = m_controller->selectedTile();
        if (i >= 0 && !m_controller->setTileHistory(i, value))
            refresh();
    });
    QObject::connect(m_span, &QSpinBox::valueChanged, this, [this](int value) {
        const int i = m_controller->selectedTile();
        if (i >= 0 && !m_controller->setTileSpan(i, value))
            refresh();
    });
    QObject::connect(m_seriesTwin, &QComboBox::currentIndexChanged, this,
                     &TileInspector::fillSeriesProperties);
    QObject::connect(m_addSeries, &QPushButton::clicked, this, [this, selected] {
        const Tile *t = selected();
        if (!t || m_seriesProperty->currentIndex() < 0)
            return;
        Tile changed = *t;
        const PlotSeries s{m_seriesTwin->currentData().toString(),
                           m_seriesProperty->currentData().toString()};
        if (std::find(changed.series.begin(), changed.series.end(), s) != changed.series.end())
            return;
        changed.series.push_back(s);
        edit(changed, Tr::tr("Add Plot Series"));
    });
    QObject::connect(m_removeSeries, &QPushButton::clicked, this, [this, selected] {
        const Tile *t = selected();
        const int row = m_series->currentRow();
        if (!t || row < 0 || std::size_t(row) >= t->series.size())
            return;
        Tile changed = *t;
        changed.series.erase(changed.series.begin() + row);
        edit(changed, Tr::tr("Remove Plot Series"));
    });
    QObject::connect(m_series, &QListWidget::currentRowChanged, this,
                     [this](int row) { m_removeSeries->setEnabled(row >= 0); });
    QObject::connect(m_controller, &MonitorController::selectionChanged, this,
                     &TileInspector::refresh);
    QObject::connect(m_controller, &MonitorController::tilesChanged, this, &TileInspector::refresh);
    refresh();
}

void TileInspector::edit(const Tile &tile, const QString &text)
{
    m_controller->updateTile(m_controller->selectedTile(), tile, text);
    refresh(); // a refused edit shows the tile as it is
}

void TileInspector::refresh()
{
    const int index = m_controller->selectedTile();
    const auto &tiles = m_controller->dashboard().tiles;
    const bool has = index >= 0 && std::size_t(index) < tiles.size();
    m_none->setVisible(!has);
    m_form->setVisible(has);
    if (!has) {
        m_heading->setText(Tr::tr("Tile"));
        return;
    }
    const Tile &tile = tiles[std::size_t(index)];
    const TileModel *model = m_controller->tile(index);
    const bool plot = tile.type->member == TileType::Member::Series;
    const bool hasMember = !plot && tile.type->member != TileType::Member::Twin;
    m_heading->setText(Tr::tr("Tile %1: %2").arg(index + 1).arg(tile.type->displayName()));

    const QSignalBlocker b1(m_title), b2(m_member), b3(m_type), b4(m_history), b5(m_series),
        b6(m_seriesTwin), b7(m_span);
    m_title->setText(tile.title);
    m_title->setPlaceholderText(model && tile.title.isEmpty() ? model->title() : QString());

    m_member->clear();
    auto *form = static_cast<QFormLayout *>(m_form->layout());
    form->setRowVisible(m_member, hasMember);
    form->setRowVisible(m_type, hasMember);
    if (hasMember) {
        const auto twinModel =
            m_model->hasTwin(tile.twin) ? m_model->model(m_model->twinModelId(tile.twin)) : nullptr;
        if (twinModel && tile.type->member == TileType::Member::Relationship) {
            m_member->addItem(Tr::tr("All properties"), QString());
            for (const RelationshipDef &r : twinModel->relationships)
                m_member->addItem(Tr::tr("Relationship %1").arg(r.name), r.name);
        } else if (twinModel) {
            for (const PropertyDef &p : twinModel->properties)
                m_member->addItem(Tr::tr("Property %1").arg(p.name), p.name);
            for (const ActionDef &a : twinModel->actions)
                m_member->addItem(Tr::tr("Action %1").arg(a.name), a.name);
            if (!twinModel->events.empty())
                m_member->addItem(Tr::tr("All events"), QString());
            for (const EventDef &e : twinModel->events)
                m_member->addItem(Tr::tr("Event %1").arg(e.name), e.name);
        }
        int at = m_member->findData(tile.member);
        if (at < 0) {
            m_member->addItem(tile.member, tile.member);
            at = m_member->count() - 1;
        }
        m_member->setCurrentIndex(at);
    }

    m_type->clear();
    for (const TileType *type : fittingTileTypes(tile, *m_model))
        m_type->addItem(type->displayName(), type->idName());
    if (m_type->findData(tile.type->idName()) < 0)
        m_type->addItem(tile.type->displayName(), tile.type->idName());
    m_type->setCurrentIndex(m_type->findData(tile.type->idName()));
    m_type->setEnabled(m_type->count() > 1);

    m_historyLabel->setVisible(plot);
    m_history->setVisible(plot);
    m_history->setValue(tile.history);
    m_spanLabel->setVisible(plot);
    m_span->setVisible(plot);
    m_span->setValue(tile.span);
    m_seriesLabel->setVisible(plot);
    for (QWidget *w : {static_cast<QWidget *>(m_series), static_cast<QWidget *>(m_seriesTwin),
                       static_cast<QWidget *>(m_seriesProperty),
                       static_cast<QWidget *>(m_addSeries), static_cast<QWidget *>(m_removeSeries)})
        w->setVisible(plot);
    m_series->clear();
    for (const PlotSeries &s : tile.series)
        m_series->addItem(Tr::tr("%1 · %2").arg(s.twin, s.property));
    m_removeSeries->setEnabled(false);
    if (plot) {
        const QString twin = m_seriesTwin->currentData().toString();
        m_seriesTwin->clear();
        for (const QString &id : m_model->twinIds())
            m_seriesTwin->addItem(m_model->twinDisplayName(id), id);
        // The twin chosen last, or the dashboard's own.
        int at = m_seriesTwin->findData(twin);
        if (at < 0)
            at = m_seriesTwin->findData(m_controller->dashboard().twin);
        m_seriesTwin->setCurrentIndex(std::max(at, 0));
        fillSeriesProperties();
    }
}

void TileInspector::fillSeriesProperties()
{
    const QString current = m_seriesProperty->currentData().toString();
    m_seriesProperty->clear();
    const QString twin = m_seriesTwin->currentData().toString();
    const auto twinModel =
        m_model->hasTwin(twin) ? m_model->model(m_model->twinModelId(twin)) : nullptr;
    if (twinModel)
        for (const PropertyDef &p : twinModel->properties)
            if (isNumber(p))
                m_seriesProperty->addItem(p.displayName.isEmpty() ? p.name : p.displayName, p.name);
    const int at = m_seriesProperty->findData(current);
    if (at >= 0)
        m_seriesProperty->setCurrentIndex(at);
    m_addSeries->setEnabled(m_seriesProperty->count() > 0);
}

} // namespace twinloom::Studio
