#pragma once

#include "app/studio/shared/enginehost.h"
#include "app/studio/shared/graphmodel.h"

#include <QtCore/QPointer>
#include <QtWidgets/QDialog>
#include <QtWidgets/QTreeWidget>
#include <QtWidgets/QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QUndoStack;
class QVBoxLayout;

namespace twinloom::Studio {

class MappingEditor;
class ModelEditor;
class SchemaForm;

// The palette: twin models and adapter types to drag onto the canvas.
class PalettePanel : public QTreeWidget
{
    Q_OBJECT

public:
    explicit PalettePanel(GraphModel *model, QWidget *parent = nullptr);
    void rebuild();

protected:
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override;
    QStringList mimeTypes() const override;

private:
    GraphModel *m_model;
};

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
    QString m_error;
    bool m_loading = false;
};

// Problems of the project: errors and warnings, each clickable to its twin.
class ProblemsPanel : public QTreeWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);
    void setProblems(const std::vector<GraphProblem> &problems);
    int errorCount() const { return m_errors; }

Q_SIGNALS:
    void twinClicked(const QString &twinId);

private:
    int m_errors = 0;
};

// The run log, filtered by twin, source and level.
class LogPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LogPanel(QWidget *parent = nullptr);
    void append(const LogEntry &entry);
    void clear();
    int rowCount() const;
    int visibleRowCount() const;
    void setFilter(const QString &text, int minimumLevel);

private:
    void applyFilter(int row);
    QLineEdit *m_filter;
    QComboBox *m_level;
    QTableWidget *m_table;
    static constexpr int kMaxRows = 5000;
};

// The command palette: every named command, found by typing part of its name.
class CommandPalette : public QDialog
{
    Q_OBJECT

public:
    CommandPalette(const QList<QAction *> &actions, QWidget *parent = nullptr);
    QLineEdit *filterEdit() const { return m_filter; }
    int visibleCount() const;

private:
    void refilter();
    void runCurrent();
    QLineEdit *m_filter;
    QTreeWidget *m_list;
};

} // namespace twinloom::Studio
