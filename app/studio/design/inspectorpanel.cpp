#include "app/studio/design/inspectorpanel.h"

#include "app/studio/design/mappingeditor.h"
#include "app/studio/design/modeleditor.h"
#include "app/studio/design/schemaform.h"
#include "app/studio/shared/grapheditbuilder.h"
#include "app/studio/shared/titlelabel.h"
#include "app/studio/shared/tr.h"
#include "engine/adapter.h"
#include "engine/clock.h"
#include "engine/jsoninput.h"
#include "engine/units.h"

#include <QtGui/QFontDatabase>
#include <QtGui/QUndoStack>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTreeWidget>
#include <QtWidgets/QVBoxLayout>

namespace twinloom::Studio {

InspectorPanel::InspectorPanel(GraphModel *model, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_undo(undo)
{
    auto *layout = new QVBoxLayout(this);
    m_title = addTitleLabel(layout, this, 1.15);
    m_title->setWordWrap(false);

    auto *form = new QFormLayout;
    m_idEdit = new QLineEdit(this);
    m_nameEdit = new QLineEdit(this);
    m_modelBox = new QComboBox(this);
    m_nodeBox = new QComboBox(this);
    m_nodeBox->setEditable(true);
    m_modelBox->setObjectName(QStringLiteral("twinModel"));
    form->addRow(Tr::tr("Id"), m_idEdit);
    form->addRow(Tr::tr("Name"), m_nameEdit);
    form->addRow(Tr::tr("Model"), m_modelBox);
    form->addRow(Tr::tr("Node"), m_nodeBox);
    m_adapters = new QLabel(this);
    m_adapters->setWordWrap(true);
    form->addRow(Tr::tr("Adapters"), m_adapters);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    m_editModel = new QPushButton(Tr::tr("Edit Model…"), this);
    m_editMapping = new QPushButton(Tr::tr("Edit Mapping…"), this);
    buttons->addWidget(m_editModel);
    buttons->addWidget(m_editMapping);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    // What the buttons and the adapter forms could not do, next to them.
    m_editStatus = new QLabel(this);
    m_editStatus->setWordWrap(true);
    m_editStatus->hide();
    layout->addWidget(m_editStatus);

    auto *tabs = new QTabWidget(this);
    auto *scroll = new QScrollArea(tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_formsBox = new QWidget(scroll);
    m_formsLayout = new QVBoxLayout(m_formsBox);
    m_formsLayout->addStretch(1);
    scroll->setWidget(m_formsBox);
    tabs->addTab(scroll, Tr::tr("Adapters"));

    auto *jsonPage = new QWidget(tabs);
    auto *jsonLayout = new QVBoxLayout(jsonPage);
    jsonLayout->setContentsMargins(0, 0, 0, 0);
    jsonLayout->addWidget(new QLabel(Tr::tr("Twin entry (JSON)"), jsonPage));
    m_json = new QPlainTextEdit(jsonPage);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    jsonLayout->addWidget(m_json, 1);
    auto *row = new QHBoxLayout;
    m_status = new QLabel(jsonPage);
    m_status->setWordWrap(true);
    m_apply = new QPushButton(Tr::tr("Apply"), jsonPage);
    row->addWidget(m_status, 1);
    row->addWidget(m_apply);
    jsonLayout->addLayout(row);
    tabs->addTab(jsonPage, Tr::tr("JSON"));
    // The twin's state while it runs: every property's value with its unit and age.
    m_liveTable = new QTreeWidget(tabs);
    m_liveTable->setObjectName(QStringLiteral("liveValues"));
    m_liveTable->setRootIsDecorated(false);
    m_liveTable->setColumnCount(3);
    m_liveTable->setHeaderLabels({Tr::tr("Property"), Tr::tr("Value"), Tr::tr("Updated")});
    m_liveTable->setUniformRowHeights(true);
    m_liveTable->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_liveTable->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_liveTable->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_liveTable->header()->setStretchLastSection(false);
    m_tabs = tabs;
    m_liveIndex = tabs->addTab(m_liveTable, Tr::tr("Live"));
    tabs->setTabEnabled(m_liveIndex, false);
    tabs->setTabToolTip(m_liveIndex, Tr::tr("The twin's values while the twins run"));
    layout->addWidget(tabs, 1);
    m_metrics = new QLabel(this);
    m_metrics->setWordWrap(true);
    layout->addWidget(m_metrics);

    QObject::connect(m_idEdit, &QLineEdit::editingFinished, this, &InspectorPanel::applyFields);
    QObject::connect(m_nameEdit, &QLineEdit::editingFinished, this, &InspectorPanel::applyFields);
    QObject::connect(m_modelBox, &QComboBox::activated, this, &InspectorPanel::applyFields);
    QObject::connect(m_nodeBox, &QComboBox::activated, this, &InspectorPanel::applyFields);
    QObject::connect(m_nodeBox->lineEdit(), &QLineEdit::editingFinished, this,
                     &InspectorPanel::applyFields);
    QObject::connect(m_json, &QPlainTextEdit::textChanged, this, &InspectorPanel::checkJson);
    QObject::connect(m_apply, &QPushButton::clicked, this, &InspectorPanel::applyJson);
    QObject::connect(m_editModel, &QPushButton::clicked, this, [this] { editModel(); });
    QObject::connect(m_editMapping, &QPushButton::clicked, this, [this] { editMapping(); });
    QObject::connect(model, &GraphModel::changed, this, [this] {
        if (!m_id.isEmpty() && !m_model->hasTwin(m_id))
            showTwin({});
        else
            refresh();
    });
    showTwin({});
}

void InspectorPanel::showTwin(const QString &id)
{
    m_id = id;
    m_metrics->clear();
    refresh();
    // Open editors follow the selection.
    if (id.isEmpty() || !m_model->hasTwin(id))
        return;
    if (m_mappingEditor && m_mappingEditor->isVisible())
        m_mappingEditor->showTwin(id);
    const QString modelId = m_model->twinModelId(id);
    if (m_modelEditor && m_modelEditor->isVisible() && m_model->modelEntry(modelId))
        m_modelEditor->showModel(modelId);
}

void InspectorPanel::setMetrics(const QString &text)
{
    m_metrics->setText(text);
}

void InspectorPanel::refresh()
{
    const GraphModel::Json *t = m_id.isEmpty() ? nullptr : m_model->twin(m_id);
    const bool on = t != nullptr;
    for (QWidget *w : {static_cast<QWidget *>(m_idEdit), static_cast<QWidget *>(m_nameEdit),
                       static_cast<QWidget *>(m_modelBox), static_cast<QWidget *>(m_nodeBox),
                       static_cast<QWidget *>(m_json), static_cast<QWidget *>(m_apply),
                       static_cast<QWidget *>(m_editModel), static_cast<QWidget *>(m_editMapping)})
        w->setEnabled(on);
    m_loading = true;
    if (!on) {
        m_title->setText(Tr::tr("Nothing selected"));
        m_idEdit->clear();
        m_nameEdit->clear();
        m_modelBox->clear();
        m_nodeBox->clear();
        m_adapters->clear();
        m_json->clear();
        refreshAdapters(GraphModel::Json());
        m_status->setText(Tr::tr("Select a twin on the canvas to edit it."));
        m_loading = false;
        return;
    }
    m_title->setText(m_model->twinDisplayName(m_id));
    if (!m_idEdit->hasFocus())
        m_idEdit->setText(m_id);
    if (!m_nameEdit->hasFocus())
        m_nameEdit->setText(jsonString(*t, "displayName").value_or(QString()));
    // Models by name, their ids on hover.
    m_modelBox->clear();
    for (const QString &id : m_model->modelIds()) {
        const auto model = m_model->model(id);
        const QString name = model && !model->displayName.isEmpty() ? model->displayName : id;
        m_modelBox->addItem(name, id);
        m_modelBox->setItemData(m_modelBox->count() - 1, id, Qt::ToolTipRole);
    }
    const QString modelId = m_model->twinModelId(m_id);
    if (m_modelBox->findData(modelId) < 0)
        m_modelBox->addItem(modelId, modelId);
    m_modelBox->setCurrentIndex(m_modelBox->findData(modelId));
    m_modelBox->setToolTip(modelId);
    m_liveModel = m_model->model(modelId);
    m_nodeBox->clear();
    m_nodeBox->addItem(QString());
    m_nodeBox->addItems(m_model->nodeNames());
    m_nodeBox->setCurrentText(m_model->twinNode(m_id));
    QStringList adapters;
    for (const char *side : {"physicalAdapters", "digitalAdapters"}) {
        const auto list = t->find(side);
        if (list == t->end() || !list->is_array())
            continue;
        for (const GraphModel::Json &a : *list)
            adapters << (side[0] == 'p' ? Tr::tr("physical: %1") : Tr::tr("digital: %1"))
                            .arg(jsonString(a, "type").value_or(QStringLiteral("?")));
    }
    m_adapters->setText(adapters.isEmpty() ? Tr::tr("none") : adapters.join(QLatin1Char('\n')));
    refreshAdapters(*t);
    const QString text = QString::fromStdString(t->dump(2));
    if (m_json->toPlainText() != text)
        m_json->setPlainText(text);
    m_loading = false;
    checkJson();
}

void InspectorPanel::refreshAdapters(const GraphModel::Json &twin)
{
    m_editStatus->hide();
    struct Slot
    {
        const char *side;
        int index;
        const GraphModel::Json *entry;
    };
    std::vector<Slot> entries;
    QString signature = QLatin1Char('#') + m_id; // never empty: the first call builds
    for (const char *side : {"physicalAdapters", "digitalAdapters"}) {
        const auto list = twin.is_object() ? twin.find(side) : twin.end();
        if (!twin.is_object() || list == twin.end() || !list->is_array())
            continue;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const GraphModel::Json &a = (*list)[i];
            entries.push_back({side, static_cast<int>(i), &a});
            signature += QLatin1Char('|') + QLatin1String(side) + QLatin1Char(':') +
                         jsonString(a, "type").value_or(QString()) + QLatin1Char(':') +
                         jsonString(a, "id").value_or(QString());
        }
    }
    auto configOf = [](const GraphModel::Json &a) {
        const auto c = a.is_object() ? a.find("config") : a.end();
        return a.is_object() && c != a.end() ? *c : GraphModel::Json::object();
    };
    // The same adapters as shown: update the values in place so that a field being typed in
    // keeps its focus and text.
    if (signature == m_formsSignature && static_cast<qsizetype>(entries.size()) == m_forms.size()) {
        for (std::size_t i = 0; i < entries.size(); ++i)
            m_forms[static_cast<qsizetype>(i)]->setValue(configOf(*entries[i].entry));
        return;
    }
    m_formsSignature = signature;
    m_forms.clear();
    while (m_formsLayout->count() > 1) {
        QLayoutItem *item = m_formsLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    const AdapterRegistry &registry = AdapterRegistry::global();
    int row = 0;
    for (const Slot &s : entries) {
        const bool physical = s.side[0] == 'p';
        const QString type = jsonString(*s.entry, "type").value_or(QString());
        const QString id = jsonString(*s.entry, "id").value_or(QString());
        const AdapterTypeInfo *info =
            physical ? registry.physicalInfo(type) : registry.digitalInfo(type);
        auto *group = new QGroupBox(
            (physical ? Tr::tr("Physical adapter %1 (%2)") : Tr::tr("Digital adapter %1 (%2)"))
                .arg(id, info && !info->displayName.isEmpty() ? info->displayName : type),
            m_formsBox);
        group->setToolTip(info ? info->description : Tr::tr("Unknown adapter type '%1'").arg(type));
        auto *inner = new QVBoxLayout(group);
        auto *form = new SchemaForm(group);
        form->setObjectName(QStringLiteral("%1/%2").arg(QLatin1String(s.side)).arg(s.index));
        // An unknown type gets one JSON editor for its whole configuration.
        form->setSchema(info ? info->configSchema : nlohmann::json());
        form->setValue(configOf(*s.entry));
        inner->addWidget(form);
        const char *side = s.side;
        const int index = s.index;
        QObject::connect(form, &SchemaForm::committed, this,
                         [this, side, index](const GraphModel::Json &config) {
                             applyConfig(side, index, config);
                         });
        m_formsLayout->insertWidget(row++, group);
        m_forms << form;
    }
    if (entries.empty()) {
        auto *none =
            new QLabel(m_id.isEmpty() ? Tr::tr("Select a twin on the canvas to edit it.")
                                      : Tr::tr("This twin has no adapters: drop an adapter "
                                               "type from the palette on its card."),
                       m_formsBox);
        none->setWordWrap(true);
        m_formsLayout->insertWidget(0, none);
    }
}

void InspectorPanel::applyConfig(const char *side, int index, const GraphModel::Json &config)
{
    const GraphModel::Json *t = m_model->twin(m_id);
    if (!t || !t->contains(side) || !(*t)[side].is_array() ||
        index >= static_cast<int>((*t)[side].size()))
        return;
    GraphModel::Json entry = *t;
    GraphModel::Json &adapter = entry[side][static_cast<std::size_t>(index)];
    if (!adapter.is_object()) {
        m_editStatus->setText(Tr::tr("An adapter entry is a JSON object: fix it on the JSON tab."));
        m_editStatus->show();
        return;
    }
    if (adapter.contains("config") && adapter["config"] == config)
        return;
    adapter["config"] = config;
    GraphEditBuilder b(m_model);
    QString error;
    if (!b.replaceTwin(m_id, entry, &error)) {
        m_editStatus->setText(error);
        m_editStatus->show();
        return;
    }
    const QString adapterId = jsonString(adapter, "id").value_or(QString());
    if (QUndoCommand *c = b.finish(Tr::tr("Configure %1 of %2").arg(adapterId, m_id)))
        m_undo->push(c);
}

ModelEditor *InspectorPanel::editModel()
{
    if (m_id.isEmpty() || !m_model->hasTwin(m_id))
        return nullptr;
    const QString modelId = m_model->twinModelId(m_id);
    if (!m_model->modelEntry(modelId)) {
        m_editStatus->setText(Tr::tr("Model '%1' is not in the project.").arg(modelId));
        m_editStatus->show();
        return nullptr;
    }
    if (!m_modelEditor)
        m_modelEditor = new ModelEditor(m_model, m_undo, this);
    m_modelEditor->showModel(modelId);
    m_modelEditor->show();
    m_modelEditor->raise();
    return m_modelEditor;
}

MappingEditor *InspectorPanel::editMapping()
{
    if (m_id.isEmpty() || !m_model->hasTwin(m_id))
        return nullptr;
    if (!m_mappingEditor)
        m_mappingEditor = new MappingEditor(m_model, m_undo, this);
    m_mappingEditor->showTwin(m_id);
    m_mappingEditor->show();
    m_mappingEditor->raise();
    return m_mappingEditor;
}

void InspectorPanel::checkJson()
{
    if (m_loading || m_id.isEmpty())
        return;
    const QByteArray bytes = m_json->toPlainText().toUtf8();
    m_error.clear();
    QString why;
    const std::optional<GraphModel::Json> j =
        JsonInput::parseOrdered(bytes, &why, JsonInput::kMaxDepth, JsonInput::Keys::Unique);
    if (!j)
        m_error = why;
    else if (!j->is_object())
        m_error = Tr::tr("a twin entry is a JSON object");
    else if (!j->contains("id") || !(*j)["id"].is_string() || (*j)["id"].get<std::string>().empty())
        m_error = Tr::tr("\"id\" must be a non-empty string");
    else if (!j->contains("model") || !(*j)["model"].is_string())
        m_error = Tr::tr("\"model\" must be a string");
    m_status->setText(m_error.isEmpty() ? Tr::tr("Valid") : m_error);
    m_status->setStyleSheet(m_error.isEmpty() ? QString() : QStringLiteral("color: #d02b2b;"));
    m_apply->setEnabled(m_error.isEmpty());
}

void InspectorPanel::applyFields()
{
    if (m_loading || m_id.isEmpty())
        return;
    const GraphModel::Json *t = m_model->twin(m_id);
    if (!t)
        return;
    GraphModel::Json entry = *t;
    const QString newId = m_idEdit->text().trimmed();
    if (!newId.isEmpty())
        entry["id"] = newId.toStdString();
    if (m_nameEdit->text().isEmpty())
        entry.erase("displayName");
    else
        entry["displayName"] = m_nameEdit->text().toStdString();
    entry["model"] = m_modelBox->currentData().toString().toStdString();
    if (m_nodeBox->currentText().isEmpty())
        entry.erase("node");
    else
        entry["node"] = m_nodeBox->currentText().toStdString();
    if (entry == *t)
        return;
    GraphEditBuilder b(m_model);
    QString error;
    if (!b.replaceTwin(m_id, entry, &error)) {
        m_status->setText(error);
        m_idEdit->setText(m_id);
        return;
    }
    const QString oldId = m_id;
    if (QUndoCommand *c = b.finish(Tr::tr("Edit %1").arg(oldId))) {
        m_id = newId.isEmpty() ? m_id : newId;
        m_undo->push(c);
    }
}

void InspectorPanel::applyJson()
{
    checkJson();
    if (!m_error.isEmpty() || m_id.isEmpty())
        return;
    const QByteArray bytes = m_json->toPlainText().toUtf8();
    const auto entry = JsonInput::parseOrderedOrDiscarded(bytes);
    GraphEditBuilder b(m_model);
    QString error;
    if (!b.replaceTwin(m_id, entry, &error)) {
        m_status->setText(error);
        return;
    }
    const QString newId = QString::fromStdString(entry["id"].get<std::string>());
    if (QUndoCommand *c = b.finish(Tr::tr("Edit %1").arg(m_id))) {
        m_id = newId;
        m_undo->push(c);
    }
}

void InspectorPanel::setLive(const TwinSnapshot *snapshot)
{
    const bool running = snapshot && snapshot->twinId == m_id;
    m_tabs->setTabEnabled(m_liveIndex, running);
    if (!running) {
        m_liveTable->clear();
        if (m_tabs->currentIndex() == m_liveIndex)
            m_tabs->setCurrentIndex(0);
        return;
    }
    const Timestamp now = Clock::now();
    QList<QStringList> rows;
    for (const PropertySnapshot &p : snapshot->properties) {
        const PropertyDef *def = m_liveModel ? m_liveModel->property(p.name) : nullptr;
        const QString name = def && !def->displayName.isEmpty() ? def->displayName : p.name;
        QString value = p.reported.isNull() ? Tr::tr("no value yet") : p.reported.toString();
        if (!p.reported.isNull() && def && !def->unit.isEmpty())
            if (const Unit *u = Units::find(def->unit); u && !u->symbol.isEmpty())
                value += QLatin1Char(' ') + u->symbol;
        if (!p.desired.isNull() && p.desired != p.reported)
            value += QLatin1Char(' ') + Tr::tr("(desired %1)").arg(p.desired.toString());
        const qint64 age =
            p.updatedAt > 0 ? std::max<qint64>(0, (now - p.updatedAt) / 1'000'000) : -1;
        QString updated = age < 0      ? QString()
                          : age < 60   ? Tr::tr("%1 s ago").arg(age)
                          : age < 3600 ? Tr::tr("%1 min ago").arg(age / 60)
                                       : Tr::tr("%1 h ago").arg(age / 3600);
        if (p.stale)
            updated = Tr::tr("stale · %1").arg(updated);
        rows.append({name, value, updated, p.name});
    }
    // Row by row, so that the selection and the scroll position stay.
    while (m_liveTable->topLevelItemCount() > rows.size())
        delete m_liveTable->takeTopLevelItem(m_liveTable->topLevelItemCount() - 1);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QTreeWidgetItem *item = m_liveTable->topLevelItem(int(r));
        if (!item)
            item = new QTreeWidgetItem(m_liveTable);
        for (int c = 0; c < 3; ++c)
            if (item->text(c) != rows[r][c])
                item->setText(c, rows[r][c]);
        item->setToolTip(0, rows[r][3]);
    }
}

} // namespace twinloom::Studio
