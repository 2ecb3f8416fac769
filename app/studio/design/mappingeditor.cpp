#include "app/studio/design/mappingeditor.h"

#include "app/studio/shared/grapheditbuilder.h"
#include "app/studio/shared/titlelabel.h"
#include "app/studio/shared/tr.h"
#include "engine/jsoninput.h"
#include "engine/mappingshadowing.h"
#include "engine/pipeline.h"

#include <QtGui/QFontDatabase>
#include <QtGui/QUndoStack>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

namespace twinloom::Studio {

namespace {

using Json = GraphModel::Json;

nlohmann::json plain(const Json &j)
{
    return nlohmann::json::parse(j.dump());
}

QString errorColour(const QWidget *w)
{
    return w->palette().color(QPalette::Base).lightness() < 128 ? QStringLiteral("#ff7b7b")
                                                                : QStringLiteral("#c62828");
}

// A twin of its own for the preview: the shadowing function commits into a fresh state, and
// what it commits or reports is recorded instead of reaching adapters.
class PreviewContext : public ShadowingContext
{
public:
    explicit PreviewContext(const TwinModelPtr &model)
        : m_state(QStringLiteral("preview"), model)
    {}

    const TwinState &state() const override { return m_state; }
    StateTransaction beginTransaction() override { return m_state.begin(); }
    bool commit(StateTransaction &transaction) override
    {
        const auto change = transaction.commit(Clock::now());
        if (!change) {
            failures << transaction.error();
            return false;
        }
        for (const ResourceChange &c : change->changes) {
            if (c.kind == ResourceKind::Event)
                changes << Tr::tr("event %1: %2").arg(c.key, c.value.toString());
            else
                changes << QStringLiteral("%1 = %2").arg(c.key, c.value.toString());
        }
        return true;
    }
    // The preview sends nothing to devices and answers no one.
    void sendPhysicalAction(PhysicalAction, int) override {}
    int physicalAdapterIndex(const QString &) const override { return -1; }
    void completeDigitalAction(const QString &, ActionResult) override {}
    void startSynchronization() override {}
    void reportFailure(const QString &message) override { failures << message; }
    const std::vector<PhysicalAssetDescription> &assetDescriptions() const override
    {
        return m_descriptions;
    }

    QStringList changes;
    QStringList failures;

private:
    TwinState m_state;
    std::vector<PhysicalAssetDescription> m_descriptions;
};

PhysicalEvent eventOf(const QString &key, const nlohmann::json &value)
{
    PhysicalEvent e;
    e.kind = PhysicalEvent::Kind::Property;
    e.key = key;
    e.value = Value::fromJson(value);
    e.ingestTime = Clock::now();
    return e;
}

QStringList errorsOf(const Diagnostics &d)
{
    QStringList out;
    for (const Diagnostic &item : d.items()) {
        if (item.severity == Diagnostic::Severity::Error)
            out << item.message;
    }
    return out;
}

} // namespace

MappingPreview MappingPreview::compute(const nlohmann::json &shadowing, const TwinModelPtr &model,
                                       const nlohmann::json &sample)
{
    MappingPreview out;
    if (!model) {
        out.errors << Tr::tr("the twin's model does not resolve");
        return out;
    }
    const auto rules = shadowing.is_object() ? shadowing.find("rules") : shadowing.end();
    if (shadowing.is_object() && rules != shadowing.end() && rules->is_array()) {
        for (std::size_t i = 0; i < rules->size(); ++i) {
            Rule r;
            const QString number = QString::number(i + 1);
            // Each rule alone, so that its result and its errors are its own.
            const nlohmann::json one{{"passThrough", false},
                                     {"rules", nlohmann::json::array({(*rules)[i]})}};
            Diagnostics d;
            auto function = MappingShadowingFunction::fromJson(one, model, QString(), d);
            const nlohmann::json &rule = (*rules)[i];
            const QString key = jsonString(rule, "from").value_or(QString());
            r.fed = sample.is_object() && !key.isEmpty() && sample.contains(key.toStdString());
            if (!function) {
                r.error = Tr::tr("rule %1: %2").arg(number, errorsOf(d).join(QStringLiteral("; ")));
            } else if (r.fed) {
                PreviewContext context(model);
                function->onPhysicalEvent(context, eventOf(key, sample[key.toStdString()]));
                r.values = context.changes;
                if (!context.failures.isEmpty())
                    r.error = Tr::tr("rule %1: %2")
                                  .arg(number, context.failures.join(QStringLiteral("; ")));
            }
            out.rules.push_back(std::move(r));
        }
    }
    Diagnostics d;
    auto function = MappingShadowingFunction::fromJson(shadowing, model, QString(), d);
    if (!function) {
        out.errors << errorsOf(d);
        return out;
    }
    if (!sample.is_object())
        return out;
    PreviewContext context(model);
    for (auto it = sample.begin(); it != sample.end(); ++it)
        function->onPhysicalEvent(context, eventOf(QString::fromStdString(it.key()), it.value()));
    out.changes = context.changes;
    out.errors << context.failures;
    return out;
}

// ---------------------------------------------------------------------------------------------

MappingEditor::MappingEditor(GraphModel *model, QUndoStack *undo, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_undo(undo)
{
    setObjectName(QStringLiteral("mappingEditor"));
    resize(960, 620);
    auto *layout = new QVBoxLayout(this);
    m_title = addTitleLabel(layout, this);
    m_passThrough =
        new QCheckBox(Tr::tr("Pass through physical names that name a property or event"), this);
    layout->addWidget(m_passThrough);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableWidget(0, ColumnCount, splitter);
    m_table->setHorizontalHeaderLabels({Tr::tr("From"), Tr::tr("Pointer"), Tr::tr("To"),
                                        Tr::tr("Kind"), Tr::tr("Steps (JSON)"), Tr::tr("Preview")});
    m_table->horizontalHeader()->setSectionResizeMode(Steps, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Preview, QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeaderItem(Steps)->setToolTip(
        Tr::tr(
            "A JSON array of steps such as [{\"type\": \"scale\", \"factor\": 0.1}]; step types: "
            "%1")
            .arg(StepRegistry::instance().types().join(QStringLiteral(", "))));
    m_table->horizontalHeaderItem(Kind)->setToolTip(
        Tr::tr("property or event; empty: decided by the name"));

    auto *bottom = new QWidget(splitter);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(Tr::tr("Add Rule"), bottom);
    m_remove = new QPushButton(Tr::tr("Remove Rule"), bottom);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    m_status = new QLabel(bottom);
    m_status->setWordWrap(true);
    buttons->addWidget(m_status, 1);
    bottomLayout->addLayout(buttons);
    auto *panes = new QHBoxLayout;
    auto *sampleColumn = new QVBoxLayout;
    sampleColumn->addWidget(
        new QLabel(Tr::tr("Sample payload (JSON: physical names → values)"), bottom));
    m_sample = new QPlainTextEdit(bottom);
    m_sample->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sample->setPlaceholderText(QStringLiteral("{\"env\": {\"t\": 215, \"h\": 40}}"));
    sampleColumn->addWidget(m_sample);
    auto *resultColumn = new QVBoxLayout;
    resultColumn->addWidget(new QLabel(Tr::tr("What the twin would commit"), bottom));
    m_result = new QPlainTextEdit(bottom);
    m_result->setReadOnly(true);
    m_result->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    resultColumn->addWidget(m_result);
    panes->addLayout(sampleColumn, 1);
    panes->addLayout(resultColumn, 1);
    bottomLayout->addLayout(panes, 1);
    splitter->addWidget(m_table);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    QObject::connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            commitTable();
    });
    QObject::connect(m_passThrough, &QCheckBox::toggled, this, [this] {
        if (!m_loading)
            commitTable();
    });
    QObject::connect(m_add, &QPushButton::clicked, this, &MappingEditor::addRule);
    QObject::connect(m_remove, &QPushButton::clicked, this,
                     [this] { removeRule(m_table->currentRow()); });
    QObject::connect(m_sample, &QPlainTextEdit::textChanged, this, &MappingEditor::updatePreview);
    QObject::connect(model, &GraphModel::changed, this, [this] {
        if (!m_id.isEmpty() && !m_model->hasTwin(m_id)) {
            m_id.clear();
            close();
        }
        refresh();
    });
}

void MappingEditor::showTwin(const QString &id)
{
    m_id = id;
    refresh();
}

GraphModel::Json MappingEditor::shadowing() const
{
    const Json *t = m_id.isEmpty() ? nullptr : m_model->twin(m_id);
    if (!t || !t->contains("shadowing") || !(*t)["shadowing"].is_object())
        return Json::object();
    return (*t)["shadowing"];
}

void MappingEditor::refresh()
{
    m_loading = true;
    const Json s = shadowing();
    setWindowTitle(Tr::tr("Mapping of %1").arg(m_id));
    m_title->setText(m_id.isEmpty()
                         ? Tr::tr("No twin selected")
                         : Tr::tr("Shadowing rules of %1 (model %2)")
                               .arg(m_model->twinDisplayName(m_id), m_model->twinModelId(m_id)));
    m_passThrough->setChecked(!s.contains("passThrough") || s["passThrough"] != false);
    const Json rules = s.contains("rules") && s["rules"].is_array() ? s["rules"] : Json::array();
    m_table->setRowCount(static_cast<int>(rules.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const Json &r = rules[static_cast<std::size_t>(row)];
        const auto steps = r.is_object() ? r.find("steps") : r.end();
        const QString texts[] = {
            jsonString(r, "from").value_or(QString()), jsonString(r, "pointer").value_or(QString()),
            jsonString(r, "to").value_or(QString()), jsonString(r, "kind").value_or(QString()),
            r.is_object() && steps != r.end() ? QString::fromStdString(steps->dump()) : QString()};
        // Items are updated in place: this runs from the table's own itemChanged signal, while
        // the edited item is still on the stack.
        for (int c = From; c <= Steps; ++c) {
            QTableWidgetItem *item = m_table->item(row, c);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(row, c, item);
            }
            if (item->text() != texts[c])
                item->setText(texts[c]);
            if (c == Steps)
                item->setToolTip(texts[c]);
        }
        if (!m_table->item(row, Preview)) {
            auto *preview = new QTableWidgetItem;
            preview->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_table->setItem(row, Preview, preview);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(Steps, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Preview, QHeaderView::Stretch);
    for (QWidget *w : {static_cast<QWidget *>(m_table), static_cast<QWidget *>(m_add),
                       static_cast<QWidget *>(m_remove), static_cast<QWidget *>(m_passThrough)})
        w->setEnabled(!m_id.isEmpty());
    m_loading = false;
    setStatus(QString(), false);
    updatePreview();
}

void MappingEditor::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: %1;").arg(errorColour(this))
                                  : QString());
}

QString MappingEditor::status() const
{
    return m_status->text();
}

QString MappingEditor::previewText(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, Preview);
    return item ? item->text() : QString();
}

QString MappingEditor::resultText() const
{
    return m_result->toPlainText();
}

void MappingEditor::commitTable()
{
    const Json *t = m_model->twin(m_id);
    if (!t)
        return;
    const Json before = shadowing();
    const Json oldRules =
        before.contains("rules") && before["rules"].is_array() ? before["rules"] : Json::array();
    Json rules = Json::array();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString number = QString::number(row + 1);
        auto text = [&](int c) {
            const QTableWidgetItem *item = m_table->item(row, c);
            return item ? item->text().trimmed() : QString();
        };
        // Fields the table does not show (and the key order) stay as they were.
        Json rule = static_cast<std::size_t>(row) < oldRules.size() &&
                            oldRules[static_cast<std::size_t>(row)].is_object()
                        ? oldRules[static_cast<std::size_t>(row)]
                        : Json::object();
        if (text(From).isEmpty()) {
            setStatus(Tr::tr("rule %1: \"from\" must name the physical property or event it reads")
                          .arg(number),
                      true);
            return;
        }
        rule["from"] = text(From).toStdString();
        if (text(Pointer).isEmpty()) {
            rule.erase("pointer");
        } else if (!parseJsonPointer(text(Pointer))) {
            setStatus(
                Tr::tr("rule %1: pointer '%2' must start with '/', and '~' must be followed by "
                       "0 or 1")
                    .arg(number, text(Pointer)),
                true);
            return;
        } else {
            rule["pointer"] = text(Pointer).toStdString();
        }
        for (auto [column, key] : {std::pair{int(To), "to"}, std::pair{int(Kind), "kind"}}) {
            if (text(column).isEmpty())
                rule.erase(key);
            else
                rule[key] = text(column).toStdString();
        }
        if (!text(Kind).isEmpty() && text(Kind) != QLatin1String("property") &&
            text(Kind) != QLatin1String("event")) {
            setStatus(Tr::tr("rule %1: kind must be property or event").arg(number), true);
            return;
        }
        if (text(Steps).isEmpty()) {
            rule.erase("steps");
        } else {
            const QByteArray bytes = text(Steps).toUtf8();
            const Json steps = JsonInput::parseOrderedOrDiscarded(bytes);
            if (steps.is_discarded() || !steps.is_array()) {
                setStatus(Tr::tr("rule %1: steps must be a JSON array of steps").arg(number), true);
                return;
            }
            rule["steps"] = steps;
        }
        rules.push_back(rule);
    }
    Json after = before;
    if (m_passThrough->isChecked())
        after.erase("passThrough");
    else
        after["passThrough"] = false;
    if (rules.empty())
        after.erase("rules");
    else
        after["rules"] = rules;
    if (after == before) {
        setStatus(QString(), false);
        updatePreview();
        return;
    }
    Json entry = *t;
    if (after.empty())
        entry.erase("shadowing");
    else
        entry["shadowing"] = after;
    GraphEditBuilder b(m_model);
    QString error;
    if (!b.replaceTwin(m_id, entry, &error)) {
        setStatus(error, true);
        return;
    }
    if (QUndoCommand *c = b.finish(Tr::tr("Edit mapping of %1").arg(m_id)))
        m_undo->push(c);
}

void MappingEditor::addRule()
{
    const Json *t = m_model->twin(m_id);
    const TwinModelPtr model = m_model->resolvedModel(m_model->twinModelId(m_id));
    if (!t)
        return;
    Json s = shadowing();
    Json rules = s.contains("rules") && s["rules"].is_array() ? s["rules"] : Json::array();
    QStringList written;
    for (const Json &r : rules)
        written << (jsonString(r, "to").value_or(QString()).isEmpty()
                        ? jsonString(r, "from").value_or(QString())
                        : jsonString(r, "to").value_or(QString()));
    QString name = QStringLiteral("value");
    if (model) {
        for (const PropertyDef &p : model->properties) {
            if (!written.contains(p.name)) {
                name = p.name;
                break;
            }
        }
    }
    rules.push_back(Json{{"from", name.toStdString()}, {"to", name.toStdString()}});
    s["rules"] = rules;
    Json entry = *t;
    entry["shadowing"] = s;
    GraphEditBuilder b(m_model);
    if (!b.replaceTwin(m_id, entry))
        return;
    if (QUndoCommand *c = b.finish(Tr::tr("Add a mapping rule to %1").arg(m_id)))
        m_undo->push(c);
}

void MappingEditor::removeRule(int row)
{
    const Json *t = m_model->twin(m_id);
    Json s = shadowing();
    if (!t || row < 0 || !s.contains("rules") || !s["rules"].is_array() ||
        row >= static_cast<int>(s["rules"].size()))
        return;
    s["rules"].erase(static_cast<std::size_t>(row));
    if (s["rules"].empty())
        s.erase("rules");
    Json entry = *t;
    if (s.empty())
        entry.erase("shadowing");
    else
        entry["shadowing"] = s;
    GraphEditBuilder b(m_model);
    if (!b.replaceTwin(m_id, entry))
        return;
    if (QUndoCommand *c = b.finish(Tr::tr("Remove a mapping rule of %1").arg(m_id)))
        m_undo->push(c);
}

void MappingEditor::updatePreview()
{
    if (m_id.isEmpty())
        return;
    const QByteArray bytes = m_sample->toPlainText().toUtf8();
    nlohmann::json sample = nlohmann::json::object();
    QStringList lines;
    if (!bytes.trimmed().isEmpty()) {
        sample = JsonInput::parseOrDiscarded(bytes);
        if (sample.is_discarded() || !sample.is_object()) {
            lines << Tr::tr("The sample must be a JSON object of physical names and their values, "
                            "e.g. {\"env\": {\"t\": 21.5}}.");
            sample = nlohmann::json::object();
        }
    }
    const MappingPreview preview = MappingPreview::compute(
        plain(shadowing()), m_model->resolvedModel(m_model->twinModelId(m_id)), sample);
    const QColor red(errorColour(this));
    m_loading = true;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *item = m_table->item(row, Preview);
        if (!item)
            continue;
        const MappingPreview::Rule *r = static_cast<std::size_t>(row) < preview.rules.size()
                                            ? &preview.rules[static_cast<std::size_t>(row)]
                                            : nullptr;
        QString text;
        if (!r)
            text.clear();
        else if (!r->error.isEmpty())
            text = r->error;
        else if (!r->values.isEmpty())
            text = r->values.join(QStringLiteral("; "));
        else if (r->fed)
            text = Tr::tr("dropped by a step");
        else
            text = Tr::tr("not in the sample");
        item->setText(text);
        item->setToolTip(text);
        item->setForeground(r && !r->error.isEmpty() ? QBrush(red) : QBrush());
    }
    m_loading = false;
    if (!preview.changes.isEmpty())
        lines << preview.changes;
    for (const QString &e : preview.errors)
        lines << Tr::tr("error: %1").arg(e);
    if (lines.isEmpty())
        lines << (sample.empty() ? Tr::tr("Paste a sample payload to see what each rule yields.")
                                 : Tr::tr("Nothing would change."));
    m_result->setPlainText(lines.join(QLatin1Char('\n')));
}

} // namespace twinloom::Studio
