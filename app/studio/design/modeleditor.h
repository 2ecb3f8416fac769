#pragma once

#include "app/studio/shared/graphmodel.h"

#include <QtWidgets/QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QUndoStack;

namespace twinloom::Studio {

// The contents of a twin model (properties, telemetry, events, commands, relationships) in a
// table, with a form to add, change and remove them: schema and unit pickers, writable, minimum
// and maximum, a relationship's target model and maxMultiplicity. A change is checked (names,
// duplicates, ranges, then the engine's own model loader) before it becomes one undoable edit.
class ModelEditor : public QDialog
{
    Q_OBJECT

public:
    enum Column { Kind, Name, Schema, Unit, Writable, Minimum, Maximum, Target, Multiplicity };

    ModelEditor(GraphModel *model, QUndoStack *undo, QWidget *parent = nullptr);
    void showModel(const QString &modelId);
    QString modelId() const { return m_modelId; }

    QTableWidget *contentsTable() const { return m_table; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *schemaBox() const { return m_schema; }
    QLineEdit *schemaDetailsEdit() const { return m_details; }
    QComboBox *unitBox() const { return m_unit; }
    QCheckBox *writableBox() const { return m_writable; }
    QLineEdit *minimumEdit() const { return m_minimum; }
    QLineEdit *maximumEdit() const { return m_maximum; }
    QComboBox *targetBox() const { return m_target; }
    QSpinBox *multiplicityBox() const { return m_multiplicity; }
    // A command's request and response: a name and a schema each (no name: none).
    QLineEdit *requestNameEdit() const { return m_payloads[0].name; }
    QComboBox *requestSchemaBox() const { return m_payloads[0].schema; }
    QLineEdit *responseNameEdit() const { return m_payloads[1].name; }
    QComboBox *responseSchemaBox() const { return m_payloads[1].schema; }
    QString status() const;

    // What the buttons do; false (with status()) when the form is refused.
    bool addEntry();
    bool applyToSelected();
    bool removeSelected();

private:
    void refresh();
    void loadSelected();
    void updateVisibility();
    // The content entry the form describes, on top of `base`; nullopt with the status set.
    std::optional<GraphModel::Json> entryFromForm(const GraphModel::Json &base, int replacing);
    bool commit(GraphModel::Json contents, const QString &text);
    void setStatus(const QString &text, bool error);

    GraphModel *m_model;
    QUndoStack *m_undo;
    QString m_modelId;
    QLabel *m_title;
    QTableWidget *m_table;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QComboBox *m_schema;
    QLineEdit *m_details;
    QComboBox *m_unit;
    QCheckBox *m_writable;
    QLineEdit *m_minimum;
    QLineEdit *m_maximum;
    QComboBox *m_target;
    QSpinBox *m_multiplicity;
    struct Payload
    {
        QWidget *row = nullptr;
        QLineEdit *name = nullptr;
        QComboBox *schema = nullptr;
    };
    Payload m_payloads[2]; // request, response
    QPushButton *m_add;
    QPushButton *m_apply;
    QPushButton *m_remove;
    QLabel *m_status;
    bool m_loading = false;
};

} // namespace twinloom::Studio
