#include "app/studio/design/modeleditor.h"

#include "app/studio/shared/grapheditbuilder.h"
#include "app/studio/shared/titlelabel.h"
#include "app/studio/shared/tr.h"
#include "engine/jsoninput.h"
#include "engine/twinmodel.h"
#include "engine/units.h"

#include <QtCore/QRegularExpression>
#include <QtGui/QFontDatabase>
#include <QtGui/QUndoStack>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

#include <cmath>

namespace twinloom::Studio {

namespace {

using Json = GraphModel::Json;

const QStringList kKinds{QStringLiteral("Property"), QStringLiteral("Telemetry"),
                         QStringLiteral("Event"), QStringLiteral("Command"),
                         QStringLiteral("Relationship")};
const QStringList kPrimitives{QStringLiteral("boolean"),  QStringLiteral("integer"),
                              QStringLiteral("long"),     QStringLiteral("float"),
                              QStringLiteral("double"),   QStringLiteral("string"),
                              QStringLiteral("date"),     QStringLiteral("time"),
                              QStringLiteral("dateTime"), QStringLiteral("duration")};
const QStringList kComplex{QStringLiteral("enum"), QStringLiteral("object"),
                           QStringLiteral("array"), QStringLiteral("map")};
const QStringList kNumeric{QStringLiteral("integer"), QStringLiteral("long"),
                           QStringLiteral("float"), QStringLiteral("double")};

QString kindOf(const Json &content)
{
    const auto t = content.is_object() ? content.find("@type") : content.end();
    if (!content.is_object() || t == content.end())
        return {};
    if (t->is_string())
        return QString::fromStdString(t->get<std::string>());
    if (t->is_array()) {
        for (const Json &x : *t) {
            const QString k =
                x.is_string() ? QString::fromStdString(x.get<std::string>()) : QString();
            if (kKinds.contains(k) || k == QLatin1String("Component") ||
                k == QLatin1String("Action"))
                return k;
        }
    }
    return {};
}

// The schema picker's name of a content's schema: a primitive, or enum/object/array/map.
QString schemaName(const Json &content)
{
    const auto s = content.is_object() ? content.find("schema") : content.end();
    if (!content.is_object() || s == content.end())
        return {};
    if (s->is_string())
        return QString::fromStdString(s->get<std::string>());
    return jsonString(*s, "@type").value_or(QString()).toLower();
}

QString numberText(const Json &j, const char *key)
{
    const auto it = j.is_object() ? j.find(key) : j.end();
    return j.is_object() && it != j.end() && it->is_number() ? QString::fromStdString(it->dump())
                                                             : QString();
}

Json complexTemplate(const QString &kind)
{
    if (kind == QLatin1String("enum"))
        return Json::parse(R"({"@type": "Enum", "valueSchema": "string", "enumValues": [
            {"name": "off", "enumValue": "off"}, {"name": "on", "enumValue": "on"}]})");
    if (kind == QLatin1String("object"))
        return Json::parse(
            R"({"@type": "Object", "fields": [{"name": "value", "schema": "double"}]})");
    if (kind == QLatin1String("array"))
        return Json::parse(R"({"@type": "Array", "elementSchema": "double"})");
    return Json::parse(R"({"@type": "Map", "mapKey": {"name": "key", "schema": "string"},
        "mapValue": {"name": "value", "schema": "double"}})");
}

QString errorColour(const QWidget *w)
{
    return w->palette().color(QPalette::Window).lightness() < 128 ? QStringLiteral("#ff7b7b")
                                                                  : QStringLiteral("#c62828");
}

} // namespace

ModelEditor::ModelEditor(GraphModel *model, QUndoStack *undo, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_undo(undo)
{
    setObjectName(QStringLiteral("modelEditor"));
    resize(900, 640);
    auto *layout = new QVBoxLayout(this);
    m_title = addTitleLabel(layout, this);

    m_table = new QTableWidget(0, Multiplicity + 1, this);
    m_table->setHorizontalHeaderLabels({Tr::tr("Kind"), Tr::tr("Name"), Tr::tr("Schema"),
                                        Tr::tr("Unit"), Tr::tr("Writable"), Tr::tr("Minimum"),
                                        Tr::tr("Maximum"), Tr::tr("Target"), Tr::tr("Max.")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *group = new QGroupBox(Tr::tr("Entry"), this);
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_kind = new QComboBox(group);
    m_kind->addItems(kKinds);
    m_name = new QLineEdit(group);
    m_name->setPlaceholderText(Tr::tr("e.g. temperature"));
    m_schema = new QComboBox(group);
    m_schema->addItems(kPrimitives + kComplex);
    m_details = new QLineEdit(group);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_unit = new QComboBox(group);
    m_unit->setEditable(true);
    m_unit->addItem(QString());
    for (const QString &name : Units::names()) {
        m_unit->addItem(name);
        if (const twinloom::Unit *u = Units::find(name))
            m_unit->setItemData(m_unit->count() - 1,
                                QStringLiteral("%1 · %2").arg(u->symbol, u->dimension),
                                Qt::ToolTipRole);
    }
    m_writable = new QCheckBox(Tr::tr("Applications may write a desired value"), group);
    m_minimum = new QLineEdit(group);
    m_maximum = new QLineEdit(group);
    m_minimum->setPlaceholderText(Tr::tr("none", "no minimum"));
    m_maximum->setPlaceholderText(Tr::tr("none", "no maximum"));
    m_target = new QComboBox(group);
    m_target->setEditable(true);
    m_multiplicity = new QSpinBox(group);
    m_multiplicity->setRange(0, 1 << 20);
    m_multiplicity->setSpecialValueText(Tr::tr("no limit"));
    form->addRow(Tr::tr("Kind"), m_kind);
    form->addRow(Tr::tr("Name"), m_name);
    form->addRow(Tr::tr("Schema"), m_schema);
    form->addRow(Tr::tr("Schema details (JSON)"), m_details);
    form->addRow(Tr::tr("Unit"), m_unit);
    form->addRow(Tr::tr("Writable"), m_writable);
    form->addRow(Tr::tr("Minimum"), m_minimum);
    form->addRow(Tr::tr("Maximum"), m_maximum);
    form->addRow(Tr::tr("Target model"), m_target);
    form->addRow(Tr::tr("Max. multiplicity"), m_multiplicity);
    const QString payloadLabels[2] = {Tr::tr("Request"), Tr::tr("Response")};
    for (int i = 0; i < 2; ++i) {
        Payload &p = m_payloads[i];
        p.row = new QWidget(group);
        auto *row = new QHBoxLayout(p.row);
        row->setContentsMargins(0, 0, 0, 0);
        p.name = new QLineEdit(p.row);
        p.name->setPlaceholderText(i == 0 ? Tr::tr("argument name (none: no argument)")
                                          : Tr::tr("result name (none: no result)"));
        p.schema = new QComboBox(p.row);
        p.schema->addItems(kPrimitives);
        row->addWidget(p.name, 2);
        row->addWidget(p.schema, 1);
        form->addRow(payloadLabels[i], p.row);
    }
    layout->addWidget(group);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(Tr::tr("Add"), this);
    m_apply = new QPushButton(Tr::tr("Apply to Selected"), this);
    m_remove = new QPushButton(Tr::tr("Remove Selected"), this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    buttons->addWidget(m_add);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_status, 1);
    layout->addLayout(buttons);

    QObject::connect(m_kind, &QComboBox::currentIndexChanged, this, &ModelEditor::updateVisibility);
    QObject::connect(m_schema, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        // A complex schema starts from a valid example that the details field then edits.
        if (!m_loading && kComplex.contains(m_schema->currentText()))
            m_details->setText(
                QString::fromStdString(complexTemplate(m_schema->currentText()).dump()));
    });
    QObject::connect(m_table, &QTableWidget::itemSelectionChanged, this,
                     &ModelEditor::loadSelected);
    QObject::connect(m_add, &QPushButton::clicked, this, [this] { addEntry(); });
    QObject::connect(m_apply, &QPushButton::clicked, this, [this] { applyToSelected(); });
    QObject::connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(); });
    QObject::connect(model, &GraphModel::changed, this, &ModelEditor::refresh);
    m_schema->setCurrentText(QStringLiteral("double"));
    updateVisibility();
}

void ModelEditor::showModel(const QString &modelId)
{
    m_modelId = modelId;
    refresh();
}

QString ModelEditor::status() const
{
    return m_status->text();
}

void ModelEditor::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: %1;").arg(errorColour(this))
                                  : QString());
}

void ModelEditor::refresh()
{
    const Json *entry = m_modelId.isEmpty() ? nullptr : m_model->modelEntry(m_modelId);
    const bool inline_ = entry && !entry->contains("file");
    setWindowTitle(Tr::tr("Model %1").arg(m_modelId));
    const auto m = m_model->model(m_modelId);
    m_title->setText(
        !entry     ? Tr::tr("Model '%1' is not in the project.").arg(m_modelId)
        : !inline_ ? Tr::tr("%1 is read from '%2': edit that file, or import it.")
                         .arg(m_modelId, jsonString(*entry, "file").value_or(QString()))
                   : Tr::tr("%1 (%2)").arg(
                         m && !m->displayName.isEmpty() ? m->displayName : m_modelId, m_modelId));
    const int selected = m_table->currentRow();
    m_loading = true;
    const Json contents = inline_ && entry->contains("contents") && (*entry)["contents"].is_array()
                              ? (*entry)["contents"]
                              : Json::array();
    m_table->setRowCount(static_cast<int>(contents.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const Json &c = contents[static_cast<std::size_t>(row)];
        const auto writable = c.is_object() ? c.find("writable") : c.end();
        const QString texts[] = {
            kindOf(c),
            jsonString(c, "name").value_or(QString()),
            schemaName(c),
            jsonString(c, "unit").value_or(QString()),
            c.is_object() && writable != c.end() && *writable == true ? Tr::tr("yes") : QString(),
            numberText(c, "minimum"),
            numberText(c, "maximum"),
            jsonString(c, "target").value_or(QString()),
            numberText(c, "maxMultiplicity")};
        for (int col = Kind; col <= Multiplicity; ++col)
            m_table->setItem(row, col, new QTableWidgetItem(texts[col]));
    }
    m_table->resizeColumnsToContents();
    m_target->clear();
    m_target->addItem(QString());
    m_target->addItems(m_model->modelIds());
    for (QWidget *w : {static_cast<QWidget *>(m_add), static_cast<QWidget *>(m_apply),
                       static_cast<QWidget *>(m_remove)})
        w->setEnabled(inline_);
    if (selected >= 0 && selected < m_table->rowCount())
        m_table->selectRow(selected);
    m_loading = false;
    loadSelected();
}

void ModelEditor::updateVisibility()
{
    auto *form = qobject_cast<QFormLayout *>(m_kind->parentWidget()->layout());
    const QString kind = m_kind->currentText();
    const bool valued = kind == QLatin1String("Property") || kind == QLatin1String("Telemetry");
    const bool schema = valued || kind == QLatin1String("Event");
    form->setRowVisible(m_schema, schema);
    form->setRowVisible(m_details, schema && kComplex.contains(m_schema->currentText()));
    form->setRowVisible(m_unit, valued);
    form->setRowVisible(m_writable, kind == QLatin1String("Property"));
    form->setRowVisible(m_minimum, valued);
    form->setRowVisible(m_maximum, valued);
    form->setRowVisible(m_target, kind == QLatin1String("Relationship"));
    form->setRowVisible(m_multiplicity, kind == QLatin1String("Relationship"));
    for (const Payload &p : m_payloads)
        form->setRowVisible(p.row, kind == QLatin1String("Command"));
}

void ModelEditor::loadSelected()
{
    if (m_loading)
        return;
    const Json *entry = m_modelId.isEmpty() ? nullptr : m_model->modelEntry(m_modelId);
    const int row = m_table->currentRow();
    if (!entry || row < 0 || !entry->contains("contents") || !(*entry)["contents"].is_array() ||
        row >= static_cast<int>((*entry)["contents"].size()))
        return;
    const Json &c = (*entry)["contents"][static_cast<std::size_t>(row)];
    m_loading = true;
    QString kind = kindOf(c);
    if (kind == QLatin1String("Action"))
        kind = QStringLiteral("Command");
    const bool known = kKinds.contains(kind);
    m_apply->setEnabled(known && !entry->contains("file"));
    if (known)
        m_kind->setCurrentText(kind);
    m_name->setText(jsonString(c, "name").value_or(QString()));
    const QString schema = schemaName(c);
    if (!schema.isEmpty())
        m_schema->setCurrentText(schema);
    m_details->setText(c.contains("schema") && c["schema"].is_object()
                           ? QString::fromStdString(c["schema"].dump())
                           : QString());
    m_unit->setCurrentText(jsonString(c, "unit").value_or(QString()));
    m_writable->setChecked(c.contains("writable") && c["writable"] == true);
    m_minimum->setText(numberText(c, "minimum"));
    m_maximum->setText(numberText(c, "maximum"));
    m_target->setCurrentText(jsonString(c, "target").value_or(QString()));
    const auto multiplicity = c.is_object() ? c.find("maxMultiplicity") : c.end();
    m_multiplicity->setValue(c.is_object() && multiplicity != c.end() &&
                                     multiplicity->is_number_integer() &&
                                     multiplicity->get<std::int64_t>() > 0 &&
                                     multiplicity->get<std::int64_t>() <= m_multiplicity->maximum()
                                 ? multiplicity->get<int>()
                                 : 0);
    const char *payloadKeys[2] = {"request", "response"};
    for (int i = 0; i < 2; ++i) {
        Payload &p = m_payloads[i];
        const auto it = c.is_object() ? c.find(payloadKeys[i]) : c.end();
        const bool present = c.is_object() && it != c.end() && it->is_object();
        p.name->setText(present ? jsonString(*it, "name").value_or(QString()) : QString());
        // A structured schema stays as the model's JSON has it unless another is chosen.
        const int kept = p.schema->findData(QStringLiteral("kept"));
        if (kept >= 0)
            p.schema->removeItem(kept);
        const auto payloadSchema = present ? it->find("schema") : it;
        if (present && payloadSchema != it->end() && payloadSchema->is_object()) {
            p.schema->insertItem(0, Tr::tr("(as in the model's JSON)"), QStringLiteral("kept"));
            p.schema->setCurrentIndex(0);
        } else {
            const QString primitive =
                present ? jsonString(*it, "schema").value_or(QString()) : QString();
            p.schema->setCurrentText(primitive.isEmpty() ? QStringLiteral("double") : primitive);
        }
    }
    m_loading = false;
    updateVisibility();
    setStatus(known ? QString()
                    : Tr::tr("A %1 is edited in the twin model's JSON.").arg(kind.toLower()),
              false);
}

std::optional<GraphModel::Json> ModelEditor::entryFromForm(const Json &base, int replacing)
{
    const Json *model = m_model->modelEntry(m_modelId);
    const QString kind = m_kind->currentText();
    const QString name = m_name->text().trimmed();
    // DTDL's rule for names: a letter first, then letters, digits and '_' (not at the end).
    static const QRegularExpression identifier(
        QStringLiteral("^[A-Za-z](?:[A-Za-z0-9_]{0,510}[A-Za-z0-9])?$"));
    if (!identifier.match(name).hasMatch()) {
        setStatus(Tr::tr("name: '%1' is not a valid name: it starts with a letter, then letters, "
                         "digits or '_', and does not end with '_'")
                      .arg(name),
                  true);
        return std::nullopt;
    }
    const Json contents = model && model->contains("contents") && (*model)["contents"].is_array()
                              ? (*model)["contents"]
                              : Json::array();
    for (std::size_t i = 0; i < contents.size(); ++i) {
        if (static_cast<int>(i) != replacing &&
            jsonString(contents[i], "name").value_or(QString()) == name) {
            setStatus(Tr::tr("name: the model already has an entry named '%1'").arg(name), true);
            return std::nullopt;
        }
    }
    Json c = base.is_object() ? base : Json::object();
    const bool valued = kind == QLatin1String("Property") || kind == QLatin1String("Telemetry");
    const QString unit = valued ? m_unit->currentText().trimmed() : QString();
    const twinloom::Unit *u = unit.isEmpty() ? nullptr : Units::find(unit);
    if (!unit.isEmpty() && !u) {
        setStatus(Tr::tr("unit: '%1' is not a unit Twinloom knows").arg(unit), true);
        return std::nullopt;
    }
    // A unit's semantic type (Temperature, Power…) goes with it, as DTDL expects; an entry whose
    // kind and unit stay keeps its own "@type".
    const bool keepType = kindOf(c) == kind && jsonString(c, "unit").value_or(QString()) == unit;
    if (!keepType && u && !u->dimension.isEmpty())
        c["@type"] = Json::array({kind.toStdString(), u->dimension.toStdString()});
    else if (!keepType)
        c["@type"] = kind.toStdString();
    c["name"] = name.toStdString();
    const QString schema = m_schema->currentText();
    if (valued || kind == QLatin1String("Event")) {
        if (kComplex.contains(schema)) {
            const QByteArray bytes = m_details->text().trimmed().toUtf8();
            const Json details = JsonInput::parseOrderedOrDiscarded(bytes);
            if (details.is_discarded() || !details.is_object()) {
                setStatus(
                    Tr::tr("schema: the %1 schema needs its details as a JSON object, e.g. %2")
                        .arg(schema, QString::fromStdString(complexTemplate(schema).dump())),
                    true);
                return std::nullopt;
            }
            c["schema"] = details;
        } else {
            c["schema"] = schema.toStdString();
        }
    } else if (kind == QLatin1String("Relationship")) {
        c.erase("schema");
    }
    if (u)
        c["unit"] = unit.toStdString();
    else
        c.erase("unit");
    if (kind == QLatin1String("Property") && m_writable->isChecked())
        c["writable"] = true;
    else if (kind != QLatin1String("Relationship"))
        c.erase("writable");
    std::optional<double> bounds[2];
    const QLineEdit *edits[2] = {m_minimum, m_maximum};
    const char *keys[2] = {"minimum", "maximum"};
    for (int i = 0; i < 2; ++i) {
        const QString text = valued ? edits[i]->text().trimmed() : QString();
        if (text.isEmpty()) {
            c.erase(keys[i]);
            continue;
        }
        bool ok = false;
        const double x = text.toDouble(&ok);
        if (!ok) {
            setStatus(Tr::tr("%1: '%2' is not a number").arg(QLatin1String(keys[i]), text), true);
            return std::nullopt;
        }
        if (!kNumeric.contains(schema)) {
            setStatus(Tr::tr("%1: only a numeric schema has one").arg(QLatin1String(keys[i])),
                      true);
            return std::nullopt;
        }
        bounds[i] = x;
        c[keys[i]] =
            std::floor(x) == x && std::abs(x) < 1e15 ? Json(static_cast<std::int64_t>(x)) : Json(x);
    }
    if (bounds[0] && bounds[1] && *bounds[0] > *bounds[1]) {
        setStatus(Tr::tr("minimum: %1 is above the maximum %2")
                      .arg(QString::number(*bounds[0]), QString::number(*bounds[1])),
                  true);
        return std::nullopt;
    }
    if (kind == QLatin1String("Relationship")) {
        const QString target = m_target->currentText().trimmed();
        if (target.isEmpty())
            c.erase("target");
        else
            c["target"] = target.toStdString();
        if (m_multiplicity->value() > 0)
            c["maxMultiplicity"] = m_multiplicity->value();
        else
            c.erase("maxMultiplicity");
    } else {
        c.erase("target");
        c.erase("maxMultiplicity");
    }
    const char *payloadKeys[2] = {"request", "response"};
    for (int i = 0; i < 2; ++i) {
        const Payload &p = m_payloads[i];
        const QString payloadName = p.name->text().trimmed();
        if (kind != QLatin1String("Command") || payloadName.isEmpty()) {
            c.erase(payloadKeys[i]);
            continue;
        }
        if (!identifier.match(payloadName).hasMatch()) {
            setStatus(Tr::tr("%1: '%2' is not a valid name")
                          .arg(QLatin1String(payloadKeys[i]), payloadName),
                      true);
            return std::nullopt;
        }
        Json payload = Json::object();
        payload["name"] = payloadName.toStdString();
        const bool kept = p.schema->currentData().toString() == QLatin1String("kept") &&
                          base.is_object() && base.contains(payloadKeys[i]) &&
                          base[payloadKeys[i]].is_object() &&
                          base[payloadKeys[i]].contains("schema");
        payload["schema"] =
            kept ? base[payloadKeys[i]]["schema"] : Json(p.schema->currentText().toStdString());
        c[payloadKeys[i]] = std::move(payload);
    }
    return c;
}

bool ModelEditor::commit(Json contents, const QString &text)
{
    const Json *entry = m_model->modelEntry(m_modelId);
    if (!entry || entry->contains("file"))
        return false;
    Json next = *entry;
    next["contents"] = std::move(contents);
    // The engine's loader has the last word: what it refuses is not written.
    Diagnostics d;
    if (!TwinModel::fromJson(nlohmann::json::parse(next.dump()), QString(), d)) {
        const Diagnostic *e = d.firstError();
        setStatus(e ? Tr::tr("%1: %2").arg(e->pointer.mid(1), e->message)
                    : Tr::tr("the model is not valid"),
                  true);
        return false;
    }
    GraphEditBuilder b(m_model);
    b.setModel(m_modelId, next);
    if (QUndoCommand *c = b.finish(text)) {
        m_undo->push(c);
        setStatus(QString(), false);
    }
    return true;
}

bool ModelEditor::addEntry()
{
    const auto c = entryFromForm(Json::object(), -1);
    if (!c)
        return false;
    const Json *entry = m_model->modelEntry(m_modelId);
    if (!entry)
        return false;
    Json contents = entry->contains("contents") && (*entry)["contents"].is_array()
                        ? (*entry)["contents"]
                        : Json::array();
    contents.push_back(*c);
    if (!commit(std::move(contents),
                Tr::tr("Add %1 to %2").arg(m_name->text().trimmed(), m_modelId)))
        return false;
    m_table->selectRow(m_table->rowCount() - 1);
    return true;
}

bool ModelEditor::applyToSelected()
{
    const Json *entry = m_model->modelEntry(m_modelId);
    const int row = m_table->currentRow();
    if (!entry || row < 0 || !entry->contains("contents") || !(*entry)["contents"].is_array() ||
        row >= static_cast<int>((*entry)["contents"].size())) {
        setStatus(Tr::tr("Select an entry first."), true);
        return false;
    }
    Json contents = (*entry)["contents"];
    const auto c = entryFromForm(contents[static_cast<std::size_t>(row)], row);
    if (!c)
        return false;
    if (*c == contents[static_cast<std::size_t>(row)])
        return true;
    contents[static_cast<std::size_t>(row)] = *c;
    return commit(std::move(contents),
                  Tr::tr("Edit %1 of %2").arg(m_name->text().trimmed(), m_modelId));
}

bool ModelEditor::removeSelected()
{
    const Json *entry = m_model->modelEntry(m_modelId);
    const int row = m_table->currentRow();
    if (!entry || row < 0 || !entry->contains("contents") || !(*entry)["contents"].is_array() ||
        row >= static_cast<int>((*entry)["contents"].size()))
        return false;
    Json contents = (*entry)["contents"];
    const QString name =
        jsonString(contents[static_cast<std::size_t>(row)], "name").value_or(QString());
    contents.erase(static_cast<std::size_t>(row));
    return commit(std::move(contents), Tr::tr("Remove %1 from %2").arg(name, m_modelId));
}

} // namespace twinloom::Studio
