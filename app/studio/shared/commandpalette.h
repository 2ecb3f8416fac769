#pragma once

#include <QtCore/QList>
#include <QtWidgets/QDialog>

class QAction;
class QLineEdit;
class QTreeWidget;

namespace twinloom::Studio {

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
