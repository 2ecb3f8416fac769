#pragma once

#include <QtCore/QHash>
#include <QtWidgets/QWidget>

class QLineEdit;
class QLabel;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace twinloom::Studio {

class EngineHost;
class GraphModel;

// The twins as a tree along their composition (building → floor → room → device), by name, with
// a filter that matches names, ids and models and keeps the parents of what it finds. Shared by
// the canvas and the Monitor: activating a twin selects it on the canvas or shows its dashboard.
// While the twins run, each row shows its life cycle state.
class TwinTree : public QWidget
{
    Q_OBJECT

public:
    TwinTree(GraphModel *model, EngineHost *host, QWidget *parent = nullptr);

    QLineEdit *filter() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    // Focuses the filter with its text selected (Ctrl+F).
    void find();
    // Marks the twin's row current, without activating it.
    void setCurrentTwin(const QString &id);
    QString currentTwin() const;
    // The twins whose rows are shown, depth-first: with the filter applied.
    QStringList shownTwins() const;

Q_SIGNALS:
    void twinActivated(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void refreshStates();
    void applyFilter(const QString &text);

    GraphModel *m_model;
    EngineHost *m_host;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QLabel *m_count;
    QStandardItemModel *m_items;
    QSortFilterProxyModel *m_proxy;
    QHash<QString, QStandardItem *> m_rows;
    QString m_signature; // of the tree shown: ids, names, parents and models
};

} // namespace twinloom::Studio
