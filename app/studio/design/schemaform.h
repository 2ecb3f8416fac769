#pragma once

#include <QtCore/QStringList>
#include <QtWidgets/QWidget>

#include <nlohmann/json.hpp>

#include <vector>

class QFormLayout;
class QLabel;

namespace twinloom::Studio {

// A form generated from a JSON Schema of an object (an adapter type's configSchema): a line edit
// per string, spin boxes for integers and numbers, a check box per boolean, a combo box per enum,
// a line edit for durations (ISO 8601 or seconds), a group per object with properties, and a
// one-line JSON editor for arrays and for anything the schema leaves loose. Fields are checked as
// they are typed; a finished edit of a valid form emits committed() with the whole value, in
// which the keys nobody edited keep their bytes and their order.
class SchemaForm : public QWidget
{
    Q_OBJECT

public:
    using Json = nlohmann::ordered_json;

    enum class Kind { String, Integer, Number, Boolean, Enum, Duration, Object, Json };

    explicit SchemaForm(QWidget *parent = nullptr);

    // Builds the editors. A schema that is not an object with "properties" gets one JSON editor
    // for the whole value.
    void setSchema(const nlohmann::json &schema);
    // Shows a value; editors with keyboard focus keep what is being typed.
    void setValue(const Json &value);
    // The shown value with the valid edits applied.
    Json value() const;

    // Fields by path: "port", "broker/port".
    QStringList fieldPaths() const;
    Kind fieldKind(const QString &path) const;
    QWidget *editor(const QString &path) const;
    QString fieldError(const QString &path) const;
    // Every error, "field: what is wrong", in form order; empty when the form is valid.
    QStringList errors() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // A finished edit (Enter, focus out, a click) left the form valid and changed the value.
    void committed(const twinloom::Studio::SchemaForm::Json &value);
    // Validation as you type changed the errors.
    void errorsChanged();

private:
    struct Field
    {
        QString path;
        QStringList keys; // from the root
        Kind kind = Kind::Json;
        nlohmann::json schema;
        bool required = false;
        QWidget *editor = nullptr;
        QLabel *label = nullptr;
        QLabel *message = nullptr;
        QString error;
        bool touched = false; // edited since the last setValue()
    };

    void build(const nlohmann::json &schema, const QStringList &keys, QFormLayout *form);
    void addField(const QString &key, const nlohmann::json &schema, bool required,
                  const QStringList &keys, QFormLayout *form);
    void load(Field &field);
    void check(Field &field);
    void finish(Field &field);
    bool inUse(const Field &field) const;
    std::optional<Json> read(const Field &field) const;

    nlohmann::json m_schema;
    Json m_value;
    std::vector<Field> m_fields;
    QWidget *m_body = nullptr;
    bool m_loading = false;
};

} // namespace twinloom::Studio
