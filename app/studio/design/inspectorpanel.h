#pragma once

#include "app/studio/shared/graphmodel.h"
#include "engine/engine.h"

#include <QtCore/QPointer>
#include <QtWidgets/QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QUndoStack;
class QVBoxLayout;

namespace twinloom::Studio {

class MappingEditor;
class ModelEditor;
class SchemaForm;

// The inspector of the selected twin: its identity, deployment node and model, a form per adapter
// generated from its type's configuration schema, and its whole entry as JSON checked as you type.
// It opens the model and mapping editors of the twin. Edits are undoable.
class InspectorPanel : public QWidget
{
    Q_OBJECT

public:
    InspectorPanel(GraphModel *model, QUndoStack *undo, QWidget *parent = nullptr);
    void showTwin(const QString &id); // empty: nothing selected
    QString twinId() const { return m_id; }
    void setMetrics(const QString &text);
    // The running twin's values in the Live tab (null: not running, the tab is disabled).
    void setLive(const TwinSnapshot *snapshot);
    QTreeWidget *liveTable() const { return m_liveTable; }
    // Validation as you type: the error of the JSON text, empty when it is fine.
    QString jsonError() const { return m_error; }
    QPlainTextEdit *jsonEditor() const { return m_json; }
    QLineEdit *idEditor() const { return m_idEdit; }
    // The configuration forms, physical adapters first, in document order.
    QList<SchemaForm *> adapterForms() const { return m_forms; }

    // The editors of the selected twin's model and of its shadowing rules (non-modal; nullptr
    // when no twin is selected or the model is not in the project).
    ModelEditor *editModel();
    MappingEditor *editMapping();

private:
    void refresh();
    void refreshAdapters(const GraphModel::Json &twin);
    void applyConfig(const char *side, int index, const GraphModel::Json &config);
    void applyFields();
    void applyJson();
    void checkJson();

    GraphModel *m_model;
    QUndoStack *m_undo;
    QString m_id;
    QLabel *m_title;
    QLineEdit *m_idEdit;
    QLineEdit *m_nameEdit;
    QComboBox *m_modelBox;
    QComboBox *m_nodeBox;
    QLabel *m_adapters;
    QPushButton *m_editModel;
    QPushButton *m_editMapping;
    QLabel *m_editStatus;
    QWidget *m_formsBox;
    QVBoxLayout *m_formsLayout;
    QList<SchemaForm *> m_forms;
    QString m_formsSignature;
    QPointer<ModelEditor> m_modelEditor;
    QPointer<MappingEditor> m_mappingEditor;
    QPlainTextEdit *m_json;
    QLabel *m_status;
    QPushButton *m_apply;
    QLabel *m_metrics;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_liveTable = nullptr;
    int m_liveIndex = -1;
    std::shared_ptr<const TwinModel> m_liveModel; // of the twin shown
    QString m_error;
    bool m_loading = false;
};

} // namespace twinloom::Studio
