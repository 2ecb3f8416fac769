#pragma once

#include "app/studio/shared/graphmodel.h"

#include <QtWidgets/QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace twinloom::Studio {

// What the engine's shadowing function makes of a sample payload: per rule, the values it
// commits or the error it reports, and the twin's changes with every rule and pass-through.
struct MappingPreview
{
    struct Rule
    {
        QStringList values; // "temperature = 21.5", "event doorOpened: true"
        QString error;      // empty when the rule yielded values or was not fed
        bool fed = false;   // the sample holds the rule's "from"
    };
    std::vector<Rule> rules;
    QStringList changes; // the whole function: what the twin would commit
    QStringList errors;  // configuration errors and failures of the whole function

    // `sample` is a JSON object whose members are physical property names and their values.
    static MappingPreview compute(const nlohmann::json &shadowing, const TwinModelPtr &model,
                                  const nlohmann::json &sample);
};

// The shadowing rules of a twin in a table (from, pointer, to, kind, steps) with a live preview
// of a pasted sample payload, computed by the engine's own shadowing function. Every edit is one
// undoable GraphEdit.
class MappingEditor : public QDialog
{
    Q_OBJECT

public:
    enum Column { From, Pointer, To, Kind, Steps, Preview, ColumnCount };

    MappingEditor(GraphModel *model, QUndoStack *undo, QWidget *parent = nullptr);
    void showTwin(const QString &id);
    QString twinId() const { return m_id; }

    QTableWidget *rulesTable() const { return m_table; }
    QPlainTextEdit *sampleEditor() const { return m_sample; }
    // The preview column of a rule, and the status line (errors of the edit or the sample).
    QString previewText(int row) const;
    QString status() const;
    QString resultText() const;

    // Adds a rule for the first property no rule writes yet; removes a rule. Undoable.
    void addRule();
    void removeRule(int row);

private:
    void refresh();
    void commitTable();
    void updatePreview();
    GraphModel::Json shadowing() const;
    void setStatus(const QString &text, bool error);

    GraphModel *m_model;
    QUndoStack *m_undo;
    QString m_id;
    QLabel *m_title;
    QCheckBox *m_passThrough;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_status;
    QPlainTextEdit *m_sample;
    QPlainTextEdit *m_result;
    bool m_loading = false;
};

} // namespace twinloom::Studio
