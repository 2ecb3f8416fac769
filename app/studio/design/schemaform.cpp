#include "app/studio/design/schemaform.h"

#include "app/studio/shared/tr.h"
#include "engine/configreader.h"
#include "engine/jsoninput.h"
#include "engine/twinmodel.h"

#include <QtGui/QWheelEvent>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDoubleSpinBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QVBoxLayout>

#include <cmath>
#include <limits>

namespace twinloom::Studio {

namespace {

using Json = SchemaForm::Json;
using Kind = SchemaForm::Kind;

// A discarded JSON value read from an editor means "leave the key out".
Json removed()
{
    return Json(Json::value_t::discarded);
}

bool onlyAnnotations(const nlohmann::json &schema)
{
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        if (it.key() != "description" && it.key() != "title" && it.key() != "default")
            return false;
    }
    return true;
}

Kind kindOf(const nlohmann::json &schema)
{
    if (!schema.is_object())
        return Kind::Json;
    if (const auto ref = schema.find("$ref"); ref != schema.end() && ref->is_string())
        return ref->get<std::string>().ends_with("/duration") ? Kind::Duration : Kind::Json;
    // The adapters declare durations (ISO 8601 or seconds) as the unconstrained schema.
    if (onlyAnnotations(schema))
        return Kind::Duration;
    if (const auto e = schema.find("enum"); e != schema.end() && e->is_array() && !e->empty())
        return Kind::Enum;
    const auto type = schema.find("type");
    if (type == schema.end() || !type->is_string())
        return Kind::Json;
    const std::string t = type->get<std::string>();
    if (t == "string")
        return Kind::String;
    if (t == "integer")
        return Kind::Integer;
    if (t == "number")
        return Kind::Number;
    if (t == "boolean")
        return Kind::Boolean;
    if (t == "object") {
        const auto props = schema.find("properties");
        return props != schema.end() && props->is_object() && !props->empty() ? Kind::Object
                                                                              : Kind::Json;
    }
    return Kind::Json;
}

std::optional<double> numberAt(const nlohmann::json &schema, const char *key)
{
    const auto it = schema.find(key);
    return it != schema.end() && it->is_number() ? std::optional(it->get<double>()) : std::nullopt;
}

const Json *valueAt(const Json &root, const QStringList &keys)
{
    const Json *at = &root;
    for (const QString &k : keys) {
        if (!at->is_object())
            return nullptr;
        const auto it = at->find(k.toStdString());
        if (it == at->end())
            return nullptr;
        at = &*it;
    }
    return at;
}

void store(Json &root, const QStringList &keys, const Json &v)
{
    if (keys.isEmpty()) {
        root = v.is_discarded() ? Json::object() : v;
        return;
    }
    Json *at = &root;
    for (qsizetype i = 0; i + 1 < keys.size(); ++i) {
        if (!at->is_object())
            *at = Json::object();
        at = &(*at)[keys[i].toStdString()];
    }
    if (!at->is_object())
        *at = Json::object();
    if (v.is_discarded())
        at->erase(keys.last().toStdString());
    else
        (*at)[keys.last().toStdString()] = v;
}

// A whole number is written as a JSON integer so that "2" stays "2", not "2.0".
Json numberJson(double x)
{
    if (std::floor(x) == x && std::abs(x) < 1e15)
        return Json(static_cast<std::int64_t>(x));
    return Json(x);
}

QString numberText(double x)
{
    return QString::number(x, 'g', 12);
}

QString errorColour(const QWidget *w)
{
    return w->palette().color(QPalette::Window).lightness() < 128 ? QStringLiteral("#ff7b7b")
                                                                  : QStringLiteral("#c62828");
}

} // namespace

SchemaForm::SchemaForm(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

void SchemaForm::setSchema(const nlohmann::json &schema)
{
    m_schema = schema;
    m_fields.clear();
    delete m_body;
    m_body = new QWidget(this);
    auto *form = new QFormLayout(m_body);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (kindOf(schema) == Kind::Object)
        build(schema, {}, form);
    else
        addField(QString(), nlohmann::json::object(), false, {}, form);
    layout()->addWidget(m_body);
    setValue(m_value);
}

void SchemaForm::build(const nlohmann::json &schema, const QStringList &keys, QFormLayout *form)
{
    const auto required = schema.find("required");
    const auto &props = schema["properties"];
    for (auto it = props.begin(); it != props.end(); ++it) {
        const bool isRequired =
            required != schema.end() && required->is_array() &&
            std::find(required->begin(), required->end(), it.key()) != required->end();
        addField(QString::fromStdString(it.key()), it.value(), isRequired, keys, form);
    }
}

void SchemaForm::addField(const QString &key, const nlohmann::json &schema, bool required,
                          const QStringList &parentKeys, QFormLayout *form)
{
    QStringList keys = parentKeys;
    if (!key.isEmpty())
        keys << key;
    const Kind kind = key.isEmpty() ? Kind::Json : kindOf(schema);
    const QString description = jsonString(schema, "description").value_or(QString());
    if (kind == Kind::Object) {
        auto *group = new QGroupBox(key, m_body);
        group->setToolTip(description);
        auto *inner = new QFormLayout(group);
        inner->setRowWrapPolicy(QFormLayout::WrapLongRows);
        inner->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->addRow(group);
        build(schema, keys, inner);
        return;
    }

    Field f;
    f.path = keys.join(QLatin1Char('/'));
    f.keys = keys;
    f.kind = kind;
    f.schema = schema;
    f.required = required;
    auto *cell = new QWidget(m_body);
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    const std::size_t index = m_fields.size();
    auto touched = [this, index] {
        if (m_loading)
            return;
        m_fields[index].touched = true;
        check(m_fields[index]);
    };
    auto finished = [this, index] { finish(m_fields[index]); };

    switch (kind) {
    case Kind::String:
    case Kind::Duration:
    case Kind::Json: {
        auto *edit = new QLineEdit(cell);
        if (kind == Kind::Duration)
            edit->setPlaceholderText(Tr::tr("PT5S or seconds"));
        else if (kind == Kind::Json)
            edit->setPlaceholderText(Tr::tr("JSON"));
        if (kind == Kind::Json)
            edit->setFont(QFont(QStringLiteral("monospace")));
        QObject::connect(edit, &QLineEdit::textEdited, this, touched);
        QObject::connect(edit, &QLineEdit::editingFinished, this, finished);
        f.editor = edit;
        break;
    }
    case Kind::Integer: {
        auto *spin = new QSpinBox(cell);
        // The schema's range is checked with a message rather than enforced by the spin box,
        // which would silently refuse what is typed.
        spin->setRange(std::numeric_limits<int>::min() + 1, std::numeric_limits<int>::max());
        spin->setKeyboardTracking(true);
        QObject::connect(spin, &QSpinBox::valueChanged, this, touched);
        QObject::connect(spin, &QSpinBox::editingFinished, this, finished);
        f.editor = spin;
        break;
    }
    case Kind::Number: {
        auto *spin = new QDoubleSpinBox(cell);
        spin->setRange(-1e12, 1e12);
        spin->setDecimals(3);
        QObject::connect(spin, &QDoubleSpinBox::valueChanged, this, touched);
        QObject::connect(spin, &QDoubleSpinBox::editingFinished, this, finished);
        f.editor = spin;
        break;
    }
    case Kind::Boolean: {
        auto *box = new QCheckBox(cell);
        QObject::connect(box, &QCheckBox::toggled, this, [touched, finished] {
            touched();
            finished();
        });
        f.editor = box;
        break;
    }
    case Kind::Enum: {
        auto *combo = new QComboBox(cell);
        if (!required)
            combo->addItem(Tr::tr("(default)"), QString());
        for (const auto &v : schema["enum"])
            combo->addItem(v.is_string() ? QString::fromStdString(v.get<std::string>())
                                         : QString::fromStdString(v.dump()),
                           QString::fromStdString(v.dump()));
        QObject::connect(combo, &QComboBox::activated, this, [touched, finished] {
            touched();
            finished();
        });
        f.editor = combo;
        break;
    }
    case Kind::Object:
        break;
    }
    f.editor->setObjectName(f.path.isEmpty() ? QStringLiteral("value") : f.path);
    if (kind == Kind::Integer || kind == Kind::Number || kind == Kind::Enum) {
        // The wheel scrolls the form; it changes a value only in the field being edited.
        f.editor->setFocusPolicy(Qt::StrongFocus);
        f.editor->installEventFilter(this);
    }
    f.editor->setToolTip(description);
    column->addWidget(f.editor);
    f.message = new QLabel(cell);
    f.message->setWordWrap(true);
    f.message->hide();
    column->addWidget(f.message);
    f.label = new QLabel(key.isEmpty() ? Tr::tr("Configuration (JSON)") : key, m_body);
    f.label->setToolTip(description);
    form->addRow(f.label, cell);
    m_fields.push_back(std::move(f));
}

void SchemaForm::setValue(const Json &value)
{
    m_value = value.is_object() ? value : Json::object();
    m_loading = true;
    for (Field &f : m_fields) {
        if (f.touched && f.editor->hasFocus())
            continue;
        f.touched = false;
        load(f);
    }
    m_loading = false;
    for (Field &f : m_fields)
        check(f);
}

void SchemaForm::load(Field &f)
{
    const Json *v = valueAt(m_value, f.keys);
    const nlohmann::json fallback = f.schema.is_object() && f.schema.contains("default")
                                        ? f.schema["default"]
                                        : nlohmann::json();
    switch (f.kind) {
    case Kind::String: {
        auto *edit = static_cast<QLineEdit *>(f.editor);
        edit->setText(!v               ? QString()
                      : v->is_string() ? QString::fromStdString(v->get<std::string>())
                                       : QString::fromStdString(v->dump()));
        edit->setPlaceholderText(
            fallback.is_string() ? QString::fromStdString(fallback.get<std::string>()) : QString());
        break;
    }
    case Kind::Duration:
    case Kind::Json: {
        auto *edit = static_cast<QLineEdit *>(f.editor);
        if (!v)
            edit->clear();
        else if (f.kind == Kind::Duration && v->is_string())
            edit->setText(QString::fromStdString(v->get<std::string>()));
        else
            edit->setText(QString::fromStdString(v->dump()));
        edit->setCursorPosition(0); // the start of a long value says what it is
        break;
    }
    case Kind::Integer: {
        auto *spin = static_cast<QSpinBox *>(f.editor);
        double x = v && v->is_number()    ? v->get<double>()
                   : fallback.is_number() ? fallback.get<double>()
                                          : numberAt(f.schema, "minimum").value_or(0.0);
        x = std::clamp(x, double(spin->minimum()), double(spin->maximum()));
        spin->setValue(static_cast<int>(x));
        break;
    }
    case Kind::Number: {
        auto *spin = static_cast<QDoubleSpinBox *>(f.editor);
        const double x = v && v->is_number()    ? v->get<double>()
                         : fallback.is_number() ? fallback.get<double>()
                                                : numberAt(f.schema, "minimum").value_or(0.0);
        spin->setValue(std::clamp(x, spin->minimum(), spin->maximum()));
        break;
    }
    case Kind::Boolean:
        static_cast<QCheckBox *>(f.editor)->setChecked(
            v && v->is_boolean() ? v->get<bool>() : fallback.is_boolean() && fallback.get<bool>());
        break;
    case Kind::Enum: {
        auto *combo = static_cast<QComboBox *>(f.editor);
        const QString stored = v ? QString::fromStdString(v->dump()) : QString();
        int i = combo->findData(stored);
        if (i < 0 && v) {
            combo->addItem(stored, stored);
            i = combo->count() - 1;
        }
        combo->setCurrentIndex(std::max(i, 0));
        break;
    }
    case Kind::Object:
        break;
    }
    // Absent keys show the default: an italic name and the tooltip say so, so that nobody
    // mistakes it for a written value.
    QFont font = f.label->font();
    font.setItalic(!v && !f.keys.isEmpty());
    f.label->setFont(font);
    const QString description = jsonString(f.schema, "description").value_or(QString());
    f.editor->setToolTip(v ? description
                           : (description.isEmpty() ? QString() : description + QLatin1Char('\n')) +
                                 Tr::tr("Not set: the adapter's default applies."));
}

std::optional<Json> SchemaForm::read(const Field &f) const
{
    switch (f.kind) {
    case Kind::String: {
        const QString text = static_cast<QLineEdit *>(f.editor)->text();
        if (text.isEmpty() && !f.required)
            return removed();
        return Json(text.toStdString());
    }
    case Kind::Duration: {
        const QString text = static_cast<QLineEdit *>(f.editor)->text().trimmed();
        if (text.isEmpty())
            return f.required ? std::nullopt : std::optional(removed());
        bool isNumber = false;
        const double seconds = text.toDouble(&isNumber);
        const Json j = isNumber ? numberJson(seconds) : Json(text.toStdString());
        if (!parseDurationMicros(nlohmann::json::parse(j.dump())) || (isNumber && seconds < 0))
            return std::nullopt;
        return j;
    }
    case Kind::Json: {
        const QByteArray text = static_cast<QLineEdit *>(f.editor)->text().trimmed().toUtf8();
        if (text.isEmpty())
            return f.keys.isEmpty() ? std::optional(Json::object()) : std::optional(removed());
        Json j = JsonInput::parseOrderedOrDiscarded(text);
        if (j.is_discarded())
            return std::nullopt;
        return j;
    }
    case Kind::Integer:
        return Json(static_cast<QSpinBox *>(f.editor)->value());
    case Kind::Number:
        return numberJson(static_cast<QDoubleSpinBox *>(f.editor)->value());
    case Kind::Boolean:
        return Json(static_cast<QCheckBox *>(f.editor)->isChecked());
    case Kind::Enum: {
        const QString stored = static_cast<QComboBox *>(f.editor)->currentData().toString();
        if (stored.isEmpty())
            return removed();
        return Json::parse(stored.toStdString());
    }
    case Kind::Object:
        break;
    }
    return std::nullopt;
}

void SchemaForm::check(Field &f)
{
    QString error;
    const std::optional<Json> v = read(f);
    const auto min = numberAt(f.schema, "minimum");
    const auto max = numberAt(f.schema, "maximum");
    if (f.kind == Kind::Integer || f.kind == Kind::Number) {
        const double x = v ? v->get<double>() : 0.0;
        const bool integer = f.kind == Kind::Integer;
        if ((min && x < *min) || (max && x > *max)) {
            if (min && max)
                error = (integer ? Tr::tr("%1: must be an integer between %2 and %3")
                                 : Tr::tr("%1: must be a number between %2 and %3"))
                            .arg(f.path, numberText(*min), numberText(*max));
            else if (min)
                error = (integer ? Tr::tr("%1: must be an integer of at least %2")
                                 : Tr::tr("%1: must be a number of at least %2"))
                            .arg(f.path, numberText(*min));
            else
                error = (integer ? Tr::tr("%1: must be an integer of at most %2")
                                 : Tr::tr("%1: must be a number of at most %2"))
                            .arg(f.path, numberText(*max));
        }
    } else if (f.kind == Kind::Duration && !v && (f.touched || inUse(f))) {
        error = Tr::tr("%1: must be an ISO 8601 duration such as PT5S, or a number of seconds")
                    .arg(f.path);
    } else if (f.kind == Kind::String && f.required && v && v->get<std::string>().empty() &&
               inUse(f)) {
        error = Tr::tr("%1: must not be empty").arg(f.path);
    } else if (f.kind == Kind::Json) {
        const QString name = f.path.isEmpty() ? Tr::tr("configuration") : f.path;
        const auto type = f.schema.is_object() ? f.schema.find("type") : f.schema.end();
        const std::string t = f.schema.is_object() && type != f.schema.end() && type->is_string()
                                  ? type->get<std::string>()
                                  : std::string();
        if (!v)
            error = Tr::tr("%1: not valid JSON").arg(name);
        else if (!v->is_discarded() && (t == "object" || f.keys.isEmpty()) && !v->is_object())
            error = Tr::tr("%1: must be a JSON object").arg(name);
        else if (!v->is_discarded() && t == "array" && !v->is_array())
            error = Tr::tr("%1: must be a JSON array").arg(name);
    }
    const bool changed = error != f.error;
    f.error = error;
    f.message->setText(error);
    f.message->setStyleSheet(QStringLiteral("color: %1;").arg(errorColour(this)));
    f.message->setVisible(!error.isEmpty());
    f.editor->setStyleSheet(error.isEmpty()
                                ? QString()
                                : QStringLiteral("border: 1px solid %1;").arg(errorColour(this)));
    if (changed)
        Q_EMIT errorsChanged();
}

bool SchemaForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        if (auto *w = qobject_cast<QWidget *>(watched); w && !w->hasFocus()) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool SchemaForm::inUse(const Field &f) const
{
    // A required field of an optional object matters once the object is there or being made.
    if (f.keys.size() <= 1)
        return true;
    const QStringList parent = f.keys.mid(0, f.keys.size() - 1);
    if (valueAt(m_value, parent))
        return true;
    for (const Field &g : m_fields) {
        if (g.touched && g.keys.mid(0, parent.size()) == parent)
            return true;
    }
    return false;
}

void SchemaForm::finish(Field &f)
{
    if (m_loading || !f.touched)
        return;
    for (Field &g : m_fields)
        check(g);
    if (!errors().isEmpty())
        return;
    const Json next = value();
    for (Field &field : m_fields)
        field.touched = false;
    if (next == m_value)
        return;
    m_value = next;
    Q_EMIT committed(m_value);
}

SchemaForm::Json SchemaForm::value() const
{
    Json out = m_value;
    for (const Field &f : m_fields) {
        if (!f.touched || !f.error.isEmpty())
            continue;
        if (const auto v = read(f))
            store(out, f.keys, *v);
    }
    return out;
}

QStringList SchemaForm::fieldPaths() const
{
    QStringList out;
    for (const Field &f : m_fields)
        out << f.path;
    return out;
}

SchemaForm::Kind SchemaForm::fieldKind(const QString &path) const
{
    for (const Field &f : m_fields) {
        if (f.path == path)
            return f.kind;
    }
    return Kind::Json;
}

QWidget *SchemaForm::editor(const QString &path) const
{
    for (const Field &f : m_fields) {
        if (f.path == path)
            return f.editor;
    }
    return nullptr;
}

QString SchemaForm::fieldError(const QString &path) const
{
    for (const Field &f : m_fields) {
        if (f.path == path)
            return f.error;
    }
    return {};
}

QStringList SchemaForm::errors() const
{
    QStringList out;
    for (const Field &f : m_fields) {
        if (!f.error.isEmpty())
            out << f.error;
    }
    return out;
}

} // namespace twinloom::Studio
